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
province's grid company (``grids.csv``): 云南电网有限责任公司楚雄供电局; elsewhere (国家电网's
``供电公司``) the name depends on 公司 or 分公司 and stays as printed.

>>> grid_office("532300", "YN", "楚雄", "供电局"), grid_office("410200", "HA", "开封", "供电局")
('云南电网有限责任公司楚雄供电局', None)
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

__all__ = ["enterprise_name", "grid_office", "is_enterprise_form"]


@cache
def _table() -> dict[tuple[str, str], str]:
    text = resources.files("graph.data").joinpath("enterprises.csv").read_text(encoding="utf-8")
    return {(r["place"].strip(), r["printed"].strip()): r["registered"].strip() for r in csv.DictReader(io.StringIO(text))}


@cache
def _forms() -> frozenset[str]:
    return frozenset(printed for _, printed in _table())


def is_enterprise_form(core: str) -> bool:
    """Whether some place's enterprise is printed ``core`` after the place (港航集团)."""
    return core in _forms()


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
