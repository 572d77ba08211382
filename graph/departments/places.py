"""China's administrative divisions: every province, prefecture and county (``divisions.csv``).

A place is identified by its 6-digit division code (``370100`` 济南市, ``370102`` 历下区); a
provincial-level unit also by its ISO 3166-2:CN letters (``SD``), which the registry uses as
jurisdiction. The four municipalities are provincial-level units whose districts are
county-level (``310114`` 上海市嘉定区).

>>> p = places()
>>> p.get("370100").name, p.get("370100").province
('济南市', 'SD')
>>> p.body_prefix(p.get("310114")), p.body_prefix(p.get("370102")), p.body_prefix(p.get("370000"))
('上海市嘉定区', '济南市历下区', '山东省')
>>> p.body_prefix(p.get("360424")), p.qualified_prefix(p.get("360424")), p.body_prefix(p.get("360781"))
('修水县', '九江市修水县', '瑞金市')
>>> [x.name for x in p.named("莱芜市")], p.get("371200").status
(['莱芜市'], 'former')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from ..data import rules

__all__ = ["MUNICIPALITIES", "Place", "Places", "named_in_full", "own_kind_counties", "places",
           "prefecture_within", "short_name"]

MUNICIPALITIES = ("BJ", "TJ", "SH", "CQ")

# Peoples named in autonomous regions, prefectures and counties: the place's short name is what
# comes before the first of them (延边朝鲜族自治州 -> 延边).
_PEOPLES = (
    "朝鲜", "藏", "羌", "彝", "苗", "土家", "侗", "布依", "哈尼", "傣", "景颇", "傈僳", "白", "壮", "回",
    "哈萨克", "柯尔克孜", "蒙古", "黎", "瑶", "畲", "水", "纳西", "维吾尔", "达斡尔", "鄂温克", "鄂伦春",
    "满", "锡伯", "仫佬", "毛南", "仡佬", "土", "撒拉", "东乡", "保安", "裕固", "独龙", "怒", "普米",
    "拉祜", "佤", "布朗", "阿昌", "德昂", "基诺", "门巴", "珞巴", "塔吉克", "俄罗斯", "乌孜别克", "赫哲",
    "京", "高山",
)


@dataclass(frozen=True)
class Place:
    """One administrative division (a row of ``divisions.csv``)."""

    code: str  # 6 digits
    name: str  # as officially written: 济南市, 延边朝鲜族自治州, 历下区
    level: str  # province | prefecture | county
    parent: str  # code of the enclosing division ("" for a province)
    province: str  # ISO letters of the provincial-level unit: SD, SH
    status: str = "current"  # current | former
    successor: str = ""  # for a former division: the division its name lives on as
    since: int = 0  # the year this name and level came into force, where ``place_changes.csv`` dates it (0: not dated)
    until: int = 0  # the year it went out of force, where dated (0: in force, or not dated)

    def in_force(self, year: int) -> bool:
        """Whether the division bore this name at this level in ``year`` (both, in the year of a change)."""
        return (not self.since or year >= self.since) and (not self.until or year <= self.until)

    @property
    def municipality(self) -> bool:
        """A provincial-level city (北京, 天津, 上海, 重庆) or one of its districts."""
        return self.province in MUNICIPALITIES


def short_name(name: str) -> str:
    """The name without its kind: 山东省 -> 山东, 广西壮族自治区 -> 广西, 济南市 -> 济南,
    延边朝鲜族自治州 -> 延边, 大兴安岭地区 -> 大兴安岭; "" when too short to stand alone.

    >>> short_name("内蒙古自治区"), short_name("宁夏回族自治区"), short_name("阿坝藏族羌族自治州")
    ('内蒙古', '宁夏', '阿坝')
    >>> short_name("新疆维吾尔自治区")
    '新疆'
    >>> short_name("锡林郭勒盟"), short_name("香港特别行政区"), short_name("沙市")
    ('锡林郭勒', '香港', '')
    >>> short_name("浦东新区"), short_name("雄安新区"), short_name("清新区")
    ('浦东', '雄安', '清新')
    """
    for suffix in ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "省", "市", "盟", "县", "区", "旗"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if suffix == "新区" and len(stem) < 2:
                continue  # 清新区: 新 is its name's (浦东新区 -> 浦东, 雄安新区 -> 雄安)
            if suffix.startswith("自治"):
                cut = min((i for i in (stem.find(p + "族") for p in _PEOPLES) if i > 0), default=len(stem))
                if cut == len(stem):  # 新疆维吾尔自治区: the people's name printed without 族
                    cut = next((len(stem) - len(p) for p in _PEOPLES if len(p) >= 2 and stem.endswith(p)
                                and len(stem) - len(p) >= 2), cut)
                stem = stem[:cut]
            return stem if len(stem) >= 2 else ""
    return ""


class Places:
    """Divisions indexed by code, by full name and by the short names of provinces and
    prefectures (read-only once built)."""

    def __init__(self, rows: Iterable[Place], changes: Iterable[Place] = ()) -> None:
        self._rows = _dated(tuple(rows), tuple(changes))
        by_code: dict[str, Place] = {}
        for p in self._rows:
            # a code re-used after a change keeps its current division
            if p.code not in by_code or p.status == "current":
                by_code[p.code] = p
        for p in self._rows:  # a former division whose code a later one took (东陵区, 浑南区's 210112): 210112f1
            if by_code[p.code] is not p:
                n = 1
                while f"{p.code}f{n}" in by_code:
                    n += 1
                by_code[f"{p.code}f{n}"] = p
        self._by_code = by_code
        self._key_of = {p: k for k, p in by_code.items() if k != p.code}
        # a dated former division's parent is the one of its code in force when it ended (樊城区 until 2010: 襄樊市)
        self._parent_of = {p: k for p in self._rows if p.until and p.parent for k, x in by_code.items()
                           if x.code == p.parent and x.until >= p.until and x.in_force(p.until)}
        names: dict[str, list[Place]] = {}
        for p in self._rows:
            keys = {p.name}
            short = short_name(p.name)
            if short and p.level != "county":
                keys.add(short)
                if p.name.endswith("自治州"):
                    keys.add(short + "州")
            for k in keys:
                names.setdefault(k, []).append(p)
        for p in self._rows:
            # an autonomous county or banner by its short name and kind (河口县: 河口瑶族自治县, 本溪县),
            # unless that short name is a province's (河南县: 河南县级… would read as a county of 青海)
            short = short_name(p.name)
            alias = short + p.name[-1]
            if p.level == "county" and (p.status == "current" or p.until) and p.name.endswith(("自治县", "自治旗")) and short \
                    and not short.endswith("族") and alias not in names \
                    and not any(x.level == "province" for x in names.get(short, ())):
                names[alias] = [p]
        for alias, code in _aliases().items():  # 兵团: 新疆生产建设兵团 (rules.toml [places] aliases)
            names.setdefault(alias, []).extend(p for p in self._rows if p.code == code)
        self._by_name = {k: tuple(v) for k, v in names.items()}
        # every name by its first two characters, longest first: prefixes() looks up only those
        by_start: dict[str, list[str]] = {}
        for k in self._by_name:
            if len(k) >= 2:
                by_start.setdefault(k[:2], []).append(k)
        self._by_start = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_start.items()}
        self._by_iso = {p.province: p for p in self._rows if p.level == "province"}
        # cities over no county-level unit (东莞市, 嘉峪关市): their towns and 街道 are their own
        parents = {p.parent for p in self._rows if p.status == "current"}
        self._no_counties = frozenset(p.code for p in self._rows if p.level == "prefecture" and p.status == "current"
                                      and p.name.endswith("市") and p.code not in parents)
        # a municipality's districts by their short names, read only after the municipality (天津西青)
        self._districts: dict[str, dict[str, Place]] = {}
        for p in self._rows:
            short = short_name(p.name)
            if p.level == "county" and p.municipality and p.status == "current" and short:
                self._districts.setdefault(p.parent, {})[short] = p
                if p.name.endswith("新区") and len(p.name) >= 4:  # 天津滨海: 滨海新区
                    self._districts[p.parent][p.name[:-2]] = p

    @classmethod
    def from_csv(cls, text: str, changes: str = "") -> Places:
        """From ``divisions.csv``'s text and ``place_changes.csv``'s (:func:`_dated`)."""
        dated = (Place(r["code"], r["name"], r["level"], r["parent"], r["province"], "current" if not r["valid_to"] else "former",
                       r["successor"], int(r["valid_from"][:4] or 0), int(r["valid_to"][:4] or 0))
                 for r in csv.DictReader(io.StringIO(changes))) if changes else ()
        return cls((Place(r["code"], r["name"], r["level"], r["parent"], r["province"], r["status"], r["successor"])
                    for r in csv.DictReader(io.StringIO(text))), dated)

    def all(self) -> tuple[Place, ...]:
        return self._rows

    def key(self, p: Place) -> str:
        """The code that finds ``p`` again: its division code, or code + f + n for a former division
        whose code a later one took (东陵区, until 2014 under 浑南区's 210112: 210112f1)."""
        return self._key_of.get(p, p.code)

    def get(self, code: str) -> Place | None:
        """The division with this 6-digit code (or the key of a former division whose code a later one
        took, :meth:`key`), or the province with these ISO letters."""
        return self._by_code.get(code) or self._by_iso.get(code)

    def province(self, iso: str) -> Place | None:
        return self._by_iso.get(iso)

    def named(self, name: str) -> tuple[Place, ...]:
        """Every division written ``name`` (full name, or a province's or prefecture's short name)."""
        return self._by_name.get(name, ())

    def towns_under(self, p: Place) -> bool:
        """Whether towns and 街道 are ``p``'s own: a county-level unit, or a prefecture-level city over no
        county-level unit (东莞市虎门镇, 嘉峪关市新城镇)."""
        return p.level == "county" or p.code in self._no_counties

    def parent(self, p: Place) -> Place | None:
        return self._by_code.get(self._parent_of.get(p, p.parent)) if p.parent else None

    def as_of(self, p: Place, year: int | None) -> Place:
        """The division named as ``p`` is that bore the name in ``year``: 巢湖市 in 2010 is the prefecture (until 2011),
        in 2016 the county-level city of 合肥; ``p`` itself when it was in force or no other was."""
        if not year or p.in_force(year):
            return p
        return next((x for x in self.named(p.name) if x.name == p.name and x.in_force(year) and (x.since or x.until)), p)

    def era_rank(self, p: Place, doc: Place | None) -> int:
        """0 when ``p`` was in force when the document's place was, where that place is a dated former one (樊城区 of
        襄樊市, until 2010, in a 襄樊市 document: the former district, not 襄阳市's), else 1; 0 for every ``p`` otherwise."""
        if doc is None or not doc.until:
            return 0
        return 0 if p.until >= doc.until and p.in_force(doc.until) else 1

    def prefecture_of(self, p: Place) -> Place | None:
        """The prefecture a county belongs to (None under a province or municipality)."""
        up = self.parent(p)
        return up if up is not None and up.level == "prefecture" else None

    def prefixes(self, text: str, outer: Place | None = None) -> list[tuple[str, tuple[Place, ...]]]:
        """Place names that open ``text``, longest first: ``[(name, places), …]``; after a
        municipality (``outer``) also its districts' short names (天津西青: 西青区).

        >>> [(n, [p.code for p in ps]) for n, ps in places().prefixes("济南市发展改革委")]
        [('济南市', ['370100']), ('济南', ['370100'])]
        """
        found = [(name, self._by_name[name]) for name in self._by_start.get(text[:2], ()) if text.startswith(name)]
        if outer is not None and outer.code in self._districts:
            found += [(n, (p,)) for n, p in self._districts[outer.code].items() if text.startswith(n) and (n, (p,)) not in found]
        return found

    def body_prefix(self, p: Place) -> str:
        """How a body's official name spells its place: a province or city alone; a district (区)
        with its city or municipality (济南市历下区, 上海市嘉定区: the name on its seal); a county,
        banner, county-level city, 林区 or 特区 by its own name (修水县, 瑞金市, 六枝特区), unless another current
        division shares that name (then with its prefecture, as :meth:`qualified_prefix`)."""
        if p.level != "county":
            return p.name
        if (not p.name.endswith("区") or p.code in own_kind_counties()) and sum(1 for x in self.named(p.name) if x.status == "current") <= 1:
            return p.name
        return self.qualified_prefix(p)

    def qualified_prefix(self, p: Place) -> str:
        """A county-level unit with its prefecture or municipality written out (九江市修水县), so
        a reader can tell same-named units apart; other places as :meth:`body_prefix`."""
        if p.level != "county":
            return p.name
        up = self.parent(p)
        if up is None or (up.level == "province" and not up.municipality):
            return p.name  # 济源市, 石河子市: county-level cities directly under a province
        return up.name + p.name


@cache
def prefecture_within(doc: Place) -> Place | None:
    """The autonomous prefecture the 地区 of ``doc`` (the 地区 or one of its counties) lies in (``rules.toml [places]
    prefectures_within``: 塔城地区 in 伊犁哈萨克自治州), whose bodies its documents print after 州 or 自治州, or None.

    >>> where = places()
    >>> prefecture_within(where.get("654201")).name, prefecture_within(where.get("654000"))
    ('伊犁哈萨克自治州', None)
    """
    where = places()
    pref = doc if doc.level == "prefecture" else where.prefecture_of(doc)
    outer = rules()["places"]["prefectures_within"].get(pref.code) if pref is not None else None
    return where.get(outer) if outer is not None else None


def own_kind_counties() -> frozenset[str]:
    """``rules.toml [places] own_kind_counties``: the 特区 and the 林区, county-level units whose
    names end with 区 but that are no city's district (六枝特区, 神农架林区)."""
    return frozenset(rules()["places"]["own_kind_counties"])


@cache
def _aliases() -> dict[str, str]:
    """``rules.toml [places] aliases``: other printed names of a unit, to its division code."""
    return dict(rules().get("places", {}).get("aliases", {}))


def _dated(rows: tuple[Place, ...], changes: tuple[Place, ...]) -> tuple[Place, ...]:
    """``rows`` with the years of ``place_changes.csv``: a change naming a division of the table (same code, name, level
    and status: one that ended names a former division) dates it; one the table lacks is added (襄樊市 until 2010, renamed
    襄阳市 under the same code; 樊城区 of 襄樊市 until 2010, a former division beside today's 樊城区 of 襄阳市)."""
    by = {(c.code, c.name, c.level, c.status): c for c in changes}
    out = [replace(p, since=c.since, until=c.until) if (c := by.pop((p.code, p.name, p.level, p.status), None)) else p
           for p in rows]
    return (*out, *by.values())


@cache
def places() -> Places:
    """The divisions shipped with the package (read once), dated by ``place_changes.csv``."""
    data = resources.files("graph.data")
    return Places.from_csv(data.joinpath("divisions.csv").read_text(encoding="utf-8"),
                           data.joinpath("place_changes.csv").read_text(encoding="utf-8"))


def named_in_full(name: str, levels: tuple[str, ...]) -> bool:
    """Whether ``name`` is the full name of a division of one of these levels.

    >>> named_in_full("河北省", ("province", "prefecture")), named_in_full("河北", ("province",))
    (True, False)
    """
    return any(p.name == name and p.level in levels for p in places().named(name))
