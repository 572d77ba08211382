"""Names of local bodies: which place a mention names and which standard body there.

A mention is read as ``[中共] [place…] [relative prefix] core``: ``济南市发改委`` (place 济南市,
core 发改委), ``省委组织部`` (relative 省, core 委组织部), ``团市委``, ``科技厅`` (elided: core
only). The place comes from the names printed, else from the relative prefix and the document's
own place (``市`` in a 济南市 document is 济南市, in a 历下区 document too), else, for an elided
form, from the document's level and the level the core can stand at (``科技厅`` is provincial).

>>> from .places import places
>>> jn = places().get("370100")
>>> resolve_local("市发展改革委", jn, 2021)
('body', 'd370100-ndrc', '济南市发展和改革委员会')
>>> resolve_local("省委组织部", jn, 2021)
('body', 'sd-org-dept', '中共山东省委组织部')
>>> resolve_local("市发展改革委", None, 2021)
('scoped', '市发展改革委', '市发展改革委')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import rules
from .bodies import Bodies, bodies, level_letter, place_id, template_letters
from .branches import BRANCH as _BRANCH
from .branches import autonomous_in_full as _in_full
from .branches import branch as _branch
from .branches import known_branch as _known_branch
from .corps import corps_city, corps_division, corps_name, corps_regiment
from .enterprises import enterprise_name, grid_office, is_enterprise_form, own_grid_office, state_grid_office
from .ftz_places import ftz_of
from .heads import heads as _heads
from .heads import heads_by_start as _heads_by_start
from .places import Place, Places, own_kind_counties, places, prefecture_within, short_name
from .townships import town_not_place as _town_not_place
from .townships import township as _township
from .townships import township_alone as _township_alone
from .townships import township_words as _township_words
from .zones import bare_zone, zone_committee

__all__ = ["Parsed", "document_place", "parse_mention", "resolve_local"]

# relative prefixes: the document's own province, city, county (or prefecture of a 自治州/盟); an
# autonomous prefecture's, county's or banner's bodies by its kind (自治县民宗局), and a 林区's or 特区's
# (林区发改局, 特区财政局), only there (_OWN_KIND)
_REL = {"自治区": "P", "省": "P", "市": "C", "州": "C", "盟": "C", "地区": "C", "地": "C", "县": "K", "区": "K", "旗": "K",
        "自治州": "C", "自治县": "K", "自治旗": "K", "林区": "K", "特区": "K", "师市": "K"}
_AUTONOMOUS = ("自治州", "自治县", "自治旗")
_OWN_KIND = (*_AUTONOMOUS, "林区", "特区")
# prefixes that open no common word: a body no template knows may follow them (盟公安处, 地区档案馆)
_OPEN_REL = ("盟", "地区", "州", "旗", *_OWN_KIND)
_BODY_ENDS = ("局", "处", "委", "办", "室", "院", "会", "中心", "队", "社", "所", "站", "厅", "馆")
# after 省, 市, 县, 区 a body no template knows may follow too (市生态环境局盐池分局, 区经促局), unless
# the prefix opens a common word (市场, 市政, 区域, 县级, 省直, 区划 …): these second characters rule it out
# (``rules.toml [places] word_after_level``)
_WORD_AFTER_REL = frozenset(rules()["places"]["word_after_level"])
_PARTY = ("中共", "中国共产党")
_STREETS = tuple(rules()["places"]["street_words"])  # 中山路街道: a street named after a place


def _city_as_named(parsed: Parsed) -> str:
    """A city printed by its short name, as a bank's office names it: 洛阳 → 洛阳市 (人行洛阳市中心支行),
    but a provincial capital (code ..0100) and a 州/地区 as printed (人行太原中心支行, 人行楚雄州中心支行)."""
    p = parsed.chain[-1]
    if len(parsed.chain) == 1 and parsed.short and p.level == "prefecture" and p.name.endswith("市") \
            and not p.code.endswith("0100"):
        return p.name
    return parsed.printed


@dataclass(frozen=True)
class Parsed:
    chain: tuple[Place, ...]  # the places printed, outermost first
    short: bool  # the last place was printed by its short name (江西, not 江西省)
    rel: str  # the relative prefix (省, 市, 县 …) or ""
    core: str  # what names the body
    head: str = ""  # a national body the office belongs to, printed first (国家税务总局, 人行)
    printed: str = ""  # the place names as printed


def _pick(found: tuple[Place, ...], outer: Place | None, doc: Place | None) -> Place | None:
    """Of the divisions sharing a name, the one inside ``outer`` (when printed), else in the document's province,
    else a provincial-level one; one under or over the document's place first, then current before former."""
    if outer is not None:
        inside = [p for p in found if p.parent == outer.code or (p.province == outer.province and outer.level == "province")]
        if not inside:
            return None
        found = tuple(inside)

    def key(p: Place) -> tuple[int, int, int, int, int, str]:
        same = 0 if doc is not None and p.province == doc.province else 1
        nearer = 0 if doc is not None and (p.parent == doc.code or p.code == doc.code or doc.parent == p.code) else 1
        rank = {"province": 0, "prefecture": 1, "county": 2}[p.level]
        # a division of the document's own place first, even a former one: 钢城区 in a 莱芜市 document
        # of 2017 is 莱芜市钢城区, not 济南市's (a name a place lost lives on elsewhere)
        return (places().era_rank(p, doc), nearer if rank else 0, 0 if p.status == "current" else 1, same, nearer if rank else 0,
                f"{rank}{p.code}")

    return min(found, key=key) if found else None


_REL_LONGEST_FIRST = tuple(sorted(_REL, key=len, reverse=True))


def parse_mention(key: str, doc: Place | None = None, *, where: Places | None = None, kinds: Bodies | None = None) -> Parsed:
    """Read a normalised mention into places, relative prefix and core.

    >>> p = parse_mention("山东省济南市发改委")
    >>> [x.name for x in p.chain], p.rel, p.core
    (['山东省', '济南市'], '', '发改委')
    >>> p = parse_mention("市场监管局"); (p.chain, p.rel, p.core)
    ((), '', '市场监管局')
    >>> p = parse_mention("团省委"); (p.rel, p.core)
    ('省', '团委')
    """
    if where is None and kinds is None:
        return _parse_packaged(key, doc)
    return _parse(key, doc, where or places(), kinds or bodies())


@lru_cache(maxsize=1 << 16)
def _parse_packaged(key: str, doc: Place | None) -> Parsed:
    """:func:`parse_mention` with the packaged tables, remembered (a pure function of the two)."""
    return _parse(key, doc, places(), bodies())


def _parse(key: str, doc: Place | None, where: Places, kinds: Bodies) -> Parsed:
    s = key
    for head in _PARTY:
        if s.startswith(head) and len(s) > len(head):
            s = s[len(head) :]
            break
    head = next((h for h in _heads_by_start().get(s[:1], ()) if s.startswith(h) and len(s) > len(h)), "")
    if head:
        s = s[len(head) :]
    if s.startswith("共青团") and len(s) > 3:
        s = s[3:]
        if s.endswith("委员会"):
            s = s[: -len("委员会")] + "团委"
    # 团省委, 团市委: the league's committee of the relative place
    if len(s) == 3 and s[0] == "团" and s[1] in _REL and s[2] == "委":
        return Parsed((), False, s[1], "团委")
    chain: list[Place] = []
    short = False
    printed = ""
    own = short_name(doc.name) if doc is not None and doc.level == "county" else ""
    if doc is not None and own and s.startswith(own) and kinds.knows(s[len(own) :]) and not where.prefixes(s):
        chain, short, printed, s = [doc], True, own, s[len(own) :]  # 永川银保监分局 in 永川区's, 滕州银监办 in 滕州市's
    while True:
        outer = chain[-1] if chain else None
        corps = None if outer is not None and outer.code != "660000" else corps_city(s)
        if corps is not None:  # 新疆生产建设兵团第六师五家渠市: the division's city
            chain, short, printed, s = [*chain, corps[1]], False, printed + corps[0], s[len(corps[0]):]
            continue
        step = None
        for name, found in where.prefixes(s, outer):
            rest = s[len(name) :]
            if not rest or (rest.startswith(_STREETS) and all(x.name != name for x in found)):
                continue
            p = _pick(found, outer, doc)
            if p is None or (not chain and _town_not_place(s, name, p, doc)):
                continue
            step = (name, p)
            break
        if step is None:
            break
        name, p = step
        chain.append(p)
        short = name != p.name
        printed += name
        s = s[len(name) :]
    rel = ""
    if not chain:
        for prefix in _REL_LONGEST_FIRST:
            rest = s[len(prefix) :]
            if prefix == "地" and not rest.startswith("委"):
                continue  # 地委宣传部: the party committee of a 地区; 地税局 is no relative form
            if s.startswith(prefix) and rest and (
                kinds.knows(rest) or rest[0] == "委" or rest.startswith("党委") or rest.endswith("团委") or _zone_kind(rest)
                or is_enterprise_form(rest)
                or (prefix in _OPEN_REL and len(rest) >= 2 and rest.endswith(_BODY_ENDS))
                or (prefix in _REL and len(rest) >= 3 and (rest[0] not in _WORD_AFTER_REL or _known_branch(rest))
                    and rest.endswith(_BODY_ENDS) and not kinds.knows(s))
            ):
                rel, s = prefix, rest
                break
    if (chain or rel) and s.startswith("党委"):
        s = s[1:]  # 自治区党委宣传部: the region's party committee (委) and its organ
    if chain and s.startswith("委") and not kinds.knows(s) and kinds.knows(s[1:]):
        s = s[1:]
    if s != "团委" and s.endswith("团委") and len(s) > 2:
        s = "团委"
    if head and not chain:
        return Parsed((), False, "", key)  # 国家统计局 alone, or a head before no place
    return Parsed(tuple(chain), short, rel, s, head, printed)


def _zone_kind(core: str) -> bool:
    """A committee of a zone of a standard kind (经开区管委会): a relative prefix may stand before it."""
    zone = zone_committee(core)
    return zone is not None and zone[1]


def _rel_place(rel: str, doc: Place | None, where: Places) -> Place | None:
    """The place a relative prefix names in a document of ``doc``."""
    if doc is None:
        return None
    if rel == "师市":  # 师市财政局 in a Corps city's document (第六师五家渠市)
        return doc if corps_division(doc.code) else None
    if rel in ("州", "自治州") and (outer := prefecture_within(doc)) is not None:
        return outer  # 自治州财政局 in a document of 塔城地区 or of its counties: 伊犁哈萨克自治州's
    if rel in _OWN_KIND:  # 自治县民宗局 in a 威宁彝族回族苗族自治县 document, 林区财政局 in 神农架林区's
        p = _rel_place(rel[-1], doc, where)
        return p if p is not None and p.name.endswith(rel) and (rel in _AUTONOMOUS or p.code in own_kind_counties()) else None
    letter = _REL[rel]
    province = where.province(doc.province)
    if letter == "P":
        return province if province is not None and not province.municipality else None
    if letter == "C":
        if rel in ("地区", "地"):  # only a prefecture that is a 地区 has 地区 and 地委 bodies
            pref = doc if doc.level == "prefecture" else where.prefecture_of(doc)
            return pref if pref is not None and pref.name.endswith("地区") else None
        if doc.municipality:
            return province
        if doc.level == "prefecture":
            return doc
        if doc.level == "county":
            if rel == "市" and doc.name.endswith("市"):
                return doc  # a county-level city's own 市 bodies
            return where.prefecture_of(doc)
        return None
    if rel == "区" and doc.level == "province" and province is not None and province.name.endswith("自治区"):
        return province  # 团区委, 区党委 in an autonomous region's own document: the region's
    return doc if doc.level == "county" else None


_UP = {"K": ("C", "P"), "C": ("P",), "M": (), "P": ()}


@lru_cache(maxsize=1 << 16)
def resolve_local(key: str, doc: Place | None, year: int | None, *, corps: bool = True) -> tuple[str, str, str] | None:
    """What a mention names in a document of place ``doc`` (None: central or unknown).

    Returns ``(kind, key, canonical)``: ``body`` with a templated department id; ``placed`` with the name written out
    with its place (a body no template knows); ``written`` the same for a name after 省, 市, 县 or 区 that only ends like a
    body's (left unresolved); ``scoped`` when the mention is relative (``市财政局``) and the document's place does not
    say which place it means; ``None`` for a mention with no place and no relative prefix that the templates do not know
    at the document's level (the caller asks the registry). ``corps``: a Corps city's bodies with its division.
    """
    where, kinds = places(), bodies()
    parsed = _parse_packaged(key, doc)
    core = parsed.core
    if parsed.head:
        meaning = _heads()[parsed.head].get(core)
        if meaning is None:
            return None
        if meaning.startswith("="):  # an office named after its head and place: as printed, in full
            name = meaning[1:].format(
                head=parsed.head, printed=parsed.printed, place=where.body_prefix(parsed.chain[-1]), core=core,
                city=_city_as_named(parsed),
            )
            return ("placed", name, name)
        core = meaning
    if parsed.chain:
        target: Place | None = parsed.chain[-1]
    elif parsed.rel:
        target = _rel_place(parsed.rel, doc, where)
        if target is None:
            return ("scoped", key, key)
    else:
        target = None
    division = corps_division(target.code) if target is not None and corps else None
    if target is not None and (parsed.rel == "师市" or division):  # 师市合一: as the city's 市 body, with its division,
        # however printed (师市发改委, 市财政局, 五家渠市财政局; 第二师铁门关市发展改革委 in any document)
        inner = resolve_local("市" + core, target, year, corps=False)
        named = corps_name(inner[2], target.code) if inner is not None and inner[0] != "scoped" else None
        return ("placed", named, named) if named else ("scoped", key, key)
    if target is not None:
        assert target is not None
        letter = template_letters(target)
        body = kinds.choose(core, letter, year, parsed.short)
        body, core = (body, core) if body is None else kinds.one_body_core(body, target, core, year)
        # a body whose name varies by place (as printed), or a place's name of some years (天津, 2014-2018)
        if body is not None and (body.full == "{core}" or kinds.dated_own_name(body, target, year)):
            name = kinds.full_name(body, target, core, year=year)
            return ("placed", name, name)
        if body is not None:
            return ("body", f"{place_id(target)}-{body.id}", kinds.full_name(body, target, core, year=year))
        registered = enterprise_name(target.code, core) or state_grid_office(target, core)
        if registered is not None:  # 省港航集团, 国网湘西供电公司: a state enterprise the tables list
            return ("placed", registered, registered)
        city = where.prefecture_of(target) if target.level == "county" else target
        if city is not None and (city.level != "prefecture" or short_name(city.name) != short_name(target.name)):
            city = None  # only a city's bureau (楚雄 is also 楚雄市, a county of 楚雄州)
        grid = None if city is None else grid_office(city.code, city.province, short_name(city.name) or city.name, core)
        if grid is not None:  # 楚雄供电局: an office of 南方电网's company of the province
            return ("placed", grid, grid)
        ftz = ftz_of(core, target, where, parsed.printed)
        if ftz is not None:  # 福建自贸试验区厦门片区管委会
            return ("placed", ftz, ftz)
        zone = zone_committee(core)
        if zone is not None:  # 南昌经开区管委会: a development zone's committee, written out
            if zone[1]:  # a zone of a standard kind: named by its city's or county's short name
                name = short_name(target.name) or target.name
            elif target.level == "county" or not parsed.printed:  # a county's park: as the county's bodies
                name = where.body_prefix(target)
            else:
                name = parsed.printed
            return ("placed", name + zone[0], name + zone[0])
        if parsed.chain:  # as printed; a known body's branch, or a body after a 自治州's short name, with the place in full
            name = (_branch(core, target, year) if parsed.short else None) or _in_full(core, target, parsed.printed) or key
            return ("placed", name, name)
        name = where.body_prefix(target) + core
        if core.startswith("委") and not key.startswith("团"):  # 省委人才发展局: an organ of the party committee
            name = "中共" + name
        elif parsed.rel not in _OPEN_REL and not (kinds.knows(core) or is_enterprise_form(core)):
            # 市生态环境局盐池分局, 区经促局: written out with its place, but no template knows it;
            # a branch of a body a template knows takes that body's full name (市规划资源局X分局)
            name = _branch(core, target, year) or name
            return ("written", name, name)
        return ("placed", name, name)
    # elided: the document's own level, then the levels above it where the core can stand
    ftz = ftz_of(core, doc, where)
    if ftz is not None:  # 自贸试验区厦门片区管委会 in a 厦门市 document
        return ("placed", ftz, ftz)
    zone = None if kinds.knows(core) else zone_committee(core)
    if zone is not None and bare_zone(core):
        # 高新区管委会, 工业园区管委会 alone: the document's city's or county's (never one node for all)
        if doc is None or doc.level == "province":
            return ("scoped", key, key)
        name = ((short_name(doc.name) or doc.name) if zone[1] else where.body_prefix(doc)) + zone[0]
        return ("placed", name, name)
    if zone is not None:  # printed by its own name (钒钛高新区管委会): in a city's or its district's document, with the city's
        city = None if doc is None or not zone[1] else doc if doc.level == "prefecture" else (  # short name, as a zone of a
            where.prefecture_of(doc) if doc.name.endswith("区") else None)  # standard kind is; else as printed, written out
        city = None if any(where.named(zone[0][:n] + k) for n in (2, 3) for k in "市县区旗") else city  # (蒙自经开区: a county's)
        name = (short_name(city.name) or city.name) + zone[0] if city is not None else zone[0]
        return ("placed", name, name)
    regiment = corps_regiment(core, doc)
    if regiment is not None:  # 一〇二团 in a 第六师五家渠市 document
        return ("placed", regiment, regiment)
    if doc is not None and where.towns_under(doc) and (_township().match(core) or _township_alone().match(core)):
        # 佛堂镇人民政府 in a 义乌市 document: that city's town (虎门镇 in a 东莞市 one too); 矮寨镇 alone: its government
        word = "" if _township().match(core) else next(w for k, w in _township_words() if core.endswith(k))
        name = where.body_prefix(doc) + core + word
        return ("placed", name, name)
    grid = None if doc is None else own_grid_office(core, doc)
    if grid is not None:  # 钟祥供电公司 in a 钟祥市 document: its place's office of 国家电网
        return ("placed", grid, grid)
    if doc is None:
        # a local body's name without its place in a central (or placeless) document: 财政厅 of
        # which province? Kept to the document. (A central body of that name, 统计局, was found
        # in the registry before this is asked.)
        return ("scoped", key, key) if kinds.knows(core) else None
    letter = level_letter(doc)
    candidates: list[Place] = [doc]
    up = doc
    for _ in _UP[letter]:
        nxt = where.parent(up)
        if nxt is None:
            break
        candidates.append(nxt)
        up = nxt
    branch = _BRANCH.fullmatch(core)  # 规划自然资源委平谷分局 in a 平谷区 document: a higher body's branch there
    if branch is not None and branch[2] in (doc.name, short_name(doc.name)):
        for written in filter(None, (_branch(core, p, year) for p in candidates[1:])):
            return ("written", written, written)
    for place in candidates:
        body = kinds.choose(core, template_letters(place), year, False)
        body, named = (body, core) if body is None else kinds.one_body_core(body, place, core, year)
        if body is not None and (body.full == "{core}" or kinds.dated_own_name(body, place, year)):
            name = kinds.full_name(body, place, named, year=year)
            return ("placed", name, name)
        if body is not None:  # 财政局 in a 第六师五家渠市 document: the division-city's, as 师市财政局
            full = kinds.full_name(body, place, named, year=year)
            in_corps = corps_name(full, place.code) if corps else None
            return ("placed", in_corps, in_corps) if in_corps else ("body", f"{place_id(place)}-{body.id}", full)
    # a standard body of a level below the document's (教育局 in a provincial document): which city's? Kept to the document
    return ("scoped", key, key) if kinds.knows(core) else None


def document_place(text: str, doc: Place | None = None) -> Place | None:
    """The deepest place a name (issuer, title head) opens with: 济南市人民政府办公厅 -> 济南市,
    山东省济南市历下区人民政府 -> 历下区; None when it opens with no place name.

    >>> document_place("济南市人民政府办公厅").code, document_place("中共山东省委办公厅").code
    ('370100', '370000')
    >>> document_place("国务院办公厅") is None
    True
    """
    if not text:
        return None
    parsed = parse_mention(text, doc)
    return parsed.chain[-1] if parsed.chain else None
