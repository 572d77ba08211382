"""Targets: the causes found on the twelfth held-out set of our own made documents (made_tg_60..64,
docs/made-eval-targets.md "Held-out sets ten, eleven and twelve"), each in new sentences of our own."""

from __future__ import annotations

import pytest

from graph.extract.indicator_tables import indicator_rows
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


def test_a_list_of_indicators_written_name_colon_value() -> None:
    text = ("二、主要指标\n2027年全县主要预期指标：\n——农业总产值：完成85亿元；\n——高标准农田面积：45万亩；\n"
            "（3）畜禽粪污综合利用率：不低于92%；\n4.农村居民人均可支配收入增长：7%左右。\n")
    got = [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=2027)]
    assert got == [("农业总产值", 85, "亿元", 2027), ("高标准农田面积", 45, "万亩", 2027),
                   ("畜禽粪污综合利用率", 92, "%", 2027), ("农村居民人均可支配收入增长", 7, "%", 2027)]


@pytest.mark.parametrize(
    "text",
    [
        "建设规模：5000平方米。",  # a form's field, no item of a list
        "——补助标准：每亩100元；",  # money granted
        "——奖励资金：500万元；",
        "——申报时间：2027年3月；",
    ],
)
def test_a_name_colon_value_line_that_is_no_goal(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # power in Latin letters; a flow per second
        ("到2027年，全县分布式光伏装机达到300MW，风电装机达到1.2GW。", [(300, "MW", 2027), (1.2, "GW", 2027)]),
        ("新建户用储能设备5000kW。", [(5000, "kW", None)]),
        ("河道生态基流不低于0.8立方米/秒。", [(0.8, "立方米/秒", None)]),
        # a voltage glued to the noun it classes is no count
        ("到2026年，新建220千伏输变电工程3项、110kV变电站5座。", [(3, "项", 2026), (5, "座", 2026)]),
    ],
)
def test_causes_of_set_twelve(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_table_by_place_under_a_title_of_targets() -> None:
    text = ("附件\n2027年各乡镇（街道）农村改厕目标任务分解表\n"
            "序号\t乡镇（街道）\t卫生厕所改造（户）\t公共厕所新建（座）\n"
            "1\t城关街道\t1200\t6\n2\t河口镇\t800\t4\n")
    got = [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text, 2027)]
    assert got == [("城关街道卫生厕所改造", 1200, "户", 2027), ("城关街道公共厕所新建", 6, "座", 2027),
                   ("河口镇卫生厕所改造", 800, "户", 2027), ("河口镇公共厕所新建", 4, "座", 2027)]


@pytest.mark.parametrize(
    "title",
    ["2026年各县（市、区）农村改厕完成情况统计表", "2027年各县（市、区）改厕补助资金分配表"],
)
def test_a_table_by_place_of_results_or_money_gives_nothing(title: str) -> None:
    text = f"{title}\n序号\t县（市、区）\t卫生厕所改造（户）\t补助资金（万元）\n1\t城关区\t1200\t360\n"
    assert indicator_rows(text, 2027) == []


def test_money_granted_by_place_is_no_goal_column() -> None:
    text = ("2027年各县（市、区）目标任务分解表\n序号\t县（市、区）\t改厕任务（户）\t奖补资金（万元）\t农业总产值（亿元）\n"
            "1\t城关区\t1200\t360\t45\n")
    assert [(r.value, r.unit) for r in indicator_rows(text, 2027)] == [(1200, "户"), (45, "亿元")]


def test_a_tables_unit_on_the_line_above_it() -> None:
    text = "单位：万吨\n指标\t2024年\t2027年\n粮食产量\t95\t100\n油料产量\t8\t10\n"
    assert [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text, 2025)] == [
        ("粮食产量", 100, "万吨", 2027), ("油料产量", 10, "万吨", 2027)]
    # a unit column or a unit in the indicator's name comes first
    text = "主要指标（单位：万吨）\n指标\t单位\t2024年\t2027年\n森林覆盖率\t%\t40\t42\n"
    assert [(r.value, r.unit) for r in indicator_rows(text, 2025)] == [(42, "%")]
