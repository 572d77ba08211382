"""Numbers that are no targets by the shape of their clause (GUIDE.md "Targets": non-targets):
thresholds, budget caps, conditions, rates, counts of a list, numbers in titles."""

from __future__ import annotations

import re

from ..data import rules
from ..model import Target
from .indicators import _indicator
from .spans import enclosing
from .target_rules import _Rules

_SENT = "。；！？\n"
_LIST_JOINERS = str(rules()["targets"]["filters"]["list_joiners"])
_SPACES = re.compile(r"\s+")
# "66人以上超大班额": a threshold that qualifies a noun, not a goal
_FILTERS = rules()["targets"]["filters"]
_THRESHOLD = re.compile(_FILTERS["threshold"])


_CAP = re.compile(_FILTERS["cap"])  # 总投资控制在七千万元以内: a budget cap
_CONDITION_END = re.compile(_FILTERS["condition_end"])  # 面值总额超过3000万美元的，…: a condition
_RATE_OF = re.compile(_FILTERS["rate_of"])
_THRESHOLD_BEFORE = re.compile(_FILTERS["threshold_before"])  # 年能源消费量超过1万吨标准煤的单位
_THRESHOLD_OF = re.compile(_FILTERS["threshold_of"])
_WEIGHT_BEFORE = re.compile(_FILTERS["weight_before"])
_NORM_BEFORE = re.compile(_FILTERS["norm_before"])  # 按照每千人口不少于10个托位规划: a norm
_NORM_AFTER = re.compile(_FILTERS["norm_after"])  # 0.3平方米标准配建: a norm's value
_EACH_SIZE = re.compile(_FILTERS["each_size_before"])  # 每个面积不低于600平方米: a specification
_RATE_NAME_AFTER = re.compile(_FILTERS["rate_name_after"])  # 500米覆盖率达到: the rate's name


def per_capita_norm(text: str, start: int, clause: tuple[int, int], end: int | None = None) -> bool:
    """Whether the number is a per-capita norm each project is built to (``按照每千人口不少于10个
    托位规划、建设…``, ``按室内人均建筑面积不低于0.1平方米…配建``), or the value of a norm named
    right after it (``…不低于0.3平方米标准配建``: ``end``, the number's end, given); the caller keeps
    it when a year governs it (a retrofit due by then)."""
    return bool(_NORM_BEFORE.search(text, clause[0], start)) or (end is not None and bool(_NORM_AFTER.match(text, end)))


_NORM_COMPARE = re.compile(_FILTERS["norm_compare"])
_NORM_NOUN_END = re.compile(_FILTERS["norm_noun_end"])


def norm_indicator(text: str, start: int, end: int, clause: tuple[int, int]) -> str:
    """The indicator of a per-capita norm a year governs (a goal): the 每-phrase and the counted noun
    after the number (``按照每千人口不少于8个托位建设…`` -> ``每千人口托位``); "" when there is none."""
    m = _NORM_BEFORE.search(text, clause[0], start)
    if m is None:
        return ""
    per = text[m.start() : start]
    per = _NORM_COMPARE.sub("", per[per.index("每") :])
    noun = _NORM_NOUN_END.split(text[end : clause[1]], maxsplit=1)[0].strip()
    return per + noun if noun else ""
_MONEY_QUALIFIES = re.compile(_FILTERS["money_qualifies"])  # 营业收入超50亿元的企业: a threshold
_DIGITS = re.compile(r"[\d零〇一二两三四五六七八九十百千万]")
_OWN_COUNT, _THE_ABOVE = _FILTERS["own_count"], _FILTERS["the_above"]
_RELATIVE = _FILTERS["relative"]  # 引进的2艘: a cue and 的 before a number describe the things
_SUB_INDICATOR = _FILTERS["sub_indicator"]  # 其中: a part of the target before it
_EVERY, _TIMES, _ONCE = _FILTERS["every"], _FILTERS["times"], frozenset(_FILTERS["times_once"])
_PER_BASE = _FILTERS["per_base_before"]
_PARALLEL_HEAD, _CIRCLED = int(_FILTERS["parallel_head"]), _FILTERS["circled"]
_PARALLEL_NOT = tuple(_FILTERS["parallel_not"])
_THRESHOLD_AMOUNT = re.compile(_FILTERS["threshold_amount"])  # 其中产值超10亿元企业: a threshold
_NOUN = re.compile(_FILTERS["parallel_noun"])  # a short noun (after a circled label)
_AGES = frozenset(_FILTERS["age_words"])  # 65岁及以上老年人: the people measured
_AGE_RANGE = re.compile(_FILTERS["age_range"])
_AGE_BEFORE = re.compile(r"[\d零〇一二两三四五六七八九十百]周?$")  # 65岁, 80周岁 (岁 in 周岁 too)
_QUALIFIER_GAP = re.compile(_FILTERS["qualifier_gap"])  # 1个千亩以上的示范园: 千亩
_QUALIFIER_REACH = int(_FILTERS["qualifier_reach"])
_NEXT_ITEM = re.compile(_FILTERS["next_item"])  # 存款余额达到2.5万亿元、贷款余额…
_NEXT_ITEM_WORDS = frozenset(_FILTERS["next_item_words"])  # …3000套（间）、发放租赁补贴1000户
_IN_RATES = frozenset(_FILTERS["in_rate_names"])  # 急救电话接听率
_RATE_WORDS = tuple(_FILTERS["rate_words"])
_RANGE_SEP = _FILTERS["range_sep"]  # 增长5%—6%
_CLASS_UNITS = tuple(_FILTERS["class_units"])  # 500千伏变电站: a class of substations
_CJK_NEXT = re.compile(r"[\u4e00-\u9fff]")
_SIZE_BEFORE = re.compile(_FILTERS["size_before"])  # 炭化室高度4.3米焦炉: the size of the kind
_OWN_LIST = re.compile(_FILTERS["own_list"])  # 三个目标：
_OWN_TOTAL_BEFORE, _OWN_TOTAL_AFTER = _FILTERS["own_total_before"], re.compile(_FILTERS["own_total_after"])  # 共十项，具体如下
_PHASE_UNIT, _PHASE_OF = _FILTERS["phase_unit"], tuple(_FILTERS["phase_of"])  # 软件园一期: a phase
_CHAPTER = re.compile(_FILTERS["chapter"])  # 三、工作措施: a heading ends a list of projects
_FROM_BEFORE = re.compile(_FILTERS["from_before"])  # 由2010年的3.2%提高到…: a baseline
_FROM_AFTER = re.compile(_FILTERS["from_after"])
_LEAD_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _range_upper(text: str, start: int, end: int) -> bool:
    """Whether the number is the second bound of a range whose bounds each print the unit
    (``增长5%—6%``): the range's goal is its lower bound, read at the first."""
    m = _LEAD_DIGITS.match(text, start, end)
    if m is None or m.end() == end:
        return False
    unit = re.escape(text[m.end() : end])
    return re.search(r"\d" + unit + _RANGE_SEP + r"$", text[max(0, start - 24) : start]) is not None


def describes_other(text: str, word: tuple[int, int], number: tuple[int, int], unit_word: str,
                    clause: tuple[int, int], cfg: _Rules) -> bool:
    """Whether an exclusion word found in a number's clause describes something else than the
    number, so that it does not exclude it:

    - an age with 以上 / 以下 before the number names the people measured
      (``65岁及以上老年人健康管理率达到75%``), not an age rule;
    - a threshold word after a count and its measure word (and the threshold's own amount) opens a
      的-phrase qualifying the noun counted (``建成1个千亩以上的标准化示范园``);
    - a word naming an indicator, or money granted, in the next item of a list after the number
      (``存款余额达到2.5万亿元、贷款余额达到1.9万亿元``: 贷款 is the next item's; ``…3000套（间）、发放租赁补贴1000户``);
    - a word in the name of the rate the number measures (``急救电话接听率实现百分之百``), not a
      phone number.
    """
    (w_start, w_end), (start, end) = word, number
    name = text[w_start:w_end]
    if name in _IN_RATES and w_end <= start:  # 急救电话接听率: the rate's own name
        return _indicator(text, start, end, clause).endswith(_RATE_WORDS)
    if w_end <= start:
        return (name in _AGES and _AGE_BEFORE.search(text, max(0, w_start - 2), w_start) is not None
                and _AGE_RANGE.match(text, w_end) is not None)
    if w_start < end:
        return False
    if (name in cfg.excluded_named or name in _NEXT_ITEM_WORDS) and _NEXT_ITEM.match(text, end):
        return True
    return (name in cfg.qualifying and unit_word in cfg.classifiers
            and _QUALIFIER_GAP.fullmatch(text, end, w_start) is not None
            and "的" in text[w_start - 1 : min(clause[1], w_end + _QUALIFIER_REACH)])


def _not_a_goal(text: str, start: int, end: int, clause: tuple[int, int], cfg: _Rules) -> bool:
    """Whether a number is, by the shape of its clause, no goal.

    - a unit of Latin letters glued to more letters (``A―60PLUS``: no 60 P);
    - a voltage glued to the noun it classes (``500千伏变电站``);
    - the second bound of a range printed with its unit twice (``增长5%—6%``);
    - a count of the document's own items before a colon (``实现三个目标：一是…``), or a total of
      them after 共 (``重点任务共十项，具体如下``);
    - a phase of the facility named right before it (``无锡软件园一期``);
    - the value a change starts from (``由2010年的3.2%提高到…``);
    - the count of every place of an area (``全县15个乡镇``); the size of each thing counted
      (``每个面积不低于600平方米``); the base of a ratio right after 每 (``每10万人口``); a number glued to the name of the rate measured (``公交站点500米覆盖率
      达到100%``);
    - inside a 《title》 (``《…20条政策措施的通知》``);
    - ``以上`` before it means "the above" (``以上两种形式``, ``颁发以上4座研究堆``);
    - ``（共23项）`` counts the document's own content; ``…×100%`` ends a formula;
    - a comparison before it and a 的-phrase after it (``超过1万吨标准煤的独立法人单位``) qualify a
      noun: a threshold;
    - a percentage right after 评价 / 权重 (``自我评价20%``) weighs a part of a score;
    - ``按不低于采购金额的30%`` is a rate to compute with; ``每5年修订1次`` a routine's cycle (once a period);
    - its line follows a project's status in a list of projects (``在建`` / ``建设25万平方米…``);
    - its clause, after it, ends a condition with ``的`` (``面值总额超过3000万美元的，…报国务院批准``);
    - its clause's only cue stands right before it with 的 (``从美国引进的2艘…飞艇``): a relative
      clause describes the things counted;
    - it counts a list of names just given (``选择北京、天津、…、西安11个城市``): between the
      last cue before it and it stands a list of names joined by 、, right before it, with no
      other number and no 等 (``培育电子、装备等产业集群10个`` is a goal).
    """
    if text[end - 1 : end].isascii() and text[end - 1].isalpha() and text[end : end + 1].isascii() and text[end : end + 1].isalnum():
        return True  # a unit of Latin letters glued to a word (60P in A―60PLUS, 3P in 3PB): a code
    if _range_upper(text, start, end):  # 增长5%—6%: the lower bound is the goal
        return True
    if _OWN_LIST.match(text, end):  # 实现三个目标：一是…: the document's own items
        return True
    if text[start - 1 : start] == _OWN_TOTAL_BEFORE and _OWN_TOTAL_AFTER.match(text, end):
        return True  # 重点任务共十项，具体如下: the items the text lists
    if text.endswith(_PHASE_UNIT, start, end) and text.endswith(_PHASE_OF, 0, start):
        return True  # 建成无锡软件园一期: a phase of the park
    if text.endswith(_CLASS_UNITS, start, end) and _CJK_NEXT.match(text, end):
        return True  # 500千伏变电站: the class of the substations
    if _SIZE_BEFORE.search(text, max(0, start - 4), start) and _CJK_NEXT.match(text, end):
        return True  # 退出炭化室高度4.3米焦炉: the size of the coke ovens retired
    if _FROM_BEFORE.search(text, max(clause[0], start - 12), start) and _FROM_AFTER.match(text, end):
        return True  # 由2010年的3.2%提高到2015年的6%: the value the change starts from
    if every_place(text, start, end):  # 实现全县15个乡镇…全覆盖: every place of the area
        return True
    if _EACH_SIZE.search(text, max(clause[0], start - 16), start):  # 每个面积不低于600平方米: each one's size
        return True
    if text[start - 1 : start] == _PER_BASE:  # 每10万人口康复医师达到8人: the base of the ratio
        return True
    if _RATE_NAME_AFTER.match(text, end, clause[1]):  # 公交站点500米覆盖率达到100%: part of the rate's name
        return True
    line_start = text.rfind("\n", max(0, start - 300), start) + 1
    if text.count("《", line_start, start) > text.count("》", line_start, start):
        return True
    if text[start - 1 : start] in ("×", "*", "/", "÷"):  # …总人数×100%: a formula
        return True
    if text[end - 1 : end] == "%" and _WEIGHT_BEFORE.search(text, max(0, start - 4), start):
        return True  # 自我评价20%: a weight in a scoring scheme
    if text[max(0, start - len(_OWN_COUNT)) : start] == _OWN_COUNT:  # 推广的改革举措（共23项）: the document's own content
        return True
    if line_start > 0:  # the line before: a project's status in a list of projects (在建)
        prev = text[text.rfind("\n", max(0, line_start - 40), line_start - 1) + 1 : line_start - 1].strip()
        if prev in cfg.project_status:
            return True
    if text[max(clause[0], start - len(_THE_ABOVE)) : start] == _THE_ABOVE:
        return True
    head_here = text[clause[0] : start]
    if _THRESHOLD_BEFORE.search(head_here) and _THRESHOLD_OF.match(text[end : end + 8]):
        return True  # 年能源消费量超过1万吨标准煤的独立法人单位: a threshold qualifying a noun
    if _RATE_OF.search(head_here):  # 按不低于采购金额的30%预付: a rate to compute with
        return True
    if (text.startswith(_TIMES, end - len(_TIMES)) and text[start : end - len(_TIMES)] in _ONCE
            and _EVERY in head_here):  # 每5年修订1次: a routine's cycle (not 人次, 场次; 每年检查4次 a workload)
        return True
    tail = text[end : clause[1]].strip()
    if _CONDITION_END.search(tail) and text[clause[1] : clause[1] + 1] == "，":
        return True
    head = text[clause[0] : start]
    cues = list(cfg.any_cue.finditer(head))
    if (len(cues) == 1 and head.endswith(_RELATIVE) and cues[0].end() == len(head) - len(_RELATIVE)
            and cfg.any_cue.search(text, end, clause[1]) is None):
        return True  # 从美国引进的2艘飞艇: the things a relative clause describes, the clause's only cue
    cue_end = max((m.end() for m in cues), default=-1)
    between = head[cue_end:] if cue_end >= 0 else ""
    return (between.count("、") >= 3 and not _DIGITS.search(between) and "等" not in between
            and len(between.rsplit("、", 1)[1]) <= 6)


_MONEY_BEFORE_COUNT = re.compile(_FILTERS["money_before_count"])
_MONEY_THRESHOLD_BEFORE = tuple(_FILTERS["money_threshold_before"])


def money_qualifies_count(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether a money amount after 超 / 超过 qualifies the short noun right after it, which the
    clause's next number counts (``其中产值超10亿元企业15户``:企业 with more than 1 billion of
    output, 15 of them): a threshold, as ``营业收入超50亿元的企业`` is."""
    return text[max(clause[0], start - 2) : start].endswith(_MONEY_THRESHOLD_BEFORE) and bool(
        _MONEY_BEFORE_COUNT.match(text, end, clause[1])
    )


_PLACE_COUNT = re.compile(_FILTERS["every_place_before"])  # 全县15个乡镇: every place of the area
_PLACE_NOUNS = tuple(sorted(_FILTERS["every_place_nouns"], key=len, reverse=True))


def every_place(text: str, start: int, end: int) -> bool:
    """Whether the number counts every place of an area right after its name (``实现全县15个乡镇…
    全覆盖``, ``全市9个县（市、区）``): the present set of places, not a count to reach."""
    return bool(_PLACE_COUNT.search(text, max(0, start - 4), start)) and text.startswith(_PLACE_NOUNS, end)


def counts_noun(text: str, start: int, end: int, unit: str, cfg: _Rules) -> bool:
    """Whether a number with ``以上`` and a noun after it counts that noun (``推动1000家以上企业
    开展诊断``: at least 1000 enterprises), not a threshold that qualifies it (``66人以上超大班额``,
    ``3项以上专利的企业``): a measure word that counts things, a cue right before the number, and
    no 的 between 以上 and the clause's end."""
    if unit not in cfg.classifiers or not text[max(0, start - 4) : start].endswith(cfg.cues):
        return False
    rest = text[end : end + 20]
    for stop in "，。；：\n（(":
        rest = rest.split(stop, 1)[0]
    return "的" not in rest


def _continues(text: str, out: list[Target], clause: tuple[int, int], start: int, unit: str = "") -> bool:
    """Whether a number opening a clause continues the list of targets of the clause before it,
    in the same sentence (``培育3家综合型平台，20家行业型平台，100家企业级平台``), or naming a
    part of it (``培训5000人次，其中新型职业农民800人``), or a short noun in the same unit
    (``禁牧面积稳定在2.45亿亩，草畜平衡面积2.29亿亩``; after a ；with the next circled label:
    ``其中①青贮玉米20万亩；②燕麦30万亩``), or glued to the target before it (``搬迁300户1200人``):
    the cue there governs it."""
    if not out:
        return False
    if out[-1].span.end == start:  # 易地扶贫搬迁300户1200人: a second count of the same thing
        return True
    head = text[clause[0] : start].strip(" ")
    circled = bool(head) and head[0] in _CIRCLED
    parallel = (
        bool(unit) and _NOUN.fullmatch(head) is not None and len(head) <= _PARALLEL_HEAD
        and not _DIGITS.search(head)
        and "的" not in head and not any(w in head for w in _PARALLEL_NOT)
    )
    if head and not (head.startswith(_SUB_INDICATOR) and not _DIGITS.search(_THRESHOLD_AMOUNT.sub("", head))) and not parallel:
        return False
    last = out[-1].span.end
    gap = text[last : clause[0]]
    if circled and parallel:  # ；②…: the next item of the list the target before opened
        return 0 <= clause[0] - last <= 60 and gap.strip() == "；"
    return 0 <= clause[0] - last <= 60 and gap.count("，") == 1 and not any(c in gap for c in _SENT)


def _in_title(text: str, start: int, title_flat: str) -> bool:
    """Whether the number stands on a line that is (part of) the document's own title."""
    a, b = enclosing(text, start, "\n", window=400)
    line = _SPACES.sub("", text[a:b])
    return len(line) >= 4 and line in title_flat


_TABLES = rules()["tables"]
_PROJECT_CELLS = frozenset(_TABLES["project_headers"])
_SERIAL_CELLS = frozenset(_TABLES["serial_headers"])
_GOAL_CELLS = frozenset(_TABLES["goal_column_headers"])
_SHARE_BEFORE = re.compile(_FILTERS["share_before"])
_SHARE_AFTER = re.compile(_FILTERS["share_after"])
_PROSE_LINE = int(_FILTERS["prose_line"])  # a line this long with a 。 and no tab: the text goes on after a table


def _ends_projects(lines: list[tuple[int, str]], j: int, tabbed: bool) -> bool:
    """Whether line ``j`` ends a list of projects: a line of prose; or, in a table of cells joined by
    tabs, a chapter's heading (三、工作措施) whose next line is no row (一、南昌市（8个） then a row
    groups the rows)."""
    line = lines[j][1]
    if "\t" in line:
        return False
    if len(line) >= _PROSE_LINE and "。" in line:
        return True
    if not tabbed or _CHAPTER.match(line) is None:
        return False
    after = next((ln for _, ln in lines[j + 1 :] if ln.strip()), "")
    return "\t" not in after


def project_tables(text: str) -> list[tuple[int, int]]:
    """The spans of the lists of projects in a text (a header with a serial cell and a project
    cell: ``序号 / 项目名称 / 投资总额 / …``, one cell per line or a row of cells joined by tabs),
    from the header to the end of the table (a line of prose, a chapter's heading such as
    ``三、工作措施``, or the text's end). The numbers
    in their rows (investment, capacity, floor area of a named project) describe the project,
    they are no goals of the document. A header with a column of goals (``目标任务``) makes no such list."""
    if not any(w in text for w in _PROJECT_CELLS):
        return []
    spans: list[tuple[int, int]] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for ln in text.split("\n"):
        lines.append((pos, ln))
        pos += len(ln) + 1
    k = 0
    while k < len(lines):
        start, ln = lines[k]
        cells = {c.strip() for c in ln.split("\t")}
        recent = {c.strip() for _, prev in lines[max(0, k - 3) : k + 1] for c in prev.split("\t")}
        header = recent | {c.strip() for _, nxt in lines[k + 1 : k + 5] for c in nxt.split("\t")}
        if cells & _PROJECT_CELLS and recent & _SERIAL_CELLS and not header & _GOAL_CELLS:
            j = k + 1
            while j < len(lines) and not _ends_projects(lines, j, "\t" in ln):
                j += 1
            end = lines[j][0] if j < len(lines) else len(text)
            spans.append((start, end))
            k = j
        k += 1
    return spans


def in_project_row(text: str, start: int, spans: list[tuple[int, int]], due: bool) -> bool:
    """Whether a number stands in a row of a list of projects and its cell gives no year it is
    due by (``2025年底前建成``: a goal in the row stays one)."""
    return not due and any(a <= start < b for a, b in spans)


def share_of_set(text: str, clause_start: int, start: int, end: int) -> str | None:
    """The set a percentage is the share of, when it qualifies one the document commits to act
    in (``在50%以上的各类国家级园区实施循环化改造`` -> ``各类国家级园区``): a target whose
    indicator is that set; else None."""
    before = _SHARE_BEFORE.match(text[clause_start:start]) if text[end - 1 : end] == "%" else None
    if before is None:
        return None
    m = _SHARE_AFTER.match(text[end : end + 40])
    return (before.group("place") or "") + m.group("noun") if m else None



_SAMPLE_SHARE = re.compile(rules()["targets"]["exclude_sample_share"])
_SAMPLE_GOAL_JOIN = re.compile(rules()["targets"]["sample_goal_join"])


def sampled(text: str, span: tuple[int, int], clause: tuple[int, int], sent: tuple[int, int], cfg: _Rules) -> bool:
    """Whether a number counts a sample drawn for an inspection: a sampling word (``随机抽查``) before it in its own
    clause, or before a ``其中`` that names the sample's parts (``随机抽查4个企业和项目，其中：2个…``), or its share right
    before the sampling words (``按照不低于3%的比例随机抽查``); not a workload to complete (``完成…抽检3000批次``). Another
    clause of the sentence keeps its goal (``每月随机抽查5家，全年培训2000人次以上``), as does a goal joined to the sample in
    its clause (``随机抽查100家并完成整改80家``)."""
    start, end = span
    if _SAMPLE_SHARE.match(text, end):
        return True
    found = [m.start() for m in cfg.sampling.finditer(text, sent[0], start)]
    if not found or cfg.sampling_goal.search(text, sent[0], start):
        return False
    if _SAMPLE_GOAL_JOIN.search(text, found[-1], start):  # 随机抽查100家并完成整改80家: the goal's number
        return False
    return found[-1] >= clause[0] or _SUB_INDICATOR in text[found[-1] : start]
