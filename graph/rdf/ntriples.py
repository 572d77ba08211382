"""The line format: how a build's triples travel between the document stage, the assembly and the
sinks (output file, store, the Python API).

Protocol
--------
A build's graph is a stream of **lines**, ``str`` without their newline, each one triple in
canonical N-Triples (RDF 1.1, section "Canonical N-Triples"), exactly as rdflib 7 writes it
(``Graph.serialize(format="nt")``):

- ``<s> <p> o .`` with one space between the terms; no blank nodes, no comments, no empty lines.
- Subject and predicate are IRIs in ``<…>``. An IRI never holds a character rdflib refuses to
  write (``< > " space { } | \\ ^ ` ``): :func:`iri` raises ValueError for one, so no line is ever
  written for it (the document fails; the rest of the build goes on).
- The object is an IRI or a literal: ``"lexical form"``, then nothing (``xsd:string``),
  ``@lang`` or ``^^<datatype IRI>``. In the lexical form exactly four characters are escaped,
  ``\\`` ``"`` LF CR as ``\\\\`` ``\\"`` ``\\n`` ``\\r``; everything else (tabs, other
  control characters, characters outside the BMP) is written as it is. The lexical form is
  rdflib's (``str(Literal(value, …))``): ``"5"^^xsd:integer``, ``"true"^^xsd:boolean``, a
  decimal as ``f"{d:f}"``, a ``YYYY-MM-DD`` date as it is.
- A **fragment** (one document) is the sorted, distinct lines of its document. The lines whose
  subject is under ``<https://w3id.org/policykg/id/doc/`` (:data:`BASE_DOC`) are *document-scoped*:
  only that document's fragment writes them. All other lines (departments, cited works) may be
  written by several fragments; the assembly keeps the first.
- The **assembled stream** is the *global lines* (role concepts, registry facts of the
  departments used, citation links between documents; sorted, distinct), then each fragment's
  lines in file order without the non-document-scoped lines already written (what a store and
  the Python API read). A **graph file** holds the same lines in another order
  (:func:`graph.assemble.file_chunks`): each fragment's lines in file order without the
  non-document-scoped lines already written (the *body*), then the global lines the body does not
  hold (the *tail*). Its bytes (each line UTF-8 with ``\\n``) are the ``.nt`` output; every other
  format is the body and the tail re-serialised.

The writer (:func:`iri`, :func:`literal` and the fast forms) and the reader (:func:`read_lines`)
are each other's inverse; tests compare both with rdflib's own writer and parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph

# Plain strings, not graph.rdf.namespaces: a no-change rebuild reads fragments without loading
# rdflib (tests/test_assemble.py checks they are the namespaces' IRIs).
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"

__all__ = [
    "BASE_DOC",
    "ORG_TYPE",
    "boolean",
    "date",
    "decimal",
    "graph_lines",
    "integer",
    "iri",
    "literal",
    "own_span",
    "quote",
    "read_lines",
    "string",
    "term",
    "zh",
]

BASE_DOC = "<https://w3id.org/policykg/id/doc/"
ORG_TYPE = f" <{_RDF_TYPE}> <http://www.w3.org/ns/org#Organization> ."  # the end of a line typing an organisation

_INTEGER, _DECIMAL, _DATE = f"^^<{_XSD}integer>", f"^^<{_XSD}decimal>", f"^^<{_XSD}date>"
_TRUE, _FALSE = f'"true"^^<{_XSD}boolean>', f'"false"^^<{_XSD}boolean>'

_BAD_IRI = re.compile(r'[<>" {}|\\^`]')  # what URIRef.n3() refuses to write
_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # the lexical forms rdflib leaves as they are


def iri(value: str) -> str:
    """``<value>``; ValueError (rdflib's message) for an IRI N-Triples cannot hold."""
    if _BAD_IRI.search(value) is not None:
        raise ValueError(f'"{value}" does not look like a valid URI, I cannot serialize this as N3/Turtle. '
                         "Perhaps you wanted to urlencode it?")
    return f"<{value}>"


def quote(text: str) -> str:
    """A lexical form in quotes with the four escapes of canonical N-Triples."""
    if "\\" not in text and "\n" not in text and '"' not in text and "\r" not in text:
        return f'"{text}"'  # (most texts: four scans, no call)
    return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


def literal(value: object, lang: str | None = None, datatype: str | None = None) -> str:
    """Any literal: ``Literal(value, lang=…, datatype=…)`` written with its lexical form (the fast
    forms below cover the values a build writes; this is their general case)."""
    from rdflib import Literal

    lit = value if isinstance(value, Literal) else Literal(value, lang=lang, datatype=datatype)
    if lit.language:
        return f"{quote(str(lit))}@{lit.language}"
    if lit.datatype is not None:
        return f"{quote(str(lit))}^^<{lit.datatype}>"
    return quote(str(lit))


def term(t: Any) -> str:
    """An rdflib IRI or literal as written in a line."""
    from rdflib import Literal, URIRef

    if isinstance(t, Literal):
        return literal(t)
    if isinstance(t, URIRef):
        return iri(str(t))
    raise ValueError(f"{t!r}: a build writes no blank nodes")


def graph_lines(g: Iterable[tuple[Any, Any, Any]]) -> set[str]:
    """The lines of an rdflib graph's triples."""
    return {f"{term(s)} {term(p)} {term(o)} ." for s, p, o in g}


def string(value: str) -> str:
    """``Literal(value)``."""
    return quote(value) if type(value) is str else literal(value)


def zh(value: str) -> str:
    """``Literal(value, lang="zh")``."""
    return quote(value) + "@zh" if type(value) is str else literal(value, lang="zh")


def integer(value: int) -> str:
    """``Literal(value)`` of an int: ``"5"^^xsd:integer``."""
    return f'"{value}"{_INTEGER}' if type(value) is int else literal(value)


def boolean(value: bool) -> str:
    """``Literal(value)`` of a bool: ``"true"^^xsd:boolean``."""
    if value is True:
        return _TRUE
    if value is False:
        return _FALSE
    return literal(value)


def date(value: str) -> str:
    """``Literal(value, datatype=XSD.date)``: rdflib rewrites a lexical form it can parse as the
    date's ``isoformat()`` (``2016-05-03Z`` -> ``2016-05-03``), which leaves ``YYYY-MM-DD`` as it is
    (and keeps what it cannot parse, such as 2016-02-30); anything else goes through rdflib."""
    if type(value) is str and _DATE_FORM.fullmatch(value):
        return f'"{value}"{_DATE}'
    return literal(value, datatype=_XSD + "date")


def decimal(value: float) -> str:
    """``Literal(d, datatype=XSD.decimal)`` of the value's shortest decimal form, integral values
    without a fraction; rdflib writes a Decimal as ``f"{d:f}"``."""
    d = Decimal(repr(value)).normalize()
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return f'"{d:f}"{_DECIMAL}'


# ---------------------------------------------------------------- reading lines back


_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"\\": "\\", "n": "\n", '"': '"', "r": "\r"}


def read_lines(g: Graph, lines: Iterable[str], *, single: str | None = None) -> None:
    """Add the triples of ``lines`` to ``g``: the inverse of the writer above (rdflib's N-Triples
    parser reads them the same, at half the speed). A line is ``<s> <p> o .`` (no IRI holds
    ``>``); ``o`` is an IRI or a literal quoted with the four escapes, then ``@lang`` or
    ``^^<datatype>``. Triples of the predicate IRI ``single`` go in with ``Graph.set`` (the last
    line wins), all others with ``Graph.add``."""
    from rdflib import Literal, URIRef

    terms: dict[str, Any] = {}

    def term_of(text: str) -> Any:
        t = terms.get(text)
        if t is None:
            if text[0] == "<":
                t = URIRef(text[1:-1])
            else:
                close = text.rindex('"')
                lex = text[1:close]
                if "\\" in lex:
                    lex = _UNESCAPE.sub(lambda m: _UNESCAPED[m.group(1)], lex)
                rest = text[close + 1 :]
                if not rest:
                    t = Literal(lex)
                elif rest[0] == "@":
                    t = Literal(lex, lang=rest[1:])
                else:
                    t = Literal(lex, datatype=URIRef(rest[3:-1]))
            terms[text] = t
        return t

    add, set_ = g.add, g.set
    single_p = f"<{single}>" if single is not None else None
    for line in lines:
        i = line.index("> ") + 1
        j = line.index("> ", i + 1) + 1
        p = line[i + 1 : j]
        triple = (term_of(line[:i]), term_of(p), term_of(line[j + 1 : -2]))
        if p == single_p:
            set_(triple)
        else:
            add(triple)


_BASE_DOC_B = BASE_DOC.encode("utf-8")


def own_span(block: bytes) -> tuple[int, int]:
    """Where the lines of its own document are in a block of a fragment's (sorted) lines:
    ``block[i:j]``, whole lines (``i == j`` when there are none)."""
    if block.startswith(_BASE_DOC_B):
        i = 0
    else:
        i = block.find(b"\n" + _BASE_DOC_B) + 1 or len(block)
    j = block.index(b"\n", max(i, block.rfind(b"\n" + _BASE_DOC_B) + 1)) + 1 if i < len(block) else i
    return i, j
