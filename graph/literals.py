"""The text every match of a regular expression contains, to skip a search that cannot match.

A pattern that opens with a character class (``[\u4e00-\u9fff]{2,20}?办公室设在``) is tried by the
engine at every position of the text; when the words it must contain are not in the text at all,
``str.__contains__`` says so at memory speed.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser behind ``re`` (private: a Python that moves it only loses the shortcut, never a match)
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - CPython 3.11 to 3.13 have both
    C = _parser = None

__all__ = ["required_text"]


def required_text(pattern: str, flags: int = 0) -> str:
    """The longest run of characters that every match of ``pattern`` contains, in order and side
    by side (``""`` when there is none, or the pattern ignores case).

    >>> required_text("([\u4e00-\u9fff]{2,20}?办公室)设在")
    '办公室设在'
    >>> required_text("(?:牵头|负责)单位"), required_text("a|b"), required_text("(?i)abc")
    ('单位', '', '')
    """
    if _parser is None:  # pragma: no cover
        return ""  # "" is in every text: the caller searches, as without this module
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return ""
    best, run = "", []
    for op, arg in _flat(list(parsed)):
        if op is C.LITERAL:
            run.append(chr(arg))
            continue
        best = max(best, "".join(run), key=len)
        run = []
    return max(best, "".join(run), key=len)


def _flat(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The items of a sequence, with the items of its groups in their place (a group matches its
    items side by side, as the sequence does); a group that changes flags is one opaque item."""
    out: list[tuple[Any, Any]] = []
    for op, arg in items:
        if op is C.SUBPATTERN and not arg[1] and not arg[2]:
            out.extend(_flat(list(arg[3])))
        else:
            out.append((op, arg))
    return out
