"""``oxigraph:DIR``: a pyoxigraph ``Store`` on disk, used directly (not through oxrdflib) for speed.

Replacing a document is one ``DROP SILENT GRAPH …; INSERT DATA {…}`` update, which Oxigraph applies
in one transaction. Documents not yet stored go in whole, many per N-Quads load (each load is also
one transaction): one load per document took 5.9 s of an 8.3 s corpus load."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import QueryError, StoreError
from .base import BASE, SHARED_GRAPH, Item, partition, update_text
from .ntriples import NTriplesLoading
from .terms import ox_py, ox_rdflib

if TYPE_CHECKING:
    from rdflib.term import Node


# N-Quads lines per load of documents not yet stored (whole documents): one transaction each for
# `policykg load`, one bulk load each for `policykg build --store` (load_ntriples_by_document).
LOAD_BATCH = 200_000


class OxigraphStore(NTriplesLoading):
    """A pyoxigraph ``Store`` in a folder; queries see the union of the named graphs."""

    union = True  # queries' default graph: the union of the named graphs (False: the store's default graph)

    def __init__(self, location: str, *, create: bool = False, read_only: bool = False) -> None:
        import pyoxigraph as ox

        self.uri = f"oxigraph:{location}"
        self.location = location
        self.read_only = read_only
        self._pending: list[str] = []  # N-Quads lines held for one bulk load (load_ntriples_by_document)
        self._pending_docs: set[str] = set()
        if (read_only or not create) and not Path(location, "CURRENT").exists():
            raise StoreError(f"{location}: no Oxigraph store there (load or build into it first)")
        try:
            # A read-only handle takes no lock: any number of readers (queries, `serve`) at once.
            self._store: Any = ox.Store.read_only(location) if read_only else ox.Store(location)
        except OSError as exc:
            raise StoreError(f"{location}: cannot open the Oxigraph store ({exc})") from None

    @classmethod
    def from_uri(cls, uri: str, *, create: bool = False, update_url: str | None = None,
                 read_only: bool = False) -> OxigraphStore:
        location = uri.partition(":")[2]
        if not location:
            raise StoreError("oxigraph: needs a folder, e.g. oxigraph:kg.oxigraph")
        return cls(location, create=create and not read_only, read_only=read_only)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only")

    def _select(self, text: str) -> tuple[list[str], list[list[Any]]]:
        import pyoxigraph as ox

        try:
            result = self._store.query(text, use_default_graph_as_union=self.union)
        except SyntaxError as exc:
            raise QueryError(f"query does not parse: {exc}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("only SELECT queries give a table")
        columns = [v.value for v in result.variables]
        iri = ox.NamedNode  # most cells: their value is the Python value (ox_py's answer), without the call
        try:
            rows = [[t.value if type(t) is iri else ox_py(t) for t in sol] for sol in result]
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None
        return columns, rows

    def _query(self, text: str) -> Any:
        try:
            return self._store.query(text, use_default_graph_as_union=self.union)
        except SyntaxError as exc:
            raise QueryError(f"query does not parse: {exc}") from None
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None

    def _ask(self, text: str) -> bool:
        return bool(self._query(text))

    def _construct(self, text: str) -> list[str]:
        try:
            return [f"{t} ." for t in self._query(text)]
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None

    def _replace(self, doc: str, own: list[Any], shared: list[Any]) -> None:
        import pyoxigraph as ox

        self._writable()
        if doc and self._store.contains_named_graph(ox.NamedNode(doc)):
            text = update_text(doc, own, shared)
            self._store.update(text)  # one transaction: all of it or nothing
        elif own or shared:
            # Nothing to drop: one load (also a single transaction), ~10x faster than INSERT DATA.
            quads = [line[:-1] + f"<{doc}> ." for line in own] if doc else []
            quads += [line[:-1] + f"<{SHARED_GRAPH}> ." for line in shared]
            self._store.load("\n".join(quads), format=ox.RdfFormat.N_QUADS)

    def _load_items(self, items: Iterable[Item]) -> list[str]:
        import pyoxigraph as ox

        self._writable()
        own, shared = partition(items)
        stored = {d for d in own if self._store.contains_named_graph(ox.NamedNode(d))}

        def quads() -> Iterator[list[str]]:
            batch = [line[:-1] + f"<{SHARED_GRAPH}> ." for line in shared]
            for doc, lines in own.items():
                if doc not in stored:
                    batch += [line[:-1] + f"<{doc}> ." for line in lines]
                    if len(batch) >= LOAD_BATCH:
                        yield batch
                        batch = []
            if batch:
                yield batch

        for batch in quads():
            self._store.load("\n".join(batch), format=ox.RdfFormat.N_QUADS)
        for doc in sorted(stored):
            self._replace(doc, own[doc], [])
        return list(own)

    def _put_document(self, doc: str, lines: list[str]) -> None:
        import pyoxigraph as ox

        if doc in self._pending_docs or self._store.contains_named_graph(ox.NamedNode(doc)):
            self._put_done()  # what is held first, then this one replaces the stored graph
            self._replace(doc, lines, [])
            return
        self._pending_docs.add(doc)
        self._pending += [line[:-1] + f"<{doc}> .\n" for line in lines]
        if len(self._pending) >= LOAD_BATCH:
            self._put_done()

    def _put_shared(self, lines: list[str]) -> None:
        self._pending += [line[:-1] + f"<{SHARED_GRAPH}> .\n" for line in lines]
        if len(self._pending) >= LOAD_BATCH:
            self._put_done()

    def _put_done(self) -> None:
        """Bulk-load the held documents (new to the store) and shared lines: Oxigraph's bulk loader
        writes its own files, ~3x less CPU than a transactional load of the same quads and ~20x
        less than one load per document, in memory bounded by :data:`LOAD_BATCH` lines. It is not
        one transaction: a build killed during it may leave a new document partly stored, which the
        next build replaces whole (the document's graph then exists)."""
        import pyoxigraph as ox

        if self._pending:
            self._writable()
            # lenient: the lines were parsed (and checked) by pyoxigraph in load_ntriples_by_document
            self._store.bulk_load("".join(self._pending), format=ox.RdfFormat.N_QUADS, lenient=True)
        self._pending = []
        self._pending_docs = set()

    def drop_document(self, doc_iri: str) -> None:
        self._writable()
        self._store.update(f"DROP SILENT GRAPH <{doc_iri}>")

    def _all_quads(self) -> Iterable[tuple[Node, Node, Node, Node]]:
        import pyoxigraph as ox

        for q in self._store.quads_for_pattern(None, None, None, None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(BASE):
                yield ox_rdflib(q.subject), ox_rdflib(q.predicate), ox_rdflib(q.object), ox_rdflib(q.graph_name)

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None
