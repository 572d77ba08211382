"""The standard bodies of every province, city and county, as templates (``bodies.csv``).

China's local governments repeat one set of bodies at each level: a province has its
发展和改革委员会 and 财政厅, a city its 发展和改革委员会 and 财政局, a county its 发展和改革局.
A template row gives a body's printed short forms (``发展改革委|发改委``), its official name
(``发展和改革委员会``), how the full name is built around the place (``{place}{full}``,
``中共{place}{full}``, ``国家税务总局{place}{full}``), the levels it exists at
(P province, M municipality, C prefecture, K county) and its years. ``body_reforms.csv`` gives
the reforms every place went through (2018 for provinces, 2019 for cities and counties).

A templated body's id is ``<place>-<template>``: ``sd-ndrc`` (山东省发展和改革委员会),
``d370100-fin-bureau`` (济南市财政局). Where the registry lists a place's bodies by hand
(``ah-ndrc``), the same id names the same body, so the registry's entry wins.

>>> b = bodies()
>>> d = b.department("d370100-ndrc")
>>> d.pref_label, d.level, d.jurisdiction
('济南市发展和改革委员会', 'municipal', 'SD')
>>> b.department("sd-qts").pref_label, b.reform_of("sd-qts").resulting
('山东省质量技术监督局', ('sd-amr',))
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from ..data import rules
from .model import Department, Reform
from .places import Place, Places, places, short_name

__all__ = ["Bodies", "Body", "bodies", "level_letter", "place_id", "place_of_id", "template_letters"]

_LEVEL_NAMES = {"P": "provincial", "M": "provincial", "C": "municipal", "K": "county"}


@dataclass(frozen=True)
class Body:
    """A row of ``bodies.csv``: one printed family of names of a standard body at some levels."""

    id: str
    cores: tuple[str, ...]
    full: str  # the official name after the place, or "{core}": as printed
    pattern: str  # how the full name is built: "{place}{full}" unless given
    kind: str
    levels: str
    valid_from: int | None
    valid_to: int | None

    def valid_in(self, year: int) -> bool:
        lo = self.valid_from if self.valid_from is not None else -math.inf
        hi = self.valid_to if self.valid_to is not None else math.inf
        return lo <= year <= hi

    def name(self, place: str, short: str, core: str, **more: str) -> str:
        """The name at a place; ``more`` gives the other places a pattern may name (``{province}``,
        ``{parent}``: the enclosing city or municipality, ``{parent_short}``: its short name, ``{own}``:
        the place's own name)."""
        full = core if self.full == "{core}" else self.full
        return self.pattern.format(place=place, short=short, full=full, **more)


@dataclass(frozen=True)
class BodyReform:
    id: str
    levels: str
    year: int
    original: tuple[str, ...]
    resulting: tuple[str, ...]
    label: str


def level_letter(p: Place) -> str:
    """P (province or autonomous region), M (a municipality itself), C (prefecture), K (county)."""
    if p.level == "province":
        return "M" if p.municipality else "P"
    return "C" if p.level == "prefecture" else "K"


@cache
def _template_levels() -> dict[str, str]:
    return dict(rules().get("places", {}).get("template_levels", {}))


def template_letters(p: Place) -> str:
    """The template levels a place's bodies are read at, in order: its own level, then those
    ``rules.toml [places] template_levels`` adds (the Corps: P, then M for its 局)."""
    return _template_levels().get(p.code, level_letter(p))


def place_id(p: Place) -> str:
    """The id part of a place: ISO letters for a provincial-level unit, ``d`` + code below (``d`` + the
    division's key for a former one whose code a later one took: d210112f1, 东陵区, not 浑南区)."""
    return p.province.lower() if p.level == "province" else "d" + places().key(p)


def place_of_id(department_id: str, where: Places | None = None) -> tuple[Place, str] | None:
    """``(place, template id)`` of a templated department id, or None."""
    where = where or places()
    head, sep, template = department_id.partition("-")
    if not sep:
        return None
    code = head[1:]
    own = code.isdigit() or (code[:6].isdigit() and code[6:7] == "f" and code[7:].isdigit())  # 210112, 210112f1
    p = where.get(code) if head.startswith("d") and own else where.province(head.upper())
    if p is None or (head.startswith("d") and p.level == "province"):
        return None
    return p, template


def _year(s: str) -> int | None:
    s = s.strip()
    return int(s) if s else None


class Bodies:
    """The templates, indexed by printed short form, and the reforms of every place."""

    def __init__(
        self, rows: Iterable[Body], reforms: Iterable[BodyReform] = (), where: Places | None = None,
        own: dict[tuple[str, str, str], str] | None = None, own_from: dict[tuple[str, str, str], int] | None = None,
        own_to: dict[tuple[str, str, str], int] | None = None,
    ) -> None:
        self._rows = tuple(rows)
        self._own = own or {}  # (place code or ISO letters, level letter, template id) -> full
        self._own_from = own_from or {}  # the same keys -> the first year of the place's own name
        self._own_to = own_to or {}  # ... and the last
        self._places = where or places()
        by_core: dict[str, list[Body]] = {}
        for b in self._rows:
            for c in b.cores:
                by_core.setdefault(c, []).append(b)
        self._by_core = {k: tuple(v) for k, v in by_core.items()}
        by_id: dict[str, list[Body]] = {}
        for b in self._rows:
            by_id.setdefault(b.id, []).append(b)
        self._by_id = {k: tuple(v) for k, v in by_id.items()}
        forward: dict[tuple[str, str], BodyReform] = {}
        for ev in sorted(reforms, key=lambda e: e.year):
            for o in ev.original:
                for letter in ev.levels:
                    forward.setdefault((o, letter), ev)
        self._forward = forward
        # every name a template prints, and each place's own name for one: where a place's name for
        # one template is another's (青岛's 行政审批局 is its 行政审批服务局), the two are one body
        named: dict[str, list[Body]] = {}
        for b in self._rows:
            for text in b.cores if b.full == "{core}" else (b.full,):
                named.setdefault(text, []).append(b)
        for (_, _, bid), full in self._own.items():
            for b in self._by_id.get(bid, ()) if "{" not in full else ():
                named.setdefault(full, []).append(b)
        self._named = {k: tuple(dict.fromkeys(v)) for k, v in named.items()}
        self._order = {b: i for i, b in enumerate(self._rows)}

    @classmethod
    def from_csv(cls, text: str, reforms: str = "", own: str = "") -> Bodies:
        rows = [
            Body(
                id=r["id"].strip(),
                cores=tuple(c for c in r["core"].split("|") if c),
                full=r["full"].strip(),
                pattern=r["pattern"].strip() or "{place}{full}",
                kind=r["kind"].strip(),
                levels=r["levels"].strip() or "PMCK",
                valid_from=_year(r["valid_from"]),
                valid_to=_year(r["valid_to"]),
            )
            for r in csv.DictReader(io.StringIO(text))
        ]
        evs = [
            BodyReform(
                r["id"].strip(), r["levels"].strip(), int(r["year"]),
                tuple(x for x in r["original"].split("|") if x), tuple(x for x in r["resulting"].split("|") if x),
                r["label"].strip(),
            )
            for r in csv.DictReader(io.StringIO(reforms))
        ] if reforms else []
        own_rows = list(csv.DictReader(io.StringIO(own))) if own else []
        names = {(r["place"].strip(), letter, r["body"].strip()): r["full"].strip()
                 for r in own_rows for letter in r["levels"].strip()}
        since = {(r["place"].strip(), letter, r["body"].strip()): y
                 for r in own_rows if (y := _year(r.get("valid_from") or "")) is not None
                 for letter in r["levels"].strip()}
        until = {(r["place"].strip(), letter, r["body"].strip()): y
                 for r in own_rows if (y := _year(r.get("valid_to") or "")) is not None
                 for letter in r["levels"].strip()}
        return cls(rows, evs, own=names, own_from=since, own_to=until)

    def rows(self) -> tuple[Body, ...]:
        return self._rows

    def by_core(self, core: str) -> tuple[Body, ...]:
        """Templates that print ``core`` after a place (``发改委``, ``委组织部``)."""
        return self._by_core.get(core, ())

    def knows(self, core: str) -> bool:
        return core in self._by_core

    def choose(self, core: str, letter: str, year: int | None, short: bool) -> Body | None:
        """The template ``core`` names at level ``letter`` in ``year``; ``short``: the place was
        printed by its short name (江西金融监管局: a national regulator's office, named so)."""
        if len(letter) > 1:  # several levels in order (template_letters): the first that knows the core
            return next((b for x in letter if (b := self.choose(core, x, year, short)) is not None), None)
        found = [b for b in self._by_core.get(core, ()) if letter in b.levels]
        if not found:
            return None

        def key(b: Body) -> tuple[int, float, float]:
            named_short = "{short}" in b.pattern
            mismatch = 0 if named_short == short else 1
            if year is None:
                return (mismatch, 0 if b.valid_to is None else 1, -(b.valid_from or 0))
            if b.valid_in(year):
                return (mismatch, 0, -(b.valid_from or 0))
            far = (b.valid_from - year) if b.valid_from is not None and year < b.valid_from else year - (b.valid_to or year)
            return (mismatch, far, -(b.valid_from or 0))

        return min(found, key=key)

    def one_body(self, body: Body, p: Place, core: str, year: int | None = None) -> Body:
        """The template ``body`` at ``p`` is one node under. A place's own name for one template may be
        another template's name (青岛's 行政审批局 is its 行政审批服务局; 辽宁's 营商环境局 its 营商环境建设局):
        the body printed either way is one body. Of the templates naming it, the one that prints the
        name with no place row of its own comes first, then one with a template id, then the first in
        ``bodies.csv``."""
        own = self._own_name(body, p, year)
        if own.pattern != body.pattern:
            return body  # a place's pattern (大连's district police): not another template's name
        text = core if own.full == "{core}" else own.full
        letter = level_letter(p)
        same = [b for b in self._named.get(text, ()) if b != body and letter in b.levels
                and (year is None or b.valid_in(year))]
        if not same:
            return body
        name = self.full_name(body, p, core, year=year)
        alike = [b for b in same if self.full_name(b, p, text, year=year) == name]

        def key(b: Body) -> tuple[int, int, int]:
            return (0 if self._own_name(b, p, year) == b else 1, 1 if b.full == "{core}" else 0, self._order[b])

        return min((body, *alike), key=key)

    def one_body_core(self, body: Body, p: Place, core: str, year: int | None = None) -> tuple[Body, str]:
        """``one_body`` and the core to name it by: a template that prints its core (``{core}``) chosen for a body
        the place names otherwise prints that name (河南's 县大数据局 is its 政务服务和大数据管理局, not 县大数据局)."""
        chosen = self.one_body(body, p, core, year)
        own = self._own_name(body, p, year)
        return chosen, core if chosen is body or chosen.full != "{core}" or own.full == "{core}" else own.full

    def full_name(self, body: Body, p: Place, core: str, *, qualified: bool = False, year: int | None = None,
                  dated: bool = True) -> str:
        """The official name of ``body`` at ``p`` (``qualified``: a county with its prefecture) in ``year``
        (None: any; ``dated=False``: by no place row of some years only, as its template id is named).

        A place's own name for a standard body (``place_bodies.csv``) replaces the template's; a
        地区's party committee is its 地委 (中共喀什地委宣传部), an autonomous region's its 委员会
        (中共宁夏回族自治区委员会宣传部), and a 地区's or 盟's government is its 行政公署
        (锡林郭勒盟行政公署办公厅)."""
        body = self._own_name(body, p, year, dated)
        where = self._places
        place = where.qualified_prefix(p) if qualified else where.body_prefix(p)
        up = where.parent(p)
        province = where.province(p.province)
        name = body.name(
            place, short_name(p.name) or p.name, core,
            province=province.name if province is not None else "", own=p.name,
            parent=up.name if up is not None else p.name,
            parent_short=(short_name(up.name) or up.name) if up is not None else (short_name(p.name) or p.name),
        )
        if p.level == "province" and p.name.endswith(_in_full()) and name.startswith(f"中共{p.name}委"):
            # an autonomous region's party organs print its committee in full: 中共宁夏回族自治区委员会宣传部
            cut = len(f"中共{p.name}委")
            name = name if name[cut:].startswith("员会") else name[:cut] + "员会" + name[cut:]
        if p.level == "county" and len(p.name) == 2 and name.startswith(f"中共{p.name}委") \
                and not name[len(p.name) + 3 :].startswith("员会"):
            # a county or district whose name is one character and its level says its committee in
            # full: 中共黟县县委宣传部, 中共郊区区委办公室 (中共黟县委员会 stays)
            name = f"中共{p.name}{p.name[-1]}" + name[len(p.name) + 2 :]
        if p.level == "prefecture" and p.name.endswith(("地区", "盟")):
            if p.name.endswith("地区") and name.startswith("中共" + p.name + "委") and name != f"中共{p.name}委员会":
                name = "中共" + p.name[:-1] + name[len(p.name) + 2 :]
            name = name.replace(p.name + "人民政府", p.name + "行政公署")
        return name

    def dated_own_name(self, body: Body, p: Place, year: int | None = None) -> bool:
        """A ``place_bodies.csv`` row with ``valid_from`` or ``valid_to`` names ``body`` at ``p`` in ``year``
        (None: in any year): a name of some years, with no template id; in the other years the body
        keeps its template id and name (大连市交通局 until 2018, then d210200-transport-bureau)."""
        for key in (p.code, p.parent or "", p.province):
            k = (key, level_letter(p), body.id)
            since, until = self._own_from.get(k), self._own_to.get(k)
            if (since is not None or until is not None) and (
                    year is None or ((since is None or year >= since) and (until is None or year <= until))):
                return True
        return False

    def _own_name(self, body: Body, p: Place, year: int | None = None, dated: bool = True) -> Body:
        """``place_bodies.csv``: the place's own row, then its city's (a prefecture's row at level K
        names its districts' and counties' body), then its province's; a name holding ``{`` is a
        pattern (大连's district police: ``{parent}公安局{short}分局``, 大连市公安局甘井子分局); a row with a
        ``valid_from`` year names the body from that year on (西安's 城市管理和综合执法局, 2019), one with a
        ``valid_to`` year until that year (天津's districts' 市场和质量监督管理局, until 2018)."""
        for key in (p.code, p.parent or "", p.province):
            full = self._own.get((key, level_letter(p), body.id))
            since = self._own_from.get((key, level_letter(p), body.id))
            until = self._own_to.get((key, level_letter(p), body.id))
            if not dated and (since is not None or until is not None):
                continue  # a template id's name: never a name of some years only
            if full is not None and (year is None or ((since is None or year >= since)
                                                      and (until is None or year <= until))):
                return replace(body, pattern=full) if "{" in full else replace(body, full=full)
        return body

    def department_name(self, department_id: str) -> tuple[Place, Body] | None:
        found = place_of_id(department_id, self._places)
        if found is None:
            return None
        p, template = found
        rows = [b for x in template_letters(p) for b in self._by_id.get(template, ()) if x in b.levels]
        return (p, rows[0]) if rows else None

    def department(self, department_id: str) -> Department | None:
        """The templated body with this id, as a registry Department, or None."""
        found = self.department_name(department_id)
        if found is None:
            return None
        p, body = found
        core = body.cores[0] if body.full == "{core}" else body.full
        pref = self.full_name(body, p, core, dated=False)
        # a county's body by its official name (修水县人民政府); the name with its prefecture
        # (九江市修水县人民政府) as an alternative label, to tell same-named places apart
        qualified = self.full_name(body, p, core, qualified=True, dated=False)
        return Department(
            id=department_id,
            pref_label=pref,
            alt_labels=(qualified,) if qualified != pref else (),
            level=_LEVEL_NAMES[level_letter(p)],
            kind=body.kind,
            parent=None if body.id == "gov" or body.kind == "enterprise" else f"{place_id(p)}-gov",
            jurisdiction=p.province,
            valid_from=body.valid_from,
            valid_to=body.valid_to,
        )

    def reform_of(self, department_id: str) -> Reform | None:
        """The reform that ended a templated body, as a registry Reform with this place's ids."""
        found = place_of_id(department_id, self._places)
        if found is None:
            return None
        p, template = found
        ev = self._forward.get((template, level_letter(p)))
        if ev is None or (p.until and ev.year > p.until):  # no reform of a place that had ended (富阳市 until 2014), but its
            # renaming or raising at its level, to a place dated from then or under its code (襄樊市, its 樊城区; 日喀则地区 → 市)
            nxt = self._places.get(p.successor) if p.until and p.successor else None
            if nxt is None or nxt.level != p.level or nxt == p or (nxt.since != p.until and nxt.code != p.code):
                return None
            return Reform(id=f"{place_id(p)}-{p.until}-place-{template}", date=f"{p.until}-01-01", label=f"{p.name}改为{nxt.name}",
                          original=(department_id,), resulting=(f"{place_id(nxt)}-{template}",))
        pid = place_id(p)
        label = ev.label.format(place=self._places.body_prefix(p), short=short_name(p.name) or p.name)
        return Reform(
            id=f"{pid}-{ev.year}-{ev.id}",
            date=f"{ev.year}-01-01",
            label=label,
            original=tuple(f"{pid}-{o}" for o in ev.original),
            resulting=tuple(f"{pid}-{r}" for r in ev.resulting),
        )


@cache
def _in_full() -> tuple[str, ...]:
    """``rules.toml [places] committee_in_full``: units whose party organs print 委员会 in full."""
    return tuple(rules().get("places", {}).get("committee_in_full", ("自治区",)))


@cache
def bodies() -> Bodies:
    """The templates shipped with the package (read once)."""
    data = resources.files("graph.data")
    return Bodies.from_csv(
        data.joinpath("bodies.csv").read_text(encoding="utf-8"),
        data.joinpath("body_reforms.csv").read_text(encoding="utf-8"),
        data.joinpath("place_bodies.csv").read_text(encoding="utf-8"),
    )
