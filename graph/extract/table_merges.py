"""A lead cell merged over several rows of a task-division table copied as text (docs/made-eval-forms.md "Rounds
87–96"; GUIDE: "a unit cell merged over several rows applies to each of them").

Copying a table whose lead cell is merged over rows, while each row keeps its own partners, leaves the lead printed
once, in the first row it covers:

- tab-separated (copied from Excel): the covered rows print an **empty lead cell** and their partners
  (``2⇥开展…⇥⇥市卫健委⇥2024年10月``). A row naming partners (配合, 协办 …) with no lead is no whole row: its lead is
  the merged cell above (:func:`graph.extract.tables._tab_rows` carries each lead column's last cell down).
- one cell per line (copied from Word): the covered rows print **one cell fewer** than the header has columns, and
  the cell left out is the lead (``2 ⏎ 开展… ⏎ 市卫健委 ⏎ 2024年10月`` under 序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限).
  Read positionally, the partner would fill the lead's column; :func:`lead_left_out` says when the row is that:
  short by exactly one cell, the one unit cell it prints aligned to the lead column and none to the partners', the
  row above printing a lead, and **no blank line among the row's lines** (a blank line is an empty cell printed:
  then the row's lead is its own and its partner cell is the empty one).
"""

from __future__ import annotations

import itertools

from .table_cells import _SERIAL, _Cell

_LEAD = "role:lead"


def lead_left_out(text: str, kinds: list[str], role_cols: list[int], data: list[int], row: list[_Cell],
                  by_col: dict[int, list[_Cell]], previous: dict[int, list[_Cell]]) -> bool:
    """A one-cell-per-line row (its cells put in columns ``by_col``) that left out its lead cell, merged with the
    row above's (see the module's text)."""
    if len(role_cols) < 2 or kinds[role_cols[0]] != _LEAD or len(row) != len(data) - 1:
        return False
    if role_cols[0] not in by_col or any(k in by_col for k in role_cols[1:]) or role_cols[0] not in previous:
        return False
    return not any(text[a.end : b.start].count("\n") > 1 for a, b in itertools.pairwise(row))


def units_merged_above(kinds: list[str], row: list[_Cell], task_col: int, above: list[_Cell] | None) -> bool:
    """A tab-separated row that prints only its task cell (and its number, as the row above does) in a table
    without a deadline column, under a row that names units: its units cell is merged with the row above's (a sheet
    copied from Excel prints a merged cell once; GUIDE: the merged cell applies to each row it covers). A table with
    a deadline column tells it by the deadline printed (:func:`graph.extract.tables._tab_rows`).

    >>> c = lambda s: _Cell(s, 0, len(s))
    >>> kinds = ["serial", "task", "role:lead", "role:responsible"]
    >>> units_merged_above(kinds, [c("2"), c("规范占道经营")], 1, [c("1"), c("整治小巷"), c("区城管局")])
    True
    >>> units_merged_above(kinds, [c(""), c("规范占道经营")], 1, [c("1"), c("整治小巷"), c("区城管局")])
    False
    """
    if above is None or "deadline" in kinds or any(c.text for c in row[task_col + 1 :]):
        return False
    numbered = [_SERIAL.match(r[0].text) is not None for r in (above, row)] if task_col > 0 else [False, False]
    return numbered[0] == numbered[1] and all(not c.text or numbered[1] for c in row[:task_col])
