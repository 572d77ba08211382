"""A table row's time-limit cell (``1⇥新建城区幼儿园2所⇥县教育局⇥2024年底``): the time that governs the row's
targets (docs/readings.md, round 181), found by :mod:`.deadlines`."""

from __future__ import annotations

import re

from ..data import rules

__all__ = ["row_end", "time_cell"]

_DUE = rules()["targets"]["deadlines"]
_TIME_CELL = re.compile(_DUE["time_cell"])
_CELL_WINDOW = 40


def time_cell(text: str, at: int) -> bool:
    """Whether ``at`` is in a table cell (after a tab) that holds only a time (``2024年底``,
    ``2023—2025年``). Such a cell is short: only the ``_CELL_WINDOW`` characters on each side are
    looked at, so a long text without tabs costs nothing."""
    tab = text.rfind("\t", max(0, at - _CELL_WINDOW), at)
    if tab < 0 or "\n" in text[tab:at]:
        return False
    ends = [i for i in (text.find("\t", at, at + _CELL_WINDOW), text.find("\n", at, at + _CELL_WINDOW)) if i >= 0]
    if ends:
        end = min(ends)
    elif at + _CELL_WINDOW >= len(text):
        end = len(text)  # the last cell of the text
    else:
        return False  # a cell longer than any time
    return _TIME_CELL.fullmatch(text, tab + 1, end) is not None


def row_end(text: str, pos: int) -> int:
    """The end of the table row (a line of tab-separated cells) that holds ``pos``, or ``pos`` when its line is no
    row. A cell's text may end its sentences (``新建5G基站300个，实现…全覆盖。``) before the row's time-limit cell: the
    row's targets are due by that cell all the same (found by round 198)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return end if "\t" in text[start:end] else pos
