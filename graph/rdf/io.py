"""Reading and writing graph files. Writes are atomic: a temporary file in the same folder,
then a rename, so an interrupted write leaves the previous file intact."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import atomic_write_bytes
from ..errors import PolicyKGError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["FORMATS", "atomic_write_bytes", "format_for", "read_graph", "serialize", "write_graph"]

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


def serialize(g: Graph, fmt: str) -> bytes:
    """Deterministic bytes: N-Triples lines sorted; Turtle/JSON-LD as rdflib writes them (sorted)."""
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
        return g.serialize(format="json-ld", context=context, sort_keys=True, indent=1, encoding="utf-8")
    return g.serialize(format=fmt, encoding="utf-8")


def write_graph(g: Graph, path: str | Path) -> None:
    atomic_write_bytes(path, serialize(g, format_for(path)))


def read_graph(path: str | Path) -> Graph:
    p = Path(path)
    if not p.exists():
        raise PolicyKGError(f"{p}: no such graph file")
    from rdflib import Graph

    from .namespaces import bind_prefixes

    g = Graph()
    try:
        g.parse(str(p), format=format_for(p))
    except PolicyKGError:
        raise
    except Exception as exc:  # rdflib raises many parser-specific types
        raise PolicyKGError(f"{p}: not a readable {format_for(p)} graph ({type(exc).__name__}: {exc})") from None
    bind_prefixes(g)
    return g
