"""A table's row broken across a page (used by :mod:`.pdf`): Word lets a row break, and prints the rest of its cells
at the top of the next page, under the header row repeated there. The rest is read as a row of its own whose first
cell is empty (a ruled table: ``⇥现环境卫生常态化管理。⇥⇥局、县林业局…``), or as printed lines standing in the
header's other columns (a table without rules); either goes on the cells of the last row of the page before
(``县自然资源`` + ``局`` → ``县自然资源局``), as a row that fits on one page is read. Only under a header whose first
cell is a serial column (``[pdf] serial_heads``: a row without its serial is a row's rest), repeated as the page's first
line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..data import rules
from .pdf_unruled import PrintedLine, column_of

__all__ = ["broken_rows"]

_PDF = rules()["pdf"]
_SERIAL_HEADS = tuple(_PDF["serial_heads"])
_ASCII_WORD = re.compile(r"[A-Za-z]")

Page = tuple[float, list[PrintedLine]]


def _rest(header: PrintedLine, lines: list[PrintedLine]) -> tuple[list[str], int] | None:
    """The cells of a broken row's rest under ``header`` (the page's lines after it) and how many lines it takes."""
    if not lines:
        return None
    first = lines[0]
    if "\t" in first.text:
        cells = first.text.split("\t")
        return (cells, 1) if not cells[0].strip() and any(c.strip() for c in cells) else None
    cols = [(x0, x1) for x0, x1, _ in header.groups]
    if len(cols) != len(header.text.split("\t")):
        return None
    cells, taken, bottom = [""] * len(cols), 0, header.bottom
    for ln in lines:
        em = max(ln.size, 1.0)
        at = [column_of(cols, x0, x1, 0.6 * em) for x0, x1, _ in ln.groups]
        if ln.row or "\t" in ln.text or not ln.groups or None in at or 0 in at or len(set(at)) != len(at) \
                or (taken and ln.top - bottom > float(_PDF["row_line_gap"]) * em):
            break
        for j, (_, _, g) in zip([j for j in at if j is not None], ln.groups, strict=True):
            cells[j] += g
        taken, bottom = taken + 1, ln.bottom
    return (cells, taken) if taken else None


def _joined(row: str, rest: list[str]) -> str:
    cells = row.split("\t")
    cells += [""] * (len(rest) - len(cells))
    for j, more in enumerate(rest):
        more = more.strip()
        if more:
            sep = " " if _ASCII_WORD.match(more[0]) and _ASCII_WORD.match(cells[j][-1:] or "x") else ""
            cells[j] = cells[j] + sep + more
    return "\t".join(cells)


def broken_rows(pages: list[Page]) -> list[Page]:
    """The pages with each row broken across a page whole on the page where it starts (rule: module docstring)."""
    heads: set[str] = set()
    out: list[Page] = []
    for width, lines in pages:
        lines = list(lines)
        top = lines[0] if lines else None
        last = out[-1][1][-1] if out and out[-1][1] else None
        if top is not None and top.text in heads and last is not None and "\t" in last.text \
                and last.text.split("\t")[0].strip() and last.text not in heads:
            rest = _rest(top, lines[1:])
            if rest is not None:
                cells, n = rest
                out[-1][1][-1] = replace(last, text=_joined(last.text, cells))
                del lines[1 : 1 + n]
        heads.update(ln.text for ln in lines if "\t" in ln.text and ln.text.startswith(_SERIAL_HEADS))
        out.append((width, lines))
    return out
