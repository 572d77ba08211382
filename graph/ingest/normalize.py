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

__all__ = ["normalize"]


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
# A comma is a list separator unless it sits inside a number (1,000).
_COMMA = re.compile(r"(?<!\d),|,(?!\d{3})")


def normalize(text: str) -> str:
    """Return ``text`` with the same length, its punctuation and widths folded."""
    out = text.translate(_TABLE)
    return _COMMA.sub("，", out)
