"""Citation links between the documents of one build: the one definition, used by the assembly
(:mod:`graph.assemble`) and by :func:`graph.resolve.link_citations` for a graph made elsewhere.

A ``cites`` citation whose 文号 is another document's own 文号 links the citing document to it
(``eli:cites``) and the citation node to it (``pkg:citedDocument``). 文号 are compared after
:func:`~graph.extract.metadata.clean_doc_number`, with every kind of bracket as 〔〕 and 第 dropped
(``国发[2016]18号`` = ``国发〔2016〕第18号``). When several documents carry one 文号, the first
(in build order) is the one cited. A document never cites itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from .namespaces import ELI, PKG

__all__ = ["citation_lines", "number_key"]

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
