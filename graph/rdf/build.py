"""Model -> RDF. Pure: takes :class:`~graph.model.Extraction` objects, returns an rdflib Graph.

Every assignment, target and citation carries ``prov:wasDerivedFrom`` a :class:`pkg:SourceSpan`
whose selectors give the character offsets into the source text and the exact quote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from importlib import resources
from typing import Any

from rdflib import Graph, Literal, URIRef

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
    SKOS,
    XSD,
    bind_prefixes,
    collective_iri,
    doc_iri,
    org_iri,
    work_iri,
)

__all__ = ["Resolver", "TripleSet", "add_extraction", "load_ontology_file", "role_scheme", "to_rdf"]

# resolver(mention, extraction) -> (key, canonical, generic, extra triples as (pred, obj) pairs)
Resolver = Callable[[str, Extraction], tuple[str, str, bool]]


class TripleSet:
    """The part of rdflib's Graph API :func:`add_extraction` uses, over a plain set: a corpus build
    turns each document into N-Triples lines without the cost of an indexed store."""

    def __init__(self) -> None:
        self.triples: set[tuple[Any, Any, Any]] = set()
        self._single: dict[tuple[Any, Any], Any] = {}

    def add(self, triple: tuple[Any, Any, Any]) -> None:
        self.triples.add(triple)

    def set(self, triple: tuple[Any, Any, Any]) -> None:
        s, p, o = triple
        old = self._single.get((s, p))
        if old is not None:
            self.triples.discard((s, p, old))
        self._single[(s, p)] = o
        self.triples.add(triple)

    def __contains__(self, triple: object) -> bool:
        return triple in self.triples

    def nt_lines(self) -> list[str]:
        from rdflib.plugins.serializers.nt import _nt_row

        return sorted(_nt_row(t).rstrip("\n") for t in self.triples)


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def load_ontology_file(name: str) -> Graph:
    """A Turtle file of the shipped ontology folder as a Graph."""
    g = Graph()
    g.parse(data=resources.files("graph.ontology").joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return g


def role_scheme() -> Graph:
    """The role and citation-kind concepts; built graphs include them so that queries can read
    ``skos:notation`` without loading the ontology."""
    return load_ontology_file("roles.ttl")


def _default_resolver(mention: str, ex: Extraction) -> tuple[str, str, bool]:
    from ..extract.responsibility import is_generic

    return mention, mention, is_generic(mention)


def _span(g: Graph | TripleSet, doc: URIRef, text: str, span: Span) -> URIRef:
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


def _decimal(value: float) -> Literal:
    d = Decimal(repr(value)).normalize()
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return Literal(d, datatype=XSD.decimal)


def add_extraction(g: Graph | TripleSet, ex: Extraction, resolver: Resolver | None = None) -> URIRef:
    """Add one document's facts to ``g``; return the document IRI."""
    resolve = resolver or _default_resolver
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
        _docno_parts(g, doc, meta.doc_number)
    if meta.issuer:
        g.add((doc, PKG.issuerName, _zh(meta.issuer)))
    if meta.date:
        g.add((doc, ELI.date_document, Literal(meta.date, datatype=XSD.date)))
    if meta.addressees:
        g.add((doc, PKG.addressees, _zh(meta.addressees)))
    if meta.title_span is not None:
        g.add((doc, PROV.wasDerivedFrom, _span(g, doc, text, meta.title_span)))

    for task in ex.tasks:
        t = URIRef(f"{doc}/task/{task.ordinal}")
        g.add((t, RDF.type, PKG.Task))
        g.add((t, ELI.is_part_of, doc))
        g.add((t, PKG.path, Literal("/".join(task.path))))
        g.add((t, PKG.order, Literal(task.ordinal)))
        g.add((t, PKG.text, _zh(task.text_span.quote(text))))
        g.add((t, PROV.wasDerivedFrom, _span(g, doc, text, Span(task.text_span.start, task.clause_span.end))))
        for k, a in enumerate(task.assignees, start=1):
            node = URIRef(f"{t}/assignment/{k}")
            key, canonical, generic = resolve(a.mention, ex)
            agent = collective_iri(doc, canonical) if generic else org_iri(key)
            g.add((agent, RDF.type, ORG.Organization))
            if generic:
                g.add((agent, RDF.type, PKG.Collective))
                g.add((agent, PKG.kind, Literal("collective")))
            elif key == canonical:
                g.add((agent, PKG.resolved, Literal(False)))
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
            g.add((node, PROV.wasDerivedFrom, _span(g, doc, text, a.span or task.clause_span)))

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
        g.add((node, PROV.wasDerivedFrom, _span(g, doc, text, tg.sentence)))

    for k, c in enumerate(ex.citations, start=1):
        node = URIRef(f"{doc}/citation/{k}")
        work = work_iri(c.doc_number, c.title)
        g.add((work, RDF.type, ELI.LegalResource))
        if c.title:
            g.add((work, ELI.title, _zh(c.title)))
        if c.doc_number:
            g.add((work, ELI.id_local, Literal(c.doc_number)))
            _docno_parts(g, work, c.doc_number)
        g.add((node, RDF.type, PKG.Citation))
        g.add((node, PKG.citingDocument, doc))
        g.add((node, PKG.cited, work))
        g.add((node, PKG.citationKind, ROLE[c.kind]))
        g.add((node, PKG.order, Literal(k)))
        if c.title:
            g.add((node, DCTERMS.title, _zh(c.title)))
        g.add((node, PROV.wasDerivedFrom, _span(g, doc, text, c.span)))
        g.add((doc, ELI.cites if c.kind == "cites" else PKG.commitsToProduce, work))
    return doc


def _docno_parts(g: Graph | TripleSet, node: URIRef, number: str) -> None:
    from ..extract.citations import parse_doc_number

    parts = parse_doc_number(number)
    if parts is None:
        return
    g.add((node, PKG.docNumberCode, Literal(parts.code)))
    if parts.year is not None:
        g.add((node, PKG.docNumberYear, Literal(parts.year)))
    g.add((node, PKG.docNumberSerial, Literal(parts.serial)))


def to_rdf(extractions: Iterable[Extraction], resolver: Resolver | None = None) -> Graph:
    """A graph of the given documents plus the role concepts. No blank nodes."""
    g = Graph()
    bind_prefixes(g)
    for triple in role_scheme():
        g.add(triple)
    for ex in extractions:
        add_extraction(g, ex, resolver)
    return g
