"""Finding the sentence, clause or line around an offset, in bounded time.

A search for a separator that a text lacks scans the whole text; done once per number or title
in a 50 MB file that is quadratic. These helpers look at most ``window`` characters each way.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["Around", "enclosing"]


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


@cache
def _any_of(seps: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(seps) + "]")


class Around:
    """:func:`enclosing` for many offsets of one text, with one regex search per bound.

    ``Around(text)(pos, seps, window) == enclosing(text, pos, seps, window)``. The end is the
    first separator found by a search for any of them; the start is found the same way in the
    reversed text (made on first use), whose first separator from ``len(text) - pos`` on is the
    last one before ``pos``. Worth it where many offsets are looked up with several separators.

    >>> Around("甲。乙丙，丁。")(3, "。，")
    (2, 4)
    """

    __slots__ = ("_reversed", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._reversed: str | None = None

    def __call__(self, pos: int, seps: str, window: int = 4000) -> tuple[int, int]:
        text = self.text
        n = len(text)
        lo = max(0, pos - window)
        hi = min(n, pos + window)
        pattern = _any_of(seps)
        rev = self._reversed
        if rev is None:
            rev = self._reversed = text[::-1]
        before = pattern.search(rev, n - pos, n - lo)
        after = pattern.search(text, pos, hi)
        return (n - before.start() if before is not None else lo, after.start() if after is not None else hi)
