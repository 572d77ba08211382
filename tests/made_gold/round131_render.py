"""Write the documents of rounds 131-134 (round131_data.SETS): layouts as government offices usually produce them."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from round105 import Doc, plain, units
from round105_render import W, _docx, _merge_down
from round105_render2 import _pdf
from round131_data import ATTACHED

HEADER5 = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]


def one_cell(lead: str, other: str) -> str:
    return f"牵头：{plain(lead)}；配合：{plain(other)}"


def head_lines(doc: Doc) -> list[str]:
    lines = doc.head()
    if doc.stem in ATTACHED:
        lines[-1] = "各项任务分工见附件。"
    return lines


def _runs(equal: list[str]) -> list[tuple[int, int]]:
    """Runs (first, last) of equal consecutive values, of two or more."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(equal):
        j = i
        while j + 1 < len(equal) and equal[j + 1] == equal[i]:
            j += 1
        if j > i:
            out.append((i, j))
        i = j + 1
    return out


# ---------------------------------------------------------------- Word as WPS writes it
def _wps(doc: Doc) -> object:
    d = _docx(doc)
    paras = d.paragraphs  # type: ignore[attr-defined]
    paras[-1].text = head_lines(doc)[-1]
    return d


def _numbered(cell: object) -> None:
    """A 序号 cell numbered by the list numbering (no text of its own), as WPS's 自动编号 leaves it."""
    from docx.oxml import parse_xml

    p = cell.paragraphs[0]  # type: ignore[attr-defined]
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>'))


def _landscape_attachment(d: object, doc: Doc) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION

    for line in doc.tail():
        d.add_paragraph(line)  # type: ignore[attr-defined]
    sec = d.add_section(WD_SECTION.NEW_PAGE)  # type: ignore[attr-defined]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_paragraph("附件")  # type: ignore[attr-defined]
    d.add_paragraph(f"{doc.plan[:-4]}重点任务分工表")  # type: ignore[attr-defined]


def haian(doc: Doc, out: Path) -> None:
    """WPS: the table in the **attachment, a landscape section** after the plan's text; 序号 cells **numbered by list
    numbering** (``w:numPr``, no text); a lead cell **merged down** (``vMerge``) over the rows it covers."""
    d = _wps(doc)
    _landscape_attachment(d, doc)
    table = d.add_table(rows=len(doc.rows) + 1, cols=5)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, h in enumerate(HEADER5):
        table.cell(0, c).text = h
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        _numbered(table.cell(r, 0))
        for c, v in enumerate([t, plain(lead), plain(o), dl], start=1):
            table.cell(r, c).text = v
    for first, last in _runs([lead for _t, lead, _o, _dl in doc.rows]):
        _merge_down(table, first + 1, last + 1, 2)
    d.save(str(out))  # type: ignore[attr-defined]


def yizheng(doc: Doc, out: Path) -> None:
    """WPS: the table under 二; 序号 by list numbering; one 责任单位 column, each cell ``牵头：X；配合：Y``."""
    d = _wps(doc)
    table = d.add_table(rows=len(doc.rows) + 1, cols=4)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, h in enumerate(["序号", "工作任务", "责任单位", "完成时间"]):
        table.cell(0, c).text = h
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        _numbered(table.cell(r, 0))
        for c, v in enumerate([t, one_cell(lead, o), dl], start=1):
            table.cell(r, c).text = v
    for line in doc.tail():
        d.add_paragraph(line)  # type: ignore[attr-defined]
    d.save(str(out))  # type: ignore[attr-defined]


def jurong(doc: Doc, out: Path) -> None:
    """WPS: the table in the **attachment, a landscape section**; **two header rows** (责任单位 ``gridSpan`` over
    牵头单位 / 配合单位, the other header cells merged down); one lead merged down over three rows."""
    d = _wps(doc)
    _landscape_attachment(d, doc)
    table = d.add_table(rows=len(doc.rows) + 2, cols=5)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, h in enumerate(["序号", "重点任务", "责任单位", "", "完成时限"]):
        table.cell(0, c).text = h
    table.cell(1, 2).text, table.cell(1, 3).text = "牵头单位", "配合单位"
    table.cell(0, 2).merge(table.cell(0, 3))
    for c in (0, 1, 4):
        _merge_down(table, 0, 1, c)
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=2):
        for c, v in enumerate([str(r - 1), t, plain(lead), plain(o), dl]):
            table.cell(r, c).text = v
    for first, last in _runs([lead for _t, lead, _o, _dl in doc.rows]):
        _merge_down(table, first + 2, last + 2, 2)
    d.save(str(out))  # type: ignore[attr-defined]


# ---------------------------------------------------------------- workbooks exported by an OA system
def _oa_sheet(doc: Doc, head1: list[str], head2: list[str], merges: list[str]) -> object:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    n = len(head1)
    last = chr(ord("A") + n - 1)
    ws.append([doc.title])
    ws.merge_cells(f"A1:{last}1")
    ws.append(["填报单位：市发展和改革局（盖章）", "", "", "填报日期：", ""][:n])
    ws.merge_cells("A2:C2")
    ws.append(head1)
    ws.append(head2)
    for m in merges:
        ws.merge_cells(m)
    return wb


def _date(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d")


def laiyang(doc: Doc, out: Path) -> None:
    """OA export: title row, a ``填报单位`` row, **the header over two rows** (责任单位 over 牵头单位 / 配合单位, the
    others merged down), 完成时限 as **date cells** (``yyyy-mm-dd``), an empty 进展情况 column."""
    wb = _oa_sheet(doc, ["序号", "重点任务", "责任单位", "", "完成时限", "进展情况"],
                   ["", "", "牵头单位", "配合单位", "", ""], ["A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"])
    ws = wb.active  # type: ignore[attr-defined]
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        ws.append([i, t, plain(lead), plain(o), _date(dl), None])
        ws.cell(ws.max_row, 5).number_format = "yyyy-mm-dd"
    wb.save(str(out))  # type: ignore[attr-defined]


def pingdu(doc: Doc, out: Path) -> None:
    """OA export: title row, ``填报单位`` row, two header rows (时间节点 over 开始时间 / 完成时间); one 责任单位 cell
    ``牵头：X；配合：Y``; both times **date cells** (``yyyy"年"m"月"d"日"``)."""
    wb = _oa_sheet(doc, ["序号", "任务名称", "责任单位", "时间节点", ""], ["", "", "", "开始时间", "完成时间"],
                   ["A3:A4", "B3:B4", "C3:C4", "D3:E3"])
    ws = wb.active  # type: ignore[attr-defined]
    begin = dt.datetime(int(doc.rows[0][3][:4]), 1, 1)
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        ws.append([i, t, one_cell(lead, o), begin, _date(dl)])
        for c in (4, 5):
            ws.cell(ws.max_row, c).number_format = 'yyyy"年"m"月"d"日"'
    wb.save(str(out))  # type: ignore[attr-defined]


def jiaozhou(doc: Doc, out: Path) -> None:
    """OA export: title, ``填报单位`` row, two header rows; **lead cells merged down** over the rows they cover;
    完成时限 date cells (``yyyy/m/d``)."""
    wb = _oa_sheet(doc, ["序号", "重点任务", "责任单位", "", "完成时限"], ["", "", "牵头单位", "配合单位", ""],
                   ["A3:A4", "B3:B4", "C3:D3", "E3:E4"])
    ws = wb.active  # type: ignore[attr-defined]
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        ws.append([i, t, plain(lead), plain(o), _date(dl)])
        ws.cell(ws.max_row, 5).number_format = "yyyy/m/d"
    for first, last in _runs([lead for _t, lead, _o, _dl in doc.rows]):
        ws.merge_cells(start_row=first + 5, start_column=3, end_row=last + 5, end_column=3)
    wb.save(str(out))  # type: ignore[attr-defined]


# ---------------------------------------------------------------- 政府信息公开 pages
def _mso(text: str, centre: bool = False) -> str:
    align = " align=center style='text-align:center'" if centre else " style='text-indent:32.0pt;line-height:28.0pt'"
    return (f"<p class=MsoNormal{align}><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{html.escape(text)}"
            "<span lang=EN-US><o:p></o:p></span></span></p>")


def _td(text: str, extra: str = "") -> str:
    return (f"<td{extra} style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
            f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:12.0pt;"
            f"font-family:仿宋_GB2312'>{html.escape(text)}</span></p></td>")


def _xxgk(doc: Doc, table: str) -> str:
    lines = head_lines(doc)
    y, m, d = doc.date.split("-")
    meta = ("<table class='xxgk-meta'><tr><td>索引号：</td><td>1136" + doc.number[-4:-1] + f"/{y}-0{m}{d}</td>"
            "<td>主题分类：</td><td>工业、交通</td></tr>"
            f"<tr><td>发文机关：</td><td>{doc.publisher}</td><td>成文日期：</td><td>{doc.date}</td></tr>"
            f"<tr><td>标题：</td><td colspan=3>{doc.notice}</td></tr>"
            f"<tr><td>发文字号：</td><td>{doc.number}</td><td>发布日期：</td><td>{y}-{m}-{int(d) + 2:02d}</td></tr>"
            "</table>")
    body = [_mso(lines[0], True), _mso(lines[1], True), _mso(lines[2]).replace("text-indent:32.0pt;", ""),
            _mso(lines[3]), _mso(lines[4]).replace("text-indent:32.0pt", "text-align:right"),
            _mso(lines[5]).replace("text-indent:32.0pt", "text-align:right"), _mso(lines[6], True)]
    body += [_mso(x) for x in lines[7:]] + [table] + [_mso(x) for x in doc.tail()]
    return ("<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
            f"<title>{doc.notice}_政府信息公开</title></head><body>"
            "<div class='header'><a href='/'>首页</a> | <a href='/zwgk/'>政府信息公开</a> | <a href='/hdjl/'>互动交流</a>"
            "</div><div class='position'>当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政府文件</div>"
            f"{meta}<div class='article'><h2 class='article-title'>{doc.notice}</h2>"
            "<div class='article-content'><div class='TRS_Editor'><div class=WordSection1>\n" + "\n".join(body)
            + "\n</div></div></div></div><div class='share'>【字体：大 中 小】【打印】【关闭】</div>"
            "<div class='footer'>主办：" + doc.publisher + " 备案号：赣ICP备05001234号</div></body></html>\n")


def ruichang(doc: Doc, out: Path) -> None:
    """政府信息公开 page: a metadata table (发文机关, 成文日期, 发文字号) above the article; the text and the table
    pasted from Word (``MsoNormal`` paragraphs in spans, ``MsoNormalTable``); a lead cell ``rowspan``."""
    leads = [lead for _t, lead, _o, _dl in doc.rows]
    spans = {first: last - first + 1 for first, last in _runs(leads)}
    covered = {i for first, last in _runs(leads) for i in range(first + 1, last + 1)}
    rows = ["<tr>" + "".join(_td(h) for h in HEADER5) + "</tr>"]
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        cells = [_td(str(i + 1)), _td(t)]
        if i in spans:
            cells.append(_td(plain(lead), f" rowspan={spans[i]}"))
        elif i not in covered:
            cells.append(_td(plain(lead)))
        cells += [_td(plain(o)), _td(dl)]
        rows.append("<tr style='height:30.0pt'>" + "".join(cells) + "</tr>")
    table = ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
             + "\n".join(rows) + "</table>")
    out.write_text(_xxgk(doc, table), encoding="utf-8")


def dexing(doc: Doc, out: Path) -> None:
    """政府信息公开 page as ruichang's; one 责任单位 column, each cell ``牵头：X；配合：Y``."""
    rows = ["<tr>" + "".join(_td(h) for h in ["序号", "重点任务", "责任单位", "完成时限"]) + "</tr>"]
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        rows.append("<tr>" + "".join(_td(c) for c in [str(i + 1), t, one_cell(lead, o), dl]) + "</tr>")
    table = ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
             + "\n".join(rows) + "</table>")
    out.write_text(_xxgk(doc, table), encoding="utf-8")


# ---------------------------------------------------------------- PDF and text
def xiangxiang(doc: Doc, out: Path) -> None:
    """PDF (reportlab), landscape, **every cell ruled** (``GRID``), five columns as in the Word original."""
    rows = [HEADER5] + [[str(i + 1), t, plain(lead), plain(o), dl] for i, (t, lead, o, dl) in enumerate(doc.rows)]
    _pdf(doc, out, rows, [40, 330, 140, 160, 80], [], landscape=True)  # type: ignore[arg-type]


def qionglai(doc: Doc, out: Path) -> None:
    """PDF (reportlab), ruled cells; one 责任单位 column, each cell ``牵头：X；配合：Y`` (wraps in its cell)."""
    rows = [["序号", "重点任务", "责任单位", "完成时限"]]
    rows += [[str(i + 1), t, one_cell(lead, o), dl] for i, (t, lead, o, dl) in enumerate(doc.rows)]
    _pdf(doc, out, rows, [35, 220, 170, 60], [])  # type: ignore[arg-type]


def _cells_text(doc: Doc, header: list[str], rows: list[list[str]]) -> str:
    cells = [*header] + [c for row in rows for c in row]
    table = "\n\n".join(cells)
    return "\n".join(head_lines(doc)) + "\n\n" + table + "\n\n" + "\n".join(doc.tail()) + "\n"


def pengzhou(doc: Doc, out: Path) -> None:
    """Text copied from a web page: **one cell per line, a blank line between cells**; five columns."""
    rows = [[str(i + 1), t, plain(lead), plain(o), dl] for i, (t, lead, o, dl) in enumerate(doc.rows)]
    out.write_text(_cells_text(doc, HEADER5, rows), encoding="utf-8")


def guanghan(doc: Doc, out: Path) -> None:
    """Text copied from a web page, one cell per line with blank lines between; 责任单位 cells ``牵头：X；配合：Y``."""
    rows = [[str(i + 1), t, one_cell(lead, o), dl] for i, (t, lead, o, dl) in enumerate(doc.rows)]
    out.write_text(_cells_text(doc, ["序号", "重点任务", "责任单位", "完成时限"], rows), encoding="utf-8")


RENDER: dict[str, Callable[[Doc, Path], None]] = {
    "haian": haian, "yizheng": yizheng, "jurong": jurong, "laiyang": laiyang, "pingdu": pingdu,
    "jiaozhou": jiaozhou, "ruichang": ruichang, "dexing": dexing, "xiangxiang": xiangxiang, "qionglai": qionglai,
    "pengzhou": pengzhou, "guanghan": guanghan,
}
_ = units
