"""Balanced brackets in normalised text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

__all__ = ["CLOSE", "OPEN", "depth_split", "parentheticals"]

OPEN = "（〔"
CLOSE = "）〕"
_PAIR = {"（": "）", "〔": "〕"}
_OPEN_PAREN = re.compile("（")
_CLOSE_PAREN = re.compile("）")


def parentheticals(text: str, *, max_len: int = 400) -> Iterator[tuple[int, int]]:
    """Outermost ``（…）`` groups as ``(start, end)`` (end after the closing bracket).

    Unbalanced or over-long groups are skipped (the groups inside them are still found), never
    raised on. Linear time: brackets are matched once with a stack, so a file of a hundred
    thousand unclosed brackets costs no more than its length.

    >>> list(parentheticals("甲（乙（丙）丁）戊（己"))
    [(1, 8)]
    >>> list(parentheticals("（（甲）"))
    [(1, 4)]
    """
    # The brackets in reading order: each kind found by its own scan for one character (much
    # faster in the regex engine than a scan for either), then merged.
    opens = [m.start() for m in _OPEN_PAREN.finditer(text)]
    if not opens:
        return
    closes = [m.start() for m in _CLOSE_PAREN.finditer(text)]
    partner: dict[int, int] = {}
    stack: list[int] = []
    j, n_closes = 0, len(closes)
    for o in opens:
        while j < n_closes and closes[j] < o:
            if stack:
                partner[stack.pop()] = closes[j]
            j += 1
        stack.append(o)
    while j < n_closes and stack:
        partner[stack.pop()] = closes[j]
        j += 1
    i = 0
    opens = sorted(partner)
    for start in opens:
        if start < i:
            continue
        close = partner[start]
        if close - start < max_len:
            yield start, close + 1
            i = close + 1


@cache
def _split_pattern(seps: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(OPEN + CLOSE + seps) + "]")


def depth_split(text: str, seps: str) -> list[tuple[int, int]]:
    """Split ``text`` at any of ``seps`` that stands outside brackets; spans of the pieces.

    Only brackets and separators change anything, so only they are visited (found by a regex).

    >>> s = "各市、县（区）政府、省教育厅"
    >>> [s[a:b] for a, b in depth_split(s, "、")]
    ['各市', '县（区）政府', '省教育厅']
    """
    out: list[tuple[int, int]] = []
    depth, last = 0, 0
    for m in _split_pattern(seps).finditer(text):
        ch = m.group()
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            i = m.start()
            out.append((last, i))
            last = i + 1
    out.append((last, len(text)))
    return out
