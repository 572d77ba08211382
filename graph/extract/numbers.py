"""Numbers as printed in Chinese policy text: Arabic, Chinese numerals, 万/亿, ranges.

Kept behind this module so the converter (cn2an) can be replaced.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["NUMBER", "to_number"]

_CN_CHARS = "零〇一二两三四五六七八九十百千万亿"
# Arabic (1,000 / 3.5 / 1.5万) or Chinese (三十 / 十万), optionally a range (2-3 / 二至三).
NUMBER = re.compile(
    rf"(?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:万亿|万|亿)?|[{_CN_CHARS}]+)"
    rf"(?:(?P<sep>[-~—–至到])(?P<num2>(?:\d+(?:\.\d+)?(?:万亿|万|亿)?)|[{_CN_CHARS}]+))?"
)


@cache
def _converter() -> Any:
    import cn2an

    return cn2an.Cn2An()


def to_number(s: str) -> float | None:
    """``"1,000"`` -> 1000.0, ``"1.5万"`` -> 15000.0, ``"三十"`` -> 30.0; None if not a number.

    >>> to_number("1.5万"), to_number("三十"), to_number("十万"), to_number("一批")
    (15000.0, 30.0, 100000.0, None)
    """
    s = s.replace(",", "").strip()
    if not s:
        return None
    mult = 1.0
    for word, factor in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if s.endswith(word) and len(s) > len(word) and s[0].isdigit():
            s, mult = s[: -len(word)], factor
            break
    try:
        return float(s) * mult
    except ValueError:
        pass
    try:
        value = _converter().cn2an(s, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return float(value)
