"""A graph file read into an in-memory pyoxigraph ``Store`` to query it: what ``policykg query -g FILE``
runs on. Oxigraph loads a 684k-triple Turtle file in about 2 CPU-s where building the rdflib Graph
that :func:`graph.rdf.io.read_graph` gives takes tens of seconds, and answers the shipped queries
faster than rdflib's SPARQL engine.

The graph queried is the one :func:`~graph.rdf.io.read_graph` reads, as a set of triples: every
triple of a triple format, and the triples of every graph of a quad format (TriG, N-Quads, JSON-LD) put
together in the default graph, each once (Oxigraph's union of named graphs is a bag: a triple in two
graphs would be two rows). Answers are converted by :class:`~graph.store.oxigraph.OxigraphStore`'s
own code, so rows, ASK and graphs come out exactly as from ``--store oxigraph:DIR``."""

from __future__ import annotations

from pathlib import Path

from ..errors import PolicyKGError
from .oxigraph import OxigraphStore

__all__ = ["FileStore", "read_store"]

QUAD_FORMATS = ("nquads", "trig", "json-ld")
# A quad format's graphs as one set of triples in the default graph, then no named graph left.
_MERGE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } ; DROP SILENT NAMED"
_TRIPLE_TERMS = "ASK { ?s ?p ?o FILTER(isTRIPLE(?o)) }"


class FileStore(OxigraphStore):
    """A graph file's triples in an in-memory Oxigraph store (read-only); queries see its default graph."""

    union = False

    def __init__(self, path: str | Path) -> None:  # not OxigraphStore.__init__: no folder to open
        import pyoxigraph as ox

        from ..rdf.io import _ox_format, format_for

        p = Path(path)
        if not p.exists():
            raise PolicyKGError(f"{p}: no such graph file")
        fmt = format_for(p)
        self.uri = f"file:{p}"
        self.location = str(p)
        self.read_only = True
        self._pending = []
        self._pending_docs = set()
        store = ox.Store()
        try:
            store.bulk_load(path=str(p), format=_ox_format(fmt))
        except (SyntaxError, ValueError, OSError) as exc:  # pyoxigraph reports parse errors as SyntaxError
            raise PolicyKGError(f"{p}: not a readable {fmt} graph ({type(exc).__name__}: {exc})") from None
        if fmt in QUAD_FORMATS:
            store.update(_MERGE)
        if store.query(_TRIPLE_TERMS):  # as read_graph (rdflib has no triple terms): 0.3 CPU-s per 684k triples
            raise PolicyKGError(f"{p}: RDF-star triple terms are not supported")
        self._store = store


def read_store(path: str | Path) -> FileStore:
    """A graph file (any of :data:`graph.rdf.io.FORMATS`) in an in-memory Oxigraph store, to query."""
    return FileStore(path)
