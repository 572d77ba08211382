"""Read an Excel workbook (.xlsx, a common form of a 任务分工表) into a Document.

Each sheet gives a line with its name (unless its first row is a title of one cell), then one line per row of tab-separated cell texts, as the
HTML and DOCX readers write table rows. A cell merged over several rows is repeated in each row
it covers; one merged over several columns is followed by empty cells. Hidden rows and columns are left out (they are
neither shown nor printed). The rows also go to
:attr:`Document.tables` (one table per sheet). Sheets that hold a table come first, sheets of running
notes (one text cell per row, such as 填表说明) after them, but a cover or the notice the book carries (its title
``…关于印发…的通知``) keeps its place; otherwise the book's order. Read with openpyxl. A 序号
column of formulas saved without values is numbered, and a sheet of ``序号 | 配合单位`` rows joined to the table it
belongs to (``xlsx_join``).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any

from ..data import rules
from ..errors import InputError
from ..model import Document
from .xlsx_join import formula_serials, joined_sheets, needs_formulas

__all__ = ["book_lines", "read_xlsx"]

Rows = list[tuple[str, ...]]

_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\ufeff]+")
_TABLE_TITLE = re.compile(rules()["tables"]["cells"]["title"])
_COVER_ROWS = int(rules()["tables"]["cells"]["cover_rows"])
_NOTICE_ROWS = int(rules()["tables"]["cells"]["notice_head_rows"])
_TITLE_WORDS = tuple(rules()["metadata"]["title_second_line"])
_TITLE_ENDS = tuple(rules()["metadata"]["title_ends"])


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return _WS.sub(" ", str(value)).strip()


def _hidden(ws: Any) -> tuple[set[int], set[int]]:
    """The sheet's hidden rows and columns (not printed, not shown: a task code, a 填报人, a draft's row)."""
    rows = {r for r, dim in ws.row_dimensions.items() if dim.hidden}
    cols = {c for dim in ws.column_dimensions.values() if dim.hidden and dim.min for c in range(dim.min, dim.max + 1)}
    return rows, cols


def _sheet_rows(ws: Any, formulas: Any = None) -> list[tuple[str, ...]]:
    grid: dict[tuple[int, int], str] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                grid[(cell.row, cell.column)] = _text(cell.value)
    if formulas is not None and needs_formulas(grid):  # a 序号 column of formulas without values: numbered
        formula_serials(grid, formulas()[ws.title])
    # merged ranges: the top-left value down every row of the range's first column
    for rng in ws.merged_cells.ranges:
        value = grid.get((rng.min_row, rng.min_col), "")
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid[(r, c)] = value if c == rng.min_col else ""
    hidden_rows, hidden_cols = _hidden(ws)
    grid = {(r, c): v for (r, c), v in grid.items() if r not in hidden_rows and c not in hidden_cols}
    if not grid:
        return []
    rows = [r for r in range(min(r for r, _ in grid), max(r for r, _ in grid) + 1) if r not in hidden_rows]
    cols = [c for c in range(1, max(c for _, c in grid) + 1) if c not in hidden_cols]
    return [tuple(grid.get((r, c), "") for c in cols) for r in rows]


def _cover(rows: list[tuple[str, ...]]) -> bool:
    """A sheet that is a workbook's cover: at most ``[tables.cells] cover_rows`` rows with text, each of one cell, one
    of them a table's title (``[tables.cells] title``: …分解表, …清单)."""
    texts = [c for r in rows for c in r if c]
    return (len(texts) <= _COVER_ROWS and any(_TABLE_TITLE.search(t) for t in texts)) or _notice(texts)


def _notice(texts: list[str]) -> bool:
    """Whether a sheet's cells are the notice the workbook carries: one of its first rows the title of a notice
    (``…关于印发《…分工方案》的通知``).

    >>> _notice(["某局文件", "某发〔2020〕12号", "某局关于印发《某分工方案》的通知", "各处室："])
    True
    >>> _notice(["填表说明", "1.各单位按表填报。"])
    False
    """
    return any(any(w in t for w in _TITLE_WORDS) and t.rstrip().endswith(_TITLE_ENDS) for t in texts[:_NOTICE_ROWS])


def book_lines(sheets: list[tuple[str, Rows]]) -> tuple[list[str], list[tuple[tuple[str, ...], ...]]]:
    """The lines and tables of a workbook given as its sheets' names and rows (each row one text per column, a merged
    cell's text in the first column of each row it covers): the order, titles and joins below, shared with ``xls``."""
    lines: list[str] = []
    tables: list[tuple[tuple[str, ...], ...]] = []
    sheets = joined_sheets(sheets)
    # A sheet of running notes (填表说明: one text cell per row) goes after the sheets that hold a table:
    # its numbered items (1. 2.) would otherwise open the outline the table's category rows (一、) stand
    # in, and its heading would pass for the workbook's title. Otherwise the book's order is kept.
    # A cover (a sheet of a few one-cell rows, one a table's title: 白银市…重点任务分解表, 2022年3月) keeps its place.
    sheets.sort(key=lambda sheet: not any(sum(1 for c in r if c) > 1 for r in sheet[1]) and not _cover(sheet[1]))
    for title, rows in sheets:
        # the sheet's name, unless its first row is a title merged over the sheet (分工表 of an office:
        # 三亚市…重点任务分工表 names the sheet better than 任务分工, and is the document's title)
        first = next(r for r in rows if any(r))
        if sum(1 for c in first if c) != 1:
            lines.append(_WS.sub(" ", title).strip())
        for cells in rows:
            trimmed = list(cells)
            while trimmed and not trimmed[-1]:
                trimmed.pop()
            if not any(trimmed):
                continue
            # a row of one cell (a title merged over the sheet) is a line of its own
            lines.append("\t".join(trimmed) if len(trimmed) > 1 else trimmed[0])
        tables.append(tuple(rows))
    return lines, tables


def read_xlsx(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse ``data`` (the bytes of an .xlsx) into a Document."""
    if not data:
        raise InputError(name, "empty file")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(name, "not an .xlsx file (bad zip)")
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises several kinds on a broken package
        raise InputError(name, f"not an .xlsx file ({exc.__class__.__name__}: {exc})") from None
    book_of_formulas: list[Any] = []

    def formulas() -> Any:
        if not book_of_formulas:
            book_of_formulas.append(openpyxl.load_workbook(io.BytesIO(data), data_only=False))
        return book_of_formulas[0]

    sheets = [(ws.title, rows) for ws in book.worksheets if (rows := _sheet_rows(ws, formulas))]
    lines, tables = book_lines(sheets)
    if not any(lines):
        raise InputError(name, "no text in the .xlsx (empty workbook)")
    return Document(
        source=name,
        text="\n".join(lines) + "\n",
        path=path,
        encoding="utf-8",
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        sha256=sha256,
        tables=tuple(tables),
    )
