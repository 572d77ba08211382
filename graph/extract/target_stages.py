"""Named stages of target extraction (GUIDE.md "Targets"), each a test a number passes or fails as a
whole: what in its clause commits to it (``_cued``), whether an amount of money is a size to reach
(``_money_goal``), which exclusion words of its clause bear on it (``context_hits``), and whether it
stands under a heading that reviews the past (``in_review``). ``extract_targets`` runs them in turn."""

from __future__ import annotations

import bisect
import re

from ..data import rules
from ..model import Target
from .indicators import _indicator, _trim_head, line_label
from .structure import PathIndex, label_length
from .target_filters import (
    _CAP,
    _FILTERS,
    _LIST_JOINERS,
    _MONEY_QUALIFIES,
    _continues,
    describes_other,
    money_qualifies_count,
)
from .target_rules import _Rules
from .time_cells import _TIME_CELL

_REVIEW, _REVIEW_NOT = re.compile(_FILTERS["review_heading"]), re.compile(_FILTERS["review_not"])
_HEADING_MAX = 30  # a unit's heading: its first line or run-in sentence, this long at most
_BASELINE = re.compile(_FILTERS["baseline_span"])  # 由目前的58%提高到: the value a change starts from


def own_amount(text: str, after: int, start: int, cfg: _Rules) -> bool:
    """Whether a threshold word has its own amount between it and the number, with the noun it
    qualifies after that amount (``营业收入超百亿元企业达到8家``), not a list of amounts the word
    governs (``分别不超过20个和10个``)."""
    own = cfg.pattern.search(text, after, start)
    return own is not None and len(text[own.end() : start].strip(_LIST_JOINERS + "，")) >= 2


def in_baseline(text: str, word: tuple[int, int], start: int, clause: tuple[int, int]) -> bool:
    """Whether a word stands in the value a change starts from, before the number the change goes to
    (``由目前的58%提高到68%``: 目前 describes the 58%, not the goal 68%)."""
    k = text.rfind("由", clause[0], word[0] + 1)
    return k >= 0 and word[1] <= start and _BASELINE.fullmatch(text, k, start) is not None


_BASE_ASIDE = re.compile(_FILTERS["base_aside"])
_ASIDE_REACH = 24  # characters from a bracket's opening to a number inside it


def in_base_aside(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a bracket that gives the base of the goal right before it (``达到95%（2020年已达
    90%）``, ``（目前为58%）``): a bracket opening with a year or a word of the present, a digit just before it."""
    k = max(text.rfind("（", max(0, pos - _ASIDE_REACH), pos), text.rfind("(", max(0, pos - _ASIDE_REACH), pos))
    return (k > 0 and not any(c in text[k:pos] for c in "）)") and _BASE_ASIDE.match(text, k) is not None
            and _DIGIT_BEFORE.search(text, max(0, k - 6), k) is not None)


_DIGIT_BEFORE = re.compile(r"\d")
_MILESTONE = re.compile(_FILTERS["milestone_aside"])


def aside_due(text: str, pos: int) -> int | None:
    """The due year opening a bracket ``pos`` stands in, right after a goal (``建成公园30个（2023年底前建成10个）``): a
    milestone of the goal, due by its own year."""
    k = max(text.rfind("（", max(0, pos - _ASIDE_REACH), pos), text.rfind("(", max(0, pos - _ASIDE_REACH), pos))
    if k <= 0 or any(c in text[k:pos] for c in "）)") or _DIGIT_BEFORE.search(text, max(0, k - 6), k) is None:
        return None
    m = _MILESTONE.match(text, k)
    return int(m.group(1)) if m else None


def context_hits(text: str, number: tuple[int, int], unit_word: str, clause: tuple[int, int], cfg: _Rules) -> set[str]:
    """The words of ``exclude_context`` in a number's clause that bear on the number (the clause
    describes the present, a rule, the document): not one in a 的-phrase or with its own amount that
    qualifies the counted noun (``营业收入超50亿元的企业三家``), not an adjective (``补贴性职业培训``),
    not one describing another thing (``65岁及以上老年人``), not one in a “name”, nor one in the value
    a change starts from (``由目前的58%提高到68%``)."""
    start = number[0]
    return {
        h.group() for h in cfg.excluded.finditer(text, clause[0], clause[1])
        if not (h.group() in cfg.qualifying and h.end() <= start and (
            "的" in text[h.end() - 1 : start] or own_amount(text, h.end(), start, cfg)))
        and not text.startswith(cfg.not_before, h.end())
        and not describes_other(text, h.span(), number, unit_word, clause, cfg)
        and text.count("“", clause[0], h.start()) <= text.count("”", clause[0], h.start())
        and not in_baseline(text, h.span(), start, clause)
        and not (h.start() > start and in_base_aside(text, h.start()))  # 95%（2020年已达90%）: the aside's, not the goal's
    }


def in_review(text: str, index: PathIndex, pos: int) -> bool:
    """Whether the number stands in a numbered unit, or under one, whose heading names a review of
    what was done (``一、2024年工作回顾``, ``一、发展基础``): it counts the past, no goal."""
    i = bisect.bisect_right(index.starts, pos) - 1
    if i < 0 or pos >= index.units[i].span.end:
        return False
    path = index.units[i].path
    while i >= 0 and path:
        unit = index.units[i]
        if unit.path == path:
            stop = min(unit.span.end, unit.body_start + _HEADING_MAX + 1)
            end = min(x for x in (text.find("\n", unit.body_start, stop), text.find("。", unit.body_start, stop), stop) if x >= 0)
            heading = text[unit.body_start : end]
            if len(heading) <= _HEADING_MAX and _REVIEW.search(heading) and not _REVIEW_NOT.search(heading):
                return True
            path = path[:-1]
        i -= 1
    return False


_DEADLINE_HEADERS = frozenset(rules()["tables"]["deadline_headers"])
_HEADER_REACH = 80  # rows of a table looked up for its header
_FLAT_PROSE = int(_FILTERS["prose_line"])  # a line this long with a 。: prose, no cell


def _row_due(text: str, end: int) -> bool:
    """Whether the number stands in a row of a task table (cells joined by tabs, a deadline column
    in its header: 完成时限, 时间节点 …) whose later cell is a time limit (``组织企业参加境外展会
    200场次\t对外贸易处\t2020年12月底``): the row commits to it. Not a register's row with dates
    (``8项检定项目\t2020年3月13日`` under 有效期自)."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    if "\t" not in rest or not any(_TIME_CELL.fullmatch(c.strip()) for c in rest.split("\t")[1:] if c.strip()):
        return False
    pos = text.rfind("\n", 0, end)
    for _ in range(_HEADER_REACH):
        if pos < 0:
            return False
        prev = text.rfind("\n", 0, pos)
        line = text[prev + 1 : pos]
        if "\t" not in line:
            return False
        if _DEADLINE_HEADERS & {c.strip() for c in line.split("\t")}:
            return True
        pos = prev
    return False


_SERIAL_LINE = re.compile(r"\d{1,3}")  # a row's serial number on a line of its own
_CELL_YEAR = re.compile(r"(\d{4})年")
_FLAT_REACH, _FLAT_CELLS = 3000, 4  # characters back to the header; lines on to the row's time cell


def flat_row_due(text: str, cell: tuple[int, int]) -> int | None:
    """The year of the time-limit cell of a row of a task table printed one cell per line (``序号`` / ``项目名称`` /
    ``目标任务`` / ``完成时限``, then each row's cells on lines of their own), for the goal in the cell ``cell``
    (a line holding no year of its own): the first line after it that holds only a time (``2025年8月底前``), before
    the next row's serial number; no line of prose between the header and the cell."""
    a, b = cell
    if text[b : b + 1] != "\n" or _CELL_YEAR.search(text, a, b):
        return None
    lo = max(0, a - _FLAT_REACH)
    head = max(text.rfind("\n" + h + "\n", lo, a) for h in _DEADLINE_HEADERS)
    if head < 0 or any(len(ln) >= _FLAT_PROSE and "。" in ln for ln in text[head:a].split("\n")):
        return None
    pos = b + 1
    for _ in range(_FLAT_CELLS):
        end = text.find("\n", pos)
        line = text[pos : len(text) if end < 0 else end].strip()
        if not line or _SERIAL_LINE.fullmatch(line):
            return None
        if _TIME_CELL.fullmatch(line) and (m := _CELL_YEAR.search(line)):
            return int(m.group(1))
        if end < 0:
            return None
        pos = end + 1
    return None


def _money_goes_on(text: str, out: list[Target], clause: tuple[int, int], span: tuple[int, int], cfg: _Rules) -> bool:
    """Whether an amount whose clause names no noun goes on the money target right before it in its
    sentence (``营业收入突破8000亿元，力争2027年迈上万亿元台阶``), or on the target before it that
    measures money by another unit (``营业收入较2023年增长50%，突破1500亿元``)."""
    return (bool(out) and (out[-1].unit in cfg.money_units or out[-1].indicator.endswith(cfg.money_heads))
            and not _indicator(text, *span, clause)
            and not any(c in text[out[-1].span.end : span[0]] for c in "。；\n"))


def _cued(text: str, out: list[Target], clause: tuple[int, int], number: tuple[int, int], unit_word: str,
          unit: str, cfg: _Rules) -> bool:
    """Whether something in the number's clause commits to it (its cue stage; a label line, ``——名称：值``,
    is checked by the caller): a cue up to the number (``达到``, ``新增``), one opening the clause
    (``治理退化草原150万亩``), a point cue with 个百分点 (``增速高于…1个百分点``, ``比全国快1个百分点``),
    a cue right before the number (``转型率提高10%``),
    a ratio cue with a unit per a denominator (``不高于20毫克/升``), a compared cue after 较 / 比
    (``较上年增加300万亩``), the list of targets the clause continues (``其中…800人``), a time-limit
    cell after it in its row (``…200场次\t…\t2020年12月底``), or a cue after it when a word naming whom the
    act serves opens the clause right before it (``为200户…家庭实施…改造``)."""
    start, end = number
    near = text[clause[0] : min(clause[1], end + 4)]
    return bool(
        cfg.any_cue.search(near)
        or opened_by_cue(near, cfg)  # 1．整治背街小巷80条, 全旗落实草原禁牧面积220万亩
        or (unit_word == cfg.point_unit and cfg.point_cue.search(near))
        or ("/" in unit_word and cfg.ratio_cue.search(near))
        or (unit_word == cfg.point_unit
            and text[max(0, start - max(map(len, cfg.point_before), default=0)) : start].endswith(cfg.point_before))
        or text[max(0, start - max(map(len, cfg.right_before), default=0)) : start].endswith(cfg.right_before)
        or cfg.compared_cue.search(text, clause[0], start)
        or _continues(text, out, clause, start, unit)
        or _row_due(text, end)
        or (text[clause[0] : start].strip() in cfg.benefactive and cfg.any_cue.search(text, end, clause[1]) is not None)
    )


def opened_by_cue(near: str, cfg: _Rules) -> bool:
    """Whether a clause (``near``: from its start) opens with a cue that counts only there (``治理``,
    ``种植``), after its label and a scope (``全市``), or with a scoped cue right after a scope (``全旗落实``)."""
    head = near[label_length(near) :].lstrip(" 　—－-")
    scope = next((len(w) for w in cfg.opening_scope if head.startswith(w)), 0)  # 全市种植烤烟5万亩
    head = head[scope:]
    return head.startswith(cfg.opening_cues) or (scope > 0 and head.startswith(cfg.scoped_cues))


_RESPECTIVELY = str(rules()["targets"]["deadlines"]["respective"])  # 分别


def _shared_head(text: str, clause: tuple[int, int], start: int) -> str:
    """The words before 分别 in the number's clause, whose last item's head the items share
    (``脱贫人口、监测对象人均纯收入分别达到1.5万元、1.2万元``: …人均纯收入); "" without 分别."""
    k = text.find(_RESPECTIVELY, clause[0], start)
    return text[clause[0] : k].rstrip() if k >= 0 else ""


def _money_goal(text: str, out: list[Target], clause: tuple[int, int], number: tuple[int, int], label: str,
                cfg: _Rules) -> bool:
    """Whether an amount of money is a size to reach (its money stage), not money granted, a cap or a
    threshold: not a cap (``控制在七千万元以内``), nor one qualifying a noun (``营业收入超50亿元的企业``,
    ``产值超10亿元企业15户``); and its clause names a size (``产值``, ``营业收入达到``), or its indicator,
    the head a 分别 list shares (``脱贫人口、监测对象人均纯收入分别达到1.5万元、1.2万元``) or its label ends
    with the head of a measure (``收入``, ``规模``), or it goes on the money target before it
    (``…8000亿元，力争2027年迈上万亿元台阶``)."""
    start, end = number
    if _CAP.match(text, end) or _MONEY_QUALIFIES.match(text, end) or money_qualifies_count(text, start, end, clause):
        return False
    return bool(
        cfg.money_ok.search(text, clause[0], clause[1])
        or _indicator(text, start, end, clause).endswith(cfg.money_heads)
        or _shared_head(text, clause, start).endswith(cfg.money_heads)
        or (label and (cfg.money_ok.search(label) or label.endswith(cfg.money_heads)))
        or line_label(text, clause[0], start, end, whole_line=False).endswith(cfg.money_heads)  # 1．海洋生产总值：达到1500亿元，…
        or _money_goes_on(text, out, clause, number, cfg)
        or _multiplied_before(text, clause, cfg)
    )


_MULTIPLE = tuple(rules()["targets"]["money_multiple"])


def _multiplied_before(text: str, clause: tuple[int, int], cfg: _Rules) -> bool:
    """Whether the clause right before ``clause`` in its sentence names a size to reach in money and says it multiplies
    (``数字经济规模实现翻一番，达到2000亿元``): the amount is the size the multiple reaches."""
    before = _clause_before(text, clause)
    return any(w in before for w in _MULTIPLE) and cfg.money_ok.search(before) is not None


_MULTIPLE_END = re.compile(rules()["targets"]["multiple_name_end"])


def _clause_before(text: str, clause: tuple[int, int]) -> str:
    """The clause right before ``clause`` in its sentence, or ``""``."""
    if text[clause[0] - 1 : clause[0]] != "，":
        return ""
    a = max(text.rfind(c, 0, clause[0] - 1) for c in "，。；！？：\n") + 1
    return text[a : clause[0] - 1]


def multiplied_name(text: str, clause: tuple[int, int]) -> str:
    """The name of the size the clause before says multiplies, for an amount whose own clause names none
    (``全市数字经济规模实现翻一番，达到2000亿元`` -> ``数字经济规模``); else ``""``."""
    before = _clause_before(text, clause)
    if not any(w in before for w in _MULTIPLE) or (m := _MULTIPLE_END.search(before)) is None:
        return ""
    return _trim_head(before[: m.start()])
