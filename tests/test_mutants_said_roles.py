"""Tests for graph/extract/said_roles.py, written for its first mutation run (docs/mutation.md, tenth pass):
each function called directly at the edges of its bounds (the span searched, the characters a label may be
followed by, a 、 that parts two lists or two subjects), beside the clause and prose tests that reach it.
"""

from __future__ import annotations

import pytest

from graph.extract.said_roles import said_at, said_parts, said_search, without_opener


@pytest.mark.parametrize(
    ("text", "a", "b", "expected"),
    [
        ("省财政厅为牵头单位", 0, 9, True),
        ("省财政厅作为配合单位", 0, 10, True),
        ("省财政厅为有关单位", 0, 9, False),  # no label
        ("张三为联系人", 0, 6, False),  # a field label that names no role
        ("省财政厅为成员单位", 0, 9, False),
        ("省财政厅为牵头单位", 0, 8, False),  # the label cut by the span's end
        ("甲。省财政厅为牵头单位", 2, 11, True),
        ("省财政厅为牵头单位。甲", 5, 11, False),  # the span starts after 为
        ("省财政厅牵头", 0, 6, False),
    ],
)
def test_said_search(text: str, a: int, b: int, expected: bool) -> None:
    assert said_search(text, a, b) is expected


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("市发展改革委为牵头单位，", 6, (11, "lead")),
        ("省财政厅作为配合单位", 4, (10, "support")),
        ("为责任单位、", 0, (5, "responsible")),
        ("省财政厅为牵头单位", 4, (9, "lead")),  # at the text's end
        ("省财政厅为牵头单位 ", 4, (9, "lead")),
        ("省财政厅为牵头单位）", 4, (9, "lead")),
        ("省财政厅为牵头单位；", 4, (9, "lead")),
        ("省财政厅为牵头部门", 4, (9, "lead")),
        ("省财政厅为牵头", 4, (7, "lead")),
        ("省财政厅为牵头单位的", 4, None),  # the label goes on into a word
        ("省财政厅为成员单位，", 4, None),  # no label
        ("张三为联系人，", 2, None),  # a field label that names no role
        ("2024年底前为完成时限。", 7, None),
        ("省财政厅为牵头单位，", 3, None),  # not at 为
    ],
)
def test_said_at(text: str, pos: int, expected: tuple[int, str] | None) -> None:
    assert said_at(text, pos) == expected


@pytest.mark.parametrize(
    ("text", "a", "b", "parts"),
    [
        # a 、 right after 为 and a label parts two lists
        ("以市应急管理局为牵头单位、市公安局为责任单位", 0, 22, ["以市应急管理局为牵头单位", "市公安局为责任单位"]),
        ("省财政厅为牵头单位、", 0, 10, ["省财政厅为牵头单位", ""]),
        ("省财政厅为牵头单位", 0, 9, ["省财政厅为牵头单位"]),
        ("省财政厅为成员单位、省商务厅为配合单位", 0, 19, ["省财政厅为成员单位、省商务厅为配合单位"]),  # no label: no cut
        ("张三为联系人、省商务厅为配合单位", 0, 16, ["张三为联系人、省商务厅为配合单位"]),  # no role: no cut
        ("省财政厅为牵头单位、省商务厅", 0, 9, ["省财政厅为牵头单位"]),  # the 、 after the span's end
        # 由X负责、Y、Z配合: a 、 right after the subject's 负责 or 牵头 when the clause ends with a support cue
        ("省财政厅负责、省商务厅、省教育厅配合", 0, 18, ["省财政厅负责", "省商务厅、省教育厅配合"]),
        ("省财政厅牵头、省商务厅配合", 0, 13, ["省财政厅牵头", "省商务厅配合"]),
        ("甲，省财政厅负责、省商务厅协助", 2, 15, ["省财政厅负责", "省商务厅协助"]),
        ("省财政厅负责、省商务厅参与", 0, 13, ["省财政厅负责", "省商务厅参与"]),
        ("负责、省商务厅配合", 0, 9, ["负责", "省商务厅配合"]),  # the cue right at the span's start
        ("省财政厅负责、省商务厅配合工作", 0, 15, ["省财政厅负责、省商务厅配合工作"]),  # no support cue at the end
        ("省财政厅负责、省商务厅配合工作", 0, 13, ["省财政厅负责", "省商务厅配合"]),  # ... within the span
        ("省财政厅、省商务厅配合", 0, 11, ["省财政厅、省商务厅配合"]),
        # both kinds of cut in one clause
        ("省财政厅为牵头单位、省商务厅负责、省教育厅配合", 0, 23, ["省财政厅为牵头单位", "省商务厅负责", "省教育厅配合"]),
        # only the 、 inside the span part it (the text goes on with 负责、 after it)
        ("省财政厅负责、省商务厅配合，省教育厅负责、乙", 0, 13, ["省财政厅负责", "省商务厅配合"]),
    ],
)
def test_said_parts(text: str, a: int, b: int, parts: list[str]) -> None:
    assert [text[x:y] for x, y in said_parts(text, a, b)] == parts


def test_without_opener() -> None:
    assert without_opener("以县商务局为牵头单位") == 1
    assert without_opener("县商务局为牵头单位") == 0
    assert without_opener("") == 0
