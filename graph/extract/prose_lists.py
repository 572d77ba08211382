"""Lists of units as printed, remembered: the same lists come back in file after file (省财政厅、
省商务厅), and :func:`_longest_list` tries every end of a list before it finds one, so a list is
read once (at offset 0, by :func:`graph.extract.prose_units._split_list`) and moved to where it is."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import rules
from .prose_cues import _cues
from .prose_units import _Name, _split_list

__all__ = ["_longest_list", "_unit_list"]

_ACROSS_END = tuple(rules()["prose"]["words_across_end"])
_NOT_BEFORE = re.compile(rules()["prose"]["list_not_before"])  # 国务院|授权的…: a modifier


def _unit_list(text: str, base: int, strict: bool) -> list[_Name] | None:
    """:func:`graph.extract.prose_units._split_list` of ``text`` at offset ``base`` (it adds
    ``base`` to every offset it finds, and depends on nothing else but the cue words)."""
    found = _listed(text, strict)
    return None if found is None else [_Name(n.mention, n.start + base, n.generic) for n in found]


@lru_cache(maxsize=1 << 14)
def _listed(text: str, strict: bool) -> tuple[_Name, ...] | None:
    found = _split_list(text, 0, strict)
    return None if found is None else tuple(found)


def _longest_list(text: str, pos: int, end: int, strict: bool, follows: tuple[str, ...] = ()) -> tuple[list[_Name], int] | None:
    """The longest list of units printed from ``pos`` (before ``end``), with the offset after it.

    With ``follows``, the list must be followed by one of those words (its predicate)."""
    limit = min(end, pos + _cues().list_length)
    for j in range(limit, pos + 1, -1):
        if follows and not text.startswith(follows, j):
            continue
        if text.startswith(_ACROSS_END, j - 1):
            continue  # 省商务厅办|好: the name ends before the verb
        if _NOT_BEFORE.match(text, j):
            continue  # 会同国务院|授权的公司审批部门: the list qualifies a noun
        names = _unit_list(text[pos:j], pos, strict)
        if names:
            return names, j
    return None

