"""The words bodies' names are made of, from the package's own tables of bodies.

A name qualified by a place may hold a shorter complete name (市委|组织部, 市公安局|交警支队), and a duty
written after a name may end, by chance, with a character that ends names too (请市消防救援支队|巩固口岸通|关…:
关 of 海关). Which of the two a text is cannot rest on a list of verbs (there are too many); it rests on
whether what follows the shorter name opens as names open: its first three characters (two, when it has
only two) stand somewhere in a body's name that the package knows (``departments.csv`` labels, ``bodies.csv``,
``place_bodies.csv``, ``heads.csv``, and the heads of names in ``rules.toml``). 组织部, 宣传部, 保障局
(人力资源社会保障局), 全面深 (中央全面深化改革委员会) stand in names; 巩固…, 持续…, 全面口…, 统一口… in none.

What follows may also end as a name ends (its last two characters end a known name: 刑侦|大队, 物价|局 of
…价格|物价局): then it is a part of the name whatever opens it.

>>> reads_as_name_part("组织部"), reads_as_name_part("巩固口岸通关"), reads_as_name_part("交通运输局")
(True, False, True)
>>> reads_as_name_part("刑侦大队"), reads_as_name_part("持续优化营商环境工作机制")
(True, False)
>>> reads_as_name_part("持续优化营商环境工作机制办")  # 制办 ends 法制办: the ending alone decides
True
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from ..data import read_text, rules

__all__ = ["HAN_ONLY", "is_wrap_tail", "name_endings", "name_grams", "reads_as_name_part"]

_SPLIT = re.compile(r"[^\u4e00-\u9fff]+")
# a word of Han characters alone (no digit, bracket, 、 or 《》); with .match a trailing newline too
HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _names() -> Iterator[str]:
    for name, columns in (("departments.csv", ("pref_label", "alt_labels")), ("bodies.csv", ("core", "full", "pattern")),
                          ("place_bodies.csv", ("body", "full")), ("heads.csv", ("head", "core", "as_core"))):
        for row in csv.DictReader(io.StringIO(read_text(name))):
            for c in columns:
                yield from _SPLIT.split(row.get(c) or "")
    units, prose = rules()["units"], rules()["prose"]
    for table, keys in ((units, ("suffixes",)), (prose, ("place_name_suffixes", "named_heads", "national_heads", "division_heads",
                                                        "own_heads", "bureau_heads", "of_known_heads"))):
        for k in keys:
            for s in _strings(table.get(k)):
                yield from _SPLIT.split(s)


@cache
def name_grams() -> frozenset[str]:
    """Every two and every three adjacent characters of a body's name the package knows."""
    names = tuple(_names())
    return frozenset(w[i : i + n] for n in (2, 3) for w in names for i in range(len(w) - n + 1))


@cache
def name_endings() -> frozenset[str]:
    """The last two characters of every body's name the package knows (大队, 海关, 办公室's 公室)."""
    return frozenset(w[-2:] for w in _names() if len(w) >= 2)


def reads_as_name_part(rest: str) -> bool:
    """Whether ``rest``, after a complete name, reads as a part of a longer name: its first three characters
    (or both, when it has two) stand in a known name, or its last two end one."""
    return rest[:3] in name_grams() or rest[-2:] in name_endings()


@cache
def _openings() -> frozenset[str]:
    return frozenset(w[:2] for w in _names() if len(w) >= 2)


def name_openings() -> frozenset[str]:
    """The first two characters of every name the package knows (a line opening so may be a unit's name)."""
    return _openings()


@cache
def _known() -> frozenset[str]:
    return frozenset(_names())


def is_wrap_tail(name: str) -> bool:
    """Whether a short name read from a line of its own is rather the wrapped tail of the line before it
    (``[tables.cells.wrap_tail]``): 博会 of …和茶⏎博会, 口博览会 of …中国国际进⏎口博览会, 输局 of 市交通运⏎输局.

    >>> is_wrap_tail("博会"), is_wrap_tail("口博览会"), is_wrap_tail("输局")
    (True, True, True)
    >>> is_wrap_tail("财务处"), is_wrap_tail("市统计局"), is_wrap_tail("团县委"), is_wrap_tail("湛江海关"), is_wrap_tail("妇联")
    (False, False, False, False, False)
    """
    spec = rules()["tables"]["cells"]["wrap_tail"]
    if not name or len(name) > int(spec["max"]) or name in _known() or name[0] in spec["openers"]:
        return False
    if name[:2] in _openings():
        return False
    return len(name) <= 2 or (name[-2:] not in name_endings() and name[-1] not in spec["kinds"])
