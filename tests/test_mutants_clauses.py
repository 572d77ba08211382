"""Tests added for the mutants the mutation run found alive in graph/extract/clauses.py
(docs/mutation.md, seventh pass): no test of the selection named people after a unit in a field
(县财政局（李四、王五）), so the bracket of their names was never taken off.
"""

from __future__ import annotations

import pytest

from graph.extract.clauses import _without_persons, parse_clause


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
