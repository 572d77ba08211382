"""Cells of task-division tables: what a cell holds (units, a deadline, a serial number, text)
and how the cells of a row printed one cell per line are placed in their columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..data import rules
from .clauses import parse_clause
from .mentions import _split_names
from .name_words import is_wrap_tail, name_openings
from .structure import starts_unit


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int



@dataclass(frozen=True)
class _Line:
    text: str
    start: int
    end: int
    gap: bool = field(default=False, compare=False)  # a blank line stands before it (not part of its identity)



def _lines(text: str) -> list[_Line]:
    """The non-blank lines without tabs, trimmed, with their offsets (a tab line ends a table)."""
    out: list[_Line] = []
    pos = 0
    gap = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append(_Line(stripped if "\t" not in line else "\t", pos + lead, pos + lead + len(stripped), gap))
        gap = not stripped
        pos += len(line) + 1
    return out


def cell_groups(lines: list[_Line]) -> list[int]:
    """The cell of each of a row's lines in a copy that parts its cells by blank lines: a line right under another
    (no blank line between) is the same cell's next line (a units cell printing its units one per line).

    >>> cell_groups([_Line("1", 0, 1), _Line("市水利局", 3, 7, True), _Line("市农业农村局", 8, 14), _Line("市财政局", 16, 20, True)])
    [0, 1, 1, 2]
    """
    out: list[int] = []
    for k, ln in enumerate(lines):
        out.append(0 if k == 0 else out[-1] + (1 if ln.gap else 0))
    return out


def align_lines(lines: list[_Line], kinds: list[str], spaced: bool = False) -> list[int] | None:
    """:func:`_align` of a row's lines; in a copy whose cells are parted by blank lines (``spaced``), the lines of one
    cell (:func:`cell_groups`) kept in one column, the cell placed by its first line."""
    cells = [_Cell(ln.text, ln.start, ln.end) for ln in lines]
    groups = cell_groups(lines)
    if spaced and groups and groups[-1] + 1 < len(lines):
        heads = [cells[k] for k in range(len(lines)) if k == 0 or groups[k] != groups[k - 1]]
        found = _align(heads, kinds)
        if found is not None:
            return [found[g] for g in groups]
    return _align(cells, kinds)



_CELLS = rules()["tables"]["cells"]
_HEADING = re.compile(_CELLS["section"])
_DASH = re.compile(_CELLS["empty"])
_DEADLINE = re.compile(_CELLS["deadline"])
_DATE_ONLY = re.compile(_CELLS["date_only"])
_WRAP = _CELLS["wrap_tail"]
_TEXT_AFTER = int(_CELLS["text_after"])
_PROJECT = "project"  # the kind of a column of projects' names (项目名称): a cell reading like a body's name may stand
# A serial number: 3, （3）, 3、 and a numbered sub-row 1-2 (rows numbered within a group).
_SERIAL = re.compile(r"^[（(]?(\d{1,3})(?:[-－‐—](\d{1,3}))?[）)]?[、.．]?$")


def serial_of(text: str) -> tuple[int, int] | None:
    """A serial-number cell's number as ``(number, sub-number)`` (0 when it has none), else None.

    >>> serial_of("7"), serial_of("（2）"), serial_of("1-2"), serial_of("推进")
    ((7, 0), (2, 0), (1, 2), None)
    """
    m = _SERIAL.match(text)
    return None if m is None else (int(m.group(1)), int(m.group(2) or 0))


def next_serials(current: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The numbers a row after the row numbered ``current`` may carry: the next one (2 after 1;
    1-3 or 2-1 after 1-2), or numbering anew (1, 1-1)."""
    n, sub = current
    return ((n + 1, 0), (1, 0)) if sub == 0 else ((n, sub + 1), (n + 1, 1), (1, 1))


def _names(cell: _Cell) -> list[tuple[str, int, int, str | None]] | None:
    """The units a role cell names, each with the role its own words give (None: the column's).
    A cell that holds a sentence (。) names none: it is text after the table."""
    if "。" in cell.text:
        return None
    names = _split_names(cell.text, cell.start)
    if names:
        return [(m, a, b, None) for m, a, b in names]
    clause = parse_clause(cell.text, cell.start)  # 牵头：X；配合：Y, or X牵头，Y配合 in one cell
    if clause is not None and clause.assignees:
        return [(r.mention, r.start, r.end, r.role) for r in clause.assignees]
    return None


def _opens_no_name(text: str) -> bool:
    """A cell that opens as no unit's name opens (not a place level or collective, not the first two characters of a
    known name): 申报农产品加工业示范园区, not 省财政厅 or 发展和改革局."""
    return bool(text) and text[0] not in _WRAP["openers"] and text[:2] not in name_openings()


def _tail(cell: _Cell) -> bool:
    """A cell that names one unit, which reads as a wrapped line's tail (``[tables.cells.wrap_tail]``)."""
    names = _split_names(cell.text, cell.start)
    return names is not None and len(names) == 1 and is_wrap_tail(names[0][0])


def _score(cell: _Cell, kind: str, extra: bool) -> float | None:
    """How well ``cell`` fits a column of ``kind`` (None: it cannot stand there); ``extra``: the
    column already holds a cell of this row (a cell printed on two lines)."""
    text = cell.text
    if extra and _HEADING.match(text):
        return None  # a section row (四、保障措施) goes on with no cell of the row before it
    if kind.startswith("role:"):
        if extra:  # (a lead cell holds one unit: 市发改委⏎市财政局⏎市自然资源局 under 牵头 | 配合, the lead is the first)
            return (0.4 if kind == "role:lead" else 0.5) if _names(cell) else None
        if _names(cell):
            return 1.0 if _tail(cell) else 3.0  # (…和茶⏎博会: a wrapped task cell's tail rather than a unit)
        return 0.5 if _DASH.match(text) else None
    if kind == "deadline":
        if extra:
            return None
        if len(text) <= 40 and _DEADLINE.search(text):
            return 2.0
        return 0.5 if _DASH.match(text) else None
    if kind in ("task", "task~", "task!", "project"):
        if _SERIAL.match(text) or (not extra and _DATE_ONLY.match(text)):
            return None
        if extra and _tail(cell):
            return 0.5  # the wrapped tail of the task cell (…中国国际进⏎口博览会), no unit
        if _names(cell):
            # a project named after the body it builds (袜业质量检验检测中心), one name on one line:
            # below a units cell (3.0) and a second line of units (0.5) together
            one = kind == "project" and not extra and not re.search(r"[、，,；;/]", text)
            return 1.0 if one else None
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
            if (found is None or task not in found[1]) and len(cells) == len(kinds) and _opens_no_name(cells[0].text):
                # a row printing every cell whose task reads like a body's name (申报…示范园区) but opens as no name
                # does (not 省财政厅): its task cell read as a project's name
                found = _align_scored(cells, [_PROJECT if kind.startswith("task") else kind for kind in kinds])
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


def row_reach(lines: list[_Line], longest: int) -> int:
    """How many of the lines after a table's last 序号 may be that row's cells (a table printed one cell per line): up
    to the first line, after a cell of units or a deadline, that reads as the text's own paragraph: one opening with a
    label of the outline (``①加强值守…（责任单位：X）``, ``（三）…``), or a sentence (。) longer than every task cell above
    it and than ``[tables.cells] text_after``. Round 197: a column the last row leaves empty (备注) took the paragraph
    after the table as its cell, and a clause there was lost.

    >>> row_reach([_Line(t, 0, len(t)) for t in ("开展山洪灾害预警", "县水务局", "2023年6月底", "①加强值守。（责任单位：县应急局）")], 8)
    3
    >>> row_reach([_Line(t, 0, len(t)) for t in ("1.整治低价游；", "2.规范导游执业。", "市文旅局")], 8)
    3
    """
    seen = False
    for k, ln in enumerate(lines):
        t = ln.text
        if seen and (starts_unit(t) or ("。" in t and len(t) > max(longest, _TEXT_AFTER))):
            return k
        seen = seen or closes_row(ln)
    return len(lines)


def closes_row(line: _Line) -> bool:
    """A line that reads as a row's units cell or deadline cell: what a row of task-division table ends with."""
    return _DEADLINE.match(line.text) is not None or bool(_names(_Cell(line.text, line.start, line.end)))


def last_row_counts(lines: list[_Line], kinds: list[str], tall: dict[int, int]) -> list[int]:
    """How many of ``lines`` (the lines a table's last row may reach, :func:`row_reach`) the row may take beyond one
    line a column, most first: a count whose last line closes the row (:func:`closes_row`) and whose alignment gives
    no column more lines than the rows above showed it may print (``tall``: the most lines a cell of each column took
    there), but the task column, whose cell may wrap as it likes before the units (round 200: a last row whose task
    cell printed on two lines, ``1.开展…；`` / ``2.推动…。``, lost its last units cell).

    >>> rows = [_Line(t, 0, len(t)) for t in ("1.开展村庄清洁；", "2.推动废弃物利用。", "县农业农村局", "县林业局、各镇人民政府")]
    >>> last_row_counts(rows, ["task", "role:lead", "role:support"], {})
    [4]
    >>> last_row_counts(rows[1:] + [_Line("县财政局", 0, 4)], ["task", "role:lead", "role:support"], {})
    []
    """
    out: list[int] = []
    for count in range(len(lines), len(kinds), -1):
        if not closes_row(lines[count - 1]):
            continue
        cols = _align([_Cell(ln.text, ln.start, ln.end) for ln in lines[:count]], kinds)
        if cols is None:
            continue
        if all(cols.count(c) <= max(1, tall.get(c, 1)) for c in set(cols) if not kinds[c].startswith("task")):
            out.append(count)
    return out


def _later_start(lines: list[_Line], i: int, j: int, data_kinds: list[str], reach: int) -> int:
    """Where the row whose cells start at line ``i`` ends, given the next serial number found at
    line ``j``: a number printed before the row has as many cells as the header has columns (an
    amount ``48`` in the row numbered 47) is a cell of the row when the same number stands again
    further on where the row's cells can end, and the number after it (49) does not stand between."""
    number = serial_of(lines[j].text) if j < len(lines) else None
    if number is None or j - i >= len(data_kinds):
        return j
    after = next_serials(number)[0]  # the number of the row after: the number at j was this row's end
    for k in range(j + 1, min(len(lines), i + reach + 1)):
        if lines[k].text == "\t" or _HEADING.match(lines[k].text) or serial_of(lines[k].text) == after:
            break
        if serial_of(lines[k].text) == number:
            row = [_Cell(ln.text, ln.start, ln.end) for ln in lines[i:k]]
            return k if _align(row, data_kinds) is not None else j
    return j
