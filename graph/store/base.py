"""The interface every backend offers (:class:`KGStore`) and how a graph is split into named graphs.

Each document lives in its own named graph, named by its document IRI, holding the triples whose
subject is the document or an IRI under it (``<doc>/task/3``…). Triples about shared things
(departments, cited works, role concepts) go into one graph, :data:`SHARED_GRAPH`, only ever added
to, so no triple sits in two graphs.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from .terms import nt_term

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Graph
    from rdflib.term import Node

    from ..queryfile import Answer

BASE = "https://w3id.org/policykg/id/"
SHARED_GRAPH = BASE + "graph/shared"
SOURCE_FILE = "https://w3id.org/policykg/ontology#sourceFile"
DOCS_QUERY = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{SOURCE_FILE}> ?s }} }} ORDER BY ?g")
ALL_QUERY = f'SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{BASE}")) }}'


def document_of(subject: str, docs: set[str]) -> str | None:
    """The document that owns ``subject``: the document itself or an IRI under ``<doc>/``."""
    s = subject
    while s:
        if s in docs:
            return s
        s = s[: max(s.rfind("/"), 0)]
    return None


# (subject IRI or None, predicate IRI, payload) — payload is whatever the backend stores.
Item = tuple[str | None, str, Any]


def partition(items: Iterable[Item], only: str | None = None) -> tuple[dict[str, list[Any]], list[Any]]:
    """Split triples into each document's own triples and the shared ones."""
    items = list(items)
    docs = {s for s, p, _ in items if s is not None and p == SOURCE_FILE} | ({only} if only else set())
    own: dict[str, list[Any]] = {d: [] for d in sorted(docs)}
    shared: list[Any] = []
    for s, _, payload in items:
        d = document_of(s, docs) if s is not None else None
        (own[d] if d is not None else shared).append(payload)
    return own, shared


def update_text(doc: str, own: list[str], shared: list[str]) -> str:
    """The one SPARQL update that replaces ``doc``'s graph by ``own`` and adds ``shared``."""
    parts = [f"DROP SILENT GRAPH <{doc}>"] if doc else []
    blocks = []
    if own:
        blocks.append(f"GRAPH <{doc}> {{\n" + "\n".join(own) + "\n}")
    if shared:
        blocks.append(f"GRAPH <{SHARED_GRAPH}> {{\n" + "\n".join(shared) + "\n}")
    if blocks:
        parts.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    return " ;\n".join(parts)


class ChunkStream(io.RawIOBase):
    """Pieces of text (bytes, or str written as UTF-8) read as one binary stream, as if written to a
    file one after the other: a piece may end anywhere, inside a line or a character."""

    def __init__(self, chunks: Iterable[bytes | str]) -> None:
        self._chunks = iter(chunks)
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buf:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buf = chunk.encode("utf-8") if isinstance(chunk, str) else bytes(chunk)
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


class KGStore:
    """What every backend offers. Use :func:`open_store`; close it (or use ``with``) when done."""

    uri: str

    @classmethod
    def from_uri(cls, uri: str, *, create: bool = False, update_url: str | None = None,
                 read_only: bool = False) -> KGStore:
        """Open the store ``uri`` names (what :func:`open_store` calls for the URI's scheme)."""
        raise NotImplementedError

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Subclasses implement these five.
    def _select(self, text: str) -> tuple[list[str], list[list[Any]]]:
        raise NotImplementedError

    def _replace(self, doc: str, own: list[Any], shared: list[Any]) -> None:
        raise NotImplementedError

    def _payload(self, s: Node, p: Node, o: Node) -> Any:
        return f"{nt_term(s)} {nt_term(p)} {nt_term(o)} ."

    def drop_document(self, doc_iri: str) -> None:
        """Remove a document's named graph (its shared labels stay)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (files, locks, connections)."""

    def clear(self) -> None:
        """Drop every document graph and the shared graph (other graphs of an endpoint stay)."""
        for doc in self.documents():
            self.drop_document(doc)
        self.drop_document(SHARED_GRAPH)

    # Shared behaviour.
    def query_df(self, name_or_file: str | Path, params: Mapping[str, Sequence[Any]] | None = None) -> pd.DataFrame:
        """A shipped query (or ``.rq`` file) over the union of all graphs, as a DataFrame whose cells are
        ints, floats, bools, strings (literals and IRIs) or None (unbound) on every backend."""
        import pandas as pd

        columns, rows = self.query_rows(name_or_file, params)
        return pd.DataFrame(rows, columns=columns)

    def query_rows(
        self, name_or_file: str | Path, params: Mapping[str, Sequence[Any]] | None = None
    ) -> tuple[list[str], list[list[Any]]]:
        """Like :meth:`query_df` without pandas: ``(columns, rows)`` (the command line uses this)."""
        from ..queryfile import bind_values, load_query

        q = load_query(name_or_file)
        return self._select(bind_values(q.text, params or {}))

    def query_answer(self, text: str, kind: str) -> Answer:
        """Any read query's answer (``kind`` from :func:`graph.queryfile.query_kind`): rows, a
        boolean or the sorted N-Triples lines of a graph."""
        from ..queryfile import Answer

        if kind == "SELECT":
            columns, rows = self._select(text)
            return Answer(kind, columns=columns, rows=rows)
        if kind == "ASK":
            return Answer(kind, boolean=self._ask(text))
        return Answer(kind, triples=sorted(set(self._construct(text))))

    def _ask(self, text: str) -> bool:
        raise NotImplementedError

    def _construct(self, text: str) -> list[str]:
        raise NotImplementedError

    def documents(self) -> list[str]:
        """The IRIs of the documents stored, sorted."""
        return sorted(str(r[0]) for r in self._select(DOCS_QUERY)[1])

    def load_document_graph(self, doc_iri: str, g: Graph) -> None:
        """Replace document ``doc_iri`` by its triples in ``g`` as a whole, in one transaction (triples
        of other documents in ``g`` are left out; shared ones are added to the shared graph)."""
        own, shared = partition(self._items(g), only=str(doc_iri))
        self._replace(str(doc_iri), own[str(doc_iri)], shared)

    def load_graph(self, g: Graph) -> list[str]:
        """Split a whole knowledge graph by document (each document replaced atomically); return the
        document IRIs."""
        return self._load_items(self._items(g))

    def load_file(self, path: str | Path) -> list[str]:
        """:meth:`load_graph` for a graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf)."""
        from ..rdf.io import read_graph

        return self.load_graph(read_graph(path))

    def load_ntriples(self, chunks: Iterable[bytes | str]) -> list[str]:
        """Load N-Triples text, given in pieces as they would be written to a ``.nt`` file one after
        the other (each line with its newline; a piece may end anywhere), exactly as :meth:`load_graph`
        loads the same triples: each document's graph replaced atomically, the other triples added to
        the shared graph. Return the document IRIs, sorted.

        The Oxigraph and endpoint backends parse with pyoxigraph straight to N-Triples text, no rdflib
        objects; this generic version (the memory store's) parses with rdflib."""
        from rdflib import Graph

        g = Graph()
        try:
            g.parse(data=ChunkStream(chunks).read(), format="nt")
        except Exception as exc:  # rdflib's N-Triples parser raises its own ParseError and others
            raise StoreError(f"not readable as N-Triples ({exc})") from None
        return self.load_graph(g)

    def load_ntriples_by_document(self, parts: Iterable[Iterable[bytes | str]]) -> list[str]:
        """:meth:`load_ntriples` in bounded memory, for a stream already grouped by document (what
        :func:`graph.assemble.nt_documents` gives): each part holds whole documents (their
        ``pkg:sourceFile`` triple and their document-scoped triples) and shared triples; triples of a
        document printed in an earlier part (the citation links among the global lines) are held and
        go in with it. Each document is replaced as a whole when its part is read, so only one part
        is in memory at a time. Same store contents as :meth:`load_ntriples` over the joined parts.
        Unlike :meth:`load_ntriples`, unreadable text is found part by part: the documents of the
        parts before it are already replaced (each whole) when :class:`StoreError` is raised.

        This generic version (the memory store's) joins the parts and calls :meth:`load_ntriples`."""
        return self.load_ntriples(piece for part in parts for piece in part)

    def quads(self) -> list[str]:
        """Every stored quad of the documents' graphs and the shared graph as N-Quads lines, sorted
        (the same text on every backend for the same contents)."""
        return sorted({f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {nt_term(g)} ." for s, p, o, g in self._all_quads()})

    def dataset_graph(self) -> Graph:
        """Every stored triple (all documents and the shared graph) as one rdflib graph."""
        from rdflib import Graph

        from ..rdf.namespaces import bind_prefixes

        g = Graph()
        bind_prefixes(g)
        for s, p, o in self._all_triples():
            g.add((s, p, o))
        return g

    def _all_triples(self) -> Iterable[tuple[Node, Node, Node]]:
        for s, p, o, _ in self._all_quads():
            yield s, p, o

    def _all_quads(self) -> Iterable[tuple[Node, Node, Node, Node]]:
        """Every quad whose graph is a document's or the shared one (other graphs of an endpoint aside)."""
        raise NotImplementedError

    def _items(self, g: Graph) -> Iterator[Item]:
        from rdflib import URIRef

        for s, p, o in g:
            yield (str(s) if isinstance(s, URIRef) else None), str(p), self._payload(s, p, o)

    def _load_items(self, items: Iterable[Item]) -> list[str]:
        own, shared = partition(items)
        if shared:
            self._replace("", [], shared)
        for doc, payloads in own.items():
            self._replace(doc, payloads, [])
        return list(own)
