"""Targets: the causes found on the eleventh held-out set of our own made documents (made_tg_55..59,
docs/made-eval-targets.md "Held-out sets ten and eleven"), each in new sentences of our own."""

from __future__ import annotations

import pytest

from graph.extract.indicator_tables import indicator_rows
from graph.extract.target_filters import project_tables
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of years with 分别: each value is due by the year in its place
        ("到2026年、2028年，全县省级示范家庭农场分别达到60家、90家。", [(60, "家", 2026), (90, "家", 2028)]),
        ("2025年、2026年和2027年分别新建乡镇污水处理站8座、10座、12座。",
         [(8, "座", 2025), (10, "座", 2026), (12, "座", 2027)]),
        # a range of years joined by 至 is no list: its last year governs
        ("2025年至2027年，分别新建5个、6个示范村。", [(5, "个", 2027), (6, "个", 2027)]),
        # units: ice rinks and fields, events by item and time, wells, tanks, computing power
        ("新建社区足球场40块。", [(40, "块", None)]),
        ("全年举办群众体育活动300项次以上。", [(300, "项次", None)]),
        ("新建水窖2000口，打机井50眼。", [(2000, "口", None), (50, "眼", None)]),
        ("到2027年，全市智能算力规模达到5000P。", [(5000, "P", 2027)]),
        # 千余 / 2万余: more than the number, the number is the goal; 集聚, 加装 as cues
        ("到2026年，集聚数字经济企业千余家。", [(1000, "家", 2026)]),
        ("全年新增城镇就业2万余人。", [(2, "万人", None)]),
        ("老旧小区加装电梯150部。", [(150, "部", None)]),
        # the value a change starts from is a baseline
        ("到2028年，森林覆盖率由2024年的41.2%提高到2028年的43%。", [(43, "%", 2028)]),
        ("城市污水处理率由90%提高到96%以上。", [(96, "%", None)]),
    ],
)
def test_causes_of_set_eleven(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_what_set_eleven_keeps_out_stays_out() -> None:
    assert values("已有规模以上企业300余家。") == []
    assert values("由政府投资建设学校5所。") == [(5, "所", None)]  # 由 with no change after: no baseline


def test_a_table_with_a_goal_per_year() -> None:
    text = ("序号\t指标\t单位\t2025年（基期）\t2026年\t2027年\t2028年\n"
            "1\t快递进村覆盖率\t%\t80\t85\t90\t95\n")
    rows = [(r.value, r.year) for r in indicator_rows(text, 2026)]
    assert rows == [(85, 2026), (90, 2027), (95, 2028)]
    # with no cell naming the base, the first year's column is the base, even of the document's year
    text = "指标\t单位\t2026年\t2027年\t2028年\n快递进村覆盖率\t%\t80\t88\t95\n"
    assert [(r.value, r.year) for r in indicator_rows(text, 2026)] == [(88, 2027), (95, 2028)]
    # a year before the document's is no goal; without the document's year only the last column
    text = "指标\t单位\t2020年\t2023年\t2025年\n快递进村覆盖率\t%\t60\t75\t90\n"
    assert [(r.value, r.year) for r in indicator_rows(text, 2024)] == [(90, 2025)]
    assert [(r.value, r.year) for r in indicator_rows(text)] == [(90, 2025)]


def test_a_table_of_projects_ends_at_the_first_line_without_a_tab() -> None:
    text = ("序号\t项目名称\t建设内容\t总投资（亿元）\n1\t城南片区更新项目\t改造道路3公里\t4.5\n"
            "三、保障措施\n（一）新建口袋公园30个。\n")
    (span,) = project_tables(text)
    assert text[span[0] : span[1]].endswith("4.5\n")
    assert values(text) == [(30, "个", None)]


def test_indicators_of_set_eleven() -> None:
    got = [t.indicator for t in extract_targets(normalize(
        "2025年、2026年分别完成老旧管网改造40公里、60公里。"))]
    assert got == ["老旧管网改造", "老旧管网改造"]
    (t,) = extract_targets(normalize("生活垃圾回收利用率由2024年的30%提高到2027年的40%。"))
    assert t.indicator == "生活垃圾回收利用率"


def test_a_chapter_row_between_rows_of_projects_does_not_end_the_list() -> None:
    # 一、城东片区（2个） groups the rows that follow it: the list goes on (a corpus form); a heading
    # followed by prose ends it
    text = ("序号\t项目名称\t投资总额（亿元）\t主要建设内容\n一、城东片区（2个）\n"
            "1\t某某智能装备项目\t20\t年产智能装备200套。\n二、城西片区（1个）\n"
            "2\t某某电机项目\t12\t年产高端电机8000台。\n三、工作要求\n各地要新建服务站10个。\n")
    assert values(text) == [(10, "个", None)]


def test_a_latin_unit_glued_to_more_letters_is_a_code() -> None:
    assert values("引进的2艘A―60PLUS飞艇用于巡逻。") == []
    assert values("新增3PX型巡检设备5台。") == [(5, "台", None)]
