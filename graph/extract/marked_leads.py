"""Units marked by a sign after their names (docs/made-eval-forms.md "Rounds 87–96", docs/readings.md).

A document may mark some of a list of units with a sign after its name and say so in a note:
``（责任单位：市水利局*、市财政局；带*的为牵头单位）``, ``注：标★的为牵头单位。``, ``★表示牵头单位``, ``带△的为配合单位``,
or print the leads in bold with a note ``加粗的为牵头单位`` (the readers of Word files and web pages then write
``[standing.marks] bold_sign`` after a bold name in a table's cell). The marked units take the role the note names, the
others keep the role of their clause or column (or the one the note gives them: ``其余为牵头单位``); the mention is the
name without the sign. The note holds for the whole document (as GUIDE's first-listed rule with 下同: a publisher
states it once), wherever it stands. The notes' wordings are ``[standing.marks]`` in ``rules.toml``.

:func:`unmark` blanks the note (``；``, so it is no name and parts the names beside it) and each declared sign
after a name (a space), keeping the text's length; :func:`lead_marked` gives the marked names their role.

>>> text, marks = unmark("（责任单位：市水利局*、市财政局；带*的为牵头单位）")
>>> text
'（责任单位：市水利局 、市财政局；；；；；；；；；）'
>>> marks.roles
{10: 'lead'}
>>> unmark("（市园林局△、市城管局）注：带△的为配合单位，其余为牵头单位。")[1]
Marks(roles={5: 'support'}, rest='lead')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..data import rules
from ..literals import Gate
from ..model import Assignee, Task

__all__ = ["Marks", "bold_noted", "lead_marked", "unmark"]


@dataclass(frozen=True)
class Marks:
    """Where a declared sign stands after a name, with the role its note names; ``rest``: the role of the units a
    note leaves unmarked in a list that marks some (None: their clause's)."""

    roles: dict[int, str] = field(default_factory=dict)
    rest: str | None = None

    def __bool__(self) -> bool:
        return bool(self.roles)


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = rules()["standing"]["marks"]
    return spec


@cache
def _patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], re.Pattern[str]]:
    """The notes naming a sign, the notes naming bold type, and what a note may add about the unmarked units."""
    spec = _spec()
    roles = "|".join(sorted(spec["roles"], key=len, reverse=True))
    sign = "(?P<sign>[" + re.escape(str(spec["signs"])) + "])"
    role = f"(?P<role>{roles})"
    notes = [re.compile(p.format(sign=sign, role=role)) for p in spec["notes"]]
    bold = [re.compile(p.format(role=role)) for p in spec["bold_notes"]]
    rest = re.compile(str(spec["rest"]).format(role=f"(?P<rest>{roles})"))
    return notes, bold, rest


@cache
def _gates() -> tuple[Gate, ...]:
    """What every note must hold (its words and sign), per note pattern: a text without them is not searched."""
    signed, bolds, _ = _patterns()
    return tuple(Gate(p.pattern, p.flags) for p in (*signed, *bolds))


def bold_noted(text: str) -> bool:
    """Whether ``text`` holds a note that bold names have a role (加粗的为牵头单位): the readers then mark them.

    >>> bold_noted("注：加粗的为牵头单位。"), bold_noted("加粗字体")
    (True, False)
    """
    return any(p.search(text) for p in _patterns()[1])


# a sign right after a name (a CJK character or a closing bracket), before a separator, a bracket or the line's end
_AFTER_NAME = r"(?<=[\u4e00-\u9fff）〕)])[{signs}](?=[、，,；;。）〕)\s]|$)"


def unmark(text: str) -> tuple[str, Marks]:
    """The text with the notes and their signs after names blanked (same length), and where the signs stood with
    their roles. The text unchanged and no marks when it declares no sign."""
    signed, bolds, rest_pattern = _patterns()
    roles_of: dict[str, str] = _spec()["roles"]
    bold = str(_spec()["bold_sign"])
    notes = [m for p, gate in zip((*signed, *bolds), _gates(), strict=True) if gate(text) for m in p.finditer(text)]
    if not notes:
        return text, Marks()
    role: dict[str, str] = {}
    chars = list(text)
    rest = None
    for m in sorted(notes, key=lambda m: m.start()):
        sign = m.groupdict().get("sign") or bold
        role.setdefault(sign, roles_of[m.group("role")])
        end = m.end()
        also = rest_pattern.match(text, end)
        if also is not None:
            rest, end = roles_of[also.group("rest")], also.end()
        chars[m.start() : end] = "；" * (end - m.start())
    if "*" in role or "＊" in role:  # (the ASCII star normalised or not)
        star = role.get("*") or role["＊"]
        role.setdefault("*", star)
        role.setdefault("＊", star)
    blanked = "".join(chars)
    after = re.compile(_AFTER_NAME.format(signs=re.escape("".join(sorted(role)))), re.M)
    where = {m.start(): role[m.group()] for m in after.finditer(blanked)}
    for k in where:
        chars[k] = " "
    return "".join(chars), Marks(where, rest)


def lead_marked(tasks: list[Task], marks: Marks) -> list[Task]:
    """Each task with the assignees whose printed name a declared sign follows (spaces between allowed) in the
    sign's role, and the others of a list that marks some in the note's role for the rest, if it gives one."""
    if not marks:
        return tasks
    out = []
    for t in tasks:
        got = [_marked(a, marks) for a in t.assignees]
        if not any(got):
            out.append(t)
            continue
        who = tuple(Assignee(a.mention, r or marks.rest or a.role, a.generic, a.implicit, a.span)
                    for a, r in zip(t.assignees, got, strict=True))
        out.append(Task(t.path, t.text_span, t.clause_span, who, t.ordinal, t.form, t.deadline))
    return out


def _marked(a: Assignee, marks: Marks) -> str | None:
    if a.span is None:
        return None
    return marks.roles.get(a.span.end) or marks.roles.get(a.span.end + 1)
