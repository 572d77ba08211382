"""Write the documents of rounds 105-112 (round105_data.SETS) in their containers, one layout per document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from round105 import Doc, plain, units

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEADER5 = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]


# ---------------------------------------------------------------- Word
def _docx(doc: Doc) -> object:
    import docx
    from docx.oxml.ns import qn

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    for line in doc.head():
        d.add_paragraph(line)
    return d


def _tail(d: object, doc: Doc) -> None:
    for line in doc.tail():
        d.add_paragraph(line)  # type: ignore[attr-defined]


def _repeat_header(row: object) -> None:
    from docx.oxml import parse_xml

    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W}"/>'))  # type: ignore[attr-defined]


def _merge_down(table: object, first: int, last: int, col: int) -> None:
    text = table.cell(first, col).text  # type: ignore[attr-defined]
    table.cell(first, col).merge(table.cell(last, col))  # type: ignore[attr-defined]
    table.cell(first, col).text = text  # type: ignore[attr-defined]


def dongying(doc: Doc, out: Path) -> None:
    """Header row marked to repeat on each page, **the header printed again as a row** in the middle (two page
    tables joined), leads merged down over three rows before it and two after it; long cells (the table runs over
    a page in Word)."""
    d = _docx(doc)
    body = [[str(i + 1), t, plain(lead), plain(o), dl] for i, (t, lead, o, dl) in enumerate(doc.rows)]
    rows = [HEADER5, *body[:5], HEADER5, *body[5:]]
    table = d.add_table(rows=len(rows), cols=5)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    _repeat_header(table.rows[0])
    _merge_down(table, 1, 3, 2)
    _merge_down(table, 7, 8, 2)
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def panjin(doc: Doc, out: Path) -> None:
    """The 责任分工 cell of each row holds **a table of its own** (牵头单位 | X / 配合单位 | Y、Z)."""
    d = _docx(doc)
    table = d.add_table(rows=1 + len(doc.rows), cols=4)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(["序号", "重点任务", "责任分工", "完成时限"]):
        table.cell(0, c).text = v
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        table.cell(r, 0).text = str(r)
        table.cell(r, 1).text = t
        table.cell(r, 3).text = dl
        inner = table.cell(r, 2).add_table(rows=2, cols=2)
        inner.style = "Table Grid"
        inner.cell(0, 0).text, inner.cell(0, 1).text = "牵头单位", plain(lead)
        inner.cell(1, 0).text, inner.cell(1, 1).text = "配合单位", plain(o)
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def jinzhou(doc: Doc, out: Path) -> None:
    """The **units column first** (责任单位 / 序号 / 工作任务 / 完成时限), the lead marked ``（牵头）``, a units cell
    merged down over two rows."""
    d = _docx(doc)
    table = d.add_table(rows=1 + len(doc.rows), cols=4)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(["责任单位", "序号", "工作任务", "完成时限"]):
        table.cell(0, c).text = v
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        who = "、".join([f"{u}（牵头）" for u in units(plain(lead))] + units(plain(o)))
        for c, v in enumerate([who, str(r), t, dl]):
            table.cell(r, c).text = v
    _merge_down(table, 1, 2, 0)
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def xinghua(doc: Doc, out: Path) -> None:
    """Each task row (序号 / 重点任务 / 完成时限) followed by **a row merged across** holding its units as fields:
    ``牵头单位：X；配合单位：Y、Z``."""
    d = _docx(doc)
    table = d.add_table(rows=1 + 2 * len(doc.rows), cols=3)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(["序号", "重点任务", "完成时限"]):
        table.cell(0, c).text = v
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        r = 1 + 2 * i
        for c, v in enumerate([str(i + 1), t, dl]):
            table.cell(r, c).text = v
        merged = table.cell(r + 1, 0).merge(table.cell(r + 1, 2))
        merged.text = f"牵头单位：{plain(lead)}；配合单位：{plain(o)}"
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def gaoyou(doc: Doc, out: Path) -> None:
    """Cells filled through **content controls** (each task and units cell's paragraph inside a block ``w:sdt``, as a
    form template leaves them); header 序号 / 工作任务 / 牵头单位 / 协作单位 / 完成时限."""
    from docx.oxml import parse_xml

    d = _docx(doc)
    table = d.add_table(rows=1 + len(doc.rows), cols=5)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(["序号", "工作任务", "牵头单位", "协作单位", "完成时限"]):
        table.cell(0, c).text = v
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=1):
        for c, v in enumerate([str(r), t, plain(lead), plain(o), dl]):
            table.cell(r, c).text = v
            if c in (1, 2, 3):
                tc = table.cell(r, c)._tc
                p = tc.p_lst[0]
                sdt = parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="填写"/><w:id w:val="{r * 10 + c}"/>'
                                f'</w:sdtPr><w:sdtContent/></w:sdt>')
                p.addprevious(sdt)
                sdt[1].append(p)
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def dongtai(doc: Doc, out: Path) -> None:
    """**Two header rows** both marked to repeat (序号 / 重点任务 / 完成时限 merged down, 责任单位 merged across over
    牵头单位 / 配合单位); a cell's units apart by **soft line breaks** (``w:br``) inside one paragraph."""
    d = _docx(doc)
    table = d.add_table(rows=2 + len(doc.rows), cols=5)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(["序号", "重点任务", "责任单位", "", "完成时限"]):
        table.cell(0, c).text = v
    table.cell(1, 2).text, table.cell(1, 3).text = "牵头单位", "配合单位"
    for r, (t, lead, o, dl) in enumerate(doc.rows, start=2):
        for c, v in enumerate([str(r - 1), t, "", "", dl]):
            table.cell(r, c).text = v
        for c, names in ((2, units(plain(lead))), (3, units(plain(o)))):
            p = table.cell(r, c).paragraphs[0]
            for k, u in enumerate(names):
                run = p.add_run(u)
                if k < len(names) - 1:
                    run.add_break()
    head = table.cell(0, 2).merge(table.cell(0, 3))
    head.text = "责任单位"
    for c in (0, 1, 4):
        _merge_down(table, 0, 1, c)
    _repeat_header(table.rows[0])
    _repeat_header(table.rows[1])
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


def shouguang(doc: Doc, out: Path) -> None:
    """A **role column**: each task two rows (责任分工 ``牵头单位`` / ``配合单位``, the units in the next column), its
    序号, task and deadline merged down over both."""
    d = _docx(doc)
    table = d.add_table(rows=1 + 2 * len(doc.rows), cols=5)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for c, v in enumerate(["序号", "重点任务", "责任分工", "责任单位", "完成时限"]):
        table.cell(0, c).text = v
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        r = 1 + 2 * i
        for c, v in enumerate([str(i + 1), t, "牵头单位", plain(lead), dl]):
            table.cell(r, c).text = v
        table.cell(r + 1, 2).text, table.cell(r + 1, 3).text = "配合单位", plain(o)
        for c in (0, 1, 4):
            _merge_down(table, r, r + 1, c)
    _tail(d, doc)
    d.save(str(out))  # type: ignore[attr-defined]


# ---------------------------------------------------------------- Excel
def _sheet_rows(ws: object, rows: list[list[object]], top: int = 1) -> None:
    for r, row in enumerate(rows, start=top):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(r, c, v)  # type: ignore[attr-defined]


def benxi(doc: Doc, out: Path) -> None:
    """**Several sheets**: a 说明 sheet with the title first, then one sheet per year, each with a title row above
    **two header rows** (责任单位 merged across over 牵头单位 / 配合单位) and, in the first, a **hidden row** (a task
    withdrawn from the draft)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"], ws["A2"] = doc.title, "本清单分2024年、2025年两个年度列出重点任务，完成时限为最迟完成时间。"
    hidden = ("编制中药材产业发展规划", "市发展改革委", "市农业农村局", "2024年6月")
    for year, rows in (("2024年", [doc.rows[0], hidden, doc.rows[1]]), ("2025年", doc.rows[2:])):
        s = wb.create_sheet(year)
        data: list[list[object]] = [[f"本溪市{year}中药材产业发展重点任务"], ["序号", "重点任务", "责任单位", None,
                                                                     "完成时限"],
                                    [None, None, "牵头单位", "配合单位", None]]
        data += [[i + 1, t, plain(lead), plain(o), dl] for i, (t, lead, o, dl) in enumerate(rows)]
        _sheet_rows(s, data)
        for rng in ("A1:E1", "C2:D2", "A2:A3", "B2:B3", "E2:E3"):
            s.merge_cells(rng)
        if year == "2024年":
            s.row_dimensions[5].hidden = True
    wb.save(str(out))


def fushun(doc: Doc, out: Path) -> None:
    """A title row and a **填报单位 line** above the header; 序号 as **formulas** (``=A4+1``, no cached value); units
    in one line ``牵头：X；配合：Y、Z``; deadlines as **Excel dates**; a 进展情况 column; frozen panes, autofilter."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws["A1"] = doc.title
    ws["A2"] = "填报单位：市发展改革委　　　　更新时间：2023年3月"
    progress = ["已完成安置房选址", "监测点位布设中", "正在编制修复方案", "项目前期对接中"]
    _sheet_rows(ws, [["序号", "任务内容", "责任单位", "完成时限", "进展情况"]], top=3)
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        r = 4 + i
        ws.cell(r, 1, 1 if i == 0 else f"=A{r - 1}+1")
        ws.cell(r, 2, t)
        ws.cell(r, 3, f"牵头：{plain(lead)}；配合：{plain(o)}")
        c = ws.cell(r, 4, dt.datetime.strptime(dl, "%Y-%m-%d"))
        c.number_format = 'yyyy"年"m"月"d"日"'
        ws.cell(r, 5, progress[i])
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:E2")
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:E{3 + len(doc.rows)}"
    wb.save(str(out))


def cixi(doc: Doc, out: Path) -> None:
    """The list as an **Excel table object** (``ListObject``) under the title row; units apart by **spaces** (full-width
    and plain) instead of ``、``; a 配合单位 cell ``/``; a 备注 column."""
    import openpyxl
    from openpyxl.worksheet.table import Table, TableStyleInfo

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解"
    ws["A1"] = doc.title
    data: list[list[object]] = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限", "备注"]]
    seps = ["　", " ", "/", "　"]
    notes = ["", "", "按年度组织", ""]
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        other = seps[i].join(units(plain(o))) if o else "/"
        data.append([i + 1, t, plain(lead), other, dl, notes[i] or None])
    _sheet_rows(ws, data, top=3)
    tab = Table(displayName="任务表", ref=f"A3:F{2 + len(data)}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    wb.save(str(out))


def zoucheng(doc: Doc, out: Path) -> None:
    """A **role column** in a workbook: each task two rows (责任类别 ``牵头单位`` / ``配合单位``), its 序号, task and
    deadline merged down over both."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分工表"
    ws["A1"] = doc.title
    _sheet_rows(ws, [["序号", "重点任务", "责任类别", "责任单位", "完成时限"]], top=2)
    for i, (t, lead, o, dl) in enumerate(doc.rows):
        r = 3 + 2 * i
        _sheet_rows(ws, [[i + 1, t, "牵头单位", plain(lead), dl], [None, None, "配合单位", plain(o), None]], top=r)
        for col in "ABE":
            ws.merge_cells(f"{col}{r}:{col}{r + 1}")
    ws.merge_cells("A1:E1")
    wb.save(str(out))


RENDER: dict[str, Callable[[Doc, Path], None]] = {
    "dongying": dongying, "panjin": panjin, "jinzhou": jinzhou, "xinghua": xinghua, "gaoyou": gaoyou,
    "dongtai": dongtai, "shouguang": shouguang, "benxi": benxi, "fushun": fushun, "cixi": cixi, "zoucheng": zoucheng,
}

