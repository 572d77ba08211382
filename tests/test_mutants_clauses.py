"""Tests added for the mutants the mutation run found alive in graph/extract/clauses.py
(docs/mutation.md, seventh and eighth passes): no test of the selection named people after a unit
in a field (县财政局（李四、王五）), so the bracket of their names was never taken off; none read
a pair of labels (责任单位/配合单位：X/Y), and none looked at the offsets of the units a clause
names, at whether their role came from plain words, or at the clause's standing rules.
"""

from __future__ import annotations

import pytest

from graph.extract.clauses import _without_persons, parse_bare_list, parse_clause


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("县财政局（李四、王五）", ("县财政局", 3, 7)),  # the people's names are no part of the unit
        ("县财政局（李四）", ("县财政局", 3, 7)),
        ("县财政局（牵头）", ("县财政局（牵头）", 3, 11)),  # a bracketed role stays
        ("县财政局（配合单位）", ("县财政局（配合单位）", 3, 13)),
        ("县财政局（指导）", ("县财政局（指导）", 3, 11)),
        ("县财政局（主责）", ("县财政局（主责）", 3, 11)),
        ("县财政局（主办）", ("县财政局（主办）", 3, 11)),  # a role word not listed as a bracketed role
        ("市发展改革委（市粮食局）", ("市发展改革委（市粮食局）", 3, 15)),  # a body's name
        ("县财政局", ("县财政局", 3, 7)),
    ],
)
def test_the_people_named_after_a_unit_in_a_field_are_no_part_of_it(mention: str, expected: tuple[str, int, int]) -> None:
    assert _without_persons(mention, 3) == expected


def _assignees(content: str) -> list[tuple[str, int, int, str]] | None:
    c = parse_clause(content, 10)
    return None if c is None else [(a.mention, a.start, a.end, a.role) for a in c.assignees]


def test_units_said_to_be_of_a_role() -> None:
    # X、Y为配合单位: the list before 为 (or 作为) and a field label takes the label's role
    assert _assignees("省商务厅、省教育厅为配合单位") == [("省商务厅", 10, 14, "support"), ("省教育厅", 15, 19, "support")]
    assert _assignees("省财政厅牵头，省商务厅、省教育厅作为配合单位") == [
        ("省财政厅", 10, 14, "lead"),
        ("省商务厅", 17, 21, "support"),
        ("省教育厅", 22, 26, "support"),
    ]
    assert _assignees("省财政厅为牵头单位，省商务厅为配合单位") == [("省财政厅", 10, 14, "lead"), ("省商务厅", 20, 24, "support")]
    # a segment that ends with a label's noun but says no role (各有关单位) leaves the lead as read
    got = _assignees("省财政厅牵头，各有关单位")
    assert got is not None and got[0] == ("省财政厅", 10, 14, "lead")


# eighth pass

Unit = tuple[str, int, int, str, bool]


def _units(content: str) -> tuple[tuple[int, int], list[Unit]] | None:
    c = parse_clause(content, 10)
    return None if c is None else ((c.span.start, c.span.end), [(a.mention, a.start, a.end, a.role, a.plain) for a in c.assignees])


@pytest.mark.parametrize(
    ("content", "span", "units"),
    [
        # a pair of labels: each part of the value, apart by the slash, in its label's role
        ("责任单位/配合单位：省财政厅/省教育厅、省科技厅", (10, 34), [("省财政厅", 20, 24, "responsible", True), ("省教育厅", 25, 29, "support", False), ("省科技厅", 30, 34, "support", False)]),
        ("牵头单位／参与单位：省财政厅、省商务厅／各市人民政府", (10, 36), [("省财政厅", 20, 24, "lead", False), ("省商务厅", 25, 29, "lead", False), ("各市人民政府", 30, 36, "support", False)]),
        ("责任单位/配合单位：省X射线研究所/省财政厅", (10, 32), [("省X射线研究所", 20, 27, "responsible", True), ("省财政厅", 28, 32, "support", False)]),
        # one part, or three, pair with no labels: the first label's role
        ("责任单位/配合单位：省财政厅", (10, 24), [("省财政厅", 20, 24, "responsible", True)]),
        ("责任单位/配合单位：省财政厅/省教育厅/省科技厅", (10, 34), [("省财政厅", 20, 24, "responsible", True), ("省教育厅", 25, 29, "responsible", True), ("省科技厅", 30, 34, "responsible", True)]),
        # units before the first label, without role words, are responsible
        ("市交通运输局；配合单位：省财政厅", (10, 26), [("市交通运输局", 10, 16, "responsible", True), ("省财政厅", 22, 26, "support", False)]),
        # a label naming people: what follows it up to the next label names nobody
        ("牵头领导：张三，李四；牵头单位：省财政厅", (10, 30), [("省财政厅", 26, 30, "lead", False)]),
        ("联系人：省财政厅经建处，省教育厅基教处；责任单位：省教育厅", (10, 39), [("省教育厅", 35, 39, "responsible", True)]),
        ("责任单位及责任人：县教育局局长王五、县财政局（李四）", (10, 36), [("县教育局", 19, 23, "responsible", True), ("县财政局", 28, 32, "responsible", True)]),
        # role words inside a field win over the field's role
        ("责任单位：省发展改革委牵头，省财政厅配合", (10, 30), [("省发展改革委", 15, 21, "lead", False), ("省财政厅", 24, 28, "support", False)]),
        # the segments after a field take its role; plain only for a 责任单位 field
        ("责任单位：省财政厅；省教育厅", (10, 24), [("省财政厅", 15, 19, "responsible", True), ("省教育厅", 20, 24, "responsible", True)]),
        ("牵头单位：省财政厅，省教育厅", (10, 24), [("省财政厅", 15, 19, "lead", False), ("省教育厅", 20, 24, "lead", False)]),
        # a field whose value names nobody does not end the clause
        ("责任单位：待定；配合单位：省教育厅", (10, 27), [("省教育厅", 23, 27, "support", False)]),
        ("责任单位：牵头；配合单位：省教育厅", (10, 27), [("省教育厅", 23, 27, "support", False)]),
        # X、Y为配合单位
        ("省商务厅、省教育厅为配合单位", (10, 24), [("省商务厅", 10, 14, "support", False), ("省教育厅", 15, 19, "support", False)]),
        ("省财政厅为责任单位", (10, 19), [("省财政厅", 10, 14, "responsible", True)]),
        # X会同Y负责, then more segments
        ("省财政厅会同省教育厅负责", (10, 22), [("省财政厅", 10, 14, "lead", False), ("省教育厅", 16, 20, "support", False)]),
        ("省财政厅会同省教育厅负责，省科技厅、省商务厅配合", (10, 34), [("省财政厅", 10, 14, "lead", False), ("省教育厅", 16, 20, "support", False), ("省科技厅", 23, 27, "support", False), ("省商务厅", 28, 32, "support", False)]),
        ("省财政厅会同省教育厅负责，按职责分工负责，省科技厅牵头", (10, 37), [("省财政厅", 10, 14, "lead", False), ("省教育厅", 16, 20, "support", False), ("省科技厅", 31, 35, "lead", False)]),
        ("省财政厅、省教育厅按职责分工负责", (10, 26), [("省财政厅", 10, 14, "responsible", True), ("省教育厅", 15, 19, "responsible", True)]),
        # the blank after a role word ends a segment; a Latin X is no separator
        ("省财政厅牵头 省教育厅、省科技厅配合", (10, 28), [("省财政厅", 10, 14, "lead", False), ("省教育厅", 17, 21, "support", False), ("省科技厅", 22, 26, "support", False)]),
        ("省X射线研究所牵头，省财政厅配合", (10, 26), [("省X射线研究所", 10, 17, "lead", False), ("省财政厅", 20, 24, "support", False)]),
        ("省商务厅（牵头）、省财政厅负责", (10, 25), [("省商务厅", 10, 14, "lead", False), ("省财政厅", 19, 23, "responsible", True)]),
        # a role word that names nobody, before or after the units
        ("按职责分工负责，省财政厅牵头", (10, 24), [("省财政厅", 18, 22, "lead", False)]),
        ("省财政厅牵头，按职责分工负责", (10, 24), [("省财政厅", 10, 14, "lead", False)]),
        # ... or after the units, which it gives its role
        ("省财政厅、省教育厅，负责", (10, 22), [("省财政厅", 10, 14, "responsible", True), ("省教育厅", 15, 19, "responsible", True)]),
        ("省财政厅、省教育厅，按职责分工负责", (10, 27), [("省财政厅", 10, 14, "responsible", True), ("省教育厅", 15, 19, "responsible", True)]),
    ],
)
def test_the_units_a_clause_names_with_their_offsets_and_roles(content: str, span: tuple[int, int], units: list[Unit]) -> None:
    assert _units(content) == (span, units)


@pytest.mark.parametrize(
    ("content", "units", "first_lead", "same_below", "implicit"),
    [
        ("排名第一的为牵头单位，下同", [], True, True, ()),
        # the rule in the label's brackets, which are then no bracket; the offsets are the content's
        ("责任单位（排名第一的为牵头单位）：省财政厅、省教育厅", [("省财政厅", 27, 31, "responsible", True), ("省教育厅", 32, 36, "responsible", True)], True, False, ()),
        ("责任单位（排名第一的为牵头单位，下同）：省财政厅、省教育厅", [("省财政厅", 30, 34, "responsible", True), ("省教育厅", 35, 39, "responsible", True)], True, True, ()),
        ("省财政厅、省教育厅负责，以下同", [("省财政厅", 10, 14, "responsible", True), ("省教育厅", 15, 19, "responsible", True)], False, True, ()),
        ("省财政厅、省教育厅负责，后同", [("省财政厅", 10, 14, "responsible", True), ("省教育厅", 15, 19, "responsible", True)], False, True, ()),
        ("以下均由各市人民政府负责落实，不再列出", [], False, False, ("各市人民政府",)),
        ("以下均需各地相关部门落实，不再列出；省财政厅牵头", [("省财政厅", 28, 32, "lead", False)], False, False, ("各地相关部门",)),
        ("省财政厅牵头；以下均需各地相关部门落实，不再列出；省教育厅配合", [("省财政厅", 10, 14, "lead", False), ("省教育厅", 35, 39, "support", False)], False, False, ("各地相关部门",)),
    ],
)
def test_the_standing_rules_a_clause_states(content: str, units: list[Unit], first_lead: bool, same_below: bool, implicit: tuple[str, ...]) -> None:
    c = parse_clause(content, 10)
    assert c is not None
    assert [(a.mention, a.start, a.end, a.role, a.plain) for a in c.assignees] == units
    assert (c.first_lead, c.same_below, c.implicit) == (first_lead, same_below, implicit)
    assert (c.span.start, c.span.end) == (10, 10 + len(content))


@pytest.mark.parametrize(
    "content",
    [
        "以下简称省发展改革委",
        "包括省财政厅、省教育厅负责",  # an explanation
        "其中省财政厅负责",
        # a standing rule with a segment that names nobody (the role word's units, a 会同 part, a
        # field's value) is not taken from it
        "排名第一的为牵头单位，负责",
        "排名第一的为牵头单位，省财政厅会同省教育厅研究负责",
        "排名第一的为牵头单位，责任单位：2020年底前",
        "排名第一的为牵头单位，责任单位：牵头",
    ],
)
def test_contents_that_are_no_clause(content: str) -> None:
    assert parse_clause(content, 10) is None


def test_a_segment_that_names_nobody_leaves_the_next_ones_to_be_read() -> None:
    # 会同 with a right-hand part that is no name (省教育厅研究)
    got = _units("省财政厅会同省教育厅研究负责，省科技厅牵头")
    assert got is not None and ("省科技厅", 25, 29, "lead", False) in got[1]
    # a name after X为牵头单位 is no part of the said list
    got = _units("省财政厅为牵头单位，省教育厅")
    assert got is not None and got[1][0] == ("省财政厅", 10, 14, "lead", False)


@pytest.mark.parametrize(
    ("content", "span", "units"),
    [
        ("省发展改革委、省财政厅（牵头）", (10, 25), [("省发展改革委", 10, 16, "responsible", True), ("省财政厅", 17, 21, "lead", False)]),
        ("省发展改革委、省财政厅", (10, 21), [("省发展改革委", 10, 16, "responsible", True), ("省财政厅", 17, 21, "responsible", True)]),
        # a role cue in brackets that is no listed bracketed role
        ("市工信局（按职责分工负责）、省财政厅（配合）", (10, 32), [("市工信局", 10, 14, "responsible", True), ("省财政厅", 24, 28, "support", False)]),
    ],
)
def test_a_bare_list_of_units(content: str, span: tuple[int, int], units: list[Unit]) -> None:
    c = parse_bare_list(content, 10)
    assert c is not None
    assert ((c.span.start, c.span.end), [(a.mention, a.start, a.end, a.role, a.plain) for a in c.assignees]) == (span, units)


def test_offsets_are_the_contents_own_without_a_base() -> None:
    c = parse_bare_list("省发展改革委、省财政厅")
    assert c is not None and [(a.start, a.end) for a in c.assignees] == [(0, 6), (7, 11)]
    c = parse_clause("省财政厅牵头")
    assert c is not None and (c.span.start, c.span.end) == (0, 6) and [(a.start, a.end) for a in c.assignees] == [(0, 4)]
    assert parse_bare_list("以下简称省发展改革委") is None and parse_bare_list("各有关部门") is None
