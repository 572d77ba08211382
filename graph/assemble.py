"""The assembly step of a build and its sinks.

:func:`global_lines` adds what no single document can say (the role concepts, the registry facts of
the departments used, the citation links between documents). A build's lines reach its sinks in
one of two orders, the same lines either way:

- a graph file, streamed in any format (:func:`graph.spool.write_output`, :func:`file_chunks`): the *body*
  (each fragment's lines in file order, a line that is not the document's own where it first
  appears), then the *tail* (the global lines the body does not hold, :func:`tail_lines`). The
  body needs no fragment after its own, so a build writes it while its workers extract
  (:mod:`graph.spool`, the same bytes);
- a store (``policykg build --store``: :func:`nt_documents`, then the store's loader) and the
  Python API (:func:`graph.api.build`: :func:`assembled_graph`): the assembled stream
  (:mod:`graph.rdf.ntriples` describes it, :func:`iter_lines`, :func:`nt_chunks`), the global lines
  first (a store loads the citation links among them with the document they belong to), then
  each fragment's in file order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from .fragments import Fragment, fragment_blocks, fragment_lines
from .rdf.ntriples import BASE_DOC, ORG_TYPE, own_span

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["assembled_graph", "file_chunks", "fragment_orgs", "fragment_pieces", "global_lines", "iter_lines", "nt_chunks",
           "nt_documents", "org_type_line", "own_span", "role_lines", "split_block", "tail_lines"]



@cache
def role_lines() -> frozenset[str]:
    from .rdf.build import role_scheme
    from .rdf.ntriples import graph_lines

    return frozenset(graph_lines(role_scheme()))


def fragment_orgs(f: Fragment) -> tuple[str, ...] | list[str]:
    """The IRIs of the organisations a fragment types (its side data, or read from its lines)."""
    return f.orgs if f.orgs or f.spill else [ln[1 : ln.index(">")] for ln in f.lines if ln.endswith(ORG_TYPE)]


def org_type_line(iri: str) -> str | None:
    """The line the global lines of a build type ``iri`` with, or None for a document-scoped collective
    (typed in its own document's lines only)."""
    return None if f"<{iri}".startswith(BASE_DOC) else f"<{iri}>{ORG_TYPE}"


def global_lines(fragments: Sequence[Fragment]) -> list[str]:
    """The lines of the build that belong to no one document, sorted: role concepts, every
    organisation that is not scoped to one document typed once more, the registry facts of the departments used
    (:func:`graph.resolve.registry_lines`) and the citation links between the documents
    (:func:`graph.rdf.links.citation_lines`). Fragments that failed are left out."""
    from .rdf.links import citation_lines
    from .rdf.namespaces import doc_iri
    from .resolve import registry_lines

    good = [f for f in fragments if f.error is None]
    orgs = list(dict.fromkeys(iri for f in good for iri in fragment_orgs(f)))  # each once (a few hundred)
    docs = [str(doc_iri(f.source)) for f in good]
    lines = set(role_lines())
    # a document-scoped collective is typed in its own document's lines, not once more here
    lines.update(line for line in map(org_type_line, orgs) if line is not None)
    lines |= registry_lines(orgs)
    lines |= citation_lines(zip(docs, (f.doc_number for f in good), strict=True),
                            ((doc, node, number) for doc, f in zip(docs, good, strict=True) for node, number in f.cites))
    return sorted(lines)


def iter_lines(fragments: Sequence[Fragment]) -> Iterator[str]:
    """Every line of the build once: global lines, then each document's in file order (a line of
    another document's subject only where it is first written). Fragments that failed are left out."""
    fragments = [f for f in fragments if f.error is None]
    seen: set[str] = set()
    for line in global_lines(fragments):
        seen.add(line)
        yield line
    for f in fragments:
        for line in fragment_lines(f):
            if line.startswith(BASE_DOC):
                yield line  # document-scoped: unique to this fragment
            elif line not in seen:
                seen.add(line)
                yield line


def nt_chunks(fragments: Sequence[Fragment]) -> Iterator[bytes]:
    """The UTF-8 bytes of :func:`iter_lines` (each line with its newline) in large pieces."""
    for part in nt_documents(fragments):
        yield from part


def nt_documents(fragments: Sequence[Fragment]) -> Iterator[Iterator[bytes]]:
    """:func:`nt_chunks` as parts: the global lines, then one part per document (its pieces).

    A fragment's lines are sorted, so in any run of them the document-scoped lines (all beginning
    with the document IRI prefix) are one block: it is copied whole; only the lines around it
    (organisations, cited works) are checked against those already written.
    """
    fragments = [f for f in fragments if f.error is None]
    seen: set[bytes] = set()
    head = [(line + "\n").encode("utf-8") for line in global_lines(fragments)]
    seen.update(head)
    yield iter([b"".join(head)])
    for f in fragments:
        yield fragment_pieces(f, seen)


def fragment_pieces(f: Fragment, seen: set[bytes], written: set[bytes] | None = None) -> Iterator[bytes]:
    """A fragment's lines as :func:`nt_documents` and :func:`file_chunks` write them after the
    lines in ``seen`` (each with its newline): its own document's block whole, the others once
    (added to ``seen``, and to ``written`` if given)."""
    for block in fragment_blocks(f):
        before, i, j, after = split_block(block, seen, written)
        yield before + block[i:j] + after


def split_block(block: bytes, seen: set[bytes], written: set[bytes] | None = None) -> tuple[bytes, int, int, bytes]:
    """One block of a fragment's lines as :func:`fragment_pieces` writes it: the lines before its
    document's own (``block[i:j]``, copied whole), ``i`` and ``j``, and the lines after it; of the
    lines before and after, those not in ``seen`` (then added to it, and to ``written`` if given)."""
    i, j = own_span(block)
    kept: tuple[list[bytes], list[bytes]] = ([], [])
    for part, pieces in ((block[:i], kept[0]), (block[j:], kept[1])):
        for line in part.split(b"\n")[:-1]:
            line += b"\n"
            if line not in seen:
                seen.add(line)
                pieces.append(line)
                if written is not None:
                    written.add(line)
    return b"".join(kept[0]), i, j, b"".join(kept[1])


# ------------------------------------------------------------------------------------ sinks


def file_chunks(fragments: Sequence[Fragment]) -> Iterator[bytes]:
    """The lines of a graph file (each with its newline) in pieces: the body, each good
    fragment's lines in file order (a line not its document's own where it first appears), then
    the tail (:func:`tail_lines`)."""
    good = [f for f in fragments if f.error is None]
    written: set[bytes] = set()
    for f in good:
        yield from fragment_pieces(f, written)
    yield b"".join(tail_lines(good, written))


def tail_lines(good: Sequence[Fragment], written: set[bytes]) -> list[bytes]:
    """The tail of a graph file: the global lines of the fragments ``good`` that are not among
    ``written`` (the lines the body holds that are not a document's own), sorted, each with its
    newline."""
    return [data for line in global_lines(good) if (data := (line + "\n").encode("utf-8")) not in written]


def assembled_graph(fragments: Sequence[Fragment]) -> Graph:
    """The assembled graph as an rdflib Graph, its lines parsed once (with the usual prefixes
    bound): the graph a file written by :func:`graph.spool.write_output` holds (its lines in another order)."""
    from rdflib import Graph as _Graph

    from .rdf.namespaces import bind_prefixes
    from .rdf.ntriples import read_lines

    g = _Graph()
    bind_prefixes(g)
    read_lines(g, iter_lines(fragments))
    return g
