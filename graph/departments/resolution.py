"""Which body a printed mention names, given the document's jurisdiction and year:
:func:`resolve`, over the registry's rows and the templates of every place.

>>> resolve("省商务厅", jurisdiction="AH", year=2016).canonical
'安徽省商务厅'
>>> resolve("发展改革委", year=2019).department_id
'cn-ndrc'
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache, lru_cache

from ..data import rules
from .catalogue import Registry, registry
from .corps import corps_division_body, corps_division_name
from .local import parse_mention, resolve_local
from .model import _PLACES, CENTRAL, Department, Resolution, _variants, normalize_mention
from .own_government import own_government
from .places import Place, places
from .zone_bodies import zone_body
from .zones import printed_zone

__all__ = ["is_generic", "resolve"]


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


@cache
def _generic_search() -> Callable[[str], object]:
    """One search for the ``[generic]`` patterns joined as alternatives (named groups made plain),
    or, when they cannot be joined, a test of each in turn."""
    patterns = list(rules()["generic"]["patterns"])
    if not any("(?P=" in p or re.search(r"\\[1-9]", p) for p in patterns):
        try:
            joined = "|".join(f"(?:{_NAMED_GROUP.sub('(?:', p)})" for p in patterns)
            return re.compile(joined or "(?!)").search
        except re.error:
            pass
    compiled = tuple(re.compile(p) for p in patterns)
    return lambda m: any(c.search(m) for c in compiled)


def is_generic(mention: str) -> bool:
    """A collective or unnamed assignee (the ``[generic]`` cue patterns of ``rules.toml``, the
    same data the extractor reads), as printed or normalised.

    >>> is_generic("有关部门"), is_generic("各市、县（区）政府"), is_generic("国务院办公厅")
    (True, True, False)
    """
    search = _generic_search()
    if search(mention):
        return True
    key = normalize_mention(mention)
    return key != mention and bool(search(key))


@lru_cache(maxsize=1 << 14)
def names_one_body(name: str) -> bool:
    """Whether an unresolved name means the same body in every document: it prints its place, or
    opens like a national body's name (``rules.toml [scope] proper_openings``, or a registry
    label of three or more characters: 工业和信息化部信息中心). Otherwise (招商局, 运营单位) two
    documents' mentions may be two bodies.

    >>> names_one_body("安徽省版权局"), names_one_body("国家粮食应急工作指挥部"), names_one_body("工业和信息化部信息中心")
    (True, True, True)
    >>> names_one_body("招商局"), names_one_body("赛事主办单位"), names_one_body("财政部门")
    (False, False, False)
    """
    key = normalize_mention(name)
    if parse_mention(key).chain or key.startswith(tuple(rules()["scope"]["proper_openings"])):
        return True
    if key.endswith(("部门", "机关", "机构", "单位")):
        return False  # a body named by its kind (财政部门 opens like 财政部): every place has one
    reg = registry()
    return any(reg.by_label(key[:n]) for n in range(3, len(key) - 1))


def _distance(d: Department, year: int | None) -> tuple[float, float]:
    """Sort key: bodies valid in ``year`` first, then the nearest in time, then the newer."""
    newer = -(d.valid_from if d.valid_from is not None else -math.inf)
    if year is None:
        return (0 if d.valid_to is None else 1, newer)
    if d.valid_in(year):
        return (0, newer)
    if d.valid_from is not None and year < d.valid_from:
        return (d.valid_from - year, newer)
    return (year - (d.valid_to or year), newer)


def _qualified(key: str, d: Department) -> bool:
    """Whether ``key`` names its place (安徽省商务厅, 合肥海关), so it is unambiguous anywhere."""
    return any(p in key for p in _PLACES.get(d.jurisdiction, ()))


def _candidates(reg: Registry, key: str, jurisdiction: str) -> tuple[Department, ...]:
    for k in _variants(key):
        found = reg.by_label(k)
        if not found:
            continue
        own = tuple(d for d in found if d.jurisdiction == jurisdiction)
        if own:
            return own
        central = tuple(d for d in found if d.jurisdiction == CENTRAL)
        if central:
            return central
        elsewhere = tuple(d for d in found if _qualified(k, d))
        if elsewhere:
            return elsewhere
    return ()


@lru_cache(maxsize=4096)
def _doc_place(jurisdiction: str) -> Place | None:
    if jurisdiction == CENTRAL or not jurisdiction:
        return None
    return places().get(jurisdiction)


@lru_cache(maxsize=4096)
def _province_code(jurisdiction: str) -> str:
    """The provincial-level unit of a jurisdiction (``CN``, ``AH`` or a 6-digit division code)."""
    if jurisdiction.isdigit():
        p = _doc_place(jurisdiction)
        return p.province if p is not None else CENTRAL
    return jurisdiction or CENTRAL


def _as_registry(reg: Registry, department_id: str, canonical: str, province: str) -> Department | None:
    """The registry's own entry for a templated body: the same id, or an entry of that place
    carrying the same full name (江西省民族宗教事务局 is jx-ethnic, whatever the template's id)."""
    d = reg.get(department_id)
    if d is not None:
        return d
    same = [x for x in reg.by_label(canonical) if x.jurisdiction == province]
    return same[0] if same else None


def resolve(
    mention: str,
    *,
    jurisdiction: str = CENTRAL,
    year: int | None = None,
    reg: Registry | None = None,
) -> Resolution:
    """Resolve a department mention as printed in a document.

    Parameters
    ----------
    mention : str
        The name as printed (``省商务厅``, ``发展改革委``, ``济南市发改委``, ``各市、县（区）政府``).
    jurisdiction : str
        Where the document was issued: ``CN``, a province's ISO letters (``AH``, ``SD``) or the
        6-digit code of a prefecture or county (``370100`` 济南市; see
        :func:`graph.departments.jurisdiction.document_jurisdiction`). Relative forms (``省商务厅``,
        ``市财政局``) name the document's own province, city or county; elided forms
        (``科技厅``, ``财政局``) the body at the document's level, or the level the name can stand
        at; names that print their place (``江西省商务厅``, ``青岛市财政局``) name that place.
    year : int, optional
        The document's year: when bodies of several periods share a form, the one that
        existed then wins; the canonical name is the name in force then.
    reg : Registry, optional
        Another registry (tests); the packaged one by default.

    Returns
    -------
    Resolution
        Generic collectives come back with ``generic=True`` and no id; unknown names with
        ``resolved=False`` and no id; both keep the mention as their canonical label. A relative
        form whose place the document does not tell (``市财政局`` in a central document) comes back
        ``scoped=True``: it must not be merged with the same form of another document.

    Examples
    --------
    >>> resolve("省商务厅", jurisdiction="JX", year=2020).canonical
    '江西省商务厅'
    >>> resolve("安徽银监局", jurisdiction="AH", year=2016).canonical
    '中国银行业监督管理委员会安徽监管局'
    >>> resolve("市发展改革委", jurisdiction="370100", year=2021).canonical
    '济南市发展和改革委员会'
    >>> resolve("省财政厅", jurisdiction="370200", year=2021).canonical
    '山东省财政厅'
    >>> r = resolve("各有关部门和单位")
    >>> r.generic, r.department_id, r.canonical
    (True, None, '各有关部门和单位')
    >>> resolve("某某协调办公室").resolved
    False
    """
    printed = mention.strip()
    government = own_government(normalize_mention(printed), jurisdiction)
    if government is not None:  # 县人民政府 in a county's own plan: its government, not every county's
        gov = resolve(government, jurisdiction=jurisdiction, year=year, reg=reg)
        return Resolution(printed, gov.department_id, gov.canonical, generic=False, resolved=gov.resolved, scoped=gov.scoped)
    if is_generic(printed):
        return Resolution(printed, None, printed, generic=True, resolved=True)
    key = normalize_mention(printed)
    if not key:
        return Resolution(printed, None, printed, generic=False, resolved=False)
    division = corps_division_name(key) or corps_division_body(key, year)
    if division is not None and division != key:  # 兵团第三师, 第九师生态环境局: with the Corps, as printed in full
        full = resolve(division, jurisdiction=jurisdiction, year=year, reg=reg)
        return Resolution(printed, full.department_id, full.canonical, generic=False, resolved=full.resolved, scoped=full.scoped)
    zone = printed_zone(key)
    written = zone_body(key, zone, year) if zone is not None else None
    if written is not None:  # 洋浦经开区财政局, 赣州经开区管委会经济发展局 in any plan: as in the zone's own ({zone}X局)
        return Resolution(printed, None, written, generic=False, resolved=True)
    reg = reg or registry()
    doc = _doc_place(jurisdiction)
    province = _province_code(jurisdiction)

    def local() -> Resolution | None:
        found = resolve_local(key, doc, year)
        if found is None:
            return None
        kind, ident, canonical = found
        if kind == "body":
            d = _as_registry(reg, ident, canonical, ident.split("-", 1)[0].upper() if not ident.startswith("d") else "")
            if d is not None:
                return Resolution(printed, d.id, d.pref_label, generic=False, resolved=True)
            return Resolution(printed, ident, canonical, generic=False, resolved=True)
        if kind == "placed":
            return Resolution(printed, None, canonical, generic=False, resolved=True)
        if kind == "written":
            return Resolution(printed, None, canonical, generic=False, resolved=False)
        return Resolution(printed, None, printed, generic=False, resolved=False, scoped=True)

    local_level = doc is not None and doc.level != "province"
    parsed = parse_mention(key, doc)
    if local_level or parsed.chain or parsed.rel:
        # a city's or county's document, or a name that prints its place: the place decides first
        # (a registry label that names its own place, 南昌海关 or 安徽银监局, is exact already)
        # (or a province's row whose label prints a place inside it: 深圳市前海…管理局 of GD)
        inside = parsed.chain[-1].province if parsed.chain else None
        qualified = [d for d in reg.by_label(key) if _qualified(key, d) or d.jurisdiction in (CENTRAL, inside)]
        if qualified and local_level and not (parsed.chain or parsed.rel) and all(
            d.jurisdiction == CENTRAL and d.pref_label != key for d in qualified
        ):
            # an elided short form a central row also carries (林草局 after 州发展改革委, 统战部): the
            # document's own standard body when a template knows it, not the national one
            r = local()
            if r is not None and r.department_id is not None:
                return r
        if qualified:
            best = min(qualified, key=lambda d: _distance(d, year))
            return Resolution(printed, best.id, best.pref_label, generic=False, resolved=True)
        named = parsed.chain[-1] if parsed.chain else None
        if (named is not None and named.level == "province") or parsed.rel in ("省", "自治区"):
            # a province's own body: a row of the registry for that province wins over the template
            # (安徽省政务服务管理局 is listed as 安徽省数据资源管理局)
            where = named.province if named is not None else province
            own = [d for d in _candidates(reg, key, where) if d.jurisdiction == where]
            if own:
                best = min(own, key=lambda d: _distance(d, year))
                return Resolution(printed, best.id, best.pref_label, generic=False, resolved=True)
        if parsed.chain or parsed.rel or local_level:
            r = local()
            if r is not None and (r.resolved or r.scoped):
                if not (r.department_id is None and not parsed.chain and not parsed.rel):
                    return r
    found = _candidates(reg, key, province)
    if doc is not None and not (parsed.chain or parsed.rel) and not any(d.jurisdiction == province for d in found):
        # an elided name in a province's document: the province's own standard body (统计局 after
        # 省财政厅 is the province's), as the listed provinces' rows say, before a central body
        r = local()
        if r is not None and r.department_id is not None:
            return r
    if found:
        best = min(found, key=lambda d: _distance(d, year))
        return Resolution(printed, best.id, best.pref_label, generic=False, resolved=True)
    r = local()
    if r is not None:
        return r
    return Resolution(printed, None, printed, generic=False, resolved=False)
