"""Shared makers for rounds 176-177 (a blind hand): a government site's saved page, a reportlab PDF with a CJK
font and a table page, a Word file whose task table continues in a second table after a page break.
"""

from __future__ import annotations

import html
from pathlib import Path

# Noto CJK on this machine is CFF (.ttc), which reportlab cannot embed: the Adobe CID font STSong-Light instead.
FONT = "STSong-Light"


def page(site: str, crumbs: list[str], title: str, meta: str, paras: list[str], table: tuple | None,
         after: list[str], attach: list[str], footer: str) -> str:
    """A full saved page: head, nav, breadcrumbs, metadata line, article (<p>s, a <table>, more <p>s), links, footer.
    `table` is (header, rows, spans) with spans {(row, col): n} for rowspan cells (rows below them omit the cell)."""
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">', f"<title>{e(title)}_{e(site)}</title>",
           '<meta name="SiteName" content="' + e(site) + '">', '<link rel="stylesheet" href="/css/common.css">',
           "</head><body>", '<div class="top"><a href="/">无障碍</a> | <a href="/">长者模式</a> | 登录 | 注册</div>',
           f'<div class="header"><img src="/images/logo.png" alt="{e(site)}"><h2>{e(site)}</h2>'
           '<form action="/search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>',
           '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
           '<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进本地</a></li></ul>',
           '<div class="crumb">当前位置：' + " &gt; ".join(f'<a href="#">{e(c)}</a>' for c in crumbs) + "</div>",
           '<div class="article">', f"<h1>{e(title)}</h1>", f'<div class="info">{meta}</div>',
           '<div class="share">分享到： 微信 微博 【字体：大 中 小】 打印</div>', '<div class="TRS_Editor">']
    out += [f"<p>{e(p)}</p>" for p in paras]
    if table:
        header, rows, spans = table
        out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>')
        out.append("<tr>" + "".join(f"<td><strong>{e(h)}</strong></td>" for h in header) + "</tr>")
        covered: set[tuple[int, int]] = set()
        for (r, c), n in spans.items():
            covered |= {(r + k, c) for k in range(1, n)}
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                if (r, c) in covered:
                    continue
                span = f' rowspan="{spans[(r, c)]}"' if (r, c) in spans else ""
                cells.append(f"<td{span}>{e(v)}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
    out += [f"<p>{e(p)}</p>" for p in after]
    out.append("</div>")
    if attach:
        out.append('<div class="fj"><p>附件：</p>' + "".join(
            f'<p><a href="/uploadfiles/{k + 1}.{a.rsplit(".", 1)[-1]}">{e(a)}</a></p>' for k, a in enumerate(attach)) + "</div>")
    out += ['<div class="xgwz">相关链接：<a href="#">政策解读</a> <a href="#">图解</a></div>', "</div>",
            f'<div class="footer"><p>主办：{e(site)}办公室 承办：{e(site)}信息中心</p><p>{footer}</p>'
            "<p>建议使用1366×768分辨率浏览本网站</p></div>", "</body></html>"]
    return "\n".join(out) + "\n"


def pdf(out: Path, running: str, blocks: list) -> Path:
    """blocks: strings (paragraphs; '<PAGE>' starts a new page) or ('table', header, rows)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    body = ParagraphStyle("b", fontName=FONT, fontSize=12, leading=20, firstLineIndent=24, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=FONT, fontSize=10.5, leading=15, wordWrap="CJK")
    story: list = []
    for b in blocks:
        if b == "<PAGE>":
            story.append(PageBreak())
        elif isinstance(b, tuple):
            _, header, rows = b
            data = [[Paragraph(h, cell) for h in header]] + [[Paragraph(v, cell) for v in r] for r in rows]
            t = Table(data, colWidths=[30, 200, 90, 100, 60], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
        else:
            story.append(Paragraph(b, body))

    def deco(canvas, doc) -> None:  # running head and page number, as printed files carry them
        canvas.saveState()
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 40, running)
        canvas.drawCentredString(A4[0] / 2, 30, f"— {doc.page} —")
        canvas.restoreState()

    SimpleDocTemplate(str(out), pagesize=A4, title=running).build(story, onFirstPage=deco, onLaterPages=deco)
    return out


def word(out: Path, title: str, head: list[str], header: tuple, parts: list[list[tuple]], tail: list[str],
         repeat_header: bool) -> Path:
    """A Word file: paragraphs, then a task table split in len(parts) tables with a page break between them."""
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.core_properties.title = title
    for line in head:
        d.add_paragraph(line)
    for k, rows in enumerate(parts):
        if k:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        with_header = k == 0 or repeat_header
        t = d.add_table(rows=len(rows) + with_header, cols=len(header))
        t.style = "Table Grid"
        if with_header:
            for c, h in enumerate(header):
                t.cell(0, c).text = h
        for r, row in enumerate(rows, start=int(with_header)):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
    for line in tail:
        d.add_paragraph(line)
    d.save(str(out))
    return out
