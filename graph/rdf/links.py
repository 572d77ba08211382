"""Citation links between the documents of one build: the one definition, used by the assembly
(:mod:`graph.assemble`) and by :func:`link_citations` for a graph made elsewhere.

A ``cites`` citation whose 文号 is another document's own 文号 links the citing document to it
(``eli:cites``) and the citation node to it (``pkg:citedDocument``). 文号 are compared after
:func:`~graph.extract.metadata.clean_doc_number`, with every kind of bracket as 〔〕 and 第 dropped
(``国发[2016]18号`` = ``国发〔2016〕第18号``). When several documents carry one 文号, the first
(in build order) is the one cited. A document never cites itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph

from .namespaces import ELI, PKG

__all__ = ["citation_lines", "link_citations", "number_key"]

_BRACKETS = str.maketrans("[]［］()（）【】", "〔〕〔〕〔〕〔〕〔〕")
_CITES, _CITED_DOCUMENT = f"> <{ELI.cites}> <", f"> <{PKG.citedDocument}> <"


def number_key(number: str) -> str:
    """The form in which two 文号 are the same number."""
    from ..extract.metadata import clean_doc_number

    return clean_doc_number(number).translate(_BRACKETS).replace("第", "")


def citation_lines(documents: Iterable[tuple[str, str | None]],
                   citations: Iterable[tuple[str, str, str]]) -> set[str]:
    """The link lines (:mod:`graph.rdf.ntriples`) of the build's documents, given as ``(document
    IRI, its 文号 or None)`` in build order, and its ``cites`` citations that give a 文号, as
    ``(citing document IRI, citation node IRI, 文号)``."""
    by_number: dict[str, str] = {}
    for doc, number in documents:
        if number:
            by_number.setdefault(number_key(number), doc)
    lines: set[str] = set()
    for citing, node, number in citations:
        target = by_number.get(number_key(number))
        if target is not None and target != citing:
            lines.add(f"<{citing}{_CITES}{target}> .")
            lines.add(f"<{node}{_CITED_DOCUMENT}{target}> .")
    return lines


def link_citations(g: Graph) -> int:
    """Add to ``g`` the citation links (:func:`graph.rdf.links.citation_lines`) between the
    documents it holds (in IRI order); return how many citations were linked."""
    from rdflib import RDF, URIRef

    from . import ntriples as nt

    docs = [
        (str(d), str(n) if (n := g.value(d, ELI.id_local)) is not None else None)
        for d in sorted(g.subjects(PKG.sourceFile, None), key=str)
    ]
    cites_kind = URIRef("https://w3id.org/policykg/role/cites")
    cites = []
    for c in sorted(g.subjects(RDF.type, PKG.Citation), key=str):
        work, citing = g.value(c, PKG.cited), g.value(c, PKG.citingDocument)
        number = g.value(work, ELI.id_local) if work is not None else None
        if number is not None and citing is not None and g.value(c, PKG.citationKind) == cites_kind:
            cites.append((str(citing), str(c), str(number)))
    lines = citation_lines(docs, cites)
    nt.read_lines(g, lines)
    return sum(1 for line in lines if f"<{PKG.citedDocument}>" in line)
