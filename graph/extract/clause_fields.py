"""The parts of a responsibility clause's segments (GUIDE.md "Tasks and assignees"): the role word that ends
a segment (X牵头), the field label that opens one (责任单位：), and the persons a field may name beside its
units (责任单位及责任人：县财政局（李四）), which are no assignees.
"""

from __future__ import annotations

import re
from functools import cache

from ..data import rules
from .cues import _cues, _label_patterns, label_role

__all__: list[str] = []


def _role_suffix(segment: str) -> tuple[str, str, bool] | None:
    """``(cue, role, plain)`` when the segment ends with a role cue."""
    cues = _cues()
    if not segment.endswith(cues.role_ends):
        return None
    for length, roles in cues.role_by_length:  # the longest cue the segment ends with
        role = roles.get(segment[-length:])
        if role is not None:
            return segment[-length:], role, role in cues.plain_roles
    return None  # pragma: no cover - role_ends holds every cue


@cache
def _field_pattern() -> re.Pattern[str]:
    _, label = _label_patterns(rules())
    # a label and its colon, or 为 in place of the colon (（责任单位为X、Y）, （牵头单位为X，配合单位为Y）: round 60)
    return re.compile(rf"[ ]*({label})[ ]*(?:[：:]|为(?=[\u4e00-\u9fff]))[ ]*")


# a label and its colon at a segment's start (its blanks squeezed out before matching it), and the blanks
_LABEL_COLON = re.compile(r"[^：:，；。]{1,24}[：:][ ]*")
_BLANKS, _BLANKS_TABS = re.compile(r"[ 　]"), re.compile(r"[ 　\t]")


def _field(segment: str) -> tuple[str, str, int] | None:
    """``(label, role, end of the label and colon)`` when the segment starts with a field label;
    role ``""`` for a label naming people (牵头领导：)."""
    m = _field_pattern().match(segment)
    if m is not None:
        name, cut = m.group(1), m.end()
    else:  # a label printed with blanks inside (责任单位 及责任人：): read without them
        colon = _LABEL_COLON.match(segment)
        if colon is None:
            return None
        squeezed = _BLANKS.sub("", colon.group())
        if squeezed == colon.group() or (m := _field_pattern().fullmatch(squeezed)) is None:
            return None
        name, cut = m.group(1), colon.end()
    role = label_role(name)
    if role is None:
        return None
    return name, role, cut


_PERSON_BRACKET = re.compile(rules()["field_labels"]["person_bracket"])
_PERSON_TITLE = re.compile(rules()["field_labels"]["person_title"])
_PERSON_SPACED = re.compile(rules()["field_labels"]["person_spaced"])
# A bracket of a person's field after a unit (市人社局（分管领导：王某某）, （责任人：李某某，电话：…）): a note, no name.
_PERSON_NOTE = re.compile("[（(][\u4e00-\u9fff]{0,4}(?:" + "|".join(rules()["field_labels"]["persons"])
                          + ")[：:][^（）()]*[）)]")


def _without_persons(mention: str, start: int) -> tuple[str, int, int]:
    """A unit named in a field that also names people, without the bracket of their names after
    it (``县财政局（李四）`` -> ``县财政局``); a bracketed role (``（牵头）``) stays.

    >>> _without_persons("县财政局（李四、王五）", 3), _without_persons("县财政局（牵头）", 0)
    (('县财政局', 3, 7), ('县财政局（牵头）', 0, 8))
    >>> _without_persons("市发展改革委（市粮食局）", 0)[0]
    '市发展改革委（市粮食局）'
    """
    m = _PERSON_BRACKET.match(mention)
    if (
        m is None
        or m.group(2) in rules()["clause"]["bracket_roles"]
        or _role_suffix(m.group(2)) is not None
        or m.group(2).endswith(_cues().suffixes)  # a body's name: 市发展改革委（市粮食局）
    ):
        return mention, start, start + len(mention)
    name = m.group(1)
    return name, start, start + len(name)
