"""Towns and 街道 printed without their county: the patterns of ``rules.toml [scope]``
(township, township_alone, township_word), and a town's name that opens with a place elsewhere."""

from __future__ import annotations

import re
from functools import cache

from ..data import rules
from .places import Place

__all__ = ["town_not_place", "township", "township_alone", "township_words"]


@cache
def township() -> re.Pattern[str]:
    """``rules.toml [scope] township``: a town's or 街道's government printed without its county."""
    return re.compile(rules()["scope"]["township"])


@cache
def township_alone() -> re.Pattern[str]:
    """``rules.toml [scope] township_alone``: a town or 街道 by its own name (矮寨镇)."""
    return re.compile(rules()["scope"]["township_alone"])


@cache
def township_words() -> tuple[tuple[str, str], ...]:
    return tuple(rules()["scope"]["township_word"].items())


def town_not_place(s: str, name: str, p: Place, doc: Place | None) -> bool:
    """A town's name that opens with another province's place printed by its short name ``name``
    (阿里河镇 in a 鄂伦春自治旗 document: not 阿里地区's 河镇; 南阳镇 in a 微山县 one): the town, not that place."""
    return doc is not None and name != p.name and p.province != doc.province and bool(
        township().match(s) or township_alone().match(s))
