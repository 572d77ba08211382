"""Targets in a plan's table of indicators (GUIDE.md "Targets"): a header row with an indicator
column and year columns (``序号 / 指标 / 单位 / 2020年 / 2025年 / 属性``), one row per indicator,
cells joined by tabs (what the HTML, DOCX and XLSX readers write, and a text table).

The same table flattened one cell per line (a text copy: the header's cells on lines of their
own, then each row's) is read too: each row opens with its serial number when the header opens
with ``序号``; a header without one (``指标 / 单位 / 2025年 / 2026年``) gives rows while each reads
as a row of indicators (a goal cell, a unit).

The column of the last year is the goal; the earlier years are the base, facts. Each row gives
one target: its indicator cell, the number in that column (``≥90``, ``〔18〕``: a cumulative
figure in brackets), the row's unit (the unit column, a unit glued to the number, or the
indicator's own ``（%）``), and that year as deadline.

A table with no year column but a goal column (``序号 / 指标 / 单位 / 目标值 / 完成时限``) gives the
goal column's numbers, each row due by the first year of its time-limit cell (``2026年年底前``;
``每年``: none); with no time-limit column either, the row is untimed (the caller takes the year
that governs it in the text, as for a sentence).

>>> text = "指标\\t单位\\t2020年\\t2025年\\n森林覆盖率\\t%\\t45.04\\t45.3\\n"
>>> [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text)]
[('森林覆盖率', 45.3, '%', 2025)]
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..data import rules
from .breakdown_tables import Split, flat_splits, split_goals, split_header
from .numbers import to_number
from .target_rules import _rules

__all__ = ["IndicatorRow", "indicator_rows"]

_CFG = rules()["targets"]["indicator_tables"]
_INDICATOR_CELLS = frozenset(_CFG["indicator_headers"])
_UNIT_CELLS = frozenset(_CFG["unit_headers"])
_YEAR_CELL = re.compile(_CFG["year_header"])
_PERIOD_CELL = re.compile(_CFG["period_header"])  # “十四五”目标: the period's last year
_PERIODS = rules()["targets"]["plan_periods"]
_UNIT_ALT = "|".join(map(re.escape, sorted(rules()["targets"]["units"], key=len, reverse=True)))
_VALUE = re.compile(_CFG["value"].replace("{units}", "(?:" + _UNIT_ALT + ")"))
_UNIT_IN_NAME = re.compile(_CFG["unit_in_name"])
_CELL_UNITS = frozenset(_CFG["cell_units"])
_VALUE_WORDS = re.compile(_CFG["value_words"])  # 三百: a goal cell in words, in a table of digits
_OTHER_CELLS = frozenset(_CFG["other_headers"])
_GOAL_CELLS = frozenset(_CFG["goal_headers"])
_TIME_CELLS = frozenset(_CFG["time_headers"])
_TIME_YEAR = re.compile(_CFG["time_year"])
_SPACED_GAP = re.compile(_CFG["spaced_gap"])  # 指标  单位  2025年目标: cells between runs of spaces
_SPACED_MIN = int(_CFG["spaced_min"])
_GROWTH_CELL = re.compile(_CFG["growth_header"])  # 年均增长（%）: a column of yearly growth, goals too
_TOTAL_CELL = re.compile(_CFG["total_header"])
_GROWN = ("增长", "增速", "增幅")  # a row named by its growth (地区生产总值增长): its own name
_BRACKETED = re.compile(_CFG["bracketed_cell"])  # 〔5000〕: a total  # [累计]: a column of five-year totals, goals too
_YEARLY = int(_CFG["yearly_columns"])
_GROUP_CELLS = frozenset(_CFG["group_headers"])  # 类别: a column merged down over its group's rows
_YEARLY_LEAD = re.compile(_CFG["yearly_lead"])  # 分年度目标如下：  # 2023年 | 2024年 | 2025年 in a 2023 plan: a goal for each year
_BASE_WORDS = tuple(_CFG["base_words"])  # 2024年（基期）: a base column, whatever its year
_GOAL_WORDS = tuple(_CFG["goal_words"])  # 2025年目标: never the base
_CAPTION_UNIT = re.compile(_CFG["caption_unit"])  # 单位：亿元 above a table with no unit column
_ROW_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_TITLE_NOTE = re.compile(_CFG["title_note"])  # 说明：… between a table's title and its header
_MONEY_NOT = re.compile("|".join(map(re.escape, _CFG["money_not_goals"])))  # 发放创业担保贷款 | 亿元
_MAGNITUDE = re.compile("^(?:" + "|".join(rules()["targets"]["magnitudes"]) + ")")
_UNITS = frozenset(rules()["targets"]["units"])
_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")  # the year in a table's title
_TITLE_MAX = 40  # a title is a short line
_SERIAL = _CFG["serial_header"]
_FLAT_CELL = int(_CFG["flat_cell"])
# an indicator cell on a line of its own: a flattened table may be in the text
_FLAT_GATE = re.compile(
    r"^[ \u3000]*(?:" + "|".join(map(re.escape, sorted(_INDICATOR_CELLS, key=len, reverse=True))) + r")[ \u3000]*$", re.M
)


@dataclass(frozen=True)
class IndicatorRow:
    """One row of a table of indicators: its goal in the last year's column."""

    start: int  # the row's offset in the text
    end: int
    indicator: str
    value: float
    unit: str
    year: int | None
    timed: bool = True  # False: a goal column with neither a year nor a time-limit column


class _Head(NamedTuple):
    """A header row's columns: the indicator's, the unit's, the goal's; the goal's year; the time-limit column."""

    ind: int
    unit: int | None
    goal: int
    year: int | None  # None: a goal column (目标值), its rows due by their time-limit cells
    time: int | None
    growth: tuple[int, str, str] | None = None  # a column of yearly growth (年均增长（%）): column, word, unit
    milestones: tuple[tuple[int, int], ...] = ()  # earlier goal columns, (column, year): 2025年 | 2026年 | 2027年
    caption: str = ""  # the unit on the line above the table (单位：亿元), when it has no unit column
    totals: int | None = None  # a column of totals over the plan's years ([累计]), due by the goal's year


def _cell_year(cell: str) -> int | None:
    """The year of a header's year cell (``2025年``, ``目标值（2027年）``), or the last year of the plan
    period a goal cell names (``“十四五”目标`` -> 2025); None for any other cell."""
    if (m := _YEAR_CELL.fullmatch(cell)) is not None:
        return int(m.group(1))
    if (p := _PERIOD_CELL.fullmatch(cell)) is not None:
        return int(_PERIODS[p.group(1)])
    return None


def _header(cells: list[str], doc_year: int | None = None, lead: str = "") -> _Head | None:
    """``(indicator column, unit column or None, goal column, goal year, time-limit column)`` of
    a header row: the goal is the last year's column, else a goal column (目标值) whose rows are due
    by their time-limit cells (the year None, the time-limit column None when there is none).
    ``lead`` is the line before the table (分年度目标如下：)."""
    ind = max((i for i, c in enumerate(cells) if c in _INDICATOR_CELLS), default=None)  # 二级指标 | 三级指标: the deepest
    if ind is None:
        return None
    unit = next((i for i, c in enumerate(cells) if c in _UNIT_CELLS), None)
    cols = [(y, i, any(w in c for w in _BASE_WORDS)) for i, c in enumerate(cells) if (y := _cell_year(c)) is not None]
    years = [(y, i) for y, i, base in cols if not base]  # not 2024年（基期）
    if not years:
        goal = next((i for i, c in enumerate(cells) if c in _GOAL_CELLS), None)
        if goal is None:
            return None
        return _Head(ind, unit, goal, None, next((i for i, c in enumerate(cells) if c in _TIME_CELLS), None))
    year, col = max(years)
    growth = next(((i, g.group(1), g.group(2) or "%") for i, c in enumerate(cells) if (g := _GROWTH_CELL.fullmatch(c))), None)
    # a goal for each year from the document's own (2024年（基期） | 2025年 | 2026年 | 2027年); with no
    # column named the base, the first year's is the base (2024年 | 2026年 | 2028年 in a 2024 plan), unless
    # it is named a goal
    goal_named = bool(years) and any(w in cells[years[0][1]] for w in _GOAL_WORDS)  # 2025年目标 | 2026年目标
    ahead = bool(years) and doc_year is not None and min(years)[0] > doc_year  # 2025年 | 2027年 in a 2024 plan
    later = years if any(base for _, _, base in cols) or goal_named or ahead or _yearly(years, doc_year, lead) else years[1:]
    milestones = tuple((i, y) for y, i in later if i != col and doc_year is not None and y >= doc_year)
    totals = next((i for i, c in enumerate(cells) if _TOTAL_CELL.fullmatch(c)), None)
    if totals is None and growth is not None and "累计" in cells[growth[0]]:
        totals = growth[0]  # 年均增长/〔累计〕: a growth in a plain cell, a total in a bracketed one
    return _Head(ind, unit, col, year, None, growth, milestones, totals=totals)


def _yearly(years: list[tuple[int, int]], doc_year: int | None, lead: str) -> bool:
    """Whether the year columns are a schedule of yearly goals from the document's own year, one
    year after another, under a line that says so (``分年度目标如下：`` above ``2023年 | 2024年 |
    2025年`` in a plan of 2023): each a goal, the first no base."""
    ys = sorted(y for y, _ in years)
    return (doc_year is not None and len(ys) >= _YEARLY and ys[0] == doc_year and bool(_YEARLY_LEAD.search(lead))
            and all(b - a == 1 for a, b in itertools.pairwise(ys)))


def _due(cells: list[str], head: _Head) -> int | None:
    """The year a row is due by: its header's, else the first year of its time-limit cell."""
    if head.year is not None or head.time is None or head.time >= len(cells):
        return head.year
    m = _TIME_YEAR.search(cells[head.time])
    return int(m.group()) if m else None


def _timed(head: _Head) -> bool:
    """Whether the table says when its goals are due: a year column or a time-limit column."""
    return head.year is not None or head.time is not None


def _merged_left(cells: list[str], ind: int) -> str:
    """An empty indicator cell's name in a cell merged over it from the left (an HTML or Word cell
    spanning 类别 and 指标 stands at its first column): the nearest cell before it, if not a serial."""
    left = next((c for c in reversed(cells[:ind]) if c), "")
    return "" if left.isdigit() else left


def _row(cells: list[str], head: _Head, words: bool = False) -> tuple[str, float, str] | None:
    """A row's goal in the column ``head.goal``; with ``words``, also a goal in Chinese numerals (三百)."""
    ind, unit_col, col = head.ind, head.unit, head.goal
    if max(ind, col, unit_col or 0) >= len(cells):
        return None
    m = _VALUE.fullmatch(cells[col]) or (_VALUE_WORDS.fullmatch(cells[col]) if words else None)
    num = None if m is None else to_number(m.group("num"))
    if m is None or num is None:
        return None
    name = cells[ind] or _merged_left(cells, ind)  # 养老床位总数 spanning 类别 and 指标 (colspan)
    unit = cells[unit_col] if unit_col is not None else ""
    mag = m.groupdict().get("mag") or ""  # 1.5万 in a 家 column: 万家; 1.2万人次 glued
    unit = _unwrap(unit.strip())  # （%）: the unit in brackets; 万头（只）: a unit with a bracket of its own
    unit = mag + unit if unit else (mag + m.group("unit") if m.groupdict().get("unit") else "") or head.caption
    if m.groupdict().get("unit") in _CELL_UNITS:  # % | 68 | 下降5个百分点: the change's own unit
        unit = m.group("unit")
    if not unit:
        u = _UNIT_IN_NAME.search(name)
        unit = u.group(1) if u else ""
    if not name or not unit or num == 0:  # 0 起: a zero goal (GUIDE: 零), no target
        return None
    name = _UNIT_IN_NAME.sub("", name).strip()
    if _lent(name, unit):
        return None
    return name, num, unit


def _unwrap(cell: str) -> str:
    """A unit cell without the brackets around it (``（%）`` -> ``%``), not a bracket inside it (``万头（只）``)."""
    if cell[:1] in "（([【" and cell[-1:] in "）)]】" and not any(c in cell[1:-1] for c in "（）()[]【】"):
        return cell[1:-1].strip()
    return cell


def _lent(name: str, unit: str) -> bool:
    """Whether a row in money counts a loan, a subsidy or a guarantee (发放创业担保贷款 | 亿元), not a
    measure of it (贷款余额): no goal."""
    cfg = _rules()
    if _MAGNITUDE.sub("", unit) not in cfg.money_units:
        return False
    hits = list(_MONEY_NOT.finditer(name))
    return bool(hits) and not name.startswith(cfg.named_heads, hits[-1].end())


def _goals(cells: list[str], head: _Head, words: bool = False) -> list[tuple[str, float, str, int | None]]:
    """A row's goals: one per year from the document's own (also when the last year's cell is empty, ``—``), the
    last year's, its yearly growth, its total over the plan's years (``[累计]``: also when the year cells are
    empty, ``—``)."""
    got = _row(cells, head, words)
    due = _due(cells, head)
    out: list[tuple[str, float, str, int | None]] = []
    # a milestone's goal also when the last year's cell is empty (省级以上创新平台 | 210 | 300 | —)
    out.extend((*m, y) for i, y in head.milestones if (m := _row(cells, head._replace(goal=i))) is not None)
    if got is not None:
        out.append((*got, due))
        if (grew := _growth(cells, head, got[0])) is not None:  # 年均增长（%）
            out.append((*grew, due))
    elif head.growth is not None and head.ind < len(cells) and (name := _UNIT_IN_NAME.sub("", cells[head.ind]).strip()):
        # 地区生产总值增长（%） | 5.3 | — | 5.5左右: the year cell empty, the growth column holds the row's goal
        if (grew := _growth(cells, head, name)) is not None:
            out.append((name if name.endswith(_GROWN) else grew[0], *grew[1:], due))
    if (head.totals is not None and (head.growth is None or head.totals != head.growth[0]
                                     or _shared_total(cells, head, head.totals))
            and (total := _row(cells, head._replace(goal=head.totals))) is not None):
        out.append((*total, due))  # [18]: 五年累计数
    return out


def _shared_total(cells: list[str], head: _Head, col: int) -> bool:
    """Whether the cell at ``col`` is a bracketed total (〔5000〕) in a column of growth and totals."""
    return (head.growth is not None and head.totals == head.growth[0] == col and col < len(cells)
            and bool(_BRACKETED.match(cells[col])))


def _growth(cells: list[str], head: _Head, name: str) -> tuple[str, float, str] | None:
    """The row's yearly growth in the growth column (``服务业增加值年均增长``, 12, ``%``), if a number
    (not a bracketed total in a column of both, ``年均增长/〔累计〕``)."""
    if head.growth is None or head.growth[0] >= len(cells) or _shared_total(cells, head, head.growth[0]):
        return None
    m = _VALUE.fullmatch(cells[head.growth[0]])
    return None if m is None else (name + head.growth[1], float(m.group("num")), m.group("unit") or head.growth[2])


def _header_cell(cell: str) -> bool:
    return (cell in _INDICATOR_CELLS or cell in _UNIT_CELLS or cell in _OTHER_CELLS or cell in _GOAL_CELLS
            or cell in _TIME_CELLS or _cell_year(cell) is not None or bool(_GROWTH_CELL.fullmatch(cell))
            or bool(_TOTAL_CELL.fullmatch(cell)))


def _flat_rows(text: str, year: int | None) -> list[IndicatorRow]:
    """The rows of tables flattened one cell per line: a header of one cell per line (a run of
    header cells after a line that is none), then rows of as many lines, each opening with its
    serial number when the header opens with the serial cell, else each reading as a row."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for ln in text.split("\n"):
        lines.append((pos, ln.strip()))
        pos += len(ln) + 1
    out: list[IndicatorRow] = []
    i = 0
    while i < len(lines):
        if not _header_cell(lines[i][1]) or (i and _header_cell(lines[i - 1][1])):
            i += 1
            continue
        j = i
        while j < len(lines) and _header_cell(lines[j][1]):
            j += 1
        cells = [c for _, c in lines[i:j]]
        head = _header(cells, year)
        if head is None or (year is not None and head.year is not None and head.year < year):
            i = max(j, i + 1)
            continue
        serial = cells[0] == _SERIAL
        group = cells[0] in _GROUP_CELLS  # 类别 merged down: printed in its group's first row only
        k = len(cells)
        while True:
            got = _flat_row(lines, j, k, k, head, serial)
            if (got is None or not got[0]) and group:
                got = _flat_row(lines, j, k - 1, k, head, serial) or got  # a row without its 类别 cell
            if got is None:
                break
            goals, width = got
            out.extend(goals)
            if not goals and not serial:
                break
            j += width
        i = j
    return out


def _flat_row(lines: list[tuple[int, str]], j: int, width: int, full: int, head: _Head,
              serial: bool) -> tuple[list[IndicatorRow], int] | None:
    """The goals of the flattened row of ``width`` lines at line ``j`` and its width: the header's
    ``full`` width, or one line fewer (its merged first cell, 类别, printed in its group's first row
    only, read as empty); None when those lines are no row."""
    if j + width > len(lines):
        return None
    row = [c for _, c in lines[j : j + width]]
    if (serial and not row[0].isdigit()) or any(not c or len(c) > _FLAT_CELL or "。" in c for c in row):
        return None
    cells = row if width == full else ["", *row]
    end = lines[j + width - 1][0] + len(lines[j + width - 1][1])
    return [IndicatorRow(lines[j][0], end, *g, _timed(head)) for g in _goals(cells, head)], width



def _spaced_to_tabs(text: str) -> str:
    """``text`` with each line that gaps of spaces split into enough cells (``指标  单位  2025年目标``) and that
    holds no tab written with a tab opening each gap (the gap's other spaces kept: the offsets stay)."""
    if not _SPACED_GAP.search(text):
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if "\t" not in line and len(_SPACED_GAP.findall(line)) + 1 >= _SPACED_MIN:
            lines[k] = _SPACED_GAP.sub(lambda g: "\t" + g.group()[1:], line)
    return "\n".join(lines)


def indicator_rows(text: str, year: int | None = None, doc_title: str = "") -> list[IndicatorRow]:
    """The goals of the tables of indicators in ``text`` (none whose year is before ``year``, the
    document's own: a table of what was reached); ``doc_title``, the document's, names a table by
    place that has no title line of its own."""
    flat = _FLAT_GATE.search(text) is not None
    text = _spaced_to_tabs(text)
    out: list[IndicatorRow] = _flat_rows(text, year) if flat else []
    out.extend(IndicatorRow(a, b, n, v, u, due, due is not None) for a, b, n, v, u, due in flat_splits(text, doc_title))
    if "\t" not in text:
        return sorted(out, key=lambda r: r.start)
    head: _Head | None = None
    split: Split | None = None  # a table of targets by place
    after_year_header = False
    title = ""  # the last line before the table: its title, its unit (单位：亿元)
    heading = ""  # the last line before the table that is no note (说明：…, 单位：人): its title
    pos = 0
    lines = text.split("\n")
    digits = False  # the table's goal cells give digits: a cell in words (三百) reads as they do
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            head, split, after_year_header = None, None, False  # the table ended
            title = line.strip() or title
            heading = heading if _TITLE_NOTE.match(title) else title
            continue
        cells = [c.strip() for c in line.split("\t")]
        new = _header(cells, year, title)
        if new is not None:
            if new.year is None and after_year_header:
                continue  # a second header row (目标值 | 属性 under a merged 2010年): the year's header holds
            caption = _CAPTION_UNIT.search(title)
            new = new._replace(caption=caption.group(1) if caption else "")
            head = new if year is None or new.year is None or new.year >= year else None
            below = itertools.takewhile(lambda x: "\t" in x, lines[i + 1 :])
            digits = any(_VALUE.fullmatch((x.split("\t") + [""] * new.goal)[new.goal].strip()) for x in below)
            after_year_header = new.year is not None
            continue
        after_year_header = False
        caption = _CAPTION_UNIT.search(title)
        if head is None and split is None and (
            split := split_header(cells, heading, doc_title, caption.group(1) if caption else "")
        ) is not None:
            continue
        if split is not None:  # due by its row's year (年度 | …), its title's (2026年各县…分解表), else as a sentence
            row_year = _ROW_YEAR.fullmatch(cells[split.place]) if split.place < len(cells) else None
            due = row_year or (_TITLE_YEAR.search(heading) if len(heading) <= _TITLE_MAX and "。" not in heading else None)
            out.extend(IndicatorRow(start, start + len(line), *g, int(due.group(1) if row_year else due.group()) if due else None,
                                    due is not None) for g in split_goals(cells, split))
            continue
        if head is None:
            continue
        out.extend(IndicatorRow(start, start + len(line), *g, _timed(head)) for g in _goals(cells, head, digits))
    return sorted(out, key=lambda r: r.start)
