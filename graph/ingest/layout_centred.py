"""A table printed with its columns aligned by spaces whose cells are **centred in their row** (a layout-keeping text
of a PDF table drawn with middle-aligned cells, as pdfplumber's ``layout=True`` or ``pdftotext -layout`` print it):
each row's number stands on one line, and a cell that wraps over lines puts half of them above that line and half
under it; a cell merged over two rows stands between them::

        序
            重点任务               牵头单位     配合单位     完成时限
        号
            推进绿色化改造，实施挥   市生态环境   市经信局、头门
        1                                                2024年12月
            发性有机物深度治理       局           港新区管委会

gives the header ``序号⇥重点任务⇥牵头单位⇥配合单位⇥完成时限`` and the row ``1⇥推进绿色化改造，实施挥发性有机物深度治理⇥
市生态环境局⇥市经信局、头门港新区管委会⇥2024年12月`` (cells apart by tabs, as the other readers print table rows).

The table is found from its header (consecutive lines of short pieces, one naming a units column: ``[fields]``) and
its numbered rows (a number in the first column); it is read this way only when some cell's text stands between the
header and the first number (else the cells hang down from the number's line: :mod:`layout`) and the rows run on
without blank lines between them (rows set apart by blank lines, as ``pdftotext -layout`` prints a ruled table, are
each a block read by :func:`layout._block_row`: the blank lines already say which lines are whose, no counting is
needed). ``unwrap`` runs this reader first, then :func:`layout.layout_rows` on what it left. The columns are the
overlapping extents of the rows' pieces. In each column, the pieces between two numbers' lines go first to the upper
row, as many as that row's cell printed above its number (a centred cell is as high above as below), the rest to
the lower row. A cell printed only above a row's number, in a column the row above leaves empty, is a cell merged
over both rows.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..data import rules
from .layout import cell_join

__all__ = ["centred_rows"]

_SPACED = re.compile(rules()["tables"]["spaced_cells"])
_SERIAL = re.compile(r"\d{1,3}")
_SHORT = 8  # a header piece is at most this long, with no digit
_FRAGMENT = 2  # a header word printed over lines (序 ⏎ 号): pieces this short join the line between them
_REACH = 10  # lines between two row numbers at most

_WIDE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]")
_PAD = "\x00"
Piece = tuple[int, str]  # (column in characters, text)


def _pieces(line: str) -> list[Piece]:
    body = line.rstrip()
    lead = len(body) - len(body.lstrip())
    out: list[Piece] = []
    pos = lead
    for m in _SPACED.finditer(body, lead):
        out.append((pos, body[pos : m.start()]))
        pos = m.end()
    if pos < len(body):
        out.append((pos, body[pos:]))
    return out


def _headerish(ps: list[Piece]) -> bool:
    return bool(ps) and all(len(t.replace(_PAD, "")) <= _SHORT and not re.search(r"[\d、，,]", t) for _, t in ps)


def _header(grid: list[list[Piece]], i: int) -> tuple[int, int] | None:
    """The header block around line ``i`` (lines ``a`` to ``b`` - 1) when line ``i`` has three header pieces or
    more and the block names a units column."""
    from ..extract.table_headers import _role_of_header

    if len(grid[i]) < 3 or not _headerish(grid[i]):
        return None
    a, b = i, i + 1
    while a > 0 and i - a < 2 and _headerish(grid[a - 1]):
        a -= 1
    while b < len(grid) and b - i < 3 and _headerish(grid[b]):
        b += 1
    if not any(_role_of_header(t.replace(_PAD, "")) for ps in grid[a:b] for _, t in ps):
        return None
    return a, b


def _anchors(grid: list[list[Piece]], b: int, left: int) -> list[int]:
    """The lines after the header whose first piece is the next row number, standing in the first column."""
    out: list[int] = []
    j, last = b, b
    while j < len(grid) and j - last <= _REACH:
        ps = grid[j]
        if ps and ps[0][0] <= left + 2 and _SERIAL.fullmatch(ps[0][1]) and int(ps[0][1]) == len(out) + 1:
            out.append(j)
            last = j
        j += 1
    return out


def _columns(grid: list[list[Piece]], lines: range) -> list[tuple[int, int]]:
    """The columns: extents of the pieces of ``lines``, overlapping extents joined."""
    spans = sorted((c, c + len(t)) for j in lines for c, t in grid[j])
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _column(cols: list[tuple[int, int]], c: int, t: str) -> int | None:
    for k, (a, b) in enumerate(cols):
        if c < b and a < c + len(t):
            return k
    return None


def _header_rows(grid: list[list[Piece]], a: int, b: int, cols: list[tuple[int, int]]) -> list[list[str]]:
    main = max(range(a, b), key=lambda j: len(grid[j]))
    rows: list[list[str]] = [[""] * len(cols)]
    placed: list[tuple[int, int, str]] = []  # (line, column, text)
    for j in range(a, b):
        for c, t in grid[j]:
            k = _column(cols, c, t)
            if k is None:
                k = max((n for n, (x, _) in enumerate(cols) if x <= c), default=0)
            placed.append((j, k, t))
    above = [""] * len(cols)  # a header cell merged over columns, printed over the main line (责任单位 over 牵头单位 …)
    for j, k, t in placed:
        short = len(t.replace(_PAD, "")) <= _FRAGMENT
        if j == main or short or (j < main and not any(m == main and n == k for m, n, _ in placed)):
            rows[0][k] += t
        elif j < main:
            above[k] += t
        else:
            if len(rows) == 1:
                rows.append([""] * len(cols))
            rows[1][k] += t
    return [above, *rows] if any(above) else rows


def _table(grid: list[list[Piece]], a: int, b: int, anchors: list[int]) -> tuple[list[list[str]], int] | None:
    cols = _columns(grid, range(b, anchors[-1] + 1))
    if len(cols) < 3:
        return None
    n = len(anchors)
    upper: list[list[list[str]]] = [[[] for _ in cols] for _ in range(n)]
    middle: list[list[list[str]]] = [[[] for _ in cols] for _ in range(n)]
    lower: list[list[list[str]]] = [[[] for _ in cols] for _ in range(n)]
    end = anchors[-1] + 1
    for k in range(len(cols)):
        # between the header and the first number: the first row's upper part
        for j in range(b, anchors[0]):
            upper[0][k] += [t for c, t in grid[j] if _column(cols, c, t) == k]
        for r, line in enumerate(anchors):
            middle[r][k] = [t for c, t in grid[line] if _column(cols, c, t) == k]
            # (under the last number: as many lines as its cell printed above it)
            stop = anchors[r + 1] if r + 1 < n else min(len(grid), line + 1 + len(upper[r][k]))
            found = [(j, t) for j in range(line + 1, stop) for c, t in grid[j] if _column(cols, c, t) == k]
            take = len(upper[r][k])
            lower[r][k] = [t for _, t in found[:take]]
            if r + 1 < n:
                upper[r + 1][k] = [t for _, t in found[take:]]
            elif lower[r][k]:
                end = max(end, found[len(lower[r][k]) - 1][0] + 1)
    if not any(upper[0][k] for k in range(1, len(cols))):
        return None  # nothing above the first number: cells hang down (layout.layout_rows)
    if _blank_apart(grid, [b - 1, *anchors]):
        return None  # each row a block between blank lines: read block by block (layout._block_row)
    rows = [[cell_join(upper[r][k] + middle[r][k] + lower[r][k]) for k in range(len(cols))] for r in range(n)]
    for r in range(1, n):  # a cell printed only above a number, the row above empty there: merged over both
        for k in range(1, len(cols)):
            if upper[r][k] and not middle[r][k] and not lower[r][k] and not rows[r - 1][k]:
                rows[r - 1][k] = rows[r][k]
    return _header_rows(grid, a, b, cols) + rows, end


def _blank_apart(grid: list[list[Piece]], lines: list[int]) -> bool:
    """Whether a blank line stands between each two consecutive ``lines`` (the header's last line and the rows'
    numbers): the rows' blocks are set apart, so no counting of lines above and under a number is needed.

    >>> _blank_apart([[(0, "a")], [], [(0, "1")], [(0, "b")], [], [(0, "2")]], [0, 2, 5])
    True
    >>> _blank_apart([[(0, "a")], [], [(0, "1")], [(0, "b")], [(0, "2")]], [0, 2, 4])
    False
    """
    return all(any(not grid[j] for j in range(x + 1, y)) for x, y in pairwise(lines))


def centred_rows(text: str) -> str:
    """``text`` with its centred space-aligned tables printed as tab rows (see the module's docstring). Columns are
    counted in characters (as pdfplumber prints), else in display width (a CJK character two columns wide)."""
    if "   " not in text:
        return text
    if _PAD not in text and _WIDE.search(text):
        widened = _WIDE.sub(lambda m: m.group() + _PAD, text)  # (a pad after each wide character)
        if _aligned(widened) > _aligned(text):
            return _centred(widened).replace(_PAD, "")
    return _centred(text)


def _aligned(text: str) -> float:
    """The share of the pieces of lines of two pieces or more that start where a piece of another line starts (a
    measure of columns that fits the text lines them up)."""
    starts: Counter[int] = Counter()
    for line in text.split("\n"):
        ps = _pieces(line) if "\t" not in line else []
        if len(ps) >= 2:
            starts.update(c for c, _ in ps)
    total = sum(starts.values())
    return sum(n for n in starts.values() if n > 1) / total if total else 0.0


def _centred(text: str) -> str:
    lines = text.split("\n")
    grid = [_pieces(line) if "\t" not in line else [] for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        block = _header(grid, i)
        if block is not None:
            a, b = block
            left = min(c for j in range(a, b) for c, _ in grid[j])
            anchors = _anchors(grid, b, left)
            found = _table(grid, a, b, anchors) if anchors else None
            if found is not None:
                rows, end = found
                if i > a:
                    del out[len(out) - (i - a) :]  # (the header's lines above its main line)
                out += ["\t".join(r).rstrip("\t") for r in rows]
                i = end
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
