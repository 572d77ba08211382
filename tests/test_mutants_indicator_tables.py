"""Tests added for the mutants the mutation run found alive in graph/extract/indicator_tables.py
(docs/mutation.md, tenth pass): the rows of a table of indicators with their offsets, rows
shorter than the header, the unit from its column, the number or the indicator's name, the
document's own year, and the same table flattened one cell per line.
"""

from __future__ import annotations

import pytest

from graph.extract.indicator_tables import indicator_rows

T = "\t"


def rows(text: str, year: int | None = None) -> list[tuple[int, int, str, float, str, int]]:
    return [(r.start, r.end, r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text, year)]


def test_tab_rows_with_their_offsets_and_a_bracketed_unit_cell() -> None:
    text = f"主要指标\n指标{T}单位{T}2020年{T}2025年\n森林覆盖率{T}%{T}45.04{T}45.3\n湿地保护率{T}（%）{T}50{T}55\n"
    assert rows(text) == [(23, 41, "森林覆盖率", 45.3, "%", 2025), (42, 57, "湿地保护率", 55.0, "%", 2025)]
    # a tab line before the header (another table's) does not end the reading
    text = f"甲{T}乙\n指标{T}单位{T}2020年{T}2025年\n森林覆盖率{T}%{T}45.04{T}45.3"
    assert rows(text) == [(22, 40, "森林覆盖率", 45.3, "%", 2025)]


@pytest.mark.parametrize("text", [f"2020年{T}2025年{T}指标\n1{T}2\n", f"指标{T}2025年{T}单位\n甲{T}5\n"])
def test_a_row_shorter_than_the_header_is_none(text: str) -> None:
    assert rows(text) == []


def test_the_unit_from_the_indicators_name_or_the_number_and_rows_with_none() -> None:
    text = (f"指标{T}2020年{T}2025年\n甲（%）{T}1\n森林覆盖率（%）{T}45{T}46\n城镇化率{T}50{T}60%\n"
            f"乙{T}1{T}2\n{T}3{T}4%\n")
    # 甲: too short; 乙: no unit anywhere; the last row: no indicator
    assert rows(text) == [(22, 36, "森林覆盖率", 46.0, "%", 2025), (37, 48, "城镇化率", 60.0, "%", 2025)]


def test_a_table_whose_last_year_is_the_documents_own_is_of_goals() -> None:
    text = f"指标{T}单位{T}2020年{T}2025年\n森林覆盖率{T}%{T}45.04{T}45.3\n"
    assert rows(text, 2025) == [(18, 36, "森林覆盖率", 45.3, "%", 2025)]
    assert rows(text, 2026) == []
    flat = "指标\n单位\n2020年\n2025年\n森林覆盖率\n%\n45\n46\n"
    assert rows(flat, 2025) == [(18, 31, "森林覆盖率", 46.0, "%", 2025)]


def test_flattened_rows_with_their_offsets() -> None:
    text = "说明\n指标\n单位\n2020年\n2025年\n森林 覆盖率\n%\n45\n46\n\n湿地保护率\n%\n50\n55\n"
    # an empty line ends the table (an empty cell)
    assert rows(text) == [(21, 35, "森林 覆盖率", 46.0, "%", 2025)]
    text = "序号\n指标\n单位\n2020年\n2025年\n1\n森林覆盖率\n%\n45\n46\n2\n湿地保护率\n%\n50\n55\n"
    assert rows(text) == [(21, 36, "森林覆盖率", 46.0, "%", 2025), (37, 52, "湿地保护率", 55.0, "%", 2025)]
    # the last row ends the text, with no line break after it
    assert rows("序号\n指标\n单位\n2020年\n2025年\n1\n森林覆盖率\n%\n45\n46") == [(21, 36, "森林覆盖率", 46.0, "%", 2025)]
    # a header that ends the text
    assert rows("指标\n单位\n2020年") == []


@pytest.mark.parametrize(("name", "read"), [("一" * 40, True), ("一" * 41, False)])
def test_a_flattened_cell_is_at_most_forty_characters(name: str, read: bool) -> None:
    got = rows(f"指标\n单位\n2025年\n2030年\n{name}\n%\n50\n55\n")
    assert [r[2] for r in got] == ([name] if read else [])


def test_a_sentence_after_a_flattened_table_is_no_row() -> None:
    text = "指标\n单位\n2025年\n2030年\n森林覆盖率\n%\n45\n46\n全省森林覆盖率达到。\n%\n45\n46\n"
    assert rows(text) == [(18, 31, "森林覆盖率", 46.0, "%", 2030)]


def test_a_flattened_table_in_a_text_that_holds_tabs() -> None:
    text = "甲\t乙\n指标\n单位\n2020年\n2025年\n森林覆盖率\n%\n45\n46\n"
    assert rows(text) == [(22, 35, "森林覆盖率", 46.0, "%", 2025)]
    assert rows(text, 2026) == []


def test_a_table_of_what_was_reached_then_a_table_of_goals_flattened() -> None:
    text = "指标\n单位\n2019年\n2020年\n森林覆盖率\n%\n44\n45\n说明如下\n指标\n单位\n2025年\n2030年\n湿地保护率\n%\n50\n55\n"
    # (2025年, later than the document's 2021, is a goal too, not the base: set twenty's made_tg_91)
    assert [r[2:] for r in rows(text, 2021)] == [("湿地保护率", 50.0, "%", 2025), ("湿地保护率", 55.0, "%", 2030)]
    assert [r[2:] for r in rows(text, 2025)] == [("湿地保护率", 55.0, "%", 2030)]


def test_a_flattened_header_two_lines_after_a_header_word() -> None:
    # a year on a line of its own two lines before the header (a date, another table's cell): the
    # header still opens at 指标, whose line before is no header cell
    assert rows("2025年\n主要目标\n指标\n单位\n2020年\n2025年\n森林覆盖率\n%\n45\n46\n") == [(29, 42, "森林覆盖率", 46.0, "%", 2025)]
