"""A document's triples, defined plainly with rdflib terms: the reference for the fast line writer.

:func:`document_triples` says what :func:`graph.rdf.build.extraction_lines` writes, one
``Graph.add`` per fact and ``Graph.set`` for a department's single ``skos:prefLabel``, without the
line writer's caches and string formatting. It is not on the build path (rdflib terms made a corpus
build several times slower); ``tests/test_rdf_lines.py`` checks that the two agree as graphs over
the corpus and over Hypothesis-made extractions full of characters N-Triples has to escape.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rdflib import Literal, URIRef

from ..extract.citations import parse_doc_number
from ..model import Extraction, Span
from .build import Resolver, _default_resolver, _jurisdiction, agent_of
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
    SKOS,
    XSD,
    collective_iri,
    doc_iri,
    org_iri,
    unresolved_key,
    work_iri,
)

__all__ = ["add_document_triples", "document_triples"]

Triple = tuple[Any, Any, Any]


def document_triples(ex: Extraction, resolver: Resolver | None = None) -> set[Triple]:
    """The triples of one document: what :func:`graph.rdf.build.extraction_lines` writes as lines.
    The resolver is :data:`graph.rdf.build.Resolver` (default: every mention its own body)."""
    g = _Triples()
    add_document_triples(g, ex, resolver or _default_resolver)
    return g.triples


class _Triples:
    """A set of rdflib triples with ``Graph.set`` semantics (what the builder used in a corpus build)."""

    def __init__(self) -> None:
        self.triples: set[tuple[Any, Any, Any]] = set()
        self._single: dict[tuple[Any, Any], Any] = {}

    def add(self, t: tuple[Any, Any, Any]) -> None:
        self.triples.add(t)

    def set(self, t: tuple[Any, Any, Any]) -> None:  # only skos:prefLabel is set, never added
        old = self._single.get(t[:2])
        if old is not None:
            self.triples.discard((*t[:2], old))
        self._single[t[:2]] = t[2]
        self.triples.add(t)

    def __contains__(self, t: object) -> bool:
        return t in self.triples


def _decimal(value: float) -> Literal:
    d = Decimal(repr(value)).normalize()
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return Literal(d, datatype=XSD.decimal)


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _ref_span(g: Any, doc: URIRef, text: str, span: Span) -> URIRef:
    node = URIRef(f"{doc}/span/{span.start}-{span.end}")
    if (node, RDF.type, PKG.SourceSpan) in g:
        return node
    pos, quote = URIRef(f"{node}/pos"), URIRef(f"{node}/quote")
    g.add((node, RDF.type, PKG.SourceSpan))
    g.add((node, OA.hasSource, doc))
    g.add((node, OA.hasSelector, pos))
    g.add((node, OA.hasSelector, quote))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(span.start)))
    g.add((pos, OA.end, Literal(span.end)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(span.quote(text))))
    return node


def _ref_docno(g: Any, node: URIRef, number: str) -> None:
    parts = parse_doc_number(number)
    if parts is None:
        return
    g.add((node, PKG.docNumberCode, Literal(parts.code)))
    if parts.year is not None:
        g.add((node, PKG.docNumberYear, Literal(parts.year)))
    g.add((node, PKG.docNumberSerial, Literal(parts.serial)))


def add_document_triples(g: Any, ex: Extraction, resolve: Resolver) -> None:
    """Add the triples of one document to ``g``, an rdflib Graph or anything with its ``add`` and
    ``set`` (``set`` for ``skos:prefLabel``: one per department, the last one wins)."""
    d = ex.document
    text = d.text
    doc = doc_iri(d.source)
    meta = ex.meta
    g.add((doc, RDF.type, ELI.LegalResource))
    g.add((doc, PKG.sourceFile, Literal(d.source)))
    if d.sha256:
        g.add((doc, PKG.sha256, Literal(d.sha256)))
    g.add((doc, DCTERMS.format, Literal(d.media_type)))
    if meta.title:
        g.add((doc, ELI.title, _zh(meta.title)))
    if meta.doc_number:
        g.add((doc, ELI.id_local, Literal(meta.doc_number)))
        _ref_docno(g, doc, meta.doc_number)
    if meta.issuer:
        g.add((doc, PKG.issuerName, _zh(meta.issuer)))
    if meta.date:
        g.add((doc, ELI.date_document, Literal(meta.date, datatype=XSD.date)))
    if meta.addressees:
        g.add((doc, PKG.addressees, _zh(meta.addressees)))
    where, evidence = _jurisdiction(ex)
    g.add((doc, PKG.jurisdiction, Literal(where)))
    g.add((doc, PKG.jurisdictionEvidence, Literal(evidence)))
    if meta.title_span is not None:
        g.add((doc, PROV.wasDerivedFrom, _ref_span(g, doc, text, meta.title_span)))
    for task in ex.tasks:
        t = URIRef(f"{doc}/task/{task.ordinal}")
        g.add((t, RDF.type, PKG.Task))
        g.add((t, ELI.is_part_of, doc))
        g.add((t, PKG.path, Literal("/".join(task.path))))
        g.add((t, PKG.order, Literal(task.ordinal)))
        g.add((t, PKG.text, _zh(task.text_span.quote(text))))
        g.add((t, PKG.form, Literal(task.form)))
        if task.deadline:
            g.add((t, PKG.deadline, _zh(task.deadline)))
        g.add((t, PROV.wasDerivedFrom, _ref_span(g, doc, text, Span(task.text_span.start, task.clause_span.end))))
        for k, a in enumerate(task.assignees, start=1):
            node = URIRef(f"{t}/assignment/{k}")
            res = agent_of(tuple(resolve(a.mention, ex)), a.mention, a.generic)
            key, canonical, generic = res[:3]
            agent = collective_iri(doc, canonical) if generic else org_iri(key)
            g.add((agent, RDF.type, ORG.Organization))
            if generic:
                g.add((agent, RDF.type, PKG.Collective))
                g.add((agent, PKG.kind, Literal("collective")))
            elif unresolved_key(key, canonical):
                g.add((agent, PKG.resolved, Literal(False)))
            if len(res) > 3 and res[3]:
                g.add((agent, ORG.subOrganizationOf, org_iri(res[3])))
            g.set((agent, SKOS.prefLabel, _zh(canonical)))
            if a.mention != canonical:
                g.add((agent, SKOS.altLabel, _zh(a.mention)))
            g.add((node, RDF.type, PKG.Assignment))
            g.add((node, PKG.task, t))
            g.add((node, PKG.agent, agent))
            g.add((node, PKG.role, ROLE[a.role]))
            g.add((node, PKG.mention, _zh(a.mention)))
            g.add((node, PKG.generic, Literal(a.generic)))
            g.add((node, PKG.implicit, Literal(a.implicit)))
            g.add((node, PKG.order, Literal(k)))
            g.add((node, PROV.wasDerivedFrom, _ref_span(g, doc, text, a.span or task.clause_span)))
    for k, tg in enumerate(ex.targets, start=1):
        node = URIRef(f"{doc}/target/{k}")
        g.add((node, RDF.type, PKG.Target))
        g.add((node, ELI.is_part_of, doc))
        g.add((node, PKG.path, Literal("/".join(tg.path))))
        g.add((node, PKG.order, Literal(k)))
        g.add((node, PKG.indicator, _zh(tg.indicator)))
        g.add((node, SCHEMA.value, _decimal(tg.value)))
        g.add((node, SCHEMA.unitText, Literal(tg.unit)))
        if tg.deadline is not None:
            g.add((node, PKG.deadlineYear, Literal(tg.deadline)))
        if tg.period:
            g.add((node, PKG.deadlinePeriod, _zh(tg.period)))
        g.add((node, PROV.wasDerivedFrom, _ref_span(g, doc, text, tg.sentence)))
    for k, c in enumerate(ex.citations, start=1):
        node = URIRef(f"{doc}/citation/{k}")
        work = work_iri(c.doc_number, c.title)
        g.add((work, RDF.type, ELI.LegalResource))
        if c.title:
            g.add((work, ELI.title, _zh(c.title)))
        if c.doc_number:
            g.add((work, ELI.id_local, Literal(c.doc_number)))
            _ref_docno(g, work, c.doc_number)
        g.add((node, RDF.type, PKG.Citation))
        g.add((node, PKG.citingDocument, doc))
        g.add((node, PKG.cited, work))
        g.add((node, PKG.citationKind, ROLE[c.kind]))
        g.add((node, PKG.order, Literal(k)))
        if c.title:
            g.add((node, DCTERMS.title, _zh(c.title)))
        g.add((node, PROV.wasDerivedFrom, _ref_span(g, doc, text, c.span)))
        g.add((doc, ELI.cites if c.kind == "cites" else PKG.commitsToProduce, work))
