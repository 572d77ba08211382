"""Corpus builds: parallel, incremental, streamed and atomic (the engine behind ``policykg build``
and :func:`graph.api.build`).

The one build path:

1. the document stage (:mod:`graph.fragments`): each file becomes a :class:`Fragment`, the sorted
   lines of its document, cached by content hash (a rebuild re-extracts only new or changed
   files; removed files drop out);
2. the assembly (:mod:`graph.assemble`): each fragment's lines in file-name order, and the global
   lines (role concepts, registry facts, citation links), so ``-j 4`` writes the bytes ``-j 1``
   writes;
3. the sinks: the output file (any format, streamed: the body, then the global lines it does not
   hold; the body written into the output's temporary file while the workers extract,
   :mod:`graph.spool`; Turtle, TriG, JSON-LD and RDF/XML from the pieces the workers serialise,
   :mod:`graph.rendered`), a store, the Python API's Graph.

The line format between the stages is written down in :mod:`graph.rdf.ntriples`.
"""

from __future__ import annotations

import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .assemble import iter_lines
from .errors import InputError, NoDocumentsError, SourceError
from .fragments import (
    Fragment,
    _Cache,
    _key,
    code_version,
    default_cache_dir,
    fragment_lines,
    one_per_name,
    process_file,
    process_file_encoded,
    shared_orgs,
)
from .rdf.pieces import PIECED
from .rdf.pieces import piece as _piece
from .rendered import TURTLE, process_file_pieced, rendered_path, split_lines, write_rendered
from .spool import STREAMED, BodySpool, file_digest, write_output

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rdflib import Graph

__all__ = ["BuildReport", "Fragment", "Sources", "build_corpus", "code_version", "collect_sources", "default_cache_dir",
           "fragment_lines", "fragments_graph", "iter_lines", "process_file"]


@dataclass
class BuildReport:
    fragments: list[Fragment] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    written: bool = False
    # Without a cache, fragments spill to this temporary folder (removed with the report), so that
    # the parent process still holds no lines.
    spill_dir: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False, compare=False)

    @property
    def documents(self) -> int:
        return sum(1 for f in self.fragments if f.error is None)

    @property
    def tasks(self) -> int:
        return sum(f.tasks for f in self.fragments)

    @property
    def assignments(self) -> int:
        return sum(f.assignments for f in self.fragments)


def _stat(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


# ------------------------------------------------------------------------------------ the build


def _fragment_of(path: str, cache_folder: Path | None, lookup: bool, fmt: str | None = None,
                 release: bool = False) -> Fragment:
    """One file's fragment, made in a worker (in parallel): the key of its bytes, then (with
    ``lookup``) the cached fragment of that key, or else the file extracted into the cache: with a
    cache the parent process reads no input and holds no lines, so a build's memory does not grow
    with the corpus and its serial start does not grow with the size of the inputs. A ``fmt``
    written in pieces (:data:`graph.rdf.pieces.PIECED`): the document's piece too, beside its
    fragment file (:func:`graph.rendered.write_rendered`), unless it is there; with ``release``
    (the fragment is read by no one but the output's spool) the piece alone, no fragment file:
    a fragment read after all is extracted again. Released and in N-Triples or N-Quads, the lines (up to
    :data:`_SENT` bytes of them) come back with the fragment (:attr:`Fragment.data`) instead of through a
    fragment file that the parent reads once and removes: one copy through the pool's pipe, no file made,
    read and removed per document; released and in pieces, the lines not the document's own and its piece
    (:attr:`Fragment.piece`), up to :data:`_SENT` bytes of both, instead of through its rendered file."""
    try:
        key: str | None = _key(Path(path).read_bytes(), Path(path).name)
    except OSError:
        key = None  # process_file_encoded says why, in the fragment's error
    cache = _Cache(cache_folder)
    data: bytes | None = None
    frag: Fragment | None = None
    if lookup and key is not None:
        frag = cache.get(key, path)
    piece: bytes | None = None
    if frag is None:
        sent = release and fmt not in PIECED and cache_folder is not None
        release = release and fmt in PIECED and cache_folder is not None
        if fmt in TURTLE:  # (released: the document's own lines that the piece is written without are not made)
            frag, data, piece = process_file_pieced(path, key, own=not release)
        else:
            frag, data = process_file_encoded(path, key)
        if release and frag.error is None and len(data) <= _SENT:
            # in pieces: the lines not the document's own and the piece, as its rendered file would hold them
            shared, own = split_lines(data)
            piece = _piece(own, str(fmt)) if piece is None else piece
            if len(shared) + len(piece) <= _SENT:
                return replace(frag, spill=str(cache.made_file(frag.key)), data=shared, piece=piece)  # (named, not written)
        if sent and frag.error is None and len(data) <= _SENT:
            frag = replace(frag, spill=str(cache.made_file(frag.key)), data=data)  # (named, not written)
        elif release and frag.error is None:
            frag = replace(frag, spill=str(cache.made_file(frag.key)))  # (named, not written)
        else:
            frag = cache.put_encoded(frag, data)
    if fmt in PIECED and frag.spill is not None:
        write_rendered(frag.spill, fmt, data, piece)
    return frag


_SENT = 1 << 19  # the most bytes of lines a worker sends with a released fragment (more: through its fragment file)


def _fragments_of(items: list[tuple[str, Path | None, bool, str | None, bool]]) -> list[Fragment]:
    return [_fragment_of(*item) for item in items]


def _in_order(pool: ProcessPoolExecutor, items: list[Any], chunk: int, window: int,
              fn: Callable[[list[Any]], list[Any]] = _fragments_of) -> Iterator[Any]:
    """The fragments of ``items`` (``_fragment_of``'s arguments), in order, made by ``pool`` ``chunk`` at a time, with
    at most ``window`` chunks submitted and not yet read: ``pool.map`` submits every chunk at once, so the fragments
    made ahead of the output could wait in memory without bound (as bytes, :data:`_SENT`)."""
    chunks = (items[k : k + chunk] for k in range(0, len(items), chunk))
    pending = deque(pool.submit(fn, c) for c in islice(chunks, window))
    while pending:
        made = pending.popleft().result()
        if (c := next(chunks, None)) is not None:
            pending.append(pool.submit(fn, c))
        yield from made


@dataclass(frozen=True)
class Sources:
    """What a build reads: its files (as :func:`graph.ingest.iter_sources` lists them) and the
    folders it listed (resolved): a document of an earlier build is *gone* only if it was in one."""

    files: tuple[str, ...]
    folders: tuple[Path, ...]

    @cached_property
    def resolved(self) -> dict[str, str]:
        """Each of :attr:`files` resolved (as the cache's manifest names it), found once."""
        return {f: str(Path(f).resolve()) for f in self.files}

    def gone(self, previous: Iterable[str]) -> tuple[list[str], list[str]]:
        """Split the (resolved) files of an earlier build that are not among :attr:`files` into
        those gone from a folder read now, and those this build was not asked to read."""
        now = set(self.resolved.values())
        gone: list[str] = []
        elsewhere: list[str] = []
        for f in sorted(previous):
            if f not in now:
                (gone if any(Path(f).is_relative_to(d) for d in self.folders) else elsewhere).append(f)
        return gone, elsewhere


def collect_sources(paths: Iterable[str | Path]) -> Sources:
    """The files and folders of ``paths``; raise :class:`~graph.errors.SourceError` if a path is
    missing, cannot be read or listed (a folder inside one too), or is neither a file nor a folder:
    a build must never take an unread folder for an empty one."""
    from .ingest import iter_sources

    folders = []
    for p in paths:
        path = Path(p)
        try:
            st = path.stat()
        except FileNotFoundError:
            raise SourceError(f"{path}: no such file or folder") from None
        except OSError as exc:
            raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
        if path.is_dir():
            for top, _dirs, _files in os.walk(path, onerror=_raise):
                if not os.access(top, os.R_OK | os.X_OK):
                    raise SourceError(f"{top}: cannot list the folder (permission denied)")
            folders.append(path.resolve())
        elif path.is_file():
            if not os.access(path, os.R_OK):
                raise SourceError(f"{path}: cannot read (permission denied)")
        else:
            raise SourceError(f"{path}: not a file or folder (mode {st.st_mode:o})")
    return Sources(files=tuple(str(q) for q in iter_sources(paths)), folders=tuple(folders))


def _raise(exc: OSError) -> None:
    raise SourceError(f"{exc.filename}: cannot list the folder ({exc.strerror})")


def build_corpus(
    paths: Iterable[str | Path],
    output: str | Path | None,
    *,
    jobs: int = 1,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    strict: bool = False,
    prune: bool = False,
    progress: Callable[[Fragment], None] | None = None,
    reread: bool = True,
) -> BuildReport:
    """Build the graph of every file under ``paths`` into ``output`` (N-Triples are streamed).

    Unchanged files (same bytes, same code) come from the cache; bad files are reported in
    :attr:`BuildReport.errors` and left out. With ``strict`` the first bad file raises
    :class:`~graph.errors.InputError` and nothing is written.

    Nothing is written, and the previous output and cache stay as they were, when a path cannot be
    read (:class:`~graph.errors.SourceError`), when there is no document to read
    (:class:`~graph.errors.NoDocumentsError`), when no file could be read as a document, and when
    documents of the previous build into ``output`` are neither among the files nor gone from a
    folder read now (a different set of inputs: ``prune`` drops them; SourceError otherwise).

    Without a cache (``use_cache=False``) the fragments' lines spill to a temporary folder, kept
    with the report. ``reread=False`` says the caller will not read them again (through
    :attr:`BuildReport.fragments`): then each fragment file written into ``output`` while the
    workers extract is removed at once, so the kernel need not write it to disk and the end of
    the build has no folder of them to remove (a fragment read after all is extracted again).
    """
    from .ingest import SUPPORTED
    from .rdf.io import format_for

    paths = list(paths)
    sources = collect_sources(paths)
    files = list(sources.files)
    if not files:
        raise NoDocumentsError(f"no input documents in {', '.join(map(str, paths))} "
                               f"(policykg reads {' '.join(SUPPORTED)})")
    report = BuildReport()
    if use_cache and output is not None:
        cache_folder = Path(cache_dir) if cache_dir is not None else default_cache_dir(output)
        _, elsewhere = sources.gone(_Cache(cache_folder).manifest())
        if elsewhere and not prune:
            raise SourceError(
                f"{len(elsewhere)} documents of the previous build of {output} are not among these inputs "
                f"(e.g. {elsewhere[0]}); give their paths too, or --prune to drop them")
    else:  # no cache to read or keep: spill the fragments to a temporary folder (next to the output)
        spill_parent = Path(output).resolve().parent if output is not None else None
        if spill_parent is not None:
            spill_parent.mkdir(parents=True, exist_ok=True)
        report.spill_dir = tempfile.TemporaryDirectory(prefix=".policykg-spill-", dir=spill_parent)
        cache_folder = Path(report.spill_dir.name)
    store = _Cache(cache_folder)
    previous = store.manifest()

    done: dict[str, Fragment] = {}
    digest_kept = report.spill_dir is None  # the output's SHA-256 is kept only in a cache's manifest: no cache, no hashing
    spool = _spool(output, store, previous, digest_kept)
    release = not reread and report.spill_dir is not None and spool is not None
    fmt = format_for(output) if output is not None else None

    def handle(frag: Fragment) -> None:
        if frag.orgs:  # one string per IRI, not one per fragment: held until the output is written
            frag = replace(frag, orgs=shared_orgs(frag.orgs))
        done[frag.path] = frag
        if progress:
            progress(frag)
        if strict and frag.error is not None:
            raise InputError(frag.path, frag.error)
        if spool is not None:
            spool.add(frag)  # the output's body, written while the workers extract
            if frag.data is not None:  # (its lines came with it: in the output now, or never, and not kept)
                done[frag.path] = replace(frag, data=None, piece=None)
            elif release and frag.spill is not None:
                # its lines are in the output (or, a second file of a name, never will be) and no one
                # reads them again: the temporary fragment file (and its piece) goes now, not at the end
                Path(frag.spill).unlink(missing_ok=fmt in PIECED)
                if fmt in PIECED:
                    rendered_path(frag.spill, fmt).unlink(missing_ok=True)

    lookup = use_cache and bool(previous or store.has_fragments())  # a new cache has nothing to find
    with spool or nullcontext():
        if jobs > 1 and len(files) > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                chunk = max(1, min(64, len(files) // (jobs * 8) or 1))
                try:
                    # the workers hash the inputs, write the cache and send back fragments without their lines
                    # (or, released, with them as bytes: then at most 4 * jobs chunks are read ahead of the output)
                    for frag in _in_order(pool, [(f, cache_folder, lookup, fmt, release) for f in files], chunk, 4 * jobs):
                        handle(frag)
                except BaseException:
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
        else:
            for f in files:
                handle(_fragment_of(f, cache_folder, lookup, fmt, release))

        report.fragments = one_per_name(done[f] for f in files)
        done = dict(zip(files, report.fragments, strict=True))
        report.errors = [(f.path, f.error) for f in report.fragments if f.error is not None]
        if strict and report.errors:
            raise InputError(*report.errors[0])

        current = {sources.resolved[f]: done[f].key for f in files if done[f].error is None}
        for f, key in current.items():
            if f not in previous:
                report.added += 1
            elif previous[f] != key:
                report.changed += 1
            else:
                report.unchanged += 1
        gone, elsewhere = sources.gone(previous)
        report.removed = len(gone) + len(elsewhere)  # (elsewhere only with prune: refused above otherwise)

        good = [f for f in report.fragments if f.error is None]
        if output is not None and good:  # no document read: the previous graph stays
            out = Path(output)
            digest = store.output_hash()
            unchanged = previous == current and digest is not None and (
                _stat(out) == store.output_stat() or file_digest(out, digest)  # same size and mtime: not hashed
            )
            if not unchanged:
                # the tail behind the body written meanwhile; from the fragments if that body is not the one
                spooled = spool.finish(good) if spool is not None else None
                digest = spooled if spooled is not None else write_output(good, out, digest_kept)
            report.written = not unchanged
            store.save(current, digest, _stat(out))
    return report


def _spool(output: str | Path | None, store: _Cache, previous: dict[str, str], digest: bool = True) -> BodySpool | None:
    """A spool for the body of ``output`` when the build is sure to write it (no previous build
    of it, or one by other code) in a format whose body can be written first; else None."""
    from .rdf.io import format_for

    if output is None or format_for(output) not in STREAMED:
        return None
    if previous and store.code() == code_version() and Path(output).exists():
        return None  # an incremental rebuild: perhaps nothing to write
    return BodySpool(output, format_for(output), digest)


def fragments_graph(fragments: Sequence[Fragment]) -> Graph:
    """The rdflib Graph of a build's fragments (the store sink; :func:`graph.assemble.assembled_graph`)."""
    from .assemble import assembled_graph

    return assembled_graph(fragments)
