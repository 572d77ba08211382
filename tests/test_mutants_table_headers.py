"""Tests added for the mutants the mutation run found alive in graph/extract/table_headers.py
(docs/mutation.md): where a header row printed one cell per line starts and ends, header cells
printed on two lines, the task column of a header, and a two-level header printed as one row.
"""

from __future__ import annotations

import pytest

from graph.extract.table_cells import _lines
from graph.extract.table_headers import (
    _grouping,
    _header_at,
    _header_kinds,
    _header_like,
    _kind,
    _role_of_header,
    _split_cell,
    _task_column,
    _ungroup,
)


def width(*cells: str, at: int = 0) -> int:
    """The number of header cells :func:`_header_at` reads from line ``at`` of these lines."""
    return _header_at(_lines("\n".join(cells)), at)


def split(*cells: str, at: int = 0) -> bool:
    return _split_cell(_lines("\n".join(cells)), at)


_OTHERS = ["备注", "目标", "预期目标", "工作目标", "进度", "指标", "说明", "依据", "成果形式", "预期成果", "工作成效",
           "考核", "评估"]


@pytest.mark.parametrize(
    ("cells", "at", "expected"),
    [
        # a header row on the last lines of the text (no row after it yet)
        (["序号", "重点任务", "牵头单位"], 0, 3),
        # a header row after nine lines of other text
        ([*["说明"] * 9, "重点任务", "牵头单位", "配合单位", "1"], 9, 3),
        ([*["说明"] * 9, "序号", "重点任务", "牵头单位", "推广范围", "1"], 9, 4),
        # at most 16 header cells
        (["重点任务", "牵头单位", "配合单位", "完成时限", *_OTHERS], 0, 16),
        # a header row of a serial column reaches the first row over at most 16 lines
        (["序号", "重点任务", "牵头单位", *["推广范围"] * 13, "甲乙", "1"], 0, 3),
        # a cell printed on two lines (责任 / 单位) counts its two lines, and the cells after it count
        (["重点任务", "责任", "单位", "配合单位", "完成时限"], 0, 5),
        (["重点任务", "牵头单位", "责任", "单位", "推广范围", "完成时限"], 0, 4),
        # a table's title after a header-like line: no header there
        (["牵头单位", "重点任务分解表", "重点任务", "配合单位"], 0, 0),
        # after 序号, short cells up to the first row (1) are header cells: at most 10 characters
        (["序号", "重点任务", "牵头单位", "甲" * 10, "1"], 0, 4),
        (["序号", "重点任务", "牵头单位", "甲" * 11, "1"], 0, 3),
        # ... when a first row follows them
        (["序号", "重点任务", "牵头单位", "推广范围"], 0, 3),
        (["序号", "重点任务", "牵头单位", "推广范围", "这是一个很长的不算表头的格子啊", "1"], 0, 3),
        # ... or a section row and then a first row
        (["序号", "重点任务", "牵头单位", "推广范围", "一、推动产业高质量发展的任务", "1"], 0, 4),
        (["序号", "重点任务", "牵头单位", "推广范围", "一、推动产业高质量发展的任务"], 0, 3),
        (["序号", "重点任务", "牵头单位", "推广范围", "一、推动产业高质量发展的任务", "推进"], 0, 3),
        # no header: no task column, two cells only, no role column
        (["牵头单位", "配合单位", "完成时限"], 0, 0),
        (["说明", "牵头单位", "配合单位"], 0, 0),
        (["重点任务", "牵头单位"], 0, 0),
        (["重点任务", "完成时限", "备注"], 0, 0),
    ],
)
def test_where_a_header_row_printed_one_cell_per_line_ends(cells: list[str], at: int, expected: int) -> None:
    assert width(*cells, at=at) == expected


@pytest.mark.parametrize(
    ("cells", "at", "expected"),
    [
        (["责任", "单位"], 0, True),
        (["责任", "单位（处）"], 0, True),  # a second half of five characters
        (["责任", "单位（部门）"], 0, False),  # of six: a cell of its own
        (["序", "号"], 0, True),  # two halves that name nothing alone
        (["各地要落实。", "责任", "单位"], 1, True),  # after a line of text
        (["序号", "责任", "单位"], 1, True),
        (["工作", "成效"], 0, False),  # together only an `other` column
        (["联系", "人"], 0, False),  # together a column of people
        (["完成", "时限"], 0, True),  # a deadline's word printed on two lines (round 197; 完成 names no column alone)
        (["投资额", "完成时限"], 0, False),  # the second names a column alone, longer than a wrapped half
        (["备注", "时限"], 0, False),  # the first names a column alone
        (["单位"], 0, False),
    ],
)
def test_a_header_cell_printed_on_two_lines(cells: list[str], at: int, expected: bool) -> None:
    assert split(*cells, at=at) is expected


def test_the_kinds_of_a_header_with_a_cell_on_two_lines() -> None:
    assert _header_kinds(_lines("重点任务\n责任\n单位\n配合单位")) == ["task", "role:responsible", "role:support"]


@pytest.mark.parametrize(
    ("kinds", "loose", "column"),
    [
        # 项目名称 | 主要建设内容 | 责任单位: the project is the task
        (["project", "task~", "role:lead"], False, 0),
        (["project", "task!", "role:lead"], False, 0),
        # 具体举措 | 工作内容 | 牵头单位: the row's own task, not the column after it
        (["task!", "task", "role:lead"], False, 0),
        (["category", "task!", "task~", "role:lead"], False, 1),
        # without a task header: the column before the first role column, only when loose
        (["serial", "other", "role:lead"], False, None),
        (["serial", "other", "role:lead"], True, 1),
        (["other", "role:lead", "role:support"], True, 0),
        (["role:lead", "role:support", "other"], True, None),
    ],
)
def test_the_task_column_of_a_header(kinds: list[str], loose: bool, column: int | None) -> None:
    assert _task_column(kinds, loose) == column


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        # 责任单位 over 牵头单位 | 配合单位, printed one row after the other
        (["serial", "task", "role:responsible", "deadline", "role:lead", "role:support"],
         ["serial", "task", "role:lead", "role:support", "deadline"]),
        (["serial", "task", "role:responsible", "deadline", "role:lead", "role:support", "role:support"],
         ["serial", "task", "role:lead", "role:support", "role:support", "deadline"]),
        (["serial", "task", "role:responsible", "role:lead", "role:support", "deadline"],
         ["serial", "task", "role:lead", "role:support", "deadline"]),
        (["task", "role:responsible", "role:lead", "role:support"], ["task", "role:lead", "role:support"]),
        # columns of their own
        (["task", "role:responsible", "role:lead"], ["task", "role:responsible", "role:lead"]),
        (["serial", "task", "role:guide", "deadline", "role:lead", "role:support"],
         ["serial", "task", "role:guide", "deadline", "role:lead", "role:support"]),
        (["task", "role:responsible", "role:support", "role:lead", "role:support"],
         ["task", "role:responsible", "role:support", "role:lead", "role:support"]),
        (["task", "role:responsible", "role:support", "role:lead"], ["task", "role:responsible", "role:support", "role:lead"]),
        (["task", "role:responsible", "role:support", "deadline", "role:lead"],
         ["task", "role:responsible", "role:support", "deadline", "role:lead"]),
        (["task", "role:responsible", "deadline", "role:support", "role:support"],
         ["task", "role:responsible", "deadline", "role:support", "role:support"]),
    ],
)
def test_a_two_level_header_printed_as_one_row(kinds: list[str], expected: list[str]) -> None:
    assert _ungroup(kinds) == expected


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        # 主要任务 | 具体举措 | 责任单位: the general task column groups the rows
        (["serial", "task", "task!", "role:responsible"], ["serial", "category", "task!", "role:responsible"]),
        (["task~", "task!", "role:lead"], ["category", "task!", "role:lead"]),
        # a task column after the row's own task stays one
        (["task!", "task", "role:lead"], ["task!", "task", "role:lead"]),
        (["serial", "task", "role:lead"], ["serial", "task", "role:lead"]),
    ],
)
def test_task_columns_before_a_rows_own_task_group_the_rows(kinds: list[str], expected: list[str]) -> None:
    assert _grouping(kinds) == expected


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("序号", "serial"),
        ("序 号", "serial"),  # blanks inside a cell do not count
        ("完成时限", "deadline"),
        ("完成时间节点", "deadline"),  # a cell that starts with a deadline header
        ("牵头单位", "role:lead"),
        ("牵头 单位", "role:lead"),
        ("责任", "role:responsible"),
        ("责任单位（部门）", "role:responsible"),
        ("牵头领导", "person"),
        ("项目名称", "project"),
        ("任务类型", "category"),
        ("重点任务", "task"),
        ("具体举措", "task!"),  # a row's own task
        ("具体要求", "other"),  # 具体 without a task header
        ("主要任务内容", "task~"),
        ("甲" * 12 + "重点任务", "task~"),  # 16 characters
        ("甲" * 13 + "重点任务", ""),  # 17: no header cell
        ("备注", "other"),
        ("推广范围", ""),
        ("牵头单位：市商务局", ""),  # a row's field, not a header
    ],
)
def test_what_a_header_cell_names(cell: str, kind: str) -> None:
    assert _kind(cell) == kind


@pytest.mark.parametrize(
    ("cell", "role"),
    [("牵头 单位", "lead"), ("责任", "responsible"), ("牵头领导", ""), ("责任单位（部门）", "responsible"), ("推广范围", None),
     ("配合单位名单", "support"), ("责任 人", "")],  # (a cell starting with a [fields] label; a blank inside)
)
def test_the_role_a_header_cell_names(cell: str, role: str | None) -> None:
    assert _role_of_header(cell) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重点任务", True),
        ("甲" * 10 + "重点任务", True),  # 14 characters
        ("甲" * 11 + "重点任务", False),  # 15: too long for a header cell
        ("推广范围", False),  # names no column
        ("重点任务分解表", False),  # a table's title
        ("责任单位（1）", False),  # a digit: no header cell
    ],
)
def test_a_line_that_may_start_a_header_row(text: str, expected: bool) -> None:
    assert _header_like(text) is expected


@pytest.mark.parametrize("kind", ["project", "task!", "task"])
def test_a_task_column_after_the_units_column_ninth_pass(kind: str) -> None:
    """序号 | 责任单位 | 工作任务: with no task header before the first units column, the first task
    header right after it (docs/mutation.md, ninth pass: `_task_column` 44–54)."""
    from graph.extract.table_headers import _task_column

    assert _task_column(["serial", "role:responsible", kind, "deadline"], loose=False) == 2
    assert _task_column(["serial", "role:lead", "role:support", "other", kind], loose=False) == 4
    assert _task_column(["serial", "role:responsible", "task~", "deadline"], loose=False) is None
