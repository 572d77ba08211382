"""A PDF's printed lines, and a table printed without rules read from them (used by :mod:`.pdf`).

A printed line's glyphs stand in groups apart by gaps wider than ``[pdf] column_gap`` characters: a table's cells at
their columns, read as its groups joined by tabs (the way a Word table's row is read). A cell wrapped over printed
lines is put back together, whether its lines start at the cell's left edge or stand centred in it (a Word table's
unit and date cells are centred: ``县工业和信息`` over ``化局`` two characters further right): a group belongs to the
column whose printed extent it overlaps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..data import rules

__all__ = ["PrintedLine", "band_rows", "cells_of", "column_of", "glyph_groups", "rows_continued", "rows_preceded"]

_PDF = rules()["pdf"]
_ASCII_WORD = re.compile(r"[A-Za-z]")
_SERIAL_HEADS = tuple(_PDF["serial_heads"])

Group = tuple[float, float, str]  # a glyph group of a printed line: left edge, right edge, text


@dataclass(frozen=True)
class PrintedLine:
    text: str
    x0: float
    x1: float
    size: float  # font size (about one CJK character wide)
    row: bool = False  # a ruled table's row: a line of its own, never joined
    top: float = 0.0
    bottom: float = 0.0
    groups: tuple[Group, ...] = ()  # the glyph groups of a printed line, far apart or not


def glyph_groups(chars: list[dict[str, Any]], size: float) -> list[Group]:
    """A printed line's glyphs in groups apart by a gap wider than ``[pdf] column_gap`` characters (a table's
    cells at their columns), each with its left and right edge; a line without such gaps is one group."""
    glyphs = [c for c in chars if (c.get("text") or "").strip()]
    gap = float(_PDF["column_gap"]) * size
    groups: list[Group] = []
    prev: dict[str, Any] | None = None
    for c in glyphs:
        x0, x1 = float(c["x0"]), float(c["x1"])
        if prev is None or x0 - float(prev["x1"]) > gap:
            groups.append((x0, x1, ""))
        elif x0 - float(prev["x1"]) > 0.25 * size:
            groups[-1] = (groups[-1][0], groups[-1][1], groups[-1][2] + " ")  # a word space (Latin text, 2024 年)
        groups[-1] = (groups[-1][0], max(groups[-1][1], x1), groups[-1][2] + c["text"])
        prev = c
    return [(x0, x1, g.strip()) for x0, x1, g in groups]


def cells_of(groups: tuple[Group, ...]) -> str | None:
    """A printed line whose glyphs stand in groups far apart (a table's row: 序号, 任务, 牵头单位 …
    at their columns) as its groups joined by tabs, the way a Word table's row is read; None for a
    line without such gaps. The gap is ``[pdf] column_gap`` characters wide; a row has at least
    ``column_min_cells`` groups (two fields on one line, a signature and its date are no row), at
    most half of them of one character (a heading printed letter-spaced is no row)."""
    cells = [g for _, _, g in groups]
    if len(cells) < int(_PDF["column_min_cells"]) or 2 * sum(len(c) == 1 for c in cells) > len(cells):
        return None  # (国 务 院 文 件: a heading printed letter-spaced)
    return "\t".join(cells)


def column_of(cols: list[tuple[float, float]], x0: float, x1: float, near: float) -> int | None:
    """The one column whose printed extent the group ``x0..x1`` overlaps (or that starts within ``near`` of it)."""
    hits = [j for j, (c0, c1) in enumerate(cols) if (x0 < c1 and c0 < x1) or abs(c0 - x0) <= near]
    return hits[0] if len(hits) == 1 else None


def _inside(ln: PrintedLine, cols: list[tuple[float, float]]) -> bool:
    """Whether each glyph group of ``ln`` stands in its own column of ``cols`` but the first (a table's line: the rest
    of a row above)."""
    at = [column_of(cols, x0, x1, 0.6 * max(ln.size, 1.0)) for x0, x1, _ in ln.groups]
    return bool(at) and None not in at and 0 not in at and len(set(at)) == len(at)


def band_rows(lines: list[PrintedLine]) -> list[PrintedLine]:
    """A table printed without rules whose cells stand in the middle of their rows (a cell of one line beside one
    of two or three): its printed lines overlap each other (each half a line below the one before), which lines of
    running text never do. Such a band of lines is one row: its glyph groups sorted into columns by the extent they
    overlap (a centred cell's shorter line stands inside its longer one), each column's groups, top first, one cell
    (推进煤矿智能化建设，建成智能 ⏎ 化采掘工作面30个: one cell); a band of fewer than ``column_min_cells`` columns
    stays as it was (found by round 80's second batch; centred cells by round 198)."""
    out: list[PrintedLine] = []
    band: list[PrintedLine] = []
    for ln in [*lines, None]:
        if ln is not None and band and not ln.row and not band[-1].row and ln.groups and band[-1].groups \
                and ln.top < max(b.bottom for b in band) - 0.1 * ln.size:
            band.append(ln)
            continue
        row = _band_row(band) if len(band) > 1 else None
        out.extend([row] if row is not None else band)
        band = [ln] if ln is not None else []
    return out


def _band_row(band: list[PrintedLine]) -> PrintedLine | None:
    em = max(ln.size for ln in band)
    gap = float(_PDF["column_gap"]) * em
    spans: list[tuple[float, float]] = []
    parts: list[list[str]] = []
    for ln in band:
        for x0, x1, g in ln.groups:
            j = column_of(spans, x0, x1, gap)
            if j is None:
                spans.append((x0, x1))
                parts.append([g])
            else:
                spans[j] = (min(spans[j][0], x0), max(spans[j][1], x1))
                parts[j].append(g)
    if len(spans) < int(_PDF["column_min_cells"]):
        return None
    cols = sorted(zip(spans, parts, strict=True), key=lambda c: c[0][0])
    cells = ["".join(p) for _, p in cols]
    return PrintedLine("\t".join(cells), min(ln.x0 for ln in band), max(ln.x1 for ln in band), em, top=band[0].top,
                       bottom=max(ln.bottom for ln in band),
                       groups=tuple((x0, x1, c) for (x0, x1), c in zip([s for s, _ in cols], cells, strict=True)))


def rows_continued(lines: list[PrintedLine]) -> list[PrintedLine]:
    """A table printed without rules whose cells wrap: a printed line right under a row read from its gaps
    (:func:`cells_of`), whose groups each stand in a column of that row (overlap its extent, or start where it
    starts) but not in its first, goes on those cells (实施老旧小区改造，完善小区 ⏎ 配套设施和公共服务设施: one
    cell), as a ruled table's wrapped cell is one text."""
    out: list[PrintedLine] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and not prev.row and not ln.row and "\t" in prev.text and prev.groups and ln.groups:
            cols = [(x0, x1) for x0, x1, _ in prev.groups]
            em = max(prev.size, ln.size, 1.0)
            at = [column_of(cols, x0, x1, 0.6 * em) for x0, x1, _ in ln.groups]
            near = ln.top - prev.bottom <= float(_PDF["row_line_gap"]) * em
            if near and None not in at and 0 not in at and len(set(at)) == len(at):
                cells = [g for _, _, g in prev.groups]
                spans = list(cols)
                for j, (x0, x1, g) in zip([j for j in at if j is not None], ln.groups, strict=True):
                    sep = " " if _ASCII_WORD.match(g[0]) and _ASCII_WORD.match(cells[j][-1:] or "x") else ""
                    cells[j] = cells[j] + sep + g
                    spans[j] = (min(spans[j][0], x0), max(spans[j][1], x1))
                groups = tuple((x0, x1, c) for (x0, x1), c in zip(spans, cells, strict=True))
                out[-1] = PrintedLine("\t".join(cells), prev.x0, max(prev.x1, ln.x1), prev.size, top=prev.top,
                                      bottom=ln.bottom, groups=groups)
                continue
        out.append(ln)
    return out


def rows_preceded(lines: list[PrintedLine]) -> list[PrintedLine]:
    """A table printed without rules whose cells stand centred in their rows' height: the first lines of a row's tallest
    cell (its task) stand above the row's other cells, alone on their printed lines. Printed lines between two rows of
    a table, each at most ``[pdf] row_line_gap`` characters above the next and far from the row above (so not taken
    by :func:`rows_continued`), whose groups each stand in a column of the row below but not its first, open that
    row's cells when a row (or the rest of one, in the table's columns) stands above them; never a header row's (开展城乡结合部、背街小巷 ⏎ 、农贸市场周边环境集中整 ⏎ ``1⇥治，清理…⇥县综合行政执法局⇥…``: one
    cell; found by probing round 198's maker)."""
    out: list[PrintedLine] = []
    for ln in lines:
        take, top = 0, ln.top
        if not ln.row and "\t" in ln.text and ln.groups:
            cols = [(x0, x1) for x0, x1, _ in ln.groups]
            em = max(ln.size, 1.0)
            while take < len(out):
                p = out[-1 - take]
                at = [column_of(cols, x0, x1, 0.6 * em) for x0, x1, _ in p.groups]
                if p.row or "\t" in p.text or not p.groups or top - p.bottom > float(_PDF["row_line_gap"]) * em \
                        or None in at or 0 in at or len(set(at)) != len(at):
                    break
                take, top = take + 1, p.top
            before = out[-1 - take] if take < len(out) else None
            if take and (before is None or before.row or ln.text.startswith(_SERIAL_HEADS) or ("\t" not in before.text
                                                                                              and not _inside(before, cols))):
                take = 0  # (a title or a paragraph above a table's first row or its header: not a row's lines)
        if not take:
            out.append(ln)
            continue
        above, cells, spans = out[-take:], [g for _, _, g in ln.groups], [(x0, x1) for x0, x1, _ in ln.groups]
        del out[-take:]
        heads = [""] * len(cells)
        for p in above:
            for x0, x1, g in p.groups:
                j = column_of(spans, x0, x1, 0.6 * max(ln.size, 1.0))
                assert j is not None
                heads[j] += g
                spans[j] = (min(spans[j][0], x0), max(spans[j][1], x1))
        cells = [h + c for h, c in zip(heads, cells, strict=True)]
        out.append(PrintedLine("\t".join(cells), min(ln.x0, *(p.x0 for p in above)), max(ln.x1, *(p.x1 for p in above)),
                               ln.size, top=above[0].top, bottom=ln.bottom,
                               groups=tuple((x0, x1, c) for (x0, x1), c in zip(spans, cells, strict=True))))
    return out
