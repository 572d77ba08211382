"""Loading for the backends that take N-Triples text (Oxigraph, SPARQL endpoints): files are parsed
by pyoxigraph straight to N-Triples lines, never to rdflib objects."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import StoreError
from .base import Item, KGStore


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

        def items() -> Iterator[Item]:
            for q in ox.parse(path=str(p), format=fmt):
                s = q.subject
                yield (s.value if isinstance(s, ox.NamedNode) else None), q.predicate.value, \
                    f"{s} {q.predicate} {q.object} ."

        try:
            return self._load_items(items())
        except SyntaxError as exc:  # pyoxigraph reports parse errors as SyntaxError
            raise StoreError(f"{p}: not a readable graph ({exc})") from None
