"""Mentions -> canonical departments for the RDF builder, and the registry facts (level, kind,
parent, reforms, successors) that make departments one node across documents and years."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rdflib import Graph

from .data import rules
from .departments.centres import centre_written_out, field_of_issuer
from .departments.co_places import co_place
from .departments.corps_issuer import corps_city, corps_issuer
from .departments.jurisdiction import document_jurisdiction
from .departments.model import CENTRAL
from .departments.places import places
from .departments.registry import (
    Registry,
    Resolution,
    names_one_body,
    normalize_mention,
    placed_name,
    registry,
    resolve,
    successor,
)
from .departments.written_out import adhoc_full_names, parent_unit, written_out
from .departments.zone_bodies import as_committee, elided_names, issuing_zone, printed_bare, zone_body
from .extract.addressee import addressee_for, is_addressee_pronoun
from .extract.metadata import document_year
from .extract.pronouns import is_self_pronoun, self_body
from .ingest.normalize import normalize
from .issuer_units import (
    after_own_name,
    branch_of_issuer,
    co_issuer_of_kind,
    division_of_issuer,
    is_committee,
    named_issuer,
    opens_with_committee,
)
from .model import Extraction
from .rdf import ntriples as nt
from .rdf.build import SCOPED, Resolver
from .rdf.namespaces import BASE, ORG, PKG, PROV, RDF, SKOS, org_iri

__all__ = ["add_registry_facts", "default_resolver", "document_context", "registry_lines"]

LAST_YEAR = 2030


def document_context(ex: Extraction) -> tuple[str, int | None]:
    """``(jurisdiction, year)`` of a document, from its issuer, title, 文号 and text."""
    m = ex.meta
    return document_jurisdiction(m.issuer, m.doc_number, m.title, ex.document.text, document_year(m))[0], document_year(m)


@lru_cache(maxsize=1 << 16)
def _resolve_packaged(mention: str, jurisdiction: str, year: int | None) -> Resolution:
    """:func:`resolve` against the packaged registry, remembered: it is a pure function of these
    three, and a corpus names the same departments in file after file."""
    return resolve(mention, jurisdiction=jurisdiction, year=year)


_KEPT = 64  # documents whose context a resolver keeps at once


def default_resolver() -> Resolver:
    """Resolve each mention in the context of its document (jurisdiction and year).

    Returns ``(key, canonical, generic)``, or with a fourth item, the key of the body a division
    belongs to: in a body's own notice its divisions (``省局计量处``, ``计量处``, ``执法稽查局``)
    are sub-units of the issuer (``江西省市场监督管理局计量处``, ``org:subOrganizationOf`` it).
    """
    context: dict[int, tuple[str, int | None, Resolution | None, str | None]] = {}
    zones: dict[int, tuple[str, str, str, dict[str, str], frozenset[str]] | None] = {}  # the zone, ..., elided names
    offices: dict[int, tuple[Resolution, str] | None] = {}  # the department and office 局办 / 厅办 name
    adhoc: dict[int, dict[str, str]] = {}  # 联席会议 -> 国务院职业教育工作部际联席会议, as the document declares
    headers: dict[int, str] = {}  # the document's text as extraction reads it, for its header's one addressee (你省)
    # the documents these are of, by id(ex): an id is reused once its object is gone, so the entry must be of this
    # very object (a resolver kept over many documents gave a later one an earlier one's jurisdiction); the last
    # _KEPT documents only
    seen: dict[int, Extraction] = {}

    def resolve_(mention: str, ex: Extraction) -> tuple[object, ...]:
        key = id(ex)
        if seen.get(key) is not ex:
            for k in (key, *list(seen)[: max(0, len(seen) - _KEPT + 1)]):
                seen.pop(k, None)
                for cache in (context, offices, zones, adhoc, headers):
                    cache.pop(k, None)
            seen[key] = ex
            jurisdiction, year = document_context(ex)
            issuing = _issuing_body(ex.meta.issuer, jurisdiction, year)
            context[key] = (jurisdiction, year, issuing, _addressed(ex.meta.addressees, jurisdiction))
            offices[key] = (issuing, "办公室") if issuing is not None else _office_of(ex.meta.issuer, jurisdiction, year)
            own = _issuing_zone(ex.meta.issuer, jurisdiction, year)  # (and the names elided after its bodies)
            lists = [[a.mention for a in t.assignees if a.role == r] for t in ex.tasks for r in {a.role: 0 for a in t.assignees}]
            zones[key] = None if own is None else (*own, *elided_names(lists, own[0], year))
            adhoc[key] = adhoc_full_names(ex.document.text)
        jurisdiction, year, issuer, addressed = context[key]
        if is_addressee_pronoun(mention):  # 请你省…: the one addressee of the header (graph/extract/addressee.py)
            if key not in headers:  # (once a document: its whole text normalised, as extraction reads it)
                headers[key] = normalize(ex.document.text[:4000])[:2000]
            mention = addressee_for(mention, headers[key]) or mention
        elif is_self_pronoun(mention) and ex.meta.issuer and "、" not in ex.meta.issuer:
            mention = self_body(mention, ex.meta.issuer, ex.meta.title)  # 我局将会同…: the issuer (or the forwarded text's)
        mention = written_out(normalize_mention(mention), adhoc[key]) or parent_unit(normalize_mention(mention), ex.meta.issuer) or mention
        mention = centre_written_out(normalize_mention(mention), jurisdiction) or mention  # 农技推广中心: 农业技术…
        of = offices[key]
        if issuer is not None and issuer.department_id and normalize_mention(mention) in _own_party():
            # 机关党委 in a department's own notice: the party committee of its organs
            name = rules()["prose"]["own_party_name"].format(department=issuer.canonical)
            return f"{issuer.department_id}/机关党委", name, False, issuer.department_id
        if of is not None and of[0].department_id and normalize_mention(mention) in _own_offices():
            # 局办 in a bureau's own notice (its 办公室), or in its office's (that office)
            department, office = of
            return f"{department.department_id}/{office}", department.canonical + office, False, department.department_id
        # (a joint notice of two places: 市X局 and 县X局 are the co-issuers', graph/departments/co_places.py)
        r = _resolve_packaged(mention, co_place(normalize_mention(mention), ex.meta.issuer) or jurisdiction, year)
        if addressed and not (r.department_id or r.generic) and _relative(normalize_mention(mention)):
            r = _resolve_packaged(mention, addressed, year)  # 省政府 in a State Council reply to one province
        if r.generic:
            return r.canonical, r.canonical, True
        zone = zones[key]
        # printed bare in a zone's own plan (规划建设局, 财政局), the zone's unless elided after another's body
        bare = zone is not None and normalize_mention(mention) not in zone[4] and printed_bare(
            normalize_mention(mention), jurisdiction, r.department_id)
        if zone is not None and (not r.department_id or bare):
            # 区经贸局, 高新区税务局, 党工委组织部 in a zone's own plan: the zone's bodies (and 规划建设局 elided)
            name = zone_body(normalize_mention(mention), zone[3].get(normalize_mention(mention), zone[0]), year,
                             province=zone[1], city=zone[2], elided=bare)
            if name is not None:
                return "pattern:" + name, name, False
        if issuer is None:  # a joint notice: 委规划科 is the one co-issuing committee's (docs/readings.md)
            issuer = _co_issuer(ex.meta.issuer, normalize_mention(mention), jurisdiction, year)
        if issuer is not None and issuer.department_id and (not r.department_id or (
                opens_with_committee(normalize_mention(mention), issuer.canonical) and not _party(issuer))):
            unit = after_own_name(normalize_mention(mention), issuer.canonical)
            unit = unit if unit is not None else division_of_issuer(normalize_mention(mention), r.resolved,
                                                                     is_committee(issuer.canonical))
            if unit and unit == normalize_mention(mention) and not field_of_issuer(unit, issuer.canonical):
                unit = None  # 农业技术推广中心 in a 民政局's notice: not its centre (the document's own, unplaced)
            unit = unit if unit is not None else branch_of_issuer(normalize_mention(mention), issuer.canonical, jurisdiction)
            if unit == "":
                return issuer.department_id, issuer.canonical, False
            if unit is not None:
                name = issuer.canonical + unit
                return f"{issuer.department_id}/{unit}", name, False, issuer.department_id
        if r.department_id:
            return r.department_id, r.canonical, False
        known = None if r.resolved else _of_known(normalize_mention(mention), jurisdiction, year)
        if known is not None:  # 国家卫生健康委办公厅: a division of a department the registry knows
            department, unit = known
            return f"{department.department_id}/{unit}", department.canonical + unit, False, department.department_id
        if r.resolved:  # a name written out with its place, that no template knows
            return "pattern:" + r.canonical, r.canonical, False
        # not at all: 省文明办 in two provinces is two bodies
        name = placed_name(r.canonical, jurisdiction, ex.meta.issuer or "")
        if name == r.canonical and (r.scoped or _relative(name) or not names_one_body(name)):
            # a relative form whose place is not known, or a name whose words do not say which
            # body it is (招商局, 运营单位): this document's own, never merged with another
            # document's (市发展改革委 of two cities is two bodies)
            return f"{ex.document.source}{SCOPED}{name}", name, False
        if name not in (mention.strip(), normalize_mention(mention)):  # written out with its place: as printed in full
            return "pattern:" + name, name, False  # (市生态环境局长兴分局 in 湖州 is 湖州市生态环境局长兴分局, one node)
        return name, name, False

    return resolve_


def _of_known(key: str, jurisdiction: str, year: int | None) -> tuple[Resolution, str] | None:
    """A division printed after the name of a department the registry knows (``[prose] of_known_heads``):
    the department and the division's own name (国家卫生健康委办公厅 -> 国家卫生健康委员会, 办公厅)."""
    prose = rules()["prose"]
    if not key.endswith(tuple(prose["of_known_heads"])):
        return None
    for cut in range(len(key) - 3, 1, -1):  # the longest known name first; the division has 3+ characters
        if registry().by_label(key[:cut]):
            department = _resolve_packaged(key[:cut], jurisdiction, year)
            unit = key[cut:]
            ok = department.department_id and len(unit) <= int(prose["division_length"][1])
            return (department, unit) if ok else None
    return None


def _issuing_body(issuer: str | None, jurisdiction: str, year: int | None) -> Resolution | None:
    """The body whose own notice this is, when a single department (not a government or its
    office, nor a body at the top of the registry: 国务院, 中共中央, 全国人大常委会) issued it."""
    if not issuer or any(sep in issuer for sep in "、，, "):
        return None
    r = _resolve_packaged(issuer.strip(), jurisdiction, year)
    corps = None if r.department_id else corps_city(issuer.strip())
    if corps is not None:  # 第三师图木舒克市发展改革委: its divisions (投资科) are its own, under the division-city's name
        r = corps_issuer(issuer.strip()[len(corps[0]) - len(corps[1].name) :], corps[1], year) or r
    if not r.department_id or r.canonical.endswith(("人民政府", "政府", "办公厅", "办公室")):
        return None if r.department_id else named_issuer(r)  # 黑龙江省大海林林业局: its node, as printed
    top = registry().get(r.department_id)
    if top is not None and top.parent is None:
        return None  # 国务院's 京津冀协同发展领导小组办公室 is no division of the State Council
    return r


def _party(body: Resolution) -> bool:
    """Whether a body is a party committee (中共宁国市委员会): the registry names its units as printed
    (委办公室 -> 中共宁国市委办公室), so a unit after 委 is not read as a division of it."""
    d = registry().get(body.department_id) if body.department_id else None
    return d is not None and d.kind == "party"


_ISSUER_SEPS = re.compile(r"[、，, ]+")  # (compiled once: _co_issuer runs for every mention of a joint notice)


def _co_issuer(issuer: str | None, key: str, jurisdiction: str, year: int | None) -> Resolution | None:
    """In a notice of two or more issuers, the one whose kind opens ``key`` (委规划科, 局预算股:
    :func:`graph.issuer_units.co_issuer_of_kind`), when it is a body that may have divisions
    (:func:`_issuing_body`); else None."""
    names = [n for n in _ISSUER_SEPS.split(issuer or "") if n]
    at = co_issuer_of_kind(key, names) if len(names) > 1 else None
    return None if at is None else _issuing_body(names[at], jurisdiction, year)


def _issuing_zone(issuer: str | None, jurisdiction: str, year: int | None) -> tuple[str, str, str] | None:
    """``(zone, province, city)`` when a development zone's committee issued the plan, alone or with its 工委."""
    names = [n for n in _ISSUER_SEPS.split(issuer or "") if n]
    found = {issuing_zone(_resolve_packaged(as_committee(n), jurisdiction, year).canonical) for n in names}
    zone = found.pop() if len(found) == 1 else None
    if zone is None or (len(names) > 1 and all(as_committee(n) == n for n in names)):
        return None
    p = (where := places()).get(jurisdiction)
    province = where.province(p.province) if p is not None else None
    city = p if p is not None and p.level == "prefecture" else (where.prefecture_of(p) if p is not None else None)
    zone = p.name if p is not None and p.level != "province" and zone.endswith(p.name) else zone  # 雄安新区: a division
    return zone, province.name if province is not None else "", city.name if city is not None else ""


def _office_of(issuer: str | None, jurisdiction: str, year: int | None) -> tuple[Resolution, str] | None:
    """The department whose office issued the notice, and that office's word
    (江西省市场监管局办公室 -> 江西省市场监督管理局, 办公室)."""
    office = next((o for o in _OFFICES if issuer and issuer.endswith(o)), None)
    if not issuer or office is None:
        return None
    department = _issuing_body(issuer[: -len(office)], jurisdiction, year)
    return None if department is None else (department, office)


_OFFICES = ("办公室", "办公厅")


@lru_cache(maxsize=1)
def _own_offices() -> frozenset[str]:
    """A department's own office in short (``rules.toml [prose] own_offices``: 局办, 厅办)."""
    return frozenset(rules()["prose"]["own_offices"])


@lru_cache(maxsize=1)
def _own_party() -> frozenset[str]:
    """The party committee of a department's organs (``rules.toml [prose] own_party``: 机关党委)."""
    return frozenset(rules()["prose"]["own_party"])


_ADDRESSEE_SEP = re.compile(r"[、，,；;\s]+")


def _addressed(addressees: str | None, jurisdiction: str) -> str | None:
    """The one place a central document is addressed to: in a State Council reply to
    河北省人民政府, its 省政府 and 省发展改革委 are that province's.

    >>> _addressed("河北省人民政府、国家发展改革委", "CN"), _addressed("各省、自治区、直辖市人民政府，国务院各部委", "CN")
    ('HE', None)
    >>> _addressed("河北省人民政府、山西省人民政府", "CN"), _addressed("河北省人民政府", "HE")
    (None, None)
    """
    if jurisdiction != CENTRAL or not addressees:
        return None
    names = [a for a in _ADDRESSEE_SEP.split(addressees) if a.endswith("政府")]
    codes = {document_jurisdiction(a, None, None)[0] for a in names}
    codes.discard(CENTRAL)
    return codes.pop() if len(codes) == 1 else None


def _relative(name: str) -> bool:
    """A name relative to its place (省政府, 市财政局; 自治区人民政府 in a reply to 广西壮族自治区人民政府, found by
    unseen set 4)."""
    return name[:1] in "省市县区州盟旗" or name.startswith(("地区", "地委", "自治区", "自治州"))


def _successions(reg: Registry, dept_id: str) -> tuple[tuple[int, str], ...]:
    """``(from_year, successor_id)`` each time the body in force changes after a reform."""
    return _successions_in(reg, registry(), dept_id)


@lru_cache(maxsize=1 << 14)  # asked for each department a fragment brings, and for all at the end
def _successions_in(reg: Registry, shipped: Registry, dept_id: str) -> tuple[tuple[int, str], ...]:
    d = reg.get(dept_id)
    out: list[tuple[int, str]] = []
    current = dept_id
    for year in range(d.valid_from if d and d.valid_from else 1949, LAST_YEAR + 1):
        nxt = successor(dept_id, year)  # (in the shipped registry)
        if nxt != current:
            out.append((year, nxt))
            current = nxt
    return tuple(out)


def registry_lines(orgs: Iterable[str], *, reg: Registry | None = None) -> set[str]:
    """The registry facts of the departments ``orgs`` (IRIs of the organisations a build names), as
    lines (:mod:`graph.rdf.ntriples`): for every registry department among them, and the parents and
    successors they lead to, its canonical label, aliases, level, kind, jurisdiction, parent, the
    reform events that ended it and its successor in force from each year on (``pkg:succession``
    nodes, read by the ``*-as-of`` queries); a body the registry does not know is its own
    successor in every year."""
    reg = reg or registry()
    prefix = BASE + "org/"
    used = sorted({iri for iri in orgs if iri.startswith(prefix)})
    todo = [iri[len(prefix) :] for iri in used]
    seen: set[str] = set()
    while todo:
        dept_id = todo.pop()
        if dept_id in seen or reg.get(dept_id) is None:
            continue
        seen.add(dept_id)
        for _, succ in _successions(reg, dept_id):
            todo.append(succ)
        d = reg.get(dept_id)
        if d and d.parent:
            todo.append(d.parent)
    out: set[str] = set()
    add = out.add

    def succession(node: str, year: int, succ: str) -> None:
        s = f"<{node}/succession/{year}>"
        add(f"<{node}>{_SUCCESSION}{s} .")
        add(f"{s}{_FROM_YEAR}{nt.integer(year)} .")
        add(f"{s}{_SUCCESSOR}<{succ}> .")

    for iri in used:  # bodies the registry does not know stay themselves in every year
        if iri[len(prefix) :] not in seen:
            succession(iri, 0, iri)
    for dept_id in sorted(seen):
        d = reg.get(dept_id)
        assert d is not None
        node_s = str(org_iri(dept_id))
        node = nt.iri(node_s)
        add(f"{node}{_TYPE}{_ORGANIZATION} .")
        add(f"{node}{_PREF_LABEL}{nt.zh(d.pref_label)} .")
        for alt in d.alt_labels:
            add(f"{node}{_ALT_LABEL}{nt.zh(alt)} .")
        add(f"{node}{_LEVEL}{nt.string(d.level)} .")
        add(f"{node}{_KIND}{nt.string(d.kind)} .")
        add(f"{node}{_JURISDICTION}{nt.string(d.jurisdiction)} .")
        add(f"{node}{_RESOLVED}{nt.boolean(True)} .")
        if d.parent and d.parent in seen:
            add(f"{node}{_SUB_ORG}{nt.iri(str(org_iri(d.parent)))} .")
        succession(node_s, 0, node_s)
        for year, succ in _successions(reg, dept_id):
            succession(node_s, year, str(org_iri(succ)))
        reform = reg.reform_of(dept_id)
        if reform is not None:
            ev = nt.iri(BASE + "reform/" + reform.id)
            add(f"{ev}{_TYPE}{_CHANGE_EVENT} .")
            add(f"{ev}{_PREF_LABEL}{nt.zh(reform.label)} .")
            add(f"{ev}{_AT_TIME}{nt.date(reform.date)} .")
            for o in reform.original:
                if o in seen:
                    add(f"{ev}{_ORIGINAL}{nt.iri(str(org_iri(o)))} .")
            for r in reform.resulting:
                if r in seen:
                    add(f"{ev}{_RESULTING}{nt.iri(str(org_iri(r)))} .")
    return out


def _p(term: object) -> str:
    return f" <{term}> "


_TYPE, _PREF_LABEL, _ALT_LABEL = _p(RDF.type), _p(SKOS.prefLabel), _p(SKOS.altLabel)
_LEVEL, _KIND, _JURISDICTION, _RESOLVED = _p(PKG.level), _p(PKG.kind), _p(PKG.jurisdiction), _p(PKG.resolved)
_SUB_ORG, _SUCCESSION = _p(ORG.subOrganizationOf), _p(PKG.succession)
_FROM_YEAR, _SUCCESSOR = _p(PKG.fromYear), _p(PKG.successor)
_AT_TIME, _ORIGINAL, _RESULTING = _p(PROV.atTime), _p(ORG.originalOrganization), _p(ORG.resultingOrganization)
_ORGANIZATION, _CHANGE_EVENT = f"<{ORG.Organization}>", f"<{ORG.ChangeEvent}>"


def add_registry_facts(g: Graph, *, reg: Registry | None = None) -> None:
    """Add to ``g`` the :func:`registry_lines` of its organisations (``skos:prefLabel`` replaced:
    one per department)."""
    orgs = [str(o) for o in g.subjects(RDF.type, ORG.Organization)]
    nt.read_lines(g, sorted(registry_lines(orgs, reg=reg)), single=str(SKOS.prefLabel))


def unresolved_names(g: Graph) -> Iterable[str]:
    prefix = BASE + "org/x-"
    for o in sorted(set(g.subjects(RDF.type, ORG.Organization)), key=str):
        if str(o).startswith(prefix):
            label = g.value(o, SKOS.prefLabel)
            if label is not None:
                yield str(label)
