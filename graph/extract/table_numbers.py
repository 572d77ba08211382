"""The 序号 cells of tables printed one cell per line, which are no labels of the text's outline.

A table copied into a text one cell per line prints each row's number on a line of its own (``1.``, ``（1）``), as a
label standing alone on its line does (``一、`` or ``第三条`` in a PDF's text, which opens its unit). Within the table it
is the row's number: GUIDE.md gives a table's row "the path where the row stands", and docs/readings.md (rounds
182–183) reads a 序号 as adding nothing to it. So the lines that :mod:`.tables` and :mod:`.mark_tables` read as a row's
序号 cell are kept out of :func:`.structure.numbered_units` (round 196: `（1）` rows had taken ``二/二/1`` …), and so is
every other line of a row: a task cell's own numbered lines (``1.开展…；`` / ``2.推动…。``), a tab row's line whose task cell
opens with its number (round 200).
"""

from __future__ import annotations

from .tables import table_rows

__all__ = ["row_number_lines"]


def row_number_lines(text: str) -> frozenset[int]:
    """Where the lines start that hold a one-cell-per-line table row's 序号 cell alone, and every other line of a
    table's row (its cells' lines, a tab row's line).

    >>> text = "（二）分工如下：\\n序号\\n工作任务\\n牵头单位\\n配合单位\\n（1）\\n开展整治\\n县林业局\\n县公安局\\n"
    >>> [text[k : text.find("\\n", k)] for k in sorted(row_number_lines(text))]
    ['（1）', '开展整治', '县林业局', '县公安局']
    """
    if "\n" not in text:
        return frozenset()
    out: set[int] = set()
    for r in table_rows(text):
        if r.number >= 0:
            out.add(text.rfind("\n", 0, r.number) + 1)
        # every line of the row (a tab row's line, a task cell's lines `1.开展…；` / `2.推动…。`): numbers in a cell
        # open no unit of the outline, so the text after the table stands where the table stands (round 200)
        at = text.rfind("\n", 0, min(r.span.start, r.task.start)) + 1
        while at < r.span.end:
            out.add(at)
            nl = text.find("\n", at)
            if nl < 0:
                break
            at = nl + 1
    return frozenset(out)
