"""The indicator of a target (GUIDE.md "Targets": indicator): the noun phrase a number measures,
after it or before it, and in a list of values each coordinated item with its shared head."""

from __future__ import annotations

import re

from ..data import rules
from .name_words import HAN_ONLY
from .target_rules import _rules

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\d{0,2}月\d)")
_IND = rules()["targets"]["indicators"]
_AFTER_TRIM = re.compile(_IND["after_trim"])
# where the counted thing after a number ends: a comma, a 、 or 和 before the next number (100个X、
# 200个Y; 50所X和150个Y), or a verb (面向3万名X开展培训); a 、 between words belongs to it
# (10个有条件、有基础的城市), as does a bracket inside it
_AFTER_CUT = re.compile(
    # a tab ends a table cell: the cells after a number's cell (新建幼儿园2所\t县教育局) are not its noun
    r"[，\t]|[、和及与](?=[\d零〇一二两三四五六七八九十百千万])|"
    + _IND["after_verbs"]
)
_AFTER_NOT_NAME = re.compile(_IND["after_not_name"])
_SIZE_AFTER = re.compile(_IND["size_after"])
_SIZE_SUBJECT = re.compile(_IND["size_subject"])
_HEAD_TRIM = re.compile(_IND["head_trim"])
_RANGE_SEP = rules()["targets"]["filters"]["range_sep"]  # 增长5%—6%
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_HEAD_VERB = re.compile(_IND["head_verb"])
# "浓度比2012年下降10%" (the year already removed): the comparison is not part of the indicator
_HEAD_COMPARED = re.compile(_IND["head_compared"])
# cue words that qualify a number (after it) and, before one, belong to a noun: 规模以上工业企业
_QUALIFIERS = frozenset(_IND["qualifiers"])


def _cut_at(head: str, cue: str) -> int:
    """Where the last ``cue`` in ``head`` that ends a verb phrase starts, or -1.

    A cue that qualifies numbers (以上) or that a rate noun follows (``覆盖率``, ``年均增长率``)
    is part of the indicator there, not the verb before it.
    """
    if cue in _QUALIFIERS:
        return -1
    rates = _rules().rate_starts

    def in_noun(i: int) -> bool:  # 建成区: the cue at i is part of a noun
        if head.startswith(_CUE_KIND, i + len(cue)):  # 培训类平台: a kind
            return True
        for n in _CUE_IN_NOUNS:
            j = head.find(n, max(0, i - len(n)))
            if 0 <= j <= i < j + len(n) and not head.startswith(_CUE_NOUN_NOT_BEFORE, j + len(n)):
                return True
        return False

    i = head.rfind(cue)
    while i >= 0 and (head.startswith(rates, i + len(cue)) or in_noun(i)):
        i = head.rfind(cue, 0, i)
    return i


def _trim_quotes(s: str) -> str:
    """Quotation marks off the ends of an indicator, but not one that closes a quote inside it
    (``省优“黄山杯”`` keeps its ”).

    >>> _trim_quotes("“安徽名牌”"), _trim_quotes("省优“黄山杯”"), _trim_quotes("”示范区“")
    ('安徽名牌', '省优“黄山杯”', '示范区')
    """
    while s and (s[0] == "”" or (s[0] == "“" and "”" not in s[1:-1])):
        s = s[1:].strip(" ，")
    while s and (s[-1] == "“" or (s[-1] == "”" and "“" not in s[:-1])):
        s = s[:-1].strip(" ，")
    return s


_LIST_JOIN = re.compile(_IND["list_join"])  # between two values of a list
_TAIL_VERBS = re.compile(_IND["tail_verbs"])
_PER_UNIT = re.compile(_IND["per_unit_head"])  # 每千人: a rate per head, its subject before the cue
_LEAD_WORDS = re.compile(_IND["lead_words"])
_SHARED_HEAD = re.compile(_IND["shared_head"])
_SHARED_HEADS = tuple(sorted(_IND["shared_heads"], key=len, reverse=True))
_CUE_IN_NOUNS = tuple(rules()["targets"]["cue_in_nouns"])
_CUE_NOUN_NOT_BEFORE = tuple(rules()["targets"]["cue_in_nouns_not_before"])  # 新增就业岗位: 新增 the verb
_CUE_KIND = _IND["cue_kind"]  # 培训类: a cue word that names a kind
_AUDIENCE = re.compile(_IND["audience_before"])  # 面向1万名X的…培训: X
_KIND_MAX = int(_IND["parallel_kind_max"])
_SHARE_BASE_END, _SHARE_COMPARE = _IND["share_base_end"], frozenset(_IND["share_compare"])
_JOINER_WORDS = tuple(_IND["joiner_in_words"])  # 普及率: no list joined at its 及
_JOINER_PATTERNS = tuple((w, re.compile(re.escape(w))) for w in _JOINER_WORDS)


def _head_of(item: str, before: str = "") -> str | None:
    """The head an item of a coordinated list may share with the others: the longest listed
    head it ends with (``煤矸石综合利用率`` -> ``综合利用率``), else a rate noun (``…率``). Given
    the item ``before`` it, the rate noun starts where the item's own part is as long as that
    item's (parallel parts: ``小学、初中入学率`` -> ``入学率``, not ``中入学率``).

    >>> _head_of("初中入学率"), _head_of("初中入学率", "小学"), _head_of("二级公路优良率", "一级")
    ('中入学率', '入学率', '公路优良率')
    """
    for h in _SHARED_HEADS:
        if item.endswith(h) and len(item) > len(h):
            return h
    m = _SHARED_HEAD.search(item)
    if m is None:
        return None
    if not before:
        return m.group()
    starts = range(1, len(item) - 2)  # a head of three characters at least (达标率, not 标率)
    return item[min(starts, key=lambda s: (abs(s - len(before)), s), default=m.start()) :]
_OPEN, _CLOSE = "（(“《〔[", "）)”》〕]"
_CLOSING = frozenset(_CLOSE)


def _split_top(s: str, seps: str) -> list[str]:
    """``s`` split at ``seps`` outside brackets and quotes (``各省（区、市）`` stays whole)."""
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    kept = {i for w, pattern in _JOINER_PATTERNS if w in s for m in pattern.finditer(s) for i in range(m.start(), m.end())}
    for i, ch in enumerate(s):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if depth == 0 and ch in seps and i not in kept:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _trim_head(head: str) -> str:
    """A noun phrase before a number, without the verbs, years and fragments around it."""
    while True:
        head = _TAIL_VERBS.sub("", _HEAD_COMPARED.sub("", _YEAR.sub("", head)))
        for cue in _rules().cues:
            if cue not in head:  # _cut_at would find none (most cues, most heads)
                continue
            i = _cut_at(head, cue)
            if i >= 0 and i + len(cue) < len(head):
                left, right = head[:i], head[i + len(cue) :]
                # (X不少于Y总数的5%: Y总数的 is the base of the share, X what it measures)
                base = cue in _SHARE_COMPARE and right.endswith(_SHARE_BASE_END) and len(left.strip(" ，")) >= 2
                subject = _TAIL_VERBS.sub("", left).strip(" ，")
                if _PER_UNIT.match(right) and len(subject) >= 2:  # 食品抽检量达到每千人: 食品抽检量每千人
                    head = subject + right
                else:
                    head = right if len(right) >= 2 and not base else left
        head = _HEAD_TRIM.sub("", head)
        head = _TAIL_VERBS.sub("", head)
        head = _LEAD_WORDS.sub("", head)
        # an unmatched closing bracket left of a cut: 市）农作物… -> 农作物… (trimmed again, in a loop:
        # a text with thousands of unmatched brackets must not recurse that deep)
        if _CLOSING.isdisjoint(head):  # no closing bracket: nothing to cut (most heads)
            return _trim_quotes(head.strip(" \t，"))
        depth = 0
        cut = -1
        for i, ch in enumerate(head):
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                if depth == 0:
                    if ch == "”":
                        return _trim_quotes(head.strip(" \t，"))
                    cut = i
                    break
                depth -= 1
        if cut < 0:
            # (a tab: the number printed in the cell after its noun's, 新建机房\t5000平方米)
            return _trim_quotes(head.strip(" \t，"))
        head = head[cut + 1 :]


def _value_run(text: str, start: int, clause: tuple[int, int]) -> tuple[int, int, int]:
    """``(first, k, n)``: where a list of values (``30%、20%和10%``) holding the number at
    ``start`` begins, the number's place in it and the list's length (1 for a lone number)."""
    ms = [m for m in _rules().pattern.finditer(text, clause[0], clause[1])]
    runs: list[list[re.Match[str]]] = []
    for m in ms:
        if runs and _LIST_JOIN.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        for k, m in enumerate(run):
            if m.start() == start:
                return run[0].start(), k, len(run)
    return start, 0, 1


def _indicator(text: str, start: int, end: int, clause: tuple[int, int]) -> str:
    """What the number measures: the noun phrase after it (``建设100个示范基地``) or before it
    (``秸秆综合利用率达到85%``); in a list of values the items of a coordinated phrase in turn,
    with their shared head (``花生种植、收获机械化率分别达到65%和55%`` -> ``花生种植机械化率``,
    ``收获机械化率``; ``货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%`` ->
    ``…占比`` each)."""
    after = text[end : clause[1]]
    digits = _DIGITS.match(text, start, end)
    if digits is not None and digits.end() < end:  # 增长5%—6%: the range's second bound is no noun
        upper = re.match(_RANGE_SEP + r"\d+(?:\.\d+)?" + re.escape(text[digits.end() : end]), after)
        after = after[upper.end() :] if upper else after
    after = _AFTER_TRIM.sub("", after)
    after = _AFTER_CUT.split(after, maxsplit=1)[0]
    size = _SIZE_AFTER.match(after)
    if size and size["noun"] != _IND["size_bare"]:  # 达到2000名的招生规模: the size named
        return size["noun"]
    if _AUDIENCE.search(text, clause[0], start):  # 面向1万名专业技术人才的…培训: the people
        after = after.split("的", 1)[0]
    if after and not _AFTER_NOT_NAME.match(after) and len(after) <= 40 and after[0] not in "（(":
        got = _trim_quotes(after.strip(" "))
        if len(got) >= 2 and got not in _rules().cues:
            return got
    first, k, n = _value_run(text, start, clause)
    head = text[clause[0] : first]
    if n >= 2:
        before, sep, shared = head.rpartition(_IND["respectively"])
        if sep:
            items_text, shared = before, _trim_head(shared)
        else:
            items_text, shared = head, ""
        items = [_trim_head(x) for x in _split_top(_trim_head(items_text), "、和及与")]
        items = [x for x in items if x]
        if items and "等" in items[-1] and not shared:  # 京津冀、长三角、珠三角等区域细颗粒物浓度
            items[-1], _, shared = items[-1].partition("等")
        if len(items) >= n:
            items = items[len(items) - n :]
            last_head = _head_of(items[-1], items[-2])
            item = items[k]
            if shared:
                return item + shared
            if last_head and k < n - 1 and not _head_of(item):
                return item + last_head
            return item
        return _trim_head(items_text) + shared
    items = _split_top(head, "、")
    first = len(items) - 1
    while first > 0 and _parallel_kind(items[first - 1], items[-1]):  # 信息类、培训类平台: kinds of one noun
        first -= 1
    got = _trim_head("、".join(items[first:]))
    if got in _rules().cues:  # 全省建设30个: a cue word alone names nothing, unless a verb's object
        return got if head.endswith(got) and _OBJECT_VERBS.search(head, 0, len(head) - len(got)) else ""
    return got


def _parallel_kind(item: str, last: str) -> bool:
    """Whether ``item``, listed before ``last``, is a kind of the noun ``last`` ends with: short, Chinese
    only, no cue word, and its last character among as many first ones of ``last`` (``信息类`` before
    ``培训类平台…``, ``省级`` before ``市级示范园区``; not ``医疗`` before ``养老床位``).

    >>> _parallel_kind("信息类", "培训类平台每家年服务企业"), _parallel_kind("医疗", "养老床位")
    (True, False)
    """
    return (
        2 <= len(item) <= _KIND_MAX
        and HAN_ONLY.fullmatch(item) is not None
        and item[-1] in last[1 : len(item) + 1]
        and not any(c in item for c in _rules().cues)
    )



_ALIKE = re.compile(_IND["respectively_alike"])


def respective(text: str, start: int, end: int, clause: tuple[int, int]) -> list[str]:
    """The indicators of a lone value that several coordinated items reach each (``氮氧化物和挥发性
    有机物排放总量分别下降10%`` -> ``氮氧化物排放总量``, ``挥发性有机物排放总量``): one target
    per item, each with the head they share (or with 均 before a verb of reaching: ``化肥、农药利用率均达到43%``);
    [] when the value is not such (no 分别, one item,
    or a list of values, which :func:`_indicator` pairs with the items)."""
    if _value_run(text, start, clause)[2] != 1:
        return []
    lead = text[clause[0] : start]
    before, sep, _ = lead.rpartition(_IND["respectively"])
    if not sep:  # 化肥、农药利用率均达到43%: 均 before a verb of reaching, as 分别
        alike = [m.start() for m in _ALIKE.finditer(lead)]
        if not alike:
            return []
        before = lead[: alike[-1]]
    items = [x for x in (_trim_head(x) for x in _split_top(_trim_head(before), "、和及与")) if x]
    if len(items) < 2:
        return []
    head = _head_of(items[-1], items[-2])
    return [x + head if head and x != items[-1] and not _head_of(x) else x for x in items]


_INHERIT_VERBS = re.compile(_IND["inherit_verbs"])
_OBJECT_VERBS = re.compile(_IND["object_verbs"])


def inherited(previous: str, text: str, start: int, clause: tuple[int, int]) -> str:
    """The indicator of a number whose clause names no noun (``…，年均增长14%左右``): that of the
    target before it in its sentence (``previous``), with the clause's change verb, if any
    (``软件业务收入年均增长``); "" when the clause counts an event of its own, its object unnamed
    (``…，开展20期``: no more the thing before)."""
    if _OBJECT_VERBS.search(text[clause[0] : start].strip(" ")):
        return ""
    verb = _INHERIT_VERBS.search(text[clause[0] : start].strip(" "))
    return previous + verb.group() if verb and not previous.endswith(verb.group()) else previous


def sized_subject(text: str, end: int, sentence: tuple[int, int], clause: tuple[int, int]) -> str:
    """The indicator of a bare size after a number whose clause names no noun (``…，逐步扩大，1998年达到
    2000人的规模``): the subject opening the nearest earlier clause of its sentence before a preposition
    or adverb (``内地西藏初中班（校）从现有招生规模基础上``); "" when the number is no such size or no clause
    opens with one.

    >>> s = "内地西藏初中班（校）从现有招生规模基础上，逐步扩大，1998年达到2000人的规模。"
    >>> sized_subject(s, s.index("人的") + 1, (0, len(s)), (s.index("1998"), len(s) - 1))
    '内地西藏初中班（校）'
    """
    size = _SIZE_AFTER.match(text[end : clause[1]])
    if size is None or size["noun"] != _IND["size_bare"]:
        return ""
    for part in reversed(re.split("[，；]", text[sentence[0] : clause[0]])):
        opened = _SIZE_SUBJECT.match(_HEAD_TRIM.sub("", part.strip(" \u3000")))
        if opened:
            return opened["noun"]
    return ""


_LABEL_END = re.compile(_IND["label_line_end"])
_LABEL_MAX, _LABEL_GAP = int(_IND["label_max"]), int(_IND["label_gap"])
_LABEL_MARKER = re.compile(_IND["label_marker"])
_LABEL_NOT = re.compile(r"[，。；、,;！？]|(?:19|20)\d{2}\s*年")


def line_label(text: str, clause_start: int, start: int, end: int, whole_line: bool = True) -> str:
    """The label of a line ``名称：值`` (``——新增节水灌溉面积：5万亩；``) the number at ``start`` is the
    value of, trimmed (``新增节水灌溉面积``); "" when the number is no such value: the line opens as an
    item of a list (——, （1）, 1.), the clause right after the colon with at most a cue word before the
    number, and the line ends after it (or not, with ``whole_line`` false: ``1．海洋生产总值：达到1500亿元，
    年均增长7%左右。`` names what its first value measures)."""
    if text[clause_start - 1 : clause_start] not in "：:" or clause_start == 0 or start - clause_start > _LABEL_GAP:
        return ""
    if whole_line and _LABEL_END.match(text, end) is None:
        return ""
    line_start = text.rfind("\n", 0, clause_start) + 1
    marker = _LABEL_MARKER.match(text, line_start, clause_start)
    if marker is None:
        return ""  # 建设规模：5000平方米 (a form's field, no item of a list of goals)
    label = _HEAD_TRIM.sub("", text[marker.end() : clause_start - 1].strip(" \u3000"))
    if not 2 <= len(label) <= _LABEL_MAX or _LABEL_NOT.search(label) or _rules().excluded.search(label):
        return ""  # (奖补资金规模：5000万元: money granted, as in a clause)
    return label
