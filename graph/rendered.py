"""Each document's piece of a Turtle, TriG, JSON-LD or RDF/XML graph file, written by the build's
workers (in parallel) beside the document's fragment file.

A fragment's lines are sorted, so its own document's lines (those under :data:`BASE_DOC`, written
by no other fragment) are one run (:func:`graph.rdf.ntriples.own_span`); the lines around them
(departments, cited works) may be written by other fragments too. A *rendered file*,
``<key>.ttl`` (``.trig``, ``.jsonld``, ``.rdf``) beside ``<key>.nt``, holds both parts:
``# <shared length, 16 digits> <piece length, 16 digits>``, then the shared lines as they are
(N-Triples), then the piece of the own lines in the format (:func:`graph.rdf.pieces.write_piece`).
The build's parent copies the piece into the output and keeps the shared lines, each once, for
the end of the file (:class:`graph.spool.OutputWriter`): it parses and serialises nothing of a
document. A rendered file is written atomically, and only from the fragment file of its key, so
it holds that fragment's piece or is absent (then the parent renders the piece itself: the same bytes). A build that
releases its fragments gets the two parts with the fragment instead (:attr:`graph.fragments.Fragment.piece`, up to
``graph.pipeline._SENT`` bytes): no rendered file is written.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .fragments import Fragment, _open_spill, fragment_blocks
from .rdf.ntriples import own_span

if TYPE_CHECKING:
    from .model import Extraction

__all__ = ["SUFFIXES", "TURTLE", "open_rendered", "process_file_pieced", "rendered_path", "split_lines", "write_rendered"]

SUFFIXES = {"turtle": ".ttl", "trig": ".trig", "json-ld": ".jsonld", "xml": ".rdf"}
TURTLE = ("turtle", "trig")  # pieces the workers write from the terms (graph.rdf.turtle), not from the lines
_HEAD = 36  # b"# %016d %016d\n"


def rendered_path(spill: str | Path, fmt: str) -> Path:
    """The rendered file in ``fmt`` of the fragment file ``spill``."""
    return Path(spill).with_suffix(SUFFIXES[fmt])


def split_lines(data: bytes) -> tuple[bytes, bytes]:
    """A fragment's lines (all of them, UTF-8): (the lines not its document's own, its own lines)."""
    i, j = own_span(data)
    return data[:i] + data[j:], data[i:j]


def process_file_pieced(path: str, key: str | None, own: bool) -> tuple[Fragment, bytes, bytes]:
    """:func:`graph.fragments.process_file_encoded` and the Turtle piece of the document (``b""``
    for a bad file), written from the terms (:func:`graph.rdf.lines.encoded_lines_and_piece`; without
    ``own``, the lines lack those of the document's own the piece was written without)."""
    from .fragments import _process, _side_data
    from .rdf.lines import encoded_lines_and_piece
    from .resolve import default_resolver

    def make(ex: Extraction, path: str, key: str) -> tuple[Fragment, bytes, bytes]:
        data, orgs, piece = encoded_lines_and_piece(ex, default_resolver(), own)
        return _side_data(ex, path, key, orgs), data, piece

    return _process(path, key, make)


def write_rendered(spill: str, fmt: str, data: bytes | None = None, piece: bytes | None = None) -> None:
    """Write the rendered file in ``fmt`` of the fragment file ``spill`` (whose lines are ``data``,
    or read from it), unless it is there; ``piece``: the piece, made already (Turtle's, the same for
    TriG). Never raises: without it the parent renders the piece."""
    from .rdf.pieces import write_piece

    path = rendered_path(spill, fmt)
    if path.exists():
        return
    tmp = None
    try:
        if data is None:
            fh, _ = _open_spill(spill, side=False)
            with fh:
                data = fh.read()
        shared, own = split_lines(data)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(b"# %016d %016d\n" % (0, 0))
            out.write(shared)
            if piece is None:
                size = write_piece(own, out, fmt)
            else:
                size = out.write(piece)
            out.seek(0)
            out.write(b"# %016d %016d\n" % (len(shared), size))
        os.replace(tmp, path)
    except (OSError, ValueError, SyntaxError):
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def open_rendered(frag: Fragment, fmt: str) -> tuple[bytes, IO[bytes] | None, bytes]:
    """A fragment's part of a file in ``fmt``: (its shared lines, its rendered file open at the
    piece or None, the piece when there is no rendered file to read it from)."""
    from .rdf.pieces import piece

    if frag.spill is not None:
        try:
            fh = open(rendered_path(frag.spill, fmt), "rb")  # returned open
        except OSError:
            pass
        else:
            try:
                first = fh.read(_HEAD)
                ok = len(first) == _HEAD and first[:2] == b"# " and first[-1:] == b"\n"
                lengths = [int(x) for x in first[2:-1].split(b" ")] if ok else []
                if len(lengths) == 2 and os.fstat(fh.fileno()).st_size == _HEAD + sum(lengths):
                    return fh.read(lengths[0]), fh, b""
            except ValueError:
                pass
            fh.close()
    shared, own = split_lines(b"".join(fragment_blocks(frag)))
    return shared, None, piece(own, fmt)
