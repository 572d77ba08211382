"""Quantitative targets (GUIDE.md "Targets").

>>> t = "到2020年，规模养殖场粪污处理设施装备配套率达到95%以上。"
>>> [(x.indicator, x.value, x.unit, x.deadline) for x in extract_targets(t)]
[('规模养殖场粪污处理设施装备配套率', 95.0, '%', 2020)]
"""

from __future__ import annotations

import re

from ..data import rules
from ..model import Span, Target, Unit
from .deadlines import (  # noqa: F401  (re-exported: the names this module has always offered)
    _BARE_PERIOD,
    _DUE_FORM,
    _MONTH_DAY,
    _PARA_START,
    _SENT_START,
    _SERIAL,
    _Due,
    _due_years,
    _governing_year,
    _opening_year,
    _paragraph_openings,
    _sentence_openings,
    _when,
)
from .document_kinds import reports_facts, states_facts
from .goal_lists import goal_item
from .indicator_tables import indicator_rows
from .indicators import (  # noqa: F401  (re-exported)
    _AFTER_CUT,
    _AFTER_NOT_NAME,
    _AFTER_TRIM,
    _CLOSE,
    _HEAD_COMPARED,
    _HEAD_TRIM,
    _HEAD_VERB,
    _LEAD_WORDS,
    _LIST_JOIN,
    _OPEN,
    _QUALIFIERS,
    _SHARED_HEAD,
    _TAIL_VERBS,
    _YEAR,
    _cut_at,
    _indicator,
    _split_top,
    _trim_head,
    _trim_quotes,
    _value_run,
    inherited,
    line_label,
    respective,
    sized_subject,
)
from .numbers import to_number
from .spans import Around
from .structure import PathIndex, numbered_units
from .target_filters import (  # noqa: F401  (re-exported)
    _CAP,
    _CONDITION_END,
    _DIGITS,
    _MONEY_QUALIFIES,
    _RATE_OF,
    _SENT,
    _SPACES,
    _THRESHOLD,
    _continues,
    _in_title,
    _not_a_goal,
    counts_noun,
    describes_other,
    in_project_row,
    money_qualifies_count,
    norm_indicator,
    per_capita_norm,
    project_tables,
    sampled,
    share_of_set,
)
from .target_rules import _CN, _any_of, _pattern, _Rules, _rules  # noqa: F401  (re-exported)
from .target_stages import (  # noqa: F401  (re-exported: the stages' helpers the tests reach through this module)
    _cued,
    _money_goal,
    _money_goes_on,
    _row_due,
    aside_due,
    context_hits,
    flat_row_due,
    in_base_aside,
    in_baseline,
    in_review,
    multiplied_name,
    opened_by_cue,
    own_amount,
)
from .time_cells import _TIME_CELL  # noqa: F401  (re-exported)

__all__ = ["extract_targets"]

_CLAUSE = "，。；！？：\n"


def _heads_name(words: set[str], indicator: str, cfg: _Rules) -> bool:
    """Whether each word heads the indicator's name: ends it (``高新技术企业营业收入``) or stands
    before its rate noun (``原煤入选率``), not a modifier of it (``入选名单的企业``)."""
    for w in words:
        at = indicator.rfind(w)
        if at < 0:
            return False
        rest = indicator[at + len(w) :]
        if rest and not rest.startswith(cfg.named_heads):
            return False
    return True


def _closes_phrase(text: str, start: int, end: int, cfg: _Rules) -> bool:
    """Whether a Chinese numeral with its unit closes a noun phrase (``…园区三个，``): a noun right
    before it, and the clause, a list item or a bracket right after it (its cue must open the
    phrase earlier in the clause: checked by the caller)."""
    return bool(cfg.numeral_after_noun.search(text, max(0, start - 1), start)) and bool(
        cfg.numeral_closes.match(text[end : end + 4])
    )


def _in_phrase(text: str, start: int, cfg: _Rules) -> bool:
    """Whether the numeral at ``start`` is part of a fixed phrase (``实现一次告知``, ``最多跑一次``)."""
    return any((p := cfg.numeral_phrases.match(text, s)) is not None and p.end() > start
               for s in range(max(0, start - cfg.numeral_phrase_reach + 1), start + 1))


def _cue_right_before(before: str, unit_word: str, cfg: _Rules) -> bool:
    """Whether a cue ends right before a number: any cue, a cue of a rise by a share (``提高百分之五``,
    ``提升三成``), or with 个百分点 a point cue (``提高五个百分点``)."""
    return before.endswith(cfg.cues) or before.endswith(cfg.right_before) or (
        unit_word == cfg.point_unit and before.endswith(cfg.point_cues))


_RATED_GAP = 30  # the most characters between a rated level and the next one it goes on
_PART = str(rules()["targets"]["filters"]["sub_indicator"])  # 其中
_LIST_JOINERS = str(rules()["targets"]["filters"]["list_joiners"])
_SPEC_BEFORE = re.compile(rules()["targets"]["spec_before"])  # 高固含量（≥30%）纺丝溶液


def _list_unit(text: str, end: int, unit: str, cfg: _Rules) -> str:
    """The unit a list of numbers shares (``分别压缩至3个、2个和10个工作日以内``: each in
    个工作日): the last item's unit when it lengthens the item's own (个 -> 个工作日)."""
    last = unit
    while text[end : end + 1] in _LIST_JOINERS and end < len(text):
        m = cfg.pattern.match(text, end + 1)
        if m is None or not m.group("unit"):
            break
        last, end = m.group("unit"), m.end()
    return last if len(last) > len(unit) and last.startswith(unit) else unit


def _named_before(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` (天数; 计算资源) stands before the number in its clause."""
    head = text[max(0, start - 40) : start]
    clause = head[max(head.rfind(c) for c in _CLAUSE) + 1 :]
    return any(w in clause for w in words)


def _rated_level(text: str, start: int, end: int, cfg: _Rules) -> bool:
    """Whether a level (``5级``) is one a rating reaches: a rated_cue right before it, a rating noun
    before that in its clause (``应用水平分级评价达到5级``), and its clause ending after it (not ``二级以上医院``)."""
    head = text[max(0, start - 40) : start]
    if not head.endswith(cfg.rated_cues) or not cfg.rated_closes.match(text[end : end + 4]):
        return False
    clause = head[max(head.rfind(c) for c in _CLAUSE) + 1 :]
    return any(w in clause for w in cfg.rated_nouns)


def _rated_next(text: str, out: list[Target], start: int, end: int, unit: str, cfg: _Rules) -> bool:
    """Whether a level goes on the rated level of the clause before it in its sentence (``…分级评价全部达到四级
    以上，三级医院达到五级``): the target before it in that unit, one comma between, a rated cue right before it
    and its clause ending after it."""
    if not out or out[-1].unit != unit or not cfg.rated_closes.match(text[end : end + 4]):
        return False
    gap = text[out[-1].span.end : start]
    return len(gap) <= _RATED_GAP and gap.count("，") == 1 and not any(c in gap for c in "。；！？\n") and (
        text[max(0, start - 8) : start].endswith(cfg.rated_cues))


def _part_of_last(text: str, out: list[Target], clause: tuple[int, int], start: int, unit: str) -> bool:
    """Whether the number names a part (其中…) of the target before it in its sentence, in its unit."""
    return bool(out) and out[-1].unit == unit and text.startswith(_PART, clause[0]) and _continues(
        text, out, clause, start, unit)


def _listed_object(text: str, start: int, end: int, cfg: _Rules) -> bool:
    """Whether a count after 等 counts the list a work opens its clause with (``完成A、B等12条河流…治理``), not
    bodies (``A、B等3个部门``) nor the owners of what the work is on (``完成A、B等21个重点行业的淘汰任务``)."""
    head = text[max(0, start - 80) : start - 1]
    head = head[max(head.rfind(c) for c in _CLAUSE) + 1 :]
    tail = re.split(f"[{_CLAUSE}]", text[end : end + 40], maxsplit=1)[0]  # 等21个重点行业的…任务: the tasks', none
    return bool(cfg.listed_object.match(head)) and not text.startswith(cfg.listed_object_not, end) and "的" not in tail


def _cut_to_before(text: str, start: int, cfg: _Rules) -> bool:
    """Whether a cut_to word (``压缩至``) stands before the number in its clause: a procedure's time
    cut to a goal (``纳税时间压缩至80小时以内``; in ``由45天压缩至20天`` only the 20)."""
    head = text[max(0, start - 40) : start]
    cut = max(head.rfind(c) for c in _CLAUSE)
    return bool(cfg.cut_to.search(head, cut + 1))


def extract_targets(
    text: str, units: tuple[Unit, ...] | None = None, year: int | None = None, title: str | None = None
) -> tuple[Target, ...]:
    """Every target of a normalised document text, in reading order.

    ``title`` is the document's own title: a document of a kind that states facts, rules and
    conditions (a law, a regulation, an approval, a reply, a licence, a technical specification:
    :func:`~graph.extract.metadata.states_facts`) sets no targets, and a number in the title
    (``…两个规定的通知``) is none.

    ``year`` is the document's own year: a number whose governing year is earlier counts what
    was done before the document (``1995年我国共发生5级以上地震48次`` in a 1996 report), not
    what it commits to, and is no target.

    The tests that reject a number are independent of each other, so the cheap ones run first
    and the number is converted last.
    """
    cfg = _rules()
    if states_facts(title) or reports_facts(text):
        return ()  # a law, an approval, a specification…; or a report of what was done
    title_flat = _SPACES.sub("", title or "")
    if units is None:
        units = numbered_units(text)
    index = PathIndex(units)
    around = Around(text)  # the clause and sentence of each number, 2000 characters at most each way
    projects = project_tables(text)
    table_rows = indicator_rows(text, year, title or "")  # 指标 / 2020年 / 2025年: the last year's column
    reach = max(map(len, cfg.cues))  # the longest cue
    out: list[Target] = []
    for m in cfg.pattern.finditer(text):
        m_start, m_end = m.span()
        unit_word = m.group("unit") or ""  # none after a bare magnitude (5.6亿)
        if m.group("pct") is not None:  # 百分之三十五, 千分之五: the unit printed before the number
            word = next(w for w in cfg.percent_words if text.endswith(w, 0, m_start))
            m_start, unit_word = m_start - len(word), cfg.percent_words[word]
        if unit_word and text[m_end : m_end + 1] in _LIST_JOINERS:
            unit_word = _list_unit(text, m_end, unit_word, cfg)  # 分别压缩至3个、5个和10个工作日
        if unit_word in cfg.never and not (
            (unit_word in cfg.never_unless_cut and _cut_to_before(text, m_start, cfg))
            or (unit_word in cfg.never_unless_named and _named_before(text, m_start, cfg.never_unless_named[unit_word]))
            or (unit_word in cfg.never_unless_rated and (
                _rated_level(text, m_start, m_end, cfg) or _rated_next(text, out, m_start, m_end, unit_word, cfg)))
        ):
            continue
        if unit_word in cfg.closed_units and not cfg.numeral_closes.match(text[m_end : m_end + 4]):
            continue  # 十分重要, 三分之一, 5分钟, 一成不变
        # A 年-year, a 文号 serial or a digit glued to letters is not a count; nor is a phone
        # number, a code or an enumeration of named bodies ("X等22家企业"). At the text's start
        # the character before is "", which is "in" any string: such a number is never taken.
        before1 = text[m_start - 1 : m_start]
        if before1 in "-" or text[m_end : m_end + 1] == "-" or (
                before1 == "等" and not _listed_object(text, m_start, m_end, cfg)):
            continue
        if before1 and ((before1.isascii() and before1.isalnum()) or before1 in "第〔"):
            continue
        if text[m_end : m_end + 4].startswith(cfg.not_after) or _SPEC_BEFORE.search(text, max(0, m_start - 3), m_start):
            continue
        if table_rows and any(r.start <= m_start < r.end for r in table_rows):
            continue  # read by its table's columns
        raw = m.group("num")
        mult = m.group("mult")
        chinese = not raw[0].isdigit()
        if chinese and _in_phrase(text, m_start, cfg):
            continue  # 实现一次告知, “最多跑一次”: a slogan or a service standard, no count
        if chinese and len(raw) == 1 and raw in "百千万":
            if mult and _cue_right_before(text[max(0, m_start - reach) : m_start], unit_word, cfg):
                # a round size after its cue: 突破千亿元 (1000 亿元), 迈上万亿元台阶 (1 万亿元)
                raw, mult = ("一", raw + mult) if raw + mult in cfg.magnitudes else ("一" + raw, mult)
                chinese = False  # (its cue is right before it: read as digits are)
            elif text[m.end("num") : m.end("num") + 1] != "余" and m.group("pct") is None:
                continue
            else:
                raw = "一" + raw  # 千余家: more than a thousand, 1000; 百分之百: 100%
        # a numeral after its cue (新建三个…), or closing the noun phrase its cue opened (新建园区三个，)
        closes = chinese and _closes_phrase(text, m_start, m_end, cfg)
        if chinese and mult and not closes:
            continue
        share = None  # the set a percentage is the share of: 在50%以上的园区实施…
        if _THRESHOLD.match(text[m_end : m_end + 6]) and not counts_noun(text, m_start, m_end, unit_word, cfg):
            share = share_of_set(text, around(m_start, _CLAUSE, 2000)[0], m_start, m_end)
            if share is None:
                continue
        # A numeral must follow a cue within the clause: a cue that ends right before it is needed
        # in any case (the clause is checked below), 重点支持 and 推广应用 too.
        cue_before = text[max(0, m_start - reach) : m_start]
        if chinese and not closes and not _cue_right_before(cue_before, unit_word, cfg):
            continue
        clause = around(m_start, _CLAUSE, 2000)
        label = line_label(text, clause[0], m_start, m_end) or goal_item(text, clause[0], m_start, m_end)  # ——名称：5万亩；
        if not label and not _cued(text, out, clause, (m_start, m_end), unit_word, (mult or "") + unit_word, cfg):
            continue
        opened = closes and (cfg.any_cue.search(text, clause[0], m_start) or opened_by_cue(text[clause[0] : m_start], cfg)
                             or _continues(text, out, clause, m_start, (mult or "") + unit_word))  # …，其中高校毕业生八千人
        if chinese and not opened and not _cue_right_before(
            text[max(clause[0], m_start - reach) : m_start], unit_word, cfg
        ):
            continue
        unit = (mult or "") + unit_word
        if unit.split("/", 1)[0] in cfg.money_units and not (
                goal_item(text, clause[0], m_start, m_end) or _money_goal(text, out, clause, (m_start, m_end), label, cfg)):
            continue
        hits = context_hits(text, (m_start, m_end), unit_word, clause, cfg)
        if hits & cfg.unless_cut and cfg.cut_to.search(text, clause[0], m_start):  # 压缩至3个工作日
            hits -= cfg.unless_cut
        if hits & cfg.unless_part and _part_of_last(text, out, clause, m_start, (mult or "") + unit_word):
            hits -= cfg.unless_part  # 床位数控制在7.5张左右，其中公立医院床位数不超过4.2张
        for w in hits & cfg.unless_cued:  # 新增通客车建制村A、B分别为5个、3个: the cue governs the items
            k = text.rfind(w, clause[0], m_start)
            if k >= 0 and cfg.any_cue.search(text, clause[0], k):
                hits = hits - {w}
        # 较上年: a goal only when due in the document's year or later (checked with the deadline)
        compared = bool(hits) and year is not None and hits <= cfg.unless_due
        if share is None and hits and not compared and (
            hits - cfg.excluded_named or not _heads_name(hits, _indicator(text, m_start, m_end, clause), cfg)
        ):
            continue  # the clause describes the present, a rule, the document (not the indicator's head)
        if _not_a_goal(text, m_start, m_end, clause, cfg) or in_review(text, index, m_start) or in_base_aside(text, m_start):
            continue  # (or under a heading of a review of the past: 一、2024年工作回顾)
        if projects:
            row = around(m_start, "。；！？\t\n", 2000)  # its sentence in its cell
            if in_project_row(text, m_start, projects, bool(_due_years(text, *row))):
                continue
        if title_flat and _in_title(text, m_start, title_flat):
            continue
        # 三十万户: 30 万户, as 30万户 is; 五万亿元: 5 万亿元, as 5万亿元 is (万 of the numeral, 亿 its magnitude)
        magnitude = chinese and len(raw) > 1 and raw[-1] in "万亿" and (not mult or raw[-1] + mult in cfg.magnitudes)
        if magnitude:
            raw, unit = raw[:-1], raw[-1] + unit
        value = to_number(raw)
        if value is None or value == 0:
            continue
        if chinese and value == 1 and not magnitude and unit_word not in cfg.chinese_one_units:
            continue  # (一支队伍: rhetoric; 一万名: a number)
        sent = around(m_start, _SENT, 2000)
        if (
            cfg.past.search(text, sent[0], m_start)
            or sampled(text, (m_start, m_end), clause, sent, cfg)
            or cfg.eligibility.search(text, sent[0], sent[1])
        ):
            continue
        due = flat_row_due(text, sent) or aside_due(text, m_start) or _governing_year(text, m_start, sent, index, year)
        deadline = None if due is None else int(due)
        if deadline is not None and year is not None and deadline < year:
            continue
        if compared and deadline is None and not (out and out[-1].sentence == Span(*sent)):
            continue  # (…控制在60人以内，较上年下降百分之五: the fall goes on the goal its sentence sets)
        is_norm = per_capita_norm(text, m_start, clause, m_end)
        if deadline is None and is_norm:
            continue  # 按照每千人口不少于10个托位规划、建设: a norm to build by (with a due year, a goal)
        norm = norm_indicator(text, m_start, m_end, clause) if is_norm else ""  # 每千人口托位
        # 氮氧化物和挥发性有机物排放总量分别下降10%: one target for each item
        indicators = (None if share or norm else respective(text, m_start, m_end, clause)) or [
            share or norm or label or _indicator(text, m_start, m_end, clause)
        ]
        milestone = aside_due(text, m_start) is not None  # 建成公园30个（2023年底前建成10个）: the goal's own indicator
        if (indicators == [""] or milestone) and out and out[-1].sentence == Span(*sent):  # …，年均增长14%: the one before
            indicators = [inherited(out[-1].indicator, text, m_start, clause)]
        elif indicators == [""]:  # …，1998年达到2000人的规模: the size of the subject before
            indicators = [sized_subject(text, m_end, sent, clause)]
        if indicators == [""]:  # 数字经济规模实现翻一番，达到2000亿元: the size the clause before names
            indicators = [multiplied_name(text, clause)]
        out.extend(
            Target(
                path=index.path_at(m_start),
                indicator=indicator,
                value=value,
                unit=unit,
                deadline=deadline,
                span=Span(m_start, m_end),
                sentence=Span(*sent),
                period=getattr(due, "period", ""),
            )
            for indicator in indicators
        )
    for r in table_rows:
        # an untimed row (目标值 alone): the year opening its paragraph or unit, as a sentence's
        due = r.year if r.timed else _governing_year(text, r.start, (r.start, r.end), index, year)
        out.append(Target(path=index.path_at(r.start), indicator=r.indicator, value=r.value, unit=r.unit,
                          deadline=due, span=Span(r.start, r.end), sentence=Span(r.start, r.end),
                          period=getattr(due, "period", "")))
    if table_rows:
        out.sort(key=lambda t: t.span.start)  # reading order (stable: a 分别 list keeps its order)
    return tuple(out)
