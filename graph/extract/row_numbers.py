"""A task table's rows as numbered items: the number a row prints on its task's line (``1.推行…``), which is the row's
and no label of the outline (rounds 197, 200), and where the rows end (the text after a task table starts there).
"""

from __future__ import annotations

import dataclasses

from .structure import label_length, starts_unit
from .table_cells import _Cell, serial_of
from .table_row import Row

__all__ = ["counted", "own_number", "row_ends"]


def own_number(row: Row) -> Row:
    """A row printing its 序号 with its task on one line (``1.推行…`` under ``序号`` / ``重点任务``): the number is its
    序号 cell, no label (:func:`.table_numbers.row_number_lines`), the task cell what follows it (round 197)."""
    n = label_length(row.task.text) if starts_unit(row.task.text) else 0
    if not n or n >= len(row.task.text):
        return row
    task = _Cell(row.task.text[n:].lstrip(), row.task.end - len(row.task.text[n:].lstrip()), row.task.end)
    return dataclasses.replace(row, task=task, number=row.task.start)


def counted(rows: list[Row]) -> list[Row]:
    """Rows with no 序号 cell (nor any cell before the task's) whose task cells open with numbers counting them (``1.实施…``, ``2.推进…``, two or more,
    one label style): each number is its row's number, as a 序号 printed on the task's line (:func:`own_number`);
    a cell whose own sub-items are numbered (``1.…；`` ``2.…。`` in one cell) keeps its text (round 200)."""
    out = list(rows)
    run: list[int] = []
    style = ""  # the run's label style (the mark after its number: . 、 ）)
    for k, row in enumerate([*rows, None]):
        n = label_length(row.task.text) if row is not None and _first_cell(row) and starts_unit(row.task.text) else 0
        label = row.task.text[:n].strip() if row is not None else ""
        got = serial_of(label) if n else None
        if got is not None and run and got == (len(run) + 1, 0) and label[-1:] == style:
            run.append(k)
            continue
        if len(run) >= 2:
            out[run[0] : run[-1] + 1] = [own_number(r) for r in rows[run[0] : run[-1] + 1]]
        run, style = ([k], label[-1:]) if got == (1, 0) else ([], "")
    return out


def _first_cell(row: Row) -> bool:
    """The row's task cell is its first (no 序号 nor other cell printed before it on its line): a number opening it may
    count the rows; under a 序号 column the cell's own ``（1）`` is the cell's text, as the GUIDE's ``start`` reads it."""
    return row.number < 0 and row.task.start <= row.span.start


def row_ends(rows: list[Row]) -> tuple[list[int], list[int]]:
    """The starts and ends of the rows that name units (a task-division table's tasks), in reading order: a clause
    paragraph right after a table takes its task text from the table's end, as from the end of a clause (round 200)."""
    named = sorted((r.span.start, max(r.task.end, r.span.end)) for r in rows if any(c.text.strip() for _, c in r.roles))
    return [a for a, _ in named], [b for _, b in named]
