"""Write the documents of rounds 121-126 (round121_data.SETS) in their containers, one layout per document."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from round105 import Doc, plain, units
from round105_render import W, _docx, _merge_down, _tail
from round105_render2 import _pdf, _plain_rows, _text

HEADER5 = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
CN = "一二三四五六七八九十"
GROUPS = {"rushan": ["牡蛎种业和养殖", "加工和品牌推广"], "zhaoyuan": ["矿业转型升级", "黄金珠宝产业"]}


def _groups(doc: Doc) -> list[tuple[int, str]]:
    """(index of the first row, label) of each group row."""
    out, i = [], 0
    names = GROUPS[doc.stem.split("_")[0]]
    for k, (_label, n) in enumerate(doc.sections):
        out.append((i, names[k]))
        i += n
    return out


# ---------------------------------------------------------------- Word
def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'


def _tracked(cell: object, parts: list[tuple[str, str]]) -> None:
    """Fill a cell's paragraph with runs, each plain (``""``), inserted (``"ins"``) or deleted (``"del"``)."""
    from docx.oxml import parse_xml

    p = cell.paragraphs[0]._p  # type: ignore[attr-defined]
    for k, (kind, text) in enumerate(parts):
        if kind == "":
            p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'))
        elif kind == "ins":
            p.append(parse_xml(f'<w:ins xmlns:w="{W}" w:id="{100 + k}" w:author="王科员" w:date="2024-06-01T09:00:00Z">'
                               f'<w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:ins>'))
        else:
            p.append(parse_xml(f'<w:del xmlns:w="{W}" w:id="{100 + k}" w:author="王科员" w:date="2024-06-01T09:00:00Z">'
                               f'<w:r><w:delText xml:space="preserve">{html.escape(text)}</w:delText></w:r></w:del>'))


def zhucheng(doc: Doc, out: Path) -> None:
    """A Word table with **tracked changes** left in its cells (``w:ins`` / ``w:del``): a replaced support unit, an
    inserted tail of a task, a deleted unit, a lead retyped."""
    d = _docx(doc)
    table = d.add_table(rows=1 + len(doc.rows), cols=5)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(HEADER5):
        table.cell(0, c).text = v
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        table.cell(r, 0).text = str(r)
        table.cell(r, 4).text = dl
        if r == 2:
            cut = t.index("，") if "，" in t else len(t) - 4
            _tracked(table.cell(r, 1), [("", t[:cut]), ("ins", t[cut:])])
        else:
            _tracked(table.cell(r, 1), [("", t)])
        if r == 4:
            _tracked(table.cell(r, 2), [("del", "市商务和投资促进局"), ("ins", plain(lead))])
        else:
            _tracked(table.cell(r, 2), [("", plain(lead))])
        if r == 1:
            _tracked(table.cell(r, 3), [("del", "市科学技术局"), ("ins", plain(o))])
        elif r == 3:
            _tracked(table.cell(r, 3), [("", plain(o)), ("del", "、市科技局")])
        else:
            _tracked(table.cell(r, 3), [("", plain(o))])
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def rushan(doc: Doc, out: Path) -> None:
    """**Group rows merged across** (``gridSpan`` over all columns, ``（一）…``) and, in a group whose rows share their
    lead, the lead **merged down** (``vMerge``) over the group's rows."""
    d = _docx(doc)
    groups = dict(_groups(doc))
    n = 1 + len(doc.rows) + len(groups)
    table = d.add_table(rows=n, cols=5)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(HEADER5):
        table.cell(0, c).text = v
    r, first = 1, 0
    spans: list[tuple[int, int]] = []
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        if i in groups:
            k = list(groups).index(i)
            merged = table.cell(r, 0).merge(table.cell(r, 4))
            merged.text = f"（{CN[k]}）{groups[i]}"
            r += 1
            first = r
        for c, v in enumerate([str(i + 1), t, plain(lead), plain(o), dl]):
            table.cell(r, c).text = v
        if i + 1 == len(doc.rows) or i + 1 in groups:
            spans.append((first, r))
        r += 1
    leads = [row[1] for row in doc.rows]
    for a, b in spans:
        same = len({leads[i] for i, r in enumerate(_row_numbers(doc, groups)) if a <= r <= b}) == 1
        if b > a and same:
            _merge_down(table, a, b, 2)
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def _row_numbers(doc: Doc, groups: dict[int, str]) -> list[int]:
    """The table row of each plan row (group rows and the header counted)."""
    out, r = [], 1
    for i in range(len(doc.rows)):
        r += i in groups
        out.append(r)
        r += 1
    return out


def rongcheng(doc: Doc, out: Path) -> None:
    """The table note ``注：责任单位中排在第一位的为牵头单位`` stands **in a text box** (``w:txbxContent`` of a drawing
    shape, with a VML fallback) above a table whose one units column is 责任单位."""
    from docx.oxml import parse_xml

    d = _docx(doc)
    note = "注：责任单位中排在第一位的为牵头单位，其他为责任单位。"
    box = (f'<w:r xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" '
           'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           '<wp:extent cx="5000000" cy="300000"/><wp:wrapTopAndBottom/><wp:docPr id="7" name="文本框 7"/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5000000" cy="300000"/>'
           '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>'
           f'<w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
           '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           '<v:shape id="文本框 7" type="#_x0000_t202" style="width:393pt;height:24pt"><v:textbox><w:txbxContent>'
           f'<w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
           '</mc:AlternateContent></w:r>')
    p = d.add_paragraph()  # type: ignore[attr-defined]
    p._p.append(parse_xml(box))
    table = d.add_table(rows=1 + len(doc.rows), cols=4)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(["序号", "重点任务", "责任单位", "完成时限"]):
        table.cell(0, c).text = v
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        for c, v in enumerate([str(r), t, "、".join(units(plain(lead)) + units(plain(o))), dl]):
            table.cell(r, c).text = v
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def fuan(doc: Doc, out: Path) -> None:
    """The task table **inside a one-cell frame table** (a layout table holding the table's title line and the real
    table nested in its cell), as some offices draw a boxed attachment."""
    d = _docx(doc)
    frame = d.add_table(rows=1, cols=1)  # type: ignore[attr-defined]
    frame.style = "Table Grid"
    cell = frame.cell(0, 0)
    cell.text = "重点任务分工表"
    inner = cell.add_table(rows=1 + len(doc.rows), cols=5)
    inner.style = "Table Grid"
    for c, v in enumerate(HEADER5):
        inner.cell(0, c).text = v
    for r, row in enumerate(_plain_rows(doc), start=1):
        for c, v in enumerate(row):
            inner.cell(r, c).text = str(v)
    cell.add_paragraph("")
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def zhangshu(doc: Doc, out: Path) -> None:
    """One 责任单位 column whose cell holds **two paragraphs**, ``牵头单位：X`` and ``配合单位：Y、Z``."""
    d = _docx(doc)
    table = d.add_table(rows=1 + len(doc.rows), cols=4)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(["序号", "重点任务", "责任单位", "完成时限"]):
        table.cell(0, c).text = v
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        for c, v in enumerate([str(r), t, f"牵头单位：{plain(lead)}", dl]):
            table.cell(r, c).text = v
        table.cell(r, 2).add_paragraph(f"配合单位：{plain(o)}")
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


# ---------------------------------------------------------------- workbooks
def zhaoyuan(doc: Doc, out: Path) -> None:
    """Workbook: title row, **group rows merged across** all columns (``一、…``), 序号 as **formulas**
    (``=MAX($A$2:A3)+1``, no cached values), a **frozen header**, and the support units on **a second sheet**
    ``配合单位`` (序号 | 配合单位)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点任务"
    ws.append([doc.title])
    ws.merge_cells("A1:D1")
    ws.append(["序号", "重点任务", "牵头单位", "完成时限"])
    ws.freeze_panes = "A3"
    groups = dict(_groups(doc))
    for i, (t, lead, _o, dl) in enumerate(doc.rows):
        if i in groups:
            ws.append([f"{CN[list(groups).index(i)]}、{groups[i]}"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
        r = ws.max_row + 1
        ws.append([f"=MAX($A$2:A{r - 1})+1", t, plain(lead), dl])
    other = wb.create_sheet("配合单位")
    other.append(["序号", "配合单位"])
    for i, (_t, _lead, o, _dl) in enumerate(doc.rows, start=1):
        other.append([i, plain(o)])
    wb.save(str(out))


def haiyang(doc: Doc, out: Path) -> None:
    """Workbook as **WPS** saves it: every text in the shared strings, task and units cells as **rich text runs** (a
    bold first phrase, a coloured unit), a 备注 column."""
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([doc.title])
    ws.merge_cells("A1:F1")
    ws.append([*HEADER5, "备注"])
    bold, red = InlineFont(b=True, rFont="宋体"), InlineFont(color="FFFF0000", rFont="宋体")
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        k = min(6, len(t) // 2)
        task = CellRichText([TextBlock(bold, t[:k]), TextBlock(InlineFont(rFont="宋体"), t[k:])])
        who = units(plain(o))
        others = CellRichText([TextBlock(red, who[0])] + ([TextBlock(InlineFont(rFont="宋体"), "、" + "、".join(who[1:]))]
                                                         if len(who) > 1 else []))
        ws.append([i, task, CellRichText([TextBlock(bold, plain(lead))]), others, dl, ""])
    wb.properties.creator = "WPS_1700000000"
    wb.save(str(out))


def xintai(doc: Doc, out: Path) -> None:
    """Workbook with **a role column after the units column** (序号 | 重点任务 | 责任单位 | 责任类别 | 完成时限), each task
    over two rows (``X | 牵头``, ``Y、Z | 配合``), 序号, task and deadline merged down."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([doc.title])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "重点任务", "责任单位", "责任类别", "完成时限"])
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        r = ws.max_row + 1
        ws.append([i, t, plain(lead), "牵头", dl])
        ws.append([None, None, plain(o), "配合", None])
        for col in (1, 2, 5):
            ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
    wb.save(str(out))


# ---------------------------------------------------------------- HTML
def _page(doc: Doc, table: str, cms: bool = False) -> str:
    lines = doc.head()
    body = [f"<p style='text-align:center'><b>{lines[0]}</b></p>", f"<p style='text-align:center'>{lines[1]}</p>"]
    body += [f"<p>{x}</p>" for x in lines[2:]] + [table] + [f"<p>{x}</p>" for x in doc.tail()]
    text = "\n".join(body)
    if cms:
        text = ("<table width='100%' border='0' cellspacing='0' cellpadding='0'><tr><td width='20%'>"
                "<a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a></td><td>"
                "<table width='960' align='center'><tr><td class='bt_content'>"
                f"<div id='zoom'><font face='仿宋_GB2312' size='4'>{text}</font></div>"
                "</td></tr><tr><td>【打印本页】【关闭窗口】</td></tr></table></td></tr></table>")
    return f"<html><head><meta charset='utf-8'><title>{doc.notice}</title></head><body>{text}</body></html>\n"


def yidu(doc: Doc, out: Path) -> None:
    """A government CMS page: **nested layout tables** around the text and the real table, ``<font>`` wrappers,
    ``&nbsp;`` padding in cells, task cells broken by ``<br>``."""
    rows = ["<tr>" + "".join(f"<td>&nbsp;<font face='黑体'>{h}</font>&nbsp;</td>" for h in HEADER5) + "</tr>"]
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        cut = t.find("，")
        task = f"{t[:cut + 1]}<br>{t[cut + 1:]}" if cut > 0 else t
        cells = [str(i), task, plain(lead), plain(o).replace("、", "、<br>"), dl]
        rows.append("<tr>" + "".join(f"<td>&nbsp;&nbsp;<font size='3'>{c}</font>&nbsp;</td>" for c in cells) + "</tr>")
    table = "<table border='1' cellspacing='0' width='100%'>" + "".join(rows) + "</table>"
    out.write_text(_page(doc, table, cms=True), encoding="utf-8")


def dangyang(doc: Doc, out: Path) -> None:
    """An HTML table whose units cells hold **one ``<p>`` per unit**."""
    rows = ["<tr>" + "".join(f"<th>{h}</th>" for h in HEADER5) + "</tr>"]
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        lp = "".join(f"<p>{u}</p>" for u in units(plain(lead)))
        op = "".join(f"<p>{u}</p>" for u in units(plain(o)))
        rows.append(f"<tr><td><p>{i}</p></td><td><p>{t}</p></td><td>{lp}</td><td>{op}</td><td><p>{dl}</p></td></tr>")
    out.write_text(_page(doc, "<table border='1'>" + "".join(rows) + "</table>"), encoding="utf-8")


def hanchuan(doc: Doc, out: Path) -> None:
    """One HTML 责任单位 cell per row holding ``牵头：X<br>配合：Y、Z``."""
    rows = ["<tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>完成时限</td></tr>"]
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        rows.append(f"<tr><td>{i}</td><td>{t}</td><td>牵头：{plain(lead)}<br>配合：{plain(o)}</td><td>{dl}</td></tr>")
    out.write_text(_page(doc, "<table border='1'>" + "".join(rows) + "</table>"), encoding="utf-8")


# ---------------------------------------------------------------- PDF
def macheng(doc: Doc, out: Path) -> None:
    """A PDF table **running over a page break** (a spacer puts its start low on the first page), the header row
    repeated on the next page."""
    from reportlab.platypus import Spacer

    _pdf(doc, out, [HEADER5, *_plain_rows(doc)], [30, 230, 80, 70, 60], [], spacer=Spacer(1, 260))


def wuxue(doc: Doc, out: Path) -> None:
    """A PDF table with **long units cells wrapped** over several lines in narrow columns."""
    _pdf(doc, out, [HEADER5, *_plain_rows(doc)], [28, 150, 62, 170, 50], [])


def leiyang(doc: Doc, out: Path) -> None:
    """A PDF table with **a role column after the units** (责任单位 | 责任类别), each task over two rows, 序号, task and
    deadline spanning both (``SPAN``)."""
    rows: list[list[object]] = [["序号", "重点任务", "责任单位", "责任类别", "完成时限"]]
    span = []
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        r = len(rows)
        rows += [[str(i), t, plain(lead), "牵头", dl], ["", "", plain(o), "配合", ""]]
        span += [("SPAN", (c, r), (c, r + 1)) for c in (0, 1, 4)]
    _pdf(doc, out, rows, [30, 200, 120, 50, 70], span)


# ---------------------------------------------------------------- texts
def lengshuijiang(doc: Doc, out: Path) -> None:
    """A Word table copied **one cell per line**, each task row followed by **a units row merged across**
    (``牵头单位：X；配合单位：Y``)."""
    lines = ["序号", "重点任务", "完成时限"]
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        lines += [str(i), t, dl, f"牵头单位：{plain(lead)}；配合单位：{plain(o)}"]
    out.write_text(_text(doc, lines), encoding="utf-8")


def _wide(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def lianyuan(doc: Doc, out: Path) -> None:
    """An OCR-like copy: columns aligned by **full-width spaces** (``\\u3000``), full-width row numbers."""
    rows = [HEADER5] + [[chr(0xFF10 + int(r[0])), *r[1:]] for r in _plain_rows(doc)]  # type: ignore[call-overload]
    widths = [max(_wide(str(r[c])) for r in rows) for c in range(5)]
    lines = []
    for r in rows:
        cells = [str(v) + "\u3000" * ((widths[c] - _wide(str(v))) // 2 + 1) for c, v in enumerate(r)]
        lines.append("".join(cells).rstrip("\u3000"))
    out.write_text(_text(doc, lines), encoding="utf-8")


def yuanjiang(doc: Doc, out: Path) -> None:
    """A **markdown** file (``.md``): ``#`` headings, the table in ``|`` pipes with a ``|---|`` rule."""
    lines = doc.head()
    md = [f"# {lines[0]}", "", lines[1], ""] + [x + "\n" for x in lines[2:6]]
    md += [f"## {lines[6]}", "", f"### {lines[7]}", "", lines[8], "", f"### {lines[9]}", "", lines[10], ""]
    md += ["| " + " | ".join(HEADER5) + " |", "|" + "---|" * 5]
    md += ["| " + " | ".join(str(v) for v in r) + " |" for r in _plain_rows(doc)]
    tail = doc.tail()
    md += ["", f"### {tail[0]}", "", tail[1]]
    out.write_text("\n".join(md) + "\n", encoding="utf-8")


def gaoan(doc: Doc, out: Path) -> None:
    """Text copied out of a PDF **one cell per line**, a long cell **wrapped** over two lines, the table **running
    over a page**: a page number ``— 3 —`` and the header printed again between its rows."""
    head = list(HEADER5)
    lines = list(head)
    for i, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        if i == 3:
            lines += ["— 3 —", *head]
        cells = [str(i), t, plain(lead), plain(o), dl]
        for c, v in enumerate(cells):
            if c in (1, 3) and len(v) > 18:
                cut = v.find("、") + 1 if c == 3 and "、" in v else 16
                lines += [v[:cut], v[cut:]]
            else:
                lines.append(v)
    out.write_text(_text(doc, lines), encoding="utf-8")


RENDER: dict[str, Callable[[Doc, Path], None]] = {
    "zhucheng": zhucheng, "rushan": rushan, "rongcheng": rongcheng, "zhaoyuan": zhaoyuan, "haiyang": haiyang,
    "xintai": xintai, "yidu": yidu, "dangyang": dangyang, "hanchuan": hanchuan, "macheng": macheng, "wuxue": wuxue,
    "leiyang": leiyang, "lengshuijiang": lengshuijiang, "lianyuan": lianyuan, "yuanjiang": yuanjiang, "fuan": fuan,
    "gaoan": gaoan, "zhangshu": zhangshu,
}
