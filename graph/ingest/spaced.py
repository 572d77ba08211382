"""Text copied out of a scanned or typeset PDF with a space between every two characters
(``一 、 加 强 组 织 领 导 （ 市 财 政 局 负 责 ）``): the lines so spaced, joined again."""

from __future__ import annotations

import re

__all__ = ["unspace"]

_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_GAP = re.compile(r"(?<=\S) (?=\S)")
_LINES_MIN = 3  # (a few such lines: a text spaced so; one spaced heading is a heading's style)


def _spaced(line: str) -> bool:
    """Whether nearly every two characters of ``line`` stand apart by one space (its CJK characters many)."""
    body = line.strip()
    if len(_CJK.findall(body)) < 6:
        return False
    tokens = body.split(" ")
    return "" not in tokens and sum(len(t) == 1 or t.isascii() for t in tokens) >= 0.9 * len(tokens)


def unspace(text: str) -> str:
    """``text`` with the spaces between characters of its spaced lines removed, when several lines are spaced so.

    >>> unspace("标题\\n一 、 总 体 要 求\\n（ 一 ） 加 强 领 导 （ 市 财 政 局 负 责 ） 。\\n2024 年 8 月 9 日 印 发 机 关\\n")
    '标题\\n一、总体要求\\n（一）加强领导（市财政局负责）。\\n2024年8月9日印发机关\\n'
    """
    if text.count(" ") < 20:
        return text
    lines = text.split("\n")
    marks = [_spaced(line) for line in lines]
    if sum(marks) < _LINES_MIN:
        return text
    return "\n".join(_GAP.sub("", line) if spaced else line for line, spaced in zip(lines, marks, strict=True))
