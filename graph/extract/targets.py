"""Quantitative targets (GUIDE.md "Targets").

>>> t = "到2020年，规模养殖场粪污处理设施装备配套率达到95%以上。"
>>> [(x.indicator, x.value, x.unit, x.deadline) for x in extract_targets(t)]
[('规模养殖场粪污处理设施装备配套率', 95.0, '%', 2020)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from ..data import rules
from ..model import Span, Target, Unit
from .metadata import states_facts
from .numbers import to_number
from .spans import Around, enclosing
from .structure import PathIndex, numbered_units

__all__ = ["extract_targets"]

_CN = "零〇一二两三四五六七八九十百千万"
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\d{0,2}月\d)")
_SENT = "。；！？\n"
_SPACES = re.compile(r"\s+")
_CLAUSE = "，。；！？：\n"


@dataclass(frozen=True)
class _Rules:
    """The ``[targets]`` rules, compiled once."""

    pattern: re.Pattern[str]
    never: frozenset[str]
    not_after: tuple[str, ...]
    cues: tuple[str, ...]  # longest first
    any_cue: re.Pattern[str]
    excluded: re.Pattern[str]
    money_units: frozenset[str]
    money_ok: re.Pattern[str]
    chinese_one_units: frozenset[str]
    rate_starts: tuple[str, ...]  # what makes a cue before it part of a rate noun: 率, 增长率, …
    past: re.Pattern[str]  # a sentence that looks back: 以来, 年来
    project_status: frozenset[str]  # 在建, 续建: a cell of a list of projects
    sampling: re.Pattern[str]  # 随机抽查: the sentence counts a sample
    when: re.Pattern[str]  # a year (group y) or a plan period (group p) with what may follow it
    periods: dict[str, int]  # 十四五 -> 2025
    start_after: tuple[str, ...]  # 起, 开始: a year that starts something
    opening: re.Pattern[str]  # what may stand before a year that opens a sentence


def _any_of(words: list[str]) -> re.Pattern[str]:
    """A search that matches where any of ``words`` occurs (``any(w in s for w in words)``)."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)")


@cache
def _rules() -> _Rules:
    cfg = rules()["targets"]
    units = sorted(cfg["units"], key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    unit_first = "".join(sorted({re.escape(u[0]) for u in units if u}))
    # A number (not right after a digit, "." or 第) with its unit. The pattern opens with the
    # class of the number's first character, not with the look-behind, so that the regex
    # engine skips to digits and numerals instead of trying every position; the look-behind
    # (two characters wide) follows that character, and each alternative of the number goes on
    # with the rest of its repetition, so the alternatives are tried in the same order and a
    # match is the same as that of the plain pattern (a test checks it).
    pattern = re.compile(
        rf"(?P<num>[\d{_CN}](?<![\d.第][\s\S])"
        rf"(?:(?<=\d)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*(?:\.\d+)?)|(?<=[{_CN}])[{_CN}]{{0,5}}))"
        rf"(?:(?P<sep>[-~—–至到])(?P<num2>\d+(?:\.\d+)?|[{_CN}]{{1,6}}))?"
        r"(?P<mult>万亿|亿|万)?"
        # (a look-ahead for the first character of any unit: one test instead of one per unit)
        + (rf"(?=[{unit_first}])" if unit_first and all(units) else "")
        + rf"(?P<unit>{unit_alt})"
    )
    return _Rules(
        pattern=pattern,
        never=frozenset(cfg["never"]),
        not_after=tuple(cfg["not_after"]),
        cues=tuple(sorted(cfg["cues"], key=len, reverse=True)),
        any_cue=_any_of(cfg["cues"]),
        excluded=_any_of(cfg["exclude_context"]),
        money_units=frozenset(cfg["money_units"]),
        money_ok=_any_of(cfg["money_ok"]),
        chinese_one_units=frozenset(cfg["chinese_one_units"]),
        rate_starts=("率", *(cue + "率" for cue in cfg["cues"])),
        past=_any_of(cfg["past_in_sentence"]),
        project_status=frozenset(cfg["project_status"]),
        sampling=_any_of(cfg["exclude_sentence"]),
        when=re.compile(
            r"(?P<y>(?:19|20)\d{2})\s*年(?!\d{0,2}月\d)"
            rf"|“?(?P<p>{'|'.join(map(re.escape, cfg['plan_periods']))})”?\s*(?:{'|'.join(map(re.escape, sorted(cfg['period_after'], key=len, reverse=True)))})"
        ),
        periods=dict(cfg["plan_periods"]),
        start_after=tuple(cfg["start_after"]),
        opening=re.compile(
            r"[\s\-—–－·•●○■□◆◇>＞*]*(?:[^。；，：\n]{1,8}[：:])?\s*(?:"
            + "|".join(map(re.escape, sorted(cfg["due_lead"], key=len, reverse=True)))
            + r")?\s*"
        ),
    )


def _pattern() -> re.Pattern[str]:
    return _rules().pattern


_AFTER_TRIM = re.compile(r"^(以上|左右|以内|之内|及以上|多|余)+")
# where the counted thing after a number ends: a comma, or a 、 before the next number (100个X、200个Y);
# a 、 between words belongs to it (10个有条件、有基础的城市), as does a bracket inside it
_AFTER_CUT = re.compile(r"[，]|、(?=[\d零〇一二两三四五六七八九十百千万])")
_AFTER_NOT_NAME = re.compile(r"^(的|达到|以|为|和|或|并|等|，|、)")
_HEAD_TRIM = re.compile(r"^(年度内|全年|全省|全国|全市|年底前|年底|底前|前|到|至|在|全区)+")
_HEAD_VERB = re.compile(r"(达到|达|为|在|于|提高到|控制在|保持在|不低于|不少于|超过|超|突破)$")
# "浓度比2012年下降10%" (the year already removed): the comparison is not part of the indicator
_HEAD_COMPARED = re.compile(r"(?:比|较)(?:下降|降低|减少|增长|提高|增加|上升)?$")
# cue words that qualify a number (after it) and, before one, belong to a noun: 规模以上工业企业
_QUALIFIERS = frozenset({"以上", "以内", "左右"})
# "66人以上超大班额": a threshold that qualifies a noun, not a goal
_THRESHOLD = re.compile(r"^(以上|以下|及以上|或以上|或以下)(?=[\u4e00-\u9fff])(?!的目标)")


_SERIAL = re.compile(r"第\s*\d{1,5}\s*号")  # 2019年第237号 (not 2020年第一季度)
_MONTH_DAY = re.compile(r"\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[一二三四五六七八九十]{1,3}月)?(?:份)?")
_DUE_FORM = re.compile(r"\s*(?:底|末)?\s*(?:前|之前|以前)")  # 2020年底前, 2020年前


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
    ``以2015年为基期``), nor a year something starts from (``自2019年起``, ``2019年开始``), nor the
    year of an announcement's number or of an edition (``2019年第237号``, ``2019年版``), nor a
    year inside a 《title》. A range of years (``2021—2025年``, ``2021年至2025年``) gives its last
    year, the one that ends it.
    """
    cfg = _rules()
    out: list[tuple[int, int, int]] = []
    for w in cfg.when.finditer(text, start, end):
        a, b = w.span()
        if text.count("《", max(start, a - 200), a) > text.count("》", max(start, a - 200), a):
            continue  # inside a title
        if w.group("p"):
            if text.startswith(("以来", "规划"), b):
                continue
            out.append((a, b, _Due(cfg.periods[w.group("p")], w.group("p"))))
            continue
        if text[a - 1 : a] in ("比", "较") or text[a - 2 : a] == "以":
            continue
        if text.startswith(("相比", "版", "为基", "为基期", "为基准"), b) or _SERIAL.match(text, b):
            continue
        tail = _MONTH_DAY.match(text, b)
        after = tail.end() if tail else b
        if text.startswith(cfg.start_after, after) or text.startswith(cfg.start_after, b):
            continue
        out.append((a, b, int(w.group("y"))))
    return out


def _due_years(text: str, start: int, end: int) -> list[int]:
    """The years in ``text[start:end]`` a target can be due in, in order (see :func:`_when`)."""
    return [y for _, _, y in _when(text, start, end)]


def _opening_year(text: str, start: int, end: int) -> int | None:
    """The year that opens the sentence at ``start`` (``到2025年，…``, ``“十四五”期间，…``,
    ``2020年底前，…``), if it opens it."""
    op = _rules().opening.match(text, start, end)
    pos = op.end() if op else start
    found = _when(text, pos, min(end, pos + 40))
    if found and found[0][0] == pos:
        return found[0][2]
    # a plan period opening a statement of goals: “十三五”科技创新的总体目标是：…
    bare = _BARE_PERIOD.match(text, pos, end)
    if bare and "目标" in text[bare.end() : min(end, bare.end() + 20)].split("。")[0]:
        return _Due(_rules().periods[bare.group(1)], bare.group(1))
    return None


_BARE_PERIOD = re.compile(r"“?(十[一二三四五]五)”?")


_SENT_START = re.compile(r"(?:^|(?<=[。；！？\n]))(?=.)", re.S)


def _sentence_openings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(offset, year)`` of each sentence in ``text[start:end]`` that opens with a year."""
    out = []
    for s in _SENT_START.finditer(text, start, end):
        y = _opening_year(text, s.start(), end)
        if y is not None:
            out.append((s.start(), y))
    return out


_PARA_START = re.compile(r"(?:^|(?<=\n))(?=.)", re.S)


def _paragraph_openings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(offset, year)`` of each paragraph in ``text[start:end]`` that opens with a year."""
    out = []
    for s in _PARA_START.finditer(text, start, end):
        y = _opening_year(text, s.start(), end)
        if y is not None:
            out.append((s.start(), y))
    return out


def _governing_year(text: str, pos: int, sent: tuple[int, int], index: PathIndex, year: int | None) -> int | None:
    """The year that governs the target at ``pos`` (GUIDE "Targets": deadline).

    In order: the last year before it in its sentence (``到2023年，再生原料利用比例达到5%``), or
    a due year after it there (``…，2025年底前完成``); else the last year that opens a sentence of
    its paragraph before it (``到2020年，…。全国农机总动力超过10亿千瓦``, replaced by a later
    ``到2025年，``); else the last year that opens a paragraph of its numbered unit before it, or
    one in the unit's short heading (``（二）发展目标 / 到2023年，… / --培育3家…``), and then
    the same in the unit's parents' own text (their heading and the paragraphs before their first
    sub-unit). A year inherited from the unit is not one before
    the document's own ``year``: a paragraph about the past does not govern the next ones.
    """
    years = _due_years(text, sent[0], pos)
    if years:
        return years[-1]
    for a, b, y in _when(text, pos, sent[1]):
        if _DUE_FORM.match(text, b) or text[max(sent[0], a - 1) : a] in ("到", "至"):
            return y
    para_start = enclosing(text, pos, "\n", window=4000)[0]
    u = index.unit_at(pos)
    if u is not None and para_start < u.body_start <= pos:
        para_start = u.body_start
    found = _sentence_openings(text, para_start, sent[0])
    if found:
        return found[-1][1]
    if u is None:
        return None

    def ok(y: int) -> bool:
        return year is None or y >= year

    # the unit's own text before the paragraph: its heading and earlier paragraphs
    def in_unit(unit: Unit, end: int) -> int | None:
        found = [y for _, y in _paragraph_openings(text, unit.body_start, end) if ok(y)]
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
    return None


def _cut_at(head: str, cue: str) -> int:
    """Where the last ``cue`` in ``head`` that ends a verb phrase starts, or -1.

    A cue that qualifies numbers (以上) or that a rate noun follows (``覆盖率``, ``年均增长率``)
    is part of the indicator there, not the verb before it.
    """
    if cue in _QUALIFIERS:
        return -1
    rates = _rules().rate_starts
    i = head.rfind(cue)
    while i >= 0 and head.startswith(rates, i + len(cue)):
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


_LIST_JOIN = re.compile(r"(?:以上|左右|以内|及以上)?\s*[、和及与]\s*$")  # between two values of a list
_TAIL_VERBS = re.compile(
    r"(?:分别|均|将|要|力争|确保|累计|稳定在|保持在|控制在|提高到|提升到|增加到|降低到|下降到|提高至|提升至|"
    r"达到|达|为|在|于|不低于|不少于|超过|超|突破|提高|提升|下降|降低|减少|增长|增加|上升|年均)+$"
)
_LEAD_WORDS = re.compile(r"^(?:其中|此外|同时|并|且|和|及|与|使|让|推动|促进)+")
_SHARED_HEAD = re.compile(r"[\u4e00-\u9fff]{0,3}(?:率|比例|比重|占比|指数)$")
_OPEN, _CLOSE = "（(“《〔[", "）)”》〕]"


def _split_top(s: str, seps: str) -> list[str]:
    """``s`` split at ``seps`` outside brackets and quotes (``各省（区、市）`` stays whole)."""
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in s:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        if depth == 0 and ch in seps:
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
            i = _cut_at(head, cue)
            if i >= 0 and i + len(cue) < len(head):
                left, right = head[:i], head[i + len(cue) :]
                head = right if len(right) >= 2 else left
        head = _HEAD_TRIM.sub("", head)
        head = _TAIL_VERBS.sub("", head)
        head = _LEAD_WORDS.sub("", head)
        # an unmatched closing bracket left of a cut: 市）农作物… -> 农作物… (trimmed again, in a loop:
        # a text with thousands of unmatched brackets must not recurse that deep)
        depth = 0
        cut = -1
        for i, ch in enumerate(head):
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                if depth == 0:
                    if ch == "”":
                        return _trim_quotes(head.strip(" ，"))
                    cut = i
                    break
                depth -= 1
        if cut < 0:
            return _trim_quotes(head.strip(" ，"))
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
    after = _AFTER_TRIM.sub("", after)
    after = _AFTER_CUT.split(after, maxsplit=1)[0]
    if after and not _AFTER_NOT_NAME.match(after) and len(after) <= 40 and after[0] not in "（(":
        got = _trim_quotes(after.strip(" "))
        if len(got) >= 2 and got not in _rules().cues:
            return got
    first, k, n = _value_run(text, start, clause)
    head = text[clause[0] : first]
    if n >= 2:
        before, sep, shared = head.rpartition("分别")
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
            last_head = _SHARED_HEAD.search(items[-1])
            item = items[k]
            if shared:
                return item + shared
            if last_head and k < n - 1 and not _SHARED_HEAD.search(item):
                return item + last_head.group()
            return item
        return _trim_head(items_text) + shared
    return _trim_head(_split_top(head, "、")[-1])


_CAP = re.compile(r"(?:以内|之内|以下)")  # 总投资控制在七千万元以内: a budget cap
_CONDITION_END = re.compile(r"(?:以上|以下|及以上|以内)?的$")  # 面值总额超过3000万美元的，…: a condition
_RATE_OF = re.compile(r"(?:^|[，；])\s*按(?:照)?[^，。；]{0,30}的$")
_DIGITS = re.compile(r"[\d零〇一二两三四五六七八九十百千万]")


def _not_a_goal(text: str, start: int, end: int, clause: tuple[int, int], cfg: _Rules) -> bool:
    """Whether a number is, by the shape of its clause, no goal.

    - inside a 《title》 (``《…20条政策措施的通知》``);
    - ``以上`` before it means "the above" (``以上两种形式``, ``颁发以上4座研究堆``);
    - ``（共23项）`` counts the document's own content; ``…×100%`` ends a formula;
    - ``按不低于采购金额的30%`` is a rate to compute with; ``每5年修订1次`` a routine's frequency;
    - its line follows a project's status in a list of projects (``在建`` / ``建设25万平方米…``);
    - its clause, after it, ends a condition with ``的`` (``面值总额超过3000万美元的，…报国务院批准``);
    - it counts a list of names just given (``选择北京、天津、…、西安11个城市``): between the
      last cue before it and it stands a list of names joined by 、, right before it, with no
      other number and no 等 (``培育电子、装备等产业集群10个`` is a goal).
    """
    line_start = text.rfind("\n", max(0, start - 300), start) + 1
    if text.count("《", line_start, start) > text.count("》", line_start, start):
        return True
    if text[start - 1 : start] in ("×", "*", "/", "÷"):  # …总人数×100%: a formula
        return True
    if text[max(0, start - 2) : start] == "（共":  # 推广的改革举措（共23项）: the document's own content
        return True
    if line_start > 0:  # the line before: a project's status in a list of projects (在建)
        prev = text[text.rfind("\n", max(0, line_start - 40), line_start - 1) + 1 : line_start - 1].strip()
        if prev in cfg.project_status:
            return True
    if text[max(clause[0], start - 2) : start] == "以上":
        return True
    head_here = text[clause[0] : start]
    if _RATE_OF.search(head_here):  # 按不低于采购金额的30%预付: a rate to compute with
        return True
    if text.startswith("次", end - 1) and not text.startswith("人次", end - 2) and "每" in head_here:  # 每5年修订1次: a routine's frequency
        return True
    tail = text[end : clause[1]].strip()
    if _CONDITION_END.search(tail) and text[clause[1] : clause[1] + 1] == "，":
        return True
    head = text[clause[0] : start]
    cue_end = max((m.end() for m in cfg.any_cue.finditer(head)), default=-1)
    between = head[cue_end:] if cue_end >= 0 else ""
    return (between.count("、") >= 3 and not _DIGITS.search(between) and "等" not in between
            and len(between.rsplit("、", 1)[1]) <= 6)


def _continues(text: str, out: list[Target], clause: tuple[int, int], start: int) -> bool:
    """Whether a number opening a clause continues the list of targets of the clause before it,
    in the same sentence (``培育3家综合型平台，20家行业型平台，100家企业级平台``): the cue
    there governs it."""
    if not out or text[clause[0] : start].strip(" ") != "":
        return False
    last = out[-1].span.end
    gap = text[last : clause[0]]
    return 0 <= clause[0] - last <= 60 and gap.count("，") == 1 and not any(c in gap for c in _SENT)


def _in_title(text: str, start: int, title_flat: str) -> bool:
    """Whether the number stands on a line that is (part of) the document's own title."""
    a, b = enclosing(text, start, "\n", window=400)
    line = _SPACES.sub("", text[a:b])
    return len(line) >= 4 and line in title_flat


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
    if states_facts(title):
        return ()
    title_flat = _SPACES.sub("", title or "")
    if units is None:
        units = numbered_units(text)
    index = PathIndex(units)
    around = Around(text)  # the clause and sentence of each number, 2000 characters at most each way
    out: list[Target] = []
    for m in cfg.pattern.finditer(text):
        m_start, m_end = m.span()
        unit_word = m.group("unit")
        if unit_word in cfg.never:
            continue
        # A 年-year, a 文号 serial or a digit glued to letters is not a count; nor is a phone
        # number, a code or an enumeration of named bodies ("X等22家企业"). At the text's start
        # the character before is "", which is "in" any string: such a number is never taken.
        before1 = text[m_start - 1 : m_start]
        if before1 in "-等" or text[m_end : m_end + 1] == "-":
            continue
        if before1 and ((before1.isascii() and before1.isalnum()) or before1 in "第〔"):
            continue
        if text[m_end : m_end + 4].startswith(cfg.not_after):
            continue
        raw = m.group("num")
        mult = m.group("mult")
        chinese = not raw[0].isdigit()
        if chinese and (mult or (len(raw) == 1 and raw in "千万")):
            continue
        if _THRESHOLD.match(text[m_end : m_end + 6]):
            continue
        # A numeral must follow a cue within the clause: the clause starts no earlier than three
        # characters back, so a cue that ends the three characters is needed in any case.
        if chinese and not text[max(0, m_start - 3) : m_start].endswith(cfg.cues):
            continue
        clause = around(m_start, _CLAUSE, 2000)
        near = text[clause[0] : min(clause[1], m_end + 4)]
        if not cfg.any_cue.search(near) and not _continues(text, out, clause, m_start):
            continue
        if chinese and not text[max(clause[0], m_start - 3) : m_start].endswith(cfg.cues):
            continue
        unit = (mult or "") + unit_word
        ctx = text[clause[0] : clause[1]]
        if unit in cfg.money_units and (not cfg.money_ok.search(ctx) or _CAP.match(text, m_end)):
            continue
        if cfg.excluded.search(ctx):
            continue
        if _not_a_goal(text, m_start, m_end, clause, cfg):
            continue
        if title_flat and _in_title(text, m_start, title_flat):
            continue
        value = to_number(raw)
        if value is None or value == 0:
            continue
        if chinese and value == 1 and unit_word not in cfg.chinese_one_units:
            continue
        sent = around(m_start, _SENT, 2000)
        if cfg.past.search(text, sent[0], m_start) or cfg.sampling.search(text, sent[0], m_start):
            continue
        due = _governing_year(text, m_start, sent, index, year)
        deadline = None if due is None else int(due)
        if deadline is not None and year is not None and deadline < year:
            continue
        out.append(
            Target(
                path=index.path_at(m_start),
                indicator=_indicator(text, m_start, m_end, clause),
                value=value,
                unit=unit,
                deadline=deadline,
                span=Span(m_start, m_end),
                sentence=Span(*sent),
                period=getattr(due, "period", ""),
            )
        )
    return tuple(out)
