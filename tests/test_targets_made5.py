"""Targets: the causes found on the eighth held-out set of our own made documents (made_tg_41..45,
docs/made-eval-targets.md "Held-out set eight"), each in new sentences of our own."""

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
        # a percentage in Chinese numerals (百分之三十五) is a percentage
        ("到2026年，绿色建材应用比例达到百分之三十五。", [(35, "%", 2026)]),
        ("全县新能源公交车占比不低于百分之九十。", [(90, "%", None)]),
        # a deadline that closes the sentence (…，2027年年底前完成) governs it, 年年底前 as 年底前
        ("新建口袋公园八个，2027年年底前完成。", [(8, "个", 2027)]),
        ("改造老旧管网12公里，于2026年年底前全部完工。", [(12, "公里", 2026)]),
    ],
)
def test_causes_of_set_eight(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_table_with_a_goal_column_and_a_time_limit_column() -> None:
    # no year column: the goal is the 目标值 column, each row due by its own 完成时限 cell
    text = "\n".join([
        "一、主要目标",
        "序号\t指标\t单位\t目标值\t完成时限",
        "1\t城市生活污水集中收集率\t%\t≥75\t2027年",
        "2\t黑臭水体消除比例\t%\t100\t2026年年底前",
        "3\t污水管网年均新增\t公里\t20以上\t每年",
        "",
    ])
    rows = [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text)]
    assert rows == [("城市生活污水集中收集率", 75, "%", 2027), ("黑臭水体消除比例", 100, "%", 2026),
                    ("污水管网年均新增", 20, "公里", None)]
    assert values(text) == [(75, "%", 2027), (100, "%", 2026), (20, "公里", None)]


def test_the_same_table_flattened_one_cell_per_line() -> None:
    text = "\n".join(["主要指标如下：", "序号", "指标", "单位", "目标值", "完成时限",
                      "1", "城市生活污水集中收集率", "%", "≥75", "2027年",
                      "2", "污水管网年均新增", "公里", "20以上", "每年", "二、重点任务", ""])
    assert [(r.value, r.unit, r.year) for r in indicator_rows(text)] == [(75, "%", 2027), (20, "公里", None)]


def test_a_goal_column_alone_is_no_table_of_goals_without_an_indicator_column() -> None:
    # a task table with a 目标 column but no indicator column stays a task table
    text = "序号\t工作任务\t目标\t完成时限\n1\t建设公共充电站\t10座\t2025年\n"
    assert indicator_rows(text) == []


def test_a_second_header_row_under_a_merged_year_keeps_the_year() -> None:
    # the year is merged over 目标值 | 属性 (the HTML reader writes it at its first column): the
    # second header row, with its goal cell, refines the first and does not replace its year
    text = "\n".join([
        "序号\t指标\t单位\t2023年完成\t2024年\t",
        "序号\t指标\t单位\t2023年完成\t目标值\t属性",
        "1\t外贸进出口总额\t亿元\t820\t900\t预期性",
        "",
    ])
    assert [(r.value, r.unit, r.year) for r in indicator_rows(text)] == [(900, "亿元", 2024)]


def test_a_second_header_row_under_a_table_of_the_past_gives_no_goals() -> None:
    text = "\n".join([
        "指标\t单位\t2018年\t2019年\t",
        "指标\t单位\t实际值\t目标值\t",
        "地区生产总值\t亿元\t500\t560\t",
        "",
    ])
    assert indicator_rows(text, year=2021) == []


def test_a_goal_column_without_time_limits_takes_the_year_that_governs_it() -> None:
    # no year column and no 完成时限 column: the year opening the unit's paragraph governs the rows
    # (issue 14's reading, as for the unit's sentences); a 每年 time cell still gives none
    text = "\n".join([
        "一、主要目标",
        "到2027年，主要指标如下：",
        "序号\t指标\t单位\t目标值",
        "1\t城市生活污水集中收集率\t%\t≥75",
        "二、重点任务",
        "（一）新建污水管网12公里。",
        "",
    ])
    assert values(text) == [(75, "%", 2027), (12, "公里", None)]
    untimed = "\n".join(["主要指标如下：", "序号\t指标\t单位\t目标值", "1\t黑臭水体消除比例\t%\t100", ""])
    assert values(untimed) == [(100, "%", None)]
