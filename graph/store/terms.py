"""RDF terms in and out of the stores: rdflib terms as N-Triples text (which is also SPARQL
``INSERT DATA`` syntax), and the terms each backend answers with (pyoxigraph objects, SPARQL JSON
bindings) as the Python values the memory store gives or as rdflib terms."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import StoreError

if TYPE_CHECKING:
    from rdflib.term import Node

XSD = "http://www.w3.org/2001/XMLSchema#"


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))


def nt_term(term: Node) -> str:
    """An rdflib term as N-Triples text, which is also SPARQL ``INSERT DATA`` syntax."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        if term.language:
            return f'"{_escape(str(term))}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != XSD + "string":
            return f'"{_escape(str(term))}"^^<{term.datatype}>'
        return f'"{_escape(str(term))}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    raise StoreError(f"cannot store a {type(term).__name__} term ({term!r})")


_PLAIN_INTEGER = re.compile(r"[+-]?[0-9]+")
# the lexical space of xsd:boolean; anything else goes to rdflib (which warns and gives False)
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def literal_py(lexical: str, datatype: str | None, lang: str | None) -> Any:
    """A literal as the Python value the memory store gives (ints, floats, bools, else the lexical form)."""
    if lang or not datatype or datatype == XSD + "string":
        return lexical
    if datatype == XSD + "integer" and _PLAIN_INTEGER.fullmatch(lexical):
        return int(lexical)  # counts: the common case, without loading rdflib (CLI start-up)
    if datatype == XSD + "boolean" and lexical in _BOOLEANS:
        return _BOOLEANS[lexical]  # flags (projection-agents: ?collective): rdflib's values, no rdflib
    from rdflib import Literal, URIRef

    from ..queryfile import _py

    return _py(Literal(lexical, datatype=URIRef(datatype)))


def json_rdflib(t: Mapping[str, str]) -> Node:
    """A term of a SPARQL JSON result as an rdflib term."""
    from rdflib import BNode, Literal, URIRef

    kind = t["type"]
    if kind == "uri":
        return URIRef(t["value"])
    if kind == "bnode":
        return BNode(t["value"])
    dt = t.get("datatype")
    return Literal(t["value"], lang=t.get("xml:lang"), datatype=URIRef(dt) if dt and not t.get("xml:lang") else None)


def json_py(t: Mapping[str, str] | None) -> Any:
    """A term of a SPARQL JSON result as the memory store's Python value (None when unbound)."""
    if t is None:
        return None
    if t["type"] == "uri":
        return t["value"]
    if t["type"] == "bnode":
        return f"_:{t['value']}"
    return literal_py(t["value"], t.get("datatype"), t.get("xml:lang"))


def ox_py(term: Any) -> Any:
    """A pyoxigraph term as the memory store's Python value (None when unbound)."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return literal_py(term.value, term.datatype.value, term.language)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def ox_rdflib(t: Any) -> Node:
    """A pyoxigraph term as an rdflib term."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    return Literal(t.value, datatype=URIRef(t.datatype.value))
