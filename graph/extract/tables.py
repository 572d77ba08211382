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

import re
from dataclasses import dataclass
from functools import cache

from ..data import rules
from ..model import Assignee, Span, Task, Unit
from .structure import PathIndex, numbered_units

__all__ = ["Row", "table_rows", "table_tasks"]

_ROLES = ("lead", "responsible", "support", "guide")


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Row:
    """One row of a task-division table: its task cell, deadline cell, the cells of its role
    columns (with the column's role; a merged cell carried down is the cell where it is printed)
    and the span of the row as printed."""

    task: _Cell
    roles: tuple[tuple[str, _Cell], ...]
    deadline: _Cell | None
    span: Span
    shape: str  # "rows" (tab-separated) | "cells" (one cell per line)
    first_lead: bool = False  # the header says the first unit listed leads (责任单位（排第一位的为牵头单位）)


# ------------------------------------------------------------------------------- header cells


@cache
def _headers() -> dict[str, tuple[str, ...]]:
    t = rules()["tables"]
    return {k: tuple(t[k]) for k in ("task_headers", "category_headers", "serial_headers", "deadline_headers",
                                     "other_headers", "project_headers")}


_NOT_HEADER = re.compile(r"[：:。；，、]")
_HEADER_NOISE = re.compile(r"[（(〔][^）)〕]*[）)〕]|\s")


def _role_of_header(cell: str) -> str | None:
    """The role a header cell names (牵头单位, 责任单位（部门）, 推进单位 …); ``""`` for a column of
    people (牵头领导, 责任人); None for any other header."""
    from .responsibility import label_role

    head = _HEADER_NOISE.sub("", cell)
    if head in ("牵头", "牵头部门", "牵头单位"):
        return "lead"
    role = label_role(head)
    if role is not None:
        return role
    for label, role in _long_fields():
        if head.startswith(label):
            return role
    return None


@cache
def _long_fields() -> tuple[tuple[str, str], ...]:
    """The ``[fields]`` labels longer than 2 characters, longest first, with their roles."""
    return tuple((k, str(v)) for k, v in sorted(rules()["fields"].items(), key=lambda p: -len(p[0])) if len(k) > 2)


def _kind(cell: str) -> str:
    """What a header cell names: ``role:<role>``, ``person``, ``serial``, ``deadline``, ``category``,
    ``task`` (exactly a task header), ``task~`` (holds one), ``project`` (a list of projects),
    ``other`` or ``""`` (no header word)."""
    h = _headers()
    head = _HEADER_NOISE.sub("", cell)
    if not head or len(head) > 16 or _NOT_HEADER.search(head):
        return ""  # (a cell that reads 牵头单位：市商务局 is a row's, not a header)
    if head in h["serial_headers"]:
        return "serial"
    if head in h["deadline_headers"] or head.startswith(h["deadline_headers"]):
        return "deadline"
    role = _role_of_header(cell)
    if role:
        return f"role:{role}"
    if role == "":
        return "person"
    if head in h["project_headers"]:
        return "project"
    if any(w in head for w in h["category_headers"]):
        return "category"
    if head in h["task_headers"]:
        return "task"
    if any(w in head for w in h["task_headers"]):
        return "task~"
    if any(w in head for w in h["other_headers"]):
        return "other"
    return ""


def _task_column(kinds: list[str], loose: bool) -> int | None:
    """The task column: the first header before the first role column that is or holds a task
    header; with ``loose``, else the column just before the first role column."""
    if "project" in kinds:
        return None  # a list of projects, not of tasks
    first_role = min(k for k, kind in enumerate(kinds) if kind.startswith("role:"))
    found = [k for k in range(first_role) if kinds[k] in ("task", "task~")]
    if found:
        return found[0]  # 改革举措 | 主要内容: the measure is the task, the next cell describes it
    if loose and first_role > 0 and kinds[first_role - 1] in ("", "other", "task~"):
        return first_role - 1
    return None


# ------------------------------------------------------------------------------- cell contents


_DASH = re.compile(r"^[/／\-—–－、无暂]*$")
_DEADLINE = re.compile(
    r"\d{4}|[〇一二三四五六七八九十]{1,3}月|\d{1,2}月|季度|年底|年内|月底|长期|持续|常态|每年|每季|每月|定期|同步|逐步|"
    r"前$|底$|以前|之前|^.{0,4}(?:完成|实施|推进)$"
)
_SERIAL = re.compile(r"^[（(]?(\d{1,3})[）)]?[、.．]?$")


def _names(cell: _Cell) -> list[tuple[str, int, int, str | None]] | None:
    """The units a role cell names, each with the role its own words give (None: the column's)."""
    from .responsibility import _split_names, parse_clause

    names = _split_names(cell.text, cell.start)
    if names:
        return [(m, a, b, None) for m, a, b in names]
    clause = parse_clause(cell.text, cell.start)  # 牵头：X；配合：Y, or X牵头，Y配合 in one cell
    if clause is not None and clause.assignees:
        return [(r.mention, r.start, r.end, r.role) for r in clause.assignees]
    return None


def _score(cell: _Cell, kind: str, extra: bool) -> float | None:
    """How well ``cell`` fits a column of ``kind`` (None: it cannot stand there); ``extra``: the
    column already holds a cell of this row (a cell printed on two lines)."""
    text = cell.text
    if kind.startswith("role:"):
        if extra:
            return 0.5 if _names(cell) else None
        if _names(cell):
            return 3.0
        return 0.5 if _DASH.match(text) else None
    if kind == "deadline":
        if extra:
            return None
        if len(text) <= 40 and _DEADLINE.search(text):
            return 2.0
        return 0.5 if _DASH.match(text) else None
    if kind in ("task", "task~"):
        if _names(cell) or _SERIAL.match(text):
            return None
        return 0.5 if extra else 2.0
    if kind == "category":
        if extra or len(text) > 30 or _names(cell):
            return None
        return 1.0
    if kind == "serial":
        return None
    return 0.5 if extra else 1.0


def _align(cells: list[_Cell], kinds: list[str]) -> list[int] | None:
    """The column of each cell (in order; a column may take several consecutive cells), the
    alignment with the best total score; None when the cells fit no way."""
    found = _align_scored(cells, kinds)
    return None if found is None else found[1]


def _align_scored(cells: list[_Cell], kinds: list[str]) -> tuple[float, list[int]] | None:
    """:func:`_align` with the alignment's score."""
    n, m = len(cells), len(kinds)
    neg = float("-inf")
    # best[i][j]: cells[:i] placed, the last one in column j-1 (j = 0: none placed)
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[int]] = [[-1] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n):
        for j in range(m + 1):
            if best[i][j] == neg:
                continue
            if j > 0:  # the same column again
                s = _score(cells[i], kinds[j - 1], True)
                if s is not None and best[i][j] + s > best[i + 1][j]:
                    best[i + 1][j], back[i + 1][j] = best[i][j] + s, j
            for j2 in range(j + 1, m + 1):
                s = _score(cells[i], kinds[j2 - 1], False)
                if s is not None and best[i][j] + s > best[i + 1][j2]:
                    best[i + 1][j2], back[i + 1][j2] = best[i][j] + s, j
    j = max(range(m + 1), key=lambda k: (best[n][k], -k))
    if best[n][j] == neg:
        return None
    score = best[n][j]
    cols = []
    for i in range(n, 0, -1):
        cols.append(j - 1)
        j = back[i][j]
    return score, cols[::-1]


def _segment(lines: list[_Line], i: int, kinds: list[str], task: int) -> list[tuple[int, int, list[int]]]:
    """Rows of a table printed one cell per line without serial numbers, from line ``i``: the
    split of the lines into rows (``(start, end, column of each cell)``) with the best total
    score, where each row holds a task cell and a units cell of its own (cells it leaves out were
    empty) and section rows (二、…) stand between rows. The table ends at the last line such a
    split reaches."""
    roles = {k for k, kind in enumerate(kinds) if kind.startswith("role:")}
    longest = len(kinds) + 3
    best: dict[int, tuple[float, int, list[int]]] = {i: (0.0, -1, [])}
    last = i
    end = i + 1
    while end <= len(lines) and end - last <= longest:
        if lines[end - 1].text == "\t":
            break
        choice: tuple[float, int, list[int]] | None = None
        if end - 1 in best and _HEADING.match(lines[end - 1].text):
            choice = (best[end - 1][0], end - 1, [])
        for start in range(max(i, end - longest), end):
            if start not in best:
                continue
            cells = [_Cell(ln.text, ln.start, ln.end) for ln in lines[start:end]]
            if _HEADING.match(cells[0].text):
                continue  # a section row, not a row's first cell
            found = _align_scored(cells, kinds)
            if found is None or task not in found[1] or not roles & set(found[1]):
                continue
            score = best[start][0] + found[0] - 2.5  # a row costs: a cell printed on two lines is no row
            if choice is None or score > choice[0]:
                choice = (score, start, found[1])
        if choice is not None:
            best[end] = choice
            last = end
        end += 1
    out: list[tuple[int, int, list[int]]] = []
    at = last
    while at > i:
        _, start, cols = best[at]
        if cols:
            out.append((start, at, cols))
        at = start
    return out[::-1]


# ------------------------------------------------------------------------------- the two shapes


def _tab_tables(text: str) -> list[list[list[_Cell]]]:
    """Runs of tab-separated lines, each line split into trimmed cells. Section rows merged over
    every column (二、数字贸易, printed without a tab) and one other line between two rows do not
    end a run."""
    tables: list[list[list[_Cell]]] = []
    current: list[list[_Cell]] = []
    gap = 0
    pos = 0
    for line in text.split("\n"):
        if "\t" in line:
            cells, start = [], pos
            for piece in line.split("\t"):
                lead = len(piece) - len(piece.lstrip())
                stripped = piece.strip()
                cells.append(_Cell(stripped, start + lead, start + lead + len(stripped)))
                start += len(piece) + 1
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


def _header(row: list[_Cell]) -> tuple[list[str], int, bool] | None:
    """The column kinds, the task column and whether the first unit listed leads, of a header
    row; None when the row is no header."""
    kinds = [_kind(c.text) for c in row]
    if not any(k.startswith("role:") for k in kinds):
        return None
    task_col = _task_column(kinds, loose=True)
    first = any(_first_lead(c.text) for c, k in zip(row, kinds, strict=True) if k.startswith("role:"))
    return None if task_col is None else (kinds, task_col, first)


def _tab_rows(text: str) -> list[Row]:
    out: list[Row] = []
    for table in _tab_tables(text):
        header: tuple[list[str], int, bool] | None = None
        for i, row in enumerate(table):
            found = _header(row)
            if found is not None:
                header = found
                continue
            if header is None:
                if i >= 2:
                    break  # no header in the first rows: not a task-division table
                continue
            kinds, task_col, first_lead = header
            if len(row) <= task_col or not row[task_col].text:
                continue
            cells = [(kinds[k][5:], row[k]) for k in range(len(kinds)) if kinds[k].startswith("role:")
                     and k < len(row) and row[k].text]
            deadline = next((row[k] for k in range(min(len(kinds), len(row))) if kinds[k] == "deadline"), None)
            out.append(Row(row[task_col], tuple(cells), deadline if deadline and deadline.text else None,
                           Span(row[0].start, row[-1].end), "rows", first_lead))
    return out


@dataclass(frozen=True)
class _Line:
    text: str
    start: int
    end: int


def _lines(text: str) -> list[_Line]:
    """The non-blank lines without tabs, trimmed, with their offsets (a tab line ends a table)."""
    out: list[_Line] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append(_Line(stripped if "\t" not in line else "\t", pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


_HEADER_CELL = re.compile(r"^[^。，；：:,;！？\d]{1,30}$")


def _short(text: str) -> bool:
    """At most 14 characters outside brackets (责任单位（排在第一位的为牵头单位） is short)."""
    return len(_HEADER_NOISE.sub("", text)) <= 14


def _first_lead(header: str) -> bool:
    """A header that declares the first unit listed the lead (GUIDE: first-listed-is-lead)."""
    from .responsibility import _cues

    return any(p.search(header) for p in _cues().first_lead)
_TABLE_TITLE = re.compile(r"(?:表|清单|一览|台账)$")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def _header_like(text: str) -> bool:
    """A short line that names a column (not a table's title)."""
    return _short(text) and _HEADER_CELL.match(text) is not None and bool(_kind(text)) and not _TABLE_TITLE.search(text)


def _header_at(lines: list[_Line], i: int) -> int:
    """The number of header cells that start at line ``i`` (0: no header row there; negative: the
    header of a table that is not a task table, so many lines long)."""
    j = i
    while j < len(lines) and j - i < 16 and _HEADER_CELL.match(lines[j].text) and _short(lines[j].text):
        if _split_cell(lines, j):
            j += 2  # 责任 / 单位: a header cell printed on two lines
            continue
        if not _kind(lines[j].text):
            break
        if _TABLE_TITLE.search(lines[j].text):
            return 0  # 重点任务分解表: the table's title, not a header cell
        j += 1
    if _kind(lines[i].text) == "serial":
        # a header row that starts with 序号 ends where the first row starts (1, or a section row
        # and 1): short cells up to there are header cells, whatever their words (推广范围)
        k = j
        while k < len(lines) and k - i < 16 and _HEADER_CELL.match(lines[k].text) and len(lines[k].text) <= 10:
            k += 1
        first_row = k < len(lines) and (
            _SERIAL.match(lines[k].text) is not None
            or (_HEADING.match(lines[k].text) is not None and k + 1 < len(lines) and _SERIAL.match(lines[k + 1].text) is not None)
        )
        if first_row and all(_SERIAL.match(ln.text) is None for ln in lines[i:k]):
            j = k
    kinds = _header_kinds(lines[i:j])
    if "project" in kinds:
        return -(j - i)  # a list of projects: no task table, and no header inside its header
    if len(kinds) < 3 or not any(k.startswith("role:") for k in kinds) or _task_column(kinds, loose=False) is None:
        return 0
    return j - i


def _split_cell(lines: list[_Line], k: int) -> bool:
    """Lines ``k`` and ``k + 1`` are one header cell printed on two lines (责任 / 单位, 完成 / 时限):
    the second names nothing alone, both together name a column the first names too or does not
    name at all."""
    if k + 1 >= len(lines) or len(lines[k + 1].text) > 5 or not _HEADER_CELL.match(lines[k + 1].text):
        return False  # (the second half is short: 单位, 时限, （部门）)
    if _kind(lines[k + 1].text):
        return False
    from .responsibility import label_role

    text = lines[k].text + lines[k + 1].text
    joined = _kind(text)
    first = _kind(lines[k].text)
    if joined in ("", "other", "person", "project"):
        return False
    if not first:
        return True
    # 责任 / 单位: a short label whose whole is a label of the same role (not 指导部门 / 推广范围)
    return first == joined and first.startswith("role:") and label_role(_HEADER_NOISE.sub("", text)) == first[5:]


def _header_kinds(cells: list[_Line]) -> list[str]:
    """The kinds of a header row's cells, one per line but for a cell printed on two lines."""
    out: list[str] = []
    k = 0
    while k < len(cells):
        if _split_cell(cells, k):
            out.append(_kind(cells[k].text + cells[k + 1].text))
            k += 2
            continue
        out.append(_kind(cells[k].text))
        k += 1
    return out


def _ungroup(kinds: list[str]) -> list[str]:
    """Without a role header that groups the next ones (责任单位 over 牵头单位 | 配合单位): printed
    one cell per line, a two-level header is a row of cells, the group among them.

    >>> _ungroup(["serial", "task", "role:responsible", "role:lead", "role:support", "deadline"])
    ['serial', 'task', 'role:lead', 'role:support', 'deadline']
    >>> _ungroup(["serial", "task", "role:responsible", "deadline", "role:lead", "role:support"])
    ['serial', 'task', 'role:lead', 'role:support', 'deadline']
    """
    # 序号 | 重点任务 | 责任单位 | 完成时限 | 牵头单位 | 配合单位: the second header row (under
    # 责任单位) printed after the first, its cells stand where the group stands
    roles = [k for k, kind in enumerate(kinds) if kind.startswith("role:")]
    if len(roles) >= 3 and kinds[roles[0]] == "role:responsible" and roles[-1] == len(kinds) - 1:
        tail = len(kinds)
        while tail - 1 > roles[0] and kinds[tail - 1].startswith("role:"):
            tail -= 1
        if len(kinds) - tail >= 2 and tail > roles[0] + 1 and "role:lead" in kinds[tail:]:
            kinds = kinds[: roles[0]] + kinds[tail:] + kinds[roles[0] + 1 : tail]
    out = []
    for k, kind in enumerate(kinds):
        if (kind == "role:responsible" and k + 2 < len(kinds) and kinds[k + 1] == "role:lead"
                and kinds[k + 2].startswith("role:")):
            continue  # (牵头单位 | 责任单位 | 配合单位 are three columns)
        out.append(kind)
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
        kinds = _ungroup(_header_kinds(lines[i : i + width]))
        first_lead = any(_first_lead(ln.text) for ln in lines[i : i + width])
        start = i + width
        rows, i = _read_cell_rows(lines, start, kinds, first_lead)
        if not rows and kinds[0] == "serial":
            # 序号 in the header, the number printed with the task (1.推进…): rows without numbers
            rows, i = _read_cell_rows(lines, start, kinds[1:], first_lead)
            i = max(i, start)
        out.extend(rows)
    return out


def _read_cell_rows(lines: list[_Line], i: int, kinds: list[str], first_lead: bool = False) -> tuple[list[Row], int]:
    """The rows of a one-cell-per-line table whose header row ends before line ``i``; the rows and
    the line after the table."""
    if kinds[0] != "serial" and i < len(lines) and _SERIAL.match(lines[i].text) and int(lines[i].text.strip("（()）、.．")) == 1:
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
    expected = 1

    def row_starts(j: int) -> bool:
        """Line ``j`` is the serial number of the next row: the number expected, 1 (numbering
        anew), or a later one after a section row (rows left out: 14, 四、…, 五、…, 21)."""
        m = _SERIAL.match(lines[j].text)
        if m is None:
            return False
        n = int(m.group(1))
        return n in (expected, 1) or (expected < n <= expected + 30 and j > 0 and _HEADING.match(lines[j - 1].text) is not None)

    while i < len(lines):
        h = i
        while h < len(lines) and h - i < 5 and _HEADING.match(lines[h].text):
            h += 1
        if h > i and h < len(lines) and row_starts(h):
            i = h  # section rows (一、知识产权保护方面) before the first row of their section
        first = i
        if not row_starts(i):
            break
        expected = int(_SERIAL.match(lines[i].text).group(1)) + 1  # type: ignore[union-attr]
        i += 1
        j = i
        while j < len(lines) and j - i <= 2 * len(kinds) and lines[j].text != "\t":
            if row_starts(j):
                break
            j += 1
        skip_to = None  # where the next row starts
        if j < len(lines) and j > i and row_starts(j):
            # section rows (二、…) printed before the next serial number are no cells of this row
            stop = j
            while stop - 1 > i and _HEADING.match(lines[stop - 1].text):
                stop -= 1
            candidates, skip_to = [stop - i], stop  # (the section rows: at the top of the loop)
        else:  # the last row: as many lines as fit the columns
            candidates = list(range(min(j - i, len(data)), 0, -1))
        cols: list[int] | None = None
        count = 0
        row: list[_Cell] = []
        for count in candidates:
            row = [_Cell(ln.text, ln.start, ln.end) for ln in lines[i : i + count]]
            cols = _align(row, data_kinds)
            if cols is not None:
                break
        if cols is None:
            if skip_to is not None:
                i = skip_to  # a row that fits no way is left out; the table goes on
                continue
            i = first
            break
        by_col: dict[int, list[_Cell]] = {}
        for c, col in zip(row, cols, strict=True):
            by_col.setdefault(data[col], []).append(c)
        i = skip_to if skip_to is not None else i + count
        # merged cells: a column the row does not print is the cell above (units only when the row
        # prints none of its units, or the table has one units column)
        own_units = any(k in by_col for k in role_cols)
        for k in data:
            if k in by_col or k not in previous or k == task_col:
                continue
            if kinds[k].startswith("role:") and own_units and len(role_cols) > 1:
                continue
            by_col[k] = previous[k]
        previous = dict(by_col)
        if task_col not in by_col:
            continue
        out.append(_row(by_col, kinds, task_col, role_cols, data, Span(lines[first].start, row[-1].end), first_lead))
    return out, i


def _row(by_col: dict[int, list[_Cell]], kinds: list[str], task_col: int, role_cols: list[int], data: list[int],
         span: Span, first_lead: bool = False) -> Row:
    task_cells = by_col[task_col]
    task = _Cell("".join(c.text for c in task_cells), task_cells[0].start, task_cells[-1].end)
    roles = tuple((kinds[k][5:], c) for k in role_cols for c in by_col.get(k, []))
    deadline = next((by_col[k][0] for k in data if kinds[k] == "deadline" and k in by_col), None)
    return Row(task, roles, deadline, span, "cells", first_lead)


def table_rows(text: str) -> list[Row]:
    """Every row of every task-division table of a normalised text, in reading order."""
    rows = _tab_rows(text) if "\t" in text else []
    return sorted(rows + _cell_rows(text), key=lambda r: r.span.start)


def table_tasks(text: str, units: tuple[Unit, ...] | None = None, first_lead_from: int | None = None) -> tuple[Task, ...]:
    """Tasks from every task-division table of a normalised text, in reading order.

    The first unit a responsible column lists leads where the table's header says so
    (责任单位（排第一位的为牵头单位）), and in rows after ``first_lead_from``, where the text has
    declared that rule for every later clause (列第一位的为牵头单位，下同)."""
    from .responsibility import _bracket_role, _Raw, is_generic

    rows = table_rows(text)
    if not rows:
        return ()
    if units is None:
        units = numbered_units(text)
    index = PathIndex(units)
    out: list[Task] = []
    for row in rows:
        assignees: list[Assignee] = []
        for role, cell in row.roles:
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
