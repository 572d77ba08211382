"""A list of units named to a role by 为 and a field label: ``X、Y为配合单位``, ``以X为牵头单位，Y为配合单位``,
``以X为牵头单位、Y为责任单位`` (``[clause] as_words``, ``as_openers``), in a clause and in running text.

>>> said_at("市发展改革委为牵头单位，", 6)
(11, 'lead')
>>> text = "以市应急管理局为牵头单位、市公安局为责任单位"
>>> [text[a:b] for a, b in said_parts(text, 0, len(text))]
['以市应急管理局为牵头单位', '市公安局为责任单位']
"""

from __future__ import annotations

import re
from functools import cache

from ..data import rules
from .cues import _label_patterns, label_role

__all__ = ["said_at", "said_parts", "said_search", "without_opener"]


@cache
def _pattern() -> re.Pattern[str]:
    _, label = _label_patterns(rules())
    words = "|".join(re.escape(w) for w in sorted(rules()["clause"]["as_words"], key=len, reverse=True))
    return re.compile(rf"(?:{words})({label})(?=[，,；;。、）)\s]|$)")


def said_search(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds 为 and a field label that names a role."""
    return any(label_role(m.group(1)) for m in _pattern().finditer(text, a, b))


def said_at(text: str, pos: int) -> tuple[int, str] | None:
    """``(offset after the label, role)`` when 为 and a label naming units' role stand at ``pos``."""
    m = _pattern().match(text, pos)
    role = None if m is None else label_role(m.group(1))
    return None if m is None or not role else (m.end(), role)




@cache
def _said_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``[clause] said_support_end`` and ``said_cued``, as the tuples ``str.endswith`` takes (made once)."""
    clause = rules()["clause"]
    return tuple(clause["said_support_end"]), tuple(clause["said_cued"])


def said_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """``[a, b)`` parted at each 、 right after 为 and a label (以X为牵头单位、Y为责任单位: two lists, two roles), and at a
    、 right after 负责 or 牵头 when the rest of the clause ends with a support cue (由X负责、Y、Z配合: two subjects)."""
    cuts = [m.end() for m in _pattern().finditer(text, a, b)
            if m.end() < b and text[m.end()] == "、" and label_role(m.group(1))]
    support_end, cued = _said_words()
    if text.endswith(support_end, a, b):
        cuts += [i for i in range(a + 2, b) if text[i] == "、" and text.endswith(cued, a, i)]
    out, start = [], a
    for cut in sorted(cuts):
        out.append((start, cut))
        start = cut + 1
    out.append((start, b))
    return out


def without_opener(text: str) -> int:
    """How many characters of ``text`` open it before its list (以X为牵头单位: 1), else 0."""
    return next((len(w) for w in rules()["clause"]["as_openers"] if text.startswith(w)), 0)
