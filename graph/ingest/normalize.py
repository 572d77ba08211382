"""Length-preserving text normalisation.

Every character maps to exactly one character, so ``normalize(t)[i]`` stands where ``t[i]``
stood and extraction offsets on the normalised text are offsets into the original. What is
folded: full-width ASCII letters and digits to half-width; half-width brackets, colon,
semicolon and (outside numbers) comma to their full-width Chinese forms; the other bracket
shapes of 文号 (``[ ] ［ ］ 【 】``) to ``〔 〕``; every kind of space to ``' '`` except the
tab, which separates the cells of a table row.

>>> normalize("(省财政厅负责)")
'（省财政厅负责）'
>>> normalize("1,000家,2020年")
'1,000家，2020年'
"""

from __future__ import annotations

import re

__all__ = ["fold", "normalize"]


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF10, 0xFF1A):  # ０-９
        table[code] = chr(code - 0xFEE0)
    for code in range(0xFF21, 0xFF3B):  # Ａ-Ｚ
        table[code] = chr(code - 0xFEE0)
    for code in range(0xFF41, 0xFF5B):  # ａ-ｚ
        table[code] = chr(code - 0xFEE0)
    table.update(
        {
            ord("("): "（",
            ord(")"): "）",
            ord(":"): "：",
            ord(";"): "；",
            ord("["): "〔",
            ord("]"): "〕",
            ord("［"): "〔",
            ord("］"): "〕",
            ord("【"): "〔",
            ord("】"): "〕",
            ord("﹝"): "〔",
            ord("﹞"): "〕",
            ord("．"): ".",
            # the small forms of Word and PDF exports (6﹒打造…, 甲﹑乙): their full-size characters
            ord("﹒"): ".",
            ord("﹐"): "，",
            ord("﹑"): "、",
            ord("﹔"): "；",
            ord("﹕"): "：",
            ord("﹙"): "（",
            ord("﹚"): "）",
            ord("％"): "%",
            ord("～"): "~",
            ord("－"): "-",
            ord("\u3000"): " ",
            ord("\u00a0"): " ",
            ord("\r"): " ",
            ord("\u200b"): " ",
            ord("\ufeff"): " ",
            ord("\u2002"): " ",
            ord("\u2003"): " ",
            ord("\u2009"): " ",
        }
    )
    return table


_TABLE = _table()
# Any character the table folds. No folded form is itself folded again, so the characters can be
# replaced one kind at a time, in any order (a test checks this).
_FOLDED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]")
# A comma is a list separator unless it sits inside a number (1,000): not after a digit, or not
# before three digits. Written to start with the comma so that the regex engine can skip to it.
_COMMA = re.compile(r",(?:(?<!\d,)|(?!\d{3}))")


def fold(text: str) -> str:
    """``text.translate`` of the folding table, by one ``str.replace`` per kind of folded character.

    ``str.translate`` with a dict looks every character up in Python objects; most characters
    of Chinese text fold to themselves, so finding the few kinds that do (in the regex engine)
    and replacing each of them (in C) is much faster.

    >>> fold("（１）[甲]\u3000")
    '（1）〔甲〕 '
    """
    out = text
    m = _FOLDED.search(out)
    while m is not None:
        ch = m.group()
        out = out.replace(ch, _TABLE[ord(ch)])
        m = _FOLDED.search(out, m.start() + 1)
    return out


def normalize(text: str) -> str:
    """Return ``text`` with the same length, its punctuation and widths folded."""
    out = fold(text)
    return _COMMA.sub("，", out) if "," in out else out
