"""Balanced brackets in normalised text."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["CLOSE", "OPEN", "depth_split", "parentheticals"]

OPEN = "（〔"
CLOSE = "）〕"
_PAIR = {"（": "）", "〔": "〕"}
_BRACKET = re.compile("[（）]")


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
    partner: dict[int, int] = {}
    stack: list[int] = []
    for m in _BRACKET.finditer(text):
        if m.group() == "（":
            stack.append(m.start())
        elif stack:
            partner[stack.pop()] = m.start()
    i = 0
    opens = sorted(partner)
    for start in opens:
        if start < i:
            continue
        close = partner[start]
        if close - start < max_len:
            yield start, close + 1
            i = close + 1


def depth_split(text: str, seps: str) -> list[tuple[int, int]]:
    """Split ``text`` at any of ``seps`` that stands outside brackets; spans of the pieces.

    >>> s = "各市、县（区）政府、省教育厅"
    >>> [s[a:b] for a, b in depth_split(s, "、")]
    ['各市', '县（区）政府', '省教育厅']
    """
    out: list[tuple[int, int]] = []
    depth, last = 0, 0
    for i, ch in enumerate(text):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in seps:
            out.append((last, i))
            last = i + 1
    out.append((last, len(text)))
    return out
