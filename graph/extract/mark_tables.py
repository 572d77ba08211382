"""Mark tables: a task-division table whose header names the units, one column each, and whose rows mark the units
they assign with a sign (GUIDE.md: "a task-division table … gives one task per row that names units").

    序号 | 重点任务                     | 区发改委 | 区财政局 | 区市场监管局 | 完成时限
    1    | 推行企业开办“一网通办”…      |          |          | √            | 2022年6月
    2    | 落实减税降费政策…            | √        | ★        |              | 2022年12月

A row's units are the header cells of the columns it marks, in column order, each in the role a legend near the
table gives its sign (``（★为牵头单位，√为责任单位）``), else ``[tables.marks] unmarked`` (docs/readings.md: a mark
table). The signs, the legend's words and its reach are data (``[tables.marks]``). Only the tab rows of a table whose
header has a task column and no role column (a 牵头单位 column's table is read by :mod:`.tables`) and at least two
columns named by units, every cell under them a sign or empty; under a header row above it (``责任单位`` merged over
the units' columns, a role column to :mod:`.tables`) the units row is the mark table's header, no row of that table.
The same table printed one cell per line (a page's or a Word table saved as text: an empty cell an empty line, or a
line of spaces) is read alike, each row as many lines as the header has cells (round 196); its 序号 cell standing on
its own line is no label (:attr:`MarkRow.number`). A header cell that prints a unit's name on two lines
(``县发展`` / ``改革局``; ``县发展 改革局`` in a container's tab row) names that one unit (round 197).

>>> text = ("（★为牵头单位，√为责任单位）\\n序号\\t重点任务\\t区发改委\\t区财政局\\t完成时限\\n"
...         "1\\t落实减税降费政策\\t√\\t★\\t2022年12月\\n")
>>> [(r.task.text, [(role, c.text) for role, c in r.roles]) for r in mark_rows(text)]
[('落实减税降费政策', [('responsible', '区发改委'), ('lead', '区财政局')])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import rules
from ..model import Span
from .tab_lines import _tab_tables
from .table_cells import _Cell
from .table_headers import _header, _kind

__all__ = ["MarkRow", "mark_legends", "mark_rows"]

_TASK_KINDS = ("task", "task~", "task!", "project")
_OPENERS = rules()["tables"]["cells"]["wrap_tail"]["openers"]  # how a unit's name opens (县, 市, 各 …)
_NUMBER = re.compile(r"[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[）)]?[、.．]?$")  # a 序号 cell: 1, 1., （1）, 一


@dataclass(frozen=True)
class MarkRow:
    """A mark table's row, shaped as :class:`.tables.Row` reads (task cell, role cells, deadline, span)."""

    task: _Cell
    roles: tuple[tuple[str, _Cell], ...]
    deadline: _Cell | None
    span: Span
    table: Span  # the mark table from its units header to its last row (no other reading of it holds)
    number: int = -1  # where its 序号 cell stands on a line of its own (a table printed one cell per line), else -1


@lru_cache(maxsize=1)
def _conf() -> tuple[str, re.Pattern[str], dict[str, str], str, int, tuple[str, ...]]:
    m = rules()["tables"]["marks"]
    roles: dict[str, str] = dict(m["roles"])
    words = "|".join(sorted(map(re.escape, roles), key=len, reverse=True))
    legend = re.compile(m["legend"].replace("{signs}", re.escape(m["signs"])).replace("{roles}", words))
    ends = tuple(rules()["tables"]["cell_unit_ends"])
    return m["signs"], legend, roles, m["unmarked"], int(m["legend_reach"]), ends


def _is_unit(cell: str, ends: tuple[str, ...], signs: str) -> bool:
    return 2 <= len(cell) <= 20 and cell.endswith(ends) and not any(s in cell for s in signs) and not _kind(cell)


def _joined(cell: _Cell, ends: tuple[str, ...], signs: str) -> _Cell:
    """A header cell printing a unit's name on two lines (``县发展 改革局``: a ``<br>`` of a page, a Word cell's two
    paragraphs, a workbook's line break, each read as a space) as the one name: when its first line is no unit, nor
    any header's word, and the next opens as no unit does (``[tables.cells.wrap_tail] openers``)."""
    parts = cell.text.split()
    if len(parts) == 2 and _wrapped(parts[0], parts[1], ends, signs):
        return _Cell("".join(parts), cell.start, cell.end)
    return cell


def _wrapped(first: str, second: str, ends: tuple[str, ...], signs: str) -> bool:
    """``first`` and ``second`` are one header cell printed on two lines: ``县发展`` / ``改革局``, ``县住房和`` /
    ``城乡建设局``, ``完成`` / ``时限`` (the first names nothing alone, both together name a unit or a column)."""
    if not first or not second or len(first) > 6 or _kind(first) or _is_unit(first, ends, signs):
        return False
    if second[0] in _OPENERS or any(s in first + second for s in signs):
        return False
    joined = first + second
    return bool(_kind(joined)) or _is_unit(joined, ends, signs)


def _mark(cell: str, signs: str) -> str | None:
    """The sign a cell holds ("" for an empty cell), None when it holds anything else."""
    t = cell.strip()
    return t if t == "" or (len(t) == 1 and t in signs) else None


def mark_legends(text: str) -> tuple[tuple[int, str, str], ...]:
    """Where each legend of the text stands, its sign and the role it names. Read before the marked-lead notes are
    blanked (``marked_leads.unmark``: ``★为牵头单位`` is such a note too), the text's length kept by that blanking."""
    signs, legend, roles, *_ = _conf()
    if not any(s in text for s in signs):
        return ()
    return tuple((m.start(), m.group("sign"), roles[m.group("role")]) for m in legend.finditer(text))


def mark_rows(text: str, legends: tuple[tuple[int, str, str], ...] | None = None) -> list[MarkRow]:
    """The rows of the mark tables of ``text``; ``legends`` as :func:`mark_legends` found them (None: read here)."""
    signs, _, _, unmarked, reach, ends = _conf()
    if not any(s in text for s in signs):
        return []
    if legends is None:
        legends = mark_legends(text)
    out: list[MarkRow] = []
    runs = [(run, False) for run in (_tab_tables(text) if "\t" in text else [])] + [(run, True) for run in _cell_runs(text)]
    for run, flat in runs:
        # the header in the run's first rows, or in a row after a paragraph of the text (a page's mark table under
        # a task table: one run of tab rows, the lines between them no break of it)
        heads = [h for h in range(len(run)) if h < 3 or text[run[h - 1][-1].end : run[h][0].start].strip()]
        for h in heads:
            head = [_joined(c, ends, signs) for c in run[h]]
            kinds = [_kind(c.text) for c in head]
            task_col = next((k for k, kind in enumerate(kinds) if kind in _TASK_KINDS), None)
            units = [k for k, c in enumerate(head) if _is_unit(c.text, ends, signs)]
            if task_col is None or len(units) < 2 or _header(head) is not None:
                continue
            body = [r for r in run[h + 1 :] if len(r) == len(head)]
            if not body or any(_mark(r[k].text, signs) is None for r in body for k in units):
                continue
            near = range(head[0].start - reach, body[-1][-1].end + reach)
            said = {sign: role for at, sign, role in legends if at in near}
            due = next((k for k, kind in enumerate(kinds) if kind == "deadline"), None)
            for r in body:
                marked = tuple((said.get(r[k].text.strip(), unmarked), head[k]) for k in units if r[k].text.strip())
                if marked and r[task_col].text:
                    deadline = r[due] if due is not None and r[due].text else None
                    out.append(MarkRow(r[task_col], marked, deadline, Span(r[0].start, r[-1].end),
                                       Span(head[0].start, body[-1][-1].end),
                                       r[0].start if flat and kinds[0] == "serial" else -1))
            break
    return sorted(out, key=lambda m: m.span.start)


def _cell_runs(text: str) -> list[list[list[_Cell]]]:
    """Mark tables printed one cell per line, each as its header and rows of cells (as :func:`.tab_lines._tab_tables`
    gives a tab table's): a header of one short line per cell (a serial or task header first, at least two units; a cell printed on two
    lines, ``县发展`` / ``改革局``, joined: :func:`_wrapped`),
    then rows of as many lines each, a blank line (or one of spaces) an empty cell, while each row holds its serial
    number (a 序号 column), a task and only signs or nothing under the units."""
    signs, *_, ends = _conf()
    lines: list[_Cell] = []
    pos = 0
    for line in text.split("\n"):
        t = line.strip()
        lead = len(line) - len(line.lstrip()) if t else 0
        lines.append(_Cell(t, pos + lead, pos + lead + len(t)))
        pos += len(line) + 1
    out: list[list[list[_Cell]]] = []
    i = 0
    while i < len(lines):
        if not 0 < len(lines[i].text) <= 8 or _kind(lines[i].text) not in ("serial", *_TASK_KINDS):
            i += 1
            continue
        j = i
        head: list[_Cell] = []
        while j < len(lines) and j - i < 16 and "\t" not in lines[j].text and lines[j].text:
            if _kind(lines[j].text) or _is_unit(lines[j].text, ends, signs):
                head.append(lines[j])
                j += 1
            elif j + 1 < len(lines) and _wrapped(lines[j].text, lines[j + 1].text, ends, signs):
                head.append(_Cell(lines[j].text + lines[j + 1].text, lines[j].start, lines[j + 1].end))
                j += 2  # a header cell printed on two lines (县发展 / 改革局)
            else:
                break
        kinds = [_kind(c.text) for c in head]
        units = [k for k, c in enumerate(head) if _is_unit(c.text, ends, signs)]
        task = next((k for k, kind in enumerate(kinds) if kind in _TASK_KINDS), None)
        rows: list[list[_Cell]] = []
        while task is not None and len(units) >= 2 and j + len(head) <= len(lines):
            row = lines[j : j + len(head)]
            if (not row[task].text or any(_mark(row[k].text, signs) is None for k in units)
                    or (kinds[0] == "serial" and not _NUMBER.match(row[0].text))):
                break
            rows.append(row)
            j += len(head)
        if rows:
            out.append([head, *rows])
        i = max(j, i + 1)
    return out
