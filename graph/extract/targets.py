"""Quantitative targets (GUIDE.md "Targets").

>>> t = "到2020年，规模养殖场粪污处理设施装备配套率达到95%以上。"
>>> [(x.indicator, x.value, x.unit, x.deadline) for x in extract_targets(t)]
[('规模养殖场粪污处理设施装备配套率', 95.0, '%', 2020)]
"""

from __future__ import annotations

import re
from functools import cache

from ..data import rules
from ..model import Span, Target, Unit
from .numbers import to_number
from .spans import enclosing
from .structure import PathIndex, numbered_units

__all__ = ["extract_targets"]

_CN = "零〇一二两三四五六七八九十百千万"
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\d{0,2}月\d)")
_OPENING_YEAR = re.compile(r"^[\s]*(?:到|至|力争到|力争|争取到|争取|在)?\s*((?:19|20)\d{2})\s*年")
_SENT = "。；！？\n"
_CLAUSE = "，。；！？：\n"


@cache
def _pattern() -> re.Pattern[str]:
    units = sorted(rules()["targets"]["units"], key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    return re.compile(
        r"(?<![\d.第])"
        rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{_CN}]{{1,6}})"
        rf"(?:(?P<sep>[-~—–至到])(?P<num2>\d+(?:\.\d+)?|[{_CN}]{{1,6}}))?"
        r"(?P<mult>万亿|亿|万)?"
        rf"(?P<unit>{unit_alt})"
    )


def _bounds(text: str, pos: int, seps: str) -> tuple[int, int]:
    return enclosing(text, pos, seps, window=2000)


def _indicator(text: str, start: int, end: int, clause: tuple[int, int]) -> str:
    cues = sorted(rules()["targets"]["cues"], key=len, reverse=True)
    after = text[end : clause[1]]
    after = re.sub(r"^(以上|左右|以内|之内|及以上|多|余)+", "", after)
    after = re.split(r"[、，（(]", after, maxsplit=1)[0]
    if after and not re.match(r"^(的|达到|以|为|和|或|并|等|，|、)", after) and len(after) <= 40:
        return after.strip(" “”")
    head = text[clause[0] : start]
    head = re.split(r"[、]", head)[-1]
    head = _YEAR.sub("", head)
    for cue in cues:
        i = head.rfind(cue)
        if i >= 0 and i + len(cue) < len(head):
            left, right = head[:i], head[i + len(cue) :]
            head = right if len(right) >= 2 else left
    head = re.sub(r"^(年度内|全年|全省|全国|全市|年底前|年底|底前|前|到|至|在|全区)+", "", head)
    head = re.sub(r"(达到|达|为|在|于|提高到|控制在|保持在|不低于|不少于|超过|突破)$", "", head)
    return head.strip(" “”，")


def extract_targets(text: str, units: tuple[Unit, ...] | None = None) -> tuple[Target, ...]:
    """Every target of a normalised document text, in reading order."""
    cfg = rules()["targets"]
    if units is None:
        units = numbered_units(text)
    index = PathIndex(units)
    out: list[Target] = []
    for m in _pattern().finditer(text):
        unit = (m.group("mult") or "") + m.group("unit")
        if m.group("unit") in cfg["never"]:
            continue
        raw = m.group("num")
        chinese = not raw[0].isdigit()
        if chinese and (m.group("mult") or (any(ch in raw for ch in "千万") and len(raw) == 1)):
            continue
        value = to_number(raw)
        if value is None or value == 0:
            continue
        # A 年-year, a 文号 serial or a digit glued to letters is not a count.
        before1 = text[m.start() - 1 : m.start()]
        if before1 and ((before1.isascii() and before1.isalnum()) or before1 in "第〔"):
            continue
        # a phone number, a code or an enumeration of named bodies ("X等22家企业")
        if before1 in "-等" or text[m.end() : m.end() + 1] == "-":
            continue
        if text[m.end() : m.end() + 4].startswith(tuple(cfg["not_after"])):
            continue
        clause = _bounds(text, m.start(), _CLAUSE)
        ctx = text[clause[0] : clause[1]]
        if any(w in ctx for w in cfg["exclude_context"]):
            continue
        after = text[m.end() : m.end() + 6]
        # "66人以上超大班额": a threshold that qualifies a noun, not a goal
        if re.match(r"^(以上|以下|及以上)(?=[\u4e00-\u9fff])(?!的目标)", after):
            continue
        if unit in cfg["money_units"] and not any(w in ctx for w in cfg["money_ok"]):
            continue
        near = text[clause[0] : min(clause[1], m.end() + 4)]
        if not any(c in near for c in cfg["cues"]):
            continue
        if chinese and value == 1 and m.group("unit") not in cfg["chinese_one_units"]:
            continue
        if chinese:
            pre = text[max(clause[0], m.start() - 3) : m.start()]
            if not any(pre.endswith(c) for c in cfg["cues"]):
                continue
        sent = _bounds(text, m.start(), _SENT)
        years = [int(y.group(1)) for y in _YEAR.finditer(text, sent[0], m.start())]
        deadline: int | None = years[-1] if years else None
        if deadline is None:
            para_start = enclosing(text, m.start(), "\n", window=4000)[0]
            u = index.unit_at(m.start())
            body = max(para_start, u.body_start if u is not None and u.body_start <= m.start() else para_start)
            op = _OPENING_YEAR.match(text, body)
            if op and not _YEAR.search(text, op.end(), m.start()):
                deadline = int(op.group(1))
        out.append(
            Target(
                path=index.path_at(m.start()),
                indicator=_indicator(text, m.start(), m.end(), clause),
                value=value,
                unit=unit,
                deadline=deadline,
                span=Span(m.start(), m.end()),
                sentence=Span(*sent),
            )
        )
    return tuple(out)
