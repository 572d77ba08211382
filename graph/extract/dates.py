"""Dates as printed (``2016年5月24日``, ``二〇一六年五月二十四日``, ``2016-05-24``) as ISO dates."""

from __future__ import annotations

import re

_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_DATE = re.compile(r"((?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                   r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_NUMERIC_DATE = re.compile(r"((?:19|20)\d{2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)")


def _cn_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if all(ch in _CN_DIGIT for ch in s):
        return int("".join(str(_CN_DIGIT[ch]) for ch in s))
    # 十, 十二, 二十, 二十一, 三十一
    total, tens = 0, s.find("十")
    if tens < 0:
        return _CN_DIGIT.get(s, 0)
    total += (_CN_DIGIT[s[:tens]] if tens > 0 else 1) * 10
    if tens + 1 < len(s):
        total += _CN_DIGIT[s[tens + 1]]
    return total


def _first_date(s: str) -> re.Match[str] | None:
    """``_DATE.search(s)``, tried only where a date can start.

    A date's four-character year is followed by spaces and 年, so each 年 names the one place a
    date through it starts: four characters before the spaces before it. The first of those
    places where the date matches is where the search would find it.
    """
    year_end = s.find("年")
    while year_end >= 0:
        start = year_end
        while start > 0 and s[start - 1].isspace():
            start -= 1
        start -= 4
        if start >= 0:
            m = _DATE.match(s, start)
            if m is not None:
                return m
        year_end = s.find("年", year_end + 1)
    return None


def parse_date(s: str) -> str | None:
    """``2016年5月24日``, ``二〇一六年五月二十四日`` or ``2016-05-24`` -> ``2016-05-24``.

    >>> parse_date("二〇一六年五月二十四日"), parse_date("2018.12.06")
    ('2016-05-24', '2018-12-06')
    """
    m = _first_date(s) or _NUMERIC_DATE.search(s)
    if m is None:
        return None
    y, mo, d = (_cn_number(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"

