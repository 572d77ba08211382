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
any ``-j``. Turtle and TriG: pyoxigraph serialises the body as it arrives (in a thread), its
``@prefix`` lines first; the tail is serialised apart and written without them (the file's are at
its top). A subject may so have one statement in the body and another in the tail: the same
graph. N-Quads: the same serialiser, no prefixes.

The spool takes fragments as the workers send them, before the build knows which it keeps (one
per file name, bad files left out); :meth:`BodySpool.finish` checks that the documents written
are the ones kept and otherwise says so (the temporary file is dropped, the build writes the file
from the fragments).
"""

from __future__ import annotations

import hashlib
import io
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .assemble import file_chunks, fragment_pieces, split_block, tail_lines
from .atomic import AtomicFile, atomic_open
from .fragments import Fragment, fragment_blocks

__all__ = ["STREAMED", "BodySpool", "OutputWriter", "file_digest", "write_output"]

STREAMED = ("nt", "nquads", "turtle", "trig")  # formats written fragment by fragment
_SERIALISED = ("nquads", "turtle", "trig")  # of them, those pyoxigraph writes (not the lines as they are)
_END = object()


class OutputWriter:
    """Write the graph file ``output`` (format ``fmt``, one of :data:`STREAMED`): :meth:`add` each
    good fragment in file order, then :meth:`finish`. Use as a context manager: leaving it without
    :meth:`finish` leaves the output as it was (the temporary file is removed)."""

    def __init__(self, output: str | Path, fmt: str) -> None:
        if fmt not in STREAMED:
            raise ValueError(f"{fmt} files are not written fragment by fragment")
        self.output = Path(output)
        self.fmt = fmt
        self._file = AtomicFile(self.output)
        self._out = _Writer(self._file.fh)
        self.written: set[bytes] = set()  # lines not a document's own that the body holds
        self._feed: _Serialiser | None = _Serialiser(self._out, fmt) if fmt in _SERIALISED else None

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, frag: Fragment) -> None:
        """Write the body lines of ``frag``, the next good fragment in file order."""
        if self._feed is not None:
            for piece in fragment_pieces(frag, self.written):
                if piece:
                    self._feed.put(piece)
            return
        for block in fragment_blocks(frag):  # N-Triples: the lines as they are, each block written on
            before, i, j, after = split_block(block, self.written)
            self._out.write(before)
            self._out.write(memoryview(block)[i:j])
            self._out.write(after)

    def finish(self, good: Sequence[Fragment]) -> str:
        """Write the tail of the fragments ``good`` (those added), flush the file and rename it
        over the output; return the SHA-256 of what was written (:func:`file_digest`)."""
        if self._feed is not None:
            self._feed.close()
            self._feed = None
        tail = tail_lines(good, self.written)
        if self.fmt == "nt":
            self._out.write(b"".join(tail))
        elif tail:
            self._out.write(_serialised(tail, self.fmt, prefixes=self._out.size == 0))
        self._file.commit()
        return self._out.sha256.hexdigest()

    def close(self) -> None:
        try:
            if self._feed is not None:
                self._feed.close()
                self._feed = None
        finally:
            self._file.discard()


class BodySpool(OutputWriter):
    """:class:`OutputWriter` fed by the build as the workers send fragments, before it knows
    which it keeps: a failed one, or a second of a file name already built (which the build leaves
    out), is skipped, and :meth:`finish` checks the rest."""

    def __init__(self, output: str | Path, fmt: str) -> None:
        super().__init__(output, fmt)
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
    """Writes and hashes the file, counting its bytes."""

    def __init__(self, fh: Any) -> None:
        self._fh = fh
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes | memoryview) -> int:
        n = len(data)
        if n:
            self.sha256.update(data)
            self._fh.write(data)
            self.size += n
        return n

    def flush(self) -> None:
        self._fh.flush()


class _Serialiser:
    """pyoxigraph's serialiser in a thread, fed N-Triples pieces through a bounded queue.

    The thread starts with the first piece, once the build's workers are forked, and imports
    nothing itself: a worker forked while it held an import's lock would hang at that import."""

    def __init__(self, out: _Writer, fmt: str) -> None:
        from .rdf.io import load_serialiser, write_ntriples_as

        load_serialiser()  # here, in the calling thread
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=64)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(write_ntriples_as, out, fmt), name="policykg-body",
                                        daemon=True)
        self._started = False

    def _pieces(self) -> Iterator[bytes]:
        while (piece := self._queue.get()) is not _END:
            yield piece

    def _run(self, write: Callable[..., None], out: _Writer, fmt: str) -> None:
        try:
            write(self._pieces(), out, fmt, own=True)
        except BaseException as exc:  # re-raised in the build's thread
            self._error = exc
            while self._queue.get() is not _END:  # let put() and close() return
                pass

    def put(self, piece: bytes) -> None:
        if self._error is not None:
            raise self._error
        if not self._started:
            self._started = True
            self._thread.start()
        self._queue.put(piece)

    def close(self) -> None:
        if not self._started:  # nothing was written
            return
        self._queue.put(_END)
        self._thread.join()
        if self._error is not None:
            raise self._error


def _serialised(lines: list[bytes], fmt: str, *, prefixes: bool) -> bytes:
    """``lines`` in ``fmt`` (pyoxigraph), without the ``@prefix`` lines unless ``prefixes``."""
    from .rdf.io import write_ntriples_as

    buf = io.BytesIO()
    write_ntriples_as([b"".join(lines)], buf, fmt, own=True)
    data = buf.getvalue()
    if not prefixes:
        while data.startswith(b"@prefix "):
            data = data[data.index(b"\n") + 1 :]
    return data


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


def write_output(fragments: Sequence[Fragment], output: str | Path) -> str:
    """Write the graph file ``output`` atomically, streamed, in the format of its extension
    (:data:`graph.rdf.io.FORMATS`): the body, then the tail (:func:`file_chunks`); return the
    sha256 of what was written. The bytes a build writes while its workers extract
    (:class:`BodySpool`): in N-Triples, Turtle, TriG and N-Quads the same
    :class:`OutputWriter` writes them."""
    from .rdf.io import format_for, write_ntriples_as

    fmt = format_for(output)
    good = [f for f in fragments if f.error is None]
    if fmt in STREAMED:
        with OutputWriter(output, fmt) as writer:
            for f in good:
                writer.add(f)
            return writer.finish(good)
    with atomic_open(Path(output)) as fh:  # the same lines through pyoxigraph's serialiser, streamed
        out = _Hashing(fh)
        write_ntriples_as(file_chunks(good), out, fmt, own=True)  # type: ignore[arg-type]
    return out.sha256.hexdigest()


class _Hashing:
    """A binary writer that hashes what goes through it (the digest the cache keeps)."""

    def __init__(self, fh: Any) -> None:
        self._fh = fh
        self.sha256 = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        n: int = self._fh.write(data)
        return n

    def flush(self) -> None:
        self._fh.flush()
