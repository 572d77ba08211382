"""Reading source files into :class:`~graph.model.Document` (I/O at the edge).

Formats are chosen by extension; each reader lives in its own small module so the library
behind it can be replaced. Every failure is an :class:`~graph.errors.InputError` naming the file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .text import decode_bytes

__all__ = ["SUPPORTED", "document_from_bytes", "iter_sources", "read_document"]

SUPPORTED = (".txt", ".md", ".text", ".html", ".htm", ".shtml", ".docx", ".doc", ".wps", ".xlsx", ".xls", ".pdf",
             ".ofd", ".rtf", ".odt", ".ods", ".mht", ".mhtml")
MAX_BYTES = 200 * 1024 * 1024


def iter_sources(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and supported files inside folders (recursively), sorted, without repeats."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(q for q in path.rglob("*") if q.is_file() and q.suffix.lower() in SUPPORTED))
        else:
            out.append(path)
    seen: set[Path] = set()
    unique = []
    for q in out:
        key = q.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(q)
    return unique


def _suffix(name: str) -> str:
    """``Path(name).suffix``, without building a path on POSIX (where a path is split at "/").

    >>> _suffix("a/b.tar.GZ"), _suffix(".bashrc"), _suffix("a."), _suffix("x.md/.")
    ('.GZ', '', '', '.md')
    """
    if os.sep != "/" or os.altsep is not None:  # pragma: no cover - Windows
        return Path(name).suffix
    parts = [p for p in name.split("/") if p and p != "."]
    base = parts[-1] if parts else ""
    i = base.rfind(".")
    return base[i:] if 0 < i < len(base) - 1 else ""


def document_from_bytes(data: bytes, name: str, path: str = "") -> Document:
    """Decode ``data`` by the extension of ``name`` into a Document; short units' names spaced out to a column's width
    (``党　建　办``) written closed (:func:`.spaced.spaced_names`)."""
    from .spaced import spaced_names

    doc = _document(data, name, path)
    text = spaced_names(doc.text)
    return doc if text == doc.text else dataclasses.replace(doc, text=text)


def _document(data: bytes, name: str, path: str = "") -> Document:
    suffix = _suffix(name).lower()
    digest = hashlib.sha256(data).hexdigest()
    if suffix in (".html", ".htm", ".shtml"):
        from .html import read_html

        return read_html(data, name, path=path, sha256=digest)
    if suffix == ".docx":
        from .docx import read_docx

        return read_docx(data, name, path=path, sha256=digest)
    if suffix in (".doc", ".wps"):  # Word 97-2003 binary (WPS Office's .wps is the same format)
        from .doc import read_doc

        return read_doc(data, name, path=path, sha256=digest)
    if suffix == ".xls":
        from .xls import read_xls

        return read_xls(data, name, path=path, sha256=digest)
    if suffix == ".xlsx":
        from .xlsx import read_xlsx

        return read_xlsx(data, name, path=path, sha256=digest)
    if suffix == ".pdf":
        from .pdf import read_pdf

        return read_pdf(data, name, path=path, sha256=digest)
    if suffix in _CONTAINERS:
        return _container(suffix, data, name, path, digest)
    text, encoding = decode_bytes(data, name)
    media = "text/markdown" if suffix == ".md" else "text/plain"
    if media == "text/plain":
        from .clipboard import clipboard_rows
        from .layout import wide_rows
        from .markdown import drawn_rows
        from .spaced import unspace, unspace_partial
        from .unwrap import heading_marks, split_run_in, unwrap

        text = unspace(text)  # a scanned PDF's copy with a space between every two characters
        text = unspace_partial(text)  # … or between some characters only (a space between two units' names kept)
        text = clipboard_rows(text)  # rows copied out of a spreadsheet: a cell with a line break in quotes
        text = wide_rows(text)  # columns aligned by ideographic spaces: tab-separated rows
        if "|" in text or "│" in text or "┃" in text:
            text = drawn_rows(text)  # a table drawn with pipes or box characters: tab-separated rows
        text = unwrap(text)  # a PDF's text copy cut into lines of one width: its paragraphs
        text = split_run_in(text)  # 七、做好资金保障　　（18）…: a label run into the line before it
        text = heading_marks(text)  # ## 四、…: a Markdown heading's marks before a label in a plain-text copy
    else:
        from .markdown import markdown_text

        text = markdown_text(text)  # no # marks; | a | b | rows as the other readers print a table's rows
    return Document(source=name, text=text, path=path, encoding=encoding, media_type=media, sha256=digest)


_CONTAINERS = (".ofd", ".rtf", ".odt", ".ods", ".mht", ".mhtml")


def _container(suffix: str, data: bytes, name: str, path: str, digest: str) -> Document:
    """The national fixed-layout format (OFD), Word's RTF, OpenDocument text and spreadsheets, and pages saved as one
    file (MHTML), each by its own module."""
    if suffix == ".ofd":
        from .ofd import read_ofd

        return read_ofd(data, name, path=path, sha256=digest)
    if suffix == ".rtf":
        from .rtf import read_rtf

        return read_rtf(data, name, path=path, sha256=digest)
    if suffix in (".odt", ".ods"):
        from .odf import read_odf

        return read_odf(data, name, path=path, sha256=digest)
    from .mhtml import read_mhtml

    return read_mhtml(data, name, path=path, sha256=digest)


def read_document(path: str | Path) -> Document:
    """Read one file; raise :class:`InputError` with the reason when it is not a document."""
    p = Path(path)
    if not p.exists():
        raise InputError(str(p), "no such file")
    if p.is_dir():
        raise InputError(str(p), "is a folder")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise InputError(str(p), f"too large ({size // (1024 * 1024)} MB > {MAX_BYTES // (1024 * 1024)} MB)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), f"cannot read ({exc.strerror})") from None
    if p.suffix.lower() not in SUPPORTED:
        raise InputError(str(p), f"unsupported file type {p.suffix or '(none)'}")
    try:
        return document_from_bytes(data, p.name, path=str(p))
    except InputError as exc:
        raise InputError(str(p), exc.reason) from None
