"""A development zone's own plan: the bodies it names as its own.

In a plan issued by a zone's committee (合肥高新区管委会), ``区经贸局`` is the zone's bureau, not a
district's; ``高新区税务局`` the zone's tax bureau; ``党工委组织部`` an organ of the zone's party
working committee. Each is written out with the zone's name (合肥高新技术产业开发区经济贸易局), a
standard body by its template (国家税务总局合肥高新技术产业开发区税务局), so one zone's bureau is
one node and two zones' are two.

>>> issuing_zone("合肥高新技术产业开发区管理委员会"), issuing_zone("合肥市发展和改革委员会")
('合肥高新技术产业开发区', None)
>>> issuing_zone("兰州新区管委会办公室"), issuing_zone("合肥市人民政府办公室"), issuing_zone("鹤峰县走马镇人民政府")
('兰州新区', None, '鹤峰县走马镇')
>>> issuing_zone("拉萨市城关区八廓街道办事处"), issuing_zone("新疆生产建设兵团第八师一四三团")
('拉萨市城关区八廓街道', '新疆生产建设兵团第八师一四三团')
>>> zone_body("街道党政综合办公室", "拉萨市城关区八廓街道", 2021), zone_body("团农业发展办公室", "新疆生产建设兵团第八师一四三团", 2023)
('拉萨市城关区八廓街道党政综合办公室', '新疆生产建设兵团第八师一四三团农业发展办公室')
>>> zone_body("乡畜牧工作站", "鄂温克族自治旗巴彦塔拉达斡尔族乡", 2012), zone_body("镇派出所", "黑河市爱辉区西岗子镇", 2012)
('鄂温克族自治旗巴彦塔拉达斡尔族乡畜牧工作站', '黑河市爱辉区公安局西岗子派出所')
>>> [zone_body(k, "鹤峰县走马镇", 2021) for k in ("镇财政所", "镇司法所", "走马派出所", "镇村")]
['鹤峰县走马镇财政所', '鹤峰县司法局走马司法所', '鹤峰县公安局走马派出所', None]
>>> zone_body("区经贸局", "合肥高新技术产业开发区", 2022)
'合肥高新技术产业开发区经济贸易局'
>>> zone_body("高新区税务局", "合肥高新技术产业开发区", 2022)
'国家税务总局合肥高新技术产业开发区税务局'
>>> zone_body("党工委组织部", "合肥高新技术产业开发区", 2022), zone_body("区域合作办", "合肥高新技术产业开发区", 2022)
('中共合肥高新技术产业开发区工作委员会组织部', None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from ..data import rules
from .bodies import bodies
from .catalogue import registry
from .local import parse_mention
from .model import CENTRAL, normalize_mention
from .places import places
from .zones import zone_bureau, zone_committee, zone_forms, zone_names

__all__ = ["after_other_body", "after_zone_body", "as_committee", "elided_names", "issuing_zone", "printed_bare", "zone_body"]

_COMMITTEE = "管理委员会"
_OFFICE = "办公室"
# a town's government as a plan's issuer: its county-level division, the town's own name, its kind
# (a 民族乡 by a long name, 鄂温克族自治旗巴彦塔拉达斡尔族乡; a street office, 拉萨市城关区八廓街道办事处: its district the
# longest; a Corps regiment, 新疆生产建设兵团第八师一四三团, whose own units print 团: found by places104–106)
_TOWN_GOVERNMENT = re.compile(r"^([\u4e00-\u9fff]{1,12}?(?:县|市|区|旗)[\u4e00-\u9fff]{2,9}?(?:镇|乡|苏木))人民政府$"
                              r"|^([\u4e00-\u9fff]{2,12}(?:县|市|区|旗)[\u4e00-\u9fff]{2,5}?街道)办事处$"
                              r"|^(新疆生产建设兵团第[一二三四五六七八九十]{1,3}师[一二三四五六七八九十〇零]{1,4}团)$")
_TOWN = re.compile(r"^([\u4e00-\u9fff]{1,12}(?:县|市|区|旗))([\u4e00-\u9fff]{2,9}?)(镇|乡|苏木)$"
                   r"|^([\u4e00-\u9fff]{2,12}(?:县|市|区|旗))([\u4e00-\u9fff]{2,5}?)(街道)$"
                   r"|^(新疆生产建设兵团第[一二三四五六七八九十]{1,3}师)([一二三四五六七八九十〇零]{1,4})(团)$")
_TOWN_OFFICES: dict[str, str] = rules()["scope"]["town_offices"]
# a farm or farm company as a plan's issuer (北大荒集团黑龙江七星农场有限公司, 广东省火星农场): its own units print 农场
_FARM_KIND = "农场"
_FARM = re.compile(r"^[\u4e00-\u9fff〇]{2,16}农场(?:有限公司|有限责任公司)?$")
_FARM_GROUPS: dict[str, str] = rules()["scope"]["farm_groups"]
_BODY_ENDS = ("局", "处", "委", "办", "室", "会", "中心", "队", "所", "站", "部")
# a zone's bureau printed after its committee (管委会财政局, 洋浦经济开发区管理委员会财政局) is the one printed 区财政局 or bare:
# one node, written {zone}X局 as the zone's other bodies (docs/readings.md; places111–113)
_BUREAU = "局"
_BRANCH = "分局"
# after 区 these open a common word, not a body of the zone (区域合作办, 区县)
_WORD_AFTER = frozenset("域县内外间级属块位")


def issuing_zone(issuer: str) -> str | None:
    """The zone's written-out name when ``issuer`` (a canonical name) is a zone's committee."""
    town = _TOWN_GOVERNMENT.match(issuer)
    if town is not None:
        return next(g for g in town.groups() if g)  # 鹤峰县走马镇人民政府: a town's own plan
    if _FARM.match(issuer):
        return issuer  # 北大荒集团黑龙江七星农场有限公司: a farm company's own plan
    if issuer.endswith(_OFFICE):  # 兰州新区管委会办公室: the committee's office issues for it
        named = zone_committee(issuer[: -len(_OFFICE)])
        issuer = named[0] if named is not None else issuer
    if not issuer.endswith(_COMMITTEE) or len(issuer) <= len(_COMMITTEE) + 2:
        return None
    stem = issuer[: -len(_COMMITTEE)]
    _, zones, _, parks = zone_forms()
    return stem if any(stem.endswith(full) and stem != full for _, full in (*zones, *parks)) else None


def as_committee(name: str) -> str:
    """A zone's party working committee as its administrative committee (中共X工作委员会 -> X管理委员会), so that a
    joint notice of the two is the zone's own (洋浦: places111–113); any other name as it is.

    >>> as_committee("中共洋浦经济开发区工作委员会"), as_committee("洋浦经济开发区管理委员会")
    ('洋浦经济开发区管理委员会', '洋浦经济开发区管理委员会')
    """
    if name.startswith("中共") and name.endswith("工作委员会") and len(name) > 7:
        return name[2:-5] + _COMMITTEE
    return name


def zone_body(key: str, zone: str, year: int | None, *, province: str = "", city: str = "",
              elided: bool = False) -> str | None:
    """The full name of the body ``key`` (normalised) names in the plan of ``zone``, or None when
    it does not name one of the zone's own bodies. ``elided``: ``key`` prints no place nor kind
    (``规划建设局`` after ``高新区财政局``, ``自然资源局`` after ``经开区财政局``): in the zone's own plan a
    standard bureau so printed is the zone's, as an elided name is the document's own place's
    elsewhere (places107–109). A zone inside another (兰州新区综合保税区): ``新区X`` is the outer zone's.

    >>> zone_body("规划建设局", "青海国家高新技术产业开发区", 2014, elided=True)
    '青海国家高新技术产业开发区规划建设局'
    >>> zone_body("经开区经发局", "天水经济技术开发区", 2024), zone_body("新区经济发展局", "兰州新区综合保税区", 2019)
    ('天水经济技术开发区经济发展局', '兰州新区经济发展局')
    >>> zone_body("新区税务局", "兰州新区综合保税区", 2019), zone_body("人民政府", "天水经济技术开发区", 2024, elided=True)
    ('国家税务总局兰州新区税务局', None)

    A bureau printed after the committee is the zone's (the node of ``区经济发展局`` and of ``经济发展局``); the committee's
    office is the committee's:

    >>> zone_body("管委会经济发展局", "天水经济技术开发区", 2024), zone_body("管委会办公室", "天水经济技术开发区", 2024)
    ('天水经济技术开发区经济发展局', '天水经济技术开发区管理委员会办公室')
    >>> zone_body("天水经济技术开发区管理委员会经发局", "天水经济技术开发区", 2024)
    '天水经济技术开发区经济发展局'
    >>> zone_body("天水经开区管委会经济发展局", "天水经济技术开发区", 2024)
    '天水经济技术开发区经济发展局'
    """
    town = _TOWN.match(zone)
    if town is not None:
        return _town_body(key, zone, town)
    if _FARM.match(zone):
        return _farm_body(key, zone, elided)
    _, zones, _, parks = zone_forms()
    kinds = sorted({short for short, full in (*zones, *parks) if zone.endswith(full)} | {"区"}, key=len, reverse=True)
    # the zone by its own short name (赣州经开区 for 赣州经济技术开发区), then by its kind
    named = [n for n in zone_names(zone) if n != zone]  # (洋浦经开区: rules.toml [places] zone_short_names)
    prefix = next((k for k in (zone, *named, *kinds) if key.startswith(k) and len(key) > len(k) + 1), None)
    if prefix is None:
        outer = _outer_zone(zone)
        if outer is not None:
            inner = next((k for k in outer if key.startswith(k) and len(key) > len(k) + 1), None)
            if inner is not None:
                return zone_body(key, outer[0], year, province=province, city=city)
        if elided and key.endswith(("局", "委")) and not key.endswith(("管理委员会", "管委会")):
            prefix = ""
    rest = key[len(prefix) :] if prefix is not None else key  # (经开区党工委组织部: the zone's kind first)
    if rest.startswith(("党工委", "工委")) and len(rest) > 3:  # (工委办公室 in 洋浦's plan: places111–113)
        return f"中共{zone}工作委员会{rest.removeprefix('党')[2:]}"
    if rest == "团工委":
        return f"共青团{zone}工作委员会"
    committee = next((c for c in ("管委会", _COMMITTEE) if rest.startswith(c) and len(rest) > len(c) + 1), None)
    if committee is not None:  # 管委会办公室: the committee's own unit; 管委会财政局: the zone's bureau (docs/readings.md)
        rest = rest[len(committee) :]
        if not rest.endswith(_BUREAU):
            return f"{zone}{_COMMITTEE}{rest}"
        prefix = prefix or committee
    if prefix is None:
        return None
    if (prefix == "区" and rest[0] in _WORD_AFTER) or not rest.endswith(_BODY_ENDS):
        return None
    body = bodies().choose(rest, "K", year, False)
    if body is None:
        return zone + zone_bureau(rest)
    return body.name(zone, zone, rest, province=province, parent=city or zone, own=zone)


def printed_bare(key: str, jurisdiction: str, department_id: str | None) -> bool:
    """Whether ``key`` (normalised) prints no place, no relative word and no zone kind, and names no central
    body (``规划建设局``, ``自然资源局``; not ``市财政局``, ``西宁市国土资源局``, ``国家税务总局``): an elided name,
    which in a zone's own plan is the zone's (:func:`zone_body` ``elided``)."""
    if department_id:
        d = registry().get(department_id)
        if d is None or d.jurisdiction == CENTRAL:
            return False
    place = places().get(jurisdiction) if jurisdiction and jurisdiction != CENTRAL else None
    parsed = parse_mention(key, place)
    return not parsed.chain and not parsed.rel and parsed.core == key


def elided_names(lists: Sequence[Sequence[str]], zone: str, year: int | None) -> tuple[dict[str, str], frozenset[str]]:
    """:func:`after_zone_body` and :func:`after_other_body` of one plan."""
    return after_zone_body(lists, zone, year), after_other_body(lists, zone, year)


def after_zone_body(lists: Iterable[Sequence[str]], zone: str, year: int | None) -> dict[str, str]:
    """The mentions (normalised) that stand right after one of the zone's own bodies in a list of the plan
    (``高新区财政局、规划建设局``: 规划建设局; not ``州商务局、市场监管局``), each with the zone whose body stands before it
    (an outer zone's, ``新区税务局、财政局`` in 兰州新区综合保税区's plan: 兰州新区): an elided name takes the place of the
    name before it, so these, printed bare, are that zone's (the first list a mention stands in decides).

    >>> after_zone_body([["高新区财政局", "规划建设局"], ["州商务局", "市场监管局"]], "青海国家高新技术产业开发区", 2014)
    {'规划建设局': '青海国家高新技术产业开发区'}
    >>> after_zone_body([["新区税务局", "财政局"]], "兰州新区综合保税区", 2019)
    {'财政局': '兰州新区'}
    """
    return {k: v for k, v in _after(lists, zone, year).items() if v}


def after_other_body(lists: Iterable[Sequence[str]], zone: str, year: int | None) -> frozenset[str]:
    """The mentions (normalised) that stand right after a body not the zone's in a list of the plan (``州商务局、
    市场监管局``: 市场监管局, elided, is 州's): printed bare, these are not the zone's (places107's 德宏片区).

    >>> sorted(after_other_body([["高新区财政局", "规划建设局"], ["州商务局", "市场监管局"]], "青海国家高新技术产业开发区", 2014))
    ['市场监管局']

    A branch printed bare (``自然资源分局``) is some place's bureau's branch, the zone's only when elided after one of its
    bodies (``新区财政局、自然资源分局``):

    >>> sorted(after_other_body([["自然资源分局", "消防救援站"], ["新区财政局", "税务分局"]], "兰州新区", 2019))
    ['自然资源分局']
    """
    lists = [list(names) for names in lists]
    after = _after(lists, zone, year)
    branches = {k for names in lists for k in map(normalize_mention, names) if k.endswith(_BRANCH) and not after.get(k)}
    return frozenset({k for k, v in after.items() if not v} | branches)


def _after(lists: Iterable[Sequence[str]], zone: str, year: int | None) -> dict[str, str | None]:
    """Each mention that stands right after another in a list, with the zone whose body that other is, or None."""
    seen: dict[str, str | None] = {}
    outer = _outer_zone(zone)
    for names in lists:
        keys = [normalize_mention(n) for n in names]
        for before, key in pairwise(keys):
            if key not in seen:
                inner = outer is not None and any(before.startswith(k) for k in outer)
                if zone_body(before, zone, year) is not None:
                    seen[key] = outer[0] if outer is not None and inner else zone
                else:  # after a name printed bare (经济发展局、财政局), as that name is read (not a 分局); else another's body
                    seen[key] = seen.get(before, zone) if _bare(before) and not key.endswith(_BRANCH) else None
    return seen


def _bare(key: str) -> bool:
    """Whether ``key`` prints no place and no relative word (经济发展局; not 儋州市人民政府, 省财政厅)."""
    parsed = parse_mention(key)
    return not parsed.chain and not parsed.rel and parsed.core == key


def _outer_zone(zone: str) -> tuple[str, ...] | None:
    """``(outer zone, its kind's short forms …)`` when ``zone`` is a zone of one kind inside a zone of another
    named in full before it (兰州新区综合保税区: 兰州新区, 新区); None otherwise."""
    _, zones, _, parks = zone_forms()
    for _, full in sorted((*zones, *parks), key=lambda p: -len(p[1])):
        if zone.endswith(full) and len(zone) > len(full) + 2:
            stem = zone[: -len(full)]
            for _, outer in sorted((*zones, *parks), key=lambda p: -len(p[1])):
                if stem.endswith(outer) and len(stem) > len(outer):
                    shorts = sorted({s for s, f in (*zones, *parks) if f == outer}, key=len, reverse=True)
                    return (stem, *shorts)
            return None
    return None


def _farm_body(key: str, farm: str, elided: bool) -> str | None:
    """In a farm company's own plan (``farm``: 北大荒集团黑龙江七星农场有限公司), ``农场农业发展部`` and, elided after
    one of its units, ``规划建设部`` are the farm's (…七星农场有限公司农业发展部); its group's units (``集团公司财务部``) and
    branch (``建三江分公司``) are the group's, by the registered name ``rules.toml [scope] farm_groups`` gives the
    farm's group (北大荒农垦集团有限公司财务部); None otherwise (places110, places111–113).

    >>> farm = "北大荒集团黑龙江七星农场有限公司"
    >>> _farm_body("农场财务部", farm, False), _farm_body("规划建设部", farm, True), _farm_body("规划建设部", farm, False)
    ('北大荒集团黑龙江七星农场有限公司财务部', '北大荒集团黑龙江七星农场有限公司规划建设部', None)
    >>> _farm_body("集团公司财务部", farm, False), _farm_body("建三江分公司农业发展部", farm, True)
    ('北大荒农垦集团有限公司财务部', '北大荒农垦集团有限公司建三江分公司农业发展部')
    """
    group = next((name for head, name in _FARM_GROUPS.items() if farm.startswith(head)), None)
    for own in ("集团公司", "集团"):
        if group is not None and key.startswith(own) and key[len(own) :].endswith(_BODY_ENDS):
            return group + key[len(own) :]
    branch = key.find("分公司")
    if group is not None and branch >= 2 and not parse_mention(key[:branch]).chain:
        return group + key
    if "公司" in key or "集团" in key or not key.endswith(_BODY_ENDS):
        return None
    if key.startswith(_FARM_KIND) and len(key) > len(_FARM_KIND) + 1:
        return farm + key[len(_FARM_KIND) :]
    return farm + key if elided else None


def _town_body(key: str, town: str, parts: re.Match[str]) -> str | None:
    """In a town's own plan (``town``: 鹤峰县走马镇), ``镇财政所`` is the town's (鹤峰县走马镇财政所), and a
    county bureau's office there by the town's kind or short name (镇司法所, 走马派出所) the county
    bureau's (鹤峰县司法局走马司法所, 鹤峰县公安局走马派出所: ``rules.toml [scope] town_offices``)."""
    county, short, kind = [g for g in parts.groups() if g]
    rest = next((key[len(p) :] for p in (kind, short) if key.startswith(p) and len(key) > len(p) + 1), None)
    if rest is None or not rest.endswith((*_BODY_ENDS, "院")) or rest[0] in _WORD_AFTER:
        return None
    if rest in _TOWN_OFFICES:
        return f"{county}{_TOWN_OFFICES[rest]}{short}{rest}"
    return town + rest if key.startswith(kind) else None
