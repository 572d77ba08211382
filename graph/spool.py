"""The body of a build's graph file, written while its documents are still being extracted.

A build's output is its head (:func:`graph.assemble.global_lines`: role concepts, the registry
facts of every department used, citation links), then each document's lines in file order, a line
that is not the document's own only where it first appears and is not in the head. The head needs
every fragment, the body does not: :class:`BodySpool` takes each fragment as it arrives (in file
order) and works out its part of the body while the workers extract. At the end the head is
written and the body put behind it. An N-Triples body is the fragments' lines as they are: a
document's own lines are hashed on arrival and copied at the end from its fragment file into the
output, in the kernel (the body is written once); the few lines it shares with other documents
are kept in memory where they are first written. Other bodies are written to a temporary file
beside the output and moved behind the head.

What a document may leave out depends on the head; the part of the head a fragment itself brings
(the typing and registry facts of its own organisations, the role concepts) is known when it
arrives, and that is what the spool leaves out. Should a line it wrote turn out to be in the final
head (a registry fact of a department only a later document names), or the documents not to be
the ones the build keeps, :meth:`BodySpool.finish` says so and the build writes the file the old
way, from the fragments: the bytes are those of :func:`graph.assemble.write_output` either way.

Turtle and TriG bodies are serialised as they arrive too (pyoxigraph, in a thread): a serialiser
starts a statement afresh at a new subject and writes its prefixes before the first one, so the
head serialised alone, then the body serialised alone less its prefixes, are the bytes of one
serialiser over both when the head's last subject is not the body's first (checked).
"""

from __future__ import annotations

import hashlib
import io
import os
import queue
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .assemble import fragment_orgs, fragment_pieces, global_lines, org_type_line, role_lines, split_block
from .atomic import atomic_open
from .fragments import Fragment, located_blocks

__all__ = ["STREAMED", "BodySpool", "file_digest"]

STREAMED = ("nt", "nquads", "turtle", "trig")  # formats whose body can be written before the head
_SERIALISED = ("nquads", "turtle", "trig")  # of them, those pyoxigraph writes (not the lines as they are)
_MOVE = 1 << 28  # bytes of the body moved at a time (the disk a build needs beyond its output)
_END = object()


class BodySpool:
    """Write the body of ``output`` (format ``fmt``, one of :data:`STREAMED`) as fragments come.

    Use as a context manager: leaving it removes the temporary file (the output stays as it was
    unless :meth:`finish` wrote it).
    """

    def __init__(self, output: str | Path, fmt: str) -> None:
        if fmt not in STREAMED:
            raise ValueError(f"{fmt} bodies are not streamed")
        self.output = Path(output)
        self.fmt = fmt
        self.output.parent.mkdir(parents=True, exist_ok=True)
        fd, self._path = tempfile.mkstemp(prefix=f".{self.output.name}.", suffix=".body", dir=self.output.parent)
        self._fh = os.fdopen(fd, "wb")
        self._out = _BodyWriter(self._fh, strip_prefixes=fmt in _SERIALISED)
        self.seen: set[bytes] = {(line + "\n").encode("utf-8") for line in role_lines()}
        self.written: set[bytes] = set()  # lines not a document's own that the body holds
        self._orgs: set[str] = set()
        self._names: set[str] = set()
        self.paths: list[str] = []
        self.first_subject: bytes | None = None
        self._feed: _Serialiser | None = _Serialiser(self._out, fmt) if fmt in _SERIALISED else None
        # N-Triples: the body, in order, as (file, offset, length) ranges of fragment files and of
        # the temporary file, copied into the output by finish()
        self._parts: list[tuple[str, int, int]] = []

    def __enter__(self) -> BodySpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, frag: Fragment) -> None:
        """Write the body lines of ``frag``, the next fragment in file order (a failed one, or a
        second of a file name already built, which the build leaves out, is skipped)."""
        if frag.error is not None or frag.source in self._names:
            return
        self._names.add(frag.source)
        self.paths.append(frag.path)
        self._predict(frag)
        if self._feed is None:
            self._add_lines(frag)
            return
        for piece in fragment_pieces(frag, self.seen, self.written):
            if not piece:
                continue
            if self.first_subject is None:
                self.first_subject = piece[: piece.index(b" ")]
            self._feed.put(piece)

    def _add_lines(self, frag: Fragment) -> None:
        """N-Triples: the body is the fragments' lines as they are, so a document's own lines (all
        but a few of them) are not written now but copied at the end from its fragment file into
        the output, in the kernel (the body is written once, not twice); they are hashed now. The
        lines it shares with other documents, kept where first met, go to the temporary file."""
        for at, block in located_blocks(frag):
            before, i, j, after = split_block(block, self.seen, self.written)
            if self.first_subject is None and (before or i < j or after):
                first = before or block[i:j] or after
                self.first_subject = first[: first.index(b" ")]
            self._keep(before)
            if at is None:  # not read from a fragment file: to the temporary file
                self._keep(block[i:j])
            elif i < j:
                assert frag.spill is not None
                self._parts.append((frag.spill, at + i, j - i))
                self._out.hash(memoryview(block)[i:j])
            self._keep(after)

    def _keep(self, data: bytes) -> None:
        """Write ``data`` to the temporary file, the next bytes of the body."""
        if not data:
            return
        last = self._parts[-1] if self._parts else None
        if last is not None and last[0] == self._path and last[1] + last[2] == self._out.size:
            self._parts[-1] = (self._path, last[1], last[2] + len(data))
        else:
            self._parts.append((self._path, self._out.size, len(data)))
        self._out.write(data)

    def _predict(self, frag: Fragment) -> None:
        from .resolve import registry_lines

        new = [iri for iri in fragment_orgs(frag) if iri not in self._orgs]
        self._orgs.update(new)
        lines = {line for line in map(org_type_line, new) if line is not None} | registry_lines(new)
        self.seen.update((line + "\n").encode("utf-8") for line in lines)

    def finish(self, fragments: Sequence[Fragment]) -> str | None:
        """Write the output (its head, then the body): return its digest for :func:`file_digest`,
        or None, writing nothing, when the body written is not the one of ``fragments`` (the good
        fragments the build keeps, in file order)."""
        good = [f for f in fragments if f.error is None]
        if [f.path for f in good] != self.paths:
            return None
        head_lines = [(line + "\n").encode("utf-8") for line in global_lines(good)]
        if not self.written.isdisjoint(head_lines):
            return None
        if self._feed is not None:
            self._feed.close()
            self._feed = None
            if self.first_subject is not None and head_lines[-1].startswith(self.first_subject + b" "):
                return None  # one subject across the seam: one Turtle statement, not two
            head = _serialised(head_lines, self.fmt)
        else:
            head = b"".join(head_lines)
        self._fh.flush()
        with atomic_open(self.output) as fh:
            fh.write(head)
            fh.flush()
            if self._feed is None and self.fmt == "nt":
                _copy_parts(self._parts, fh.fileno(), len(head), self._out, self._path)
            else:
                _move_behind(self._path, fh.fileno(), len(head))
        return f"{len(head)}:{hashlib.sha256(head).hexdigest()}:{self._out.sha256.hexdigest()}"

    def close(self) -> None:
        if self._feed is not None:
            self._feed.close()
            self._feed = None
        self._fh.close()
        Path(self._path).unlink(missing_ok=True)


class _BodyWriter:
    """Writes and hashes the body; with ``strip_prefixes``, less the ``@prefix`` lines a
    serialiser writes before its first statement (the head's carry them)."""

    def __init__(self, fh: Any, *, strip_prefixes: bool) -> None:
        self._fh = fh
        self.sha256 = hashlib.sha256()
        self.size = 0  # bytes written
        self.hashed = 0  # bytes of the body hashed (written, or to be copied from elsewhere)
        self._pending: bytes | None = b"" if strip_prefixes else None

    def write(self, data: bytes) -> int:
        n = len(data)
        if self._pending is not None:  # still in the serialiser's @prefix lines
            data = self._pending + data
            while data.startswith(b"@prefix "):
                cut = data.find(b"\n")
                if cut < 0:
                    break
                data = data[cut + 1 :]
            if (len(data) < 8 and b"@prefix ".startswith(data)) or data.startswith(b"@prefix "):
                self._pending = data  # not yet known whether this is another @prefix line
                return n
            self._pending = None
        self.hash(data)
        self._fh.write(data)
        self.size += len(data)
        return n

    def hash(self, data: bytes | memoryview) -> None:
        """Hash ``data`` as the next bytes of the body."""
        self.sha256.update(data)
        self.hashed += len(data)

    def flush(self) -> None:
        self._fh.flush()


class _Serialiser:
    """pyoxigraph's serialiser in a thread, fed N-Triples pieces through a bounded queue."""

    def __init__(self, out: _BodyWriter, fmt: str) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=64)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(out, fmt), name="policykg-body", daemon=True)
        self._thread.start()

    def _pieces(self) -> Iterator[bytes]:
        while (piece := self._queue.get()) is not _END:
            yield piece

    def _run(self, out: _BodyWriter, fmt: str) -> None:
        from .rdf.io import write_ntriples_as

        try:
            write_ntriples_as(self._pieces(), out, fmt, own=True)  # type: ignore[arg-type]
        except BaseException as exc:  # re-raised in the build's thread
            self._error = exc
            while self._queue.get() is not _END:  # let put() and close() return
                pass

    def put(self, piece: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(piece)

    def close(self) -> None:
        self._queue.put(_END)
        self._thread.join()
        if self._error is not None:
            raise self._error


def _serialised(lines: list[bytes], fmt: str) -> bytes:
    from .rdf.io import write_ntriples_as

    buf = io.BytesIO()
    write_ntriples_as([b"".join(lines)], buf, fmt, own=True)
    return buf.getvalue()


def _copy_parts(parts: list[tuple[str, int, int]], dst_fd: int, offset: int, out: _BodyWriter, tmp: str) -> None:
    """Copy ``parts``, ``(file, offset, length)`` ranges of the temporary file ``tmp`` and of
    fragment files, one after the other into ``dst_fd`` from ``offset`` on (in the kernel); the
    body they make must be the one ``out`` hashed."""
    at = offset
    tmp_fd = os.open(tmp, os.O_RDONLY)
    name, fd = "", -1  # the fragment file open
    try:
        for path, start, count in parts:
            if path != tmp and path != name:
                if fd >= 0:
                    os.close(fd)
                    fd = -1
                fd, name = os.open(path, os.O_RDONLY), path
            _copy_range(tmp_fd if path == tmp else fd, dst_fd, start, at, count)
            at += count
    finally:
        os.close(tmp_fd)
        if fd >= 0:
            os.close(fd)
    if at - offset != out.hashed:
        raise OSError("the body copied is not the body hashed: a fragment file changed; build again")


def _move_behind(src: str, dst_fd: int, offset: int) -> None:
    """Copy the file ``src`` into ``dst_fd`` at ``offset``, last part first, cutting each part off
    ``src`` once copied: the body is on disk once, not twice, while it moves."""
    fd = os.open(src, os.O_RDWR)
    try:
        end = os.fstat(fd).st_size
        while end > 0:
            start = max(0, end - _MOVE)
            _copy_range(fd, dst_fd, start, offset + start, end - start)
            os.ftruncate(fd, start)
            end = start
    finally:
        os.close(fd)


def _copy_range(src: int, dst: int, at: int, to: int, count: int) -> None:
    while count > 0:
        try:
            n = os.copy_file_range(src, dst, count, at, to)
        except OSError:  # no kernel copy here (another file system, an old kernel): through memory
            n = os.pwrite(dst, os.pread(src, min(count, 1 << 24), at), to)
        if n <= 0:
            raise OSError(f"{src}: could not copy the body of the output")
        at, to, count = at + n, to + n, count - n


def file_digest(path: str | Path, digest: str) -> bool:
    """Whether the file ``path`` is the one a build recorded as ``digest``: the SHA-256 of the
    whole file, or, for a file written by :class:`BodySpool`, ``N:sha256 of the first N bytes
    (the head):sha256 of the rest``."""
    head_size, _, rest = digest.partition(":")
    parts = rest.split(":") if head_size.isdigit() else []
    try:
        with open(path, "rb") as fh:
            hashes = [hashlib.sha256()]
            if parts:
                hashes[0].update(fh.read(int(head_size)))
                hashes.append(hashlib.sha256())
            for block in iter(lambda: fh.read(1 << 20), b""):
                hashes[-1].update(block)
    except OSError:
        return False
    return [h.hexdigest() for h in hashes] == (parts if parts else [digest])
