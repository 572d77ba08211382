"""A town or a 街道 whose own name opens with a character that elsewhere is a preposition
(对湖街道, 向阳镇, 从江镇人民政府): read as a name when, past that character, what is printed is
still a town's name (``rules.toml [scope] township_alone`` and ``township``), so that 对重点镇 or
对该镇 stay a preposition and its object. So too a division the division table names in full (向阳区, a
district of 鹤岗 and of 佳木斯; 从江县), alone or with its government's word (found by prose round 33).
"""

from __future__ import annotations

import re

from ..data import rules
from ..departments.places import places

_SCOPE = rules()["scope"]
_ALONE, _WITH_WORD = re.compile(_SCOPE["township_alone"]), re.compile(_SCOPE["township"])
_KIND = re.compile("(?:镇|乡|街道|苏木)(人民政府|政府|办事处|街道办事处)?$")
_GOVERNMENT = re.compile("(?:人民政府|政府)$")
_STAND_IN = "甲"  # a character no rule reads as a word: the place of the one read past


def is_town_opening_with_preposition(name: str, not_in_name: re.Pattern[str]) -> bool:
    """Whether ``name`` is a town's or a 街道's name (alone or with its government's word) whose only
    character ``not_in_name`` refuses is its first.

    >>> p = re.compile("[的由对将把向从被已了在是为]")
    >>> [is_town_opening_with_preposition(n, p) for n in ("对湖街道", "向阳镇人民政府", "对湖街道办事处")]
    [True, True, True]
    >>> [is_town_opening_with_preposition(n, p) for n in ("对重点镇", "对该镇", "对小城镇", "珉谷街道", "对湖街道的")]
    [False, False, False, False, False]
    >>> [is_town_opening_with_preposition(n, p) for n in ("向阳区", "向阳区人民政府", "从江县", "向全区")]
    [True, True, True, False]
    """
    if len(name) < 3 or not not_in_name.match(name) or not_in_name.search(name, 1):
        return False
    if places().named(_GOVERNMENT.sub("", name)):
        return True  # 向阳区、兴山区要…: a district's full name
    kind = _KIND.search(name)
    if kind is None:
        return False
    cut = kind.start()
    pattern = _WITH_WORD if kind.group(1) else _ALONE
    return pattern.match(name) is not None and pattern.match(name[1:cut] + _STAND_IN + name[cut:]) is not None


_NOT_A_NAME_AFTER = re.compile("(?:各|有关|相关|所在|全|该|本|其|每|城镇|村镇|乡镇)")


def joiner_opens_town(text: str, joiners: str) -> bool:
    """Whether ``text`` opens with a town's name whose first character is a joiner's (和平乡, 和平镇
    人民政府…): read whole when past that character no town's name is left (平乡: a town's own name has
    two characters or more), so that 与大堡镇 or 和各乡镇 keep their joiner.

    >>> [joiner_opens_town(t, "和与及") for t in ("和平乡人民政府配合", "和平镇", "与大堡镇", "和各乡镇", "和乡镇", "和城镇")]
    [True, True, False, False, False, False]
    """
    if not text or text[0] not in joiners or _NOT_A_NAME_AFTER.match(text, 1):
        return False
    for k in range(3, 7):
        head = text[:k]
        if _ALONE.match(head):
            # 和顺镇: a town of one character (顺镇) is rarer than one whose name opens with the joiner's
            return len(head) == 3 or _ALONE.match(head[1:]) is None
    return False
