"""Targets: the misses the blind sets forty-five to forty-eight left (docs/made-eval-targets.md), in our own sentences:
a level a rating reaches (分级评价达到5级), cores of computing resources (2000核), the count of a list a work opens
with (完成A、B等12条河流治理), a goal cell in Chinese numerals in a table of digits (三百), and one line break inside
a sentence of a text not otherwise wrapped (新增规模以上⏎企业20家。) — each with the readings it must not take."""

from __future__ import annotations

import pytest

from graph.extract.indicator_tables import indicator_rows
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize
from graph.ingest.unwrap import unwrap


def values(text: str, year: int | None = 2024) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


def rows(text: str) -> list[tuple[str, float, str, int | None]]:
    return [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(normalize(text), 2024)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年底前，电子病历系统应用水平分级评价达到5级。", [(5, "级", 2026)]),
        ("到2025年，二级以上医院电子病历系统应用水平分级评价达到4级以上。", [(4, "级", 2025)]),
        ("到2026年，智慧服务分级评估达到三级。", [(3, "级", 2026)]),
        ("到2026年，数据管理能力成熟度评估达到3级以上，新增企业10家。", [(3, "级", 2026), (10, "家", 2026)]),
    ],
)
def test_a_level_a_rating_reaches(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2025年，全市二级以上医院达到20家。", [(20, "家", 2025)]),  # a kind of hospital: 20 家, no 级
        ("到2025年，创建三级甲等医院2家。", [(2, "家", 2025)]),
        ("到2025年，医院等级评审达到三级甲等。", []),  # a grade named, no level after it
        ("防范5级以上地震。", []),
        ("到2025年，建成5级以上地震监测台站3个。", [(3, "个", 2025)]),
        ("到2025年，二级指标达到5级。", []),  # no rating noun
        ("到2025年，三级手术占比提高到55%。", [(55, "%", 2025)]),
        ("到2025年，培育第三级供应商。", []),
    ],
)
def test_a_level_naming_a_kind_is_none(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_cores_of_computing_resources() -> None:
    assert values("2026年6月底前，完成政务云平台扩容，新增计算资源2000核。") == [(2000, "核", 2026)]
    assert values("到2025年，算力规模达到5万核以上。") == [(5, "万核", 2025)]


@pytest.mark.parametrize(
    "text",
    ["到2025年，建设3核心区。", "到2025年，新增计算资源2000核心服务器。", "到2025年，打造“1核3区”。",
     "到2025年，建设“一核多点”计算资源布局。", "到2025年，新增3核。"],
)
def test_core_no_unit_elsewhere(text: str) -> None:
    assert [v for v in values(text) if v[1].endswith("核")] == []


def test_the_count_of_a_list_a_work_opens_with() -> None:
    assert values("2025年，完成嫩江、洮儿河等12条河流“一河一策”治理。") == [(12, "条", 2025)]
    assert values("2025年，新建甲路、乙路等3条道路，改造丙桥、丁桥等5座桥梁。") == [(3, "条", 2025), (5, "座", 2025)]


@pytest.mark.parametrize(
    "text",
    [
        "2025年，由发改委、财政局等3个部门牵头，完成改造。",  # the bodies a work is shared by
        "2025年，建设发改委、财政局等3个部门协同机制。",
        "2025年，支持华为、中兴等22家企业上市。",  # no work opening the clause
        "2025年，完成A县、B县等5个县的验收。",
        "已完成嫩江、洮儿河等12条河流治理。",  # the past
        "2025年，完成钢铁、水泥等21个重点行业的落后产能淘汰任务。",  # the industries own the tasks
    ],
)
def test_an_enumeration_s_count_elsewhere_is_none(text: str) -> None:
    assert values(text) == []


def test_a_goal_cell_in_words_in_a_table_of_digits() -> None:
    table = "指标\t单位\t2020年基期\t2025年目标\t属性\n新建学校\t所\t100\t三百\t约束性\n新建医院\t个\t10\t20\t预期性\n"
    assert rows(table) == [("新建学校", 300, "所", 2025), ("新建医院", 20, "个", 2025)]
    # no cell of the table gives digits: none; a single character (十) none
    assert rows("指标\t2025年目标\n新建学校（所）\t三百\n新建医院（个）\t二十\n") == []
    assert rows("指标\t单位\t2025年目标\n新建学校\t所\t十\n新建医院\t个\t20\n") == [("新建医院", 20, "个", 2025)]
    assert rows("指标\t单位\t2025年目标\n服务水平\t级\t全国一流\n新建医院\t个\t20\n") == [("新建医院", 20, "个", 2025)]


def test_one_line_break_inside_a_sentence() -> None:
    text = ("一、年度目标\n2025年：精细化工率达到38%，新增规模以上\n企业20家。\n"
            "2026年：精细化工率达到41%，新增规模以上企业25家。\n")
    assert unwrap(text).splitlines()[1] == "2025年：精细化工率达到38%，新增规模以上企业20家。"
    assert [v for v, _, _ in values(unwrap(text))] == [38, 20, 41, 25]


@pytest.mark.parametrize(
    "text",
    [
        "一、任务\n推进改造，降低能耗\n市工信局。\n",  # a body's name on the next line: a cell
        "一、任务\n推进改造，降低能耗\n　　企业20家。\n",  # an indented line opens a paragraph
        "一、任务\n推进改造，降低能耗\n（一）新增企业20家。\n",  # a unit's label
        "一、任务\n推进改造，降低能耗\n企业20家。新增30家。\n",  # more than the sentence's rest
        # a table printed one cell per line: a task's name, then its description
        "1\n知识产权民事、刑事、行政案件“三合一”审判\n整合分散的审判资源，实行审判“三合一”。\n最高人民法院\n",
        "某市人民政府\n2025年3月1日\n",  # no running text
    ],
)
def test_other_lines_stay(text: str) -> None:
    assert unwrap(text) == text
