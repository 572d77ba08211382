"""A development zone's own plan: the bodies it names as its own.

In a plan issued by a zone's committee (合肥高新区管委会), ``区经贸局`` is the zone's bureau, not a
district's; ``高新区税务局`` the zone's tax bureau; ``党工委组织部`` an organ of the zone's party
working committee. Each is written out with the zone's name (合肥高新技术产业开发区经济贸易局), a
standard body by its template (国家税务总局合肥高新技术产业开发区税务局), so one zone's bureau is
one node and two zones' are two.

>>> issuing_zone("合肥高新技术产业开发区管理委员会"), issuing_zone("合肥市发展和改革委员会")
('合肥高新技术产业开发区', None)
>>> zone_body("区经贸局", "合肥高新技术产业开发区", 2022)
'合肥高新技术产业开发区经济贸易局'
>>> zone_body("高新区税务局", "合肥高新技术产业开发区", 2022)
'国家税务总局合肥高新技术产业开发区税务局'
>>> zone_body("党工委组织部", "合肥高新技术产业开发区", 2022), zone_body("区域合作办", "合肥高新技术产业开发区", 2022)
('中共合肥高新技术产业开发区工作委员会组织部', None)
"""

from __future__ import annotations

from .bodies import bodies
from .zones import zone_forms

__all__ = ["issuing_zone", "zone_body"]

_COMMITTEE = "管理委员会"
_BODY_ENDS = ("局", "处", "委", "办", "室", "会", "中心", "队", "所", "站", "部")
# after 区 these open a common word, not a body of the zone (区域合作办, 区县)
_WORD_AFTER = frozenset("域县内外间级属块位")


def issuing_zone(issuer: str) -> str | None:
    """The zone's written-out name when ``issuer`` (a canonical name) is a zone's committee."""
    if not issuer.endswith(_COMMITTEE) or len(issuer) <= len(_COMMITTEE) + 2:
        return None
    stem = issuer[: -len(_COMMITTEE)]
    _, zones, _, parks = zone_forms()
    return stem if any(stem.endswith(full) and stem != full for _, full in (*zones, *parks)) else None


def zone_body(key: str, zone: str, year: int | None, *, province: str = "", city: str = "") -> str | None:
    """The full name of the body ``key`` (normalised) names in the plan of ``zone``, or None when
    it does not name one of the zone's own bodies."""
    _, zones, _, parks = zone_forms()
    kinds = sorted({short for short, full in (*zones, *parks) if zone.endswith(full)} | {"区"}, key=len, reverse=True)
    prefix = next((k for k in kinds if key.startswith(k) and len(key) > len(k) + 1), None)
    rest = key[len(prefix) :] if prefix is not None else key  # (经开区党工委组织部: the zone's kind first)
    if rest.startswith("党工委"):
        return f"中共{zone}工作委员会{rest[3:]}"
    if rest == "团工委":
        return f"共青团{zone}工作委员会"
    if rest.startswith("管委会") and len(rest) > 3:
        return f"{zone}{_COMMITTEE}{rest[3:]}"
    if prefix is None:
        return None
    if (prefix == "区" and rest[0] in _WORD_AFTER) or not rest.endswith(_BODY_ENDS):
        return None
    body = bodies().choose(rest, "K", year, False)
    if body is None:
        return zone + rest
    return body.name(zone, zone, rest, province=province, parent=city or zone, own=zone)
