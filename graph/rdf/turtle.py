"""Turtle (and TriG) pieces written without a parser: a document's own lines as statements, one a
subject, in the form :func:`lines_piece` defines; the build's workers write the two commonest kinds
of subject (a source span's three nodes, an assignment) from the terms they make the lines of
(:func:`span_chunks`, :func:`assignment_chunk`), the rest from those lines (:func:`line_chunks`),
the same bytes as :func:`lines_piece` of the document's sorted lines (``tests/test_turtle_pieces.py``).

The form, for whole N-Triples lines of a build (:mod:`graph.rdf.ntriples`; every line is a Turtle
statement as it is: the same IRI and string escapes):

- lines in a row with one subject are one statement: ``S P1 O1 ;\\n\\tP2 O2 .\\n`` (a predicate
  repeated for each of its objects, in the lines' order);
- an IRI (predicate, object, datatype) in one of :data:`graph.rdf.io.PREFIXES`' namespaces whose
  rest is a plain name (``[A-Za-z_][A-Za-z0-9_]*``) is the prefixed name (``pkg:order``;
  ``rdf:type`` as a predicate is ``a``); every other IRI, a subject too, as it is in its line;
- an ``xsd:integer`` literal of digits (an optional sign) is the bare number, an ``xsd:boolean``
  ``true`` or ``false`` the bare word; another datatype is written ``"…"^^xsd:date``; plain and
  language-tagged literals as they are.

A piece holds the statements of its lines only (no prefixes; the file's head declares them), so
pieces concatenate; TriG reads the same text (statements of the default graph).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["Forms", "block_chunk", "forms", "join_chunks", "key", "line_chunks", "lines_piece", "number", "obj", "predicate", "short"]

_TYPE_IRI = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER, _BOOLEAN = f"<{_XSD}integer>", f"<{_XSD}boolean>"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SEP = " ;\n\t"  # between the predicate-objects of a statement
_short_iris: dict[str, str] = {}
_BARE = {f'"true"^^{_BOOLEAN}': "true", f'"false"^^{_BOOLEAN}': "false"}
_namespaces: list[tuple[str, str]] = []


def short(iri: str) -> str:
    """``<iri>`` as a prefixed name when it is in a namespace of the prefixes with a plain rest;
    else as it is. (Remembered: only the vocabulary's IRIs come here, not instances'.)"""
    got = _short_iris.get(iri)
    if got is None:
        if not _namespaces:
            from .io import PREFIXES, load_serialiser

            load_serialiser()
            _namespaces.extend((ns, prefix) for prefix, ns in PREFIXES.items())
        got = iri
        for ns, prefix in _namespaces:
            if iri.startswith(ns, 1) and _NAME.fullmatch(iri, len(ns) + 1, len(iri) - 1):
                got = f"{prefix}:{iri[len(ns) + 1 : -1]}"
                break
        _short_iris[iri] = got
    return got


def predicate(iri: str) -> str:
    """A predicate ``<iri>`` as written: ``a`` for ``rdf:type``."""
    return "a" if iri == _TYPE_IRI else short(iri)


_INSTANCES = "<https://w3id.org/policykg/id/"  # (no prefix: never shortened, never remembered)


def obj(o: str) -> str:
    """An object as written in a line, as written in a statement."""
    if o[0] == "<":
        return o if o.startswith(_INSTANCES) else short(o)
    if o[-1] != ">":
        return o  # a plain or language-tagged literal
    got = _BARE.get(o)
    if got is not None:
        return got
    close = o.rindex('"^^<')
    dt = o[close + 3 :]
    if dt == _INTEGER:
        digits = o[2:close] if o[1] in "+-" else o[1:close]
        if digits.isascii() and digits.isdigit():  # (Turtle's INTEGER: ASCII digits, a sign)
            return o[1:close]
    if dt == _BOOLEAN and o[1:close] in ("true", "false"):
        return o[1:close]
    return f"{o[: close + 1]}^^{short(dt)}"


def line_chunks(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(:func:`key`, statement) of each run of lines with one subject, in order."""
    out: list[tuple[str, str]] = []
    subject = ""
    parts: list[str] = []
    add = parts.append
    forms = _short_iris
    for line in lines:
        s, p, o = line.split(" ", 2)  # (no IRI holds a space)
        o = o[:-2]
        if o[-1] == ">":  # an IRI, or a literal with a datatype
            o = (o if o.startswith(_INSTANCES) else forms.get(o) or short(o)) if o[0] == "<" else obj(o)
        if s != subject:
            if parts:
                out.append((subject[1:-1], f"{subject} {_SEP.join(parts)} .\n"))
            subject, parts = s, []
            add = parts.append
        add(f"{'a' if p == _TYPE_IRI else forms.get(p) or short(p)} {o}")
    if parts:
        out.append((subject[1:-1], f"{subject} {_SEP.join(parts)} .\n"))
    return out


def join_chunks(chunks: list[tuple[str, str]]) -> bytes:
    """The piece of chunks (:func:`key`, statements) of distinct keys, in the keys' order."""
    chunks.sort()
    return "".join([c[1] for c in chunks]).encode()


def lines_piece(lines: bytes) -> bytes:
    """The piece of whole N-Triples lines (UTF-8, each ended by a newline): its statements in the
    order of :func:`key` (each line's subject's lines in a row, as in sorted lines)."""
    return join_chunks(line_chunks(lines.decode().split("\n")[:-1]))  # (a literal may hold \x0b, \x85, \u2028…)


# ------------------------------------------------------------------------ from the terms (the workers)


class Forms:
    """The vocabulary's terms as statements write them (made once): what the build's workers put in
    the statements they write from the terms (:func:`graph.rdf.build._line_set`)."""

    def __init__(self) -> None:
        from .namespaces import ELI, OA, PKG, PROV, SCHEMA

        self.a = predicate(_TYPE_IRI)
        for name, iri in (("end", OA.end), ("start", OA.start), ("exact", OA.exact), ("selector", OA.hasSelector),
                          ("source", OA.hasSource), ("derived", PROV.wasDerivedFrom), ("agent", PKG.agent),
                          ("generic", PKG.generic), ("implicit", PKG.implicit), ("mention", PKG.mention),
                          ("order", PKG.order), ("role", PKG.role), ("task", PKG.task),
                          ("position", OA.TextPositionSelector), ("quote", OA.TextQuoteSelector),
                          ("span", PKG.SourceSpan), ("assignment", PKG.Assignment), ("part_of", ELI.is_part_of),
                          ("target", PKG.Target), ("unit", SCHEMA.unitText), ("value", SCHEMA.value),
                          ("period", PKG.deadlinePeriod), ("deadline_year", PKG.deadlineYear),
                          ("indicator", PKG.indicator), ("path", PKG.path), ("task_class", PKG.Task),
                          ("task_deadline", PKG.deadline), ("form", PKG.form), ("text", PKG.text)):
            setattr(self, name, short(f"<{iri}>"))

    def __getattr__(self, name: str) -> str:  # (for mypy: the names set above)
        raise AttributeError(name)


_forms: list[Forms] = []


def forms() -> Forms:
    if not _forms:
        _forms.append(Forms())
    return _forms[0]


def number(value: object, line_form: str) -> str:
    """An ``xsd:integer`` object as written, from its value (``line_form`` its line's object)."""
    return str(value) if type(value) is int else obj(line_form)


def key(subject: str) -> str:
    """Statements are in the order of their subjects' IRIs (``<`` and ``>`` not compared): a source
    span's nodes, ``…/span/1-5``, ``…/span/1-5/pos``, ``…/span/1-5/quote``, in a row."""
    return subject[1:-1]


def block_chunk(subject: str, lines: list[str]) -> tuple[str, str]:
    """(:func:`key`, statement) of the lines of one subject (in the lines' order)."""
    n = len(subject) + 1
    parts = []
    for line in lines:
        j = line.index(" ", n)
        parts.append(f"{predicate(line[n:j])} {obj(line[j + 1 : -2])}")
    return subject[1:-1], f"{subject} {_SEP.join(parts)} .\n"
