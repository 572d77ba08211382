"""Canonical departments: the registry of bodies, their aliases, and institutional reforms.

The registry is data (``graph/data/departments.csv`` and ``graph/data/reforms.csv``); this module
only reads it and answers three questions about a mention found in a document:

- which body does it name (:func:`resolve`), given the document's jurisdiction and year;
- in which jurisdiction was a document issued (:func:`jurisdiction_of`);
- which body carries a department on after reforms (:func:`successor`).

>>> resolve("省商务厅", jurisdiction="AH", year=2016).canonical
'安徽省商务厅'
>>> resolve("省质监局", jurisdiction="AH", year=2016).canonical
'安徽省质量技术监督局'
>>> resolve("发展改革委", year=2019).department_id
'cn-ndrc'
>>> successor("cn-cbrc", 2024)
'cn-nfra'
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "PROVINCES",
    "Department",
    "Reform",
    "Registry",
    "Resolution",
    "is_generic",
    "jurisdiction_of",
    "normalize_mention",
    "placed_name",
    "registry",
    "resolve",
    "split_issuers",
    "successor",
]

CENTRAL = "CN"

# Provincial-level units: (code, name, document-number abbreviations, other place names that make
# an alias unambiguous outside its own province). Codes follow ISO 3166-2:CN.
PROVINCES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("BJ", "北京", ("京",), ()),
    ("TJ", "天津", ("津",), ()),
    ("HE", "河北", ("冀",), ("石家庄",)),
    ("SX", "山西", ("晋",), ("太原",)),
    ("NM", "内蒙古", ("内", "蒙"), ("呼和浩特",)),
    ("LN", "辽宁", ("辽",), ("沈阳",)),
    ("JL", "吉林", ("吉",), ("长春",)),
    ("HL", "黑龙江", ("黑",), ("哈尔滨",)),
    ("SH", "上海", ("沪",), ()),
    ("JS", "江苏", ("苏",), ("南京",)),
    ("ZJ", "浙江", ("浙",), ("杭州",)),
    ("AH", "安徽", ("皖",), ("合肥",)),
    ("FJ", "福建", ("闽",), ("福州",)),
    ("JX", "江西", ("赣",), ("南昌", "赣江新区")),
    ("SD", "山东", ("鲁",), ("济南",)),
    ("HA", "河南", ("豫",), ("郑州",)),
    ("HB", "湖北", ("鄂",), ("武汉",)),
    ("HN", "湖南", ("湘",), ("长沙",)),
    ("GD", "广东", ("粤",), ("广州",)),
    ("GX", "广西", ("桂",), ("南宁",)),
    ("HI", "海南", ("琼",), ("海口",)),
    ("CQ", "重庆", ("渝",), ()),
    ("SC", "四川", ("川",), ("成都",)),
    ("GZ", "贵州", ("黔",), ("贵阳",)),
    ("YN", "云南", ("云",), ("昆明",)),
    ("XZ", "西藏", ("藏",), ("拉萨",)),
    ("SN", "陕西", ("陕",), ("西安",)),
    ("GS", "甘肃", ("甘",), ("兰州",)),
    ("QH", "青海", ("青",), ("西宁",)),
    ("NX", "宁夏", ("宁",), ("银川",)),
    ("XJ", "新疆", ("新",), ("乌鲁木齐",)),
)

_PLACES: dict[str, tuple[str, ...]] = {code: (name, *extra) for code, name, _, extra in PROVINCES}
_BY_NAME = sorted(((name, code) for code, name, _, _ in PROVINCES), key=lambda p: -len(p[0]))
_BY_CITY = sorted(((city, code) for code, _, _, extra in PROVINCES for city in extra), key=lambda p: -len(p[0]))
_BY_ABBREVIATION = {a: code for code, _, abbrs, _ in PROVINCES for a in abbrs}

_BRACKETS = str.maketrans("（〔[【［﹝〈）〕]】］﹞〉", "(((((((" + ")))))))")
_EDGE = "、，,。.；;：:·•\"'“”‘’ "
_SPACE = re.compile(r"\s+")
_TRAILING_PAREN = re.compile(r"\([^()]*\)$")
_LIST_SPLIT = re.compile(r"[、，,；;\s]+")


@dataclass(frozen=True)
class Department:
    """One body during one name period (a row of ``departments.csv``).

    ``level`` is central | provincial | municipal | county; ``kind`` is government | party |
    people_org | regulator_local_office | leading_group | enterprise | court_procuratorate |
    military | other; ``parent`` is the id of the body it belongs to (``org:subOrganizationOf``);
    ``valid_from``/``valid_to`` are years, ``None`` when open or unknown.
    """

    id: str
    pref_label: str
    alt_labels: tuple[str, ...]
    level: str
    kind: str
    parent: str | None
    jurisdiction: str
    valid_from: int | None
    valid_to: int | None

    @property
    def labels(self) -> tuple[str, ...]:
        """The preferred label followed by the alternative labels."""
        return (self.pref_label, *self.alt_labels)

    def valid_in(self, year: int) -> bool:
        """Whether the body existed under this name in ``year`` (unknown bounds are open)."""
        lo = self.valid_from if self.valid_from is not None else -math.inf
        hi = self.valid_to if self.valid_to is not None else math.inf
        return lo <= year <= hi


@dataclass(frozen=True)
class Reform:
    """An institutional change event (a row of ``reforms.csv``, an ``org:ChangeEvent``)."""

    id: str
    date: str  # YYYY-MM-DD
    label: str
    original: tuple[str, ...]
    resulting: tuple[str, ...]

    @property
    def year(self) -> int:
        return int(self.date[:4])


@dataclass(frozen=True)
class Resolution:
    """What a mention names.

    ``department_id`` is ``None`` for generic collectives (``generic=True``) and for unknown
    mentions (``resolved=False``); ``canonical`` is then the mention as printed.
    """

    mention: str
    department_id: str | None
    canonical: str
    generic: bool
    resolved: bool
    scoped: bool = False


def normalize_mention(mention: str) -> str:
    """The lookup key of a name: NFKC, no spaces, one bracket shape, no edge punctuation.

    >>> normalize_mention(" 各市、县〔区〕政府 ")
    '各市、县(区)政府'
    >>> normalize_mention("省财政厅（局）")
    '省财政厅(局)'
    """
    s = unicodedata.normalize("NFKC", mention).translate(_BRACKETS)
    return _SPACE.sub("", s).strip(_EDGE)


def _variants(key: str) -> Iterable[str]:
    """The key, then forms without a trailing parenthetical or a formal state prefix."""
    yield key
    bare = _TRAILING_PAREN.sub("", key)
    if bare and bare != key:
        yield bare
    for k in (key, bare):
        if k.startswith("中华人民共和国") and len(k) > len("中华人民共和国"):
            yield k[len("中华人民共和国") :]


def _year(s: str) -> int | None:
    s = s.strip()
    return int(s) if s else None


class Registry:
    """Departments and reforms, indexed by id and by every label (read-only once built).

    >>> r = registry()
    >>> r.get("cn-samr").pref_label
    '国家市场监督管理总局'
    >>> [d.id for d in r.by_label("省商务厅")]
    ['ah-dofcom', 'jx-dofcom']
    """

    def __init__(
        self, departments: Iterable[Department], reforms: Iterable[Reform] = (), templates: Any = None
    ) -> None:
        # templates: the standard bodies of every place (graph.departments.bodies.Bodies), which
        # answer for ids the rows do not list (sd-ndrc, d370100-fin-bureau)
        self._templates = templates
        self._departments = tuple(departments)
        self._reforms = tuple(reforms)
        by_id: dict[str, Department] = {}
        for d in self._departments:
            if d.id in by_id:
                raise ValueError(f"duplicate department id {d.id!r}")
            by_id[d.id] = d
        self._by_id = by_id
        index: dict[str, list[Department]] = {}
        for d in self._departments:
            for label in d.labels:
                bucket = index.setdefault(normalize_mention(label), [])
                if d not in bucket:
                    bucket.append(d)
        self._index = {k: tuple(v) for k, v in index.items()}
        forward: dict[str, Reform] = {}
        for ev in sorted(self._reforms, key=lambda e: e.date):
            for o in ev.original:
                forward.setdefault(o, ev)
        self._forward = forward

    @classmethod
    def from_csv(cls, departments: str, reforms: str = "", templates: Any = None) -> Registry:
        """Build a registry from the text of the two CSV files (header rows included)."""
        deps = [
            Department(
                id=row["id"].strip(),
                pref_label=row["pref_label"].strip(),
                alt_labels=tuple(a.strip() for a in row["alt_labels"].split("|") if a.strip()),
                level=row["level"].strip(),
                kind=row["kind"].strip(),
                parent=row["parent"].strip() or None,
                jurisdiction=row["jurisdiction"].strip(),
                valid_from=_year(row["valid_from"]),
                valid_to=_year(row["valid_to"]),
            )
            for row in csv.DictReader(io.StringIO(departments))
        ]
        evs = (
            [
                Reform(
                    id=row["id"].strip(),
                    date=row["date"].strip(),
                    label=row["label"].strip(),
                    original=tuple(x for x in row["original"].split("|") if x),
                    resulting=tuple(x for x in row["resulting"].split("|") if x),
                )
                for row in csv.DictReader(io.StringIO(reforms))
            ]
            if reforms
            else []
        )
        return cls(deps, evs, templates)

    def get(self, department_id: str) -> Department | None:
        """The department with this id (a row, or a templated body of some place), or ``None``."""
        d = self._by_id.get(department_id)
        if d is None and self._templates is not None:
            d = self._templates.department(department_id)
        return d

    def __contains__(self, department_id: object) -> bool:
        return isinstance(department_id, str) and self.get(department_id) is not None

    def all(self) -> tuple[Department, ...]:
        """Every department, in file order."""
        return self._departments

    def reforms(self) -> tuple[Reform, ...]:
        """Every reform event, in file order."""
        return self._reforms

    def by_label(self, label: str) -> tuple[Department, ...]:
        """Every department whose preferred or alternative label is ``label`` (normalised)."""
        return self._index.get(normalize_mention(label), ())

    def reform_of(self, department_id: str) -> Reform | None:
        """The earliest reform event that ended ``department_id``, if any."""
        found = self._forward.get(department_id)
        if found is None and department_id not in self._by_id and self._templates is not None:
            found = self._templates.reform_of(department_id)
        return found


@cache
def registry() -> Registry:
    """The registry shipped with the package (read once)."""
    from .bodies import bodies

    data = resources.files("graph.data")
    return Registry.from_csv(
        data.joinpath("departments.csv").read_text(encoding="utf-8"),
        data.joinpath("reforms.csv").read_text(encoding="utf-8"),
        bodies(),
    )


@cache
def _generic_test() -> Callable[[str], bool]:
    # Imported lazily: responsibility.py may one day resolve departments itself.
    try:
        from ..extract.responsibility import is_generic as test
    except ImportError:  # pragma: no cover - only while that module is being rebuilt
        from ..data import rules

        patterns = tuple(re.compile(p) for p in rules()["generic"]["patterns"])

        def test(mention: str) -> bool:
            return any(p.search(mention) for p in patterns)

    return test


def is_generic(mention: str) -> bool:
    """A collective or unnamed assignee (the cue patterns of ``rules.toml``).

    >>> is_generic("有关部门"), is_generic("各市、县（区）政府"), is_generic("国务院办公厅")
    (True, True, False)
    """
    test = _generic_test()
    return test(mention) or test(normalize_mention(mention))


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


def _doc_place(jurisdiction: str):  # -> Place | None
    from .places import places

    if jurisdiction == CENTRAL or not jurisdiction:
        return None
    return places().get(jurisdiction)


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
    from .local import parse_mention, resolve_local

    printed = mention.strip()
    if is_generic(printed):
        return Resolution(printed, None, printed, generic=True, resolved=True)
    key = normalize_mention(printed)
    if not key:
        return Resolution(printed, None, printed, generic=False, resolved=False)
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
        return Resolution(printed, None, printed, generic=False, resolved=False, scoped=True)

    local_level = doc is not None and doc.level != "province"
    parsed = parse_mention(key, doc)
    if local_level or parsed.chain or parsed.rel:
        # a city's or county's document, or a name that prints its place: the place decides first
        # (a registry label that names its own place, 南昌海关 or 安徽银监局, is exact already)
        qualified = [d for d in reg.by_label(key) if _qualified(key, d) or d.jurisdiction == CENTRAL]
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


_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_REGIONS = ("内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "台湾")


_PLACE = re.compile(r"[\u4e00-\u9fff]{2,9}?(?:省|市|县|区)")


def _issuer_places(issuer: str) -> list[str]:
    """The places an issuer's name opens with: ``江西省南昌市人民政府`` -> 江西省, 南昌市."""
    out: list[str] = []
    pos = 2 if issuer.startswith("中共") else 0
    while (m := _PLACE.match(issuer, pos)) is not None and not m.group().startswith(("国家", "中国", "中华", "全国")):
        out.append(m.group())
        pos = m.end()
    return out


def placed_name(mention: str, jurisdiction: str, issuer: str = "") -> str:
    """A name relative to the document's place, with the place written out: ``省文明办`` in an
    Anhui document is ``安徽省文明办``, ``市财政局`` in a document of 合肥市人民政府 is
    ``合肥市财政局``.

    For names the registry does not know: the same short form in two places names two bodies.
    The place is the issuer's own (its name opens with it) or else the jurisdiction's; names of
    autonomous regions are left as printed (their full names are not the short name plus 自治区).

    >>> placed_name("省文明办", "AH"), placed_name("市政务办", "BJ"), placed_name("省文明办", "CN")
    ('安徽省文明办', '北京市政务办', '省文明办')
    >>> placed_name("市财政局", "CN", "合肥市人民政府办公厅"), placed_name("县财政局", "JX", "江西省南昌县人民政府")
    ('合肥市财政局', '南昌县财政局')
    >>> placed_name("省委政法委", "CN", "中共安徽省委办公厅"), placed_name("市财政局", "CN", "国务院办公厅")
    ('安徽省委政法委', '市财政局')
    >>> placed_name("市财政局", "CN", "国家市场监督管理总局")
    '市财政局'
    """
    for place in reversed(_issuer_places(issuer)):
        if mention.startswith(place[-1]):
            return place + mention[1:]
    places = _PLACES.get(jurisdiction)
    if jurisdiction == CENTRAL or places is None:
        return mention
    short = places[0]
    if short in _REGIONS:
        return mention
    prefix = "市" if short in _MUNICIPALITIES else "省"
    return short + mention if mention.startswith(prefix) else mention


_OFFICE = ("办公厅", "办公室", "综合司")  # a co-issuer's office: 工业和信息化部办公厅


def split_issuers(joined: str, reg: Registry | None = None) -> list[str] | None:
    """Co-issuers printed one after another without a separator, as the registry knows them:
    the split into the fewest known names (each perhaps with its 办公厅), or None.

    >>> split_issuers("工业和信息化部国家发展和改革委员会科学技术部")
    ['工业和信息化部', '国家发展和改革委员会', '科学技术部']
    >>> split_issuers("工业和信息化部办公厅商务部办公厅"), split_issuers("某某委员会财政部")
    (['工业和信息化部办公厅', '商务部办公厅'], None)
    """
    reg = reg or registry()
    n = len(joined)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 2, min(n, i + 40) + 1):
            name = joined[i:j]
            base = next((name[: -len(o)] for o in _OFFICE if name.endswith(o) and len(name) > len(o)), name)
            there = best[j]
            if (there is None or len(there) > len(here) + 1) and (reg.by_label(base) or reg.by_label(name)):
                best[j] = [*here, name]
    return best[n]


def _province_in(text: str) -> str | None:
    """The province named in ``text``, or whose capital opens it (合肥市人民政府 -> AH)."""
    for name, code in _BY_NAME:
        if name in text:
            return code
    return _capital_opening(text)


def _capital_opening(text: str) -> str | None:
    stripped = text.removeprefix("中共")
    return next((code for city, code in _BY_CITY if stripped.startswith(city)), None)


def _from_issuer(issuer: str, reg: Registry) -> str | None:
    codes: set[str] = set()
    for part in filter(None, _LIST_SPLIT.split(issuer)):
        code = _province_in(part)
        if code is None and any(
            d.level == "central" for d in _candidates(reg, normalize_mention(part), CENTRAL)
        ):
            code = CENTRAL
        if code is not None:
            codes.add(code)
    if CENTRAL in codes or len(codes) > 1:
        return CENTRAL  # central co-issuers, or several provinces together
    return codes.pop() if codes else None


def jurisdiction_of(
    issuer: str | None = None,
    doc_number: str | None = None,
    title: str | None = None,
    *,
    reg: Registry | None = None,
) -> str:
    """The jurisdiction a document belongs to: ``CN`` or a province code (``AH``, ``JX`` …).

    Tried in order: the issuer (安徽省… -> ``AH``; a central body -> ``CN``), the first character
    of the 文号 (皖 -> ``AH``, 赣 -> ``JX``; 国发, 国办发 and ministry codes -> ``CN``), the issuing
    part of the title (before 关于). Defaults to ``CN``.

    >>> jurisdiction_of("安徽省人民政府办公厅", "皖政办秘〔2016〕76号", None)
    'AH'
    >>> jurisdiction_of("省政府办公厅", "赣府厅发〔2020〕7号", None)
    'JX'
    >>> jurisdiction_of(None, None, "江西省人民政府办公厅关于加快发展流通促进商业消费的实施意见")
    'JX'
    >>> jurisdiction_of("国务院", "国发〔2019〕3号", "国务院关于支持安徽省…的批复")
    'CN'
    >>> jurisdiction_of("合肥市人民政府办公厅", "合政办〔2020〕5号", None)  # a provincial capital's own documents
    'AH'
    """
    reg = reg or registry()
    if issuer and issuer.strip():
        code = _from_issuer(issuer, reg)
        if code is not None:
            return code
    number = normalize_mention(doc_number or "")
    if number:
        if number.startswith(("国", "中")):
            return CENTRAL
        code = _BY_ABBREVIATION.get(number[0])
        if code is not None and re.search(r"\(\d{4}\)|\d{4}", number):
            return code
    head, sep, _ = normalize_mention(title or "").partition("关于")
    if sep:
        # The issuing body opens the title: 江西省人民政府办公厅关于…, 中共安徽省委关于…
        head = head.removeprefix("中共").removeprefix("中国共产党")
        for name, code in _BY_NAME:
            if head.startswith(name):
                return code
        code = _capital_opening(head)
        if code is not None:
            return code
    return CENTRAL


def successor(department_id: str, year: int, *, reg: Registry | None = None) -> str:
    """The body that carries ``department_id`` on in ``year``, following ``reforms.csv``.

    A body that split goes to the first resulting body listed; a body not yet reformed by
    ``year`` (or never) is its own successor.

    >>> successor("ah-qts", 2019)
    'ah-amr'
    >>> successor("cn-cbrc", 2019), successor("cn-cbrc", 2017)
    ('cn-cbirc', 'cn-cbrc')
    """
    reg = reg or registry()
    if department_id not in reg:
        raise KeyError(f"unknown department id {department_id!r}")
    current, seen = department_id, {department_id}
    while True:
        event = reg.reform_of(current)
        if event is None or event.year > year or not event.resulting:
            return current
        following = event.resulting[0]
        if following in seen:
            return current
        seen.add(following)
        current = following
