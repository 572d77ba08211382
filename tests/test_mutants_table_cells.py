"""Tests added for the mutants the mutation run found alive in graph/extract/table_cells.py
(docs/mutation.md): serial numbers, the lines of a table printed one cell per line, how well a
cell fits a column, and the best alignment of a row's cells to the columns.
"""

from __future__ import annotations

import pytest

from graph.extract.table_cells import (
    _align,
    _align_scored,
    _Cell,
    _Line,
    _lines,
    _names,
    _score,
    _segment,
    next_serials,
    serial_of,
)


def cell(text: str, start: int = 0) -> _Cell:
    return _Cell(text, start, start + len(text))


@pytest.mark.parametrize(
    ("text", "serial"),
    [
        ("7", (7, 0)), ("（2）", (2, 0)), ("(12)", (12, 0)), ("3、", (3, 0)), ("3.", (3, 0)), ("3．", (3, 0)),
        ("1-2", (1, 2)), ("1－2", (1, 2)), ("1—2", (1, 2)), ("999", (999, 0)),
        ("1000", None), ("推进", None), ("1-", None), ("", None), ("3、推进", None),
    ],
)
def test_the_serial_number_of_a_cell(text: str, serial: tuple[int, int] | None) -> None:
    assert serial_of(text) == serial


def test_the_serials_a_next_row_may_carry() -> None:
    assert next_serials((1, 0)) == ((2, 0), (1, 0))
    assert next_serials((4, 0)) == ((5, 0), (1, 0))
    assert next_serials((1, 2)) == ((1, 3), (2, 1), (1, 1))


def test_lines_are_trimmed_with_their_offsets_and_a_tab_line_is_a_tab() -> None:
    assert _lines(" 甲 \n\n  \n乙\t丙\n丁") == [_Line("甲", 1, 2), _Line("\t", 8, 11), _Line("丁", 12, 13)]
    assert _lines("") == []


@pytest.mark.parametrize(
    ("text", "kind", "extra", "score"),
    [
        ("省财政厅", "role:lead", False, 3.0),
        ("省财政厅", "role:lead", True, 0.4),  # a second line of names in a lead cell (a lead cell holds one unit)
        ("省财政厅", "role:support", True, 0.5),  # a second line of names
        ("—", "role:lead", False, 0.5),  # an empty cell
        ("—", "role:lead", True, None),
        ("推进项目建设工作", "role:lead", False, None),
        ("省财政厅负责。", "role:lead", False, None),  # a sentence names nobody
        ("2022年底", "deadline", False, 2.0),
        ("2022年底", "deadline", True, None),
        ("—", "deadline", False, 0.5),
        ("推进项目建设工作", "deadline", False, None),
        ("甲" * 34 + "2022年底", "deadline", False, 2.0),  # 40 characters
        ("甲" * 35 + "2022年底", "deadline", False, None),  # 41
        ("推进项目建设工作", "task", False, 2.0),
        ("推进项目建设工作", "task", True, 0.5),
        ("推进项目建设工作", "project", False, 2.0),
        ("推进项目建设工作", "task~", False, 2.0),
        ("推进项目建设工作", "task!", True, 0.5),
        ("省财政厅", "task!", False, None),
        ("省财政厅", "task", False, None),  # names are no task
        ("3", "task", False, None),  # nor is a serial number
        ("产业发展", "category", False, 1.0),
        ("产业发展", "category", True, None),
        ("甲" * 30, "category", False, 1.0),
        ("甲" * 31, "category", False, None),
        ("省财政厅", "category", False, None),
        ("3", "serial", False, None),
        ("备注内容", "other", False, 1.0),
        ("备注内容", "other", True, 0.5),
        ("二、保障措施", "other", True, None),  # a section row ends the row before it
        ("二、保障措施", "other", False, 1.0),
    ],
)
def test_how_well_a_cell_fits_a_column(text: str, kind: str, extra: bool, score: float | None) -> None:
    assert _score(cell(text), kind, extra) == score


def test_a_rows_cells_are_aligned_with_the_best_score() -> None:
    kinds = ["task", "role:lead", "deadline"]
    cells = [cell("推进项目建设工作"), cell("省财政厅", 9), cell("2022年底", 14)]
    assert _align_scored(cells, kinds) == (7.0, [0, 1, 2])
    # a task printed on two lines; the deadline left empty
    two = [cell("推进项目建设"), cell("工作", 7), cell("省财政厅", 10)]
    assert _align_scored(two, kinds) == (5.5, [0, 0, 1])
    assert _align([cell("2022年底")], ["role:lead"]) is None
    assert _align([], kinds) == []


KINDS = ["task", "role:lead", "deadline"]


def test_lines_of_one_cell_each_are_split_into_rows() -> None:
    text = "推进项目建设工作\n省财政厅\n2022年底\n二、保障措施\n加强资金保障\n省发展改革委\n长期\n完善考核机制\n省人社厅\n此后是正文。\n"
    lines = _lines(text)
    # the section row stands between rows; the sentence after the table is in none
    assert _segment(lines, 0, KINDS, 0) == [(0, 3, [0, 1, 2]), (4, 7, [0, 1, 2]), (7, 9, [0, 1])]
    assert _segment(lines, 1, KINDS, 0) == []  # no row starts with a units cell
    # a task printed on two lines is one cell
    assert _segment(_lines("推进项目\n建设工作\n省财政厅\n2022年底\n"), 0, KINDS, 0) == [(0, 4, [0, 0, 1, 2])]
    # a tab line ends the table
    assert _segment(_lines("推进项目建设工作\n省财政厅\n2022年底\n甲\t乙\n加强资金保障\n省发展改革委\n"), 0, KINDS, 0) == [
        (0, 3, [0, 1, 2])]


@pytest.mark.parametrize(("lines", "rows"), [(5, [(0, 2, [0, 1]), (2, 8, [0, 0, 0, 0, 0, 1])]), (6, [(0, 2, [0, 1])])])
def test_a_row_holds_at_most_three_cells_more_than_the_columns(lines: int, rows: list[tuple[int, int, list[int]]]) -> None:
    text = "推进项目建设工作\n省财政厅\n" + "\n".join(["说明文字"] * lines) + "\n省教育厅\n"
    assert _segment(_lines(text), 0, KINDS, 0) == rows


def test_the_units_of_a_clause_in_one_cell_have_their_offsets_in_the_text() -> None:
    text = "牵头：省财政厅；配合：省教育厅"
    assert _names(cell(text, 100)) == [("省财政厅", 103, 107, "lead"), ("省教育厅", 111, 115, "support")]


def test_of_columns_that_fit_equally_the_first_is_taken() -> None:
    assert _align([cell("备注")], ["other", "other"]) == [0]


def test_a_row_starting_with_units_fits_no_columns_of_a_task_first() -> None:
    assert _align([cell("省财政厅"), cell("推进项目建设工作"), cell("省财政厅")], ["task", "role:lead"]) is None


@pytest.mark.parametrize(
    ("text", "kinds", "rows"),
    [
        ("甲\t乙", KINDS, []),  # a tab line first: no table
        ("二、保障措施\n推进项目建设工作\n省财政厅", KINDS, [(1, 3, [0, 1])]),  # a section row first
        ("推进项目建设工作\n省财政厅\n甲\t乙", KINDS, [(0, 2, [0, 1])]),  # a tab line last
        # a row holds at most three cells more than the columns
        ("产业发展\n此后是正文。\n省财政厅、省教育厅\n省财政厅、省教育厅\n省财政厅\n牵头：省财政厅；配合：省教育厅",
         ["task", "role:lead"], [(0, 5, [0, 0, 1, 1, 1])]),
        # a section row between rows is in neither
        ("二、保障措施\n—\n2022年底\n2022年底\n牵头：省财政厅；配合：省教育厅\n2022年底\n二、保障措施\n此后是正文。\n"
         "此后是正文。\n省财政厅、省教育厅\n二、保障措施\n长期",
         # (a date alone is never a task cell, [tables.cells] date_only: the first 2022年底 goes on the task cell —)
         ["category", "task", "role:lead", "role:support", "deadline"], [(1, 6, [1, 1, 1, 2, 4]), (7, 10, [0, 1, 2])]),
        # of two splits that score the same, the one found first (the shorter last row) is kept
        ("—\n牵头：省财政厅；配合：省教育厅\n—\n—\n此后是正文。\n说明文字\n此后是正文。\n省财政厅、省教育厅\n产业发展\n3",
         KINDS, [(0, 2, [0, 1]), (2, 8, [0, 0, 0, 0, 0, 1])]),
        # of two alignments of a row that score the same, the first found is kept
        ("二、保障措施\n说明文字\n—\n2022年底\n此后是正文。\n省财政厅\n牵头：省财政厅；配合：省教育厅\n省财政厅\n甲\t乙",
         ["category", "task", "role:responsible", "role:support", "deadline"], [(1, 8, [0, 1, 1, 1, 2, 2, 3])]),
        # (a lead cell holds one unit: the lines of names after its first go to the partner column)
        ("二、保障措施\n说明文字\n—\n2022年底\n此后是正文。\n省财政厅\n牵头：省财政厅；配合：省教育厅\n省财政厅\n甲\t乙",
         ["category", "task", "role:lead", "role:support", "deadline"], [(1, 8, [0, 1, 1, 1, 2, 3, 3])]),
    ],
)
def test_where_a_table_of_one_cell_lines_starts_and_ends(text: str, kinds: list[str], rows: list[tuple[int, int, list[int]]]) -> None:
    assert _segment(_lines(text), 0, kinds, kinds.index("task")) == rows


def test_two_rows_of_a_task_and_its_units_are_two_rows_not_one_with_extra_cells() -> None:
    # one row would place the second task and units in the third column: 2 + 3 + 1 + 0.5 less one row's cost
    text = "推进项目建设工作\n省财政厅\n加强资金保障\n省教育厅"
    assert _segment(_lines(text), 0, ["task", "role:lead", "other"], 0) == [(0, 2, [0, 1]), (2, 4, [0, 1])]


def test_a_clause_line_after_a_units_line_is_more_units_of_the_row() -> None:
    text = "加强资金保障\n省教育厅\n牵头：省财政厅；配合：省教育厅"
    assert _segment(_lines(text), 0, ["other", "task", "role:lead"], 1) == [(0, 3, [1, 2, 2])]


def test_four_cells_that_fill_four_columns_are_one_row_not_two() -> None:
    # columns 任务, 牵头, 项目, 配合: one row scores 2 + 3 + 2 + 3 less one row's cost; two rows of
    # a task and its lead units score less
    text = "推进项目建设工作\n省财政厅\n加强资金保障\n省教育厅"
    assert _segment(_lines(text), 0, ["task", "role:lead", "project", "role:support"], 0) == [(0, 4, [0, 1, 2, 3])]
