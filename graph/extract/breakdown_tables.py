"""Tables of targets broken down by place or by year (GUIDE.md "Targets"): a header with a place's
column (``县（市、区）``) or a year's (``年度``) and a column per goal, its unit in brackets
(``新增城镇就业（人）``) or above the table (``单位：公里``), under a title of targets
(``2026年各县（市、区）就业目标任务分解表``, ``分年度目标任务如下：``). Each number is the place's or the
year's goal of its column (read by :func:`graph.extract.indicator_tables.indicator_rows`, which gives
each row its due year).

>>> s = split_header(["年度", "燃气管网", "合计"], "各年度更新改造任务如下（单位：公里）：", caption="公里")
>>> split_goals(["2024年", "120", "120"], s)
[('2024年燃气管网', 120.0, '公里')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..data import rules
from .target_rules import _rules

__all__ = ["Split", "split_goals", "split_header"]

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
