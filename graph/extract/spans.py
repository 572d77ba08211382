"""Finding the sentence, clause or line around an offset, in bounded time.

A search for a separator that a text lacks scans the whole text; done once per number or title
in a 50 MB file that is quadratic. These helpers look at most ``window`` characters each way.
"""

from __future__ import annotations

from functools import cache

__all__ = ["enclosing"]


@cache
def _chars(seps: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(seps))


def enclosing(text: str, pos: int, seps: str, window: int = 4000) -> tuple[int, int]:
    """``(start, end)`` of the piece of ``text`` around ``pos`` delimited by any of ``seps``.

    The start is just after the last separator before ``pos``; the end is the next separator at
    or after ``pos`` (or the text's end). Neither goes further than ``window`` characters.
    Each bound is found by one ``str.rfind`` or ``str.find`` per separator, run in C and bounded
    by the window and by the nearest separator found so far.

    >>> enclosing("甲。乙丙，丁。", 3, "。")
    (2, 6)
    """
    start = max(0, pos - window)
    end = min(len(text), pos + window)
    for ch in _chars(seps):
        i = text.rfind(ch, start, pos)
        if i >= 0:
            start = i + 1
        i = text.find(ch, pos, end)
        if i >= 0:
            end = i
    return start, end
