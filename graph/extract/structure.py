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
from collections.abc import Sequence

from ..model import Span, Unit

__all__ = ["PathIndex", "numbered_units", "path_at"]

_CN = "一二三四五六七八九十百零〇两"
# (style, pattern); the first group is the label as printed, the second its key.
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"(第([{_CN}\d]+)章)[ 　]*")),
    ("section", re.compile(rf"(第([{_CN}\d]+)节)[ 　]*")),
    ("article", re.compile(rf"(第([{_CN}\d]+)条)[ 　]+")),
    ("cn", re.compile(rf"(([{_CN}]+)[、，,．.])")),
    ("pcn", re.compile(rf"(（([{_CN}]+)）[、．.]?)")),
    ("num", re.compile(r"((\d{1,3})(?:[、．]|\.(?!\d)))")),
    ("pnum", re.compile(r"(（(\d{1,3})）[、．.]?)")),
    ("circ", re.compile(r"(([\u2460-\u2473\u2776-\u277f]))")),
)
_ATTACHMENT = re.compile(r"附件\s*\d*\s*[:：]?\s*$|附件\s*\d*\s*[:：]?\s*\S{0,60}$")
_LINE = re.compile(r"[^\n]*\n?")


def _match_label(line: str) -> tuple[str, str, str, int] | None:
    stripped = line.lstrip(" \t\u3000")
    lead = len(line) - len(stripped)
    for style, pat in _LABELS:
        m = pat.match(stripped)
        if m is None:
            continue
        rest = stripped[m.end() :]
        if not rest.strip() and style not in ("cn", "chapter", "section"):
            # A bare "（1）" line is still a label; a bare "1." is too.
            pass
        if style == "cn" and rest.startswith(("是", "要", "五", "次")):
            continue
        return style, m.group(1), m.group(2), lead + m.end()
    return None


def numbered_units(text: str) -> tuple[Unit, ...]:
    """Every numbered unit of ``text`` (normalised), with its path, in reading order."""
    found: list[tuple[int, int, str, str, str]] = []  # (line start, body start, style, label, key)
    resets: list[int] = []
    pos = 0
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not line:
            break
        start = m.start()
        hit = _match_label(line)
        if hit is not None:
            style, label, key, body = hit
            found.append((start, start + body, style, label, key))
        elif _ATTACHMENT.match(line.strip()) and line.strip().startswith("附件"):
            resets.append(start)
        pos = m.end()
    del pos
    units: list[Unit] = []
    stack: list[tuple[str, str]] = []  # (style, key)
    reset_iter = iter(resets)
    next_reset = next(reset_iter, None)
    for i, (start, body, style, label, key) in enumerate(found):
        while next_reset is not None and next_reset <= start:
            stack = []
            next_reset = next(reset_iter, None)
        styles = [s for s, _ in stack]
        if style in styles:
            del stack[styles.index(style) :]
        stack.append((style, key))
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        if next_reset is not None and next_reset < end:
            end = next_reset
        units.append(
            Unit(
                path=tuple(k for _, k in stack),
                label=label.strip(),
                key=key,
                style=style,
                span=Span(start, end),
                body_start=body,
            )
        )
    return tuple(units)


class PathIndex:
    """Find the innermost numbered unit at an offset (binary search over unit starts)."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.units = tuple(units)
        self._starts = [u.span.start for u in self.units]

    def unit_at(self, offset: int) -> Unit | None:
        i = bisect.bisect_right(self._starts, offset) - 1
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
