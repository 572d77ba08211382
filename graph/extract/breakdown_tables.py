"""Tables of targets broken down by place or by year (GUIDE.md "Targets"): a header with a place's
column (``县（市、区）``) or a year's (``年度``) and a column per goal, its unit in brackets
(``新增城镇就业（人）``) or above the table (``单位：公里``), under a title of targets
(``2026年各县（市、区）就业目标任务分解表``, ``分年度目标任务如下：``). Each number is the place's or the
year's goal of its column (read by :func:`graph.extract.indicator_tables.indicator_rows`, which gives
each row its due year).

>>> s = split_header(["年度", "燃气管网", "合计"], "各年度更新改造任务如下（单位：公里）：", caption="公里")
>>> split_goals(["2024年", "120", "120"], s)
[('2024年燃气管网', 120.0, '公里')]
>>> t = chr(10).join(["2026年各县粮食生产目标任务如下：", "县（市、区）", "播种面积（万亩）", "甲县", "120", "乙县", "80"])
>>> [g[2:] for g in flat_splits(t)]
[('甲县播种面积', 120.0, '万亩', 2026), ('乙县播种面积', 80.0, '万亩', 2026)]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..data import rules
from .target_rules import _rules

__all__ = ["Split", "flat_splits", "split_goals", "split_header"]

_CFG = rules()["targets"]["indicator_tables"]
_UNIT_ALT = "|".join(map(re.escape, sorted(rules()["targets"]["units"], key=len, reverse=True)))
_VALUE = re.compile(_CFG["value"].replace("{units}", "(?:" + _UNIT_ALT + ")"))
_OTHER_CELLS = frozenset(_CFG["other_headers"])
_TOTAL_CELL = re.compile(_CFG["total_header"])
_PLACE_CELLS = frozenset(_CFG["place_headers"])  # 县（市、区）: a table of targets by place
_YEAR_ROW_CELLS = frozenset(_CFG["year_row_headers"])  # 年度: a table of targets by year
_UNIT_COLUMN = re.compile(_CFG["unit_column"])  # 新增城镇就业（人）
_SPLIT_TITLE, _SPLIT_NOT = re.compile(_CFG["breakdown_title"]), re.compile(_CFG["breakdown_not"])
_UNTITLED = re.compile(_CFG["untitled_lead"])  # 二、分县安排 / …如下： right before a table: no title line
_MAGNITUDE = re.compile("^(?:" + "|".join(rules()["targets"]["magnitudes"]) + ")")
_UNITS = frozenset(rules()["targets"]["units"])


class Split(NamedTuple):
    """A header of a table of targets by place: the place's column; each goal's column, name and unit."""

    place: int
    columns: tuple[tuple[int, str, str], ...]


def split_header(cells: list[str], title: str, doc_title: str = "", caption: str = "") -> Split | None:
    """The header of a table of targets broken down by place (``县（市、区） | 新增城镇就业（人）``) or by
    year (``年度 | 城镇新增就业（万人）``) under a title of targets (``…目标任务分解表``, ``分年度目标任务如下：``),
    not of results or of money granted. ``caption`` is the unit above the table (``单位：公里``): that of
    each column with no unit in brackets (``年度 | 燃气管网 | 供水管网``)."""
    place = next((i for i, c in enumerate(cells) if c in _PLACE_CELLS or c in _YEAR_ROW_CELLS), None)
    if not _SPLIT_TITLE.search(title) and _UNTITLED.search(title):
        title = doc_title  # no title line of its own (二、分县安排; …如下：): the document's title stands for it
    if place is None or not _SPLIT_TITLE.search(title) or _SPLIT_NOT.search(title):
        return None
    cfg = _rules()
    columns = []
    for i, c in enumerate(cells):
        m = _UNIT_COLUMN.fullmatch(c)
        if m is not None and _MAGNITUDE.sub("", m.group(2)) in _UNITS:
            name, unit = m.groups()
        elif _captioned(i, c, place, caption):
            name, unit = c, caption
        else:
            continue
        if _MAGNITUDE.sub("", unit) in cfg.money_units and not (cfg.money_ok.search(name) or name.endswith(cfg.money_heads)):
            continue  # money granted to each place, no goal
        columns.append((i, name, unit))
    return Split(place, tuple(columns)) if columns else None


def _captioned(i: int, cell: str, place: int, caption: str) -> bool:
    """Whether column ``i`` of a table by place or year (``燃气管网``) counts in the unit above the table:
    a name of Chinese characters, not the place's column, a serial, a note or a total."""
    return (bool(caption) and i != place and _MAGNITUDE.sub("", caption) in _UNITS and _HAN_NAME.fullmatch(cell) is not None
            and cell not in _OTHER_CELLS and cell not in _SUM_CELLS and _TOTAL_CELL.search(cell) is None)


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}")
_SUM_CELLS = frozenset(_CFG["sum_headers"])  # 合计: a column of sums


def split_goals(cells: list[str], split: Split) -> list[tuple[str, float, str]]:
    """A place's goals in a row of a table by place (``汉滨区新增城镇就业``, 9000, ``人``)."""
    if split.place >= len(cells) or not cells[split.place]:
        return []
    return [(cells[split.place] + name, float(m.group("num")), unit) for i, name, unit in split.columns
            if i < len(cells) and (m := _VALUE.fullmatch(cells[i])) is not None]


_FLAT_PLACE = re.compile(r"^[ \u3000]*(?:" + "|".join(map(re.escape, sorted(_PLACE_CELLS | _YEAR_ROW_CELLS, key=len, reverse=True)))
                         + r")[ \u3000]*$", re.M)  # a place's header cell on a line of its own
_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")  # the year in a table's title
_TITLE_MAX = 40  # a title is a short line
_FLAT_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,12}")  # a place's cell: 甲县, 高新区, 县（市、区）'s rows


def flat_splits(text: str, doc_title: str = "") -> list[tuple[int, int, str, float, str, int | None]]:
    """The goals of tables by place flattened one cell per line (``县（市、区）`` / ``播种面积（万亩）`` / ``产量（万吨）``
    then ``甲县`` / ``120`` / ``50`` …) under a title of targets: (row start, row end, indicator, value, unit, the
    title's year or None). The header is the place's cell then a cell per goal with its unit in brackets; each
    row as many lines, a place's name then its numbers (``—`` for none)."""
    out: list[tuple[int, int, str, float, str, int | None]] = []
    if _FLAT_PLACE.search(text) is None:
        return out
    lines: list[tuple[int, str]] = []
    pos = 0
    for ln in text.split("\n"):
        lines.append((pos, ln.strip()))
        pos += len(ln) + 1
    for i, (_, cell) in enumerate(lines):
        if cell not in _PLACE_CELLS and cell not in _YEAR_ROW_CELLS:
            continue
        j = i + 1
        while j < len(lines) and _UNIT_COLUMN.fullmatch(lines[j][1]):
            j += 1
        title = next((c for _, c in reversed(lines[:i]) if c), "")
        split = split_header([c for _, c in lines[i:j]], title, doc_title)
        if j - i < 2 or split is None or len(split.columns) != j - i - 1:
            continue
        due = _TITLE_YEAR.search(title) if len(title) <= _TITLE_MAX and "。" not in title else None
        width = j - i
        while j + width <= len(lines):
            row = [c for _, c in lines[j : j + width]]
            if _FLAT_NAME.fullmatch(row[0]) is None or not all(_VALUE.fullmatch(c) or c in _EMPTY_CELLS for c in row[1:]):
                break
            end = lines[j + width - 1][0] + len(row[-1])
            out.extend((lines[j][0], end, *g, int(due.group()) if due else None) for g in split_goals(row, split))
            j += width
    return out


_EMPTY_CELLS = frozenset(["—", "-", "/", "－", "——"])
