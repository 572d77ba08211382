"""One document's lines (:func:`graph.rdf.build.extraction_lines`), written as rdflib 7 writes
them (the line format of :mod:`graph.rdf.ntriples`), and with them, for Turtle and TriG, the
statements of the document's own subjects (:mod:`graph.rdf.turtle`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rdflib import URIRef

from ..model import Extraction, Span
from .namespaces import (
    DCTERMS,
    ELI,
    OA,
    ORG,
    PKG,
    PROV,
    RDF,
    ROLE,
    SCHEMA,
    SCOPED,
    SKOS,
    collective_iri,
    doc_iri,
    org_iri,
    unresolved_key,
    work_iri,
)
from .ntriples import BASE_DOC
from .ntriples import boolean as _boolean
from .ntriples import date as _date
from .ntriples import decimal as _decimal
from .ntriples import integer as _integer
from .ntriples import iri as _iri
from .ntriples import string as _string
from .ntriples import zh as _zh
from .turtle import forms, line_chunks, number, obj, short

__all__ = ["Resolver", "agent_of", "encoded_lines_and_piece"]

# resolver(mention, extraction) -> (key, canonical, generic) or (key, canonical, generic, parent key):
# see graph.resolve.default_resolver. A key holding SCOPED names a body only within one document.
Resolver = Callable[[str, Extraction], tuple[Any, ...]]


def _jurisdiction(ex: Extraction) -> tuple[str, str]:
    """Where the document was issued (``CN``, ``SD``, ``370100``) and which evidence said so."""
    from ..departments.jurisdiction import document_jurisdiction
    from ..extract.metadata import document_year

    m = ex.meta
    return document_jurisdiction(m.issuer, m.doc_number, m.title, ex.document.text, document_year(m))


def _default_resolver(mention: str, ex: Extraction) -> tuple[str, str, bool]:
    from ..extract.responsibility import is_generic

    return mention, mention, is_generic(mention)


def agent_of(res: tuple[Any, ...], mention: str, generic: bool) -> tuple[Any, ...]:
    """The resolver's answer for an assignee, unless the extraction read the name as a collective that
    the resolver took for one body (各地工业和信息化主管部门、卫生健康委: every place's health commission,
    not 国家卫生健康委员会): then the collective of the name as printed."""
    if generic and not res[2] and res[0] != res[1] and SCOPED not in str(res[0]):
        return mention, mention, True
    return res


# ---------------------------------------------------------------- N-Triples terms, as rdflib writes them


def _p(term: object) -> str:
    """A predicate IRI with the spaces around it: a line is ``f"{s}{P}{o} ."``."""
    return f" <{term}> "


_TYPE = _p(RDF.type)
_SOURCE_FILE, _SHA256, _FORMAT = _p(PKG.sourceFile), _p(PKG.sha256), _p(DCTERMS.format)
_ELI_TITLE, _ID_LOCAL, _DATE_DOCUMENT = _p(ELI.title), _p(ELI.id_local), _p(ELI.date_document)
_ISSUER, _ADDRESSEES, _DERIVED = _p(PKG.issuerName), _p(PKG.addressees), _p(PROV.wasDerivedFrom)
_PART_OF, _PATH, _ORDER, _TEXT = _p(ELI.is_part_of), _p(PKG.path), _p(PKG.order), _p(PKG.text)
_FORM, _TASK_DEADLINE = _p(PKG.form), _p(PKG.deadline)
_JURISDICTION, _JURISDICTION_EVIDENCE = _p(PKG.jurisdiction), _p(PKG.jurisdictionEvidence)
_SUB_ORG = _p(ORG.subOrganizationOf)
_KIND, _RESOLVED, _PREF_LABEL, _ALT_LABEL = _p(PKG.kind), _p(PKG.resolved), _p(SKOS.prefLabel), _p(SKOS.altLabel)
_TASK, _AGENT, _ROLE, _MENTION = _p(PKG.task), _p(PKG.agent), _p(PKG.role), _p(PKG.mention)
_GENERIC, _IMPLICIT = _p(PKG.generic), _p(PKG.implicit)
_INDICATOR, _VALUE, _UNIT, _DEADLINE = _p(PKG.indicator), _p(SCHEMA.value), _p(SCHEMA.unitText), _p(PKG.deadlineYear)
_PERIOD = _p(PKG.deadlinePeriod)
_CITING, _CITED, _CITATION_KIND = _p(PKG.citingDocument), _p(PKG.cited), _p(PKG.citationKind)
_DCT_TITLE, _CITES, _COMMITS = _p(DCTERMS.title), _p(ELI.cites), _p(PKG.commitsToProduce)
_DOCNO_CODE, _DOCNO_YEAR, _DOCNO_SERIAL = _p(PKG.docNumberCode), _p(PKG.docNumberYear), _p(PKG.docNumberSerial)
_HAS_SOURCE, _HAS_SELECTOR = _p(OA.hasSource), _p(OA.hasSelector)
_START, _END, _EXACT = _p(OA.start), _p(OA.end), _p(OA.exact)

_LEGAL_RESOURCE, _TASK_C, _ORGANIZATION = f"<{ELI.LegalResource}>", f"<{PKG.Task}>", f"<{ORG.Organization}>"
_COLLECTIVE, _ASSIGNMENT, _TARGET = f"<{PKG.Collective}>", f"<{PKG.Assignment}>", f"<{PKG.Target}>"
_CITATION, _SOURCE_SPAN = f"<{PKG.Citation}>", f"<{PKG.SourceSpan}>"
_POSITION_SELECTOR, _QUOTE_SELECTOR = f"<{OA.TextPositionSelector}>", f"<{OA.TextQuoteSelector}>"
_FALSE = _boolean(False)



# ---------------------------------------------------------------- one document


def _encoded(out: list[str], orgs: tuple[str, ...]) -> tuple[bytes, tuple[str, ...]]:
    body = b"\n".join(sorted([line.encode() for line in dict.fromkeys(out)]))  # (UTF-8, the default)
    return body + b"\n" if body else body, orgs


def encoded_lines_and_piece(ex: Extraction, resolver: Resolver | None = None,
                            own: bool = True) -> tuple[bytes, tuple[str, ...], bytes]:
    """:func:`graph.rdf.build.encoded_lines_and_organisations` and the Turtle piece of the
    document's own lines (:func:`graph.rdf.turtle.lines_piece` of them, the same bytes), its
    statements written from the terms; without ``own``, of the document's own lines only those
    its statements are not made from (:func:`_line_set`): for a build that keeps no lines of it."""
    from .turtle import join_chunks, lines_piece

    chunks: list[tuple[str, str]] = []
    data, orgs = _encoded(*_line_set(ex, resolver, chunks, own))
    if len({c[0] for c in chunks}) == len(chunks):
        return data, orgs, join_chunks(chunks)
    from .ntriples import own_span  # (a subject twice: two tasks of one number, say)

    if not own:
        data, orgs = _encoded(*_line_set(ex, resolver))
    i, j = own_span(data)
    return data, orgs, lines_piece(data[i:j])


def _line_set(ex: Extraction, resolver: Resolver | None,
              chunks: list[tuple[str, str]] | None = None, own: bool = True) -> tuple[list[str], tuple[str, ...]]:
    """The lines of :func:`extraction_lines` (some more than once: ``dict.fromkeys`` keeps one, in the
    order made), and the organisations they type.

    A list, not a set: the lines come in runs close to their sorted order (a subject's lines side by
    side, its predicates in order; the spans' lines, then the others, then the agents'), which the sort
    after takes as they are, where a set's order is random.

    With ``chunks``: the Turtle statements (:mod:`graph.rdf.turtle`) of the document's own subjects added to it,
    (key, statements); without ``own`` too, the lines of the subjects whose statements are made from the terms are
    not made (a build that writes the statements and not the lines: those of the document and its citations are)."""
    from ..extract.citations import parse_doc_number

    resolve = resolver or _default_resolver
    d = ex.document
    text = d.text
    doc_term = doc_iri(d.source)
    doc_s = str(doc_term)
    doc = _iri(doc_s)
    meta = ex.meta
    out: list[str] = []
    add = out.append
    span_lines: list[str] = []  # (apart: <doc/span/…> sorts before <doc/task/…>, <doc/target/…> and <doc>)
    span_add = span_lines.append
    agent_lines: list[str] = []  # (apart: <…/id/org/…> sorts after <…/id/doc/…>)
    apart: list[str] = []  # (with chunks: the lines whose statements are made apart)
    if chunks is not None:
        f = forms()
    spans: dict[str, str] = {}
    roles: dict[str, str] = {}
    # (mention, generic) -> (agent, the agent's lines, its prefLabel line, the altLabel line or "")
    agents: dict[tuple[str, bool], tuple[str, tuple[str, ...], str, str]] = {}
    labels: dict[str, str] = {}  # agent -> its prefLabel line: the last one wins

    def span(sp: Span) -> str:
        base = f"{doc_s}/span/{sp.start}-{sp.end}"
        node = spans.get(base)
        if node is None:
            node = spans[base] = f"<{base}>"  # (the document's IRI, checked above, and ASCII words and digits)
            pos, quote = f"<{base}/pos>", f"<{base}/quote>"
            end, start, exact = _integer(sp.end), _integer(sp.start), _string(sp.quote(text))
            if own:  # (without: the statements alone)
                span_add(f"{pos}{_TYPE}{_POSITION_SELECTOR} .")  # in the lines' sorted order
                span_add(f"{pos}{_END}{end} .")
                span_add(f"{pos}{_START}{start} .")
                span_add(f"{quote}{_TYPE}{_QUOTE_SELECTOR} .")
                span_add(f"{quote}{_EXACT}{exact} .")
                span_add(f"{node}{_TYPE}{_SOURCE_SPAN} .")
                span_add(f"{node}{_HAS_SELECTOR}{pos} .")
                span_add(f"{node}{_HAS_SELECTOR}{quote} .")
                span_add(f"{node}{_HAS_SOURCE}{doc} .")
            if chunks is not None:  # (its three statements in a row: see graph.rdf.turtle.key)
                chunks.append((base, f"{node} {f.a} {f.span} ;\n\t{f.selector} {pos} ;\n\t{f.selector} {quote} ;\n\t"
                                     f"{f.source} {doc} .\n{pos} {f.a} {f.position} ;\n\t{f.end} {number(sp.end, end)} ;\n\t"
                                     f"{f.start} {number(sp.start, start)} .\n{quote} {f.a} {f.quote} ;\n\t{f.exact} {exact} .\n"))
        return node

    def role(name: str) -> str:
        iri = roles.get(name)
        if iri is None:
            iri = roles[name] = _iri(str(ROLE[name]))
        return iri

    def docno_parts(node: str, number: str) -> None:
        parts = parse_doc_number(number)
        if parts is None:
            return
        add(f"{node}{_DOCNO_CODE}{_string(parts.code)} .")
        if parts.year is not None:
            add(f"{node}{_DOCNO_YEAR}{_integer(parts.year)} .")
        add(f"{node}{_DOCNO_SERIAL}{_integer(parts.serial)} .")

    # (the blocks in the order their subjects sort in: citation, target, task, the document)
    for k, c in enumerate(ex.citations, start=1):
        node = f"<{doc_s}/citation/{k}>"
        work = _iri(str(work_iri(c.doc_number, c.title)))
        add(f"{work}{_TYPE}{_LEGAL_RESOURCE} .")
        if c.title:
            add(f"{work}{_ELI_TITLE}{_zh(c.title)} .")
        if c.doc_number:
            add(f"{work}{_ID_LOCAL}{_string(c.doc_number)} .")
            docno_parts(work, c.doc_number)
        add(f"{node}{_TYPE}{_CITATION} .")
        add(f"{node}{_CITING}{doc} .")
        add(f"{node}{_CITED}{work} .")
        add(f"{node}{_CITATION_KIND}{role(c.kind)} .")
        add(f"{node}{_ORDER}{_integer(k)} .")
        if c.title:
            add(f"{node}{_DCT_TITLE}{_zh(c.title)} .")
        add(f"{node}{_DERIVED}{span(c.span)} .")
        add(f"{doc}{_CITES if c.kind == 'cites' else _COMMITS}{work} .")

    for k, tg in enumerate(ex.targets, start=1):
        node = f"<{doc_s}/target/{k}>"
        source = span(tg.sentence)
        unit, value, indicator, path = _string(tg.unit), _decimal(tg.value), _zh(tg.indicator), _string("/".join(tg.path))
        period = _zh(tg.period) if tg.period else ""
        deadline = _integer(tg.deadline) if tg.deadline is not None else ""
        if chunks is None:
            add(f"{node}{_PART_OF}{doc} .")
            add(f"{node}{_TYPE}{_TARGET} .")
            add(f"{node}{_DERIVED}{source} .")
            add(f"{node}{_UNIT}{unit} .")
            add(f"{node}{_VALUE}{value} .")
            if period:
                add(f"{node}{_PERIOD}{period} .")
            if deadline:
                add(f"{node}{_DEADLINE}{deadline} .")
            add(f"{node}{_INDICATOR}{indicator} .")
            add(f"{node}{_ORDER}{_integer(k)} .")
            add(f"{node}{_PATH}{path} .")
        else:  # (its lines apart, if made: see below)
            apart.extend(line for line in (
                f"{node}{_PART_OF}{doc} .", f"{node}{_TYPE}{_TARGET} .", f"{node}{_DERIVED}{source} .",
                f"{node}{_UNIT}{unit} .", f"{node}{_VALUE}{value} .", period and f"{node}{_PERIOD}{period} .",
                deadline and f"{node}{_DEADLINE}{deadline} .", f"{node}{_INDICATOR}{indicator} .",
                f"{node}{_ORDER}{_integer(k)} .", f"{node}{_PATH}{path} .") if line and own)
            chunks.append((node[1:-1], f"{node} {f.part_of} {doc} ;\n\t{f.a} {f.target} ;\n\t{f.derived} {source} ;\n\t"
                                       f"{f.unit} {unit} ;\n\t{f.value} {obj(value)} ;\n\t"
                                       + (f"{f.period} {period} ;\n\t" if period else "")
                                       + (f"{f.deadline_year} {number(tg.deadline, deadline)} ;\n\t" if deadline else "")
                                       + f"{f.indicator} {indicator} ;\n\t{f.order} {k} ;\n\t{f.path} {path} .\n"))

    for task in ex.tasks:
        t_s = f"{doc_s}/task/{task.ordinal}"
        t = f"<{t_s}>"  # (as a span's IRI)
        task_source = span(Span(task.text_span.start, task.clause_span.end))
        for k, a in enumerate(task.assignees, start=1):
            node = f"<{t_s}/assignment/{k}>"
            found = agents.get((a.mention, a.generic))
            if found is None:
                res = agent_of(tuple(resolve(a.mention, ex)), a.mention, a.generic)
                # a collective is the document's own; any other agent's lines are the same in every document
                found = agents[a.mention, a.generic] = _agent(res, a.mention, doc_term) if res[2] else _body(res, a.mention)
            agent, own_lines, label, alt = found
            agent_lines.extend(own_lines)
            labels[agent] = label
            if alt:
                agent_lines.append(alt)
            source = span(a.span or task.clause_span)
            generic, implicit, mention, order = _boolean(a.generic), _boolean(a.implicit), _zh(a.mention), _integer(k)
            if chunks is not None:  # (its lines apart: its statement is written from the terms)
                chunks.append((node[1:-1], f"{node} {f.a} {f.assignment} ;\n\t{f.derived} {source} ;\n\t{f.agent} {agent} ;\n\t"
                                           f"{f.generic} {obj(generic)} ;\n\t{f.implicit} {obj(implicit)} ;\n\t"
                                           f"{f.mention} {mention} ;\n\t{f.order} {k} ;\n\t{f.role} {short(role(a.role))} ;\n\t"
                                           f"{f.task} {t} .\n"))
                a_add = apart.append
            else:
                a_add = add
            if own:
                a_add(f"{node}{_TYPE}{_ASSIGNMENT} .")
                a_add(f"{node}{_DERIVED}{source} .")
                a_add(f"{node}{_AGENT}{agent} .")
                a_add(f"{node}{_GENERIC}{generic} .")
                a_add(f"{node}{_IMPLICIT}{implicit} .")
                a_add(f"{node}{_MENTION}{mention} .")
                a_add(f"{node}{_ORDER}{order} .")
                a_add(f"{node}{_ROLE}{role(a.role)} .")
                a_add(f"{node}{_TASK}{t} .")
        # (after its assignments: <doc/task/1/assignment/1> sorts before <doc/task/1>)
        deadline = _zh(task.deadline) if task.deadline else ""
        form, order, path = _string(task.form), _integer(task.ordinal), _string("/".join(task.path))
        quoted = _zh(task.text_span.quote(text))
        t_add = add if chunks is None else apart.append  # (with chunks: its statement made from the terms)
        if own:
            t_add(f"{t}{_PART_OF}{doc} .")
            t_add(f"{t}{_TYPE}{_TASK_C} .")
            t_add(f"{t}{_DERIVED}{task_source} .")
            if deadline:
                t_add(f"{t}{_TASK_DEADLINE}{deadline} .")
            t_add(f"{t}{_FORM}{form} .")
            t_add(f"{t}{_ORDER}{order} .")
            t_add(f"{t}{_PATH}{path} .")
            t_add(f"{t}{_TEXT}{quoted} .")
        if chunks is not None:
            chunks.append((t_s, f"{t} {f.part_of} {doc} ;\n\t{f.a} {f.task_class} ;\n\t{f.derived} {task_source} ;\n\t"
                                + (f"{f.task_deadline} {deadline} ;\n\t" if deadline else "")
                                + f"{f.form} {form} ;\n\t{f.order} {number(task.ordinal, order)} ;\n\t{f.path} {path} ;\n\t"
                                  f"{f.text} {quoted} .\n"))

    add(f"{doc}{_TYPE}{_LEGAL_RESOURCE} .")
    add(f"{doc}{_SOURCE_FILE}{_string(d.source)} .")
    if d.sha256:
        add(f"{doc}{_SHA256}{_string(d.sha256)} .")
    add(f"{doc}{_FORMAT}{_string(d.media_type)} .")
    if meta.title:
        add(f"{doc}{_ELI_TITLE}{_zh(meta.title)} .")
    if meta.doc_number:
        add(f"{doc}{_ID_LOCAL}{_string(meta.doc_number)} .")
        docno_parts(doc, meta.doc_number)
    if meta.issuer:
        add(f"{doc}{_ISSUER}{_zh(meta.issuer)} .")
    if meta.date:
        add(f"{doc}{_DATE_DOCUMENT}{_date(meta.date)} .")
    if meta.addressees:
        add(f"{doc}{_ADDRESSEES}{_zh(meta.addressees)} .")
    where, evidence = _jurisdiction(ex)
    add(f"{doc}{_JURISDICTION}{_string(where)} .")
    add(f"{doc}{_JURISDICTION_EVIDENCE}{_string(evidence)} .")
    if meta.title_span is not None:
        add(f"{doc}{_DERIVED}{span(meta.title_span)} .")

    agent_lines.extend(labels.values())
    typed = sorted({found[1][0] for found in agents.values()})  # f"{agent}{_TYPE}{_ORGANIZATION} ."
    if chunks is not None:  # the other own subjects' statements, from their lines
        chunks.extend(line_chunks(sorted({line for line in out + agent_lines if line.startswith(BASE_DOC)})))
    return span_lines + out + apart + agent_lines, tuple(line[1 : line.index(">")] for line in typed)


def _agent(res: tuple[Any, ...], mention: str, doc_term: URIRef) -> tuple[str, tuple[str, ...], str, str]:
    """A resolved mention's agent IRI, its own lines, its ``skos:prefLabel`` line and its
    ``skos:altLabel`` line (or "")."""
    key, canonical, generic = res[0], res[1], res[2]
    agent = _iri(str(collective_iri(doc_term, canonical) if generic else org_iri(key)))
    own = [f"{agent}{_TYPE}{_ORGANIZATION} ."]
    if generic:
        own.append(f"{agent}{_TYPE}{_COLLECTIVE} .")
        own.append(f'{agent}{_KIND}"collective" .')
    elif unresolved_key(key, canonical):
        own.append(f"{agent}{_RESOLVED}{_FALSE} .")
    if len(res) > 3 and res[3]:  # a division of another body (the issuer's 计量处)
        own.append(f"{agent}{_SUB_ORG}{_iri(str(org_iri(res[3])))} .")
    alt = f"{agent}{_ALT_LABEL}{_zh(mention)} ." if mention != canonical else ""
    return agent, tuple(own), f"{agent}{_PREF_LABEL}{_zh(canonical)} .", alt


@lru_cache(maxsize=1 << 14)
def _body(res: tuple[Any, ...], mention: str) -> tuple[str, tuple[str, ...], str, str]:
    """:func:`_agent` of a mention resolved to a body (not a collective): no document in it, so
    remembered (a corpus names the same bodies in file after file)."""
    return _agent(res, mention, URIRef(""))


