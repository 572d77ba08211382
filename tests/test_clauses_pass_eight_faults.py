"""The clause faults the eighth mutation pass noted (docs/mutation.md, "pass eight"), fixed:
a second 会同 in one segment, a unit after a said role with no role of its own, and a field label
printed with a blank inside. Sentences of our own; the readings follow GUIDE.md."""

from __future__ import annotations

import pytest

from graph.extract.clauses import parse_clause
from graph.extract.responsibility import extract_tasks
from graph.ingest.normalize import normalize


def _read(content: str) -> list[tuple[str, int, int, str]] | None:
    c = parse_clause(content)
    return None if c is None else [(a.mention, a.start, a.end, a.role) for a in c.assignees]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # X会同Y、Z会同W负责: the first unit leads; every unit after a 会同 supports
        (
            "省财政厅会同省教育厅、省科技厅会同有关部门负责",
            [("省财政厅", 0, 4, "lead"), ("省教育厅", 6, 10, "support"), ("省科技厅", 11, 15, "support"), ("有关部门", 17, 21, "support")],
        ),
        (
            "市住建局会同市自然资源局会同市水务局落实",
            [("市住建局", 0, 4, "lead"), ("市自然资源局", 6, 12, "support"), ("市水务局", 14, 18, "support")],
        ),
        # one 会同 reads as before
        ("国家发展改革委会同有关部门负责", [("国家发展改革委", 0, 7, "lead"), ("有关部门", 9, 13, "support")]),
    ],
)
def test_a_second_with_word_joins_more_supporting_units(content: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert _read(content) == expected


def test_a_part_after_a_second_with_word_that_names_nobody_is_no_clause_part() -> None:
    # 省教育厅研究 is no list of names: the 会同 segment is not read, as with one 会同
    assert _read("省财政厅会同省教育厅研究会同有关部门负责") is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the unit after the said lead has no role of its own: responsible, as a bare list's units are
        ("省财政厅为牵头单位，省教育厅", [("省财政厅", 0, 4, "lead"), ("省教育厅", 10, 14, "responsible")]),
        ("市商务局牵头，市市场监管局、市公安局", [("市商务局", 0, 4, "lead"), ("市市场监管局", 7, 13, "responsible"), ("市公安局", 14, 18, "responsible")]),
        # with a role of its own it keeps it
        ("省发展改革委为牵头单位，省财政厅配合", [("省发展改革委", 0, 6, "lead"), ("省财政厅", 12, 16, "support")]),
    ],
)
def test_units_after_the_roles_with_none_of_their_own_are_responsible(content: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert _read(content) == expected


def test_units_with_no_role_at_all_are_still_no_clause() -> None:
    assert parse_clause("省财政厅，省教育厅") is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("责任单位 及责任人：县教育局局长王五", [("县教育局", 10, 14, "responsible")]),
        ("责任单位　及责任人：县卫健局（李四）", [("县卫健局", 10, 14, "responsible")]),
        ("配合 单位：省财政厅、省审计厅", [("省财政厅", 6, 10, "support"), ("省审计厅", 11, 15, "support")]),
        ("责任单位 ：省教育厅", [("省教育厅", 6, 10, "responsible")]),
        # blanks between two labels still end the first field
        ("牵头单位：省教育厅 配合单位：省财政厅", [("省教育厅", 5, 9, "lead"), ("省财政厅", 15, 19, "support")]),
        ("省教育厅 配合单位：省财政厅", [("省教育厅", 0, 4, "responsible"), ("省财政厅", 10, 14, "support")]),
    ],
)
def test_a_field_label_printed_with_a_blank_inside(content: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert _read(content) == expected


def test_a_field_line_whose_label_has_a_blank_inside_gives_its_task() -> None:
    text = "一、加强师资培训，完善教师队伍。\n责任单位 及责任人：县教育局局长王五\n二、改善办学条件。\n配合 单位：县财政局、县审计局\n"
    got = [(t.path, t.form, [(a.mention, a.role) for a in t.assignees]) for t in extract_tasks(normalize(text))]
    assert got == [
        (("一",), "field", [("县教育局", "responsible")]),
        (("二",), "field", [("县财政局", "support"), ("县审计局", "support")]),
    ]
