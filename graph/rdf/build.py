"""Model -> RDF lines. Pure: takes :class:`~graph.model.Extraction` objects, returns N-Triples lines
(the line format of :mod:`graph.rdf.ntriples`) or an rdflib Graph read from them.

:func:`extraction_lines` writes a document's triples directly as the lines rdflib 7 writes, byte
for byte, without building rdflib terms (term construction and ``n3()`` were most of a corpus
build's RDF time). Its plain definition with rdflib terms is :func:`graph.rdf.triples.document_triples`;
tests check that the two agree. :func:`add_extraction` and :func:`to_rdf` read the same lines into
a Graph (one document, or several without the assembly's registry facts and citation links).

Every assignment, target and citation carries ``prov:wasDerivedFrom`` a :class:`pkg:SourceSpan`
whose selectors give the character offsets into the source text and the exact quote.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

from rdflib import Graph, URIRef

from ..model import Extraction
from .lines import (  # re-exported: Resolver, agent_of, _default_resolver, _jurisdiction for graph.rdf.triples
    Resolver,
    _body,
    _default_resolver,
    _encoded,
    _jurisdiction,
    _line_set,
    agent_of,
    encoded_lines_and_piece,
)
from .namespaces import SCOPED, SKOS, bind_prefixes, doc_iri  # SCOPED re-exported: graph.resolve's keys
from .ntriples import read_lines

__all__ = ["Resolver", "add_extraction", "agent_of", "cited_doc_numbers", "encoded_lines_and_organisations",
           "encoded_lines_and_piece", "extraction_lines", "lines_and_organisations", "load_ontology_file",
           "role_scheme", "to_rdf"]

_ = (SCOPED, _body, _default_resolver, _jurisdiction)


def load_ontology_file(name: str) -> Graph:
    """A Turtle file of the shipped ontology folder as a Graph."""
    g = Graph()
    g.parse(data=resources.files("graph.ontology").joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return g


def role_scheme() -> Graph:
    """The role and citation-kind concepts; built graphs include them so that queries can read
    ``skos:notation`` without loading the ontology."""
    return load_ontology_file("roles.ttl")


# ---------------------------------------------------------------- one document


def extraction_lines(ex: Extraction, resolver: Resolver | None = None) -> list[str]:
    """One document's triples as N-Triples lines (without newlines), distinct and sorted: exactly
    the lines rdflib 7 writes for them (``rdflib.plugins.serializers.nt._nt_row``).

    A department's ``skos:prefLabel`` is single-valued, as rdflib's ``Graph.set`` makes it: the
    canonical name of its last assignment in the document. The resolver is called once per distinct
    mention (it must be a function of the mention and the document). Raises ValueError for an IRI
    rdflib would refuse to write.
    """
    return lines_and_organisations(ex, resolver)[0]


def lines_and_organisations(ex: Extraction, resolver: Resolver | None = None) -> tuple[list[str], tuple[str, ...]]:
    """:func:`extraction_lines` and the IRIs its lines type ``org:Organization``, in the order of
    those lines (what a build's fragment keeps), without a second look at every line."""
    out, orgs = _line_set(ex, resolver)
    return sorted(dict.fromkeys(out)), orgs


def encoded_lines_and_organisations(ex: Extraction, resolver: Resolver | None = None) -> tuple[bytes, tuple[str, ...]]:
    """:func:`lines_and_organisations` with the lines as UTF-8, each ended by a newline, in one
    ``bytes`` (what a build writes to its cache). UTF-8 keeps the order of code points, so the
    lines sorted as bytes are the lines sorted as text; bytes compare with ``memcmp``, where the
    sort of a list mixing ASCII and Chinese lines compares them a character at a time."""
    return _encoded(*_line_set(ex, resolver))


def cited_doc_numbers(ex: Extraction) -> list[tuple[str, str]]:
    """``(citation node IRI, 文号)`` of the document's ``cites`` citations that give a 文号 (those
    lines of :func:`extraction_lines`): what a corpus build links to the documents it holds."""
    doc = doc_iri(ex.document.source)
    return [(f"{doc}/citation/{k}", c.doc_number) for k, c in enumerate(ex.citations, start=1)
            if c.kind == "cites" and c.doc_number]


# ---------------------------------------------------------------- into an rdflib Graph


def add_extraction(g: Graph, ex: Extraction, resolver: Resolver | None = None) -> URIRef:
    """Add one document's facts (the lines of :func:`extraction_lines`) to ``g``; return the
    document IRI."""
    read_lines(g, extraction_lines(ex, resolver), single=str(SKOS.prefLabel))
    return doc_iri(ex.document.source)


def to_rdf(extractions: Iterable[Extraction], resolver: Resolver | None = None) -> Graph:
    """A graph of the given documents plus the role concepts. No blank nodes."""
    g = Graph()
    bind_prefixes(g)
    for triple in role_scheme():
        g.add(triple)
    for ex in extractions:
        add_extraction(g, ex, resolver)
    return g
