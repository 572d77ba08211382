"""Read a legacy Excel workbook (.xls, BIFF8 in an OLE container: the 分工表 of many offices' sites) into a Document.

The cells are read with xlrd; the sheets then become lines and tables exactly as an .xlsx's do (``xlsx.book_lines``):
one tab-separated line per row, a cell merged over several rows repeated in each row it covers, one merged over several
columns followed by empty cells, hidden rows and columns left out. A file named .xls that is really an .xlsx (a zip) or
an HTML table (what many OA systems export under the .xls name) is read as what it is.
"""

from __future__ import annotations

import io
from typing import Any

from ..errors import InputError
from ..model import Document
from .xlsx import _text, book_lines

__all__ = ["MEDIA_TYPE", "read_xls"]

MEDIA_TYPE = "application/vnd.ms-excel"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _value(cell: Any, datemode: int) -> str:
    import xlrd

    kind = cell.ctype
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if kind == xlrd.XL_CELL_BOOLEAN:
        return _text(bool(cell.value))
    if kind == xlrd.XL_CELL_DATE:
        try:
            return _text(xlrd.xldate.xldate_as_datetime(cell.value, datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return _text(cell.value)
    return _text(cell.value)


def _sheet_rows(sheet: Any, datemode: int) -> list[tuple[str, ...]]:
    grid: dict[tuple[int, int], str] = {}
    for r in range(sheet.nrows):
        for c, cell in enumerate(sheet.row(r)):
            text = _value(cell, datemode)
            if text:
                grid[(r, c)] = text
    # merged ranges (half-open, as xlrd gives them): the top-left value down every row of the range's first column
    for rlo, rhi, clo, chi in sheet.merged_cells:
        value = grid.get((rlo, clo), "")
        for r in range(rlo, min(rhi, sheet.nrows)):  # (a damaged range is not walked past the sheet's cells)
            for c in range(clo, min(chi, sheet.ncols)):
                grid[(r, c)] = value if c == clo else ""
    hidden_rows = {r for r, info in sheet.rowinfo_map.items() if info.hidden}
    hidden_cols = {c for c, info in sheet.colinfo_map.items() if info.hidden}
    grid = {(r, c): v for (r, c), v in grid.items() if v and r not in hidden_rows and c not in hidden_cols}
    if not grid:
        return []
    rows = [r for r in range(min(r for r, _ in grid), max(r for r, _ in grid) + 1) if r not in hidden_rows]
    cols = [c for c in range(max(c for _, c in grid) + 1) if c not in hidden_cols]
    return [tuple(grid.get((r, c), "") for c in cols) for r in rows]


def read_xls(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse ``data`` (the bytes of an .xls) into a Document."""
    if not data:
        raise InputError(name, "empty file")
    if data[:4] == b"PK\x03\x04":  # an .xlsx under the old name
        from .xlsx import read_xlsx

        return read_xlsx(data, name, path=path, sha256=sha256)
    if not data.startswith(OLE_MAGIC):
        head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if head.startswith((b"<html", b"<!doctype", b"<table", b"<meta", b"<?xml")) and b"<table" in data[:200000].lower():
            from .html import read_html  # an HTML table saved as .xls by a website's export

            return read_html(data, name, path=path, sha256=sha256)
        raise InputError(name, "not an .xls file (no OLE header)")
    try:
        import olefile
        import xlrd

        # the BIFF stream taken out of the container by olefile, which bounds every sector chain by the stream's size
        # (xlrd's own reader loops for ever on a sector chain that a damaged file closes into a circle)
        ole = olefile.OleFileIO(io.BytesIO(data))
        stream = next((s for s in ("Workbook", "Book") if ole.exists(s)), None)
        if stream is None:
            raise InputError(name, "not an .xls file (an OLE file without a Workbook stream)")
        biff = ole.openstream(stream).read()
        book = xlrd.open_workbook(file_contents=biff, formatting_info=True, on_demand=False, logfile=_Quiet())
        sheets = [(sheet.name, rows) for sheet in book.sheets() if (rows := _sheet_rows(sheet, book.datemode))]
    except InputError:
        raise
    except Exception as exc:  # olefile and xlrd raise several kinds (XLRDError, struct.error, IndexError…) on a broken file
        raise InputError(name, f"not an .xls file ({exc.__class__.__name__}: {exc})") from None
    lines, tables = book_lines(sheets)
    if not any(lines):
        raise InputError(name, "no text in the .xls (empty workbook)")
    return Document(
        source=name,
        text="\n".join(lines) + "\n",
        path=path,
        encoding="utf-8",
        media_type=MEDIA_TYPE,
        sha256=sha256,
        tables=tuple(tables),
    )


class _Quiet:
    """xlrd's log (it prints warnings about a file's oddities to stdout by default): kept silent."""

    def write(self, _text: str) -> int:
        return 0

    def flush(self) -> None:
        return None

