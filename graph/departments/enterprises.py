"""State enterprises of a place, by the short forms documents print (``enterprises.csv``).

A provincial state enterprise's short form (``省港航集团``, ``省机场集团``) cannot be derived from a
template: each province names its groups its own way, and one group may be printed two ways
(``省机场集团`` and ``省民航机场集团``). The table lists, per place (division code), the printed
forms after the place and the registered name they stand for, with where that name was read; an
enterprise it does not list stays as printed with its place written out (``安徽省铁路投资集团``),
one node per place and name.

>>> enterprise_name("340000", "机场集团") == enterprise_name("340000", "民航机场集团")
True
>>> enterprise_name("340000", "港航集团"), enterprise_name("370000", "港航集团")
('安徽省港航集团有限公司', None)

A city's power supply bureau in the five provinces of 南方电网 (``X供电局``) is an office of that
province's grid company (``grids.csv``): 云南电网有限责任公司楚雄供电局; 国家电网's
``供电公司`` is an office of the province's company (``state_grid.csv``: the company, and whether a
city's and a county's office is a 供电公司 or a 供电分公司); a province the table does not list
keeps the name as printed.

>>> grid_office("532300", "YN", "楚雄", "供电局"), grid_office("410200", "HA", "开封", "供电局")
('云南电网有限责任公司楚雄供电局', None)
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

from .places import Place, places, short_name

__all__ = ["enterprise_name", "grid_office", "is_enterprise_form", "own_grid_office", "state_grid_office"]

_STATE_GRID_FORMS = ("供电公司", "供电分公司")
_PROVINCE_GRID = "电力公司"  # 省电力公司: the province's company itself (国网湖北省电力有限公司)


@cache
def _table() -> dict[tuple[str, str], str]:
    text = resources.files("graph.data").joinpath("enterprises.csv").read_text(encoding="utf-8")
    return {(r["place"].strip(), r["printed"].strip()): r["registered"].strip() for r in csv.DictReader(io.StringIO(text))}


@cache
def _forms() -> frozenset[str]:
    return frozenset(printed for _, printed in _table())


def is_enterprise_form(core: str) -> bool:
    """Whether some place's enterprise is printed ``core`` after the place (港航集团, 供电公司)."""
    return core in _forms() or core in _STATE_GRID_FORMS or core == _PROVINCE_GRID


def enterprise_name(place_code: str, core: str) -> str | None:
    """The registered name of the enterprise of ``place_code`` printed ``core``, or None."""
    return _table().get((place_code, core))


@cache
def _grids() -> dict[str, str]:
    text = resources.files("graph.data").joinpath("grids.csv").read_text(encoding="utf-8")
    return {r["place"].strip(): r["name"].strip() for r in csv.DictReader(io.StringIO(text))}


def grid_office(place_code: str, province: str, short: str, core: str) -> str | None:
    """The full name of the 供电局 of a city (division ``place_code``, ``short`` name) of ``province``."""
    if core != "供电局":
        return None
    own = _grids().get(place_code)
    if own is not None:
        return own
    company = _grids().get(province)
    return None if company is None else company + short + core


@cache
def _state_grid() -> dict[str, tuple[str, str, str]]:
    text = resources.files("graph.data").joinpath("state_grid.csv").read_text(encoding="utf-8")
    return {
        r["place"].strip(): (r["company"].strip(), r["city_office"].strip(), r["county_office"].strip())
        for r in csv.DictReader(io.StringIO(text))
    }


def state_grid_office(p: Place, core: str) -> str | None:
    """The full name of 国家电网's office at ``p`` printed ``core`` (``国网湘西供电公司``, ``市供电公司``):
    a city's by its short name, a county's by its name (a district of a city with the city's), a
    municipality's district by its short name.

    >>> from .places import places
    >>> state_grid_office(places().get("433100"), "供电公司"), state_grid_office(places().get("433101"), "供电公司")
    ('国网湖南省电力有限公司湘西供电分公司', '国网湖南省电力有限公司吉首市供电分公司')
    >>> state_grid_office(places().get("120111"), "供电公司"), state_grid_office(places().get("440100"), "供电公司")
    ('国网天津市电力公司西青供电分公司', None)

    A province's own company printed 省电力公司 (not in 南方电网's provinces, nor 内蒙古's):

    >>> state_grid_office(places().get("420000"), "电力公司"), state_grid_office(places().get("440000"), "电力公司")
    ('国网湖北省电力有限公司', None)
    """
    if core == _PROVINCE_GRID and p.level == "province" and not p.municipality:
        row = _state_grid().get(p.province)  # 省电力公司; 内蒙古 has no one company of 国家电网
        return None if row is None else row[0]
    if core not in _STATE_GRID_FORMS or p.level == "province":
        return None
    where = places()
    city = p if p.level == "prefecture" else where.prefecture_of(p)
    table = _state_grid()
    row = next((table[k] for k in (p.code, city.code if city else "", p.province) if k in table), None)
    if row is None:
        return None
    company, city_office, county_office = row
    if p.level == "prefecture":
        return company + (short_name(p.name) or p.name) + city_office
    if p.municipality:  # 西青区 -> 西青, 滨海新区 -> 滨海
        name = p.name[:-2] if p.name.endswith("新区") and len(p.name) >= 4 else (short_name(p.name) or p.name)
    else:
        name = where.body_prefix(p)
    return company + name + county_office


def own_grid_office(core: str, doc: Place) -> str | None:
    """国家电网's office printed without 国网 after the short name of the document's own place or of its
    city (``钟祥供电公司``, ``荆门供电公司`` in a 钟祥市 document), written out as ``state_grid_office``.

    >>> own_grid_office("吉首供电公司", places().get("433101")), own_grid_office("湘西供电公司", places().get("433101"))
    ('国网湖南省电力有限公司吉首市供电分公司', '国网湖南省电力有限公司湘西供电分公司')
    >>> own_grid_office("长沙供电公司", places().get("433101")) is None
    True
    """
    where = places()
    city = where.prefecture_of(doc) if doc.level == "county" else None
    for p in (doc, city):
        if p is None or p.level == "province":
            continue
        for name in dict.fromkeys((p.name, short_name(p.name))):
            rest = core[len(name) :]
            if name and core.startswith(name) and rest in _STATE_GRID_FORMS:
                return state_grid_office(p, rest)
    return None
