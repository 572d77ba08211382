"""Targets: the causes found on the seventh held-out set of our own made documents (made_tg_37..40,
docs/made-eval-targets.md "Held-out set seven"), each in new sentences of our own."""

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
        # 组建: teams to form are a commitment (支, 个)
        ("到2027年，全市组建应急救援志愿队伍35支。", [(35, "支", 2027)]),
        ("组建乡村规划师服务团4个，每个团不少于5人。", [(4, "个", None), (5, "人", None)]),
        # 户次: visits to households counted
        ("全年上门走访困难群众不少于3000户次。", [(3000, "户次", None)]),
        # registered capital in a 的-phrase qualifies the counted noun: the count is the goal,
        # the capital its threshold
        ("新落户注册资本5000万元以上的企业12家。", [(12, "家", None)]),
        ("今年引进注册资本超2亿元的总部项目6个。", [(6, "个", None)]),
        # ... and alone it is still a condition, no goal
        ("申请入驻的企业注册资本不低于300万元。", []),
    ],
)
def test_causes_of_set_seven(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_flattened_table_without_serial_numbers() -> None:
    text = "\n".join([
        "到2028年主要指标如下：",
        "指标名称", "单位", "2024年", "2028年",
        "农村自来水普及率", "%", "88", "95",
        "规模化供水工程覆盖人口", "万人", "40", "52",
        "三、重点任务",
        "（一）完善管网。",
    ])
    rows = indicator_rows(text, 2024)
    assert [(r.indicator, r.value, r.unit, r.year) for r in rows] == [
        ("农村自来水普及率", 95, "%", 2028), ("规模化供水工程覆盖人口", 52, "万人", 2028)]
    assert [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=2024)] == [
        (95, "%", 2028), (52, "万人", 2028)]


def test_a_flattened_header_without_serial_stops_at_the_first_line_that_is_no_row() -> None:
    # lines after the table that happen to come in fours are no rows: the first that does not
    # read as a row (no goal cell) ends the table
    text = "\n".join(["指标", "单位", "2023年", "2026年", "森林覆盖率", "%", "41", "43",
                      "附件", "联系人", "张三", "李四", "5", "6", "7", "8"])
    assert [(r.indicator, r.value) for r in indicator_rows(text, 2023)] == [("森林覆盖率", 43)]


def test_a_flattened_table_of_past_years_gives_nothing() -> None:
    text = "\n".join(["指标", "单位", "2019年", "2020年", "森林覆盖率", "%", "40", "41"])
    assert indicator_rows(text, 2022) == []


def test_a_tab_table_with_the_goal_year_merged_over_two_columns() -> None:
    # the year cell stands over 目标值 | 属性: the goal is the first column under it
    text = "\n".join([
        "序号\t指标\t单位\t2021年\t2027年",
        "\t\t\t基数\t目标值\t属性",
        "1\t城乡居民医保参保率\t%\t95\t97\t约束性",
        "2\t每千人口执业医师数\t人\t2.6\t3.2\t预期性",
    ])
    assert [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text, 2022)] == [
        ("城乡居民医保参保率", 97, "%", 2027), ("每千人口执业医师数", 3.2, "人", 2027)]


def test_a_street_office_is_an_issuer() -> None:
    # 办事处 ends an issuer's name (a street office's notice, signed by it)
    from graph.extract.metadata import extract_metadata

    text = normalize("\n".join([
        "成都市武侯区玉林街道办事处关于开展2027年老旧院落改造的通知",
        "玉林街〔2027〕2号", "", "各社区居委会：", "现将有关事项通知如下。", "",
        "成都市武侯区玉林街道办事处", "2027年3月1日",
    ]))
    assert extract_metadata(text).issuer == "成都市武侯区玉林街道办事处"
