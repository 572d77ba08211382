"""Rows copied out of a spreadsheet as text: cells apart by tabs, and a cell that holds a line break (Alt+Enter)
put between double quotes, its lines on lines of their own (what Excel puts on the clipboard, as CSV quotes a cell)::

    1⇥推进智能化改造⇥市工信局⇥"市发改委
    市财政局"⇥2024年12月

is the row ``1⇥推进智能化改造⇥市工信局⇥市发改委 市财政局⇥2024年12月``: the quoted cell's lines joined by a space (as the
workbook reader gives such a cell) and its quotes taken off (a doubled ``""`` inside is one ``"``). A quote opens a
cell only right after a tab or at a line's start, in a line that holds a tab or goes on to one, and the cell ends at a
quote followed by a tab or the line's end, within ``_REACH`` lines; a quote that closes nothing leaves the text as it
is.
"""

from __future__ import annotations

import re

__all__ = ["clipboard_rows"]

_REACH = 8  # lines a quoted cell may run over
_OPEN = re.compile(r'(?:^|(?<=\t))"')


def _quoted(lines: list[str], i: int, at: int) -> tuple[int, str, str] | None:
    """A quoted cell opening at ``lines[i][at]``: (the line it closes on, the cell's text, the rest of that line)."""
    parts: list[str] = []
    line, pos = lines[i], at + 1
    for j in range(i, min(len(lines), i + _REACH)):
        if j > i:
            line, pos = lines[j], 0
        k = pos
        while True:
            q = line.find('"', k)
            if q < 0:
                break
            if line[q + 1 : q + 2] == '"':
                k = q + 2  # a doubled quote: one quote in the cell
                continue
            if q + 1 == len(line) or line[q + 1] == "\t":
                parts.append(line[pos:q])
                return j, " ".join(p.replace('""', '"').strip() for p in parts if p.strip()), line[q + 1 :]
            break
        parts.append(line[pos:])
    return None


def clipboard_rows(text: str) -> str:
    """``text`` with the quoted multi-line cells of its tab rows put back on their row (see the module's docstring).

    >>> clipboard_rows('序号\\t牵头单位\\t配合单位\\n1\\t市工信局\\t"市发改委\\n市财政局"\\t2024年\\n')
    '序号\\t牵头单位\\t配合单位\\n1\\t市工信局\\t市发改委 市财政局\\t2024年\\n'
    >>> clipboard_rows('他说"好\\n的"。\\n')
    '他说"好\\n的"。\\n'
    """
    if '"' not in text or "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        row, j, pos = lines[i], i, 0
        while (m := _OPEN.search(row, pos)) is not None:
            found = _quoted([row, *lines[j + 1 :]], 0, m.start())
            if found is None:
                break
            end, cell, after = found
            if "\t" not in row and "\t" not in after:
                break  # a quoted line that is no row
            row, j, pos = row[: m.start()] + cell + after, j + end, m.start() + len(cell)
        out.append(row)
        i = j + 1
    return "\n".join(out)
