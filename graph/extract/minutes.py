"""Minutes (纪要) that carry no signature, and news releases' datelines: their issuer, date and number where the usual places hold none
(``rules.toml [metadata] minutes_ends``, ``minutes_issuer_cut``; found by round 165).
"""

from __future__ import annotations

import re

from ..data import rules
from .dates import parse_date

_META = rules()["metadata"]
_ENDS = tuple(_META["minutes_ends"])
_ORG_END = tuple(_META["org_ends"])
_CUT = re.compile(_META["minutes_issuer_cut"])
_BARE_NUMBER = re.compile(r"[〔（]\s*(?:19|20)\d{2}\s*[〕）]\s*第?\s*\d{1,5}\s*号")  # a number with no organ's code
_PRINTED_ON = re.compile(r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)印发[^\S\n]*$", re.M)  # X办公室　2025年4月9日印发
_SPACES = re.compile(r"\s+")
_REPORT = re.compile(_META["report_titles"])  # 政府工作报告
_BYLINE = re.compile(_META["report_byline"])  # 池州市人民政府市长　陈某某


_DATELINE = re.compile(_META["dateline"])  # 新华社北京2025年3月21日电


def dateline_date(head: list[tuple[int, str]]) -> str | None:
    """A news release's date, from a dateline in the second to fourth lines of its head (``[metadata] dateline``)."""
    lined = next((m for _pos, line in head[1:4] if (m := _DATELINE.match(line.strip()))), None)
    return parse_date(lined.group(1)) if lined else None


_NEWS_TITLE, _NEWS_OPENING = re.compile(_META["news_title"]), re.compile(_META["news_opening"])


def news_date(title: str | None, head: list[tuple[int, str]]) -> str | None:
    """A meeting's news report's date: the day its first paragraph after the title opens with (``[metadata] news_title``,
    ``news_opening``).

    >>> news_date("宿松县召开2023年森林防火工作会议", [(0, "宿松县召开2023年森林防火工作会议"), (20, "　　2023年2月28日上午，宿松县召开…")])
    '2023-02-28'
    >>> news_date("关于召开全县森林防火工作会议的通知", [(0, "关于召开全县森林防火工作会议的通知"), (20, "2023年2月28日上午…")])
    """
    if title is None or _NEWS_TITLE.search(title) is None:
        return None
    first = next((line for _pos, line in head[1:4] if line.strip()), "")
    m = _NEWS_OPENING.match(first)
    return parse_date(m.group(1)) if m else None


def is_minutes(title: str | None) -> bool:
    return title is not None and title.endswith(_ENDS)


def minutes_issuer(title: str | None) -> str | None:
    """The body an unsigned minutes' title names.

    >>> minutes_issuer("贞丰县人民政府第十二次常务会议纪要"), minutes_issuer("关于甲的会议纪要")
    ('贞丰县人民政府', None)
    """
    cut = _CUT.search(title or "")
    if title is None or cut is None or not title[: cut.start()].endswith(_ORG_END):
        return None
    return title[: cut.start()]


def minutes_date(text: str) -> str | None:
    """The day of the last line that prints the minutes.

    >>> minutes_date("会议要求…。\\n贞丰县人民政府办公室　　2025年4月9日印发\\n")
    '2025-04-09'
    """
    return next((parse_date(m.group(1)) for m in reversed(list(_PRINTED_ON.finditer(text)))), None)


def minutes_number(lines: list[str]) -> str | None:
    """A number printed alone with no organ's code (〔2025〕12号) on one of ``lines``.

    >>> minutes_number(["贞丰县人民政府第十二次常务会议纪要", "〔2025〕12号"])
    '〔2025〕12号'
    """
    return next((_SPACES.sub("", ln.strip()) for ln in lines if _BARE_NUMBER.fullmatch(ln.strip())), None)


def unsigned_issuer(title: str | None, head: list[tuple[int, str]]) -> str | None:
    """Where no signature names the issuer: unsigned minutes' body in the title (``minutes_issuer``), or a work report's
    government in the byline among the head's first lines (``[metadata] report_titles``, ``report_byline``).

    >>> unsigned_issuer("政府工作报告", [(0, "政府工作报告"), (7, "——在池州市人民代表大会上"), (20, "池州市人民政府市长　陈某某")])
    '池州市人民政府'
    >>> unsigned_issuer("在全市工作会议上的讲话", [(0, "在全市工作会议上的讲话"), (12, "亳州市人民政府副市长　刘某某")]) is None
    True
    """
    if is_minutes(title):
        return minutes_issuer(title)
    if title is None or not _REPORT.match(title):
        return None
    return next((m.group(1) for _pos, line in head[1:5] if (m := _BYLINE.match(line.strip()))), None)
