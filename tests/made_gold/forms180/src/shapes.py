"""Writers for the container shapes of rounds 180-181 (a blind hand) that the earlier makers do not print:

- ``spaced_pdf``: a text-layer PDF whose characters are set apart (``setCharSpace``), so text extraction gives a
  space between every Chinese character (``枝 城 镇 人 民 政 府``), as letter-spaced official PDFs do;
- ``scanned_text``: a scanned file's OCR text: lines hard-wrapped at a printed page's width, a page number
  ``— n —`` (and a blank line) wherever a page ends, even inside a paragraph;
- ``docx_shapes``: a Word file whose table has a header row marked to repeat on every page (``w:tblHeader``),
  cells of several paragraphs, a table nested inside a cell, and paragraphs inside a text box.

The PDF, workbook and page makers of earlier rounds (tests/made_gold/containers.py, forms176/src/pages.py) are
used as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

FONT = "STSong-Light"


def spaced_pdf(out: Path, paragraphs: Sequence[str], size: float = 11.0, space: float = 4.5) -> Path:
    """``"^"`` first: a centred line. Each paragraph wrapped to the width, first line indented two characters."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    width, height = A4
    margin = 72.0
    step = size + space
    per_line = int((width - 2 * margin) // step)
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    y = height - margin
    page = 1

    def foot() -> None:
        c.setFont(FONT, 9)
        c.drawCentredString(width / 2, margin / 2, f"— {page} —")

    for para in paragraphs:
        centred = para.startswith("^")
        text = para[1:] if centred else para
        lines: list[tuple[float, str]] = []
        first = True
        while text:
            room = per_line - (0 if centred or not first else 2)
            lines.append((0.0 if centred or not first else 2 * step, text[:room]))
            text, first = text[room:], False
        for indent, line in lines:
            if y < margin:
                foot()
                c.showPage()
                page += 1
                y = height - margin
            t = c.beginText()
            t.setFont(FONT, size)
            t.setCharSpace(space)
            x = (width - len(line) * step) / 2 if centred else margin + indent
            t.setTextOrigin(x, y)
            t.textOut(line)
            c.drawText(t)
            y -= size * 2.0
    foot()
    c.showPage()
    c.save()
    return out


def scanned_text(paragraphs: Sequence[str], width: int = 28, per_page: int = 22, first_page: int = 1) -> str:
    """OCR text of a scan: each paragraph's lines ``width`` characters (the first indented by two spaces), a page
    ending after ``per_page`` lines with a blank line, ``— n —`` and a blank line, wherever it falls."""
    out: list[str] = []
    count, page = 0, first_page
    for para in paragraphs:
        centred = para.startswith("^")
        text = para[1:] if centred else "  " + para
        pieces = [text[i:i + width] for i in range(0, len(text), width)] or [""]
        for piece in pieces:
            out.append(("        " + piece) if centred else piece)
            count += 1
            if count == per_page:
                out += ["", f"— {page} —", ""]
                count, page = 0, page + 1
    out += ["", f"— {page} —"]
    return "\n".join(out) + "\n"


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_shapes(out: Path, blocks: Sequence[object]) -> Path:
    """``str``: a paragraph. ``("box", [str…])``: paragraphs inside a text box anchored in a paragraph.
    ``("table", rows)``: a ``Table Grid`` table whose first row repeats on every page; a cell is a ``str`` (lines
    apart by ``\\n`` are paragraphs of the cell) or a list of rows (a table nested in the cell)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(16)
    d.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    for block in blocks:
        if isinstance(block, str):
            d.add_paragraph(block)
        elif block[0] == "box":  # type: ignore[index]
            anchor = d.add_paragraph()
            paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>'
                            for p in block[1])  # type: ignore[index]
            anchor._p.append(parse_xml(
                f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
                '<v:shape style="width:440pt;height:120pt"><v:textbox><w:txbxContent>'
                f"{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))
        else:
            rows = block[1]  # type: ignore[index]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            trpr = table.rows[0]._tr.get_or_add_trPr()
            trpr.append(parse_xml(f'<w:tblHeader xmlns:w="{W}"/>'))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    if isinstance(value, str):
                        lines = value.split("\n")
                        cell.text = lines[0]
                        for line in lines[1:]:
                            cell.add_paragraph(line)
                    else:
                        inner = cell.add_table(rows=len(value), cols=len(value[0]))
                        inner.style = "Table Grid"
                        for ir, irow in enumerate(value):
                            for ic, v in enumerate(irow):
                                inner.cell(ir, ic).text = v
    d.save(str(out))
    return out
