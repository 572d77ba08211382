"""Atomic file writes: a temporary file in the same folder, flushed to disk, then renamed over
the target. An interrupted write (Ctrl-C, kill, full disk) leaves the previous file intact."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

__all__ = ["AtomicFile", "atomic_open", "atomic_write_bytes"]


class AtomicFile:
    """``path`` written through :attr:`fh`, a temporary file beside it: :meth:`commit` flushes it
    to disk and renames it over ``path``; :meth:`discard` (or leaving the ``with`` block without
    a commit) removes it and leaves ``path`` as it was."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        try:
            # mkstemp makes the file private (0600); give it the mode a plain open() would
            os.chmod(self.tmp, 0o666 & ~_umask())
            self.fh: BinaryIO = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            Path(self.tmp).unlink(missing_ok=True)
            raise
        self._done = False

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)
        self._done = True

    def discard(self) -> None:
        if not self._done:
            self._done = True
            try:
                self.fh.close()
            finally:
                Path(self.tmp).unlink(missing_ok=True)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


@contextmanager
def atomic_open(path: str | Path) -> Iterator[BinaryIO]:
    """Write ``path`` through a binary file handle; it appears only if the block completes."""
    with AtomicFile(path) as f:
        yield f.fh
        f.commit()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    with atomic_open(path) as fh:
        fh.write(data)
