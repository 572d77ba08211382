"""Write the documents of rounds 105-112 (round105_data.SETS): web pages, PDFs made with reportlab's platypus (and
their text as a layout-keeping extractor prints it), texts copied out of Word and Excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from round105 import Doc, plain, units

HEADER5 = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]


# ---------------------------------------------------------------- web pages
def _page(doc: Doc, table: str, head_style: str = "") -> str:
    lines = doc.head()
    ps = [f'<p style="text-align:center">{lines[1]}</p>', f"<p>{lines[2]}</p>", f"<p>　　{lines[3]}</p>",
          f'<p style="text-align:right">{lines[4]}</p>', f'<p style="text-align:right">{lines[5]}</p>',
          f'<p style="text-align:center"><strong>{lines[6]}</strong></p>']
    ps += [f"<p>　　{x}</p>" for x in lines[7:]]
    tail = "".join(f"<p>　　{x}</p>" for x in doc.tail())
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{doc.notice}</title>{head_style}'
            f'</head>\n<body><div class="detail"><h1 class="detail-title">{doc.notice}</h1>\n<div class="detail-content">'
            + "\n".join(ps) + "\n" + table + "\n" + tail + "\n</div></div></body></html>\n")


def taicang(doc: Doc, out: Path) -> None:
    """``<thead>`` of **two header rows** (``<th rowspan>``, 责任单位 ``<th colspan="2">``), **``<th>`` in the
    tbody** (each row's 序号 ``<th scope="row">``, and section rows ``<th colspan="5">（一）…``), a lead ``rowspan``."""
    sec = {0: "（一）提升港口能级", 2: "（二）促进港产城融合"}
    body = []
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        if i in sec:
            body.append(f'<tr><th colspan="5" style="text-align:left">{sec[i]}</th></tr>')
        lead_td = "" if i == 1 else (f'<td rowspan="2">{plain(lead)}</td>' if i == 0 else f"<td>{plain(lead)}</td>")
        body.append(f'<tr><th scope="row">{i + 1}</th><td>{t}</td>{lead_td}<td>{plain(o)}</td><td>{dl}</td></tr>')
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" width="100%">\n<thead>\n'
             '<tr><th rowspan="2">序号</th><th rowspan="2">重点任务</th><th colspan="2">责任单位</th>'
             '<th rowspan="2">完成时限</th></tr>\n<tr><th>牵头单位</th><th>配合单位</th></tr>\n</thead>\n<tbody>\n'
             + "\n".join(body) + "\n</tbody>\n</table>")
    out.write_text(_page(doc, table), encoding="utf-8")


def ruian(doc: Doc, out: Path) -> None:
    """The table **split in two ``<table>``s** (a page break between them, as a CMS imports a Word file), the header
    row only on the first; columns 序号 / 主要任务 / 牵头单位 / 协同单位 / 完成时间."""
    def rows(part: list[tuple[int, tuple[str, str, str, str]]]) -> str:
        return "\n".join(f"<tr><td>{i + 1}</td><td>{t}</td><td>{plain(lead)}</td><td>{plain(o)}</td><td>{dl}</td></tr>"
                         for i, (t, lead, o, dl) in part)
    numbered = list(enumerate(doc.rows))
    first = ('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n'
             '<tr><td><p><strong>序号</strong></p></td><td><p><strong>主要任务</strong></p></td>'
             '<td><p><strong>牵头单位</strong></p></td><td><p><strong>协同单位</strong></p></td>'
             '<td><p><strong>完成时间</strong></p></td></tr>\n' + rows(numbered[:3]) + "\n</tbody>\n</table>")
    second = ('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n'
              + rows(numbered[3:]) + "\n</tbody>\n</table>")
    table = first + '\n<p style="page-break-before:always">&nbsp;</p>\n' + second
    out.write_text(_page(doc, table), encoding="utf-8")


def yuyao(doc: Doc, out: Path) -> None:
    """The table drawn with **``<div>``s in a CSS grid** (no ``<table>``): a header row of ``div.th`` cells, units
    ``X（牵头）<br>Y<br>Z`` in one cell."""
    style = ("<style>.grid{display:grid;grid-template-columns:3em 1fr 14em 7em}.grid>div{border:1px solid #000;"
             "padding:2px}.th{font-weight:bold;text-align:center}</style>")
    cells = [f'<div class="th">{h}</div>' for h in ("序号", "重点任务", "责任单位", "完成时限")]
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        who = "<br>".join([f"{u}（牵头）" for u in units(plain(lead))] + units(plain(o)))
        cells += [f'<div class="td">{i + 1}</div>', f'<div class="td">{t}</div>', f'<div class="td">{who}</div>',
                  f'<div class="td">{dl}</div>']
    table = '<div class="grid">\n' + "\n".join(cells) + "\n</div>"
    out.write_text(_page(doc, table, style), encoding="utf-8")


def pizhou(doc: Doc, out: Path) -> None:
    """A table pasted from Word into the CMS: cells of ``<p class=MsoNormal>`` with the text **broken into
    ``<span>``s** mid-word, ``&nbsp;`` padding, ``<o:p></o:p>``, units one ``<p>`` each."""
    def spans(text: str) -> str:
        parts = [text[k:k + 5] for k in range(0, len(text), 5)]
        return "".join(f'<span style="font-family:仿宋_GB2312;font-size:12.0pt">{p}</span>' for p in parts)

    def cell(paras: list[str], width: int) -> str:
        inner = "".join(f'<p class="MsoNormal" align="center">{spans(p)}<o:p></o:p></p>' for p in paras)
        return f'<td width="{width}" valign="middle" style="border:solid windowtext 1.0pt">{inner}</td>'

    head = "<tr>" + "".join(cell([h], w) for h, w in zip(HEADER5, (40, 260, 110, 160, 80), strict=True)) + "</tr>"
    body = []
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        body.append("<tr>" + cell([f"{i + 1}&nbsp;"], 40) + cell([t], 260) + cell(units(plain(lead)), 110)
                    + cell(units(plain(o)), 160) + cell([dl], 80) + "</tr>")
    table = ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n<tbody>\n' + head + "\n" + "\n".join(body)
             + "\n</tbody>\n</table>")
    out.write_text(_page(doc, table), encoding="utf-8")


# ---------------------------------------------------------------- PDFs (reportlab platypus)
def _styles() -> tuple[object, object, object]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    centre = ParagraphStyle("c", parent=body, alignment=1, firstLineIndent=0, fontSize=14, leading=24)
    cell = ParagraphStyle("t", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    return body, centre, cell


def _pdf(doc: Doc, out: Path, rows: list[list[object]], widths: list[float], style: list[tuple[object, ...]],
         landscape: bool = False, header_rows: int = 1, spacer: object = None) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turn
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body, centre, cell = _styles()
    lines = doc.head()
    flow: list[object] = [Paragraph(lines[0], centre), Paragraph(lines[1], centre)]
    flow += [Paragraph(x, body) for x in lines[2:6]] + [Paragraph(lines[6], centre)]
    flow += [Paragraph(x, body) for x in lines[7:]]
    grid = [[Paragraph(v, cell) if isinstance(v, str) else v for v in row] for row in rows]
    table = Table(grid, colWidths=widths, repeatRows=header_rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               *style]))
    if spacer is not None:
        flow.append(spacer)
    flow.append(table)
    flow += [Paragraph(x, body) for x in doc.tail()]
    size = turn(A4) if landscape else A4
    SimpleDocTemplate(str(out), pagesize=size, invariant=1, title=doc.notice).build(flow)  # type: ignore[arg-type]


def _plain_rows(doc: Doc) -> list[list[object]]:
    return [[str(i + 1), t, plain(lead), plain(o), dl] for i, (t, lead, o, dl) in enumerate(doc.rows)]


def yongkang(doc: Doc, out: Path) -> None:
    """A platypus table of wrapping cells (narrow units columns: names break inside their cell), header repeated."""
    _pdf(doc, out, [HEADER5, *_plain_rows(doc)], [30, 190, 70, 90, 60], [])


def jiangshan(doc: Doc, out: Path) -> None:
    """Landscape; **two header rows** drawn with ``SPAN`` (责任单位 over 牵头单位 / 配合单位)."""
    head = [["序号", "重点任务", "责任单位", "", "完成时限"], ["", "", "牵头单位", "配合单位", ""]]
    span = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (4, 1))]
    _pdf(doc, out, [*head, *_plain_rows(doc)], [40, 330, 120, 160, 80], span, landscape=True, header_rows=2)


def longquan(doc: Doc, out: Path) -> None:
    """A lead cell **spanning the first rows** (as many as share it) (``SPAN``, its name in the middle of the rows), cells wrapping."""
    rows = _plain_rows(doc)
    last = 0
    while last + 1 < len(rows) and rows[last + 1][2] == rows[0][2]:
        last += 1
        rows[last][2] = ""
    _pdf(doc, out, [HEADER5, *rows], [30, 180, 80, 100, 60], [("SPAN", (2, 1), (2, last + 1))])


def layout_text(pdf: Path) -> str:
    """The PDF's text as a layout-keeping extractor prints it (pdfplumber ``layout=True``; pages apart by ``\\f``)."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as f:
        pages = [p.extract_text(layout=True) for p in f.pages]
    return "\n\f".join("\n".join(x.rstrip() for x in p.splitlines()).strip("\n") for p in pages) + "\n"


def _as_text(draw: Callable[[Doc, Path], None]) -> Callable[[Doc, Path], None]:
    def write(doc: Doc, out: Path) -> None:
        tmp = out.with_suffix(".pdf")
        draw(doc, tmp)
        out.write_text(layout_text(tmp), encoding="utf-8")
        tmp.unlink()
    write.__doc__ = f"The text of a PDF laid out as {draw.__name__}'s, printed by a layout-keeping extractor."
    return write


# ---------------------------------------------------------------- texts copied out of Excel and Word
def _text(doc: Doc, table: list[str]) -> str:
    return "\n".join(doc.head() + table + doc.tail()) + "\n"


def jingjiang(doc: Doc, out: Path) -> None:
    """Copied **out of Excel**: cells apart by tabs, a cell holding a line break **quoted** (``"X⏎Y"``), as Excel
    puts it on the clipboard."""
    lines = ["\t".join(HEADER5)]
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        other = units(plain(o))
        cell = f'"{chr(10).join(other)}"' if len(other) > 1 else other[0]
        lines.append("\t".join([str(i + 1), t, plain(lead), cell, dl]))
    out.write_text(_text(doc, lines), encoding="utf-8")


def danyang(doc: Doc, out: Path) -> None:
    """Copied out of Word: **two header rows** (``责任单位`` over ``牵头单位`` / ``配合单位``; merged cells empty),
    cells apart by tabs."""
    lines = ["序号\t重点任务\t责任单位\t\t完成时限", "\t\t牵头单位\t配合单位\t"]
    lines += ["\t".join([str(i + 1), t, plain(lead), plain(o), dl]) for i, (t, lead, o, dl) in enumerate(doc.rows)]
    out.write_text(_text(doc, lines), encoding="utf-8")


def liyang(doc: Doc, out: Path) -> None:
    """Copied out of Word: the **units column before the task**, the lead marked ``（牵头）``, task cells of **two
    paragraphs** (the row goes on on the next line)."""
    lines = ["序号\t责任单位\t重点任务\t完成时限"]
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        who = "、".join([f"{u}（牵头）" for u in units(plain(lead))] + units(plain(o)))
        lines.append("\t".join([str(i + 1), who, t, dl]))
    out.write_text(_text(doc, lines), encoding="utf-8")


RENDER2: dict[str, Callable[[Doc, Path], None]] = {
    "taicang": taicang, "ruian": ruian, "yuyao": yuyao, "pizhou": pizhou, "yongkang": yongkang,
    "jiangshan": jiangshan, "longquan": longquan, "linhai": _as_text(yongkang), "qidong": _as_text(jiangshan),
    "rugao": _as_text(longquan), "jingjiang": jingjiang, "danyang": danyang, "liyang": liyang,
}
