"""Read a legacy Word document (.doc, Word 97-2003; WPS Office's .wps is the same format) into a Document.

As the .docx reader does: each paragraph is one line; each table row one line of tab-separated cell texts (a cell's
own paragraphs joined with a space; a cell wider than the columns of other rows followed by empty cells, so that every
cell stands in its column; a cell merged over several rows repeated in each row it covers; a table inside a cell given as that cell's lines, as
``nested`` gives them), the cell texts also going
to :attr:`Document.tables`. A paragraph numbered by Word's lists gets the label Word draws before it
(``doc_numbering``). Field codes are left out and their results kept (a page number, a hyperlink's text). The
summary information's title, when set, becomes the ``title`` metadata. The binary format is read by ``doc_binary``
over olefile. A file named .doc that is really a .docx (a zip), an HTML page (Word's "save as web page" under the
old name) or an RTF file (Word's "save as RTF" under it, :mod:`graph.ingest.rtf`) is read as what it is; a truncated or malformed file raises :class:`~graph.errors.InputError`.
"""

from __future__ import annotations

import io
import re
from typing import Any

from ..errors import InputError
from ..model import Document
from .doc_binary import DocError, Paragraph, Row, fc_lcb, read_word_binary, table_stream
from .doc_numbering import FC_PLF_LFO, FC_PLF_LST, DocNumbering
from .docx import _SERIAL_PUNCT, _clean, _line
from .nested import nested_lines

__all__ = ["MEDIA_TYPE", "read_doc"]

MEDIA_TYPE = "application/msword"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Word's special characters in the text: a line break and a page break read as a space, a non-breaking hyphen as a
# hyphen; an optional hyphen, a picture's or drawing's anchor, a footnote or comment reference left out
_SPECIAL = str.maketrans({"\x0b": " ", "\x0c": " ", "\x1e": "-", "\x1f": None, "\x01": None, "\x02": None,
                          "\x03": None, "\x04": None, "\x05": None, "\x08": None, "\x00": None})
_FIELD = re.compile("[\x13\x14\x15]")
_NEAR = 10  # twips: cell edges of two rows this close are one column edge


class _Fields:
    """Field codes (``\\x13`` code ``\\x14`` result ``\\x15``, nested) left out of the text, their results kept."""

    def __init__(self) -> None:
        self.stack: list[bool] = []  # per open field: in its result

    def text(self, s: str) -> str:
        if not self.stack and not _FIELD.search(s):
            return s
        out = []
        for ch in s:
            if ch == "\x13":
                self.stack.append(False)
            elif ch == "\x14":
                if self.stack:
                    self.stack[-1] = True
            elif ch == "\x15":
                if self.stack:
                    self.stack.pop()
            elif all(self.stack):
                out.append(ch)
        return "".join(out)


def _grid(rows: list[tuple[list[str], Row | None]]) -> list[tuple[str, ...]]:
    """The rows' cell texts on one grid of columns: each cell in the column of its left edge, a cell continuing a
    vertical merge given the text above it. Rows whose cells are not described are kept as they are."""
    if not rows or any(r is None or len(r.edges) != len(cells) + 1 for cells, r in rows):
        width = max((len(cells) for cells, _ in rows), default=0)
        return [tuple(cells) + ("",) * (width - len(cells)) for cells, _ in rows]
    edges: list[int] = []
    for x in sorted({x for _, r in rows if r is not None for x in r.edges}):
        if not edges or x - edges[-1] > _NEAR:
            edges.append(x)

    def column(x: int) -> int:
        return min(range(len(edges)), key=lambda i: abs(edges[i] - x))

    width = len(edges) - 1
    out: list[tuple[str, ...]] = []
    for cells, row in rows:
        assert row is not None
        line = [""] * width
        for i, text in enumerate(cells):
            col = min(column(row.edges[i]), width - 1)
            if row.merged[i] and out and not text:
                text = out[-1][col]
            line[col] = text
        out.append(tuple(line))
    return out


def _lines(paragraphs: list[Paragraph], numbering: DocNumbering | None = None,
           ) -> tuple[list[str], list[tuple[tuple[str, ...], ...]]]:
    lines: list[str] = []
    tables: list[tuple[tuple[str, ...], ...]] = []
    rows: list[tuple[list[str], Row | None]] = []
    cells: list[str] = []
    parts: list[str] = []
    fields = _Fields()
    described = any(p.props.depth or p.props.row_end for p in paragraphs)
    previous = "\r"

    def close_table() -> None:
        if not rows:
            return
        grid = _grid(rows)
        for texts in grid:
            trimmed = list(texts)
            while trimmed and not trimmed[-1]:
                trimmed.pop()
            if any(trimmed):
                lines.append("\t".join(trimmed))
        tables.append(tuple(grid))
        rows.clear()

    inner: list[list[str]] = [[], []]  # a nested table's cell being read (its paragraphs) and its row's cells
    inner_rows: list[list[str]] = []
    for p in paragraphs:
        text = fields.text(p.text).translate(_SPECIAL)
        props = p.props
        drawn = numbering.label(props.ilfo, props.ilvl) if numbering is not None and props.ilfo > 0 else ""
        label = _clean(drawn) + (" " if drawn.endswith(" ") else "")  # (2.1.1 开展…: the space Word draws after it)
        if props.depth > 1:  # a nested table's paragraph, cell end or row end
            if props.inner_row_end:
                inner_rows.append(inner[1])
                inner[1] = []
            elif props.inner_cell:
                inner[1].append(_clean(" ".join([*inner[0], text])))
                inner[0] = []
            else:
                inner[0].append(text)
            continue
        if inner_rows:  # (a units cell laid out as a small table: its rows as the cell's lines, nested.py)
            parts.extend(nested_lines(inner_rows))
            inner_rows.clear()
        in_table = props.depth > 0 or p.mark == "\x07"
        if not in_table:
            if cells or parts:  # a row left open (a cut file): its cells kept
                rows.append(([*cells, _clean(" ".join(parts))] if parts else list(cells), None))
                cells, parts = [], []
            close_table()
            line = _line(text)
            if line and label:  # (a paragraph numbered by Word's lists: the label it draws, docx_numbering)
                line = label + line.lstrip("\u3000")
            if line:
                lines.append(line)
        elif props.row_end or (not described and p.mark == "\x07" and previous == "\x07" and not text.strip()):
            rows.append((cells, props.row))
            cells, parts = [], []
        elif p.mark == "\x07":
            if not parts and label and not text.strip():  # a 序号 cell Word numbers (1.): the row's serial
                cells.append(_SERIAL_PUNCT.sub("", label.strip()) or label.strip())
            else:
                cells.append(_clean(" ".join([*parts, label + _clean(text) if text.strip() else label.strip()])))
            parts = []
        else:
            parts.append(label + _clean(text) if text.strip() else label.strip())
        previous = p.mark
    if cells or parts:
        rows.append(([*cells, _clean(" ".join(parts))] if parts else cells, None))
    close_table()
    return lines, tables


def _title(ole: Any) -> str:
    try:
        meta = ole.get_metadata()
        raw = meta.title
        if isinstance(raw, bytes):
            page = (meta.codepage or 1252) & 0xFFFF  # (stored signed: UTF-8's 65001 reads -535)
            codec = {1200: "utf-16-le", 65001: "utf-8"}.get(page, f"cp{page}")
            raw = raw.decode(codec, errors="replace")
        return _clean(str(raw or "").replace("\x00", ""))
    except Exception:  # a broken summary stream is not worth failing the document for
        return ""


def _sniffed(data: bytes, name: str, path: str, sha256: str) -> Document | None:
    """A .docx, an HTML page or an RTF file under the .doc name, read as what it is; None for an OLE file."""
    if data[:4] == b"PK\x03\x04":
        from .docx import read_docx

        return read_docx(data, name, path=path, sha256=sha256)
    if data.startswith(OLE_MAGIC):
        return None
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<html", b"<!doctype html", b"<meta")):
        from .html import read_html

        return read_html(data, name, path=path, sha256=sha256)
    if head.startswith(b"{\\rtf"):  # Word's "save as RTF" kept under the .doc name (sites often serve it so)
        from .rtf import read_rtf

        return read_rtf(data, name, path=path, sha256=sha256)
    raise InputError(name, "not a .doc file (no OLE header)")


def read_doc(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse ``data`` (the bytes of a .doc or .wps) into a Document."""
    if not data:
        raise InputError(name, "empty file")
    sniffed = _sniffed(data, name, path, sha256)
    if sniffed is not None:
        return sniffed
    try:
        import olefile

        ole = olefile.OleFileIO(io.BytesIO(data))
        if not ole.exists("WordDocument"):
            raise InputError(name, "not a .doc file (an OLE file without a WordDocument stream)")
        word = ole.openstream("WordDocument").read()
        tables = {t: ole.openstream(t).read() for t in ("0Table", "1Table") if ole.exists(t)}
        paragraphs = read_word_binary(word, tables)
        numbering = DocNumbering(table_stream(word, tables), fc_lcb(word, FC_PLF_LST), fc_lcb(word, FC_PLF_LFO))
        title = _title(ole)
    except InputError:
        raise
    except DocError as exc:
        raise InputError(name, f"not a readable .doc file ({exc})") from None
    except Exception as exc:  # olefile raises several kinds (OSError, struct.error…) on a cut or broken container
        raise InputError(name, f"truncated or malformed .doc ({exc.__class__.__name__}: {exc})") from None
    lines, tables_out = _lines(paragraphs, numbering)
    if not any(lines):
        raise InputError(name, "no text in the .doc (empty document)")
    return Document(
        source=name,
        text="\n".join(lines) + "\n",
        path=path,
        encoding="utf-8",
        media_type=MEDIA_TYPE,
        sha256=sha256,
        meta=(("title", title),) if title else (),
        tables=tuple(tables_out),
    )
