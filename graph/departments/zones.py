"""Committees of development zones: ``X经开区管委会`` is ``X经济技术开发区管理委员会``.

A zone's committee is printed with the short forms of its zone kind (``经开区``, ``高新区``,
``综保区``) and of ``管理委员会`` (``管委会``); its official name writes both out. Which short
forms mean what is data (``zones.csv``). A zone of a standard kind (经济技术开发区, 高新技术产业
开发区 …) is named after its city or county by the short name (南昌经济技术开发区, 丰城高新技术
产业开发区); the caller writes the place so when the second value is true, else as printed
(定南县工业园区管理委员会).

>>> zone_committee("经开区管委会"), zone_committee("小蓝经开区管委会")
(('经济技术开发区管理委员会', True), ('小蓝经济技术开发区管理委员会', True))
>>> zone_committee("工业园区管委会"), zone_committee("发展改革委") is None
(('工业园区管理委员会', False), True)
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib import resources

from ..data import rules

__all__ = [
    "bare_zone", "ftz_area_committee", "ftz_area_place", "ftz_committee", "governed_zones", "printed_zone", "zone_bureau",
    "zone_committee", "zone_forms", "zone_names", "zone_place",
]


@cache
def governed_zones() -> tuple[str, ...]:
    """Zones a province or the State Council governs like a place (``rules.toml [prose.units] zones``:
    平潭综合实验区, 雄安新区), named in full before their own bodies, in the file's order: the one list that
    mention splitting, the prose subjects and the issuer's divisions read."""
    return tuple(rules()["prose"]["units"]["zones"])


@cache
def _forms() -> tuple[tuple[tuple[str, str], ...], ...]:
    """(committee forms, zone-kind forms, free-trade-zone forms, a park's generic names), each
    (short, full), longest short form first."""
    text = resources.files("graph.data").joinpath("zones.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))

    def of(kind: str) -> tuple[tuple[str, str], ...]:
        pairs = {(r["short"].strip(), r["full"].strip()) for r in rows if r["kind"].strip() == kind}
        return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))

    return of("committee"), of("zone"), of("ftz"), of("park")


@cache
def _bureaus() -> tuple[tuple[str, str], ...]:
    text = resources.files("graph.data").joinpath("zones.csv").read_text(encoding="utf-8")
    return tuple(sorted({(r["short"].strip(), r["full"].strip()) for r in csv.DictReader(io.StringIO(text))
                         if r["kind"].strip() == "bureau"}, key=lambda p: (-len(p[0]), p[0])))


def zone_bureau(core: str) -> str:
    """A zone's own bureau no place's template knows, written out (``zones.csv`` kind ``bureau``: 经发局 → 经济发展局,
    a zone's body, not a city's); else ``core`` as printed.

    >>> zone_bureau("经发局"), zone_bureau("招商局")
    ('经济发展局', '招商局')
    """
    return next((full for short, full in _bureaus() if core == short), core)


def zone_forms() -> tuple[tuple[tuple[str, str], ...], ...]:
    """``zones.csv`` read: (committee forms, zone kinds, free-trade-zone forms, parks), each (short, full)."""
    return _forms()


def zone_committee(core: str) -> tuple[str, bool] | None:
    """The official name of a committee printed ``core`` (a zone's name, a committee's short
    form), and whether it names a zone of a standard kind; None when ``core`` does not end with
    a committee's name or has no name before it."""
    committees, zones, *_ = _forms()
    for short, full in committees:
        if core.endswith(short) and len(core) > len(short):
            stem = core[: -len(short)]
            for zshort, zfull in zones:
                if stem.endswith(zshort):
                    return stem[: -len(zshort)] + zfull + full, True
            return stem + full, False
    return None


def bare_zone(core: str) -> bool:
    """Whether a committee's name is only a zone kind or a park's generic name and a committee
    (``高新区管委会``, ``工业园区管委会``), with no name of its own: it names the zone of the place
    the document is about.

    >>> bare_zone("高新区管委会"), bare_zone("金融高新区管委会"), bare_zone("工业园区管委会")
    (True, False, True)
    """
    committees, zones, _, parks = _forms()
    for short, _ in committees:
        if core.endswith(short) and len(core) > len(short):
            stem = core[: -len(short)]
            return any(stem == zshort for zshort, _ in (*zones, *parks))
    return False


def ftz_committee(core: str, province: str) -> str | None:
    """The committee of an area (片区) of a province's pilot free trade zone, written out:
    ``自贸试验区厦门片区管委会`` of 福建 is 中国（福建）自由贸易试验区厦门片区管理委员会; None when
    ``core`` names no such area.

    >>> ftz_committee("自贸区前海蛇口片区管委会", "广东")
    '中国（广东）自由贸易试验区前海蛇口片区管理委员会'
    >>> ftz_committee("自贸试验区管委会", "广东") is None
    True
    """
    committees, _, ftz, _ = _forms()
    for short, full in committees:
        if core.endswith(short):
            stem = core[: -len(short)]
            for fshort, ffull in ftz:
                area = stem[len(fshort) :]
                if stem.startswith(fshort) and area.endswith("片区") and len(area) > 2:
                    return f"中国（{province}）{ffull}{area}{full}"
            return None
    return None


@cache
def _areas() -> dict[str, tuple[tuple[str, str], ...]]:
    """``ftz_areas.csv``: each area of a pilot free trade zone -> ((province ISO, its name in the zone's), …)."""
    text = resources.files("graph.data").joinpath("ftz_areas.csv").read_text(encoding="utf-8")
    out: dict[str, list[tuple[str, str]]] = {}
    for r in csv.DictReader(io.StringIO(text)):
        out.setdefault(r["area"].strip(), []).append((r["province"].strip(), r["name"].strip()))
    return {k: tuple(v) for k, v in out.items()}


def ftz_area_committee(name: str, province: str | None = None) -> str | None:
    """The committee of an area of a pilot free trade zone printed by the area's own name, perhaps after
    the zone's (``ftz_areas.csv``): None for an area not listed, or one that the zones of two provinces
    share unless ``province`` (ISO letters) tells which.

    >>> ftz_area_committee("钦州港片区管委会"), ftz_area_committee("广西自贸试验区钦州港片区管委会")
    ('中国（广西）自由贸易试验区钦州港片区管理委员会', '中国（广西）自由贸易试验区钦州港片区管理委员会')
    >>> ftz_area_committee("湖南自贸区钦州港片区管委会") is None, ftz_area_committee("东区片区管委会") is None
    (True, True)
    """
    committees, _, ftz, _ = _forms()
    short = next((s for s, _ in committees if name.endswith(s)), "")
    stem = name[: len(name) - len(short)]
    if not short or not stem.endswith("片区"):
        return None
    stem = stem[:-2]
    found = {
        (iso, pname, area)
        for area, rows in _areas().items() if stem.endswith(area)
        for iso, pname in rows
        if stem[: len(stem) - len(area)] in ("", *(h + f for f, _ in ftz for h in ("", pname, f"中国（{pname}）")))
    }
    if len(found) > 1 and province is not None:
        found = {f for f in found if f[0] == province}
    if len(found) != 1:
        return None
    _, pname, area = found.pop()
    return f"中国（{pname}）自由贸易试验区{area}片区管理委员会"


@cache
def _zone_places() -> tuple[tuple[str, str], ...]:
    """``zone_places.csv``: (a zone's name, the division code of the place whose bodies it names relative), longest
    name first."""
    text = resources.files("graph.data").joinpath("zone_places.csv").read_text(encoding="utf-8")
    rows = {(r["zone"].strip(), r["code"].strip()) for r in csv.DictReader(io.StringIO(text))}
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


def zone_place(name: str) -> str | None:
    """The division code of the city a zone belongs to when the zone is not named after it and ``name`` (an issuer,
    a title's head) opens with the zone's name (``zone_places.csv``); None otherwise.

    >>> zone_place("井冈山经济技术开发区管理委员会"), zone_place("井冈山市人民政府") is None
    ('360800', True)
    """
    return next((code for zone, code in _zone_places() if name.startswith(zone)), None)


def ftz_area_place(name: str) -> str | None:
    """The division an area of a pilot free trade zone is named after, when ``name`` (an issuer, a title's head,
    normalised or not) is the area's committee or office and one prefecture or county of the zone's province bears the
    area's name as its short name (德宏片区: 德宏傣族景颇族自治州; 宜昌片区: 宜昌市); None otherwise (钦州港片区).

    >>> ftz_area_place("中国(云南)自由贸易试验区德宏片区管理委员会"), ftz_area_place("钦州港片区管委会") is None
    ('533100', True)
    """
    from .places import places, short_name  # (places imports nothing of zones; kept local as jurisdiction's use)

    full = name.replace("(", "（").replace(")", "）")
    for office in ("办公室", "综合办公室"):
        if full.endswith("管理委员会" + office) or full.endswith("管委会" + office):
            full = full[: -len(office)]
    committee = ftz_area_committee(full)
    if committee is None:
        return None
    head, _, rest = committee.partition("）自由贸易试验区")
    pname, area = head.removeprefix("中国（"), rest.removesuffix("片区管理委员会")
    where = places()
    province = next((p for p in where.all() if p.level == "province" and short_name(p.name) == pname), None)
    if province is None:
        return None
    found = [p for p in where.all() if p.status == "current" and p.province == province.province
             and p.level != "province" and (short_name(p.name) or p.name) == area]
    return found[0].code if len(found) == 1 else None


def zone_names(zone: str) -> tuple[str, ...]:
    """The names ``zone`` (written out) is printed by, longest first: itself, its name with its kind's short form
    (赣州经开区), and its short names in ``rules.toml [places] zone_short_names`` (洋浦经开区).

    >>> zone_names("赣州经济技术开发区"), zone_names("洋浦经济开发区")
    (('赣州经济技术开发区', '赣州经开区'), ('洋浦经济开发区', '洋浦经开区'))
    """
    _, zones, _, parks = _forms()
    named = {zone[: -len(full)] + short for short, full in (*zones, *parks) if zone.endswith(full) and zone != full}
    named |= {zone, *rules()["places"].get("zone_short_names", {}).get(zone, ())}
    return tuple(sorted(named, key=lambda n: (-len(n), n)))


_NOT_STEM = ("各", "省", "市", "县", "区", "全", "本", "该", "国家")
_BUREAU_PRINTED = re.compile(r"^(?:管委会|管理委员会)?[\u4e00-\u9fff]{1,12}局$")


def printed_zone(key: str) -> str | None:
    """The zone (written out) whose bureau ``key`` (normalised) names, printed with the zone's name in any of its forms
    (:func:`zone_names`) and maybe its committee (洋浦经开区财政局, 赣州经开区管委会经济发展局): a zone of
    ``zone_places.csv``, or one of a standard kind named after a place (赣州经开区: 赣州经济技术开发区); None for any
    other name, a 分局 (some place's bureau's branch) or a zone's kind alone (经开区财政局, 国家级经开区财政局).

    >>> printed_zone("洋浦经开区财政局"), printed_zone("赣州经开区管委会经济发展局"), printed_zone("经开区财政局")
    ('洋浦经济开发区', '赣州经济技术开发区', None)
    >>> printed_zone("赣州经开区生态环境分局"), printed_zone("国家级经开区财政局"), printed_zone("赣州经开区管委会")
    (None, None, None)
    """
    if key.endswith("分局"):
        return None
    for zone, _ in _zone_places():
        name = next((n for n in zone_names(zone) if key.startswith(n) and _BUREAU_PRINTED.match(key[len(n):])), None)
        if name is not None:
            return zone
    _, zones, _, _ = _forms()
    for short, full in zones:
        stem, found, rest = key.partition(short)
        if found and 2 <= len(stem) <= 4 and not stem.startswith(_NOT_STEM) and not stem.endswith("级") \
                and _BUREAU_PRINTED.match(rest):
            return stem + full
    return None
