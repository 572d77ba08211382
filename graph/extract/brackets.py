"""Balanced brackets in normalised text."""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["CLOSE", "OPEN", "depth_split", "parentheticals"]

OPEN = "（〔"
CLOSE = "）〕"
_PAIR = {"（": "）", "〔": "〕"}


def parentheticals(text: str, *, max_len: int = 400) -> Iterator[tuple[int, int]]:
    """Outermost ``（…）`` groups as ``(start, end)`` (end after the closing bracket).

    Unbalanced or over-long groups are skipped, never raised on.

    >>> list(parentheticals("甲（乙（丙）丁）戊（己"))
    [(1, 8)]
    """
    i, n = 0, len(text)
    while i < n:
        start = text.find("（", i)
        if start < 0:
            return
        depth, j, limit = 0, start, min(n, start + max_len)
        end = -1
        while j < limit:
            ch = text[j]
            if ch == "（":
                depth += 1
            elif ch == "）":
                depth -= 1
                if depth == 0:
                    end = j + 1
                    break
            j += 1
        if end < 0:
            i = start + 1
            continue
        yield start, end
        i = end


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
