"""Sentences and their clauses, never cut inside brackets or quotes (GUIDE.md "Assignments in
running text")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Span, Unit
from .structure import numbered_units  # noqa: F401  (used by the doctest)

_OPEN = "（〔【“‘《「『"
_CLOSE = "）〕】”’》」』"
_ENDS = "。；！？"
#: The characters :func:`sentences` acts on (the others it steps over).
_EVENT = re.compile("[" + re.escape(_OPEN + _CLOSE + _ENDS) + "\n]")


def trimmed(text: str, a: int, b: int) -> Span | None:
    """``text[a:b]`` without its outer blanks (spaces, ideographic spaces, tabs, line ends), or
    None when nothing is left.

    >>> trimmed(" \\u3000财政部\\n", 0, 6)
    Span(start=2, end=5)
    """
    while a < b and text[a] in " \u3000\t\n":
        a += 1
    while b > a and text[b - 1] in " \u3000\t\n":
        b -= 1
    return Span(a, b) if a < b else None


def sentences(text: str, units: Sequence[Unit] = ()) -> list[Span]:
    """The sentences of ``text``: pieces ending with 。；！？ or a line end, never inside brackets or
    quotes (《》 “” （） 〔〕…); a numbered unit's label starts a new sentence after it (the label is
    not part of the sentence). Leading spaces are left out; empty pieces are dropped.

    >>> s = "一、总体要求\\n各地要落实“放管服”改革。请财政部（会同有关部门；下同）负责；\\n二、其他"
    >>> [s[x.start:x.end] for x in sentences(s, numbered_units(s))]
    ['总体要求', '各地要落实“放管服”改革。', '请财政部（会同有关部门；下同）负责；', '其他']
    """
    bodies = {u.span.start: u.body_start for u in units}
    # labels skipped over, in order; between them only the characters of _EVENT change anything
    jumps = sorted(k for k, v in bodies.items() if v > k)
    out: list[Span] = []
    depth = 0
    start = 0
    i, n = 0, len(text)

    def close(a: int, b: int) -> None:
        span = trimmed(text, a, b)
        if span is not None:
            out.append(span)

    k = 0
    while i < n:
        while k < len(jumps) and jumps[k] < i:  # labels inside a skipped label are not visited
            k += 1
        stop = min(jumps[k], n) if k < len(jumps) else n
        for m in _EVENT.finditer(text, i, stop):
            ch, at = m.group(), m.start()
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
            elif ch == "\n":
                close(start, at)
                start, depth = at + 1, 0
            elif depth == 0:  # one of _ENDS
                close(start, at + 1)
                start = at + 1
        if stop >= n:
            break
        close(start, stop)
        start = i = bodies[stop]
        depth = 0
    close(start, n)
    return out


def _clauses(text: str, span: Span) -> list[tuple[int, int]]:
    """The clauses of a sentence: pieces between top-level ， and ： (absolute offsets)."""
    s = text[span.start : span.end]
    out: list[tuple[int, int]] = []
    depth, last = 0, 0
    for i, ch in enumerate(s):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in "，：" and depth == 0:
            out.append((span.start + last, span.start + i))
            last = i + 1
    out.append((span.start + last, span.end))
    return out

