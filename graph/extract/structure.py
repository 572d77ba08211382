"""Numbered units and their paths (GUIDE.md "Paths").

A numbered unit is a line that starts with an enumeration label. Label styles nest in the
order a document first uses them; a label of a style already open closes every deeper unit.

>>> text = "一、总体要求\\n（一）目标。\\n1.拓展市场。\\n二、任务"
>>> [("/".join(u.path), u.label) for u in numbered_units(text)]
[('一', '一、'), ('一/一', '（一）'), ('一/一/1', '1.'), ('二', '二、')]
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Collection, Iterator, Sequence

from ..data import rules
from ..model import Span, Unit

__all__ = ["PathIndex", "label_length", "numbered_units", "opens_paragraph", "path_at", "starts_unit"]

_NUMBERING = rules()["numbering"]
_CN = _NUMBERING["numerals"]
# (style, label, key, what may follow): the label as printed holds its key (``（一）`` -> ``一``).
_LABEL_PARTS: tuple[tuple[str, str, str, str], ...] = tuple(
    (s["style"], s["label"], s["key"].replace("{numerals}", _CN), s["after"]) for s in _NUMBERING["styles"]
)
# Every label style as one alternative, tried in the order above, after the indentation of a line
# (taken possessively: no label starts with a space). Lines after the first are found by their
# line break, which the regex engine skips to much faster than it tries a "^" at every position.
# Styles that are units only in the context of the whole document (`outline`: a bare number before a word, a unit
# only where decimal labels under it follow); single lines (starts_unit, label_length) never take them.
_OUTLINE = frozenset(s["style"] for s in _NUMBERING["styles"] if s.get("outline"))


def _label_pattern(parts: Sequence[tuple[str, str, str, str]]) -> str:
    # (the look-ahead tests the first character of every style at once: 第, a numeral, （, a digit
    # or a circled number; it saves trying the styles one by one on the many lines without one)
    return (
        r"[ \t\u3000]*+(?=[" + _NUMBERING["first_characters"].replace("{numerals}", _CN) + "])(?:"
        + "|".join(
            f"(?P<{style}>(?P<{style}_label>{label.format(f'(?P<{style}_key>{key})')}){after})"
            for style, label, key, after in parts
        )
        + ")"
    )


_LABEL = _label_pattern(_LABEL_PARTS)
_LABEL_FIRST = re.compile(_label_pattern([p for p in _LABEL_PARTS if p[0] not in _OUTLINE]))
_LABEL_NEXT = re.compile("\n" + _LABEL)
# style -> the numbers of its label and key groups (the same in both patterns)
_GROUPS = {
    style: (_LABEL_NEXT.groupindex[f"{style}_label"], _LABEL_NEXT.groupindex[f"{style}_key"])
    for style, *_ in _LABEL_PARTS
}
# The enclosed labels' keys as the numbers they enclose (NFKC: ㈠ -> (一), ⑴ -> (1), ⒈ -> 1.).
_ENCLOSED = {chr(c): unicodedata.normalize("NFKC", chr(c)).strip("().") for c in (*range(0x3220, 0x322A), *range(0x2474, 0x249C))}
# A line that may open an attachment ("附件", "附件1：…"), and the test of the whole line.
_ATTACHMENT_WORD = _NUMBERING["attachment_word"]
_ATTACHMENT_FIRST = re.compile(r"[^\S\n]*" + re.escape(_ATTACHMENT_WORD))
_ATTACHMENT_NEXT = re.compile(r"\n[^\S\n]*" + re.escape(_ATTACHMENT_WORD))
_ATTACHMENT = re.compile(_NUMBERING["attachment_line"])


def _at_line_starts(text: str, first: re.Pattern[str], after_break: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
    """``(line start, match)`` of ``first`` at the text's start and of ``after_break`` (which
    begins with a line break) at every line break, in order."""
    m = first.match(text)
    if m is not None:
        yield 0, m
    for m in after_break.finditer(text):
        yield m.start() + 1, m


def _attachment_starts(text: str) -> list[int]:
    """Where the lines that open an attachment start.

    Such a line holds no label: after its indentation comes 附 (or another kind of space), and
    no label starts with either.
    """
    out: list[int] = []
    for start, _m in _at_line_starts(text, _ATTACHMENT_FIRST, _ATTACHMENT_NEXT):
        stop = text.find("\n", start)
        line = text[start : stop + 1 if stop >= 0 else len(text)].strip()
        if _ATTACHMENT.match(line) and line.startswith(_ATTACHMENT_WORD):
            out.append(start)
            # 附件：1.… ⏎ 2.…: the list's next items are no units of the text; the numbering starts anew after them
            while _LISTED.match(line) and stop >= 0:
                start, stop = stop + 1, text.find("\n", stop + 1)
                if not _LIST_ITEM.match(text[start : stop if stop >= 0 else len(text)]):
                    break
                out.append(stop + 1 if stop >= 0 else len(text))
    return out


_LISTED = re.compile(r"附件\s*[：:]\s*1\s*[.．、]")
_LIST_ITEM = re.compile(r"[ \t\u3000]*\d{1,2}\s*[.．、]\S")


def numbered_units(text: str, numbers: Collection[int] = ()) -> tuple[Unit, ...]:
    """Every numbered unit of ``text`` (normalised), with its path, in reading order. ``numbers``: the starts of lines
    that hold a table row's 序号 cell alone (a table printed one cell per line: ``（1）``, ``1.``), no labels
    (GUIDE: a row's path is where the row stands; :func:`.table_numbers.row_number_lines`).

    One pass over the labels: a unit is built when the next label (or an attachment, or the
    text's end) shows where it ends. The labels are found by one scan of ``"\\n" + text`` for a
    line break and a label, which finds the first line's label too (no label holds a line break,
    and the label pattern looks neither behind nor at the text's start or end). A match starts
    at the break before its line, whose offset there is the line's offset in ``text``; its end
    there is one past the end in ``text``.
    """
    resets = _attachment_starts(text)
    reset_iter = iter(resets)
    next_reset = next(reset_iter, None)
    units: list[Unit] = []
    styles: list[str] = []  # the open styles, outermost first
    keys: list[str] = []  # their keys
    groups = _GROUPS
    # the unit not yet ended: its path, label, key, style, start and body start (None: no unit)
    path: tuple[str, ...] | None = None
    label = key = style = ""
    start = body = 0
    matches = list(_LABEL_NEXT.finditer("\n" + text))
    # the numbers that open a decimal label (2 of 2.1, 2.1.3): a bare number of the outline style is a unit only then
    tops = {m.group(groups["decimal"][1]).split(".")[0] for m in matches if m.lastgroup == "decimal"}
    # ... and whether `N.` is their top level (2. 任务 > 2.1): only where no bare number is (2　任务 > 2.1 > 1. items)
    dotted_tops = bool(tops) and not any(m.lastgroup in _OUTLINE for m in matches)
    for m in matches:
        line = m.start()
        if line in numbers:
            continue
        outline = m.lastgroup if m.lastgroup in _OUTLINE else None
        if outline is not None and not (tops and int(m.group(groups[outline][1])) <= max(map(int, tops)) + 1):
            continue
        if path is not None:
            end = next_reset if next_reset is not None and next_reset < line else line
            units.append(Unit(path, label, key, style, Span(start, end), body))
        while next_reset is not None and next_reset <= line:
            styles, keys = [], []
            next_reset = next(reset_iter, None)
        style = m.lastgroup  # type: ignore[assignment]  # always set: every alternative is a group
        label, key = m.group(*groups[style])
        key = _ENCLOSED.get(key, key)  # ㈠ -> 一, ⑴ -> 1, ⒈ -> 1
        levels = _decimal_levels(style, key, dotted_tops)
        if levels[0][0] in styles:
            depth = styles.index(levels[0][0])
            del styles[depth:], keys[depth:]
        styles.extend(s for s, _ in levels)
        keys.extend(k for _, k in levels)
        path, label, start, body = tuple(keys), label.strip(), line, m.end() - 1
    if path is not None:
        end = next_reset if next_reset is not None and next_reset < len(text) else len(text)
        units.append(Unit(path, label, key, style, Span(start, end), body))
    return tuple(units)


def _decimal_levels(style: str, key: str, decimals: bool) -> list[tuple[str, str]]:
    """The (style, key) levels a label opens: one, but a decimal label opens every level of its dots, each kept
    whole (``2.1.3`` -> 2, 2.1, 2.1.3; docs/readings.md), and an outline number the first of them, as does a ``2.``
    in a document with decimal labels (``2. 任务`` > ``2.1　…``: 2/2.1)."""
    if style == "num" and decimals:
        return [("decimal:0", key)]
    if style != "decimal" and style not in _OUTLINE:
        return [(style, key)]
    parts = key.split(".")
    return [(f"decimal:{i}", ".".join(parts[: i + 1])) for i in range(len(parts))]


class PathIndex:
    """Find the innermost numbered unit at an offset (binary search over unit starts)."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.units = tuple(units)
        self.starts = [u.span.start for u in self.units]

    def unit_at(self, offset: int) -> Unit | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        unit = self.units[i]
        return unit if offset < unit.span.end else None

    def path_at(self, offset: int) -> tuple[str, ...]:
        unit = self.unit_at(offset)
        return unit.path if unit is not None else ()


def path_at(units: Sequence[Unit], offset: int) -> tuple[str, ...]:
    """The path of ``offset`` (``()`` before the first numbered unit)."""
    return PathIndex(units).path_at(offset)


# The labels alone, without what must or must not follow them (for the start of a paragraph:
# "二、要加强…" opens one, though it is no numbered unit), and other headings that open one.
# (a decimal label keeps what must follow it: 2.1 before a space or 2.1. before the text, not 1.5万元; no outline number)
_LABEL_START = re.compile(
    r"[ \t\u3000]*+(?:"
    + "|".join(label.format(f"(?:{key})") + (after if label == "{}" or style == "decimal" else "")
               for style, label, key, after in _LABEL_PARTS if style not in _OUTLINE)
    + ")"
)
_PARAGRAPH_HEADS = re.compile("|".join(h.replace("{numerals}", _CN) for h in _NUMBERING["paragraph_heads"]))


def starts_unit(line: str, pos: int = 0) -> bool:
    """Whether a normalised line starts (at ``pos``) with the label of a numbered unit, as
    :func:`numbered_units` reads one (with what must or must not follow it: ``一是`` opens no unit,
    ``1.5`` is no label). No label runs over a line's end, so ``pos`` may stand inside a longer text.

    >>> starts_unit("（1）建立机制。"), starts_unit("一是加强领导"), starts_unit("1.5万元")
    (True, False, False)
    """
    return _LABEL_FIRST.match(line, pos) is not None


def label_length(line: str) -> int:
    """How many characters of a normalised line its opening label takes (0 when none).

    >>> label_length("一、工作目标"), label_length("（二）加强保障。"), label_length("推进改革")
    (2, 3, 0)
    """
    m = _LABEL_START.match(line)
    return 0 if m is None else m.end()


def opens_paragraph(line: str) -> bool:
    """Whether a normalised line starts with what always starts a paragraph: the label of a
    numbered unit (the label styles of :func:`numbered_units`, whatever follows it), an
    attachment, or another heading of ``[numbering] paragraph_heads`` (第X款, 第X部分, 附表).

    >>> opens_paragraph("（三）加强保障"), opens_paragraph("二、要加强领导"), opens_paragraph("  第二部分 重点任务")
    (True, True, True)
    >>> opens_paragraph("推进改革"), opens_paragraph("2020年底前完成")
    (False, False)
    """
    if _LABEL_START.match(line) is not None:
        return True
    s = line.lstrip()
    return s.startswith(_ATTACHMENT_WORD) or _PARAGRAPH_HEADS.match(s) is not None
