"""A printed-from-Word notice as a PDF, drawn line by line with reportlab's canvas (round 198, a blind hand).

What a Word file printed to PDF carries and the made sets had not: a 红头 (the issuer in red, the 文号 line, a red
rule), page numbers `—3—` or `- 3 -`, an 附件 table on landscape pages, cells whose text wraps over several lines,
a row broken across a page (the rest under the repeated header row), unit cells merged over rows (drawn once,
vertically centred), a table with no ruling lines, and the 版记 (抄送 / 印发) at the end.
CID font STSong-Light (the Noto CJK fonts here are CFF, which reportlab cannot embed). ``invariant=1``.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
if FONT not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Greedy character wrap (Chinese text breaks anywhere, as Word breaks it)."""
    lines, cur = [], ""
    room = width - indent
    for ch in text:
        if cur and stringWidth(cur + ch, FONT, size) > room:
            lines.append(cur)
            cur, room = "", width
        cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, out: Path, page_number: str = "em", margin: float = 72.0) -> None:
        self.c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        self.page_number = page_number
        self.margin = margin
        self.n = 1
        self.size = A4
        self.y = self.size[1] - margin

    # pages -------------------------------------------------------------------------------------------------------
    @property
    def left(self) -> float:
        return self.margin

    @property
    def width(self) -> float:
        return self.size[0] - 2 * self.margin

    @property
    def bottom(self) -> float:
        return self.margin

    def _number(self) -> None:
        label = f"—{self.n}—" if self.page_number == "em" else f"- {self.n} -"
        self.c.setFillColor(colors.black)
        self.c.setFont(FONT, 12)
        self.c.drawCentredString(self.size[0] / 2, 36, label)

    def new_page(self, wide: bool = False) -> None:
        self._number()
        self.c.showPage()
        self.n += 1
        self.size = landscape(A4) if wide else A4
        self.c.setPageSize(self.size)
        self.y = self.size[1] - self.margin

    def save(self) -> None:
        self._number()
        self.c.save()

    # text --------------------------------------------------------------------------------------------------------
    def space(self, h: float) -> None:
        self.y -= h

    def para(self, text: str, size: float = 14, indent: int = 2, align: str = "left", color=colors.black,
             leading: float | None = None) -> None:
        lead = leading or size * 1.6
        lines = wrap(text, self.width, size, indent * size if align == "left" else 0)
        for k, line in enumerate(lines):
            if self.y - lead < self.bottom:
                self.new_page(self.size[0] > self.size[1])
            self.y -= lead
            self.c.setFillColor(color)
            self.c.setFont(FONT, size)
            if align == "center":
                self.c.drawCentredString(self.size[0] / 2, self.y, line)
            elif align == "right":
                self.c.drawRightString(self.left + self.width - 2 * size, self.y, line)
            else:
                self.c.drawString(self.left + (indent * size if k == 0 else 0), self.y, line)
        self.c.setFillColor(colors.black)

    def red_head(self, name: str, number: str) -> None:
        size = 30.0
        while stringWidth(name, FONT, size) > self.width:
            size -= 1
        self.y -= 40
        self.c.setFillColor(colors.red)
        self.c.setFont(FONT, size)
        self.c.drawCentredString(self.size[0] / 2, self.y, name)
        self.y -= 48
        self.c.setFillColor(colors.black)
        self.c.setFont(FONT, 14)
        self.c.drawCentredString(self.size[0] / 2, self.y, number)
        self.y -= 12
        self.c.setStrokeColor(colors.red)
        self.c.setLineWidth(2)
        self.c.line(self.left, self.y, self.left + self.width, self.y)
        self.c.setStrokeColor(colors.black)
        self.y -= 20

    def banji(self, lines: list[str]) -> None:
        """The 版记 at the foot of the last page: each line between thin rules."""
        need = 30 * len(lines) + 10
        if self.y - need < self.bottom:
            self.new_page(False)
        y = self.bottom + need
        self.c.setLineWidth(0.8)
        for line in lines:
            self.c.line(self.left, y, self.left + self.width, y)
            self.c.setFont(FONT, 13)
            self.c.drawString(self.left + 14, y - 21, line)
            y -= 30
        self.c.line(self.left, y, self.left + self.width, y)
        self.y = y

    # tables ------------------------------------------------------------------------------------------------------
    def table(self, header: list[str], rows: list[list[str | None]], widths: list[float], size: float = 12,
              ruled: bool = True, spans: dict[tuple[int, int], int] | None = None, centred: set[int] | None = None,
              repeat_header: bool = True) -> None:
        """rows: cells, None where a merged cell above covers it; spans {(row, col): rows covered}.
        centred: columns whose lines are centred across the cell (the others start at its left)."""
        spans = spans or {}
        centred = centred if centred is not None else set(range(len(widths))) - {1}
        pad = 5.0 if ruled else 4.0
        lead = size * 1.35
        scale = self.width / sum(widths)
        ws = [w * scale for w in widths]

        def lines_of(row: list[str | None]) -> list[list[str]]:
            return [wrap(v, ws[c] - 2 * pad, size) if v is not None else [] for c, v in enumerate(row)]

        head = lines_of(header)
        body = [lines_of(r) for r in rows]
        nlines = [max([len(ls) for c, ls in enumerate(b) if (r, c) not in spans] + [1]) for r, b in enumerate(body)]
        for (r, c), n in spans.items():  # a merged cell taller than its rows stretches the last of them
            have = sum(nlines[r:r + n])
            if len(body[r][c]) > have:
                nlines[r + n - 1] += len(body[r][c]) - have
        gap = 0.0 if ruled else lead * 0.6

        def height(k: int) -> float:
            return k * lead + 2 * pad

        def draw_cell(x: float, top: float, w: float, h: float, lines: list[str], col: int, middle: bool) -> None:
            if ruled:
                self.c.setLineWidth(0.6)
                self.c.rect(x, top - h, w, h)
            used = height(len(lines))
            y0 = top - pad - size * 0.88 - ((h - used) / 2 if middle else 0)
            self.c.setFont(FONT, size)
            for i, line in enumerate(lines):
                if col in centred:
                    self.c.drawCentredString(x + w / 2, y0 - i * lead, line)
                else:
                    self.c.drawString(x + pad, y0 - i * lead, line)

        def draw_row(cells: list[list[str]], k: int, skip: set[int] = frozenset(), middle: bool = True) -> None:
            h = height(k)
            x = self.left
            for c, w in enumerate(ws):
                if c not in skip:
                    draw_cell(x, self.y, w, h, cells[c], c, middle)
                x += w
            self.y -= h + gap

        def draw_header() -> None:
            draw_row(head, max(len(ls) for ls in head))

        draw_header()
        r = 0
        while r < len(rows):
            group = max([r + n for (rr, _c), n in spans.items() if rr == r] + [r + 1])
            need = sum(height(nlines[i]) + gap for i in range(r, group))
            if self.y - need >= self.bottom:
                top = self.y
                covered = {c for (rr, c), n in spans.items() if rr <= r < rr + n and rr >= r}
                for i in range(r, group):
                    skip = {c for (rr, c), n in spans.items() if rr <= i < rr + n}
                    draw_row(body[i], nlines[i], skip=skip)
                x = self.left
                for c, w in enumerate(ws):
                    if c in covered:
                        n = spans[(r, c)]
                        h = sum(height(nlines[i]) + gap for i in range(r, r + n)) - gap
                        draw_cell(x, top - sum(height(nlines[i]) + gap for i in range(r, r)), w, h, body[r][c], c, True)
                    x += w
                r = group
                continue
            if group > r + 1:  # a merged group never breaks: it moves to the next page whole
                self.new_page(self.size[0] > self.size[1])
                if repeat_header:
                    draw_header()
                continue
            k = int((self.y - self.bottom - 2 * pad) // lead)
            if k < 2:
                self.new_page(self.size[0] > self.size[1])
                if repeat_header:
                    draw_header()
                continue
            # the row breaks across the page: its first k lines here, the rest under the repeated header
            draw_row([ls[:k] for ls in body[r]], k, middle=False)
            rest = [ls[k:] for ls in body[r]]
            self.new_page(self.size[0] > self.size[1])
            if repeat_header:
                draw_header()
            body[r] = rest
            nlines[r] = max(1, max(len(ls) for ls in rest))
            draw_row(rest, nlines[r], middle=False)
            r += 1
