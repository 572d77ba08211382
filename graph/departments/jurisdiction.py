"""The place a document belongs to, from all the evidence it prints.

A jurisdiction is ``CN`` (central), a provincial-level unit's ISO letters (``SD``, ``SH``) or the
6-digit code of a prefecture or county (``370100`` 济南市, ``310114`` 上海市嘉定区). It is decided
from, in order: the issuer (cover, signature, 印发 line), the issuing part of the title, the
文号's prefix (``鲁政发`` -> 山东, ``济政发`` -> 济南市 when the province agrees), and place names in
the text with ``全省``/``全市`` words. :func:`document_jurisdiction` also says which evidence
decided, for the graph.

>>> document_jurisdiction("济南市人民政府办公厅", "济政办发〔2021〕3号", None)
('370100', 'issuer')
>>> document_jurisdiction(None, "鲁政发〔2020〕5号", None)
('SD', 'doc_number')
>>> document_jurisdiction(None, None, None, "全市各区县要加快推进。青岛市各区、市人民政府，青岛市各部门：青岛市……")
('370200', 'text')
>>> document_jurisdiction(None, "昆政发〔2019〕12号", None, "为推动昆山高质量发展……昆山市各区镇……")
('320583', 'doc_number')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .catalogue import registry
from .corps import corps_place
from .local import document_place
from .model import _BY_ABBREVIATION, CENTRAL, normalize_mention
from .places import Place, places, short_name
from .resolution import _candidates
from .zones import ftz_area_place, zone_place

__all__ = ["document_jurisdiction", "jurisdiction_code"]

_SPLIT = re.compile(r"[、，,；;\s]+")


def jurisdiction_code(p: Place | None) -> str:
    """``CN`` for None, ISO letters for a provincial-level unit, else the division code."""
    if p is None:
        return CENTRAL
    return p.province if p.level == "province" else places().key(p)


def _common(found: list[Place]) -> Place | None:
    """The smallest place holding all of ``found`` (None: none, or different provinces)."""
    if not found:
        return None
    if len({p.province for p in found}) > 1:
        return None
    where = places()
    chains = []
    for p in found:
        chain = [p]
        while (up := where.parent(chain[-1])) is not None:
            chain.append(up)
        chains.append(list(reversed(chain)))
    common: Place | None = None
    for level in zip(*chains, strict=False):
        if all(x.code == level[0].code for x in level):
            common = level[0]
        else:
            break
    return common


def _from_names(text: str) -> tuple[str | None, bool]:
    """``(jurisdiction, central)`` from an issuer or a title head: the place its names open
    with; central when a part is a central body."""
    reg = registry()
    found: list[Place] = []
    central = False
    for part in filter(None, _SPLIT.split(text)):
        # a zone not named after its city (井冈山经济技术开发区: 吉安市), even after its province's name (青海国家高新…:
        # 西宁市); an area of a free trade zone by the place it is named after (德宏片区)
        zone = zone_place(normalize_mention(part))
        p = corps_place(part) or (places().get(zone) if zone else None) or document_place(normalize_mention(part))
        if p is None and (zone := ftz_area_place(part)) is not None:
            p = places().get(zone)
        if p is not None:
            found.append(p)
        elif any(d.level == "central" for d in _candidates(reg, normalize_mention(part), CENTRAL)):
            central = True
    if central or not found:
        return (CENTRAL if central else None), central
    common = _common(found)
    return (jurisdiction_code(common) if common is not None else CENTRAL), False


@cache
def _name_pattern() -> re.Pattern[str]:
    names = sorted(
        {p.name for p in places().all() if p.level != "county" and p.status == "current" and len(p.name) >= 3},
        key=len,
        reverse=True,
    )
    return re.compile("|".join(map(re.escape, names)))


def _from_text(text: str) -> str | None:
    """A document that speaks of ``全市``/``我市`` and names one city most, or ``全省``/``我省`` and
    one province: that place. Only the opening and the closing of the text are read."""
    window = text[:6000] + "\n" + text[-1500:]
    counts: dict[str, int] = {}
    for m in _name_pattern().finditer(window):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    where = places()

    def best(level: str) -> Place | None:
        ranked = sorted(
            ((n, name) for name, n in counts.items() for p in where.named(name) if p.level == level and p.name == name),
            reverse=True,
        )
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        return next(p for p in where.named(ranked[0][1]) if p.level == level)

    if re.search(r"全市|我市|本市", window):
        city = best("prefecture")
        if city is not None:
            return jurisdiction_code(city)
        if re.search(r"全市|我市|本市", window):
            for name in ("北京市", "天津市", "上海市", "重庆市"):
                if counts.get(name, 0) >= 2:
                    return jurisdiction_code(where.named(name)[0])
    if re.search(r"全省|我省|本省|全区|我区", window):
        province = best("province")
        if province is not None:
            return jurisdiction_code(province)
    return None


def _named_in_text(code: str, text: str) -> str:
    """Of the divisions that share the name of division ``code`` (白云区: 广州's and 贵阳's), the one whose
    city (or municipality) the text names, when it names one's only (贵阳市, 贵阳); else ``code``."""
    where = places()
    p = where.get(code)
    if p is None or not text:
        return code
    same = [x for x in where.named(p.name) if x.name == p.name and x.level == p.level and x.status == "current"]
    if len(same) < 2 or p not in same:
        return code
    window = text[:6000] + "\n" + text[-1500:]

    def hits(x: Place) -> int:
        up = where.parent(x)
        return 0 if up is None else window.count(short_name(up.name) or up.name)

    ranked = sorted(((hits(x), x.code) for x in same), reverse=True)
    if ranked[0][0] == 0 or ranked[1][0] == ranked[0][0]:
        return code
    return jurisdiction_code(where.get(ranked[0][1]))


# Asked twice per document (the RDF writer's pkg:jurisdiction and the resolver's context): the
# answer for the last few documents is kept (a str caches its hash, so the text costs one pass).
@lru_cache(maxsize=8)
def document_jurisdiction(
    issuer: str | None, doc_number: str | None, title: str | None, text: str = "", year: int | None = None
) -> tuple[str, str]:
    """``(jurisdiction, evidence)``: where a document was issued and what said so (``issuer``,
    ``title``, ``doc_number``, ``text`` or ``default``); a place named by its issuer or title as it was in the
    document's ``year`` (巢湖市 in 2010: the prefecture, until 2011; ``place_changes.csv``)."""
    if issuer and issuer.strip():
        code, _ = _from_names(issuer)
        if code is not None:
            return _as_of(_named_in_text(code, text), year), "issuer"
    head, sep, _ = normalize_mention(title or "").partition("关于")
    if sep and head:
        code, _ = _from_names(head)
        if code is not None:
            return _as_of(_named_in_text(code, text), year), "title"
    number = normalize_mention(doc_number or "")
    if number:
        if number.startswith(("国", "中")):
            return CENTRAL, "doc_number"
        province = _BY_ABBREVIATION.get(number[0])
        if province is not None and re.search(r"\(\d{4}\)|\d{4}", number):
            return province, "doc_number"
        code = _from_number(number, text)
        if code is not None:  # 洛政办〔2016〕28号 in a text that names 洛阳 most: 洛阳市
            return code, "doc_number"
    if text and _LOCAL_WORDS.search(text[:6000]):
        # a local document (我省, 全市 …) whose title opens with its place: 山东省数字经济行动方案
        place = document_place(normalize_mention(title or ""))
        if place is not None:
            return jurisdiction_code(place), "title"
        code = _from_text(text)
        if code is not None:
            return code, "text"
    return CENTRAL, "default"


def _as_of(code: str, year: int | None) -> str:
    """The division that bore the name of division ``code`` in ``year`` (:meth:`Places.as_of`)."""
    p = places().get(code)
    return code if p is None or p.level == "province" else jurisdiction_code(places().as_of(p, year))


# the place part of a city's or county's 文号: what stands before 政/府/办/委/发 (洛政办, 绵府办发, 西青政办发)
_NUMBER_LEAD = re.compile(r"^([\u4e00-\u9fff]{1,3}?)(?:政|府|办|委|发)")


@cache
def _by_lead() -> dict[str, tuple[tuple[str, Place], ...]]:
    """Current prefectures and counties by the first character of their names: (name printed, place),
    the short name where there is one (洛阳, 昆山), else the full name."""
    out: dict[str, list[tuple[str, Place]]] = {}
    for p in places().all():
        if p.status == "current" and p.level != "province":
            name = short_name(p.name) or p.name
            out.setdefault(name[0], []).append((name, p))
    return {k: tuple(v) for k, v in out.items()}


def _from_number(number: str, text: str) -> str | None:
    """A city's or county's 文号 (洛政办, 昆政发): one character names several places (昆明, 昆山), so
    the place whose name the 文号's part opens and the text prints most often (twice or more, and
    more than any other such place)."""
    m = _NUMBER_LEAD.match(number)
    if m is None or not text:
        return None
    lead = m.group(1)
    window = text[:6000] + "\n" + text[-1500:]
    counts = sorted(
        ((window.count(name), p.code) for name, p in _by_lead().get(lead[0], ()) if name.startswith(lead)),
        reverse=True,
    )
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return jurisdiction_code(places().get(counts[0][1]))


_LOCAL_WORDS = re.compile(r"(?:我|全|本)(?:省|市|区|县|州)")
