"""A city body's branch or office in one of its counties, printed after the body's short name:
规划资源局 + 江宁 + 分局, 规划自然资源委 + 平谷 + 分局, and 深圳's bureaus' district offices
(市场监管局 + 坪山 + 监管局, 规划和自然资源局 + 坪山 + 管理局)."""

from __future__ import annotations

import re

from ..data import rules
from .bodies import bodies, template_letters
from .places import Place, places

BRANCH = re.compile(r"(.+?[局委])(\w{2,6}?)(分局|监管局|管理局)")
_AUTONOMOUS_BODY = re.compile(rules()["places"]["autonomous_short_body"])


def known_branch(core: str) -> bool:
    """A branch of a body a template knows (市场监管局坪山监管局: its 市场 opens no common word here)."""
    b = BRANCH.fullmatch(core)
    return b is not None and bodies().knows(b[1])


def branch(core: str, place: Place, year: int | None) -> str | None:
    """A branch of ``place``'s body a template knows, written out (市规划资源局江宁分局 → 南京市规划和自然资源局江宁分局)."""
    b = BRANCH.fullmatch(core)
    inner = None if b is None else bodies().choose(b[1], template_letters(place), year, False)
    if b is None or inner is None or inner.full == "{core}":
        return None
    return bodies().full_name(inner, place, b[1]) + b[2] + b[3]


def autonomous_in_full(core: str, place: Place, printed: str) -> str | None:
    """A body no template knows after an autonomous prefecture's short name, with the prefecture written out
    (甘孜州 + 文化广播电视和旅游局 → 甘孜藏族自治州文化广播电视和旅游局; ``[places] autonomous_short_body``); or
    after a municipality's district printed alone, with the municipality (滨海新区 + 环境保护和市容管理局 →
    天津市滨海新区环境保护和市容管理局, as its template bodies are: places107–109); else None."""
    if place.level == "county" and printed == place.name and (up := places().parent(place)) is not None and (
            up.level == "province" and up.municipality and place.name.endswith("区")):
        return up.name + place.name + core if _AUTONOMOUS_BODY.search(core) else None
    if not (place.name.endswith("自治州") and printed.endswith("州") and not printed.endswith(place.name)):
        return None
    return places().body_prefix(place) + core if _AUTONOMOUS_BODY.search(core) else None
