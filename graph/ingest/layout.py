"""A table printed with its columns aligned by spaces (a layout-keeping text copy of a PDF: ``pdftotext -layout``)
whose cells wrap: the lines under a row that hold only the rest of some of its cells, each piece standing where its
cell starts (``[tables] layout_drift`` columns off at most: a proportional font), put back into the row.

    1       推进肉制品链群      市工业和信息化局      市发展改革委、
            延链补链                                  市商务局

gives the row ``1⇥推进肉制品链群延链补链⇥市工业和信息化局⇥市发展改革委、市商务局`` (cells apart by tabs, as the other
readers print table rows). A row is a line that runs of spaces (``[tables] spaced_cells``) split into at least
``[tables] spaced_min_cells`` cells; a piece stands where a cell starts when its printed column (a CJK character two
columns wide) is the cell's. A row printed as a block of lines between blank lines, its cells centred in the row's
height, is read block by block (:func:`_block_row`). Other lines are left as they are. (A table whose centred rows
run on without blank lines between them is read before this, by :mod:`layout_centred`.)
"""

from __future__ import annotations

import re
import unicodedata

from ..data import rules
from ..extract.cues import looks_like_unit

__all__ = ["layout_rows", "wide_rows"]

_SPEC = rules()["tables"]
_SPACED = re.compile(_SPEC["spaced_cells"])
_MIN = int(_SPEC["spaced_min_cells"])
_DRIFT = int(_SPEC["layout_drift"])
_PARAGRAPH = 60  # printed columns of a line of running text at least (a table's cell is narrower)
_BLOCK_MAX = 8  # lines of one row printed between blank lines (a row of more is a page of text)
_PAGE_WIDTH = 200  # printed columns of a page's line at most (a longer line is a paragraph, no printed line)
_NUMBER = re.compile(r"^[（(]?\d{1,3}[）)]?[、.．]?$")
_SERIAL_HEADS = ("序号", "编号")
_WIDE_GAP = re.compile("(?<=[^\\s])\u3000+(?=[^\\s])")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pieces(line: str) -> list[tuple[int, str]]:
    """(printed column, text) of each piece of ``line`` between runs of spaces (and before the first)."""
    body = line.strip()
    if not body:
        return []
    lead = line[: len(line) - len(line.lstrip())]
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _SPACED.finditer(body):
        out.append((_width(lead + body[:pos]), body[pos : m.start()]))
        pos = m.end()
    out.append((_width(lead + body[:pos]), body[pos:]))
    return out


def layout_rows(text: str) -> str:
    """``text`` with the wrapped cells of its space-aligned table rows put back (see the module's docstring).

    >>> layout_rows("1   甲乙丙   市商务局、\\n    丁戊     市公安局\\n")
    '1\\t甲乙丙丁戊\\t市商务局、市公安局\\n'
    >>> layout_rows("甲   乙\\n    丙\\n")
    '甲   乙\\n    丙\\n'
    """
    if "  " not in text and "\u3000\u3000" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    header: list[tuple[int, int]] | None = None  # the extents of the last header line's pieces (:func:`_by_header`)
    while i < len(lines):
        block = _block_row(lines, i, header)
        if block is not None:
            out.append(block[0])
            i = block[1]
            continue
        cells = _pieces(lines[i]) if "\t" not in lines[i] else []
        header = _header_of(cells, header)
        if header and i + 1 < len(lines) and (both := _two_line_header(cells, _pieces(lines[i + 1]))):
            out.append("\t".join(t for _, t in both))  # (责任单位 over 牵头单位 / 配合单位: one header row)
            header = [(col, col + _width(t)) for col, t in both]
            i += 2
            continue
        joined = _by_header(cells, header) if header and len(cells) > _MIN else cells
        whole = len(joined) < len(cells)  # (pieces under one header column: one cell, the row printed with tabs)
        cells = joined
        if len(cells) < _MIN:
            out.append(lines[i])
            i += 1
            continue
        starts = [col for col, _ in cells]
        texts = [t for _, t in cells]
        j = i + 1
        while j < len(lines) and "\t" not in lines[j]:
            more = _pieces(lines[j])
            at = [_near(starts, col) for col, _ in more]
            if not more or len(more) >= len(cells) or any(k is None or k == 0 for k in at) or len(set(at)) < len(at):
                break  # (a continuation never fills the row's first cell, its number)
            for k, (_, piece) in zip(at, more, strict=True):
                texts[k or 0] += piece
            j += 1
        out.append("\t".join(texts) if j > i + 1 or whole else lines[i])
        i = j
    return "\n".join(out)


def _near(starts: list[int], col: int) -> int | None:
    """The cell ``col`` stands at: the one starting there, or ``[tables] layout_drift`` columns or fewer off (a
    proportional font prints a wrapped line's piece a column off); None when no cell starts so near.

    >>> _near([0, 6, 22], 7), _near([0, 6, 22], 12)
    (1, None)
    """
    k = min(range(len(starts)), key=lambda k: abs(starts[k] - col))
    return k if abs(starts[k] - col) <= _DRIFT else None


def _block_row(lines: list[str], i: int, header: list[tuple[int, int]] | None = None) -> tuple[str, int] | None:
    """A row printed over several lines between blank lines (a ruled table's row, its cells wrapped, some centred in
    the row's height: the number and a short unit on the middle line, the wrapped cells' first lines above it): the
    row's cells, each the pieces of its column top to bottom, and the line after the block. The block's fullest line
    is a row (``[tables] spaced_min_cells`` cells or more) and its pieces give the columns; every piece of the other
    lines stands inside one of them: from where the column starts (less ``[tables] layout_drift`` columns: a
    proportional font; further right when the cell's lines are centred) to where the next column starts. Each line's
    pieces are placed by themselves: a piece that starts right of its column's piece (so is no line of that cell,
    left-aligned or centred, but a cell the fullest line leaves empty: a partner beside a lead printed a line higher),
    or a line's second piece in one column, opens a column of its own (:func:`_place`). None for any other line, and
    for a block whose pieces then run over a column. Pieces of a line under one column of the table's ``header`` line
    are one cell (:func:`_by_header`).

    >>> _block_row(["", "    甲乙      市商务局、", "1   丙丁      市公安局      2024年", "    戊", ""], 1)
    ('1\\t甲乙丙丁戊\\t市商务局、市公安局\\t2024年', 4)
    """
    if i > 0 and lines[i - 1].strip():
        return None
    j = i
    while j < len(lines) and lines[j].strip() and "\t" not in lines[j]:
        j += 1
    if not 2 <= j - i <= _BLOCK_MAX or any(_width(ln) > _PAGE_WIDTH for ln in lines[i:j]):
        return None
    pieces = [_pieces(ln) for ln in lines[i:j]]
    if header:
        pieces = [_by_header(line, header) for line in pieces]
    full = max(pieces, key=len)
    if len(full) < _MIN or _several_rows(pieces):
        return None
    columns = [(col, _width(t)) for col, t in full]  # each column's start and its first piece's width
    while True:
        placed = _place(pieces, columns)
        if placed is None:
            return None
        if isinstance(placed, tuple):
            if any(col == placed[0] for col, _ in columns):
                return None
            columns = sorted([*columns, placed])  # a piece standing in a column of its own
            continue
        return "\t".join(cell_join(t) for t in placed), j


def _header_words(line: list[tuple[int, str]]) -> int:
    from ..extract.table_headers import _role_of_header

    return sum(1 for _, t in line if t in _SERIAL_HEADS or _role_of_header(t) is not None)


def _header_of(line: list[tuple[int, str]], header: list[tuple[int, int]] | None) -> list[tuple[int, int]] | None:
    """The header line in force after a line of ``line``'s pieces: the printed extents (start, end) of its pieces
    when it is a header line (``[tables] spaced_min_cells`` pieces or more, two of them header words: 序号, 牵头单位
    …); none after a line of running text (one piece as wide as a page's paragraph); else ``header``."""
    if len(line) >= _MIN and _header_words(line) > 1:
        return [(col, col + _width(t)) for col, t in line]
    if len(line) == 1 and _width(line[0][1]) > _PARAGRAPH:
        return None
    return header


def _two_line_header(upper: list[tuple[int, str]], lower: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """A header line and the line under it that names the columns a header cell is merged over (责任单位 over 牵头单位
    and 配合单位: two or more pieces, each a header word) as one header row: each upper piece with lower pieces under it
    (the one nearest each lower piece) replaced by them; None when the lower line is no such line.

    >>> _two_line_header([(0, "序号"), (6, "任务"), (20, "责任单位"), (40, "完成时限")], [(18, "牵头单位"), (28, "配合单位")])
    [(0, '序号'), (6, '任务'), (18, '牵头单位'), (28, '配合单位'), (40, '完成时限')]
    """
    if len(lower) < 2 or _header_words(lower) < len(lower) or len(upper) < _MIN or _header_words(upper) < 2:
        return None
    extents = [(col, col + _width(t)) for col, t in upper]

    def gap(col: int, text: str, k: int) -> int:
        return max(0, extents[k][0] - col - _width(text), col - extents[k][1])

    under: dict[int, list[tuple[int, str]]] = {}
    for col, text in lower:
        under.setdefault(min(range(len(upper)), key=lambda k: gap(col, text, k)), []).append((col, text))
    if not any(len(v) > 1 for v in under.values()):
        return None  # (a lower piece a column each: no cell merged over columns)
    return [piece for k, top in enumerate(upper) for piece in under.get(k, [top])]


def _by_header(line: list[tuple[int, str]], header: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """A line's pieces with those standing under one header column joined into one (a cell printing two names two
    spaces apart: ``区市场监管局  区商务局`` under 牵头单位 is one cell, not two columns). A piece stands under the header
    piece it overlaps most, else (no overlap) under the last one starting left of it; a piece left of every header
    piece stands under none.

    >>> _by_header([(0, "1"), (6, "甲"), (20, "市商务局"), (30, "市公安局"), (40, "市财政局")], [(0, 4), (6, 10), (20, 28), (40, 48)])
    [(0, '1'), (6, '甲'), (20, '市商务局、市公安局'), (40, '市财政局')]
    """
    out: list[tuple[int, str]] = []
    at: list[int | None] = []
    for col, text in line:
        end = col + _width(text)
        overlaps = [max(0, min(end, b) - max(col, a)) for a, b in header]
        k: int | None = max(range(len(header)), key=lambda k: overlaps[k])
        if not overlaps[k or 0]:
            k = next((k for k in range(len(header) - 1, -1, -1) if header[k][0] <= col), None)
        if out and k is not None and at[-1] == k:
            out[-1] = (out[-1][0], cell_join([out[-1][1], text]))
            continue
        out.append((col, text))
        at.append(k)
    return out


def _several_rows(pieces: list[list[tuple[int, str]]]) -> bool:
    """A block that holds more than one row: two of its lines numbered (a number first, left of the other pieces), or a
    line of header words (序号, 牵头单位 … two or more): a small table printed a row to a line, between blank lines.

    >>> _several_rows([[(0, "序号"), (6, "重点任务"), (20, "牵头单位")], [(0, "1"), (6, "推进"), (20, "市商务局")]])
    True
    >>> _several_rows([[(0, "1"), (6, "推进"), (20, "市商务局")], [(0, "2"), (6, "开展"), (20, "市财政局")]])
    True
    >>> _several_rows([[(6, "推进甲乙"), (20, "市商务局、")], [(0, "1"), (6, "丙丁"), (20, "市公安局")]])
    False
    """
    left = min(col for line in pieces for col, _ in line)
    numbered = sum(1 for line in pieces if line and line[0][0] <= left + _DRIFT and _NUMBER.match(line[0][1]))
    return numbered > 1 or max(_header_words(line) for line in pieces) > 1 or _whole_lines(pieces)


def _whole_lines(pieces: list[list[tuple[int, str]]]) -> bool:
    """A block whose every line is a whole row (rows a line each, neither numbered nor under a header line of their
    own): every line prints a piece in every column, no line but the last ends a piece with a mark that goes on
    (、，：…: a cell wrapped there), and a column that names a unit on one line names a whole unit on every line
    (市生态环⏎境局 is one name wrapped).

    >>> _whole_lines([[(4, "推进甲乙"), (20, "市商务局"), (30, "市公安局")], [(4, "开展丙丁"), (20, "市财政局"), (30, "市税务局")]])
    True
    >>> _whole_lines([[(4, "推进甲乙，"), (20, "市商务局、"), (30, "市公安局")], [(4, "丙丁"), (20, "市财政局"), (30, "市税务局")]])
    False
    """
    width = max(len(line) for line in pieces)
    if any(len(line) != width for line in pieces) or any(t.endswith(_GOES_ON) for line in pieces[:-1] for _, t in line):
        return False
    columns = [[line[k][1] for line in pieces] for k in range(width)]
    named = [col for col in columns if any(looks_like_unit(t) for t in col)]
    return bool(named) and all(looks_like_unit(t) for col in named for t in col)


def _place(pieces: list[list[tuple[int, str]]],
           columns: list[tuple[int, int]]) -> list[list[str]] | tuple[int, int] | None:
    """The pieces of a block's lines put in ``columns`` (start, width of the piece that gave it), top to bottom; or a
    piece that stands in a column of its own, right of a column's piece (it starts after that piece's end, so is no
    line of it, left-aligned or centred, under or over it; or a second piece of its line in that column: a line
    prints one piece per cell), as a new column; None when a piece stands left of the first column or runs over the
    next one (running text).

    >>> _place([[(0, "1"), (4, "甲"), (10, "市商务局")], [(4, "乙"), (30, "市公安局")]], [(0, 1), (4, 2), (10, 8)])
    (30, 8)
    >>> _place([[(0, "1"), (4, "甲"), (10, "市商务局")], [(4, "乙"), (12, "局")]], [(0, 1), (4, 2), (10, 8)])
    [['1'], ['甲', '乙'], ['市商务局', '局']]
    """
    starts = [col for col, _ in columns]
    texts: list[list[str]] = [[] for _ in columns]
    for line in pieces:
        used: set[int] = set()
        for col, piece in line:
            k = next((k for k in range(len(starts) - 1, -1, -1) if starts[k] <= col + _DRIFT), None)
            if k is None or (k + 1 < len(starts) and col + _width(piece) > starts[k + 1]):
                return None  # (a piece left of the first cell, or running over the next cell: running text)
            if k in used or col >= columns[k][0] + columns[k][1] + 2:
                return col, _width(piece)
            used.add(k)
            texts[k].append(piece)
    return texts


def cell_join(lines: list[str]) -> str:
    """A cell's lines as its text: a wrapped line goes on the one above (市生态环⏎境局), but a line that names a unit
    under a line that names one is the next unit of a list printed one to a line (市商务局⏎市发改委: 、 between).

    >>> cell_join(["市商务局", "市发改委"]), cell_join(["市生态环", "境局"]), cell_join(["推进农贸市场", "快检室建设"])
    ('市商务局、市发改委', '市生态环境局', '推进农贸市场快检室建设')
    >>> cell_join(["头门", "港新区管委会"])
    '头门港新区管委会'
    """
    out = ""
    for line in lines:
        last = _last_name(out)
        if out and not out.endswith(_LIST_MARKS) and last.endswith(_UNIT_ENDS) and looks_like_unit(last) \
                and looks_like_unit(line):
            out += "、"
        out += line
    return out


_UNIT_ENDS = tuple(_SPEC["cell_unit_ends"])
_LIST_MARKS = ("、", "，", ",", "；", ";", "：", ":")
_GOES_ON = (*_LIST_MARKS, "（", "(", "和", "及", "与")  # a cell's line that ends so goes on on the next line


def _last_name(text: str) -> str:
    return re.split("[、，,；;：:]", text)[-1]


def _wide_cells(line: str) -> list[str]:
    """The pieces of a line between ideographic spaces when one of its gaps is two or more wide; else []."""
    body = line.strip(" \u3000")
    if "\u3000\u3000" not in body or "\t" in body:
        return []
    return _WIDE_GAP.split(body)


def wide_rows(text: str) -> str:
    """Rows of a table whose columns are aligned by **ideographic spaces** (an OCR-like copy, a fixed-width text in
    full-width characters) as tab-separated rows: one 　 is as wide as two spaces, so where the widest cell of a column
    leaves room for a single one, that single 　 parts two cells. Only lines that split so into at least
    ``[tables] spaced_min_cells`` pieces, next to another such line of as many pieces, are rows.

    >>> wide_rows("序号\u3000任务\u3000\u3000\u3000单位\\n1\u3000\u3000甲乙丙丁\u3000市商务局\\n说明\u3000\u3000文字")
    '序号\\t任务\\t单位\\n1\\t甲乙丙丁\\t市商务局\\n说明\\u3000\\u3000文字'
    """
    if "\u3000\u3000" not in text:
        return text
    lines = text.split("\n")
    cells = [_wide_cells(line) for line in lines]
    sizes = [len(c) if len(c) >= _MIN else 0 for c in cells]
    out = []
    for i, line in enumerate(lines):
        n = sizes[i]
        near = (i and sizes[i - 1] == n) or (i + 1 < len(lines) and sizes[i + 1] == n)
        out.append("\t".join(cells[i]) if n and near else line)
    return "\n".join(out)
