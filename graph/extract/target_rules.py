"""The ``[targets]`` rules of ``rules.toml``, compiled once: the pattern of a number with its
unit, the cue words, the exclusions, the times a target can be due by."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import rules
from .numbers import to_number

_CN = "零〇一二两三四五六七八九十百千万"


@dataclass(frozen=True)
class _Rules:
    """The ``[targets]`` rules, compiled once."""

    pattern: re.Pattern[str]
    percent_words: dict[str, str]  # 百分之 (千分之) before a number: its unit, % (‰)
    never: frozenset[str]
    never_unless_named: dict[str, tuple[str, ...]]  # 天 -> 天数: a count of days named before the number
    never_unless_cut: frozenset[str]  # 小时, 天: a procedure's time, a goal only when cut to it (压缩至80小时以内)
    never_unless_rated: frozenset[str]  # 级: a level on a rating scale to reach (分级评价达到5级)
    rated_cues: tuple[str, ...]
    rated_nouns: tuple[str, ...]
    rated_closes: re.Pattern[str]
    listed_object: re.Pattern[str]  # 完成A、B等12条河流…治理: an enumeration a work opens with, its count a goal
    listed_object_not: tuple[str, ...]  # 部门: not a count of the bodies named
    closed_units: frozenset[str]  # 成, 分: a unit only when its clause or list item ends after it
    not_after: tuple[str, ...]
    cues: tuple[str, ...]  # longest first
    any_cue: re.Pattern[str]
    opening_cues: tuple[str, ...]  # 治理: a cue only when it opens the clause
    opening_scope: tuple[str, ...]  # 全市: a scope the clause may open with before such a cue
    scoped_cues: tuple[str, ...]  # 落实: a cue only when it opens the clause after a scope (全旗落实…)
    point_cue: re.Pattern[str]  # 高于: a cue only with point_unit (个百分点)
    point_unit: str
    ratio_cue: re.Pattern[str]  # 不高于: a cue only with a unit per a denominator (20毫克/升)
    compared_cue: re.Pattern[str]  # 增加: a cue only after a comparison (较上年增加300万亩)
    point_cues: tuple[str, ...]  # the same words, for a Chinese numeral right after one (提高五个百分点)
    point_before: tuple[str, ...]  # 快: a cue only with point_unit and right before the number (比全国快1个百分点)
    right_before: tuple[str, ...]  # 提高: a cue only right before the number, any unit (转型率提高10%)
    benefactive: tuple[str, ...]  # 为: opening the clause right before the number, a cue after it (为200户…实施改造)
    excluded: re.Pattern[str]
    excluded_named: frozenset[str]  # excluded unless the head of the indicator's name
    qualifying: frozenset[str]  # excluded unless in a 的-phrase qualifying the counted noun
    unless_due: frozenset[str]  # excluded unless the number is due in the document's year or later
    unless_cut: frozenset[str]  # excluded unless a cut_to word stands before the number (压缩至3个工作日)
    unless_cued: frozenset[str]  # excluded unless a cue stands before the word in the clause (新增…分别为5个、3个)
    unless_part: frozenset[str]  # excluded unless a 其中 part of the target before it (其中…不超过4.2张)
    cut_to: re.Pattern[str]
    named_heads: tuple[str, ...]  # 率: 入选率
    money_units: frozenset[str]
    money_ok: re.Pattern[str]
    money_heads: tuple[str, ...]  # an indicator ending with one of these is a size to reach
    chinese_one_units: frozenset[str]
    numeral_phrases: re.Pattern[str]  # 一次告知, 跑一次, 一网通办: a numeral as a word's part
    numeral_phrase_reach: int  # the longest of them
    numeral_closes: re.Pattern[str]  # after a Chinese numeral that closes its noun phrase: ，、。 …
    numeral_after_noun: re.Pattern[str]  # the noun's last character right before it
    rate_starts: tuple[str, ...]  # what makes a cue before it part of a rate noun: 率, 增长率, …
    past: re.Pattern[str]  # a sentence that looks back (以来, 年来) or forward without committing (预计)
    project_status: frozenset[str]  # 在建, 续建: a cell of a list of projects
    sampling: re.Pattern[str]  # 随机抽查: the sentence counts a sample
    sampling_goal: re.Pattern[str]  # 完成…抽检 before the number: a workload to complete, not a sample
    eligibility: re.Pattern[str]  # 方可: anywhere in the sentence, a condition of eligibility
    when: re.Pattern[str]  # a year (group y) or a plan period (group p) with what may follow it
    periods: dict[str, int]  # 十四五 -> 2025
    start_after: tuple[str, ...]  # 起, 开始: a year that starts something
    opening: re.Pattern[str]  # what may stand before a year that opens a sentence
    not_before: tuple[str, ...]  # 性 after an excluded word: an adjective (补贴性职业培训)
    classifiers: frozenset[str]  # 家, 个: a measure word that counts the noun after 以上
    ahead: re.Pattern[str]  # 截至: opens a sentence with a year only when not before the document's
    magnitudes: frozenset[str]  # 万亿, 亿, 万


def _any_of(words: list[str], not_in: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A search that matches where any of ``words`` occurs (``any(w in s for w in words)``), except
    where one opens a noun of ``not_in`` (开发 in 开发区)."""

    def one(w: str) -> str:
        nouns = [re.escape(n) for n in not_in if n.startswith(w)]
        return (f"(?!{'|'.join(nouns)})" if nouns else "") + re.escape(w)

    return re.compile("|".join(one(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)")


_CN_DIGITS = "〇○零一二三四五六七八九"  # (○, a circle, written for 〇 in 二○二五年)


def year_value(digits: str) -> int:
    """The year of a ``when`` match's year group: ``2026`` or ``二〇二六`` -> 2026 (read by :func:`to_number`).

    >>> year_value("二〇二六"), year_value("2026"), year_value("二○二五")
    (2026, 2026, 2025)
    """
    value = to_number(digits.replace("○", "〇"))
    if value is None:
        raise ValueError(f"no year: {digits!r}")  # (the year group matches four digits, Arabic or Chinese)
    return int(value)


@cache
def _rules() -> _Rules:
    cfg = rules()["targets"]
    rate = cfg["indicators"]["rate"]
    units = sorted(cfg["units"], key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    unit_first = "".join(sorted({re.escape(u[0]) for u in units if u}))
    alternative = "|".join(re.escape(u) for u in sorted(cfg["alternative_units"], key=len, reverse=True))
    per = "|".join(re.escape(u) for u in sorted(cfg["denominators"], key=len, reverse=True))
    bare_behind = "|".join(rf"(?<=\d{re.escape(u)})" for u in cfg["magnitudes"])
    mags = "|".join(re.escape(u) for u in sorted(cfg["magnitudes"], key=len, reverse=True))
    # A number (not right after a digit, "." or 第) with its unit. The pattern opens with the
    # class of the number's first character, not with the look-behind, so that the regex
    # engine skips to digits and numerals instead of trying every position; the look-behind
    # (two characters wide) follows that character, and each alternative of the number goes on
    # with the rest of its repetition, so the alternatives are tried in the same order and a
    # match is the same as that of the plain pattern (a test checks it).
    pct = "|".join(rf"(?<={re.escape(w)}[\d{_CN}])" for w in cfg["percent_words"])
    pattern = re.compile(
        rf"(?P<num>[\d{_CN}](?<![\d.第][\s\S])"
        # (after 百分之 the number's unit is %: an empty group that the unit's alternatives test)
        rf"(?:(?P<pct>{pct}))?"
        # (a Chinese numeral with its decimals after 点: 百分之九十二点五)
        rf"(?:(?<=\d)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*(?:\.\d+)?)|(?<=[{_CN}])[{_CN}]{{0,5}}(?:点[{_CN_DIGITS}]{{1,3}})?))"
        # (a range: 2-3个, 10%—15%; 5万—8万家, the lower bound printing the magnitude the upper bound prints)
        rf"(?:(?P<mult0>{mags})?(?P<sep>[-~—–至到])(?P<num2>\d+(?:\.\d+)?|[{_CN}]{{1,6}})(?(mult0)(?=(?P=mult0))))?"
        rf"(?P<mult>{mags})?"
        # (余 before the unit: more than the number, 千余家, 2万余人; the number is the goal; a space before
        # a percent sign, 85 %, as a copy of a printed table or a PDF has it)
        r"(?:余)?(?:[ \u00a0](?=[%％‰]))?"
        # (a look-ahead for the first character of any unit: one test instead of one per unit)
        + r"(?:"
        + (rf"(?=[{unit_first}])" if unit_first and all(units) else "")
        + rf"(?P<unit>(?:{unit_alt})(?:/(?:{per}))?(?:（(?:{alternative})）)?)"  # 3000套（间）: a count's other word
        # or a magnitude alone after digits (用户数超过5.6亿，): no unit group
        + rf"|(?:{bare_behind})(?={cfg['bare_magnitude_after']})"
        # or 百分之 before the number (百分之三十五): no unit group either
        + rf"|(?(pct)(?={cfg['percent_after']})|(?!)))"
    )
    return _Rules(
        pattern=pattern,
        percent_words=dict(cfg["percent_words"]),
        never=frozenset(cfg["never"]),
        never_unless_named={k: tuple(v) for k, v in cfg["never_unless_named"].items()},
        never_unless_cut=frozenset(cfg["never_unless_cut"]),
        never_unless_rated=frozenset(cfg["never_unless_rated"]),
        rated_cues=tuple(sorted(cfg["rated_cues"], key=len, reverse=True)),
        rated_nouns=tuple(cfg["rated_nouns"]),
        rated_closes=re.compile(cfg["rated_closes"]),
        listed_object=re.compile(cfg["listed_object"]),
        listed_object_not=tuple(cfg["listed_object_not"]),
        closed_units=frozenset(cfg["closed_units"]),
        not_after=tuple(cfg["not_after"]),
        cues=tuple(sorted(cfg["cues"], key=len, reverse=True)),
        any_cue=_any_of(cfg["cues"], tuple(cfg["cue_not_in"])),
        opening_cues=tuple(cfg["clause_opening_cues"]),
        opening_scope=tuple(cfg["clause_opening_scope"]),
        scoped_cues=tuple(cfg["scoped_opening_cues"]),
        point_cue=_any_of(cfg["point_cues"]),
        point_unit=cfg["point_unit"],
        ratio_cue=_any_of(cfg["ratio_cues"]),
        compared_cue=re.compile(cfg["compared_cue_after"] + "[^，。；！？：\n]*?(?:" + "|".join(map(re.escape, cfg["compared_cues"])) + ")"),
        point_cues=tuple(sorted(cfg["point_cues"], key=len, reverse=True)),
        point_before=tuple(cfg["point_cues_before_number"]),
        right_before=tuple(cfg["cues_before_number"]),
        benefactive=tuple(cfg["benefactive_openings"]),
        excluded=_any_of(cfg["exclude_context"] + cfg["exclude_context_named"]),
        excluded_named=frozenset(cfg["exclude_context_named"]),
        qualifying=frozenset(cfg["exclude_qualifying"]),
        unless_due=frozenset(cfg["exclude_unless_due"]),
        unless_cut=frozenset(cfg["exclude_unless_cut"]),
        unless_cued=frozenset(cfg["exclude_unless_cued"]),
        unless_part=frozenset(cfg["exclude_unless_part"]),
        cut_to=_any_of(cfg["cut_to"]),
        named_heads=tuple(cfg["exclude_named_heads"]),
        money_units=frozenset(cfg["money_units"]),
        money_ok=_any_of(cfg["money_ok"]),
        money_heads=tuple(cfg["money_heads"]),
        chinese_one_units=frozenset(cfg["chinese_one_units"]),
        numeral_phrases=_any_of(cfg["numeral_phrases"]),
        numeral_phrase_reach=max(map(len, cfg["numeral_phrases"]), default=0),
        numeral_closes=re.compile(cfg["numeral_closes"]),
        numeral_after_noun=re.compile(cfg["numeral_after_noun"]),
        rate_starts=(rate, *(cue + rate for cue in cfg["cues"])),
        past=_any_of(cfg["past_in_sentence"] + cfg["forecast_in_sentence"]),
        project_status=frozenset(cfg["project_status"]),
        sampling=re.compile(f"(?:{_any_of(cfg['exclude_sentence']).pattern})(?!{_any_of(cfg['exclude_sentence_rate']).pattern})"),
        sampling_goal=re.compile(cfg["exclude_sentence_goal"]),
        eligibility=_any_of(cfg["eligibility_sentence"]),
        when=re.compile(
            # a year in digits or in Chinese numerals (二〇二六年); not a date's (2020年6月30日),
            # unless due by it (2026年6月30日前)
            rf"(?P<y>(?:19|20)\d{{2}}|[一二][〇○零九][{_CN_DIGITS}]{{2}})\s*年"
            r"(?!\d{0,2}月\d(?!\d?\s*日\s*(?:前|之前|以前)))"
            rf"|“?(?P<p>{'|'.join(map(re.escape, cfg['plan_periods']))})”?\s*(?:{'|'.join(map(re.escape, sorted(cfg['period_after'], key=len, reverse=True)))})"
        ),
        periods=dict(cfg["plan_periods"]),
        start_after=tuple(cfg["start_after"]),
        opening=re.compile(
            r"[\s\-—–－·•●○■□◆◇>＞*]*(?:[^。；，：\n]{1,8}[：:])?\s*"
            + "(?:" + rules()["targets"]["deadlines"]["effort_lead"] + ")?"
            + r"(?:"
            + "|".join(map(re.escape, sorted(cfg["due_lead"] + cfg["due_lead_ahead"], key=len, reverse=True)))
            + r")?\s*"
            + "(?:" + rules()["targets"]["deadlines"]["range_open"] + ")?"  # 2023—2025年，…
        ),
        not_before=tuple(cfg["exclude_not_before"]),
        classifiers=frozenset(cfg["count_classifiers"]),
        ahead=_any_of(cfg["due_lead_ahead"]),
        magnitudes=frozenset(cfg["magnitudes"]),
    )


def _pattern() -> re.Pattern[str]:
    return _rules().pattern
