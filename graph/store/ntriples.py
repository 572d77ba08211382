"""Loading for the backends that take N-Triples text (Oxigraph, SPARQL endpoints): graph files and
N-Triples text are parsed by pyoxigraph straight to N-Triples lines, never to rdflib objects."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import BASE, SOURCE_FILE, ChunkStream, Item, KGStore, document_of


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

    def load_ntriples_by_document(self, parts: Iterable[Iterable[bytes | str]]) -> list[str]:
        """See :meth:`KGStore.load_ntriples_by_document`: parsed by pyoxigraph part by part."""
        import pyoxigraph as ox

        doc_prefix = BASE + "doc/"
        held: dict[str, list[tuple[str, str]]] = {}  # document-scoped lines of a document not yet read
        done: list[str] = []
        for part in parts:
            stream = io.BufferedReader(ChunkStream(part), buffer_size=1 << 20)
            try:
                items = list(_items(ox.parse(stream, format=ox.RdfFormat.N_TRIPLES)))
            except SyntaxError as exc:
                self._put_done()  # the parts before are stored, each document whole
                raise StoreError(f"not readable as N-Triples ({exc})") from None
            docs = {s for s, p, _ in items if s is not None and p == SOURCE_FILE}
            own: dict[str, list[str]] = {d: [] for d in sorted(docs)}
            shared: list[str] = []
            for s, _, line in items:
                d = document_of(s, docs) if s is not None else None
                if d is not None:
                    own[d].append(line)
                elif s is not None and s.startswith(doc_prefix):
                    held.setdefault(s[len(doc_prefix):].split("/", 1)[0], []).append((s, line))
                else:
                    shared.append(line)
            if shared:
                self._put_shared(shared)
            for doc, lines in own.items():
                key = doc[len(doc_prefix):].split("/", 1)[0]
                waiting = held.pop(key, [])
                lines += [line for s, line in waiting if document_of(s, {doc})]
                if others := [(s, line) for s, line in waiting if not document_of(s, {doc})]:
                    held[key] = others
                self._put_document(doc, lines)
                done.append(doc)
        rest = [line for lines in held.values() for _, line in lines]
        if rest:  # under the document prefix but no document of this load: shared, as load_ntriples does
            self._put_shared(rest)
        self._put_done()
        return sorted(done)

    # How :meth:`load_ntriples_by_document` writes: each document replaced at once, shared lines
    # added. A backend may hold them back and write many at a time (:meth:`_put_done` at the end).
    def _put_document(self, doc: str, lines: list[str]) -> None:
        self._replace(doc, lines, [])

    def _put_shared(self, lines: list[str]) -> None:
        self._replace("", [], lines)

    def _put_done(self) -> None:
        return None
