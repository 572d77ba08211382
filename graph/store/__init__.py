"""Where the knowledge graph lives: the only backend-aware package.

``open_store(uri)`` gives one small interface (:class:`KGStore`) over three backends, one module
each, chosen by the URI's scheme (:data:`BACKENDS`):

- ``memory`` — an rdflib ``Dataset`` in this process (:mod:`.memory`);
- ``oxigraph:DIR`` — a pyoxigraph ``Store`` on disk (:mod:`.oxigraph`);
- ``http(s)://…`` — any SPARQL 1.1 endpoint (:mod:`.endpoint`).

Each document lives in its own named graph, named by its document IRI, holding the triples whose
subject is the document or an IRI under it (``<doc>/task/3``…). Triples about shared things
(departments, cited works, role concepts) go into one graph, :data:`SHARED_GRAPH`, only ever added
to, so no triple sits in two graphs: Oxigraph and Virtuoso read the union of named graphs as a bag,
and a duplicated label would duplicate rows. Queries run against that union, never rewritten: the
remote endpoint must expose it as its default graph (Oxigraph ``--union-default-graph``; Virtuoso
does so for queries without ``FROM``).

The read-only SPARQL endpoint of ``policykg serve`` is :mod:`graph.server`.

>>> st = open_store("memory")
>>> import graph
>>> st.load_graph(graph.build_graph([graph.example_path()]))
['https://w3id.org/policykg/id/doc/anhui_2016_quality_action_plan.txt']
>>> st.query_df("leads").iloc[0]["department"]
'安徽省质量技术监督局'
"""

from __future__ import annotations

from typing import Any

from ..errors import QueryError, StoreError
from .base import SHARED_GRAPH, KGStore
from .endpoint import SparqlEndpointStore
from .memory import MemoryStore
from .oxigraph import OxigraphStore

__all__ = ["BACKENDS", "SHARED_GRAPH", "KGStore", "MemoryStore", "OxigraphStore", "QueryError",
           "SparqlEndpointStore", "StoreError", "open_store", "register_backend", "serve_sparql"]

# URI scheme (the text before the first ":", or the whole URI) -> the backend that opens it.
BACKENDS: dict[str, type[KGStore]] = {
    "memory": MemoryStore,
    "oxigraph": OxigraphStore,
    "http": SparqlEndpointStore,
    "https": SparqlEndpointStore,
}


def register_backend(scheme: str, cls: type[KGStore]) -> None:
    """Let :func:`open_store` open URIs of ``scheme`` with ``cls.from_uri``."""
    BACKENDS[scheme] = cls


def open_store(uri: str | None, *, create: bool = False, update_url: str | None = None,
               read_only: bool = False) -> KGStore:
    """Open ``memory`` (the default), ``oxigraph:DIR`` (made if ``create``) or an ``http(s)://`` SPARQL
    endpoint (its query URL; ``update_url`` where updates go if not the usual one). ``read_only``
    opens an Oxigraph folder without its write lock, so that many readers can share it (not while a
    ``load`` or ``build`` writes to it)."""
    uri = "memory" if uri is None else uri
    cls = BACKENDS.get(uri.partition(":")[0])
    if cls is None:
        raise StoreError(f"unknown store {uri!r} (use memory, oxigraph:DIR or an http(s):// SPARQL endpoint)")
    return cls.from_uri(uri, create=create, update_url=update_url, read_only=read_only)


def serve_sparql(location: str, **kw: Any) -> None:
    """Moved to :func:`graph.server.serve_sparql` (kept here for callers of the old place)."""
    from ..server import serve_sparql as serve

    serve(location, **kw)
