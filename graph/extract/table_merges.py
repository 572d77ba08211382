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
  row above printing a lead, and **no empty cell printed** among the row's lines or before the next row's number
  (a blank line more than the copy's usual separator between cells, the breaks between the row's number and its
  first cell: one, or two in a copy from a web page with a blank line between cells; then the row's lead is its
  own and its partner cell is the empty one).

A **role column** (rounds 105–112) prints each task over two rows, the role in a cell of its own (``牵头单位`` /
``配合单位``) before the units: :func:`role_label_row` tells such a row from a header, :func:`add_role_row` joins a
task's rows.

A **header of two rows** (责任单位 merged over 牵头单位 / 配合单位): :func:`under_header` reads the lower row's empty
cells as the upper row's cells merged down.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..data import rules
from ..model import Span
from .table_cells import _SERIAL, _Cell
from .table_headers import _task_column

_LEAD = "role:lead"
_LABEL_MAX = int(rules()["tables"]["cells"]["role_label_max"])
_HEADER_SPACE = re.compile(r"\s")


def lead_left_out(text: str, kinds: list[str], role_cols: list[int], data: list[int], row: list[_Cell],
                  by_col: dict[int, list[_Cell]], previous: dict[int, list[_Cell]]) -> bool:
    """A one-cell-per-line row (its cells put in columns ``by_col``) that left out its lead cell, merged with the
    row above's (see the module's text)."""
    if len(role_cols) < 2 or kinds[role_cols[0]] != _LEAD or len(row) != len(data) - 1:
        return False
    if role_cols[0] not in by_col or any(k in by_col for k in role_cols[1:]) or role_cols[0] not in previous:
        return False
    # a cell's usual separator: the line breaks between the row's number and its first cell (one, or two when the
    # copy puts a blank line between cells); more than that among the row's lines, or before the next row's number,
    # is an empty cell printed
    sep = _breaks(text, _space_before(text, row[0].start), row[0].start)
    gaps = [_breaks(text, a.end, b.start) for a, b in itertools.pairwise(row)]
    after = _space_after(text, row[-1].end)
    line_end = text.find("\n", after)
    if _SERIAL.match(text[after : len(text) if line_end < 0 else line_end].strip()):
        gaps.append(_breaks(text, row[-1].end, after))
    return not any(g > max(sep, 1) for g in gaps)


def _space_before(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _space_after(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _breaks(text: str, a: int, b: int) -> int:
    return text.count("\n", a, b)


def role_label_row(found: list[str], header: list[str], row: list[_Cell], task_col: int) -> tuple[int, str] | None:
    """A row of a table with a **role column** (序号 / 重点任务 / 责任分工 / 责任单位: each task printed over two rows,
    ``牵头单位`` in the first one's role cell, ``配合单位`` in the second's, each row's units in the next column, the
    task merged down over both): ``(the units column, the role)`` when the one header-like cell of ``row`` (its
    header kinds ``found``) is a role label standing just before a units column of the table's ``header`` (or just
    after one, in a column of its own: 责任单位 | 责任类别 with ``X | 牵头``), and the row is no header (its task cell
    holds no header word). None otherwise.

    >>> c = [_Cell(t, 0, 0) for t in ("1", "推进…", "配合单位", "市商务局", "长期")]
    >>> role_label_row(["", "", "role:support", "", ""], ["serial", "task", "category", "role:responsible", "deadline"],
    ...                c, 1)
    (3, 'support')
    >>> c = [_Cell(t, 0, 0) for t in ("1", "推进…", "市商务局", "配合", "长期")]
    >>> role_label_row(["", "", "", "role:support", ""], ["serial", "task", "role:responsible", "category", "deadline"],
    ...                c, 1)
    (2, 'support')
    """
    # (a task cell naming a thing a header may name, 示范项目, is still the row's task)
    named = [k for k, kind in enumerate(found) if kind and not (k == task_col and kind == "other")]
    if len(named) != 1 or not found[named[0]].startswith("role:") or named[0] == task_col:
        return None
    k = named[0]
    if len(_HEADER_SPACE.sub("", row[k].text)) > _LABEL_MAX:
        return None  # (a remark naming roles, 牵头单位会同责任单位制定方案: no role label)
    if k + 1 < len(header) and header[k + 1].startswith("role:") and k + 1 < len(row):
        return k + 1, found[k][5:]
    # the role column after the units (责任单位 | 责任类别: ``X | 牵头``), its own header no units label
    if 0 < k < len(header) and header[k - 1].startswith("role:") and not header[k].startswith("role:") \
            and k - 1 != task_col:
        return k - 1, found[k][5:]
    return None


def add_role_row(out: list[Any], row: list[_Cell], label: tuple[int, str], kinds: list[str], task_col: int,
                 labelled: bool, make: Callable[..., Any]) -> bool:
    """Add a role column's row (``label`` from :func:`role_label_row`) to the table's rows ``out``: to the last row
    when the row before was one too and this one's task cell is empty or the same (the task merged down), else as
    a row of its own, made by ``make`` (``tables.Row``). True (the next row may add to it)."""
    cells = ((label[1], row[label[0]]),) if row[label[0]].text else ()
    task = row[task_col]
    if out and labelled and (not task.text or task.text == out[-1].task.text):
        last = out[-1]
        out[-1] = replace(last, roles=last.roles + cells, span=Span(last.span.start, row[-1].end))
    else:
        dl = next((row[k] for k, kind in enumerate(kinds[: len(row)]) if kind == "deadline"), None)
        out.append(make(task, cells, dl if dl and dl.text else None, Span(row[0].start, row[-1].end), "rows"))
    return True


def units_merged_above(kinds: list[str], row: list[_Cell], task_col: int, above: list[_Cell] | None) -> bool:
    """A tab-separated row that prints only its task cell (and its number, as the row above does) in a table
    without a deadline column, under a row that names units, and that prints its units cells **empty**, each with its
    tab (``2⇥规范占道经营⇥⇥``): its units cell is merged with the row above's (a sheet copied from Excel, a Word table
    saved as text print a merged cell once and the cells it covers empty; GUIDE: the merged cell applies to each row it
    covers). A row that stops before its units columns (``2⇥规范占道经营``) prints fewer cells for some other reason (a
    task cell wrapped onto a line of its own, a row that names no unit): no merge. A table with a deadline column tells
    it by the deadline printed (:func:`graph.extract.tables._tab_rows`).

    >>> c = lambda s: _Cell(s, 0, len(s))
    >>> kinds = ["serial", "task", "role:lead", "role:responsible"]
    >>> units_merged_above(kinds, [c("2"), c("规范占道经营"), c(""), c("")], 1, [c("1"), c("整治小巷"), c("区城管局")])
    True
    >>> units_merged_above(kinds, [c("2"), c("规范占道经营")], 1, [c("1"), c("整治小巷"), c("区城管局")])
    False
    >>> units_merged_above(kinds, [c(""), c("规范占道经营"), c(""), c("")], 1, [c("1"), c("整治小巷"), c("区城管局")])
    False
    """
    if above is None or "deadline" in kinds or any(c.text for c in row[task_col + 1 :]):
        return False
    units = [k for k, kind in enumerate(kinds) if kind.startswith("role:")]
    if not units or len(row) <= units[-1]:
        return False  # (the units cells not printed: no merged cell's copy)
    numbered = [_SERIAL.match(r[0].text) is not None for r in (above, row)] if task_col > 0 else [False, False]
    return numbered[0] == numbered[1] and all(not c.text or numbered[1] for c in row[:task_col])


def under_header(found: tuple[list[str], int, bool], row: list[_Cell], upper: list[str]) -> tuple[list[str], int, bool]:
    """A header row right under a header row (责任单位 merged over 牵头单位 / 配合单位 below it, as a text copy prints
    it: ``序号⇥任务⇥责任单位⇥⇥完成时限`` ⏎ ``⇥⇥牵头单位⇥配合单位⇥``): a column it prints empty is the upper row's
    column merged down (序号, 任务, 完成时限), unless the upper row names units there (its merged 责任单位)."""
    kinds = [upper[k] if not row[k].text and k < len(upper) and not upper[k].startswith("role:") else kind
             for k, kind in enumerate(found[0])]
    task_col = _task_column(kinds, loose=True)
    return found if task_col is None else (kinds, task_col, found[2])


def row_task(kinds: list[str], task_col: int, row: list[_Cell]) -> _Cell:
    """A row's task cell: the cell of the task column, or, when its header spans more columns (``task+``: 重点任务
    merged over a category column and the column of the work, no labels under it), the last of them that the row
    prints (the work; GUIDE's task cell), the category before it a group label.

    >>> cells = [_Cell(t, 0, len(t)) for t in ("1", "政务服务", "推行企业开办全程网办", "市政务服务中心")]
    >>> row_task(["serial", "task", "task+", "role:lead"], 1, cells).text
    '推行企业开办全程网办'
    """
    col = task_col
    while col + 1 < min(len(kinds), len(row)) and kinds[col + 1] == "task+":
        col += 1
    return next((row[k] for k in range(col, task_col, -1) if row[k].text), row[task_col])
