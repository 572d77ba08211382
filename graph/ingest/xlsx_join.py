"""Two things a workbook leaves for its reader to put together (see ``xlsx``):

- a 序号 column of **formulas** saved without their values (a workbook written by a program, never opened in Excel:
  ``=MAX($A$2:A3)+1``, ``=ROW()-2``): each formula numbers its row, so the rows holding one are counted 1, 2, …;
- a sheet that carries **one more column of an earlier sheet's table**, keyed by its 序号 (a sheet ``配合单位`` of
  ``序号 | 配合单位`` rows beside a sheet of ``序号 | 重点任务 | 牵头单位`` rows): its column is added to the rows of the
  earlier table that have the same number, and the sheet itself is not printed apart.
"""

from __future__ import annotations

from typing import Any

from ..extract.table_headers import _kind

__all__ = ["formula_serials", "joined_sheets"]

Rows = list[tuple[str, ...]]


def formula_serials(grid: dict[tuple[int, int], str], formulas: Any) -> bool:
    """Number, in ``grid`` (a sheet's texts by (row, column)), the empty cells under a 序号 header that hold a
    formula in ``formulas`` (the same sheet read without cached values): 1, 2, … down the column. True when any."""
    done = False
    for (r, c), value in list(grid.items()):
        if _kind(value) != "serial":
            continue
        n = 0
        for row in range(r + 1, formulas.max_row + 1):
            f = formulas.cell(row, c).value
            if (row, c) not in grid and isinstance(f, str) and f.startswith("="):
                n += 1
                grid[(row, c)] = str(n)
                done = True
    return done


def needs_formulas(grid: dict[tuple[int, int], str]) -> bool:
    """A 序号 header over rows that print other cells but no number (formulas saved without values, perhaps)."""
    for (r, c), value in grid.items():
        if _kind(value) == "serial":
            rows = {row for (row, col) in grid if row > r and col != c}
            if rows and not any((row, c) in grid for row in rows):
                return True
    return False


def _header(rows: Rows) -> tuple[int, list[str]] | None:
    """The index and the kinds of a table's header row (one with a 序号 cell and a units cell) among its first rows."""
    for i, row in enumerate(rows[:3]):
        kinds = [_kind(c) for c in row]
        if "serial" in kinds and any(k.startswith("role:") for k in kinds):
            return i, kinds
    return None


def joined_sheets(sheets: list[tuple[Any, Rows]]) -> list[tuple[Any, Rows]]:
    """``sheets`` (each a sheet and its rows) with a sheet of ``序号 | <units>`` rows (its header those two cells only)
    joined to the table of the nearest sheet before it whose header has 序号 and a task column: that table gains the
    units column, each of its numbered rows the cell of the same number. Other sheets as they are, and so is such a
    sheet when a number stands twice on either side or one of its numbers is not the table's (一/二 against 1/2, numbers
    starting again in each part): nothing of it is lost.

    >>> a = [("序号", "重点任务", "牵头单位"), ("1", "建设园区", "市商务局"), ("2", "举办展会", "市贸促会")]
    >>> b = [("序号", "配合单位"), ("2", "市文旅局"), ("1", "市财政局")]
    >>> [rows for _, rows in joined_sheets([("任务", a), ("配合", b)])][0][1:]
    [('1', '建设园区', '市商务局', '市财政局'), ('2', '举办展会', '市贸促会', '市文旅局')]
    >>> c = [("序号", "配合单位"), ("一", "市文旅局"), ("二", "市财政局")]
    >>> [len(rows) for _, rows in joined_sheets([("任务", a), ("配合", c)])]
    [3, 3]
    """
    out: list[tuple[Any, Rows]] = []
    for ws, rows in sheets:
        texts = [[c for c in row if c] for row in rows]
        head = next((t for t in texts if t), [])
        kinds = [_kind(c) for c in head]
        target = next((k for k in range(len(out) - 1, -1, -1) if (h := _header(out[k][1])) and "task" in h[1]), None)
        if len(kinds) != 2 or kinds[0] != "serial" or not kinds[1].startswith("role:") or target is None:
            out.append((ws, rows))
            continue
        col = rows[texts.index(head)].index(head[0])
        pairs = [(row[col], next((c for c in row[col + 1 :] if c), "")) for row in rows if row[col] and row[col] != head[0]]
        values = dict(pairs)
        other_ws, table = out[target]
        at, tkinds = _header(table) or (0, [])
        serial = tkinds.index("serial")
        numbers = [r[serial] for r in table[at + 1 :] if serial < len(r) and r[serial]]
        if len(values) != len(pairs) or len(set(numbers)) != len(numbers) or not set(values) <= set(numbers):
            out.append((ws, rows))  # (a number twice, or one the table has not: no join, the sheet printed as it is)
            continue
        width = max(len(r) for r in table)
        grown = [tuple(r) + ("",) * (width - len(r)) for r in table]
        grown = [(*r, head[1] if i == at else values.get(r[serial], "") if i > at else "") for i, r in enumerate(grown)]
        out[target] = (other_ws, grown)
    return out
