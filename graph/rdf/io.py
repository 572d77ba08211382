"""Reading and writing graph files. Writes are atomic: a temporary file in the same folder,
then a rename, so an interrupted write leaves the previous file intact.

A build's graph is written by :func:`write_ntriples_as`: its N-Triples lines, streamed through
pyoxigraph's parser and serialisers, so Turtle, N-Quads, TriG, JSON-LD and RDF/XML are written at
N-Triples speed in bounded memory (no rdflib graph). :func:`serialize` writes an rdflib graph.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..atomic import atomic_write_bytes
from ..errors import PolicyKGError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["FORMATS", "PREFIXES", "atomic_write_bytes", "canonical_jsonld", "format_for", "read_graph", "serialize", "write_graph",
           "write_ntriples_as"]

FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".nq": "nquads",
    ".trig": "trig",
}


def format_for(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise PolicyKGError(f"{path}: unknown graph format {suffix or '(none)'} (use {', '.join(FORMATS)})")
    return FORMATS[suffix]


def _prefixes() -> dict[str, str]:
    from .namespaces import DCTERMS, ELI, OA, ORG, PKG, PROV, ROLE, SCHEMA, SKOS, XSD

    return {"pkg": str(PKG), "role": str(ROLE), "eli": str(ELI), "org": str(ORG), "oa": str(OA),
            "schema": str(SCHEMA), "prov": str(PROV), "skos": str(SKOS), "dcterms": str(DCTERMS), "xsd": str(XSD)}


PREFIXES: dict[str, str] = {}  # filled on first use (the namespaces module loads rdflib)


class _ChunkReader(io.RawIOBase):
    """A readable binary stream over an iterator of byte chunks (read by pyoxigraph's parser)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks: Iterator[bytes] = iter(chunks)
        self._rest = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._rest:
            try:
                self._rest = memoryview(next(self._chunks))
            except StopIteration:
                return 0
        n = min(len(buffer), len(self._rest))
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n


def _ox_format(fmt: str) -> Any:
    import pyoxigraph as ox

    return {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
            "trig": ox.RdfFormat.TRIG, "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}[fmt]


def load_serialiser() -> None:
    """Import what :func:`write_ntriples_as` needs (pyoxigraph, the prefixes: rdflib's namespaces).
    Call it before running the serialiser in a thread of a process that forks: a child forked while
    that thread holds an import's lock would wait for it forever at its own import."""
    import pyoxigraph  # noqa: F401

    if not PREFIXES:
        PREFIXES.update(_prefixes())


def write_ntriples_as(chunks: Iterable[bytes], out: IO[bytes], fmt: str, *, own: bool = False) -> None:
    """Write N-Triples, given as byte chunks of whole lines, to ``out`` in ``fmt`` (a value of
    :data:`FORMATS`), streaming: triples of one subject in a row share a Turtle/JSON-LD node.
    The same lines in the same order give the same bytes. Quad formats put every triple in the
    default graph.

    ``own``: the lines are a build's own, written by :mod:`graph.rdf.ntriples` (which refuses an
    IRI N-Triples cannot hold): pyoxigraph reads them without validating the IRIs again
    (``lenient``), half the time of its strict reading, the same triples."""
    import pyoxigraph as ox

    load_serialiser()
    triples = ox.parse(io.BufferedReader(_ChunkReader(chunks), 1 << 20), format=ox.RdfFormat.N_TRIPLES, lenient=own)
    ox.serialize(triples, out, _ox_format(fmt), prefixes=PREFIXES)


def serialize(g: Graph, fmt: str) -> bytes:
    """Deterministic bytes: N-Triples (and N-Quads) lines sorted; Turtle as rdflib writes it
    (sorted); JSON-LD in :func:`canonical_jsonld` form, the same whether or not rdflib finds orjson
    and whatever the process's hash seed."""
    if fmt == "nt":
        data = g.serialize(format="nt", encoding="utf-8")
        lines = sorted(set(data.decode("utf-8").splitlines()))
        return ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
    from .namespaces import bind_prefixes

    bind_prefixes(g)
    if fmt == "json-ld":
        from ..rdf.namespaces import DCTERMS, ELI, OA, ORG, PKG, PROV, ROLE, SCHEMA, SKOS, XSD

        context = {
            "pkg": str(PKG), "role": str(ROLE), "eli": str(ELI), "org": str(ORG), "oa": str(OA),
            "schema": str(SCHEMA), "prov": str(PROV), "skos": str(SKOS), "dcterms": str(DCTERMS), "xsd": str(XSD),
        }
        return canonical_jsonld(g.serialize(format="json-ld", context=context, sort_keys=True, encoding="utf-8"))
    if fmt == "nquads":  # a plain graph's triples are in the default graph: N-Quads lines are N-Triples lines
        return serialize(g, "nt")
    return g.serialize(format=fmt, encoding="utf-8")


def canonical_jsonld(data: bytes) -> bytes:
    """JSON-LD text with every array sorted (the order of an ``@list`` kept) and the layout of
    rdflib's writer (keys sorted, two-space indent, UTF-8).

    >>> canonical_jsonld(b'{"@graph": [{"@id": "b"}, {"@id": "a", "x": {"@list": [2, 1]}}]}').split()
    [b'{', b'"@graph":', b'[', b'{', b'"@id":', b'"a",', b'"x":', b'{', b'"@list":', b'[', b'2,', b'1', b']', b'}', b'},', b'{', b'"@id":', b'"b"', b'}', b']', b'}']
    """

    def canon(value: Any, ordered: bool = False) -> Any:
        if isinstance(value, dict):
            return {k: canon(v, ordered=k == "@list") for k, v in value.items()}
        if isinstance(value, list):
            items = [canon(v) for v in value]
            return items if ordered else sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    return json.dumps(canon(json.loads(data)), indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")



def write_graph(g: Graph, path: str | Path) -> None:
    atomic_write_bytes(path, serialize(g, format_for(path)))


def read_graph(path: str | Path) -> Graph:
    """A graph file (any of :data:`FORMATS`) as an rdflib Graph; the triples of every graph of a
    quad format. Parsed by pyoxigraph (rdflib's Turtle parser takes minutes where this takes
    seconds); the terms are the ones rdflib's own parser makes."""
    p = Path(path)
    if not p.exists():
        raise PolicyKGError(f"{p}: no such graph file")
    import pyoxigraph as ox
    from rdflib import BNode, Graph, Literal, URIRef

    from .namespaces import bind_prefixes

    fmt = format_for(p)
    g = Graph()
    iris: dict[str, URIRef] = {}
    string, lang_string = "http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

    def term(t: Any) -> Any:
        if isinstance(t, ox.NamedNode):
            v = t.value
            u = iris.get(v)
            if u is None:
                u = iris[v] = URIRef(v)
            return u
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            dt = t.datatype.value
            return Literal(t.value) if dt in (string, lang_string) else Literal(t.value, datatype=term(t.datatype))
        raise PolicyKGError(f"{p}: RDF-star triple terms are not supported")

    store_add, context = g.store.add, g  # what Graph.add does, without its per-triple type checks
    try:
        for q in ox.parse(path=str(p), format=_ox_format(fmt)):
            store_add((term(q.subject), term(q.predicate), term(q.object)), context, quoted=False)
    except PolicyKGError:
        raise
    except (SyntaxError, ValueError, OSError) as exc:  # pyoxigraph reports parse errors as SyntaxError
        raise PolicyKGError(f"{p}: not a readable {fmt} graph ({type(exc).__name__}: {exc})") from None
    bind_prefixes(g)
    return g
