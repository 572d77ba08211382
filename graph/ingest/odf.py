"""Read OpenDocument text (.odt) and spreadsheets (.ods), as WPS and LibreOffice save them, into a Document.

Both are a zip whose ``content.xml`` holds the body. A text's paragraphs and headings (``text:p``, ``text:h``, in
lists and sections too) are one line each, in order; a table stands where it stands, each row one line of
tab-separated cell texts, as the Word reader (:mod:`graph.ingest.docx`) writes them: a cell spanning rows
(``table:number-rows-spanned``, the ``table:covered-table-cell`` under it) gives its text in each row it covers, one
spanning columns is followed by empty cells. A spreadsheet's sheets are read as a workbook's
(:func:`graph.ingest.xlsx.book_lines`: the same order, titles and joins as .xlsx and .xls), each sheet a table.
Repeated rows and cells (``number-rows-repeated``, ``number-columns-repeated``) are expanded, the empty tail a
spreadsheet ends with dropped; hidden rows and columns (``table:visibility``) are left out, as in a workbook.
Tracked deletions, comments (``office:annotation``) and notes are no text. Read with lxml (odfpy, the PyPI
library, has not been released since 2020 and reads the same XML through a heavier object model).
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import InputError
from ..model import Document
from .odf_numbering import ListLabels
from .package import open_zip, part_names, xml_part

__all__ = ["read_odf"]

_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\ufeff]+")
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_NO_TEXT = {"tracked-changes", "annotation", "annotation-end", "note", "sequence-decls", "variable-decls",
            "user-field-decls", "forms", "frame", "bookmark-start", "bookmark-end"}
_ROW_GROUPS = {"table-header-rows", "table-rows", "table-row-group"}
_MAX_REPEAT = 1000  # a row or cell repeated more often is a sheet's empty tail


def _local(el: Any) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _int(el: Any, attr: str, default: int = 1) -> int:
    try:
        return max(1, int(el.get(f"{{{_TABLE}}}{attr}", default)))
    except ValueError:
        return default


def _inline(el: Any, out: list[str]) -> None:
    """The text of a paragraph's content: ``text:s`` spaces, tabs and line breaks as spaces, spans read through."""
    if el.text:
        out.append(el.text)
    for child in el:
        tag = _local(child)
        if tag == "s":
            out.append(" " * int(child.get(f"{{{_TEXT}}}c", "1") or 1))
        elif tag in ("tab", "line-break"):
            out.append(" ")
        elif tag not in _NO_TEXT:
            _inline(child, out)
        if child.tail:
            out.append(child.tail)


def _para(el: Any) -> str:
    out: list[str] = []
    _inline(el, out)
    return _WS.sub(" ", "".join(out)).strip()


def _cell_text(cell: Any) -> str:
    parts = [_para(p) for p in cell.iter(f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")]
    text = " ".join(p for p in parts if p)
    if not text:  # a value without its displayed text
        for attr in ("string-value", "value", "date-value"):
            value = cell.get(f"{{{_OFFICE}}}{attr}")
            if value:
                return _WS.sub(" ", value).strip()
    return text


def _rows(table: Any) -> list[Any]:
    out = []
    for child in table:
        tag = _local(child)
        if tag == "table-row":
            out.append(child)
        elif tag in _ROW_GROUPS:
            out.extend(_rows(child))
    return out


def _hidden_columns(table: Any) -> set[int]:
    hidden: set[int] = set()
    col = 0
    for el in table.iter(f"{{{_TABLE}}}table-column"):
        n = _int(el, "number-columns-repeated")
        if el.get(f"{{{_TABLE}}}visibility", "visible") != "visible":
            hidden.update(range(col, col + min(n, _MAX_REPEAT)))
        col += n
    return hidden


def table_rows(table: Any) -> list[tuple[str, ...]]:
    """The table's rows, one text per column: a spanning cell's text in its first column of each row it covers."""
    grid: list[list[str | None]] = []
    hidden_rows: set[int] = set()
    spans: list[tuple[int, int, int, int, str]] = []
    for row in _rows(table):
        cells: list[str | None] = []
        origins: list[tuple[int, int, int, str]] = []
        for cell in row:
            tag = _local(cell)
            if tag not in ("table-cell", "covered-table-cell"):
                continue
            n = _int(cell, "number-columns-repeated")
            text = _cell_text(cell) if tag == "table-cell" else None
            if n > _MAX_REPEAT and not text:
                continue
            for _ in range(min(n, _MAX_REPEAT)):
                down, right = _int(cell, "number-rows-spanned"), _int(cell, "number-columns-spanned")
                if tag == "table-cell" and (down > 1 or right > 1):
                    origins.append((len(cells), down, right, text or ""))
                cells.append(text)
        repeat = _int(row, "number-rows-repeated")
        filled = any(c for c in cells)
        for _ in range(min(repeat, _MAX_REPEAT) if filled else 1):
            r = len(grid)
            if row.get(f"{{{_TABLE}}}visibility", "visible") != "visible":
                hidden_rows.add(r)
            grid.append(list(cells))
            spans.extend((r, c, down, right, text) for c, down, right, text in origins)
    for r0, c0, down, right, text in spans:
        for r in range(r0, min(r0 + down, len(grid))):
            for c in range(c0, c0 + right):
                if (r, c) == (r0, c0):
                    continue
                while len(grid[r]) <= c:
                    grid[r].append(None)
                grid[r][c] = text if c == c0 else ""
    hidden_cols = _hidden_columns(table)
    out = []
    for r, cells in enumerate(grid):
        if r in hidden_rows:
            continue
        out.append(tuple(c or "" for k, c in enumerate(cells) if k not in hidden_cols))
    while out and not any(out[-1]):
        out.pop()
    width = max((max((k + 1 for k, c in enumerate(row) if c), default=0) for row in out), default=0)
    return [tuple(list(row[:width]) + [""] * (width - len(row))) for row in out]


class _Text:
    """A text's lines and tables in reading order, list items and numbered headings with the labels drawn before
    them (:mod:`graph.ingest.odf_numbering`)."""

    def __init__(self, labels: ListLabels) -> None:
        self.labels = labels
        self.lines: list[str] = []
        self.tables: list[tuple[tuple[str, ...], ...]] = []

    def block(self, child: Any, label: str | None = None) -> None:
        tag = _local(child)
        if tag in ("p", "h"):
            if label is None and tag == "h" and child.get(f"{{{_TEXT}}}is-list-header") != "true":
                label = self.labels.heading(_level(child))
            line = _para(child)
            if line:
                self.lines.append((label or "") + line)
            for frame in child.iter("{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}text-box"):
                self.body(frame)  # a text box anchored in the paragraph: its paragraphs after it
        elif tag == "table":
            rows = table_rows(child)
            self.tables.append(tuple(rows))
            for row in rows:
                trimmed = list(row)
                while trimmed and not trimmed[-1]:
                    trimmed.pop()
                if any(trimmed):
                    self.lines.append("\t".join(trimmed))
        elif tag == "list":
            self.list(child, "", 1)
        elif tag not in _NO_TEXT:
            self.body(child)  # sections, index bodies

    def body(self, container: Any) -> None:
        for child in container:
            self.block(child)

    def list(self, el: Any, style: str, level: int) -> None:
        style = el.get(f"{{{_TEXT}}}style-name") or style
        if level == 1:
            self.labels.start(style, el.get(f"{{{_TEXT}}}continue-numbering") == "true"
                              or el.get(f"{{{_TEXT}}}continue-list") is not None)
        for item in el:
            tag = _local(item)
            if tag not in ("list-item", "list-header"):
                continue
            kids = [c for c in item if _local(c)]
            numbered = tag == "list-item" and bool(kids) and _local(kids[0]) != "list"
            # an item that opens with a nested list (LibreOffice and Word's export of a deeper item) draws no label
            # and does not count at its level
            label = self.labels.item(style, level, item.get(f"{{{_TEXT}}}start-value")) if numbered else ""
            for child in item:
                if _local(child) == "list":
                    self.list(child, style, level + 1)
                else:
                    self.block(child, label)
                    label = ""  # the label stands before the item's first paragraph only


def _level(h: Any) -> int:
    try:
        return max(1, int(h.get(f"{{{_TEXT}}}outline-level") or 1))
    except ValueError:
        return 1


def read_odf(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse ``data`` (the bytes of an .odt or .ods) into a Document: a text or a spreadsheet as its body says,
    whatever its name's suffix (a workbook renamed .odt is read as a workbook)."""
    kind = "an .ods file" if name.lower().endswith(".ods") else "an .odt file"
    z = open_zip(data, name, kind)
    with z:
        root = xml_part(z, "content.xml", name, kind)
        styles = xml_part(z, "styles.xml", name, kind) if "styles.xml" in part_names(z) else None
    body = root.find(f"{{{_OFFICE}}}body")
    found = [c for c in body if _local(c) in ("text", "spreadsheet")] if body is not None else []
    if not found:
        other = [_local(c) for c in body] if body is not None else []
        raise InputError(name, f"not {kind} (content.xml holds no office:text or office:spreadsheet"
                               f"{': a ' + other[0] if other else ''})")
    part = found[0]
    sheet = _local(part) == "spreadsheet"
    lines: list[str] = []
    tables: list[tuple[tuple[str, ...], ...]] = []
    if sheet:
        from .xlsx import book_lines

        read = [(t.get(f"{{{_TABLE}}}name", ""), table_rows(t)) for t in part if _local(t) == "table"]
        sheets = [(title, rows) for title, rows in read if any(any(r) for r in rows)]
        lines, tables = book_lines(sheets)
        media = "application/vnd.oasis.opendocument.spreadsheet"
    else:
        text = _Text(ListLabels(styles, root))
        text.body(part)
        lines, tables = text.lines, text.tables
        media = "application/vnd.oasis.opendocument.text"
    if not any(lines):
        raise InputError(name, f"no text in {kind} (empty document)")
    return Document(source=name, text="\n".join(lines) + "\n", path=path, encoding="utf-8", media_type=media,
                    sha256=sha256, tables=tuple(tables))
