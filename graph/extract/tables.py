"""Task-division tables: rows of ``任务 | 牵头单位 | 配合单位 …`` become tasks with roles.

Readers write a table row as one line with tab-separated cells (HTML ``<tr>``, DOCX rows).
A table is a run of such lines; its header row has at least one role column (a cell that starts
with a ``[fields]`` label of ``rules.toml``: 牵头单位, 责任单位（部门）, 配合单位 …).

>>> text = "工作任务\\t牵头单位\\t配合单位\\n推进消费升级\\t省商务厅\\t省财政厅、省统计局\\n"
>>> [(a.mention, a.role) for a in table_tasks(text)[0].assignees]
[('省商务厅', 'lead'), ('省财政厅', 'support'), ('省统计局', 'support')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import rules
from ..model import Assignee, Span, Task, Unit
from .structure import PathIndex, numbered_units

__all__ = ["table_tasks"]


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int


def _rows(text: str) -> list[list[list[_Cell]]]:
    """Runs of consecutive tab-separated lines, each line split into trimmed cells."""
    tables: list[list[list[_Cell]]] = []
    current: list[list[_Cell]] = []
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
        elif line.strip():
            if current:
                tables.append(current)
            current = []
        pos += len(line) + 1
    if current:
        tables.append(current)
    return tables


def _role_of_header(cell: str) -> str | None:
    head = re.sub(r"[（(〔][^）)〕]*[）)〕]|\s", "", cell)
    for label, role in sorted(rules()["fields"].items(), key=lambda p: -len(p[0])):
        if len(label) > 2 and head.startswith(label):
            return str(role)
        if label in ("牵头",) and head in ("牵头", "牵头部门", "牵头单位"):
            return str(role)
    return None


def table_tasks(text: str, units: tuple[Unit, ...] | None = None) -> tuple[Task, ...]:
    """Tasks from every task-division table of a normalised text, in reading order."""
    if "\t" not in text:
        return ()
    from .responsibility import _bracket_role, _Raw, _split_names, is_generic

    if units is None:
        units = numbered_units(text)
    index = PathIndex(units)
    task_headers = tuple(rules()["tables"]["task_headers"])
    out: list[Task] = []
    for table in _rows(text):
        header_at = None
        for i, row in enumerate(table[:3]):
            if any(_role_of_header(c.text) for c in row):
                header_at = i
                break
        if header_at is None:
            continue
        header = table[header_at]
        roles = {k: r for k, c in enumerate(header) if (r := _role_of_header(c.text))}
        first_role = min(roles)
        task_col = next(
            (k for k, c in enumerate(header) if k < first_role and c.text.replace(" ", "") in task_headers), None
        )
        if task_col is None:
            task_col = next(
                (k for k, c in enumerate(header) if k < first_role and any(h in c.text for h in task_headers)),
                first_role - 1,
            )
        if task_col < 0:
            continue
        for row in table[header_at + 1 :]:
            if len(row) <= max(roles) or not row[task_col].text:
                continue
            assignees: list[Assignee] = []
            cells = []
            for k in sorted(roles):
                cell = row[k]
                names = _split_names(cell.text, cell.start) if cell.text else []
                if not names:
                    continue
                cells.append(cell)
                for mention, a, b in names:
                    raw = _bracket_role(_Raw(mention, a, b, roles[k], False))
                    assignees.append(
                        Assignee(raw.mention, raw.role, is_generic(raw.mention), False, Span(raw.start, raw.end))
                    )
            if not assignees:
                continue
            task_cell = row[task_col]
            out.append(
                Task(
                    path=index.path_at(task_cell.start),
                    text_span=Span(task_cell.start, task_cell.end),
                    clause_span=Span(cells[0].start, cells[-1].end),
                    assignees=tuple(assignees),
                    form="table",
                )
            )
    return tuple(out)
