"""Word and Excel task lists as the made sets' generators write them (tests/made_gold/forms*/src).

A DOCX: paragraphs, one table (a header row, then the rows), more paragraphs. An XLSX: one sheet,
its title in row 1 merged across the columns, the rows below it, and cells merged down a column.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def write_docx_table(
    out: Path, head: Sequence[str], header: Sequence[str], rows: Sequence[Sequence[str]], tail: Sequence[str]
) -> Path:
    import docx

    d = docx.Document()
    for line in head:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(rows), cols=len(header))
    for i, h in enumerate(header):
        table.cell(0, i).text = h
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in tail:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def write_xlsx_list(
    out: Path,
    title: str,
    rows: Sequence[Sequence[object]],
    merged: Sequence[tuple[int, int, int]],
    sheet: str = "任务清单",
) -> Path:
    """``merged``: (first row, last row, column) merged down, in sheet coordinates (the title is row 1);
    a ``None`` cell is left empty."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(1, 1, title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    for first, last, col in merged:
        ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    wb.save(str(out))
    return out


def add_grid_table(d: object, rows: Sequence[Sequence[str]], merged_down: Sequence[tuple[int, int, int, str]] = ()) -> None:
    """A ruled table (Word's "Table Grid") in the python-docx document ``d``: ``rows`` with empty cells left empty, then
    each (first row, last row, column, text) merged down and given its text."""
    table = d.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for first, last, col, text in merged_down:
        table.cell(first, col).merge(table.cell(last, col)).text = text
