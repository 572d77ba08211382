"""A pilot free trade zone's area committee written out for the place of a document (钦州港片区管委会 in a 广西
document): the province's short name before the zone's, or the list of areas (:mod:`.zones`)."""

from __future__ import annotations

from .places import Place, Places, short_name
from .zones import ftz_area_committee, ftz_committee

__all__ = ["ftz_of"]


def ftz_of(core: str, place: Place | None, where: Places, printed: str = "") -> str | None:
    """An area's committee of ``place``'s pilot free trade zone, written out (钦州港片区管委会: by the list)."""
    p = where.province(place.province) if place is not None else None
    return (ftz_committee(core, short_name(p.name) or p.name) if p is not None else None) or ftz_area_committee(
        printed + core, p.province if p is not None else None)
