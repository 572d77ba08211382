"""Loading for the backends that take N-Triples text (Oxigraph, SPARQL endpoints): graph files and
N-Triples text are parsed by pyoxigraph straight to N-Triples lines, never to rdflib objects."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import ChunkStream, Item, KGStore


def _items(quads: Iterable[Any]) -> Iterator[Item]:
    """pyoxigraph's parsed quads as (subject IRI or None, predicate IRI, N-Triples line)."""
    import pyoxigraph as ox

    for q in quads:
        s = q.subject
        yield (s.value if isinstance(s, ox.NamedNode) else None), q.predicate.value, f"{s} {q.predicate} {q.object} ."


class NTriplesLoading(KGStore):
    def load_file(self, path: str | Path) -> list[str]:
        """Parse with pyoxigraph (fast), straight to N-Triples lines; no rdflib objects."""
        import pyoxigraph as ox

        from ..rdf.io import format_for

        p = Path(path)
        if not p.exists():
            raise StoreError(f"{p}: no such graph file")
        fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
               "trig": ox.RdfFormat.TRIG, "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}[format_for(p)]
        try:
            return self._load_items(_items(ox.parse(path=str(p), format=fmt)))
        except SyntaxError as exc:  # pyoxigraph reports parse errors as SyntaxError
            raise StoreError(f"{p}: not a readable graph ({exc})") from None

    def load_ntriples(self, chunks: Iterable[bytes | str]) -> list[str]:
        """See :meth:`KGStore.load_ntriples`; parsed (and checked) by pyoxigraph as it streams."""
        import pyoxigraph as ox

        stream = io.BufferedReader(ChunkStream(chunks), buffer_size=1 << 20)
        try:
            return self._load_items(_items(ox.parse(stream, format=ox.RdfFormat.N_TRIPLES)))
        except SyntaxError as exc:
            raise StoreError(f"not readable as N-Triples ({exc})") from None
