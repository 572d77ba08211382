"""Finding the sentence, clause or line around an offset, in bounded time.

A search for a separator that a text lacks scans the whole text; done once per number or title
in a 50 MB file that is quadratic. These helpers look at most ``window`` characters each way.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["enclosing"]


@cache
def _pattern(seps: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(seps) + "]")


def enclosing(text: str, pos: int, seps: str, window: int = 4000) -> tuple[int, int]:
    """``(start, end)`` of the piece of ``text`` around ``pos`` delimited by any of ``seps``.

    The start is just after the last separator before ``pos``; the end is the next separator at
    or after ``pos`` (or the text's end). Neither goes further than ``window`` characters.

    >>> enclosing("甲。乙丙，丁。", 3, "。")
    (2, 6)
    """
    pat = _pattern(seps)
    lo = max(0, pos - window)
    start = lo
    for m in pat.finditer(text, lo, pos):
        start = m.end()
    m2 = pat.search(text, pos, min(len(text), pos + window))
    end = m2.start() if m2 else min(len(text), pos + window)
    return start, end
