"""``graph.rdf.links.link_citations``: a graph made elsewhere gets the same citation links as a build's."""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, URIRef

from graph.rdf.links import link_citations
from graph.rdf.namespaces import ELI, PKG

CITES = URIRef("https://w3id.org/policykg/role/cites")


def _graph(kind: URIRef = CITES) -> tuple[Graph, URIRef, URIRef, URIRef]:
    g = Graph()
    a, b = URIRef("https://example.org/doc/a"), URIRef("https://example.org/doc/b")
    for doc, number in ((a, "皖政〔2016〕18号"), (b, "国发〔2015〕5号")):
        g.add((doc, PKG.sourceFile, Literal(str(doc)[-1] + ".txt")))
        g.add((doc, ELI.id_local, Literal(number)))
    c, work = URIRef("https://example.org/citation/1"), URIRef("https://example.org/work/1")
    g.add((c, RDF.type, PKG.Citation))
    g.add((c, PKG.cited, work))
    g.add((work, ELI.id_local, Literal("国发[2015]第5号")))  # the same 文号 in other brackets, with 第
    g.add((c, PKG.citingDocument, a))
    g.add((c, PKG.citationKind, kind))
    return g, a, b, c


def test_a_citation_of_another_documents_number_links_the_two() -> None:
    g, a, b, c = _graph()
    assert link_citations(g) == 1
    assert (a, ELI.cites, b) in g and (c, PKG.citedDocument, b) in g


def test_a_citation_of_another_kind_links_nothing() -> None:
    g, a, b, _ = _graph(URIRef("https://w3id.org/policykg/role/basis"))
    n = len(g)
    assert link_citations(g) == 0 and len(g) == n and (a, ELI.cites, b) not in g
