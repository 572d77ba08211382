"""The labels Word draws for automatically numbered paragraphs (``w:numPr``, numbering.xml).

A paragraph numbered by Word holds no label in its text: ``一、`` ``（一）`` ``1.`` are drawn from its list's level
(``w:lvlText`` such as ``%1、`` or ``（%2）``, ``w:numFmt`` such as ``chineseCounting``, ``w:start``). The printed
document shows them, and the paths of its tasks are read from them (GUIDE.md "Paths"), so they are put back in front
of the paragraph's text, counted as Word counts: per list definition (``w:abstractNum``: the lists (``w:num``) of one
definition go on from each other, but where one sets ``w:startOverride``), a level's counter going on from its last
paragraph, the deeper levels starting again after it unless their ``w:lvlRestart`` says otherwise. Bullets (``bullet``, ``none``) draw no enumeration label.
Word draws a level's ``w:suff`` after its label (a tab unless ``space`` or ``nothing``): a label that ends with its
number (``2.1.1``, ``1``, ``第一章``) is given a space before the text, so ``2.1.1 开展…`` reads as Word shows it, not
as ``2.1.1开展…`` (found by round 178). ``ideographTraditional`` draws 甲 乙 丙 …, ``ideographZodiac`` 子 丑 寅 …,
``upperRoman`` / ``lowerRoman`` Ⅰ Ⅱ … / ⅰ ⅱ … (round 178); ``w:isLgl`` draws every level's number in Arabic digits.
A list's ``w:lvlOverride`` that holds a whole ``w:lvl`` (a file converted from ``.doc``, or saved by WPS) replaces that
level of the definition for this list: Word draws the override's format, text, suffix and start (round 196).
"""

from __future__ import annotations

import unicodedata
from typing import Any

__all__ = ["Numbering", "ends_in_number"]


def ends_in_number(label: str) -> bool:
    """Whether a drawn label ends with its bare number (``2.1.1``, ``1``, ``第一章``, ``Ⅳ``), which Word's suffix keeps
    apart from the text; an enclosed number (``①``, ``⑴``, ``⒈``: Unicode's other numbers) stands apart by itself.

    >>> [ends_in_number(x) for x in ("2.1.1", "第一章", "Ⅳ", "①", "（一）", "")]
    [True, True, True, False, False, False]
    """
    return bool(label) and label[-1].isalnum() and unicodedata.category(label[-1]) != "No"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CHINESE = ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
            "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital")
_NO_LABEL = ("bullet", "none")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"


def _val(el: Any, tag: str) -> str | None:
    child = el.find(_W + tag) if el is not None else None
    return None if child is None else child.get(_W + "val")


def chinese_number(n: int) -> str:
    """A counter in Chinese numerals, as Word's ``chineseCounting`` draws it (Arabic digits from 100 on).

    >>> [chinese_number(n) for n in (1, 10, 12, 20, 35, 100)]
    ['一', '十', '十二', '二十', '三十五', '100']
    """
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (_DIGITS[ones] if ones else "")


def _format(n: int, fmt: str) -> str:
    if fmt in _CHINESE:
        return chinese_number(n)
    if fmt.startswith("decimalEnclosedCircle") and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("lowerLetter", "upperLetter") and 0 < n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt == "ideographTraditional" and 0 < n <= len(_STEMS):
        return _STEMS[n - 1]
    if fmt == "ideographZodiac" and 0 < n <= len(_BRANCHES):
        return _BRANCHES[n - 1]
    if fmt in ("upperRoman", "lowerRoman") and 0 < n <= len(_ROMAN):
        return _ROMAN[n - 1] if fmt == "upperRoman" else _ROMAN[n - 1].lower()
    return str(n)  # decimal and the rest


def _level(lvl: Any, start_over: int | None) -> tuple[int, str, str, int | None]:
    """(start, numFmt, lvlText, lvlRestart) of a ``w:lvl``; a list's ``w:startOverride`` before the level's start."""
    start, restart = _val(lvl, "start"), _val(lvl, "lvlRestart")
    first = start_over if start_over is not None else int(start) if start and start.isdigit() else 1
    return (first, _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
            int(restart) if restart and restart.isdigit() else None)


class Numbering:
    """The lists of one document; :meth:`label` gives each numbered paragraph its label, in reading order."""

    def __init__(self, document: Any) -> None:
        # numId -> ilvl -> (start, numFmt, lvlText, lvlRestart: None restarts after any shallower level, 0 never)
        self._levels: dict[str, dict[int, tuple[int, str, str, int | None]]] = {}
        self._after: dict[str, dict[int, str]] = {}  # numId -> ilvl -> what Word draws after the label
        self._legal: dict[str, set[int]] = {}  # numId -> the levels with w:isLgl (Arabic numbers)
        self._counts: dict[str, dict[int, int]] = {}  # per list definition (abstractNumId): lists of one go on
        self._list_of: dict[str, str] = {}  # numId -> abstractNumId
        self._restarts: dict[str, set[int]] = {}  # numId -> the levels it starts again (startOverride), on first use
        self._style_num: dict[str, tuple[str, int]] = {}
        try:
            numbering = document.part.numbering_part.element
            styles = document.styles.element
        except Exception:  # no numbering part, or a broken one: no labels
            return
        abstract: dict[str, dict[int, Any]] = {}  # abstractNumId -> ilvl -> its w:lvl
        for a in numbering.findall(_W + "abstractNum"):
            abstract[a.get(_W + "abstractNumId") or ""] = {int(lvl.get(_W + "ilvl") or 0): lvl for lvl in a.findall(_W + "lvl")}
        for num in numbering.findall(_W + "num"):
            num_id, abstract_id = num.get(_W + "numId") or "", _val(num, "abstractNumId") or ""
            lvls = dict(abstract.get(abstract_id, {}))
            starts: dict[int, int] = {}
            for over in num.findall(_W + "lvlOverride"):
                ilvl, start = int(over.get(_W + "ilvl") or 0), _val(over, "startOverride")
                if over.find(_W + "lvl") is not None:  # a whole level of this list's own (Word draws it)
                    lvls[ilvl] = over.find(_W + "lvl")
                if ilvl in lvls and start and start.isdigit():
                    starts[ilvl] = int(start)
                    self._restarts.setdefault(num_id, set()).add(ilvl)
            self._levels[num_id] = {ilvl: _level(lvl, starts.get(ilvl)) for ilvl, lvl in lvls.items()}
            self._after[num_id] = {ilvl: "" if _val(lvl, "suff") == "nothing" else " " for ilvl, lvl in lvls.items()}
            self._legal[num_id] = {ilvl for ilvl, lvl in lvls.items() if lvl.find(_W + "isLgl") is not None}
            self._list_of[num_id] = abstract_id
        for style in styles.findall(_W + "style"):  # a heading style numbered by its list
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None and _val(num_pr, "numId"):
                self._style_num[style.get(_W + "styleId") or ""] = (_val(num_pr, "numId") or "", int(_val(num_pr, "ilvl") or 0))

    def label(self, p: Any) -> str:
        """The label Word draws before paragraph ``p`` (a ``w:p`` element), counting it; "" when none."""
        if not self._levels:
            return ""
        ppr = p.find(_W + "pPr")
        num_pr = ppr.find(_W + "numPr") if ppr is not None else None
        if num_pr is not None and _val(num_pr, "numId") is not None:
            num_id, ilvl = _val(num_pr, "numId") or "", int(_val(num_pr, "ilvl") or 0)
        else:
            found = self._style_num.get(_val(ppr, "pStyle") or "") if ppr is not None else None
            if found is None:
                return ""
            num_id, ilvl = found
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""  # (numId 0: numbering taken off)
        counts = self._counts.setdefault(self._list_of.get(num_id, num_id), {})
        for restarted in self._restarts.pop(num_id, ()):  # ("Restart numbering": a list of its own from here)
            counts.pop(restarted, None)
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else levels[ilvl][0]
        for deeper in [k for k in counts if k > ilvl]:
            restart = levels[deeper][3] if deeper in levels else None
            if restart is None or ilvl < restart:  # (（三） under 二、 when the level never restarts: lvlRestart 0)
                del counts[deeper]
        _, fmt, text, _ = levels[ilvl]
        if fmt in _NO_LABEL:
            return ""
        legal = ilvl in self._legal.get(num_id, ())
        for k in range(9, 0, -1):  # %1 … %9: the counters of levels 0 … 8
            if f"%{k}" in text:
                lv = levels.get(k - 1, (1, "decimal", "", None))
                shown = "decimal" if legal else lv[1] if k - 1 != ilvl else fmt
                text = text.replace(f"%{k}", _format(counts.get(k - 1, lv[0]), shown))
        text = text.strip()
        return text + self._after.get(num_id, {}).get(ilvl, " ") if ends_in_number(text) else text
