"""A build's graph file, written while its documents are still being extracted.

The file is a *body*, then a *tail*. The body is each document's lines in file order, fragment
after fragment, a line that is not the document's own only where it first appears; the tail is
what no single document can say (:func:`graph.assemble.global_lines`: role concepts, the typing
of organisations, the registry facts of the departments used, citation links) less the lines the
body already holds (:func:`graph.assemble.tail_lines`). The body needs only the fragments before
it, so :class:`BodySpool` writes each fragment's part straight into the output's temporary file
(:class:`graph.atomic.AtomicFile`) as it arrives, while the workers extract: the fragment file is
read once, while it is still in the page cache, and its lines written on. Only the tail, which
needs every fragment, waits for the last one; then the file is flushed and renamed over the
output. Nothing of the body is left to copy when the workers end (until round 9 the global lines
came first and the whole body was copied behind them after extraction: a serial minute at
100,000 documents).

N-Triples order is free; what matters is that the order is fixed. :func:`write_output`
writes the file from the fragments after extraction through the same :class:`OutputWriter`, so
the bytes are the same whether the body was spooled or not (an incremental rebuild is not), at
any ``-j``. N-Quads: the same lines (an N-Triples line is an N-Quads line of the default graph).

Turtle, TriG, JSON-LD and RDF/XML are written in pieces (:mod:`graph.rdf.pieces`): the format's
head, each document's own lines as the piece its worker wrote beside its fragment
(:mod:`graph.rendered`), then one piece of the shared lines (those not a document's own, each
once, sorted) with the global lines, and the foot. The parent copies bytes, as for N-Triples;
the parsing and serialising is done by the workers, in parallel (until round 13 one thread of
the parent serialised the whole body, and JSON-LD and RDF/XML were written after extraction).

The spool takes fragments as the workers send them, before the build knows which it keeps (one
per file name, bad files left out); :meth:`BodySpool.finish` checks that the documents written
are the ones kept and otherwise says so (the temporary file is dropped, the build writes the file
from the fragments).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .assemble import global_lines, split_block, tail_lines
from .atomic import AtomicFile
from .fragments import Fragment, fragment_blocks
from .rdf.pieces import PIECED

__all__ = ["STREAMED", "BodySpool", "OutputWriter", "file_digest", "write_output"]

_TAIL = 20_000  # lines of the tail (shared and global lines) made into Turtle statements at a time

STREAMED = ("nt", "nquads", *PIECED)  # formats written fragment by fragment: all of them


class OutputWriter:
    """Write the graph file ``output`` (format ``fmt``, one of :data:`STREAMED`): :meth:`add` each
    good fragment in file order, then :meth:`finish`. Use as a context manager: leaving it without
    :meth:`finish` leaves the output as it was (the temporary file is removed)."""

    def __init__(self, output: str | Path, fmt: str, digest: bool = True) -> None:
        if fmt not in STREAMED:
            raise ValueError(f"{fmt} files are not written fragment by fragment")
        self.output = Path(output)
        self.fmt = fmt
        self._file = AtomicFile(self.output)
        self._out = _Writer(self._file.fh, digest)
        self.written: set[bytes] = set()  # lines not a document's own that the body holds (or, in pieces, saw)
        self._pieces = 0  # pieces written (a separator goes before every other one)
        if fmt in PIECED:
            from .rdf.pieces import head

            self._out.write(head(fmt))

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, frag: Fragment) -> None:
        """Write the body lines of ``frag``, the next good fragment in file order."""
        if self.fmt in PIECED:
            self._add_piece(frag)
            return
        for block in fragment_blocks(frag):  # N-Triples: the lines as they are, each block written on
            before, i, j, after = split_block(block, self.written)
            self._out.write(before)
            self._out.write(memoryview(block)[i:j])
            self._out.write(after)

    def _add_piece(self, frag: Fragment) -> None:
        from .rendered import open_rendered

        if frag.piece is not None and frag.data is not None:  # (sent by its worker: graph.pipeline._fragment_of)
            shared, fh, data = frag.data, None, frag.piece
        else:
            shared, fh, data = open_rendered(frag, self.fmt)
        self.written.update(line + b"\n" for line in shared.split(b"\n")[:-1])
        if fh is None:
            self._piece(data)
            return
        with fh:
            first = fh.read(1 << 16)
            if first:
                self._piece(first)
                shutil.copyfileobj(fh, self._out, 1 << 23)

    def _piece(self, data: bytes) -> None:
        if data:
            if self._pieces:
                from .rdf.pieces import separator

                self._out.write(separator(self.fmt))
            self._pieces += 1
            self._out.write(data)

    def finish(self, good: Sequence[Fragment]) -> str:
        """Write the tail of the fragments ``good`` (those added), flush the file and rename it
        over the output; return the SHA-256 of what was written (:func:`file_digest`), or "" when the
        writer was made without ``digest``."""
        if self.fmt in PIECED:
            from .rdf.pieces import foot, piece

            rest = sorted(self.written.union((line + "\n").encode("utf-8") for line in global_lines(good)))
            step = _TAIL if self.fmt in ("turtle", "trig") else len(rest) + 1  # (statements: a bounded batch at a time)
            for k in range(0, len(rest), step):
                self._piece(piece(b"".join(rest[k : k + step]), self.fmt))
            self._out.write(foot(self.fmt))
        else:
            self._out.write(b"".join(tail_lines(good, self.written)))
        self._file.commit()
        return self._out.sha256.hexdigest() if self._out.sha256 is not None else ""

    def close(self) -> None:
        self._file.discard()


class BodySpool(OutputWriter):
    """:class:`OutputWriter` fed by the build as the workers send fragments, before it knows
    which it keeps: a failed one, or a second of a file name already built (which the build leaves
    out), is skipped, and :meth:`finish` checks the rest."""

    def __init__(self, output: str | Path, fmt: str, digest: bool = True) -> None:
        super().__init__(output, fmt, digest)
        self._names: set[str] = set()
        self.paths: list[str] = []

    def add(self, frag: Fragment) -> None:
        if frag.error is not None or frag.source in self._names:
            return
        self._names.add(frag.source)
        self.paths.append(frag.path)
        super().add(frag)

    def finish(self, fragments: Sequence[Fragment]) -> str | None:  # type: ignore[override]
        """Write the output: its digest, or None, leaving the output as it was, when the body
        written is not the one of ``fragments`` (the good fragments the build keeps, in file order)."""
        good = [f for f in fragments if f.error is None]
        if [f.path for f in good] != self.paths:
            self.close()
            return None
        return super().finish(good)


class _Writer:
    """Writes and (with ``digest``) hashes the file, counting its bytes. A build that keeps no cache
    records no digest (it is kept only in the cache's manifest, to know an unchanged output without
    writing it): its writer does not hash, 2–3 % of a build's CPU (the parent's, which the workers wait on
    at the end)."""

    def __init__(self, fh: Any, digest: bool = True) -> None:
        self._fh = fh
        self.sha256 = hashlib.sha256() if digest else None
        self.size = 0

    def write(self, data: bytes | memoryview) -> int:
        n = len(data)
        if n:
            if self.sha256 is not None:
                self.sha256.update(data)
            self._fh.write(data)
            self.size += n
        return n

    def flush(self) -> None:
        self._fh.flush()


def file_digest(path: str | Path, digest: str) -> bool:
    """Whether the file ``path`` is the one a build recorded as ``digest`` (its SHA-256)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return False
    return h.hexdigest() == digest


def write_output(fragments: Sequence[Fragment], output: str | Path, digest: bool = True) -> str:
    """Write the graph file ``output`` atomically, streamed, in the format of its extension
    (:data:`graph.rdf.io.FORMATS`): the body, then the tail; return the sha256 of what was
    written (without ``digest``, "": not hashed). The bytes a build writes while its workers extract (:class:`BodySpool`): the same
    :class:`OutputWriter` writes them."""
    from .rdf.io import format_for

    good = [f for f in fragments if f.error is None]
    with OutputWriter(output, format_for(output), digest) as writer:
        for f in good:
            writer.add(f)
        return writer.finish(good)
