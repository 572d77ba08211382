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
from collections.abc import Iterator, Sequence

from ..model import Span, Unit

__all__ = ["PathIndex", "numbered_units", "path_at"]

_CN = "一二三四五六七八九十百零〇两"
# (style, label, key, what may follow): the label as printed holds its key (``（一）`` -> ``一``).
_LABEL_PARTS: tuple[tuple[str, str, str, str], ...] = (
    ("chapter", "第{}章", rf"[{_CN}\d]+", "[ 　]*"),
    ("section", "第{}节", rf"[{_CN}\d]+", "[ 　]*"),
    ("article", "第{}条", rf"[{_CN}\d]+", "[ 　]+"),
    # "一是…", "二要…", "一五…", "一次…" open a sentence, not a unit
    ("cn", "{}[、，,．.]", rf"[{_CN}]+", "(?![是要五次])"),
    ("pcn", "（{}）[、．.]?", rf"[{_CN}]+", ""),
    ("num", r"{}(?:[、．]|\.(?!\d))", r"\d{1,3}", ""),
    ("pnum", "（{}）[、．.]?", r"\d{1,3}", ""),
    ("circ", "{}", "[\u2460-\u2473\u2776-\u277f]", ""),
)
# Every label style as one alternative, tried in the order above, after the indentation of a line
# (taken possessively: no label starts with a space). Lines after the first are found by their
# line break, which the regex engine skips to much faster than it tries a "^" at every position.
_LABEL = (
    # (the look-ahead tests the first character of every style at once: 第, a numeral, （, a digit
    # or a circled number; it saves trying the styles one by one on the many lines without one)
    rf"[ \t\u3000]*+(?=[第{_CN}（\d\u2460-\u2473\u2776-\u277f])(?:"
    + "|".join(
        f"(?P<{style}>(?P<{style}_label>{label.format(f'(?P<{style}_key>{key})')}){after})"
        for style, label, key, after in _LABEL_PARTS
    )
    + ")"
)
_LABEL_FIRST = re.compile(_LABEL)
_LABEL_NEXT = re.compile("\n" + _LABEL)
# style -> the numbers of its label and key groups (the same in both patterns)
_GROUPS = {
    style: (_LABEL_NEXT.groupindex[f"{style}_label"], _LABEL_NEXT.groupindex[f"{style}_key"])
    for style, *_ in _LABEL_PARTS
}
# A line that may open an attachment ("附件", "附件1：…"), and the test of the whole line.
_ATTACHMENT_FIRST = re.compile(r"[^\S\n]*附件")
_ATTACHMENT_NEXT = re.compile(r"\n[^\S\n]*附件")
_ATTACHMENT = re.compile(r"附件\s*\d*\s*[:：]?\s*$|附件\s*\d*\s*[:：]?\s*\S{0,60}$")


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
        if _ATTACHMENT.match(line) and line.startswith("附件"):
            out.append(start)
    return out


def numbered_units(text: str) -> tuple[Unit, ...]:
    """Every numbered unit of ``text`` (normalised), with its path, in reading order.

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
    for m in _LABEL_NEXT.finditer("\n" + text):
        line = m.start()
        if path is not None:
            end = next_reset if next_reset is not None and next_reset < line else line
            units.append(Unit(path, label, key, style, Span(start, end), body))
        while next_reset is not None and next_reset <= line:
            styles, keys = [], []
            next_reset = next(reset_iter, None)
        style = m.lastgroup  # type: ignore[assignment]  # always set: every alternative is a group
        label, key = m.group(*groups[style])
        if style in styles:
            depth = styles.index(style)
            del styles[depth:], keys[depth:]
        styles.append(style)
        keys.append(key)
        path, label, start, body = tuple(keys), label.strip(), line, m.end() - 1
    if path is not None:
        end = next_reset if next_reset is not None and next_reset < len(text) else len(text)
        units.append(Unit(path, label, key, style, Span(start, end), body))
    return tuple(units)


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
