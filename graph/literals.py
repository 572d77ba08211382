"""The text every match of a regular expression contains, to skip a search that cannot match.

A pattern that opens with a character class (``[\u4e00-\u9fff]{2,20}?办公室设在``) is tried by the
engine at every position of the text; when the words it must contain are not in the text at all,
``str.__contains__`` says so at memory speed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

try:  # the parser behind ``re`` (private: a Python that moves it only loses the shortcut, never a match)
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - CPython 3.11 to 3.13 have both
    C = _parser = None

__all__ = ["Gate", "required", "required_text"]


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



# what a match holds: a string, or ("any", needs): one of them, or ("all", needs): each of them
Need = str | tuple[str, tuple["Need", ...]]
_NOTHING: Need = ("all", ())  # held by every text
_FEW = 16  # a class of more characters than this tells too little to be worth testing


def required(pattern: str, flags: int = 0) -> Need:
    """What every match of ``pattern`` holds: runs of characters side by side, one character of a
    class of a few (``[*＊★]``), one branch's of an alternation (``(?:为|是)``), a group's or a
    repeat's of at least once, a lookahead's (its text lies in the searched text too). A lookbehind
    may look before the search's start, so it gives nothing; nor does a pattern that ignores case.

    >>> required("(?:注[:：])?([*★])号?(?:为|是)(?:牵头|主责)")
    ('all', (('any', ('*', '★')), ('any', ('为', '是')), ('any', ('牵头', '主责'))))
    >>> required("办公室设在"), required("a|[b-z]"), required("(?i)abc")
    ('办公室设在', ('all', ()), ('all', ()))
    """
    if _parser is None:  # pragma: no cover
        return _NOTHING
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return _NOTHING
    return _need(list(parsed))


def _need(items: list[tuple[Any, Any]]) -> Need:
    """What a sequence of parsed items holds (:func:`required`)."""
    out: list[Need] = []
    run: list[str] = []
    for op, arg in _flat(items):
        if op is C.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            out.append("".join(run))
            run = []
        if op is C.IN and 0 < len(arg) <= _FEW and all(o is C.LITERAL for o, _ in arg):
            out.append(("any", tuple(chr(a) for _, a in arg)))
        elif op is C.BRANCH:
            branches = [_need(list(branch)) for branch in arg[1]]
            if _NOTHING not in branches:
                out.append(("any", tuple(branches)))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] >= 1:
            out.append(_need(list(arg[2])))
        elif op is C.ASSERT and arg[0] == 1:
            out.append(_need(list(arg[1])))
    if run:
        out.append("".join(run))
    out = [n for n in out if n != _NOTHING]
    return out[0] if len(out) == 1 else ("all", tuple(out))


def _expression(need: Need) -> str:
    """``need`` as a Python expression of ``t`` (the text), ``in`` tests joined by ``and``/``or``."""
    if isinstance(need, str):
        return f"{need!r} in t"
    if not need[1]:
        return "True"
    joiner = " or " if need[0] == "any" else " and "
    return "(" + joiner.join(_expression(n) for n in need[1]) + ")"


class Gate:
    """Whether a text may hold a match of a pattern (:func:`required`), at memory speed: False only
    when no match can be there (for a search of the whole text: a lookbehind gives the gate nothing,
    so a search from a later start may still look before it).

    >>> g = Gate("(?:带|标)?([*★])的?为牵头单位")
    >>> g("责任单位：市水利局*、市财政局；带*的为牵头单位"), g("责任单位：市水利局、市财政局")
    (True, False)
    >>> Gate("(?:带|标)?([*★])的?为牵头单位").source
    "lambda t: (('*' in t or '★' in t) and '为牵头单位' in t)"
    """

    __slots__ = ("_test", "need", "source")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.need = required(pattern, flags)
        self.source = f"lambda t: {_expression(self.need)}"  # the tests in C, without a Python call each
        self._test: Callable[[str], bool] = eval(self.source)  # (made here from repr()s only)

    def __call__(self, text: str) -> bool:
        return bool(self._test(text))
