"""A Corps city's body as a notice's issuer (图木舒克市发展改革委), named as the division-city's: apart from
:mod:`.corps`, whose names :mod:`.local` reads, so that no module imports the other back."""

from __future__ import annotations

from .corps import corps_city, corps_name
from .local import resolve_local
from .model import Resolution, normalize_mention
from .places import Place

__all__ = ["corps_city", "corps_issuer"]  # (corps_city re-exported: the issuer-side names resolve.py reads)


def corps_issuer(name: str, city: Place, year: int | None) -> Resolution | None:
    """A Corps city's body as a notice's issuer (图木舒克市发展改革委): its template body's id, so that its sections (投资科)
    are its own, named as the division-city's (新疆生产建设兵团第三师图木舒克市发展和改革委员会); None for any other name."""
    found = resolve_local(normalize_mention(name), city, year, corps=False)
    named = corps_name(found[2], city.code) if found is not None and found[0] == "body" else None
    return Resolution(name, found[1], named, generic=False, resolved=True) if found is not None and named else None
