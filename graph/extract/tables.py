"""Task-division tables: rows of ``任务 | 牵头单位 | 配合单位 …`` become tasks with roles.

Two shapes of the same table reach the text (GUIDE.md: "A task-division table … in HTML, Word or
flattened one cell per line"):

- one line per row, cells separated by tabs: what the HTML, DOCX and XLSX readers write (merged
  cells are repeated in every row they cover by the readers);
- one line per cell, what copying a table into a text file gives: a header row
  ``序号 / 任务类型 / 重点内容 / 推进单位 / 完成时限`` with each cell on a line of its own, then each
  row's cells on lines of their own. A cell merged over several rows is printed once, in the first
  row it covers. Rows are told apart by the serial-number column (1, 2, 3 …) when the table has
  one, else by the number of columns; the cells of a row are put in their columns by what they
  hold (a list of units, a deadline, text), and a column a row does not print is carried down
  from the row above (the merged cell).

A header row has a role column (a cell that is a field label: 牵头单位, 责任单位（部门）, 推进单位,
牵头考核单位 … see ``[fields]`` and ``[field_labels]`` in ``rules.toml``) and, for the one-cell-per-line
shape, a task column (``[tables] task_headers``). Each row that names units is one task: its text
is the task cell, its path the path where the row stands.

>>> text = "工作任务\\t牵头单位\\t配合单位\\n推进消费升级\\t省商务厅\\t省财政厅、省统计局\\n"
>>> [(a.mention, a.role) for a in table_tasks(text)[0].assignees]
[('省商务厅', 'lead'), ('省财政厅', 'support'), ('省统计局', 'support')]
"""

from __future__ import annotations

import dataclasses
import itertools

from ..model import Assignee, Span, Task, Unit
from .clauses import _bracket_role, _Raw
from .cues import is_generic
from .mark_tables import mark_rows
from .row_numbers import counted, own_number
from .structure import PathIndex, numbered_units
from .tab_lines import _SPACED, _tab_tables, may_hold_gap, row_cells  # noqa: F401  (row_cells re-exported)
from .table_cells import (  # noqa: F401  (re-exported: the names this module has always offered)
    _DASH,
    _DEADLINE,
    _HEADING,
    _PROJECT,
    _SERIAL,
    _align,
    _align_scored,
    _Cell,
    _later_start,
    _Line,
    _lines,
    _names,
    _score,
    _segment,
    align_lines,
    cell_groups,
    last_row_counts,
    next_serials,
    row_reach,
    serial_of,
)
from .table_headers import (  # noqa: F401  (re-exported)
    _HEADER_CELL,
    _HEADER_NOISE,
    _NOT_HEADER,
    _TABLE_TITLE,
    PAIR,
    _first_lead,
    _grouping,
    _header,
    _header_at,
    _header_kinds,
    _header_like,
    _headers,
    _kind,
    _long_fields,
    _noted_first_lead,
    _pair_cells,
    _rejoined,
    _role_of_header,
    _short,
    _split_cell,
    _task_column,
    _ungroup,
    own_task_column,
    pair_parts,
    serial_task,
)
from .table_merges import add_role_row, lead_left_out, role_label_row, row_task, under_header, units_merged_above
from .table_row import Row

__all__ = ["Row", "table_rows", "table_tasks"]




# ------------------------------------------------------------------------------- the two shapes


def _tab_rows(text: str, repeated: bool = False) -> list[Row]:
    """The rows of the tab-separated tables of ``text``. ``repeated``: the text is a container's (DOCX, HTML, XLSX),
    whose reader repeats a merged cell in every row it covers, so an empty cell is empty, not merged with the cell
    above: no lead or units are carried down into it (GUIDE: a row gives the units it names)."""
    out: list[Row] = []
    for run in _tab_tables(text):
        table = _rejoined(text, run)
        noted = _noted_first_lead(text, table)
        header: tuple[list[str], int, bool] | None = None
        above: tuple[tuple[str, _Cell], ...] = ()
        last: list[_Cell] | None = None  # the row above, when it names units
        leads: dict[int, _Cell] = {}  # the last lead cell printed in each lead column, under the current header
        start, labelled = 0, False  # the first row after a line between rows (二、重点任务); a role column's row before
        upper = -2  # the last header row
        for i, row in enumerate(table):
            if i and header is None and text[table[i - 1][-1].end : row[0].start].strip():
                start = i  # (a targets table, a heading, then the task table: one run of tab rows)
            found = _header(row) if header is not None or i - start <= 2 else None  # (a header in the first rows)
            if found and header and (label := role_label_row(found[0], header[0], row, header[1])):  # (a role column)
                labelled = add_role_row(out, row, label, header[0], header[1], labelled, Row)
                continue
            labelled = False
            if found is not None and header is not None and header[0][:1] == ["serial"] and row[0].text.strip().isdigit():
                found = None  # a numbered row under a header is a row (its 备注 牵头单位会同责任单位…: no header cell)
            if found is not None:
                above, last = (), None
                if header is not None and upper == i - 1:
                    found = under_header(found, row, header[0])
                under = [[c.text for c in r] for r in itertools.takewhile(lambda r: _header(r) is None, table[i + 1 :])]
                header = (found[0], own_task_column(found[0], found[1], under), found[2] or noted)  # (重点工作 | 工作措施)
                upper = i
                leads = {}
                continue
            if header is None:
                continue  # no header in the first rows: no task-division rows (until a heading between rows)
            kinds, task_col, first_lead = header
            if len(row) <= task_col or not (task := row_task(kinds, task_col, row)).text:
                continue
            # a lead cell printed empty under a lead, in a row that names other units, is that cell merged down (a
            # Word table saved as text, a sheet copied from Excel); a row that names no unit is none, nor is a row of a
            # container's table (its reader repeated each merged cell: an empty cell there is empty)
            others = not repeated and any(c.text for k, c in enumerate(row) if kinds[k:k + 1] != ["role:lead"]
                         and k < len(kinds) and kinds[k].startswith("role:"))
            row = [leads.get(k, c) if others and kinds[k:k + 1] == ["role:lead"] and not c.text else c
                   for k, c in enumerate(row)]
            leads.update({k: c for k, c in enumerate(row) if kinds[k:k + 1] == ["role:lead"] and c.text})
            cells = [(kinds[k][5:], row[k]) for k in range(len(kinds)) if kinds[k].startswith("role:")
                     and k < len(row) and row[k].text]
            deadline = next((row[k] for k in range(min(len(kinds), len(row))) if kinds[k] == "deadline"), None)
            if not cells and not repeated and ((deadline is not None and deadline.text)
                                               or units_merged_above(kinds, row, task_col, last)):
                cells = list(above)  # no units, its deadline or only its task printed: units merged with the row above's
            above, last = tuple(cells), (row if cells else None)
            out.append(Row(task, tuple(cells), deadline if deadline and deadline.text else None,
                           Span(row[0].start, row[-1].end), "rows", first_lead))
    return out


def _cell_rows(text: str) -> list[Row]:
    if "\n" not in text:
        return []
    lines = _lines(text)
    out: list[Row] = []
    i = 0
    while i < len(lines):
        width = _header_at(lines, i) if _header_like(lines[i].text) else 0
        if width <= 0:
            i += max(1, -width)
            continue
        kinds = _grouping(_ungroup(serial_task(_header_kinds(lines[i : i + width]))))
        first_lead = any(_first_lead(ln.text) for ln in lines[i : i + width])
        start = i + width
        top = i
        spaced = width > 1 and all(ln.gap for ln in lines[i + 1 : start])  # a blank line between every two cells
        rows, i = _read_cell_rows(lines, start, kinds, first_lead, text, spaced)
        if not rows and kinds[0] == "serial":
            # 序号 in the header, the number printed with the task (1.推进…): rows without numbers
            rows, i = _read_cell_rows(lines, start, kinds[1:], first_lead, text, spaced)
            rows = [own_number(r) for r in rows]
            i = max(i, start)
        # a subtitle just above the header or a note just under the rows (as _noted_first_lead for tab rows)
        if rows and not first_lead and any(_first_lead(lines[k].text) for k in (top - 1, i) if 0 <= k < len(lines)):
            rows = [dataclasses.replace(r, first_lead=True) for r in rows]
        out.extend(rows)
    return out


def _read_cell_rows(lines: list[_Line], i: int, kinds: list[str], first_lead: bool = False,
                    text: str = "", spaced: bool = False) -> tuple[list[Row], int]:
    """The rows of a one-cell-per-line table whose header row ends before line ``i``; the rows and
    the line after the table. ``spaced``: the copy parts its cells by blank lines, so that lines with none between
    are one cell's lines (``table_cells.align_lines``)."""
    if kinds[0] != "serial" and i < len(lines) and serial_of(lines[i].text) in ((1, 0), (1, 1)):
        kinds = ["serial", *kinds]  # rows numbered under a header without 序号
    task_col = _task_column(kinds, loose=False)
    assert task_col is not None
    serial = kinds[0] == "serial"
    data = [k for k in range(len(kinds)) if not (serial and k == 0)]
    data_kinds = [kinds[k] for k in data]
    role_cols = [k for k in data if kinds[k].startswith("role:")]
    out: list[Row] = []
    if not serial:
        for start, end, placed in _segment(lines, i, data_kinds, data.index(task_col)):
            cells: dict[int, list[_Cell]] = {}
            for ln, col in zip(lines[start:end], placed, strict=True):
                cells.setdefault(data[col], []).append(_Cell(ln.text, ln.start, ln.end))
            out.append(_row(cells, kinds, task_col, role_cols, data, Span(lines[start].start, lines[end - 1].end),
                            first_lead))
            i = end
        return out, i
    previous: dict[int, list[_Cell]] = {}
    tall: dict[int, int] = {}  # the most lines a cell of each column took in the rows read
    expected: tuple[tuple[int, int], ...] = ((1, 0), (1, 1))

    def row_starts(j: int) -> bool:
        """Line ``j`` is the serial number of the next row: the number expected, 1 (numbering
        anew), or a later one after a section row (rows left out: 14, 四、…, 五、…, 21)."""
        got = serial_of(lines[j].text)
        if got is None:
            return False
        n = expected[0][0]
        return got in expected or (n < got[0] <= n + 30 and j > 0 and _HEADING.match(lines[j - 1].text) is not None)

    while i < len(lines):
        h = i
        while h < len(lines) and h - i < 5 and _HEADING.match(lines[h].text):
            h += 1
        if h > i and h < len(lines) and row_starts(h):
            i = h  # section rows (一、知识产权保护方面) before the first row of their section
        first = i
        if not row_starts(i):
            break
        expected = next_serials(serial_of(lines[i].text) or (0, 0))
        i += 1
        j = i
        while j < len(lines) and j - i <= 2 * len(kinds) and lines[j].text != "\t":
            if row_starts(j):
                break
            j += 1
        j = _later_start(lines, i, j, data_kinds, 2 * len(kinds))
        skip_to = None  # where the next row starts
        if j < len(lines) and j > i and row_starts(j):
            # section rows (二、…) printed before the next serial number are no cells of this row
            stop = j
            while stop - 1 > i and _HEADING.match(lines[stop - 1].text):
                stop -= 1
            candidates, skip_to = [stop - i], stop  # (the section rows: at the top of the loop)
        else:  # the last row: as many lines as fit the columns (as many cells, when blank lines part them), up to
            # the text's own paragraph after the table (a label, a long sentence: table_cells.row_reach)
            j = i + row_reach(lines[i:j], max((len(r.task.text) for r in out), default=0))
            groups = cell_groups(lines[i:j]) if spaced else list(range(j - i))
            candidates = [sum(1 for g in groups if g < n) for n in range(min(len(set(groups)), len(data)), 0, -1)]
            if not spaced:  # (a cell printed on two lines: the row's lines as the rows above showed them, round 200)
                candidates = last_row_counts(lines[i:j], data_kinds, tall) + candidates
        cols: list[int] | None = None
        count = 0
        row: list[_Cell] = []
        for count in candidates:
            row = [_Cell(ln.text, ln.start, ln.end) for ln in lines[i : i + count]]
            cols = align_lines(lines[i : i + count], data_kinds, spaced)
            if cols is not None:
                break
        if skip_to is not None and skip_to - i == len(data) and (cols is None or data.index(task_col) not in cols):
            # a row printing every cell (none merged away) whose task cell reads like a body's name (申报农产品加工业
            # 示范园区) was taken for a unit or fits nowhere: its task cell may read as a project's name does
            row = [_Cell(ln.text, ln.start, ln.end) for ln in lines[i:skip_to]]
            cols = _align(row, [_PROJECT if k[:4] == "task" else k for k in data_kinds]) or cols
        if cols is None:
            if skip_to is not None:
                i = skip_to  # a row that fits no way is left out; the table goes on
                continue
            i = first
            break
        by_col: dict[int, list[_Cell]] = {}
        for col in set(cols):
            tall[col] = max(tall.get(col, 1), cols.count(col))
        for c, col in zip(row, cols, strict=True):
            by_col.setdefault(data[col], []).append(c)
        i = skip_to if skip_to is not None else i + count
        # merged cells: a column the row does not print is the cell above (units only when the row
        # prints none of its units, or the table has one units column)
        own_units = any(k in by_col for k in role_cols)
        if text and lead_left_out(text, kinds, role_cols, data, row, by_col, previous):
            by_col[role_cols[1]] = by_col.pop(role_cols[0])  # the one unit cell is the partner's; the lead merged
            by_col[role_cols[0]] = previous[role_cols[0]]
        for k in data:
            if k in by_col or k not in previous or k == task_col:
                continue
            if kinds[k].startswith("role:") and own_units and len(role_cols) > 1:
                continue
            by_col[k] = previous[k]
        previous = dict(by_col)
        if task_col not in by_col:
            continue
        out.append(_row(by_col, kinds, task_col, role_cols, data, Span(lines[first].start, row[-1].end), first_lead,
                        lines[first].start))
    return out, i


def _row(by_col: dict[int, list[_Cell]], kinds: list[str], task_col: int, role_cols: list[int], data: list[int],
         span: Span, first_lead: bool = False, number: int = -1) -> Row:
    task_cells = by_col[task_col]
    task = _Cell("".join(c.text for c in task_cells), task_cells[0].start, task_cells[-1].end)
    roles = tuple((kinds[k][5:], c) for k in role_cols for c in by_col.get(k, []))
    deadline = next((by_col[k][0] for k in data if kinds[k] == "deadline" and k in by_col), None)
    return Row(task, roles, deadline, span, "cells", first_lead, number)


def table_rows(text: str, repeated: bool = False, legends: tuple[tuple[int, str, str], ...] | None = None) -> list[Row]:
    """Every row of every task-division table of a normalised text, in reading order (``repeated``: a container's
    text, its merged cells repeated by the reader, see :func:`_tab_rows`; ``legends``: a mark table's, see
    :func:`.mark_tables.mark_legends`)."""
    rows = _tab_rows(text, repeated) if "\t" in text or (may_hold_gap(text) and _SPACED.search(text)) else []
    marks = mark_rows(text, legends)  # (a mark table: √ ★ per unit; its rows read there only)
    rows = [r for r in rows + _cell_rows(text) if not any(m.table.start <= r.span.start < m.table.end for m in marks)]
    marked = [Row(m.task, m.roles, m.deadline, m.span, "cells" if m.number >= 0 else "rows", number=m.number)
              for m in marks]
    return counted(sorted(rows + marked, key=lambda r: r.span.start))


def table_tasks(text: str, units: tuple[Unit, ...] | None = None, first_lead_from: int | None = None,
                repeated: bool = False, legends: tuple[tuple[int, str, str], ...] | None = None,
                rows: list[Row] | None = None) -> tuple[Task, ...]:
    """Tasks from every task-division table of a normalised text, in reading order.

    The first unit a responsible column lists leads where the table's header says so
    (责任单位（排第一位的为牵头单位）), and in rows after ``first_lead_from``, where the text has
    declared that rule for every later clause (列第一位的为牵头单位，下同)."""
    rows = table_rows(text, repeated, legends) if rows is None else rows
    if not rows:
        return ()
    if units is None:
        units = numbered_units(text)
    index = PathIndex(units)
    out: list[Task] = []
    for row in rows:
        assignees: list[Assignee] = []
        for role, cell in _pair_cells(row.roles):
            for k, (mention, a, b, own) in enumerate(_names(cell) or []):
                first_lead = row.first_lead or (
                    first_lead_from is not None and row.span.start >= first_lead_from
                    and not any(r == "lead" for r, _ in row.roles)  # (a 牵头单位 column says who leads)
                )
                if first_lead and own is None and role == "responsible":
                    role_here = "lead" if k == 0 else "responsible"  # 责任单位（排第一位的为牵头单位）
                else:
                    role_here = own or role
                raw = _bracket_role(_Raw(mention, a, b, role_here, False))
                assignees.append(Assignee(raw.mention, raw.role, is_generic(raw.mention), False, Span(raw.start, raw.end)))
        if not assignees:
            continue
        end = max(row.task.end, row.span.end)
        begin = row.task.start
        unit = index.unit_at(begin)
        if unit is not None and unit.span.start <= begin < unit.body_start < row.task.end:
            begin = unit.body_start  # a task cell that opens with its number (1.推进…): after the label
        out.append(
            Task(
                path=index.path_at(row.task.start),
                text_span=Span(begin, row.task.end),
                clause_span=Span(row.task.end, end),
                assignees=tuple(assignees),
                form="table",
                deadline=row.deadline.text if row.deadline is not None and not _DASH.match(row.deadline.text) else None,
            )
        )
    return tuple(out)
