"""A town or a 街道 whose own name opens with a character that elsewhere is a preposition
(对湖街道, 向阳镇, 从江镇人民政府): read as a name when, past that character, what is printed is
still a town's name (``rules.toml [scope] township_alone`` and ``township``), so that 对重点镇 or
对该镇 stay a preposition and its object.
"""

from __future__ import annotations

import re

from ..data import rules

_SCOPE = rules()["scope"]
_ALONE, _WITH_WORD = re.compile(_SCOPE["township_alone"]), re.compile(_SCOPE["township"])
_KIND = re.compile("(?:镇|乡|街道|苏木)(人民政府|政府|办事处|街道办事处)?$")
_STAND_IN = "甲"  # a character no rule reads as a word: the place of the one read past


def is_town_opening_with_preposition(name: str, not_in_name: re.Pattern[str]) -> bool:
    """Whether ``name`` is a town's or a 街道's name (alone or with its government's word) whose only
    character ``not_in_name`` refuses is its first.

    >>> p = re.compile("[的由对将把向从被已了在是为]")
    >>> [is_town_opening_with_preposition(n, p) for n in ("对湖街道", "向阳镇人民政府", "对湖街道办事处")]
    [True, True, True]
    >>> [is_town_opening_with_preposition(n, p) for n in ("对重点镇", "对该镇", "对小城镇", "珉谷街道", "对湖街道的")]
    [False, False, False, False, False]
    """
    if len(name) < 3 or not not_in_name.match(name) or not_in_name.search(name, 1):
        return False
    kind = _KIND.search(name)
    if kind is None:
        return False
    cut = kind.start()
    pattern = _WITH_WORD if kind.group(1) else _ALONE
    return pattern.match(name) is not None and pattern.match(name[1:cut] + _STAND_IN + name[cut:]) is not None
