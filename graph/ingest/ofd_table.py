"""The tables an OFD page draws with rules (``PathObject`` lines), read cell by cell as a PDF's ruled tables are
(:func:`graph.ingest.pdf._ruled_tables`).

A converter draws a Word table as straight path lines and its cells' text as text objects placed inside them. The
lines that touch one another make a grid: its columns stand between the vertical lines' places, its rows between the
horizontal lines' places. Where a horizontal rule is missing under a cell, the cell is merged down over the next row
(a 牵头单位 printed once, in the middle of the rows it covers): its text is given in each row it covers; where a
vertical rule is missing, the cell is merged across and the columns it covers are left empty. A cell's glyphs are read
line by line, top to bottom, as one text. A grid of fewer than two rows or two columns is no table (a red rule, a
box around a heading).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["Segment", "path_segments", "ruled_rows"]

Segment = tuple[float, float, float, float]  # x1, y1, x2, y2 on the page (mm)
_Glyph = tuple[float, float, float, float, str]  # x, baseline y, advance, size, text
_TOKEN = re.compile(r"[A-Za-z]|-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")
_TOL = 0.6  # mm: rules this close are one
_MAX_RULES = 3000  # a page drawing more straight lines is a drawing (a map, a chart), not a table's rules


def path_segments(obj: Any, local: Any) -> list[Segment]:
    """The straight horizontal and vertical lines of one ``PathObject`` (``AbbreviatedData``: ``M`` ``L`` ``Z``), on
    the page: its ``Boundary`` origin and ``CTM`` applied."""
    data = next((c.text for c in obj if local(c) == "AbbreviatedData" and c.text), "")
    box = [float(v) for v in (obj.get("Boundary") or "").split() if _number(v)] + [0.0, 0.0]
    ctm = [float(v) for v in (obj.get("CTM") or "").split() if _number(v)]
    a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

    def place(x: float, y: float) -> tuple[float, float]:
        return box[0] + a * x + c * y + e, box[1] + b * x + d * y + f

    out: list[Segment] = []
    toks = _TOKEN.findall(data)
    i, cur, first = 0, None, None
    while i < len(toks):
        op = toks[i]
        if op in ("M", "L") and i + 2 < len(toks) and _number(toks[i + 1]) and _number(toks[i + 2]):
            pt = place(float(toks[i + 1]), float(toks[i + 2]))
            if op == "L" and cur is not None:
                out.append((*cur, *pt))
            else:
                first = pt
            cur = pt
            i += 3
        elif op == "Z":
            if cur is not None and first is not None:
                out.append((*cur, *first))
            cur = first
            i += 1
        else:
            i += 1
    return [s for s in out if abs(s[1] - s[3]) < _TOL or abs(s[0] - s[2]) < _TOL]


def _number(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def _places(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _TOL:
            out.append(v)
    return out


def _grids(segs: list[Segment]) -> list[list[Segment]]:
    """The segments in groups that touch one another."""
    norm = [(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)) for x1, y1, x2, y2 in segs]
    parent = list(range(len(norm)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, (ax0, ay0, ax1, ay1) in enumerate(norm):
        for j in range(i + 1, len(norm)):
            bx0, by0, bx1, by1 = norm[j]
            if ax0 <= bx1 + _TOL and bx0 <= ax1 + _TOL and ay0 <= by1 + _TOL and by0 <= ay1 + _TOL:
                parent[root(i)] = root(j)
    groups: dict[int, list[Segment]] = {}
    for k, s in enumerate(norm):
        groups.setdefault(root(k), []).append(s)
    return list(groups.values())


def _covers(segs: list[Segment], fixed: float, at: float, horizontal: bool) -> bool:
    for x0, y0, x1, y1 in segs:
        if horizontal and abs(y0 - fixed) <= _TOL and abs(y1 - fixed) <= _TOL and x0 - _TOL <= at <= x1 + _TOL:
            return True
        if not horizontal and abs(x0 - fixed) <= _TOL and abs(x1 - fixed) <= _TOL and y0 - _TOL <= at <= y1 + _TOL:
            return True
    return False


def _cell_text(glyphs: list[_Glyph]) -> str:
    lines: list[list[_Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g[1], g[0])):
        if lines and abs(g[1] - lines[-1][0][1]) <= 0.33 * g[3]:
            lines[-1].append(g)
        else:
            lines.append([g])
    out = ""
    for ln in lines:
        text = "".join(g[4] for g in sorted(ln, key=lambda g: g[0]))
        sep = " " if out and out[-1].isascii() and out[-1].isalnum() and text[:1].isascii() and text[:1].isalnum() else ""
        out += sep + text
    return out


def ruled_rows(glyphs: list[_Glyph], segs: list[Segment]) -> tuple[list[_Glyph], list[tuple[float, float, str, float]]]:
    """The glyphs outside the page's ruled tables, and the tables' rows as ``(top, bottom, tab-separated cells,
    size)``."""
    rows_out: list[tuple[float, float, str, float]] = []
    left = list(glyphs)
    segs = [s for s in segs if abs(s[2] - s[0]) + abs(s[3] - s[1]) > 2]  # (a glyph drawn as paths: no rule)
    if len(segs) > _MAX_RULES:
        return left, rows_out
    for grid in _grids(segs):
        hs = [s for s in grid if abs(s[1] - s[3]) < _TOL and s[2] - s[0] > 2]
        vs = [s for s in grid if abs(s[0] - s[2]) < _TOL and s[3] - s[1] > 2]
        xs, ys = _places([s[0] for s in vs]), _places([s[1] for s in hs])
        if len(xs) < 3 or len(ys) < 3:
            continue
        inside = [g for g in left if xs[0] <= g[0] + g[2] / 2 <= xs[-1] and ys[0] <= g[1] - 0.35 * g[3] <= ys[-1]]
        if not inside:
            continue
        taken = {id(g) for g in inside}
        left = [g for g in left if id(g) not in taken]
        nr, nc = len(ys) - 1, len(xs) - 1
        # origin of every slot: follow missing rules up and to the left
        origin: dict[tuple[int, int], tuple[int, int]] = {}
        for r in range(nr):
            for c in range(nc):
                ro, co = r, c
                if c > 0 and not _covers(vs, xs[c], (ys[r] + ys[r + 1]) / 2, False):
                    ro, co = origin[(r, c - 1)]
                elif r > 0 and not _covers(hs, ys[r], (xs[c] + xs[c + 1]) / 2, True):
                    ro, co = origin[(r - 1, c)]
                origin[(r, c)] = (ro, co)
        texts: dict[tuple[int, int], list[_Glyph]] = {}
        for g in inside:
            cx, cy = g[0] + g[2] / 2, g[1] - 0.35 * g[3]
            c = max(k for k in range(nc) if xs[k] <= cx)
            r = max(k for k in range(nr) if ys[k] <= cy)
            texts.setdefault(origin[(r, c)], []).append(g)
        size = max(g[3] for g in inside)
        for r in range(nr):
            cells = []
            for c in range(nc):
                o = origin[(r, c)]
                cells.append(_cell_text(texts.get(o, [])) if o[1] == c else "")
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                rows_out.append((ys[r], ys[r + 1], "\t".join(cells), size))
    return left, rows_out
