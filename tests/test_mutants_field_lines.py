"""Tests for graph/extract/field_lines.py, written for its first mutation run (docs/mutation.md, tenth pass):
where a field line may start (the text's start, after a line, sentence or cell end, after a line's marks and
blanks; not after other text), a label printed with blanks, and how far back a task's text is trimmed.
"""

from __future__ import annotations

import pytest

from graph.extract.cues import _cues
from graph.extract.field_lines import _field_lines, _trimmed_end


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("牵头单位：省财政厅", ["牵头单位："]),
        ("牵头单位：", ["牵头单位："]),
        ("甲。牵头单位：X", ["牵头单位："]),
        ("甲；牵头单位：X", ["牵头单位："]),
        ("甲\n牵头单位：X", ["牵头单位："]),
        ("1\t任务\t牵头单位：X", ["牵头单位："]),  # a cell of a table row
        ("◆牵头单位：X", ["◆牵头单位："]),
        ("——责任单位：X", ["——责任单位："]),
        ("甲\n◆ 牵头单位：X", ["◆ 牵头单位："]),
        ("甲。 ◆牵头单位：X", [" ◆牵头单位："]),
        ("甲\n  牵头单位：X", ["  牵头单位："]),
        ("牵头单位  ：X", ["牵头单位  ："]),  # blanks before the colon
        ("责任单位 及责任人：X", ["责任单位 及责任人："]),  # a label printed with a blank inside
        ("甲\n牵头 单位：X", ["牵头 单位："]),
        ("甲\n牵 头 单 位：X", ["牵 头 单 位："]),
        # blanks (an indented line of a text layer) or blanks before the colon running back past the 24 characters
        # searched for a label's start; a long label with blanks before its colon; a blank ending the text
        ("甲\n" + " " * 30 + "牵头单位：X", [" " * 30 + "牵头单位："]),
        (" " * 30 + "牵头单位：X", [" " * 30 + "牵头单位："]),
        ("甲\n牵头单位" + " " * 30 + "：X", ["牵头单位" + " " * 30 + "："]),
        ("甲\n责任单位（排在第一位的单位为牵头单位，以下同）  ：X", ["责任单位（排在第一位的单位为牵头单位，以下同）  ："]),
        ("牵头单位：省财政厅 ", ["牵头单位："]),
        ("责任单位（部门）：X", ["责任单位（部门）："]),
        ("甲\n责任单位（排在第一位的单位为牵头单位，以下同）：X", ["责任单位（排在第一位的单位为牵头单位，以下同）："]),
        ("牵头单位：X；配合单位：Y", ["牵头单位：", "配合单位："]),
        ("牵头单位：X\n配合单位：Y、Z\n完成时限：2024年", ["牵头单位：", "配合单位：", "完成时限："]),
        # not after other text on the line, nor a colon that follows no label
        ("甲 牵头单位：X", []),
        ("甲，牵头单位：X", []),
        ("甲◆牵头单位：X", []),
        ("甲：牵头单位：X", []),
        ("备注：X", []),
        ("：X", []),
        ("", []),
    ],
)
def test_field_lines(text: str, labels: list[str]) -> None:
    got = _field_lines(text)
    assert [text[a:b] for a, b in got] == labels
    if " " not in "".join(labels).strip():
        # the same as the plain regular expression's matches (which do not read a label printed with blanks inside)
        assert got == [m.span() for m in _cues().field_line.finditer(text)]


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("推进试点。\n◆", 0, 7, 5),
        ("推进试点。 \t\u3000\n", 0, 9, 5),
        ("推进试点。★", 0, 6, 5),
        ("推进试点。——", 0, 7, 5),
        ("推进试点。", 0, 5, 5),
        ("\n\n", 0, 2, 0),
        ("\n\n", 1, 2, 1),  # not before the start
        ("甲\n \n", 0, 3, 1),  # (end inside the blanks)
        ("推进X", 0, 3, 3),  # only blanks, breaks and marks are trimmed
        ("推进X\n", 0, 4, 3),
    ],
)
def test_trimmed_end(text: str, start: int, end: int, expected: int) -> None:
    assert _trimmed_end(text, start, end) == expected
