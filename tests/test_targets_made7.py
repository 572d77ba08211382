"""Targets: the causes found on the tenth held-out set of our own made documents (made_tg_50..54,
docs/made-eval-targets.md "Held-out set ten"), each in new sentences of our own."""

from __future__ import annotations

import pytest

from graph.extract.indicator_tables import indicator_rows
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of effort after 力争 / 争取 before the opening year: the year governs the sentence
        ("力争经过五年努力，到2030年，全区森林覆盖率达到45%；林业总产值突破80亿元。",
         [(45, "%", 2030), (80, "亿元", 2030)]),
        ("争取用两年时间，到2027年，新建城市绿道120公里，改造口袋公园30个。",
         [(120, "公里", 2027), (30, "个", 2027)]),
        # an age with 以上 / 以下 names the people measured, not an age rule
        ("到2027年，全区3岁以下婴幼儿系统管理率达到92%。", [(92, "%", 2027)]),
        ("80周岁以上老年人家庭医生签约率达到85%。", [(85, "%", None)]),
        # a threshold after a count and its measure word qualifies the noun counted
        ("每个园区培育2家年产值十亿元以上的链主企业。", [(2, "家", None)]),
        ("新建3个日处理能力百吨以上的垃圾中转站。", [(3, "个", None)]),
        # a word naming an indicator in the next item of a list is that item's (贷款余额)
        ("到2026年，普惠小微贷款余额达到900亿元。", [(900, "亿元", 2026)]),
        ("2026年末本外币存款余额达到6000亿元、贷款余额达到5200亿元。",
         [(6000, "亿元", 2026), (5200, "亿元", 2026)]),
        # a range printed with its unit twice: its lower bound, once
        ("全年城镇居民人均可支配收入增长5.5%—6%。", [(5.5, "%", None)]),
        ("每年新增城镇就业1万人至1.2万人。", [(1, "万人", None)]),
    ],
)
def test_causes_of_set_ten(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "对70周岁以上老年人每月发放高龄津贴100元。",  # money granted to people of an age: no goal
        "年满60周岁的参保人员领取基本养老金。",
        "发放创业担保贷款3亿元、贴息贷款1亿元。",  # loans granted, each item
        "对营业收入首次超过10亿元的企业给予奖励50万元。",  # an award with its threshold
    ],
)
def test_what_set_ten_keeps_out_stays_out(text: str) -> None:
    assert values(text) == []


def test_a_range_keeps_its_indicator() -> None:
    (t,) = extract_targets(normalize("全年规模以上工业增加值增长7%—8%。"))
    assert (t.indicator, t.value) == ("规模以上工业增加值", 7)


def test_year_end_before_the_subject_is_no_part_of_the_indicator() -> None:
    (t,) = extract_targets(normalize("2027年末金融机构存款余额达到3000亿元。"))
    assert (t.indicator, t.deadline) == ("金融机构存款余额", 2027)
    (t,) = extract_targets(normalize("末端收集设施覆盖率达到90%。"))
    assert t.indicator == "末端收集设施覆盖率"


@pytest.mark.parametrize(
    ("header", "year"),
    [
        ("序号\t指标\t单位\t现状值（2025年）\t目标值（2028年）\t属性", 2028),
        ("指标\t单位\t基期值(2023)\t规划值(2030)", 2030),
        ("指标\t单位\t2025年（基期值）\t2029年（目标值）", 2029),
    ],
)
def test_a_year_in_a_header_cells_brackets_names_its_column(header: str, year: int) -> None:
    row = "城市生活垃圾回收利用率\t%\t35\t45\t预期性"
    text = header + "\n" + ("1\t" + row if header.startswith("序号") else row) + "\n"
    rows = indicator_rows(text, 2025)
    assert [(r.indicator, r.value, r.unit, r.year) for r in rows] == [("城市生活垃圾回收利用率", 45, "%", year)]


def test_a_column_of_yearly_growth_gives_a_goal_per_row() -> None:
    text = ("指标\t单位\t2020年\t2025年\t年均增速（%）\t属性\n"
            "文化产业增加值\t亿元\t120\t200\t10.8\t预期性\n"
            "文化产业增加值占比\t%\t4.1\t5\t—\t预期性\n")
    rows = [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text, 2021)]
    assert rows == [("文化产业增加值", 200, "亿元", 2025), ("文化产业增加值年均增速", 10.8, "%", 2025),
                    ("文化产业增加值占比", 5, "%", 2025)]


def test_a_growth_column_of_a_past_table_gives_nothing() -> None:
    text = "指标\t单位\t2015年\t2020年\t年均增长（%）\n工业增加值\t亿元\t80\t120\t8.4\n"
    assert indicator_rows(text, 2021) == []
