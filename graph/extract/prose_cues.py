"""The cue words of duties in running text (the ``[prose]`` section of ``rules.toml``), compiled once."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..data import rules
from ..departments.registry import PROVINCES
from ..departments.zones import governed_zones
from ..model import ROLES, Unit


@dataclass(frozen=True)
class _Cues:
    roles: tuple[tuple[str, str], ...]  # (cue, role), longest first
    declared: tuple[str, ...]  # 为牵头单位: a cue only when the sentence goes on after it
    with_words: tuple[str, ...]
    lead_with: tuple[str, ...]  # 联合: 会同's kind, only in a clause after a lead (X牵头，联合Y…)
    not_cues: tuple[str, ...]
    adverbs: tuple[str, ...]
    together: tuple[str, ...]  # 共同, 一道: X要与Y共同… names Y a subject too
    prepositions: tuple[str, ...]
    not_prepositions: tuple[str, ...]  # 是否: no phrase opened by 是
    phrase_length: int
    lead_as: tuple[str, ...]  # 作为牵头单位: an apposition naming the unit the lead
    located: str  # 在: a phrase that may hold a clause qualifying another subject
    located_of: tuple[str, ...]  # 的过程中, 的基础上: a 的 that closes such a phrase
    located_close: tuple[str, ...]  # 上, 中, 方面: a word that closes the phrase (在…的比例上)
    located_skip: tuple[str, ...]  # what may stand between such a phrase and the cue: adverbs, 原则上
    by_word: str
    by_cues: tuple[str, ...]
    by_adverbs: tuple[str, ...]
    by_manner_openers: tuple[str, ...]  # 由X按规定负责…: how X does it, between X and the cue
    by_manner: re.Pattern[str]
    by_not_end: tuple[str, ...]
    by_condition: re.Pattern[str]
    by_then_word: tuple[str, ...]  # 由X承担…并负责…
    by_then: re.Pattern[str]
    by_then_object: re.Pattern[str]  # 由X承担项目建设管理工作: its object the duty
    by_then_not: re.Pattern[str]  # 由X承担相关费用: who pays, no duty
    by_then_not_topic: re.Pattern[str]  # 所需经费，由X承担: who pays
    by_not_after: str  # 自由, 理由: 由 ending a word
    by_not_inside: tuple[str, ...]  # 由于, 由此: 由 opening another word
    by_not_topic: re.Pattern[str]  # 本办法由X负责解释
    please: tuple[str, ...]  # 请, 会议要求: a unit named right after is asked to act
    openers: tuple[str, ...]
    time_opener: re.Pattern[str]  # 2019年6月底前: a due date before the subject
    label: re.Pattern[str]
    past: re.Pattern[str]
    past_modifier: re.Pattern[str]  # 已发布的: a past marker inside a 的-phrase
    place_prefixes: tuple[str, ...]
    not_place_words: tuple[str, ...]
    suffixes: tuple[str, ...]
    regulation_title: re.Pattern[str]
    regulation_title_max: int
    regulation_self: re.Pattern[str]
    list_length: int
    any_cue: re.Pattern[str]  # where a cue word or an introducer stands: sentences without one are skipped
    places: tuple[str, ...]  # province names with their level words, longest first
    cue_in_name: re.Pattern[str]  # a cue word or 会同 inside a would-be name
    predicate_start: re.Pattern[str]  # what may follow a subject: an adverb, a cue, a preposition
    generic_heads: tuple[str, ...]
    reporting: tuple[str, ...]
    relative: re.Pattern[str]
    nominal: re.Pattern[str]
    regulation_cues: tuple[str, ...]
    regulation_heads: tuple[str, ...]  # a law's collective subjects end with one (县级以上人民政府, 水行政主管部门)
    not_in_collective: tuple[str, ...]
    collective_nouns: re.Pattern[str]  # masked before the not_in_collective check (各二级党组织)
    not_first: str
    place_name_suffixes: tuple[str, ...]
    place_name_kinds: re.Pattern[str]  # 县中小学校: a kind of school after a place, no name
    place_name_length: int
    city_levels: tuple[str, ...]
    short_heads: tuple[str, ...]
    short_not_names: tuple[str, ...]
    city_not_tails: tuple[str, ...]
    county_tails: tuple[str, ...]
    county_kinds: tuple[str, ...]
    body_heads: tuple[str, ...]
    verb_openers: tuple[str, ...]
    verb_first: str
    body_length: tuple[int, int]
    sector_length: int
    not_after: dict[str, str]  # cue's first character -> characters that make it part of a word
    listed_cues: tuple[str, ...]  # X，要…: a list clause, then one of these
    role_only: tuple[str, ...]  # 监督指导: a role, no duty word of its own
    judged_after: tuple[str, ...]  # 配合不够: a finding, no duty
    plain_cues: tuple[str, ...]  # cues that a following role word does not override (负责参与)
    plain_then: tuple[str, ...]  # ... but these do (负责牵头, 负责会同)
    generic_length: int
    qualifier_length: int  # 通过复核评价|的企业: the longest phrase before 的 that says which bodies of a kind
    named_heads: tuple[str, ...]  # 联合采购办公室: a named body without a place
    named_length: tuple[int, int]
    national_openings: tuple[str, ...]  # 中国农业发展银行, 国家融资担保基金: a national body in full
    national_not_openings: tuple[str, ...]
    national_heads: tuple[str, ...]
    national_length: tuple[int, int]
    named_may_open: tuple[str, ...]
    place_heads: tuple[str, ...]  # 各省, 各设区市: one-character heads of a short collective only
    own_prefixes: tuple[str, ...]  # 厅农田建设管理处, 局办公室: a division after its department's kind
    own_offices: tuple[str, ...]  # 局办, 厅办: the department's own office, in short
    own_bare: tuple[str, ...]  # 研究室: another own body printed bare
    division_heads: tuple[str, ...]  # 计划财务处, 规划财务股
    division_may_open: tuple[str, ...]  # 市场建设司: words a division may open with
    division_length: tuple[int, int]
    division_not_heads: tuple[str, ...]  # 公司: no division
    of_known_heads: tuple[str, ...]  # 农业农村部乡村产业发展司: after a known department's name
    own_heads: tuple[str, ...]  # 厅生态环境执法局: an internal bureau after its department's kind
    bureau_heads: tuple[str, ...]  # 生态环境执法局: a ministry's internal bureau printed bare
    place_government: re.Pattern[str]  # 大理市人民政府


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _regulation_cues(r: Mapping[str, Any]) -> tuple[str, ...]:
    """The cues that make a unit a subject in a law: those of the roles ``regulation_roles`` and the
    word of ``with_word``, less the declared ones and ``regulation_not_cues`` (rules.toml ``[prose]``).

    >>> cues = _regulation_cues(rules()["prose"])
    >>> [w in cues for w in ("应当", "会同", "牵头", "积极配合", "为牵头单位", "总牵头", "监督指导", "负责指导")]
    [True, True, True, True, False, False, False, True]
    """
    skip = {*r["declared"], *r["regulation_not_cues"]}
    words = [c for role in r["regulation_roles"] for c in r[role] if c not in skip]
    words += [c for c in r["guide"] if c.startswith(tuple(r["regulation_guide_openers"]))]  # 负责指导
    return _longest_first([*words, *r["with_word"]])


@cache
def _cues() -> _Cues:
    r = rules()["prose"]
    roles = [(cue, role) for role in ROLES for cue in r[role]]
    roles += [(word + verb, "responsible") for word in r["distributed"] for verb in r["distributed_verbs"]]  # 分别抓好
    roles.sort(key=lambda p: -len(p[0]))
    words = [c for c, _ in roles] + list(r["with_word"]) + [r["by_word"], r["please_word"], *r["asking_words"], *r["labelled_cues"]]
    places: list[str] = []
    forms = r["units"]
    for _code, name, _abbr, extra in PROVINCES:
        places += [*(name + form for form in forms["province_forms"]), *(c + forms["city_form"] for c in extra)]
    places += governed_zones()  # 平潭综合实验区社会事业局
    return _Cues(
        roles=tuple(roles),
        declared=tuple(r["declared"]),
        with_words=_longest_first(r["with_word"]),
        lead_with=_longest_first(r["lead_with"]),
        # (and every field label opening with a cue: 配合部门, 协同单位 in a table's header row; found by round 49)
        not_cues=_longest_first([*r["not_cues"], *(f for f in rules()["fields"] if len(f) > 2),
                                 *(h + n for h in r["not_cue_label_heads"] for n in rules()["field_labels"]["nouns"])]),
        adverbs=_longest_first(r["adverbs"]),
        together=_longest_first(r["together"]),
        prepositions=_longest_first(r["prepositions"]),
        not_prepositions=tuple(r["not_prepositions"]),
        phrase_length=int(r["phrase_length"]),
        lead_as=tuple(r["lead_as"]),
        located=r["located"],
        located_of=tuple(r["located_of"]),
        located_close=tuple(r["located_close"]),
        located_skip=_longest_first([*r["adverbs"], *r["located_not_close"]]),
        by_word=r["by_word"],
        by_cues=_longest_first([*r["by_cues"], *r["by_cues_consult"]]),  # (由X商Y确定: `by_cues_consult`)
        by_adverbs=_longest_first(r["by_adverbs"]),
        by_manner_openers=_longest_first(r["by_manner_openers"]),
        by_manner=re.compile(r["by_manner"]),
        by_not_end=tuple(r["by_not_end"]),
        by_condition=re.compile(r["by_condition"]),
        by_then_word=tuple(r["by_then_word"]),
        by_then=re.compile(r["by_then"]),
        by_then_object=re.compile(r["by_then_object"]),
        by_then_not=re.compile(r["by_then_not"]),
        by_then_not_topic=re.compile(r["by_then_not_topic"]),
        by_not_after=r["by_not_after"],
        by_not_inside=tuple(r["by_not_inside"]),
        by_not_topic=re.compile(r["by_not_topic"]),
        please=_longest_first([r["please_word"], *r["asking_words"]]),
        openers=_longest_first(r["openers"]),
        time_opener=re.compile(r["time_opener"]),
        label=re.compile(r["label"]),
        past=re.compile(r["past"]),
        past_modifier=re.compile(r["past_modifier"]),
        place_prefixes=_longest_first(r["place_prefixes"]),
        not_place_words=tuple(r["not_place_words"]),
        suffixes=_longest_first(rules()["units"]["suffixes"]),
        regulation_title=re.compile(r["regulation_title"]),
        regulation_title_max=int(r["regulation_title_max"]),
        regulation_self=re.compile(r["regulation_self"]),
        list_length=int(r["list_length"]),
        any_cue=re.compile("|".join(re.escape(w) for w in _longest_first(words))),
        places=_longest_first(places),
        generic_heads=_longest_first(r["generic_heads"]),
        reporting=tuple(r["reporting"]),
        relative=re.compile(r["relative"]),
        nominal=re.compile(r["nominal"]),
        regulation_cues=_regulation_cues(r),
        regulation_heads=_longest_first(r["regulation_heads"]),
        not_in_collective=tuple(r["not_in_collective"]),
        collective_nouns=re.compile("|".join(map(re.escape, r["collective_nouns"])) or "(?!)"),
        not_first=r["not_first"],
        place_name_suffixes=_longest_first(r["place_name_suffixes"]),
        place_name_kinds=re.compile(r["place_name_kinds"]),
        place_name_length=int(r["place_name_length"]),
        city_levels=tuple(r["city_levels"]),
        short_heads=tuple(r["short_heads"]),
        short_not_names=tuple(r["short_not_names"]),
        city_not_tails=tuple(r["city_not_tails"]),
        county_tails=tuple(r["county_tails"]),
        county_kinds=tuple(r["county_kinds"]),
        body_heads=_longest_first(r["body_heads"]),
        verb_openers=tuple(r["verb_openers"]),
        verb_first=r["verb_first"],
        body_length=(int(r["body_length"][0]), int(r["body_length"][1])),
        sector_length=int(r["sector_length"]),
        not_after=dict(r["not_after"]),
        listed_cues=tuple(r["listed_cues"]),
        role_only=tuple(r["role_only"]),
        judged_after=_longest_first(r["judged_after"]),
        plain_cues=tuple(r["plain_cues"]),
        plain_then=_longest_first(r["plain_then"]),
        generic_length=int(r["generic_length"]),
        qualifier_length=int(r["qualifier_length"]),
        named_heads=_longest_first(r["named_heads"]),
        named_length=(int(r["named_length"][0]), int(r["named_length"][1])),
        national_openings=tuple(r["national_openings"]),
        national_not_openings=tuple(r["national_not_openings"]),
        national_heads=_longest_first(r["national_heads"]),
        national_length=(int(r["national_length"][0]), int(r["national_length"][1])),
        named_may_open=tuple(r["named_may_open"]),
        place_heads=tuple(r["place_heads"]),
        own_prefixes=_longest_first(r["own_prefixes"]),
        own_offices=tuple(r["own_offices"]),
        own_bare=tuple(r["own_bare"]),
        division_heads=_longest_first(r["division_heads"]),
        division_may_open=tuple(r["division_may_open"]),
        division_length=(int(r["division_length"][0]), int(r["division_length"][1])),
        division_not_heads=tuple(r["division_not_heads"]),
        of_known_heads=_longest_first(r["of_known_heads"]),
        own_heads=_longest_first(r["own_heads"]),
        bureau_heads=_longest_first(r["bureau_heads"]),
        place_government=re.compile(r["place_government"]),
        predicate_start=re.compile("|".join(re.escape(w) for w in _longest_first(
            [c for c, _ in roles] + list(r["with_word"]) + list(r["adverbs"]) + list(r["prepositions"]))) + "|" + r["apposition_as"]),
        cue_in_name=re.compile("|".join(re.escape(w) for w in _longest_first([c for c, _ in roles] + list(r["with_word"])))),
    )


_REGULATION = rules()["prose"]["regulation"]
_SPACES, _NOT_IN_TITLE = re.compile(r"[ \u3000\t]+"), re.compile(r"[，。；：《]")  # (a regulation's title line)


def _regulation_start(text: str, units: Sequence[Unit]) -> int:
    """Where the text of a law or regulation begins (its title line, the line that says it makes
    one, or its first article); ``len(text)`` when it holds none."""
    cues = _cues()
    starts = [len(text)]
    unit_starts = {u.span.start for u in units}
    pos = 0
    for line in text.split("\n"):
        s = _SPACES.sub("", line)  # 国 务 院 工 作 规 则
        if s and pos not in unit_starts and len(s) <= cues.regulation_title_max and not _NOT_IN_TITLE.search(s) and (
            cues.regulation_title.search(s) is not None and _REGULATION["issuing"] not in s and not s.endswith(_REGULATION["notice_end"])
        ):
            starts.append(pos)
            break
        pos += len(line) + 1
    self_ = cues.regulation_self.search(text)
    if self_ is not None:  # 为了…，制定本办法。
        starts.append(text.rfind("\n", 0, self_.start()) + 1)
    articles = [u for u in units if u.style == "article"]
    if len(articles) >= 3:
        starts.append(articles[0].span.start)
    return min(starts)


def _skip(text: str, pos: int, words: tuple[str, ...]) -> int:
    """``pos`` past the words of ``words`` that follow one another there (the first listed that
    fits, each time).

    >>> _skip("要切实加强", 0, ("要", "切实", "切")), _skip("加强", 0, ("要",))
    (3, 0)
    """
    while text.startswith(words, pos):  # (one test for all: most often none is there)
        for w in words:
            if text.startswith(w, pos):
                pos += len(w)
                break
    return pos


def _cue_at(text: str, pos: int, *, inside: bool = False) -> tuple[str, str] | None:
    """``(cue, role)`` of the cue word at ``pos``; None when none (or a word like 要求 stands there).

    ``inside`` a phrase, a cue must not end a word that begins before it (主要, 相应, 分工负责)."""
    cues = _cues()
    if text.startswith(cues.not_cues, pos):
        return None
    if inside and pos > 0 and text[pos - 1] in cues.not_after.get(text[pos], ""):
        return None
    for w in cues.with_words:
        if text.startswith(w, pos):
            return w, "with"
    for cue, role in cues.roles:
        if text.startswith(cue, pos) and not (cue in cues.declared and text[pos + len(cue) :][:1] in ("", "。", "；", "\n")):
            # (not 联席会议由…组成，县教育局为牵头单位。: who leads a body, no duty; nor X与Y配合不够紧密: a finding)
            return None if text.startswith(cues.judged_after, pos + len(cue)) else (cue, role)
    return None
