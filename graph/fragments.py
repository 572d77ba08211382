"""The document stage of a build: each file becomes a :class:`Fragment`, the sorted lines of its
document (:mod:`graph.rdf.ntriples`) plus a little side data (the departments it names, the 文号
it cites), and the fragment cache that keeps them between builds.

Fragments are cached by content hash + code hash, so a rebuild re-extracts only new or changed
files. A cache file is ``# <body length, 16 digits> {side data as JSON}`` then the lines (so the
file is valid N-Triples); a build with a cache (or a spill folder) holds no lines in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import atomic_write_bytes
from .errors import InputError, PolicyKGError

if TYPE_CHECKING:
    from .model import Extraction

__all__ = ["Fragment", "code_version", "default_cache_dir", "document_fragment", "encoded_fragment", "fragment_blocks",
           "fragment_lines", "located_blocks", "one_per_name", "process_file", "process_file_encoded", "shared_orgs"]


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
    # the lines as UTF-8 bytes, sent by a worker with the fragment to the one reader of them (the output's spool)
    # instead of through the file ``spill`` names, which is not written (graph.pipeline._fragment_of)
    data: bytes | None = None
    # with ``data`` (then its lines not its document's own), in a format written in pieces: the document's piece
    # (graph.rendered), sent instead of through the rendered file beside ``spill``, which is not written
    piece: bytes | None = None


@cache
def code_version() -> str:
    """A hash of the package's code and data and of pyoxigraph's version: a cached fragment (and its rendered piece)
    is reused only by the same code."""
    h = hashlib.sha256()
    root = resources.files("graph")
    stack = [root]
    entries = []
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir() and child.name != "__pycache__":
                stack.append(child)
            elif child.name.endswith((".py", ".toml", ".csv", ".tsv", ".ttl", ".rq")):
                entries.append((str(child), child.read_bytes()))
    for name, data in sorted(entries):
        h.update(name.rsplit("graph", 1)[-1].encode() + hashlib.sha256(data).digest())
    h.update(("pyoxigraph " + metadata.version("pyoxigraph")).encode())  # (its serialisers write the cached pieces)
    return h.hexdigest()[:16]


def _key(data: bytes, name: str) -> str:
    return hashlib.sha256(data + b"\0" + name.encode() + b"\0" + code_version().encode()).hexdigest()


def document_fragment(ex: Extraction, path: str, key: str = "") -> Fragment:
    """The document stage: one extracted file as a fragment (its lines, :func:`extraction_lines`
    with the registry resolver, and the side data the assembly needs). Raises ValueError for an
    IRI N-Triples cannot hold."""
    from .rdf.build import lines_and_organisations
    from .resolve import default_resolver

    lines, orgs = lines_and_organisations(ex, default_resolver())
    return replace(_side_data(ex, path, key, orgs), lines=tuple(lines))


def encoded_fragment(ex: Extraction, path: str, key: str = "") -> tuple[Fragment, bytes]:
    """:func:`document_fragment` without its lines, and the lines as the UTF-8 bytes a fragment
    file holds (each line ended by a newline): what the build's workers write to the cache."""
    from .rdf.build import encoded_lines_and_organisations
    from .resolve import default_resolver

    data, orgs = encoded_lines_and_organisations(ex, default_resolver())
    return _side_data(ex, path, key, orgs), data


def _side_data(ex: Extraction, path: str, key: str, orgs: tuple[str, ...]) -> Fragment:
    from .rdf.build import cited_doc_numbers

    return Fragment(path=path, source=Path(path).name, key=key, doc_number=ex.meta.doc_number,
                    cites=tuple(sorted(cited_doc_numbers(ex))), tasks=len(ex.tasks),
                    assignments=sum(len(t.assignees) for t in ex.tasks), orgs=orgs)


def shared_orgs(orgs: Iterable[str]) -> tuple[str, ...]:
    """A fragment's organisation IRIs as one string object per IRI for the whole build
    (``sys.intern``): a build holds every fragment's list until it writes, 33 IRIs of ≈ 42
    characters per synthetic document, most of them the same few thousand departments."""
    return tuple(map(sys.intern, orgs))


def one_per_name(fragments: Iterable[Fragment]) -> list[Fragment]:
    """One document per file name: a second good file of a name already built would merge into
    the first document (one IRI), so it fails instead."""
    owner: dict[str, str] = {}
    out = []
    for frag in fragments:
        if frag.error is None and frag.source in owner:
            frag = Fragment(path=frag.path, source=frag.source, key=frag.key,
                            error=f"same file name as {owner[frag.source]}; build them separately or rename one")
        elif frag.error is None:
            owner[frag.source] = frag.path
        out.append(frag)
    return out


def process_file(path: str, key: str | None = None) -> Fragment:
    """Read, extract and turn one file into a fragment; never raises for a bad file."""
    return _process(path, key, lambda ex, path, key: (document_fragment(ex, path, key), b"", b""))[0]


def process_file_encoded(path: str, key: str | None = None) -> tuple[Fragment, bytes]:
    """:func:`process_file` with the lines as UTF-8 bytes apart (:func:`encoded_fragment`): the
    fragment holds none; ``b""`` for a bad file."""
    return _process(path, key, lambda ex, path, key: (*encoded_fragment(ex, path, key), b""))[:2]


def _process(path: str, key: str | None, make: Callable[[Extraction, str, str], tuple[Fragment, bytes, bytes]],
             ) -> tuple[Fragment, bytes, bytes]:
    from .extract import extract
    from .ingest import read_document

    name = Path(path).name
    try:
        if key is None:
            key = _key(Path(path).read_bytes(), name)
        return make(extract(read_document(path)), path, key)
    except InputError as exc:
        error = exc.reason
    except OSError as exc:
        error = f"cannot read ({exc.strerror})"
    except RecursionError:
        error = "too deeply nested to read"
    except Exception as exc:  # one bad file must not stop a corpus build (an IRI rdflib cannot write, too)
        error = f"internal error: {type(exc).__name__}: {exc}"
    return Fragment(path=path, source=name, key=key or "", error=error), b"", b""


# ------------------------------------------------------------------------------------ the cache


_SIDE = tuple(f.name for f in fields(Fragment) if f.name not in ("path", "lines", "spill", "error", "data", "piece"))


_BLOCK = 1 << 23  # bytes read from a fragment file at a time
_BATCH = 20_000  # lines encoded at a time


def _open_spill(file: str | Path, side: bool = True) -> tuple[Any, dict[str, Any]]:
    """Open a fragment file: ``# <body length, 16 digits> {side data as JSON}`` then the N-Triples
    lines (so the file is valid N-Triples). Return the handle at the body and the side data (not
    parsed, ``{}``, unless ``side``); raise ValueError when the file is not whole (cut short by a crash)."""
    fh = open(file, "rb")  # returned open
    try:
        first = fh.readline()
        if not (first.startswith(b"# ") and first[2:18].isdigit() and first[18:20] == b" {"):
            raise ValueError("not a fragment file")
        head = json.loads(first[19:]) if side else {}
        if os.fstat(fh.fileno()).st_size != len(first) + int(first[2:18]):
            raise ValueError("fragment file cut short")
    except BaseException:
        fh.close()
        raise
    return fh, head


def _line_blocks(lines: Sequence[str]) -> Iterator[bytes]:
    for k in range(0, len(lines), _BATCH):
        yield ("\n".join(lines[k : k + _BATCH]) + "\n").encode("utf-8")


def _write_spill(file: Path, frag: Fragment, blocks: Iterable[bytes]) -> None:
    """Write a fragment file atomically (no fsync: a cache entry lost to a crash is re-extracted)."""
    head = json.dumps({name: getattr(frag, name) for name in _SIDE}, ensure_ascii=False).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".part", dir=file.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(b"# %016d " % 0 + head + b"\n")
            size = 0
            for block in blocks:
                fh.write(block)
                size += len(block)
            fh.seek(2)
            fh.write(b"%016d" % size)
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_SUFFIXES = (".nt", ".ttl", ".trig", ".jsonld", ".rdf", ".json", ".part")  # fragment, pieces (graph.rendered), old, temporary
_MADE: set[Path] = set()  # the fragment folders this process has made (or found)


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

    def has_fragments(self) -> bool:
        """Whether the cache holds any fragment file (one with no manifest: an interrupted build's)."""
        if self.folder is None:
            return False
        try:
            with os.scandir(self.folder / "fragments") as it:
                return any(True for _ in it)
        except OSError:
            return False

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
                            assignments=head["assignments"], orgs=shared_orgs(head["orgs"]), spill=str(file))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, frag: Fragment) -> Fragment:
        """Store ``frag``; return it without its lines, which now live in the cache file."""
        if self.folder is None or frag.error is not None:
            return frag
        return self._put(frag, lambda: _line_blocks(frag.lines))

    def put_encoded(self, frag: Fragment, data: bytes) -> Fragment:
        """Store a fragment given without its lines and their bytes apart
        (:func:`process_file_encoded`); without a cache folder the fragment gets its lines back."""
        if frag.error is not None:
            return frag
        if self.folder is None:
            return replace(frag, lines=tuple(data.decode("utf-8").split("\n")[:-1]))
        return self._put(frag, lambda: (data,))

    def made_file(self, key: str) -> Path:
        """The fragment file of ``key``, its folder made (a worker makes it once, not once a document)."""
        if (file := self._file(key)).parent not in _MADE:
            self._make()
            _MADE.add(file.parent)
        return file

    def _put(self, frag: Fragment, blocks: Callable[[], Iterable[bytes]]) -> Fragment:
        file = self.made_file(frag.key)
        try:
            _write_spill(file, frag, blocks())
        except FileNotFoundError:  # the folder removed since: made again
            self._make()
            _write_spill(file, frag, blocks())
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

    def code(self) -> str | None:
        """The code version of the build that wrote the manifest."""
        if self.folder is None:
            return None
        try:
            return str(json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))["code"])
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
            if old.suffix in _SUFFIXES and old.stem not in keep:
                old.unlink(missing_ok=True)
        payload = {"files": files, "output_sha256": output_sha256, "output_stat": output_stat, "code": code_version()}
        _atomic_text(self.folder / "manifest.json", json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1))


def _atomic_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def default_cache_dir(output: str | Path) -> Path:
    p = Path(output)
    return p.parent / f".{p.name}.policykg-cache"


# ------------------------------------------------------------------------------------ reading


def fragment_blocks(f: Fragment) -> Iterator[bytes]:
    """A fragment's lines in UTF-8, each with its newline, in pieces of whole lines (a bounded
    amount at a time), from memory or from its cache file."""
    for _, block in located_blocks(f):
        yield block


def located_blocks(f: Fragment) -> Iterator[tuple[int | None, bytes]]:
    """:func:`fragment_blocks`, each with its offset in the fragment's cache file (:attr:`Fragment.spill`),
    or None when it was not read from there (lines held in memory or sent as bytes, or extracted again)."""
    if f.data is not None:
        yield None, f.data
        return
    if f.spill is None:
        for block in _line_blocks(f.lines):
            yield None, block
        return
    try:
        fh, _ = _open_spill(f.spill, side=False)  # (the side data came with the fragment)
    except (OSError, ValueError) as exc:  # the cache changed under us: extract again
        again = process_file(f.path)
        if again.error is not None or again.key != f.key:
            raise PolicyKGError(f"{f.path}: cached fragment unreadable ({exc}) and the file changed; "
                                "build again") from None
        for block in _line_blocks(again.lines):
            yield None, block
        return
    with fh:
        at = fh.tell()  # the first line's offset in the file
        rest = b""
        while data := fh.read(_BLOCK):
            data = rest + data
            cut = data.rfind(b"\n") + 1
            rest = data[cut:]
            if cut:
                yield at, data[:cut]
                at += cut
    if rest:
        raise PolicyKGError(f"{f.path}: cached fragment changed while it was read; build again")


def fragment_lines(f: Fragment) -> tuple[str, ...]:
    """A fragment's N-Triples lines, whether they are held in memory or in the cache."""
    if f.spill is None:
        return f.lines
    return tuple(line for block in fragment_blocks(f) for line in block.decode("utf-8").split("\n")[:-1])


