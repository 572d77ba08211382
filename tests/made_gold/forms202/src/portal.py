"""A government portal's article page as its CMS prints it (rounds 202–203, a fifth blind hand).

What such a page carries: the 信息公开 metadata table on top (索引号 / 发布机构 / 成文日期 / 文号 / 主题分类), the title,
a share bar, the article inside nested divs with inline styles (`<p style="text-indent:2em">`, a paragraph's text cut
into several `<span>`s, `&nbsp;` indents, bold headings), an attachment's task table with rowspan cells whose text
sits in `<p><span>`, the download link of the attachment, share buttons, 相关解读 links and the footer.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

E = html.escape
SPAN = '<span style="font-family:仿宋_GB2312;font-size:16pt">'


def _spans(text: str) -> str:
    """Cut the text into spans where a Word-to-HTML conversion cuts it (before a bracket, after a comma)."""
    cuts = [i for i, ch in enumerate(text) if ch in "（：" and i > 0][:2]
    pieces, last = [], 0
    for i in cuts:
        pieces.append(text[last:i])
        last = i
    pieces.append(text[last:])
    return "".join(f"{SPAN}{E(p)}</span>" for p in pieces if p)


def paragraph(kind: str, text: str) -> str:
    if kind == "h":  # a heading as a bold paragraph
        return f'<p style="text-indent:2em;line-height:28pt"><strong>{SPAN}{E(text)}</span></strong></p>'
    if kind == "c":
        return f'<p style="text-align:center"><strong><span style="font-size:22pt;font-family:方正小标宋简体">{E(text)}</span></strong></p>'
    if kind == "r":
        return f'<p style="text-align:right;margin-right:4em">{SPAN}{E(text)}</span></p>'
    if kind == "nb":  # indented by non-breaking spaces, as some editors do
        return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{_spans(text)}</p>'
    if kind == "blank":
        return "<p>&nbsp;</p>"
    return f'<p style="text-indent:2em;line-height:28pt">{_spans(text)}</p>'


def rowspan_table(rows: Sequence[Sequence[object]]) -> str:
    """rows: cells ``str``, ``(str, n)`` for a cell spanning n rows, ``None`` where a span above covers it."""
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none">', "<tbody>"]
    for r, row in enumerate(rows):
        cells = []
        for cell in row:
            if cell is None:
                continue
            span = ""
            if isinstance(cell, tuple):
                text, n = cell
                span = f' rowspan="{n}"'
            else:
                text = str(cell)
            inner = f"<strong>{E(text)}</strong>" if r == 0 else E(text)
            cells.append(f'<td{span} valign="center" style="border:solid windowtext 1px;padding:0 5px">'
                         f'<p style="text-align:center"><span style="font-size:12pt">{inner}</span></p></td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def page(site: str, meta: dict[str, str], title: str, blocks: Sequence[tuple[str, object]], attachment: str,
         readings: Sequence[str]) -> str:
    m = meta
    head = (
        '<table class="xxgk_table" width="100%" cellspacing="0" style="border:1px solid #ddd;font-size:14px">\n'
        f'<tr><td class="bt" style="width:12%"><b>索 引 号：</b></td><td style="width:38%">{E(m["索引号"])}</td>'
        f'<td class="bt" style="width:12%"><b>发布机构：</b></td><td>{E(m["发布机构"])}</td></tr>\n'
        f'<tr><td class="bt"><b>成文日期：</b></td><td>{E(m["成文日期"])}</td>'
        f'<td class="bt"><b>文　　号：</b></td><td>{E(m["文号"])}</td></tr>\n'
        f'<tr><td class="bt"><b>主题分类：</b></td><td>{E(m["主题分类"])}</td>'
        f'<td class="bt"><b>发布日期：</b></td><td>{E(m["发布日期"])}</td></tr>\n'
        f'<tr><td class="bt"><b>名　　称：</b></td><td colspan="3">{E(title)}</td></tr>\n</table>'
    )
    body = []
    for kind, value in blocks:
        if kind == "table":
            body.append(rowspan_table(value))  # type: ignore[arg-type]
        else:
            body.append(paragraph(kind, str(value)))
    share = ('<div class="bdsharebuttonbox" style="float:right">分享到：<a href="#" class="bds_weixin">微信</a>'
             '<a href="#" class="bds_tsina">微博</a><a href="#" class="bds_qzone">QQ空间</a></div>')
    links = "".join(f'<li><a href="#">{E(t)}</a></li>' for t in readings)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{E(title)}_{E(site)}</title>\n"
        f'<meta name="ArticleTitle" content="{E(title)}">\n<meta name="PubDate" content="{E(m["发布日期"])}">\n'
        '<link rel="stylesheet" href="/css/xxgk.css">\n</head>\n<body>\n'
        f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{E(site)}"></div>'
        '<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div></div>\n'
        '<div class="main w1200">\n<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a>'
        ' &gt; <a href="#">政府文件</a></div>\n'
        f'<div class="xxgk_top">\n{head}\n</div>\n'
        '<div class="detail">\n'
        f'<div class="detail-title" style="text-align:center"><h1 style="font-size:26px">{E(title)}</h1></div>\n'
        f'<div class="detail-info">来源：{E(m["发布机构"])}　发布时间：{E(m["发布日期"])}　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>{share}</div>\n'
        '<div class="detail-content">\n<div id="zoom" class="TRS_Editor">\n<div class="view TRS_UEDITOR trs_paper_default trs_web">\n'
        + "\n".join(body)
        + "\n</div>\n</div>\n</div>\n"
        f'<div class="fujian">附件下载：<a href="/uploadfiles/{len(attachment)}.docx">{E(attachment)}.docx</a></div>\n'
        '<div class="detail-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>\n'
        f'<div class="related"><h3>相关解读</h3><ul>{links}</ul></div>\n'
        "</div>\n</div>\n"
        f'<div class="footer"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
        f'<p>主办单位：{E(m["发布机构"])}　网站标识码：{E(m.get("标识码", ""))}</p><p>{E(m.get("备案", ""))}</p></div>\n'
        "</body>\n</html>\n"
    )
