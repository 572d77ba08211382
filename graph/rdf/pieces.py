"""Graph files written in pieces: one file = a head, pieces (each a serialisation of some of the
build's lines), separators between non-empty pieces, and a foot. Each piece is written on its own
(so a build's workers write the pieces of their documents in parallel, :mod:`graph.rendered`);
the file is valid because of how each syntax scopes things:

- Turtle and TriG (every triple in the default graph): the ``@prefix`` lines once, in the head
  (pyoxigraph's); each piece is statements without them (:mod:`graph.rdf.turtle`: they end with
  `` .``, so pieces concatenate). A subject may have statements in two pieces: the same graph.
- JSON-LD: one top-level array of node objects (expanded JSON-LD 1.1, full IRIs, no context):
  ``[`` then each piece's node objects, ``,`` between pieces, then ``]``. Two node objects of one
  ``@id`` are one node.
- RDF/XML: the ``rdf:RDF`` element with the namespaces declared once; each piece is the node
  elements of a serialisation (pyoxigraph declares a namespace it was not given on the element
  that uses it, never on ``rdf:RDF``, so every piece's root is the same and can be dropped).

The build's lines have no blank nodes (:mod:`graph.rdf.ntriples`), so no label can clash between
pieces. N-Triples and N-Quads are not written in pieces: a build's lines are already both. Each
piece but Turtle's and TriG's is written by pyoxigraph's serialiser on its own.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from functools import cache
from typing import IO

__all__ = ["PIECED", "foot", "head", "piece", "separator", "write_piece"]

PIECED = ("turtle", "trig", "json-ld", "xml")  # the formats written in pieces

_PROBE = b"<https://w3id.org/policykg/id/doc/x> <https://w3id.org/policykg/ontology#p> \"x\" .\n"


def _whole(chunks: Iterable[bytes], fmt: str) -> bytes:
    from .io import write_ntriples_as

    buf = io.BytesIO()
    write_ntriples_as(chunks, buf, fmt, own=True)
    return buf.getvalue()


@cache
def _frame(fmt: str) -> tuple[bytes, bytes]:
    """What pyoxigraph writes around the statements of a serialisation in ``fmt``: (before, after)."""
    if fmt not in PIECED:
        raise ValueError(f"{fmt} is not written in pieces")
    data = _whole([_PROBE], fmt)
    if fmt in ("turtle", "trig"):
        end = data.index(b"<https://w3id.org/policykg/id/doc/x>")
        before, after = data[:end], b""
        assert all(line.startswith(b"@prefix ") for line in before.splitlines()), before
    elif fmt == "json-ld":
        before, after = b"[", b"]"
    else:
        empty = _whole([], fmt)
        after = b"</rdf:RDF>"
        before = empty[: -len(after)]
        assert empty.endswith(after) and data.startswith(before), empty
    assert data.startswith(before) and data.endswith(after), data
    return before, after


def head(fmt: str) -> bytes:
    """The start of a file in ``fmt``: the prefixes (Turtle, TriG), ``[`` (JSON-LD), the XML
    declaration and the ``rdf:RDF`` start tag (RDF/XML)."""
    before = _frame(fmt)[0]
    return before + b"\n" if fmt == "json-ld" else before


def foot(fmt: str) -> bytes:
    """The end of a file in ``fmt``."""
    after = _frame(fmt)[1]
    return b"\n" + after + b"\n" if fmt == "json-ld" else after + b"\n" if after else b""


def separator(fmt: str) -> bytes:
    """What goes between two non-empty pieces."""
    return b",\n" if fmt == "json-ld" else b""


def piece(lines: bytes, fmt: str) -> bytes:
    """The piece of the N-Triples ``lines`` (whole lines of a build) in ``fmt``: ``b""`` for none."""
    buf = io.BytesIO()
    write_piece(lines, buf, fmt)
    return buf.getvalue()


def write_piece(lines: bytes, out: IO[bytes], fmt: str) -> int:
    """Write the piece of the N-Triples ``lines`` (a build's own, :func:`graph.rdf.io.write_ntriples_as`)
    in ``fmt`` to ``out``, streamed; return its length. Turtle and TriG: the statements of
    :func:`graph.rdf.turtle.lines_piece` (what the workers write from the terms); the others
    pyoxigraph's serialisation (the bytes given to its parser whole: 10 % less time than through a
    Python stream)."""
    if fmt in ("turtle", "trig"):
        from .turtle import lines_piece

        return out.write(lines_piece(lines))
    import pyoxigraph as ox

    from .io import PREFIXES, _ox_format, load_serialiser

    load_serialiser()
    before, after = _frame(fmt)
    strip = _Strip(out, before, after)
    triples = ox.parse(lines, format=ox.RdfFormat.N_TRIPLES, lenient=True)
    ox.serialize(triples, strip, _ox_format(fmt), prefixes=PREFIXES)  # type: ignore[arg-type]
    return strip.end()


class _Strip:
    """A binary writer passing on what is written to it less a known start and end."""

    def __init__(self, out: IO[bytes], before: bytes, after: bytes) -> None:
        self._out = out
        self._before = before
        self._after = after
        self._buf = b""
        self._started = False
        self.size = 0

    def write(self, data: bytes) -> int:
        self._buf += data
        if not self._started:
            if len(self._buf) < len(self._before):
                return len(data)
            if not self._buf.startswith(self._before):
                raise ValueError(f"unexpected start of a serialisation: {self._buf[:200]!r}")
            self._buf = self._buf[len(self._before) :]
            self._started = True
        keep = len(self._after)
        if len(self._buf) > keep:
            cut = len(self._buf) - keep
            self._out.write(self._buf[:cut])
            self.size += cut
            self._buf = self._buf[cut:]
        return len(data)

    def flush(self) -> None:
        pass

    def end(self) -> int:
        """Check the end of what was written; return the length passed on."""
        if (self._buf != self._after) if self._started else bool(self._buf):
            raise ValueError(f"unexpected end of a serialisation: {self._buf[-200:]!r}")
        return self.size
