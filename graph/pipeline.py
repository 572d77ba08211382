"""Corpus builds: parallel, incremental, streamed and atomic (the engine behind ``policykg build``).

Each file becomes a *fragment*: the sorted N-Triples lines of its document plus a little side
data (which departments it names, which 文号 it cites). Fragments are cached by content hash, so
a rebuild re-extracts only new or changed files; removed files simply drop out. The output is
assembled from fragments in file-name order, so ``-j 4`` writes the same bytes as ``-j 1``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import atomic_open, atomic_write_bytes
from .errors import InputError, NoDocumentsError, PolicyKGError, SourceError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["BuildReport", "Fragment", "Sources", "build_corpus", "code_version", "collect_sources", "fragment_lines",
           "process_file"]

_BASE_DOC = "<https://w3id.org/policykg/id/doc/"
_ORG_TYPE = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization> ."


@dataclass(frozen=True)
class Fragment:
    """One file's contribution to a build.

    A build with a cache keeps the lines on disk, not in memory: then ``lines`` is empty and
    ``spill`` names the cache file that holds them (:func:`fragment_lines` reads either way).
    """

    path: str
    source: str
    key: str  # content hash + code version: the cache key
    lines: tuple[str, ...] = ()
    doc_number: str | None = None
    cites: tuple[tuple[str, str], ...] = ()  # (citation node IRI, 文号) of kind cites
    tasks: int = 0
    assignments: int = 0
    error: str | None = None
    orgs: tuple[str, ...] = ()  # IRIs typed org:Organization in the lines
    spill: str | None = None


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


@cache
def code_version() -> str:
    """A hash of the package's code and data: a cached fragment is reused only by the same code."""
    h = hashlib.sha256()
    root = resources.files("graph")
    stack = [root]
    entries = []
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir():
                if child.name != "__pycache__":
                    stack.append(child)
            elif child.name.endswith((".py", ".toml", ".csv", ".tsv", ".ttl", ".rq")):
                entries.append((str(child), child.read_bytes()))
    for name, data in sorted(entries):
        h.update(name.rsplit("graph", 1)[-1].encode())
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()[:16]


def _key(data: bytes, name: str) -> str:
    return hashlib.sha256(data + b"\0" + name.encode() + b"\0" + code_version().encode()).hexdigest()


def process_file(path: str, key: str | None = None) -> Fragment:
    """Read, extract and turn one file into a fragment; never raises for a bad file."""
    from .extract import extract
    from .ingest import read_document
    from .rdf.build import cited_doc_numbers, extraction_lines
    from .resolve import default_resolver

    name = Path(path).name
    try:
        if key is None:
            key = _key(Path(path).read_bytes(), name)
        doc = read_document(path)
        ex = extract(doc)
        lines = extraction_lines(ex, default_resolver())
    except InputError as exc:
        return Fragment(path=path, source=name, key=key or "", error=exc.reason)
    except OSError as exc:
        return Fragment(path=path, source=name, key=key or "", error=f"cannot read ({exc.strerror})")
    except RecursionError:
        return Fragment(path=path, source=name, key=key or "", error="too deeply nested to read")
    except Exception as exc:  # one bad file must not stop a corpus build (an IRI rdflib cannot write, too)
        return Fragment(path=path, source=name, key=key or "", error=f"internal error: {type(exc).__name__}: {exc}")
    return Fragment(
        path=path,
        source=name,
        key=key,
        lines=tuple(lines),
        doc_number=ex.meta.doc_number,
        cites=tuple(sorted(cited_doc_numbers(ex))),
        tasks=len(ex.tasks),
        assignments=sum(len(t.assignees) for t in ex.tasks),
        orgs=tuple(line[1 : line.index(">")] for line in lines if line.endswith(_ORG_TYPE)),
    )


# ------------------------------------------------------------------------------------ the cache


_SIDE = tuple(f.name for f in fields(Fragment) if f.name not in ("path", "lines", "spill", "error"))


_BLOCK = 1 << 23  # bytes read from a fragment file at a time
_BATCH = 20_000  # lines encoded at a time


def _open_spill(file: str | Path) -> tuple[Any, dict[str, Any]]:
    """Open a fragment file: ``# <body length, 16 digits> {side data as JSON}`` then the N-Triples
    lines (so the file is valid N-Triples). Return the handle at the body and the side data;
    raise ValueError when the file is not whole (cut short by a crash)."""
    fh = open(file, "rb")  # returned open
    try:
        first = fh.readline()
        if not (first.startswith(b"# ") and first[2:18].isdigit() and first[18:20] == b" {"):
            raise ValueError("not a fragment file")
        head = json.loads(first[19:])
        if os.fstat(fh.fileno()).st_size != len(first) + int(first[2:18]):
            raise ValueError("fragment file cut short")
    except BaseException:
        fh.close()
        raise
    return fh, head


def _line_blocks(lines: Sequence[str]) -> Iterator[bytes]:
    for k in range(0, len(lines), _BATCH):
        yield ("\n".join(lines[k : k + _BATCH]) + "\n").encode("utf-8")


def _write_spill(file: Path, frag: Fragment) -> None:
    """Write a fragment file atomically (no fsync: a cache entry lost to a crash is re-extracted)."""
    head = json.dumps({name: getattr(frag, name) for name in _SIDE}, ensure_ascii=False).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".part", dir=file.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(b"# %016d " % 0 + head + b"\n")
            size = 0
            for block in _line_blocks(frag.lines):
                fh.write(block)
                size += len(block)
            fh.seek(2)
            fh.write(b"%016d" % size)
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _Cache:
    """A build's fragment cache. Made on first write: a build refused before it extracts anything
    leaves no trace (and an existing cache as it was)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _file(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / "fragments" / f"{key}.nt"

    def _make(self) -> None:
        if self.folder is not None:
            (self.folder / "fragments").mkdir(parents=True, exist_ok=True)

    def get(self, key: str, path: str) -> Fragment | None:
        """The cached fragment of ``key`` without its lines (they stay in the file), or None."""
        if self.folder is None:
            return None
        file = self._file(key)
        try:
            fh, head = _open_spill(file)
            fh.close()
            return Fragment(path=path, source=head["source"], key=head["key"], doc_number=head["doc_number"],
                            cites=tuple((a, b) for a, b in head["cites"]), tasks=head["tasks"],
                            assignments=head["assignments"], orgs=tuple(head["orgs"]), spill=str(file))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, frag: Fragment) -> Fragment:
        """Store ``frag``; return it without its lines, which now live in the cache file."""
        if self.folder is None or frag.error is not None:
            return frag
        file = self._file(frag.key)
        self._make()
        _write_spill(file, frag)
        return replace(frag, lines=(), spill=str(file))

    def manifest(self) -> dict[str, str]:
        if self.folder is None:
            return {}
        try:
            return dict(json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))["files"])
        except (OSError, ValueError, KeyError):
            return {}

    def output_hash(self) -> str | None:
        if self.folder is None:
            return None
        try:
            return str(json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))["output_sha256"])
        except (OSError, ValueError, KeyError):
            return None

    def output_stat(self) -> list[int] | None:
        if self.folder is None:
            return None
        try:
            return list(json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))["output_stat"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, files: dict[str, str], output_sha256: str | None, output_stat: list[int] | None = None) -> None:
        if self.folder is None:
            return
        self._make()
        keep = set(files.values())
        for old in (self.folder / "fragments").iterdir():
            if old.suffix in (".nt", ".json", ".part") and old.stem not in keep:
                old.unlink(missing_ok=True)
        payload = {"files": files, "output_sha256": output_sha256, "output_stat": output_stat, "code": code_version()}
        _atomic_text(self.folder / "manifest.json", json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1))


def _atomic_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def default_cache_dir(output: str | Path) -> Path:
    p = Path(output)
    return p.parent / f".{p.name}.policykg-cache"


# ------------------------------------------------------------------------------------ assembly


def _fragment_blocks(f: Fragment) -> Iterator[bytes]:
    """A fragment's lines in UTF-8, each with its newline, in pieces of whole lines (a bounded
    amount at a time), from memory or from its cache file."""
    if f.spill is None:
        yield from _line_blocks(f.lines)
        return
    try:
        fh, _ = _open_spill(f.spill)
    except (OSError, ValueError) as exc:  # the cache changed under us: extract again
        again = process_file(f.path)
        if again.error is not None or again.key != f.key:
            raise PolicyKGError(f"{f.path}: cached fragment unreadable ({exc}) and the file changed; "
                                "build again") from None
        yield from _line_blocks(again.lines)
        return
    with fh:
        rest = b""
        while data := fh.read(_BLOCK):
            data = rest + data
            cut = data.rfind(b"\n") + 1
            rest = data[cut:]
            if cut:
                yield data[:cut]
    if rest:
        raise PolicyKGError(f"{f.path}: cached fragment changed while it was read; build again")


def fragment_lines(f: Fragment) -> tuple[str, ...]:
    """A fragment's N-Triples lines, whether they are held in memory or in the cache."""
    if f.spill is None:
        return f.lines
    return tuple(line for block in _fragment_blocks(f) for line in block.decode("utf-8").split("\n")[:-1])


def _global_lines(fragments: Sequence[Fragment]) -> list[str]:
    """Role concepts, registry facts of the departments used, and citation links between documents."""
    from rdflib import Graph

    from .extract.metadata import clean_doc_number
    from .rdf.build import role_scheme
    from .resolve import _number_key, add_registry_facts

    g = Graph()
    for t in role_scheme():
        g.add(t)
    from rdflib import URIRef

    from .rdf.namespaces import ORG, RDF

    for f in fragments:
        orgs = f.orgs if f.orgs or f.spill else [ln[1 : ln.index(">")] for ln in f.lines if ln.endswith(_ORG_TYPE)]
        for iri in orgs:
            g.add((URIRef(iri), RDF.type, ORG.Organization))
    add_registry_facts(g)
    by_number: dict[str, str] = {}
    for f in fragments:
        if f.doc_number and f.error is None:
            from .rdf.namespaces import doc_iri

            by_number.setdefault(_number_key(clean_doc_number(f.doc_number)), str(doc_iri(f.source)))
    lines = set(g.serialize(format="nt").splitlines()) - {""}
    for f in fragments:
        if f.error is not None:
            continue
        from .rdf.namespaces import doc_iri

        citing = str(doc_iri(f.source))
        for node, number in f.cites:
            target = by_number.get(_number_key(clean_doc_number(number)))
            if target is not None and target != citing:
                lines.add(f"<{citing}> <http://data.europa.eu/eli/ontology#cites> <{target}> .")
                lines.add(f"<{node}> <https://w3id.org/policykg/ontology#citedDocument> <{target}> .")
    return sorted(lines)


def iter_lines(fragments: Sequence[Fragment]) -> Iterator[str]:
    """Every N-Triples line of the build once: global lines, then each document's in file order."""
    seen: set[str] = set()
    for line in _global_lines(fragments):
        seen.add(line)
        yield line
    for f in fragments:
        for line in fragment_lines(f):
            if line.startswith(_BASE_DOC):
                yield line  # document-scoped: unique to this fragment
            elif line not in seen:
                seen.add(line)
                yield line


_BASE_DOC_B = _BASE_DOC.encode("utf-8")


def _nt_chunks(fragments: Sequence[Fragment]) -> Iterator[bytes]:
    """The UTF-8 bytes of :func:`iter_lines` (each line with its newline) in large pieces.

    A fragment's lines are sorted, so in any run of them the document-scoped lines (all beginning
    with the document IRI prefix) are one block: it is copied whole; only the lines around it
    (organisations, cited works) are checked against those already written.
    """
    seen: set[bytes] = set()
    head = [(line + "\n").encode("utf-8") for line in _global_lines(fragments)]
    seen.update(head)
    yield b"".join(head)
    for f in fragments:
        for block in _fragment_blocks(f):
            if block.startswith(_BASE_DOC_B):
                i = 0
            else:
                i = block.find(b"\n" + _BASE_DOC_B) + 1 or len(block)
            j = block.index(b"\n", max(i, block.rfind(b"\n" + _BASE_DOC_B) + 1)) + 1 if i < len(block) else i
            pieces = []
            for part in (block[:i], None, block[j:]):
                if part is None:
                    pieces.append(block[i:j])
                    continue
                for line in part.split(b"\n")[:-1]:
                    line += b"\n"
                    if line not in seen:
                        seen.add(line)
                        pieces.append(line)
            yield b"".join(pieces)


def _write_output(fragments: Sequence[Fragment], output: Path) -> str:
    """Write the graph atomically; return the sha256 of what was written."""
    from .rdf.io import format_for, write_ntriples_as

    fmt = format_for(output)
    with atomic_open(output) as fh:
        out = _Hashing(fh)
        if fmt == "nt":
            for data in _nt_chunks(fragments):
                out.write(data)
        else:  # the same lines through pyoxigraph's serialiser, streamed
            write_ntriples_as(_nt_chunks(fragments), out, fmt)  # type: ignore[arg-type]
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


def _stat(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _sha256_file(path: Path) -> str | None:
    try:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None


# ------------------------------------------------------------------------------------ the build


def _process_and_cache(path: str, key: str | None, cache_folder: Path | None) -> Fragment:
    """:func:`process_file`, then into the cache (in the worker, in parallel): with a cache the
    parent process holds no lines, so a build's memory does not grow with the corpus."""
    return _Cache(cache_folder).put(process_file(path, key))


@dataclass(frozen=True)
class Sources:
    """What a build reads: its files (as :func:`graph.ingest.iter_sources` lists them) and the
    folders it listed (resolved): a document of an earlier build is *gone* only if it was in one."""

    files: tuple[str, ...]
    folders: tuple[Path, ...]

    def gone(self, previous: Iterable[str]) -> tuple[list[str], list[str]]:
        """Split the (resolved) files of an earlier build that are not among :attr:`files` into
        those gone from a folder read now, and those this build was not asked to read."""
        now = {str(Path(f).resolve()) for f in self.files}
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
    """
    from .ingest import SUPPORTED

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

    keys: dict[str, str] = {}
    todo: list[tuple[str, str | None]] = []
    done: dict[str, Fragment] = {}
    for f in files:
        try:
            key = _key(Path(f).read_bytes(), Path(f).name)
        except OSError:
            key = None
        if key is not None:
            keys[f] = key
            cached = store.get(key, f)
            if cached is not None:
                done[f] = cached
                if progress:
                    progress(cached)
                continue
        todo.append((f, key))

    def handle(frag: Fragment) -> None:
        done[frag.path] = frag
        if progress:
            progress(frag)
        if strict and frag.error is not None:
            raise InputError(frag.path, frag.error)

    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, min(64, len(todo) // (jobs * 8) or 1))
            try:
                # the workers write the cache and send back fragments without their lines
                for frag in pool.map(_process_and_cache, [p for p, _ in todo], [k for _, k in todo],
                                     [cache_folder] * len(todo), chunksize=chunk):
                    handle(frag)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    else:
        for p, k in todo:
            handle(_process_and_cache(p, k, cache_folder))

    # one document per file name: a second file with the same name would merge into the first
    owner: dict[str, str] = {}
    for f in files:
        frag = done[f]
        if frag.error is None and frag.source in owner:
            done[f] = Fragment(path=f, source=frag.source, key=frag.key,
                               error=f"same file name as {owner[frag.source]}; build them separately or rename one")
        elif frag.error is None:
            owner[frag.source] = f
    report.fragments = [done[f] for f in files]
    report.errors = [(f.path, f.error) for f in report.fragments if f.error is not None]
    if strict and report.errors:
        raise InputError(*report.errors[0])

    current = {str(Path(f).resolve()): keys[f] for f in files if f in keys and done[f].error is None}
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
            _stat(out) == store.output_stat() or _sha256_file(out) == digest  # same size and mtime: not hashed
        )
        if not unchanged:
            digest = _write_output(good, out)
        report.written = not unchanged
        store.save(current, digest, _stat(out))
    return report


def fragments_graph(fragments: Sequence[Fragment]) -> Graph:
    """The rdflib Graph of a build's fragments (for the store and for tests)."""
    from rdflib import Graph as _Graph

    g = _Graph()
    g.parse(data="\n".join(iter_lines([f for f in fragments if f.error is None])), format="nt")
    return g


_ = PolicyKGError
