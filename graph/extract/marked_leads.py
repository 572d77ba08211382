"""Leads marked by a sign after their names (docs/made-eval-forms.md "Rounds 87–96").

A document may mark the lead among a list of units with a sign after its name and say so in a note:
``（责任单位：市水利局*、市财政局；带*的为牵头单位）``, ``注：标★的为牵头单位。``. The marked units are ``lead``,
the others keep the role of their clause or column; the mention is the name without the sign. The note holds for
the whole document (as GUIDE's first-listed rule with 下同: a publisher states it once), wherever it stands.

:func:`unmark` blanks the note (``；``, so it is no name and parts the names beside it) and each declared sign
after a name (a space), keeping the text's length; :func:`lead_marked` gives the marked names their role.

>>> text, marks = unmark("（责任单位：市水利局*、市财政局；带*的为牵头单位）")
>>> text
'（责任单位：市水利局 、市财政局；；；；；；；；；）'
>>> sorted(marks)
[10]
"""

from __future__ import annotations

import re

from ..literals import Gate
from ..model import Assignee, Task

# the signs publishers mark a lead with (the ASCII star normalised or not)
_SIGNS = "*＊★☆※▲△"
# 带*的为牵头单位 / 标★的为牵头单位 / 加※号的为牵头部门 / 带“*”号的单位为牵头单位 / *为牵头单位
_NOTE = re.compile(
    r"(?:注[:：]\s*)?(?:带有|标有|标注|带|标|加|打|有)?[“\"]?(?P<sign>[" + re.escape(_SIGNS) + r"])[”\"]?号?"
    r"(?:的|者)?(?:单位|部门)?(?:为|是)(?:牵头|主责)(?:单位|部门)?(?:[，,]?(?:以下|下)同)?"
)
_NOTE_GATE = Gate(_NOTE.pattern, _NOTE.flags)  # the note's words and sign: absent, no search
# a sign right after a name (a CJK character or a closing bracket), before a separator, a bracket or the line's end
_AFTER_NAME = r"(?<=[\u4e00-\u9fff）〕)])[{signs}](?=[、，,；;。）〕)\s]|$)"


def unmark(text: str) -> tuple[str, set[int]]:
    """The text with the lead notes and their signs after names blanked (same length), and where the signs stood.
    The text unchanged and no positions when it declares no sign."""
    notes = list(_NOTE.finditer(text)) if _NOTE_GATE(text) else []
    if not notes:
        return text, set()
    signs = "".join(sorted({m.group("sign") for m in notes}))
    if "*" in signs or "＊" in signs:
        signs = "".join(sorted(set(signs) | {"*", "＊"}))
    chars = list(text)
    for m in notes:
        chars[m.start() : m.end()] = "；" * (m.end() - m.start())
    blanked = "".join(chars)
    after = re.compile(_AFTER_NAME.format(signs=re.escape(signs)), re.M)
    where = {m.start() for m in after.finditer(blanked)}
    for k in where:
        chars[k] = " "
    return "".join(chars), where


def lead_marked(tasks: list[Task], marks: set[int]) -> list[Task]:
    """Each task with the assignees whose printed name a declared sign follows (spaces between allowed) as
    ``lead``."""
    if not marks:
        return tasks
    out = []
    for t in tasks:
        if not any(_marked(a, marks) for a in t.assignees):
            out.append(t)
            continue
        who = tuple(Assignee(a.mention, "lead", a.generic, a.implicit, a.span) if _marked(a, marks) else a
                    for a in t.assignees)
        out.append(Task(t.path, t.text_span, t.clause_span, who, t.ordinal, t.form, t.deadline))
    return out


def _marked(a: Assignee, marks: set[int]) -> bool:
    return a.span is not None and (a.span.end in marks or a.span.end + 1 in marks)
