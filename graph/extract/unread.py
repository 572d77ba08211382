"""Signs of a form of assignment the rules did not read, for ``policykg show``.

A document that prints role words in brackets, field labels or a units column and yet gives no
task holds a form the rules do not know; a label shaped like a field (``XX单位：``) whose head word
names no role is one to add to ``rules.toml`` (``[fields]`` or ``[field_labels]``).

>>> unknown_labels("考核单位：市委督查室\\n")
['考核单位']
>>> warnings("（一）推进改革。（考评单位：市委办）", ())
['unknown field label 考评单位： (add it to rules.toml [fields] or [field_labels])']
>>> unknown_headers("序号\\t项目名称\\t实施主体\\t联系单位\\n1\\t污水厂扩建\\t县水务公司\\t县发展改革局\\n")
['联系单位']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..data import rules
from ..model import Task
from .brackets import parentheticals
from .clauses import _field
from .cues import _cues, is_generic, label_role
from .table_headers import _role_of_header
from .tables import row_cells

__all__ = ["unknown_headers", "unknown_labels", "warnings"]

# A label shaped like a field: some characters, a noun of a unit, maybe its alternative, a colon;
# standing where a field stands (a line's, sentence's or bracket's start, or after a comma).
_LABEL_SHAPE = re.compile(rules()["field_labels"]["unknown"]["shape"], re.M)
_HEADER_SHAPE = re.compile(rules()["field_labels"]["unknown"]["header_shape"])


def unknown_labels(text: str) -> list[str]:
    """Labels shaped like ``XX单位：`` / ``XX部门：`` that name no role and no collective, in order."""
    out: list[str] = []
    for m in _LABEL_SHAPE.finditer(text):
        label = m.group(1)
        # (各有关单位： opens a notice's addressees; 省直有关部门：, 市政府直属各单位：, 市政府各工作部门： likewise:
        # a label holding 各 addresses every unit of a kind, no field does)
        if label_role(label) is None and not is_generic(label) and "各" not in label and label not in out:
            out.append(label)
    return out


def unknown_headers(text: str) -> list[str]:
    """Header cells of a units table shaped like ``XX单位`` that name no role, no people and no collective
    (联系单位 beside 实施主体 / 监管单位): the column is not read, in order."""
    out: list[str] = []
    for line in text.split("\n"):
        cells = [c.text for c in row_cells(line) or []]
        if not any(_role_of_header(c) for c in cells):
            continue  # (not the header row of a units table)
        for cell in cells:
            if _HEADER_SHAPE.match(cell) and _role_of_header(cell) is None and not is_generic(cell) and cell not in out:
                out.append(cell)
    return out


def _role_cells(text: str) -> list[str]:
    """Cells of rows (tab- or space-separated) that are a units column header (责任单位, 牵头单位（部门）, 推进单位…)."""
    out: list[str] = []
    for line in text.split("\n"):
        cells = row_cells(line)
        for cell in ([c.text for c in cells] if cells else [line.strip()]):  # (a line of its own: one cell)
            if 2 < len(cell) <= 12 and _role_of_header(cell) and "：" not in cell and cell not in out:
                out.append(cell)
    return out


def _role_clauses(text: str) -> int:
    """Bracketed groups that end with a role word or hold a field label (what clauses look like)."""
    cues = _cues()
    n = 0
    for start, end in parentheticals(text):
        content = text[start + 1 : end - 1].strip()
        field = _field(content)
        role = cues.role_ends if len(content) > 4 else ()  # (not 技术支持 alone)
        if (field is not None and field[1]) or (role and content.endswith(role)):
            n += 1
    return n


def warnings(text: str, tasks: Sequence[Task]) -> list[str]:
    """What ``policykg show`` should point out about a normalised text and the tasks read from it."""
    out = [f"unknown field label {label}： (add it to rules.toml [fields] or [field_labels])"
           for label in unknown_labels(text)]
    out += [f"unknown units column {header} (not read; add it to rules.toml [fields] or [field_labels])"
            for header in unknown_headers(text)]
    if tasks:
        return out
    cells = _role_cells(text)
    if cells:
        out.append(f"a units column ({'、'.join(cells[:3])}) but no task read: an unread table?")
    clauses = _role_clauses(text)
    if clauses:
        out.append(f"{clauses} bracketed groups with role words but no task read: an unread form?")
    return out
