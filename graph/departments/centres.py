"""Centres printed bare: their field written out (``[scope] centre_short_fields``: 农技推广中心 is 农业技术推广中心),
a county named short before them (萧山农技推广中心 in a 杭州 document is 萧山区's), and whether a centre's field is the
issuer's (``[scope] centre_fields``: 农业技术推广中心 is a division of an 农业农村局, not of a 民政局).

>>> centre_written_out("农技推广中心", ""), centre_written_out("县农技推广中心", "")
('农业技术推广中心', '县农业技术推广中心')
>>> centre_written_out("萧山农技推广中心", "330100"), centre_written_out("萧山农技推广中心", "330500")
('杭州市萧山区农业技术推广中心', '萧山农业技术推广中心')
>>> centre_written_out("信息中心", "330100"), centre_written_out("农技推广站", "330100")
(None, None)
>>> field_of_issuer("农业技术推广中心", "长兴县农业农村局"), field_of_issuer("农业技术推广中心", "杭州市民政局")
(True, False)
>>> field_of_issuer("信息中心", "杭州市民政局")
True
"""

from __future__ import annotations

from functools import lru_cache

from ..data import rules
from .local import parse_mention
from .places import places

__all__ = ["centre_written_out", "field_of_issuer"]

_CENTRE = "中心"


@lru_cache(maxsize=1 << 14)
def centre_written_out(key: str, jurisdiction: str) -> str | None:
    """The centre's name to resolve instead of ``key`` (a normalised mention): its short field written out and a
    county of the document's place (or the place itself) named short before it written in full; None when neither."""
    if not key.endswith(_CENTRE):
        return None
    name = key
    for short, full in rules()["scope"]["centre_short_fields"].items():
        at = name.find(short)
        if at >= 0 and not name.startswith(full, at):
            name = name[:at] + full + name[at + len(short) :]
            break
    name = _county_written_out(name, jurisdiction) or name
    return name if name != key else None


def _county_written_out(key: str, jurisdiction: str) -> str | None:
    """``萧山农业技术推广中心`` in a document of 杭州市 (or of 萧山区): ``杭州市萧山区农业技术推广中心`` (the county as
    its bodies' names spell it); else None."""
    place = places().get(jurisdiction) if jurisdiction else None
    if place is None or parse_mention(key).chain or parse_mention(key).rel:
        return None
    for n in (2, 3):
        stem, rest = key[:n], key[n:]
        if len(rest) < 4 or not _field(rest):
            continue  # only a centre of a known field: a short stem before a bare word is too often no place
        found = {places().body_prefix(p) for k in rules()["prose"]["county_kinds"] for p in places().named(stem + k)
                 if p.level == "county" and p.status == "current" and place.code in (p.code, p.parent)}
        if len(found) == 1:
            return found.pop() + rest
    return None


def _field(unit: str) -> tuple[str, ...] | None:
    """The words an issuer's name must hold for the centre ``unit`` to be its own, when ``unit`` opens with a
    field of ``[scope] centre_fields``; else None."""
    fields = rules()["scope"]["centre_fields"]
    opening = next((f for f in sorted(fields, key=len, reverse=True) if unit.startswith(f)), None)
    return None if opening is None else tuple(fields[opening])


def field_of_issuer(unit: str, issuer: str) -> bool:
    """Whether a bare centre may be a division of ``issuer``: its field (``[scope] centre_fields``) is the
    issuer's, or it has no listed field (信息中心)."""
    words = _field(unit) if unit.endswith(_CENTRE) else None
    return words is None or any(w in issuer for w in words)
