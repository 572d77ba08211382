"""Containers as government websites hand them out, for the made rounds 77-86 (tests/made_gold/forms77 …).

- ``write_docx``: a Word file of body paragraphs and tables; a table cell given as ``MERGE_UP`` is merged
  with the cell above it (a vertically merged cell, as Word prints a unit or category over several rows); ``MERGE_LEFT`` merges a cell
  with the one on its left (a header cell or a section row spanning columns).
- ``write_xlsx``: a workbook of several sheets, each a list of rows (``None`` an empty cell) and merged
  ranges in sheet coordinates.
- ``write_pdf``: a text-layer PDF, laid out as a printed 文件: a running header and a page number
  (``— n —``) on every page, paragraphs wrapped to the width (first line indented), and ruled tables
  whose cells wrap inside their column; a merged cell's text stands in the middle of the rows it spans.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

MERGE_UP = "\x00up"
MERGE_LEFT = "\x00left"


def write_docx(out: Path, blocks: Sequence[object]) -> Path:
    """``blocks``: a ``str`` is a paragraph; a list of rows (lists of ``str``) is a table."""
    import docx

    d = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            d.add_paragraph(block)
            continue
        rows = list(block)  # type: ignore[call-overload]
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value in (MERGE_UP, MERGE_LEFT):
                    continue
                table.cell(r, c).text = value
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value == MERGE_LEFT:
                    start = c - 1
                    while rows[r][start] == MERGE_LEFT:
                        start -= 1
                    text = rows[r][start]
                    table.cell(r, start).merge(table.cell(r, c))
                    table.cell(r, start).text = text
        for c in range(len(rows[0])):
            r = 0
            while r < len(rows):
                end = r
                while end + 1 < len(rows) and rows[end + 1][c] == MERGE_UP:
                    end += 1
                if end > r:
                    table.cell(r, c).merge(table.cell(end, c))
                    table.cell(r, c).text = rows[r][c]
                r = end + 1
    d.save(str(out))
    return out


def write_xlsx(out: Path, sheets: Sequence[tuple[str, Sequence[Sequence[object]], Sequence[str]]]) -> Path:
    """``sheets``: (name, rows, merged ranges such as ``"A1:E1"``)."""
    import openpyxl

    wb = openpyxl.Workbook()
    first = True
    for name, rows, merged in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(r, c, value)
        for rng in merged:
            ws.merge_cells(rng)
    wb.save(str(out))
    return out


class _Page:
    def __init__(self, out: Path | io.BytesIO, header: str, size: float, small: bool, footer: str = "— {n} —",
                 total: int = 0, landscape: bool = False) -> None:
        from reportlab.lib.pagesizes import A4, A5
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        self.font = "STSong-Light"
        if self.font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(self.font))
        self.width, self.height = A5 if small else A4
        if landscape:
            self.height, self.width = self.width, self.height
        self.margin = 54.0 if small else 72.0
        self.size = size
        self.header = header
        self.footer = footer
        self.total = total
        self.page = 0
        self.c = canvas.Canvas(out if isinstance(out, io.BytesIO) else str(out), pagesize=(self.width, self.height),
                               invariant=1)
        self.y = 0.0
        self._open()

    def _open(self) -> None:
        self.page += 1
        self.c.setFont(self.font, 9)
        if self.header:
            self.c.drawCentredString(self.width / 2, self.height - self.margin / 2, self.header)
        self.c.drawCentredString(self.width / 2, self.margin / 2, self.footer.format(n=self.page, m=self.total))
        self.c.setFont(self.font, self.size)
        self.y = self.height - self.margin

    def need(self, h: float) -> None:
        if self.y - h < self.margin:
            self.c.showPage()
            self._open()

    def wrap(self, text: str, width: float, indent: float = 0.0) -> list[str]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        lines, rest, first = [], text, True
        while rest:
            room = width - (indent if first else 0.0)
            n = 1
            while n < len(rest) and stringWidth(rest[: n + 1], self.font, self.size) <= room:
                n += 1
            lines.append(rest[:n])
            rest, first = rest[n:], False
        return lines or [""]


def _table(p: _Page, rows: list[list[str]], widths: Sequence[float] | None, repeat_header: bool,
           ruled: bool = True) -> None:
    size = p.size
    lead = size * 1.6
    text_width = p.width - 2 * p.margin
    ncol = len(rows[0])
    shares = list(widths or [1.0] * ncol)
    cols = [text_width * s / sum(shares) for s in shares]
    xs = [p.margin + sum(cols[:i]) for i in range(ncol + 1)]
    def across(r: int, c: int) -> int:  # how many columns a cell spans (MERGE_LEFT cells after it)
        n = 1
        while c + n < ncol and rows[r][c + n] == MERGE_LEFT:
            n += 1
        return n

    cell_lines = [[[] if v in (MERGE_UP, MERGE_LEFT) else p.wrap(v, sum(cols[c: c + across(r, c)]) - 6)
                   for c, v in enumerate(row)] for r, row in enumerate(rows)]
    spans = [[1] * ncol for _ in rows]
    for c in range(ncol):
        for r in range(len(rows)):
            if rows[r][c] != MERGE_UP:
                n = 1
                while r + n < len(rows) and rows[r + n][c] == MERGE_UP:
                    n += 1
                spans[r][c] = n
    heights = [max(1, *(len(cell_lines[r][c]) for c in range(ncol) if spans[r][c] == 1 and rows[r][c] != MERGE_UP))
               * lead + 4 for r in range(len(rows))]
    # a merged cell's lines stand in the middle of its rows (drawn when its first row is placed)
    def draw(r: int) -> None:
        top = p.y + size
        for c in range(ncol):
            if rows[r][c] in (MERGE_UP, MERGE_LEFT):
                continue
            span_h = sum(heights[r: r + spans[r][c]])
            block_h = len(cell_lines[r][c]) * lead
            y0 = top - (span_h - block_h) / 2 - size
            for i, line in enumerate(cell_lines[r][c]):
                p.c.drawString(xs[c] + 3, y0 - i * lead, line)
        for c in range(ncol if ruled else 0):  # no rule across a cell merged down from the row above (as Word)
            if rows[r][c] != MERGE_UP:  # (a merged cell never runs over a page: see need above)
                p.c.line(xs[c], top + 2, xs[c + 1], top + 2)
        for i, x in enumerate(xs if ruled else []):  # no rule inside a cell merged across (as Word)
            if i < ncol and rows[r][i] == MERGE_LEFT:
                continue
            p.c.line(x, top + 2, x, top + 2 - heights[r])
        p.y -= heights[r]

    for r in range(len(rows)):
        need = max(sum(heights[r: r + spans[r][c]]) for c in range(ncol))
        if ruled and r > 0 and p.y - need < p.margin:  # the table's rule under the last row a page holds
            p.c.line(xs[0], p.y + size + 2, xs[-1], p.y + size + 2)
        page = p.page
        p.need(need)
        if repeat_header and r > 0 and p.page != page:
            draw(0)
        draw(r)
    if ruled:
        p.c.line(xs[0], p.y + size + 2, xs[-1], p.y + size + 2)
    p.y -= lead / 2


def write_pdf(out: Path, blocks: Sequence[object], header: str = "", size: float = 10.5,
              widths: Sequence[float] | None = None, small: bool = False, repeat_header: bool = False,
              ruled: bool = True, footer: str = "— {n} —", landscape: bool = False) -> Path:
    """``blocks``: a ``str`` is a paragraph (``"^"`` first: centred, no indent); a list of rows is a
    table (``MERGE_UP`` cells continue the cell above); ``widths`` the columns' shares of the width; ``small``
    an A5 page (more page breaks). A row opening a merged cell starts a new page unless all its rows fit;
    ``repeat_header``: a table's first row is printed again at the top of each page it goes on to; ``ruled=False``: the
    tables printed without rules (their columns only by where the text stands); ``footer`` the page's foot line
    (``{n}`` its number, ``{m}`` the number of pages)."""
    total = _render(io.BytesIO(), blocks, header, size, widths, small, repeat_header, ruled, footer, 0, landscape) \
        if "{m}" in footer else 0
    _render(out, blocks, header, size, widths, small, repeat_header, ruled, footer, total, landscape)
    return out


def _render(out: Path | io.BytesIO, blocks: Sequence[object], header: str, size: float,
            widths: Sequence[float] | None, small: bool, repeat_header: bool, ruled: bool, footer: str,
            total: int, landscape: bool = False) -> int:
    p = _Page(out, header, size, small, footer, total, landscape)
    lead = size * 1.6
    text_width = p.width - 2 * p.margin
    for block in blocks:
        if isinstance(block, str):
            if block.startswith("^"):
                for line in p.wrap(block[1:], text_width):
                    p.need(lead)
                    p.c.drawCentredString(p.width / 2, p.y, line)
                    p.y -= lead
                continue
            lines = p.wrap(block, text_width, 2 * size)
            for i, line in enumerate(lines):
                p.need(lead)
                p.c.drawString(p.margin + (2 * size if i == 0 else 0.0), p.y, line)
                p.y -= lead
            continue
        if isinstance(block, tuple):  # (widths, rows): a table with its own column shares
            _table(p, list(block[1]), block[0], repeat_header, ruled)
            continue
        _table(p, list(block), widths, repeat_header, ruled)  # type: ignore[call-overload]
    p.c.showPage()
    p.c.save()
    return p.page


def _fill_table(table: object, rows: Sequence[Sequence[str]]) -> None:
    """Cells, merged down (``MERGE_UP``) and across (``MERGE_LEFT``), as ``write_docx`` writes them."""
    t = table
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value not in (MERGE_UP, MERGE_LEFT):
                t.cell(r, c).text = value  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value == MERGE_LEFT:
                start = c - 1
                while rows[r][start] == MERGE_LEFT:
                    start -= 1
                t.cell(r, start).merge(t.cell(r, c))  # type: ignore[attr-defined]
                t.cell(r, start).text = rows[r][start]  # type: ignore[attr-defined]
    for c in range(len(rows[0])):
        r = 0
        while r < len(rows):
            end = r
            while end + 1 < len(rows) and rows[end + 1][c] == MERGE_UP:
                end += 1
            if end > r:
                t.cell(r, c).merge(t.cell(end, c))  # type: ignore[attr-defined]
                t.cell(r, c).text = rows[r][c]  # type: ignore[attr-defined]
            r = end + 1


_NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>"""


def write_docx_ext(out: Path, blocks: Sequence[object], landscape: bool = False, font: str = "仿宋_GB2312",
                   size: float = 16.0) -> Path:
    """A Word file as offices save it: ``str`` a paragraph; a list of rows a table (``Table Grid``, merged cells
    as ``write_docx``); ``("num", level, text)`` a paragraph numbered by Word's list numbering (level 0 ``一、``,
    1 ``（一）``, 2 ``1.``: the label is drawn by Word, not in the text); ``("box", rows)`` a table inside a text
    box (a ``v:textbox`` anchored in a paragraph); ``landscape`` the section turned; ``font`` the East Asian font."""
    import copy

    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.size = Pt(size)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if landscape:
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(_NUMBERING))
    numbering.append(parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                               'w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for block in blocks:
        if isinstance(block, str):
            d.add_paragraph(block)
        elif isinstance(block, tuple) and block[0] == "num":
            para = d.add_paragraph(block[2])
            ppr = para._p.get_or_add_pPr()
            ppr.append(parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                 f'<w:ilvl w:val="{block[1]}"/><w:numId w:val="90"/></w:numPr>'))
        elif isinstance(block, tuple) and block[0] == "box":
            rows = block[1]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            _fill_table(table, rows)
            tbl = table._tbl
            tbl.getparent().remove(tbl)
            anchor = d.add_paragraph()
            pict = parse_xml(
                '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:440pt;height:300pt">'
                '<v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict></w:r>')
            content = pict.find(".//" + qn("w:txbxContent"))
            content.append(copy.deepcopy(tbl))
            content.append(parse_xml('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))
            anchor._p.append(pict)
        else:
            rows = list(block)  # type: ignore[call-overload]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            _fill_table(table, rows)
    d.save(str(out))
    return out


def html_paragraphs(paras: Sequence[tuple[str, str]]) -> list[str]:
    """A page's body: paragraphs by kind, h2 and h3 headings, r right-aligned (signature, date), c centred and bold (the
    plan's title), anything else a plain paragraph."""
    import html

    out = []
    for kind, text in paras:
        if kind in ("h2", "h3"):
            out.append(f"<{kind}>{html.escape(text)}</{kind}>")
        elif kind == "r":
            out.append(f'<p style="text-align:right">{html.escape(text)}</p>')
        elif kind == "c":
            out.append(f'<p style="text-align:center"><strong>{html.escape(text)}</strong></p>')
        else:
            out.append(f"<p>{html.escape(text)}</p>")
    return out


def html_rowspan_table(rows: Sequence[Sequence[object]], header: str = "th") -> list[str]:
    """A ruled table's lines: a cell given as (text, n) spans n rows, None is covered by a span; the first row's cells
    are ``<th>`` or, with ``header="strong"``, bold ``<td>``."""
    import html

    table = ['<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>']
    for i, row in enumerate(rows):
        cells = []
        for cell in row:
            if cell is None:
                continue
            if isinstance(cell, tuple):
                cells.append(f'<td rowspan="{cell[1]}">{html.escape(str(cell[0]))}</td>')
            elif i == 0:
                text = html.escape(str(cell))
                cells.append(f"<th>{text}</th>" if header == "th" else f"<td><strong>{text}</strong></td>")
            else:
                cells.append(f"<td>{html.escape(str(cell))}</td>")
        table.append("<tr>" + "".join(cells) + "</tr>")
    table.append("</tbody></table>")
    return table
