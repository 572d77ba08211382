"""Tests added for the mutants the mutation run found alive in graph/extract/responsibility.py
(docs/mutation.md, tenth pass): no test of the selection looked at where an assignee's mention is
printed (its span), at a first-listed-is-lead rule with 下同 followed by a clause on the same line, at a
bare list after a 。 or ； or before a character that closes no sentence, or at the bounds of a field
whose units stand on the lines below its label (a blank line, a line of 40 characters, indented lines
under the first unit, the text's end).
"""

from __future__ import annotations

import pytest

from graph.extract.responsibility import (
    _first_lead_note,
    _implicit_notes,
    _unbracket_labels,
    _untab_labels,
    extract_tasks,
)
from graph.ingest.normalize import normalize


def roles(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in t.assignees] for t in extract_tasks(normalize(text))]


def printed(text: str) -> list[list[str]]:
    """Each task's assignees as the text printed at their spans (None for an implicit one)."""
    text = normalize(text)
    return [[text[a.span.start : a.span.end] if a.span else "" for a in t.assignees] for t in extract_tasks(text)]


# ---------------------------------------------------------------------------------------------
# _find_clauses and _at


def test_a_first_lead_rule_with_xiatong_holds_for_the_next_clause_on_the_same_line() -> None:
    # the rule's own clause states it; the next clause follows on the same line (no note line above either)
    text = "（一）推进试点。（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）（二）开展评估。（省教育厅、省科技厅负责）"
    assert roles(text) == [
        [("税务总局", "lead"), ("财政部", "responsible")],
        [("省教育厅", "lead"), ("省科技厅", "responsible")],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare list of units closing a sentence that it follows (。 or ；) is a clause ...
        ("推进试点。（省财政厅、省商务厅）", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        ("推进试点；（省财政厅、省商务厅）", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        ("。（省财政厅、省商务厅）", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        ("推进试点。（省财政厅、省商务厅）\n下一项。", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        # ... not when the sentence goes on after it
        ("推进试点。（省财政厅、省商务厅）X射线检测。", []),
        ("推进试点。（省财政厅、省商务厅）等工作。", []),
        # right after a sentence's words, when its names are units' names (rounds 149-154: （X，Y）。 closing a measure);
        # the first-listed rule without 下同 applies to its own clause only
        ("（一）推进试点。（税务总局、财政部负责，排在第一位的部门为牵头部门）\n（二）开展评估（省教育厅、省科技厅）。",
         [[("税务总局", "lead"), ("财政部", "responsible")], [("省教育厅", "responsible"), ("省科技厅", "responsible")]]),
        ("（一）推进试点。（税务总局、财政部负责，下同）\n（二）开展评估（省教育厅、省科技厅）。",
         [[("税务总局", "responsible"), ("财政部", "responsible")], [("省教育厅", "responsible"), ("省科技厅", "responsible")]]),
        # ... but one name right after a unit's name is its other name, unless a rule declared every later list (下同)
        ("（一）推进试点。（税务总局、财政部负责）\n（二）报送省财政厅（省教育厅）。", [[("税务总局", "responsible"), ("财政部", "responsible")]]),
        ("（一）推进试点。（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）\n（二）报送省财政厅（省教育厅）。",
         [[("税务总局", "lead"), ("财政部", "responsible")], [("省教育厅", "lead")]]),
        ("（一）推进试点。（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）\n（二）开展评估（省教育厅、省科技厅）。",
         [[("税务总局", "lead"), ("财政部", "responsible")], [("省教育厅", "lead"), ("省科技厅", "responsible")]]),
    ],
)
def test_where_a_bare_list_of_units_is_a_clause(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "（一）推进试点。（省财政厅牵头，省商务厅、省教育厅配合）",  # a clause in round brackets
        "（一）推进试点。（省财政厅、省商务厅）",  # a bare list
        "（一）推进试点。（由各级牵头部门统筹协调（责任单位：省财政厅、省商务厅））",  # a clause inside a group
        "（一）推进试点。【牵头单位：省财政厅；配合单位：省商务厅】",  # square brackets
        "（一）推进试点。——省财政厅牵头，省商务厅配合\n",  # after a dash
        "（一）推进试点。——省财政厅、省商务厅\n",
        "（一）推进试点。\n牵头单位：省财政厅\n配合单位：省商务厅、省教育厅\n",  # field lines
        "（一）推进试点。\n◆牵头单位：省财政厅\n◆配合单位：省商务厅\n",
        "（一）推进试点。\n责任单位：\n省财政厅\n省商务厅\n",  # units on the lines below a label
        "（一）推进试点。\n  牵头单位：省财政厅  \n  配合单位：省商务厅。\n",  # field lines indented by blanks
        # roles given by a first-listed-is-lead rule
        "（一）推进试点。（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）\n（二）开展评估。（省教育厅、省科技厅）",
    ],
)
def test_every_assignee_span_is_where_its_mention_is_printed(text: str) -> None:
    got = printed(text)
    assert got and all(got)
    assert got == [[a.mention for a in t.assignees] for t in extract_tasks(normalize(text))]


# ---------------------------------------------------------------------------------------------
# _field_end: a label alone on its line, then a unit on each line below; units indented under the first

L40 = "省发展改革委员会、省财政厅、省商务厅、省教育厅、省科技厅、省交通运输厅、省林业局"  # 40 characters
L41 = "省发展和改革委员会、省财政厅、省商务厅、省教育厅、省科技厅、省交通运输厅、省水利厅"


def _units(line: str) -> list[tuple[str, str]]:
    return [(u, "responsible") for u in line.split("、")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the units on the lines below a label alone on its line, up to the text's end
        ("（一）推进试点。\n责任单位：\n省财政厅", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。\n责任单位：\n省财政厅\n省商务厅", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        ("（一）推进试点。\n责任单位：省财政厅\n配合单位：\n省商务厅", [[("省财政厅", "responsible"), ("省商务厅", "support")]]),
        # one or two blank lines right after the label alone are passed over (a text printed with a blank line
        # between its lines); three are not; between units, a blank line ends the list
        ("（一）推进试点。\n责任单位：\n\n省财政厅\n（二）开展评估。", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。\n\n责任单位：\n\n省财政厅、省商务厅\n\n（二）开展评估。",
         [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        ("（一）推进试点。\n责任单位：\n\n\n省财政厅\n（二）开展评估。", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。\n责任单位：\n\n\n\n省财政厅\n（二）开展评估。", []),
        ("（一）推进试点。\n牵头单位：\n\n配合单位：省财政厅\n（二）开展评估。", [[("省财政厅", "support")]]),
        ("（一）推进试点。\n责任单位：\n省财政厅\n省商务厅\n\n省教育厅\n（二）开展评估。",
         [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        # a line of names is at most 40 characters; a line that names no unit ends the list
        (f"（一）推进试点。\n责任单位：\n省财政厅\n{L40}\n（二）开展评估。", [[("省财政厅", "responsible"), *_units(L40)]]),
        (f"（一）推进试点。\n责任单位：\n省财政厅\n{L41}\n（二）开展评估。", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。\n责任单位：\n省财政厅\n2024年底前完成\n省教育厅\n（二）开展评估。", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。\n责任单位：\n省财政厅\n省商务厅\n配合单位：省教育厅\n（二）开展评估。",
         [[("省财政厅", "responsible"), ("省商务厅", "responsible"), ("省教育厅", "support")]]),
        # a template's placeholder units (XX市) are names like any other
        ("（一）推进试点。\n责任单位：\nXX市财政局\nXX市商务局\n（二）开展评估。",
         [[("XX市财政局", "responsible"), ("XX市商务局", "responsible")]]),
        ("（一）推进试点。\n责任单位：\nXX市财政局、XX市商务局\n（二）开展评估。",
         [[("XX市财政局", "responsible"), ("XX市商务局", "responsible")]]),
        ("（一）推进试点。\n责任单位：省财政厅、XX市商务局\n（二）开展评估。",
         [[("省财政厅", "responsible"), ("XX市商务局", "responsible")]]),
    ],
)
def test_units_on_the_lines_below_a_label_alone_on_its_line(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


def _indented(k: int, *lines: str) -> str:
    return "（一）推进试点。\n责任单位：省财政厅\n" + "".join(" " * k + line + "\n" for line in lines) + "（二）开展评估。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units indented to stand under the first (責任单位： is 5 characters wide: 4, 5 or 6 blanks), not further or less
        (_indented(3, "省商务厅", "省教育厅"), [[("省财政厅", "responsible")]]),
        (_indented(4, "省商务厅", "省教育厅"), [[("省财政厅", "responsible"), ("省商务厅", "responsible"), ("省教育厅", "responsible")]]),
        (_indented(5, "省商务厅", "省教育厅"), [[("省财政厅", "responsible"), ("省商务厅", "responsible"), ("省教育厅", "responsible")]]),
        (_indented(6, "省商务厅", "省教育厅"), [[("省财政厅", "responsible"), ("省商务厅", "responsible"), ("省教育厅", "responsible")]]),
        (_indented(7, "省商务厅", "省教育厅"), [[("省财政厅", "responsible")]]),
        # a line of names is at most 40 characters; a line that names no unit ends the list
        (_indented(5, L40), [[("省财政厅", "responsible"), *_units(L40)]]),
        (_indented(5, L41), [[("省财政厅", "responsible")]]),
        (_indented(5, "2024年底前完成", "省商务厅"), [[("省财政厅", "responsible")]]),
        (_indented(5, "XX市商务局"), [[("省财政厅", "responsible"), ("XX市商务局", "responsible")]]),
        # up to the text's end; a mark before the label counts in its width
        ("（一）推进试点。\n责任单位：省财政厅\n     省商务厅", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        ("（一）推进试点。\n◆责任单位：省财政厅\n      省商务厅\n（二）开展评估。",
         [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
    ],
)
def test_units_indented_under_the_first(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


def test_a_group_that_is_no_clause_is_read_for_every_clause_inside_it() -> None:
    text = "（一）推进试点（甲工作（责任单位：省财政厅）和乙工作（责任单位：省商务厅）统筹推进）。"
    assert roles(text) == [[("省财政厅", "responsible")], [("省商务厅", "responsible")]]
    # not inside an explanation (以下简称…), even after a blank
    assert roles("（一）推进试点。（以下简称“试点”（省财政厅负责））") == []
    assert roles("（一）推进试点。（ 以下简称“试点”（省财政厅负责））") == []


def test_square_brackets_inside_a_round_clause_are_read_once_as_part_of_it() -> None:
    text = normalize("（一）推进试点。（牵头单位：省财政厅；配合单位：省商务厅〔省税务局参与〕）")
    tasks = extract_tasks(text)
    assert len(tasks) == 1
    assert (tasks[0].clause_span.start, tasks[0].clause_span.end) == (8, 37)  # the round group
    # the square group is read once, inside the round clause: its unit in its own role (no mention
    # 省商务厅〔省税务局参与〕, no second clause)
    assert [(a.mention, a.role) for a in tasks[0].assignees] == [
        ("省财政厅", "lead"), ("省商务厅", "support"), ("省税务局", "support")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a square clause right after a round one: read too, the two one clause of one task
        ("（一）推进试点。（牵头单位：省财政厅）【配合单位：省商务厅】", [[("省财政厅", "lead"), ("省商务厅", "support")]]),
        # a square group that is no clause (a 文号's year) does not stop the search for later ones
        ("（一）落实《关于推进试点的通知》（皖政〔2021〕12号）。【牵头单位：省财政厅】", [[("省财政厅", "lead")]]),
        # a square group that holds a cue but names nobody is no clause: the task's text runs over it
        ("（一）推进试点〔按职责分工负责〕，完善机制。\n责任单位：省财政厅", [[("省财政厅", "responsible")]]),
    ],
)
def test_square_bracket_clauses(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


def test_a_square_group_that_names_nobody_leaves_the_task_text_whole() -> None:
    text = normalize("（一）推进试点〔按职责分工负责〕，完善机制。\n责任单位：省财政厅")
    (task,) = extract_tasks(text)
    assert text[task.text_span.start : task.text_span.end] == "推进试点〔按职责分工负责〕，完善机制。"


@pytest.mark.parametrize(
    ("text", "task"),
    [
        # a task card: the task's text starts after the task label on the line above the field lines
        ("工作任务：推进试点。\n牵头单位：省财政厅", ["推进试点。"]),
        ("任务名称\t开展评估。\n牵头单位\t省财政厅", ["开展评估。"]),
        # ... in a numbered unit, when it holds several cards
        ("（一）推进试点。\n工作任务：开展评估。\n牵头单位：省财政厅\n工作任务：建立机制。\n牵头单位：省商务厅",
         ["开展评估。", "建立机制。"]),
        # one card under a numbered heading is the unit's one task, its text from the unit's start (GUIDE.md; prose
        # round 13's rectification plan: （一）问题⏎整改措施：…⏎整改责任单位：X)
        ("（一）推进试点。\n工作任务：开展评估。\n牵头单位：省财政厅", ["推进试点。\n工作任务：开展评估。"]),
    ],
)
def test_the_task_text_of_a_task_card_starts_after_its_label(text: str, task: list[str]) -> None:
    text = normalize(text)
    assert [text[t.text_span.start : t.text_span.end] for t in extract_tasks(text)] == task


# ---------------------------------------------------------------------------------------------
# _unbracket_labels, _untab_labels, _first_lead_note, _implicit_notes: called directly (the doctests' cases
# and their edges; no test of the selection runs the doctests)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("〔牵头单位〕省财政厅", "牵头单位： 省财政厅"),
        ("〔牵头单位〕：省财政厅", "牵头单位：  省财政厅"),
        ("〔牵头单位〕:省财政厅", "牵头单位：  省财政厅"),
        ("甲。〔牵头单位〕省财政厅", "甲。牵头单位： 省财政厅"),
        ("\n〔牵头单位〕省财政厅", "\n牵头单位： 省财政厅"),
        ("A〔牵头单位〕省财政厅", "A牵头单位： 省财政厅"),  # (after a character that is not Chinese)
        ("〔牵头〕省财政厅", "牵头： 省财政厅"),
        ("〔责任单位〕", "责任单位： "),
        ("〔牵头单位〕〔配合单位〕省商务厅", "牵头单位： 配合单位： 省商务厅"),
        # after a name: a role in brackets, unless a name follows (a second label on the line)
        ("省财政厅〔牵头〕", "省财政厅〔牵头〕"),
        ("省财政厅〔牵头〕、省商务厅", "省财政厅〔牵头〕、省商务厅"),
        ("省财政厅〔牵头单位〕", "省财政厅〔牵头单位〕"),
        ("省财政厅〔牵头单位〕省商务厅", "省财政厅；牵头单位：省商务厅"),
        ("省财政厅〔牵头单位〕：省商务厅", "省财政厅；牵头单位： 省商务厅"),
        ("〔牵头单位〕省财政厅；〔配合单位〕：省商务厅", "牵头单位： 省财政厅；配合单位：  省商务厅"),
        ("〔牵头单位〕省财政厅〔配合单位〕省商务厅、省税务局", "牵头单位： 省财政厅；配合单位：省商务厅、省税务局"),
        ("县〔区〕政府", "县〔区〕政府"),
        # 一 (U+4E00, the first of the Chinese block) is a Chinese character on either side
        ("统一〔牵头单位〕省财政厅", "统一；牵头单位：省财政厅"),
        ("省财政厅〔配合单位〕一汽集团", "省财政厅；配合单位：一汽集团"),
        ("省财政厅", "省财政厅"),
    ],
)
def test_labels_in_square_brackets_as_field_lines(text: str, expected: str) -> None:
    got = _unbracket_labels(text)
    assert got == expected
    assert len(got) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("牵头单位\t省财政厅", "牵头单位：省财政厅"),
        ("  牵头单位 \t省财政厅", "  牵头单位 ：省财政厅"),
        ("牵头单位\t省财政厅\n配合单位\t省商务厅、省税务局\n牵头单位\t配合单位\n", "牵头单位：省财政厅\n配合单位：省商务厅、省税务局\n牵头单位\t配合单位\n"),
        ("牵头单位\t配合单位", "牵头单位\t配合单位"),  # a row of column headers
        ("牵头单位\t省财政厅\t2024年", "牵头单位\t省财政厅\t2024年"),  # more cells than a label and its value
        ("责任单位\t\t省财政厅", "责任单位\t\t省财政厅"),
        ("牵头单位 省财政厅", "牵头单位：省财政厅"),
        ("牵头单位\u3000省财政厅", "牵头单位：省财政厅"),
        ("牵头单位  省财政厅、省商务厅", "牵头单位： 省财政厅、省商务厅"),
        ("牵头 省财政厅", "牵头：省财政厅"),
        ("牵头单位 配合单位", "牵头单位 配合单位"),
        ("牵头单位 配合单位 完成时限", "牵头单位 配合单位 完成时限"),
        ("牵头单位 ：省财政厅", "牵头单位 ：省财政厅"),  # a colon: a field line already
        ("牵头单位 2024年底前", "牵头单位 2024年底前"),  # no unit after the blank
        ("甲 牵头单位 省财政厅", "甲 牵头单位 省财政厅"),  # the label does not open the line
        ("牵头单位 省财政厅\n配合单位\t省商务厅", "牵头单位：省财政厅\n配合单位：省商务厅"),
        ("牵头单位 省财政厅\n配合单位 省商务厅\n", "牵头单位：省财政厅\n配合单位：省商务厅\n"),
        ("牵头单位\t省财政厅\n配合单位\t省商务厅\n", "牵头单位：省财政厅\n配合单位：省商务厅\n"),
    ],
)
def test_labels_before_a_tab_or_blanks_as_field_lines(text: str, expected: str) -> None:
    got = _untab_labels(text)
    assert got == expected
    assert len(got) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("注：责任单位中排在第一位的为牵头单位，下同。\n（一）甲。", 22),
        ("甲。\n注：排在第一位的为牵头单位，下同。\n乙", 20),
        ("甲\n排在第一位的为牵头单位\n下同。排在第一位的为牵头单位，下同\n乙", 31),  # both on one line
        ("排在第一位的为牵头单位，下同", 14),
        ("甲\n\n注：排在第一位的为牵头单位， 下同。\n乙", 21),  # (a blank line before, a blank inside)
        ("注：排在第一位的为牵头单位。\n乙", None),  # no 下同
        ("下同\n排在第一位的为牵头单位", None),  # not on one line
        ("甲。", None),
    ],
)
def test_the_line_that_states_the_first_lead_rule_for_what_follows(text: str, expected: int | None) -> None:
    assert _first_lead_note(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("以下各项任务均需各市、县（市、区）政府落实，不再列出。", [(26, "各市、县（市、区）政府")]),
        ("以下均需省财政厅、省商务厅落实，不再列出。", [(20, "省财政厅"), (20, "省商务厅")]),
        ("甲。以下均需省商务厅负责，不再列出。乙。以下各项任务均需省财政厅落实，不再列出",
         [(17, "省商务厅"), (39, "省财政厅")]),
        ("甲。", []),
    ],
)
def test_the_implicit_assignees_stated_in_the_text(text: str, expected: list[tuple[int, str]]) -> None:
    assert _implicit_notes(text) == expected


# ---------------------------------------------------------------------------------------------
# _find_clauses: consecutive field lines as one clause


def _tasks(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    text = normalize(text)
    return [(text[t.text_span.start : t.text_span.end], [(a.mention, a.role) for a in t.assignees]) for t in extract_tasks(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blanks around a field line, a sentence end after it
        ("（一）推进试点。\n  牵头单位：省财政厅  \n（二）开展评估。", [("推进试点。", [("省财政厅", "lead")])]),
        ("（一）推进试点。\n  牵头单位：省财政厅。\n（二）开展评估。", [("推进试点。", [("省财政厅", "lead")])]),
        # a field that names nobody is no clause
        ("（一）推进试点。\n责任单位：\n（二）开展评估。", []),
        ("（一）推进试点。\n责任单位：2024年底前\n（二）开展评估。", []),
    ],
)
def test_consecutive_field_lines(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _tasks(text) == expected


def test_a_field_line_indented_by_a_tab_goes_on_the_clause_above() -> None:
    # (fault found by the mutation run: the tab kept the two lines apart, and the second was a task of no text)
    assert _tasks("（一）推进试点。\n牵头单位：省财政厅\n\t配合单位：省商务厅\n（二）开展评估。") == [
        ("推进试点。", [("省财政厅", "lead"), ("省商务厅", "support")])]


def test_a_row_of_labelled_cells_that_ends_with_an_empty_cell_is_read() -> None:
    # (fault found by the mutation run: the tab of the empty last cell made the field no clause; the row was lost)
    text = "一、重点任务\n1\t建设冷链物流中心\t牵头单位：县商务局\t配合单位：县财政局\t\n2\t改造农贸市场\t牵头单位：县市场监管局\t\n"
    assert _tasks(text) == [
        ("建设冷链物流中心", [("县商务局", "lead"), ("县财政局", "support")]),
        ("改造农贸市场", [("县市场监管局", "lead")]),
    ]


# ---------------------------------------------------------------------------------------------
# extract_tasks


def test_a_task_at_the_texts_start_starts_at_zero() -> None:
    assert _tasks("推进试点。（省财政厅负责）") == [("推进试点。", [("省财政厅", "responsible")])]


def test_an_implicit_rule_holds_for_a_clause_that_starts_where_it_ends() -> None:
    text = "（一）以下各项任务均需各市政府落实，不再列出（省财政厅负责）\n（二）开展评估。（省教育厅负责）"
    assert [[(a.mention, a.implicit) for a in t.assignees] for t in extract_tasks(normalize(text))] == [
        [("省财政厅", False), ("各市政府", True)],
        [("省教育厅", False), ("各市政府", True)],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label in a cell of a table row: the task is the row's text before it (after its serial cell)
        ("（一）推进试点。\n建设中心\t牵头单位：省财政厅", [("建设中心", [("省财政厅", "lead")])]),
        ("建设中心\t牵头单位：省财政厅", [("建设中心", [("省财政厅", "lead")])]),
        ("（一）推进试点。\n12\t建设中心\t牵头单位：省财政厅", [("建设中心", [("省财政厅", "lead")])]),
        # a tab on an earlier line is no row of the clause's
        ("前言\n说明\t甲\n推进试点。（省财政厅负责）", [("前言\n说明\t甲\n推进试点。", [("省财政厅", "responsible")])]),
    ],
)
def test_the_task_of_a_clause_in_a_table_row(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _tasks(text) == expected


def test_a_first_lead_rule_with_xiatong_broken_over_lines_holds_for_a_table_below() -> None:
    # the clause states the rule over two lines (no single line states it: no note line is found), and the
    # table below it lists its units by the rule
    text = ("一、重点任务。（税务总局、财政部负责，排在第一位的部门为牵头部门，\n下同）\n序号\t工作任务\t责任单位\n"
            "1\t推进试点\t省财政厅、省商务厅\n2\t开展评估\t省教育厅、省科技厅\n")
    assert _tasks(text) == [
        ("重点任务。", [("税务总局", "lead"), ("财政部", "responsible")]),
        ("推进试点", [("省财政厅", "lead"), ("省商务厅", "responsible")]),
        ("开展评估", [("省教育厅", "lead"), ("省科技厅", "responsible")]),
    ]


def test_two_bracketed_clauses_side_by_side_are_one_clause_of_one_task() -> None:
    text = normalize("（一）推进试点。（牵头单位：省财政厅） （配合单位：省商务厅）\n（二）开展评估。（省教育厅负责）")
    got = [(t.ordinal, t.path, text[t.text_span.start : t.text_span.end], text[t.clause_span.start : t.clause_span.end],
            [(a.mention, a.role) for a in t.assignees], t.form) for t in extract_tasks(text)]
    assert got == [
        (1, ("一",), "推进试点。", "（牵头单位：省财政厅） （配合单位：省商务厅）", [("省财政厅", "lead"), ("省商务厅", "support")], "clause"),
        (2, ("二",), "开展评估。", "（省教育厅负责）", [("省教育厅", "responsible")], "clause"),
    ]


def test_the_units_given_place_the_table_rows_too() -> None:
    text = normalize("（一）推进试点。（省财政厅负责）\n序号\t工作任务\t责任单位\n1\t开展评估\t省教育厅\n")
    assert [(t.path, t.form) for t in extract_tasks(text)] == [(("一",), "clause"), (("一",), "table")]
    assert [(t.path, t.form) for t in extract_tasks(text, ())] == [((), "clause"), ((), "table")]


def test_a_bracketed_clause_wrapped_onto_the_next_line_is_the_same_tasks() -> None:
    # (pass ten's finding on extract_tasks 170: the second clause, with no task text of its own, was a task of
    # empty text; a line end between two clauses is now a gap, as blanks are)
    text = normalize("（一）推进试点。（牵头单位：省财政厅）\n（配合单位：省商务厅）\n（二）开展评估。（省教育厅负责）")
    got = [(t.path, text[t.text_span.start : t.text_span.end], [(a.mention, a.role) for a in t.assignees])
           for t in extract_tasks(text)]
    assert got == [
        (("一",), "推进试点。", [("省财政厅", "lead"), ("省商务厅", "support")]),
        (("二",), "开展评估。", [("省教育厅", "responsible")]),
    ]
    # a clause with text of its own on the next line stays a task of its own
    text = normalize("1.推进试点。（省财政厅负责）\n2.开展评估。（省教育厅负责）")
    assert [text[t.text_span.start : t.text_span.end] for t in extract_tasks(text)] == ["推进试点。", "开展评估。"]
