"""Lines printed as table rows: a line split into its cells (at tabs, or at runs of spaces), and the runs of such
lines that make one table (:mod:`graph.extract.tables` reads their rows)."""

from __future__ import annotations

import re

from ..data import rules
from .table_cells import _HEADING, _Cell

_SPACED = re.compile(rules()["tables"]["spaced_cells"])
_SPACED_MIN = int(rules()["tables"]["spaced_min_cells"])
# every run of ``spaced_cells`` holds one of these (a run of two or more spaces or ideographic spaces: the test
# checks the pattern): a text without them holds no run, and ``in`` finds that far faster than the regex, whose
# lookbehind is tried at every character (1 % of a build's CPU, twice, as a whole document was scanned)
_GAP_WORDS = ("  ", "\u3000")


def may_hold_gap(text: str) -> bool:
    """False when ``text`` holds no run of spaces of ``[tables] spaced_cells`` (True: it may)."""
    return any(w in text for w in _GAP_WORDS)


def row_cells(line: str, pos: int = 0) -> list[_Cell] | None:
    """The trimmed cells of a line printed as a table row: split at tabs, or at runs of spaces when
    they give enough cells (``[tables] spaced_cells``); None for a line that is no row."""
    if "\t" in line:
        bounds, start = [], 0
        for piece in line.split("\t"):
            bounds.append((start, start + len(piece)))
            start += len(piece) + 1
    else:
        gaps = list(_SPACED.finditer(line.strip()))
        if len(gaps) + 1 < _SPACED_MIN:
            return None
        lead = len(line) - len(line.lstrip())
        edges = [lead, *(x for m in gaps for x in (lead + m.start(), lead + m.end())), lead + len(line.strip())]
        bounds = list(zip(edges[::2], edges[1::2], strict=True))
    cells = []
    for a, b in bounds:
        piece = line[a:b]
        lead = len(piece) - len(piece.lstrip())
        stripped = piece.strip()
        cells.append(_Cell(stripped, pos + a + lead, pos + a + lead + len(stripped)))
    return cells


def _tab_tables(text: str) -> list[list[list[_Cell]]]:
    """Runs of tab-separated lines (or lines split by runs of spaces), each line split into trimmed
    cells. Section rows merged over every column (二、数字贸易, printed without a tab) and one other
    line between two rows do not end a run."""
    tables: list[list[list[_Cell]]] = []
    current: list[list[_Cell]] = []
    gap = 0
    pos = 0
    for line in text.split("\n"):
        cells = row_cells(line, pos)
        if cells is not None:
            current.append(cells)
            gap = 0
        elif line.strip():
            # section rows (四、军民深度融合方面) do not end a run, nor does one other line
            if not _HEADING.match(line.strip()):
                gap += 1
            if current and gap > 1:
                tables.append(current)
                current = []
                gap = 0
        pos += len(line) + 1
    if current:
        tables.append(current)
    return tables
