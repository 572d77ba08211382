"""``memory``: an rdflib ``Dataset`` in this process (gone when it ends)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..errors import QueryError, StoreError
from .base import BASE, SHARED_GRAPH, SOURCE_FILE, KGStore

if TYPE_CHECKING:
    from rdflib.term import Node


class MemoryStore(KGStore):
    """An rdflib ``Dataset`` whose default graph is the union of its named graphs."""

    def __init__(self) -> None:
        from rdflib import Dataset

        self.uri = "memory"
        self._ds = Dataset(default_union=True)

    @classmethod
    def from_uri(cls, uri: str, *, create: bool = False, update_url: str | None = None,
                 read_only: bool = False) -> MemoryStore:
        if uri != "memory":
            raise StoreError(f"unknown store {uri!r} (a memory store is just: memory)")
        return cls()

    def _payload(self, s: Node, p: Node, o: Node) -> Any:
        return (s, p, o)

    def _select(self, text: str) -> tuple[list[str], list[list[Any]]]:
        from ..queryfile import _py, use_hash_join

        use_hash_join()
        try:
            result = self._ds.query(text)
        except Exception as exc:  # rdflib raises parser- and evaluator-specific types
            raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from None
        if result.type != "SELECT":
            raise QueryError(f"only SELECT queries give a table (this is {result.type})")
        columns = [str(v) for v in (result.vars or [])]
        return columns, [[_py(x) for x in row] for row in result]  # type: ignore[union-attr]

    def _ask(self, text: str) -> bool:
        try:
            return bool(self._ds.query(text).askAnswer)
        except Exception as exc:  # rdflib raises parser- and evaluator-specific types
            raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from None

    def _construct(self, text: str) -> list[str]:
        try:
            g = self._ds.query(text).graph
        except Exception as exc:  # rdflib raises parser- and evaluator-specific types
            raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from None
        assert g is not None
        return [line for line in g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines() if line]

    def _replace(self, doc: str, own: list[Any], shared: list[Any]) -> None:
        from rdflib import URIRef

        if doc:
            self._ds.remove_graph(URIRef(doc))
            if own:
                gd = self._ds.graph(URIRef(doc))
                for t in own:
                    gd.add(t)
        if shared:
            gs = self._ds.graph(URIRef(SHARED_GRAPH))
            for t in shared:
                gs.add(t)

    def drop_document(self, doc_iri: str) -> None:
        from rdflib import URIRef

        self._ds.remove_graph(URIRef(doc_iri))

    def documents(self) -> list[str]:
        from rdflib import URIRef

        src = URIRef(SOURCE_FILE)
        return sorted(str(c.identifier) for c in self._ds.graphs() if (c.identifier, src, None) in c)

    def _all_quads(self) -> Iterable[tuple[Node, Node, Node, Node]]:
        from rdflib import URIRef

        for s, p, o, c in self._ds.quads((None, None, None, None)):
            if c is not None and str(c).startswith(BASE):
                yield s, p, o, URIRef(str(c))
