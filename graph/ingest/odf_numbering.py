"""The labels an OpenDocument text's lists and numbered headings draw (``text:list-style``, ``text:outline-style``).

A paragraph of a numbered list holds no label in its text: WPS and LibreOffice draw ``一、`` ``（一）`` ``1.`` from the
list style's level (``style:num-format`` such as ``1`` or ``一, 二, 三, ...``, ``style:num-prefix``,
``style:num-suffix``, ``text:start-value``, ``text:display-levels``), as Word draws its lists
(:mod:`graph.ingest.docx_numbering`). The paths of tasks are read from them (GUIDE.md "Paths"), so they are put back
in front of the first paragraph of each list item. Counting follows the format: a new list starts again unless it
says it goes on (``text:continue-numbering``, ``text:continue-list``); an item's ``text:start-value`` sets its
number; a deeper level starts again after a shallower item; a list header (``text:list-header``) and a bullet level
draw nothing. Headings (``text:h``) outside a list are numbered by the outline style of their ``text:outline-level``.
"""

from __future__ import annotations

from typing import Any

from .docx_numbering import chinese_number

__all__ = ["ListLabels"]

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40),
          ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))

_Level = tuple[str, str, str, int, int]  # num-format, prefix, suffix, start value, display levels


def _format(n: int, fmt: str) -> str:
    """A counter as the format draws it.

    >>> [_format(12, f) for f in ("1", "一, 二, 三, ...", "①, ②, ③, ...", "a", "I")], _format(3, "甲, 乙, 丙, ...")
    (['12', '十二', '⑫', 'l', 'XII'], '丙')
    """
    head = fmt[:1]
    if head in "一壹":
        return chinese_number(n)
    if head == "①" and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if head == "甲" and 0 < n <= len(_STEMS):
        return _STEMS[n - 1]
    if head == "子" and 0 < n <= len(_BRANCHES):
        return _BRANCHES[n - 1]
    if head in ("a", "A") and 0 < n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter if head == "a" else letter.upper()
    if head in ("i", "I") and 0 < n < 4000:
        out, left = "", n
        for sym, value in _ROMAN:
            while left >= value:
                out, left = out + sym, left - value
        return out if head == "i" else out.upper()
    return str(n)


def _levels(style: Any) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for lvl in style:
        local = lvl.tag.rsplit("}", 1)[-1] if isinstance(lvl.tag, str) else ""
        if local not in ("list-level-style-number", "outline-level-style"):
            continue  # bullets and pictures draw no enumeration label
        fmt = lvl.get(f"{{{_STYLE}}}num-format") or ""
        try:
            level = int(lvl.get(f"{{{_TEXT}}}level") or 1)
            start = int(lvl.get(f"{{{_TEXT}}}start-value") or 1)
            display = int(lvl.get(f"{{{_TEXT}}}display-levels") or 1)
        except ValueError:
            continue
        if fmt:
            out[level] = (fmt, lvl.get(f"{{{_STYLE}}}num-prefix") or "", lvl.get(f"{{{_STYLE}}}num-suffix") or "",
                          start, display)
    return out


class ListLabels:
    """The list and outline styles of a text (its ``content.xml`` and ``styles.xml`` roots) and their counters."""

    def __init__(self, *roots: Any) -> None:
        self._styles: dict[str, dict[int, _Level]] = {}
        self._outline: dict[int, _Level] = {}
        self._counts: dict[str, dict[int, int]] = {}
        for root in roots:
            if root is None:
                continue
            for el in root.iter(f"{{{_TEXT}}}list-style"):
                self._styles[el.get(f"{{{_STYLE}}}name") or ""] = _levels(el)
            for el in root.iter(f"{{{_TEXT}}}outline-style"):
                self._outline = _levels(el) or self._outline

    def start(self, style: str, goes_on: bool) -> None:
        """A list of ``style`` begins: its counters start again unless it goes on from the one before."""
        if not goes_on:
            self._counts.pop(style, None)

    def _draw(self, levels: dict[int, _Level], counts: dict[int, int], level: int, start: int | None) -> str:
        spec = levels.get(level)
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a deeper level starts again after this item
        if spec is None:
            return ""
        _, prefix, suffix, first, display = spec
        counts[level] = start if start is not None else counts.get(level, first - 1) + 1
        shown = [k for k in range(level - display + 1, level + 1) if k in levels]
        numbers = ".".join(_format(counts.get(k, levels[k][3]), levels[k][0]) for k in shown)
        return prefix + numbers + suffix

    def item(self, style: str, level: int, start: str | None) -> str:
        """The label of a list item of ``style`` at ``level`` (1 the outermost)."""
        value = int(start) if start and start.isdigit() else None
        return self._draw(self._styles.get(style, {}), self._counts.setdefault(style, {}), level, value)

    def heading(self, level: int) -> str:
        """The label of a heading outside a list at its outline level."""
        return self._draw(self._outline, self._counts.setdefault("\x00outline", {}), level, None)
