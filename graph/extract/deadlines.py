"""The deadline of a target (GUIDE.md "Targets": deadline): the year, or the end of the plan
period, that governs its number in its sentence, paragraph or numbered unit."""

from __future__ import annotations

import bisect
import re

from ..data import rules
from ..model import Unit
from .spans import enclosing
from .structure import PathIndex
from .target_rules import _rules, year_value
from .time_cells import row_end
from .time_cells import time_cell as _time_cell

_DUE = rules()["targets"]["deadlines"]
_SERIAL = re.compile(_DUE["serial"])  # 2019年第237号 (not 2020年第一季度)
_MONTH_DAY = re.compile(_DUE["month_day"])
_DUE_FORM = re.compile(_DUE["due_form"])  # 2020年底前, 2020年前


_NOT_PERIOD_AFTER = tuple(_DUE["not_period_after"])
_COMPARED_BEFORE = tuple(_DUE["compared_before"])
_NOT_YEAR_AFTER = tuple(_DUE["not_year_after"])
_DUE_BEFORE = tuple(_DUE["due_before"])
_TITLE_MARK = re.compile("[《》]")
_TITLE_WINDOW = 200


def _in_cited_title(text: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside a 《title》 opened in the ``_TITLE_WINDOW`` characters before it
    (from ``start`` at most). A 》 that closes a title opened before the window is not counted:
    ``《…法》…《行动计划（2021—2023年）》`` with the first 《 out of the window."""
    depth = 0
    for m in _TITLE_MARK.finditer(text, max(start, at - _TITLE_WINDOW), at):
        depth = depth + 1 if m.group() == "《" else max(0, depth - 1)
    return depth > 0


class _Due(int):
    """A deadline year that remembers the plan period it ends (``“十四五”期间`` -> 2025, 十四五)."""

    period: str

    def __new__(cls, year: int, period: str = "") -> _Due:
        due = int.__new__(cls, year)
        due.period = period
        return due


def _when(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(start, end, year)`` of each time in ``text[start:end]`` a target can be due by, in order:
    a year, or the last year of a plan period (``“十四五”期间`` -> 2025).

    Not a year a change is measured from (``比2012年下降30%``, ``较2015年``, ``与2015年相比``,
    ``以2015年为基期``: see ``not_year_after``), nor a year something starts from (``自2019年起``, ``2019年开始``), nor the
    year of an announcement's number or of an edition (``2019年第237号``, ``2019年版``), nor a
    year inside a 《title》. A range of years (``2021—2025年``, ``2021年至2025年``) gives its last
    year, the one that ends it.
    """
    cfg = _rules()
    out: list[tuple[int, int, int]] = []
    for w in cfg.when.finditer(text, start, end):
        a, b = w.span()
        if _in_cited_title(text, start, a):
            continue
        if w.group("p"):
            if text.startswith(_NOT_PERIOD_AFTER, b):
                continue
            out.append((a, b, _Due(cfg.periods[w.group("p")], w.group("p"))))
            continue
        if text[a - 1 : a] in _COMPARED_BEFORE:
            continue
        if text.startswith(_NOT_YEAR_AFTER, b) or _SERIAL.match(text, b):
            continue
        tail = _MONTH_DAY.match(text, b)
        after = tail.end() if tail else b
        if text.startswith(cfg.start_after, after):
            continue
        out.append((a, b, year_value(w.group("y"))))
    return out


def _due_years(text: str, start: int, end: int) -> list[int]:
    """The years in ``text[start:end]`` a target can be due in, in order (see :func:`_when`)."""
    return [y for _, _, y in _when(text, start, end)]


def _opening_year(text: str, start: int, end: int, year: int | None = None) -> int | None:
    """The year that opens the sentence at ``start`` (``到2025年，…``, ``“十四五”期间，…``,
    ``2020年底前，…``; ``截至2027年底，…`` only when not before the document's ``year``), if it opens it."""
    op = _rules().opening.match(text, start, end)
    pos = op.end() if op else start
    found = _when(text, pos, min(end, pos + 40))
    if found and found[0][0] == pos:
        if _rules().ahead.search(text, start, pos) and (year is None or found[0][2] < year):
            return None  # 截至2022年底，…已建成: the past
        return found[0][2]
    # a plan period opening a statement of goals: “十三五”科技创新的总体目标是：…
    bare = _BARE_PERIOD.match(text, pos, end)
    if bare and _DUE["goal_word"] in text[bare.end() : min(end, bare.end() + 20)].split("。")[0]:
        return _Due(_rules().periods[bare.group(1)], bare.group(1))
    return None


_BARE_PERIOD = re.compile(_DUE["bare_period"])


_SENTENCE_END = re.compile("[。！？]")
_SENT_START = re.compile(r"(?:^|(?<=[。；！？\n]))(?=.)", re.S)


def _sentence_openings(text: str, start: int, end: int, year: int | None = None) -> list[tuple[int, int]]:
    """``(offset, year)`` of each sentence in ``text[start:end]`` that opens with a year."""
    out = []
    for s in _starts(_SENT_END, text, start, end):
        y = _opening_year(text, s, end, year)
        if y is not None:
            out.append((s, y))
    return out


_PARA_START = re.compile(r"(?:^|(?<=\n))(?=.)", re.S)
_SENT_END, _LINE_END = re.compile("[。；！？\n]"), re.compile("\n")  # (what the lookbehinds above look for)


def _paragraph_openings(text: str, start: int, end: int, year: int | None = None) -> list[tuple[int, int]]:
    """``(offset, year)`` of each paragraph in ``text[start:end]`` that opens with a year."""
    out = []
    for s in _starts(_LINE_END, text, start, end):
        y = _opening_year(text, s, end, year)
        if y is not None:
            out.append((s, y))
    return out


def _starts(ends: re.Pattern[str], text: str, start: int, end: int) -> list[int]:
    """The offsets in ``[start, end)`` that open the text or follow a character of ``ends``: where
    :data:`_SENT_START` (``_SENT_END``) or :data:`_PARA_START` (``_LINE_END``) match, found from the
    ending characters (a lookbehind tried at every offset costs ten times as much)."""
    out = [0] if start == 0 < end else []
    out.extend(m.end() for m in ends.finditer(text, max(0, start - 1), max(0, end - 1)))
    return out


_RUN_IN = int(_DUE["run_in_heading"])
_RUN_IN_GOAL = int(_DUE["run_in_goal_heading"])


def _goal_openings(text: str, start: int, end: int, year: int | None = None) -> list[tuple[int, int]]:
    """``(offset, year)`` of the sentences of a unit's first paragraph (``text[start:end]``) that
    open with a year, when the paragraph's goals open with one: at its start or right after a
    short run-in heading (``（一）主要目标。到2020年，…。到2025年，…``); the last of them governs
    the unit's later paragraphs. Else none: a year in the middle of a paragraph of tasks
    (``…加强管理。到2019年，淘汰…``) governs its own paragraph only."""
    at_start = _opening_year(text, start, end, year)  # （二）到2020年，…
    found = ([(start, at_start)] if at_start is not None else []) + _sentence_openings(text, start, end, year)
    if not found:
        return []
    lead = text[start : found[0][0]]
    if found[0][0] == start or (lead.count("。") == 1 and lead.endswith("。") and len(lead) <= _RUN_IN):
        return found
    return []


def _run_in_year(text: str, start: int, end: int, year: int | None) -> int | None:
    """The year that opens a unit's first sentence (``（一）2018年目标。``, ``（二）2020年，完成…。``), or the year
    inside a run-in heading that names goals (``（二）远期目标（2023—2025年）。``, a range's last year: the unit's
    first sentence, at most ``run_in_goal_heading`` characters, with ``goal_word``), before the unit's next
    sentence at ``end``. Not a year before the document's ``year``."""
    opening = _opening_year(text, start, end, year)
    if opening is not None:
        return opening if year is None or opening >= year else None
    stop = text.find("。", start, end)
    if stop < 0 or stop + 1 - start > _RUN_IN_GOAL or _DUE["goal_word"] not in text[start:stop]:
        return None
    years = [y for _, _, y in _when(text, start, stop) if year is None or y >= year]
    return years[-1] if years else None


_YEAR_LIST = re.compile(_DUE["year_list"])
_RESPECTIVE = _DUE["respective"]
_FOUR = re.compile(r"(?:19|20)\d{2}")
_VALUE_RUN = re.compile(r"\d+(?:\.\d+)?")
_JOINERS = tuple(rules()["targets"]["filters"]["list_joiners"])  # 、和及与


def _respective_year(text: str, start: int, pos: int, end: int) -> int | None:
    """The year of a list of years (``到2025年、2027年，``) in the same place as the number at ``pos``
    in the 分别 list after it (``…分别达到12家、15家``: 15 -> 2027), or, without 分别, in a list of
    as many values as years (``…新建养老服务中心10个、15个``); None without such a pair. A year list
    joined by 至 is a range, no list (its last year governs)."""
    lists = list(_YEAR_LIST.finditer(text, start, pos))
    if not lists or "至" in lists[-1].group():
        return None
    years = [int(y) for y in _FOUR.findall(lists[-1].group())]
    k = text.rfind(_RESPECTIVE, lists[-1].end(), pos)  # the 分别 of the number's own list (…分别达到60%和65%，…分别达到4.5亿吨和5亿吨)
    if k < 0:
        values = _value_list(text, lists[-1].end(), pos, end)
        return years[values.index(pos)] if len(values) == len(years) and pos in values else None
    place = len(_VALUE_RUN.findall(text, k, pos))
    return years[place] if place < len(years) else None


def _value_list(text: str, start: int, pos: int, end: int) -> list[int]:
    """The starts of the numbers of the list that holds the number at ``pos``, between ``start`` and
    ``end``: each with its unit, joined to the next by one of ``list_joiners`` (``10个、15个``)."""
    runs: list[list[int]] = []
    last = -1
    for m in _rules().pattern.finditer(text, start, end):
        if runs and text[last : m.start()] in _JOINERS:
            runs[-1].append(m.start())
        else:
            runs.append([m.start()])
        last = m.end()
    return next((r for r in runs if pos in r), [])


def _clauses_before(text: str, start: int, year: int | None) -> int | None:
    """The year a clause of the same sentence before ``start`` (the start of a clause after a ；) is
    due by, printed as a due date (``2025年底前``, ``到2025年``, ``于2025年``), not before the document's
    ``year``: ``由市城乡建设局牵头，2025年底前建成…50个；…提高5个百分点`` (the sentence runs to its 。;
    its clauses split at ；). Not a year that only dates a clause's subject (``社会消费品零售总额2015年
    达到8000亿元；…``). The latest of them, as in a clause; the caller asks only when no sentence of
    the paragraph opens with a year."""
    if text[start - 1 : start] != "；":
        return None
    first = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    years = [y for a, b, y in _when(text, first, start)
             if (_DUE_FORM.match(text, b) or text[max(first, a - 1) : a] in _DUE_BEFORE)
             and (year is None or y >= year)]
    return max(years, key=int) if years else None


_LIST_ITEM = re.compile(_DUE["list_item"])


def _list_lead(text: str, para_start: int) -> int | None:
    """The start of the line a list of dash items opens with, when the paragraph at ``para_start``
    is one of its items (``2025年…主要预期目标是：`` then ``——…；`` lines): the line before the
    items, if it ends with a colon; else None."""
    if not _LIST_ITEM.match(text, para_start):
        return None
    pos = para_start
    while pos > 0:
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1]
        if not _LIST_ITEM.match(line):
            return prev if line.rstrip().endswith(("：", ":")) else None
        pos = prev
    return None


def _lead_year(text: str, lead: int, year: int | None) -> int | None:
    """The year of the line that leads a list of dash items (at ``lead``): the last of its sentences that
    opens with a year, as in a paragraph; a sentence of facts opening with a year before the document's
    governs nothing after it (``2023年，全区…突破2500亿元。2024年，力争实现：`` -> 2024)."""
    end = text.find("\n", lead)
    end = len(text) if end < 0 else end
    found = [y for a, y in _sentence_openings(text, lead, end, year)
             if year is None or y >= year or not _SENTENCE_END.search(text, a, end)]
    return found[-1] if found else None


def _governing_year(text: str, pos: int, sent: tuple[int, int], index: PathIndex, year: int | None) -> int | None:
    """The year that governs the target at ``pos`` (GUIDE "Targets": deadline).

    In order: the last year before it in its sentence (``到2023年，再生原料利用比例达到5%``), or
    a due year after it there (``…，2025年底前完成``) or in its table row's time-limit cell
    (``…2所\t县教育局\t2024年底``), or a plan period opening its sentence's statement of goals
    (``“十三五”科技创新的目标是：科技进步贡献率达到60%``); else the last year that opens a sentence of
    its paragraph before it (``到2020年，…。全国农机总动力超过10亿千瓦``, replaced by a later
    ``到2025年，``); else the last year that opens a paragraph of its numbered unit before it, or
    one in the unit's short heading (``（二）发展目标 / 到2023年，… / --培育3家…``), and then
    the same in the unit's parents' own text (their heading and the paragraphs before their first
    sub-unit). An item of a list of dash lines takes the year opening the line before the items when
    that line ends with a colon (``2025年…主要预期目标是：`` / ``——…增长6%左右；``), in a unit or not. A year inherited from the unit is not one before
    the document's own ``year``: a paragraph about the past does not govern the next ones.
    """
    years = _due_years(text, sent[0], pos)
    if years:
        each = _respective_year(text, sent[0], pos, sent[1])  # 到2025年、2027年，…分别达到12家、15家
        if each is not None and each in years:
            return each
        # a year earlier than one before it in the sentence describes a thing, it is not due:
        # 到2015年，淘汰2005年底前注册营运的黄标车… -> 2015
        return max(enumerate(years), key=lambda iy: (int(iy[1]), iy[0]))[1]
    for a, b, y in _when(text, pos, sent[1]):
        if _time_cell(text, a):  # the row's time limit
            return y
        if _DUE_FORM.match(text, b) or text[max(sent[0], a - 1) : a] in _DUE_BEFORE:
            # …120名，到2025年，比例达到85%: a year opening a clause with a number of its own governs that one
            if _rules().pattern.search(text, b, sent[1]) is None:
                return y
            break
    for a, _b, y in _when(text, sent[1], row_end(text, pos)):  # the row's time limit after its cell's sentence
        if _time_cell(text, a):
            return y
    own = _opening_year(text, sent[0], pos, year)  # “十三五”科技创新的目标是：科技进步贡献率达到60%
    if own is not None:
        return own
    para_start = enclosing(text, pos, "\n", window=4000)[0]
    u = index.unit_at(pos)
    if u is not None and para_start < u.body_start <= pos:
        para_start = u.body_start
    # a sentence opening with a year before the document's states a fact (2021年全市已建成充电桩5.6万个。):
    # its year does not govern the next sentences, as a paragraph about the past does not govern the next ones;
    # it still governs the later clauses of its own sentence (2015年，…达14220亿元；…达到9835亿元: the past)
    found = [(a, y) for a, y in _sentence_openings(text, para_start, sent[0], year)
             if year is None or y >= year or not _SENTENCE_END.search(text, a, sent[0])]
    if found:
        return found[-1][1]
    if u is not None and para_start == u.body_start < sent[0]:
        run_in = _run_in_year(text, para_start, sent[0], year)  # （一）2018年目标。城镇新增就业6万人以上
        if run_in is not None:
            return run_in
    before = _clauses_before(text, sent[0], year)  # 由…牵头，2025年底前建成…50个；…提高5个百分点
    if before is not None:
        return before
    lead = _list_lead(text, para_start)  # 2025年…主要预期目标是： / ——…增长6%左右；
    if lead is not None and (listed := _lead_year(text, lead, year)) is not None:
        return listed
    if u is None:
        return None

    def ok(y: int) -> bool:
        return year is None or y >= year

    # the unit's own text before the paragraph: its heading and earlier paragraphs
    def in_unit(unit: Unit, end: int) -> int | None:
        first = text.find("\n", unit.body_start, end)
        first = end if first < 0 else first
        found = [y for _, y in sorted(_goal_openings(text, unit.body_start, first, year) + _paragraph_openings(text, first, end, year)) if ok(y)]
        nl = text.find("\n", unit.body_start, end)
        heading = (unit.body_start, nl if nl >= 0 else end)
        if not found and heading[1] - heading[0] <= 40 and "。" not in text[heading[0] : heading[1]]:
            # a year anywhere in a heading: 二、2025年发展目标
            found = [y for _, _, y in _when(text, *heading) if ok(y)]
        return found[-1] if found else None

    got = in_unit(u, para_start)
    if got is not None:
        return got
    # the parents: the last unit before this one with each shorter path
    units = index.units
    i = bisect.bisect_right(index.starts, u.span.start) - 1
    for depth in range(len(u.path) - 1, 0, -1):
        prefix = u.path[:depth]
        j = i - 1
        while j >= 0 and units[j].path != prefix:
            j -= 1
        if j < 0:
            break
        got = in_unit(units[j], units[j].span.end)
        if got is not None:
            return got
        i = j
    return _items_lead(text, index, u, year)


def _items_lead(text: str, index: PathIndex, u: Unit, year: int | None) -> int | None:
    """The year of the line right before the first of the numbered items ``u`` (or a unit it is in) is one of
    (its siblings at its depth), when that line ends with a colon: ``2026年，街道将…办好以下八件民生实事，年底前
    全部完成：`` over ``一、…`` to ``八、…``, as the line leading a list of dash items gives its year
    (:func:`_lead_year`)."""
    units = index.units
    i = bisect.bisect_right(index.starts, u.span.start) - 1
    while i >= 0:
        u = units[i]
        first = i
        for j in range(i - 1, -1, -1):
            if len(units[j].path) > len(u.path):
                continue  # a sub-unit of an earlier sibling
            if len(units[j].path) < len(u.path) or units[j].path[:-1] != u.path[:-1]:
                break
            first = j
        line_start = text.rfind("\n", 0, units[first].span.start) + 1
        prev = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if line_start > 1 and text[prev : line_start - 1].rstrip().endswith(("：", ":")):
            return _lead_year(text, prev, year)
        # the unit this run of items is in: the last unit before its first with a shorter path
        i = next((j for j in range(first - 1, -1, -1) if units[j].path == u.path[:-1]), -1) if len(u.path) > 1 else -1
    return None
