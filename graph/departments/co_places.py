"""A joint notice of two or more places (大安市人民政府、镇赉县人民政府; 阿勒泰地区行政公署、新疆生产建设兵团第十师):
a relative name whose level word is the kind of exactly one co-issuer's place is that place's body
(市农业农村局: 大安市's; 县农业农村局: 镇赉县's; 地区财政局: 阿勒泰地区's; 师市财政局: the Corps division-city's),
not a body of the place that holds them all (白城市). Found by places104–106.

>>> [p.name for p in co_places("大安市人民政府、镇赉县人民政府")], co_places("中共大安市委、大安市人民政府")
(['大安市', '镇赉县'], ())
>>> co_place("市农业农村局", "大安市人民政府、镇赉县人民政府"), co_place("县农业农村局", "大安市人民政府、镇赉县人民政府")
('220882', '220821')
>>> co_place("师市财政局", "阿勒泰地区行政公署、新疆生产建设兵团第十师"), co_place("地区财政局", "阿勒泰地区行政公署、新疆生产建设兵团第十师")
('659005', '654300')
>>> co_place("市场监督管理局", "大安市人民政府、镇赉县人民政府"), co_place("大安市水利局", "大安市人民政府、镇赉县人民政府")
(None, None)
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import rules
from .corps import corps_division, corps_place
from .local import document_place
from .model import normalize_mention
from .places import Place, places

__all__ = ["co_place", "co_places"]

_SEPS = re.compile(r"[、，,；;\s]+")


@lru_cache(maxsize=256)
def co_places(issuer: str | None) -> tuple[Place, ...]:
    """The places of a joint notice's co-issuers, in printed order, when every co-issuer opens with a place and
    they are two or more places; else ``()``."""
    parts = [p for p in _SEPS.split(issuer or "") if p]
    found: list[Place] = []
    for part in parts:
        p = corps_place(part) or document_place(normalize_mention(part))
        if p is None:
            return ()
        if p not in found:
            found.append(p)
    return tuple(found) if len(found) > 1 else ()


def _kind(p: Place, head: str) -> bool:
    if head == "师市":
        return corps_division(p.code) is not None
    return p.name.endswith(head) and not (head == "市" and corps_division(p.code) is not None)


@lru_cache(maxsize=4096)
def co_place(key: str, issuer: str | None) -> str | None:
    """The division code of the one co-issuer place whose kind opens the relative name ``key``
    (``rules.toml [places] co_issuer_heads``), or None."""
    found = co_places(issuer)
    if not found:
        return None
    for head, not_next in rules()["places"]["co_issuer_heads"].items():
        if key.startswith(head) and len(key) > len(head) + 1 and key[len(head)] not in not_next:
            same = [p for p in found if _kind(p, head)]
            return places().key(same[0]) if len(same) == 1 else None
    return None
