"""Write the documents of rounds 135-142 (round135_sets*.py): one layout per document, drawn by the stem's first word."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from containers import MERGE_LEFT, MERGE_UP, write_docx_ext, write_pdf
from round105 import units
from round135 import frame
from round135_data import Plan

H5 = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]


def names(s: str) -> list[str]:
    return [u.lstrip("*") for u in units(s)]


def joined(s: str, sep: str = "、") -> str:
    return sep.join(names(s))


def grouped(doc: Plan) -> list[tuple[str, list[tuple[int, tuple[str, str, str, str]]]]]:
    """(group label, [(row number, row)]) in order; one group with label "" when the plan has none."""
    out: list[tuple[str, list[tuple[int, tuple[str, str, str, str]]]]] = []
    i = 0
    for label, n in doc.sections or [("", len(doc.rows))]:
        out.append((label, [(i + k + 1, doc.rows[i + k]) for k in range(n)]))
        i += n
    return out


def five(doc: Plan, n: int, row: tuple[str, str, str, str]) -> list[str]:
    t, lead, other, dl = row
    return [str(n), t, joined(lead), joined(other), dl]


def merged_runs(cells: list[list[str]], col: int, first: int) -> None:
    """Merge down equal consecutive cells of ``col`` from row ``first`` on (a group row breaks a run)."""
    for r in range(len(cells) - 1, first, -1):
        if cells[r][col] not in (MERGE_UP, MERGE_LEFT) and cells[r][col] == cells[r - 1][col] and \
                cells[r - 1][1] != MERGE_LEFT:
            cells[r][col] = MERGE_UP


def group_rows(doc: Plan, header: list[str], cells_of: Callable[[int, tuple[str, str, str, str]], list[str]]
               ) -> list[list[str]]:
    rows = [header]
    for label, members in grouped(doc):
        if label:
            rows.append([label] + [MERGE_LEFT] * (len(header) - 1))
        rows += [cells_of(n, row) for n, row in members]
    return rows


# ---------------------------------------------------------------- Word
def nehe(doc: Plan, out: Path) -> None:
    """Word, the table in the 附件 after the text: 22 rows under **group rows `一、…类` merged across** (``gridSpan``);
    in every group, leads that repeat are **merged down** (``vMerge``) over the rows they cover."""
    before, _ = frame(doc)
    rows = group_rows(doc, H5, lambda n, r: five(doc, n, r))
    merged_runs(rows, 2, 1)
    write_docx_ext(out, [*before, rows])


def dunhua(doc: Plan, out: Path) -> None:
    """Word, the table under 二: group rows `（一）…类` merged across; leads **and** partner cells merged down where
    they repeat, in several groups (four runs)."""
    before, after = frame(doc)
    rows = group_rows(doc, ["序号", "工作任务", "牵头单位", "配合单位", "完成时间"], lambda n, r: five(doc, n, r))
    merged_runs(rows, 2, 1)
    merged_runs(rows, 3, 1)
    write_docx_ext(out, [*before, rows, *after])


def zhalantun(doc: Plan, out: Path) -> None:
    """Word, 附件: a **类别 column merged down** over each group's rows (no group row), columns 类别 | 序号 | 主要任务 |
    **主办单位 | 协办单位** | 完成时限; 主办 cells merged down where they repeat."""
    before, _ = frame(doc)
    rows = [["类别", "序号", "主要任务", "主办单位", "协办单位", "完成时限"]]
    for label, members in grouped(doc):
        for k, (n, (t, lead, other, dl)) in enumerate(members):
            rows.append([label if k == 0 else MERGE_UP, str(n), t, joined(lead), joined(other), dl])
    for r in range(len(rows) - 1, 1, -1):
        if rows[r][3] == rows[r - 1][3] and rows[r][0] == MERGE_UP:
            rows[r][3] = MERGE_UP
    write_docx_ext(out, [*before, rows], landscape=True)


def jieshou(doc: Plan, out: Path) -> None:
    """Word, under 二: one **责任单位** column, cells of **ten and more units** apart by 、 ， ； spaces or **line
    breaks** (one mark a row, in turn)."""
    before, after = frame(doc)
    marks = ["、", "，", "\n", "；", " "]
    rows = [["序号", "重点任务", "责任单位", "完成时限"]]
    rows += [[str(i), t, joined(lead, marks[i % len(marks)]), dl] for i, (t, lead, _o, dl) in enumerate(doc.rows, 1)]
    write_docx_ext(out, [*before, rows, *after])


def jiangyou(doc: Plan, out: Path) -> None:
    """Word, under 二: **the units column first**, named **责任主体** (责任主体 | 序号 | 工作任务 | 完成时限)."""
    before, after = frame(doc)
    rows = [["责任主体", "序号", "工作任务", "完成时限"]]
    rows += [[joined(lead), str(i), t, dl] for i, (t, lead, _o, dl) in enumerate(doc.rows, 1)]
    write_docx_ext(out, [*before, rows, *after])


def jinyun(doc: Plan, out: Path) -> None:
    """Word, under 二: the table **split in two tables** at a page break (as Word leaves a table cut by 分页符), **the
    header row in both**; group rows `（一）…` merged across."""
    import docx
    from docx.enum.text import WD_BREAK

    before, after = frame(doc)
    rows = group_rows(doc, H5, lambda n, r: five(doc, n, r))
    cut = next(i for i, r in enumerate(rows) if r[0].startswith("（三）"))
    write_docx_ext(out, [*before, rows[:cut], "", [rows[0], *rows[cut:]], *after])
    d = docx.Document(str(out))
    for p in d.paragraphs:
        if not p.text and p._p.getprevious() is not None and p._p.getprevious().tag.endswith("tbl"):
            p.add_run().add_break(WD_BREAK.PAGE)
    d.save(str(out))


# ---------------------------------------------------------------- workbooks
def _book(cover: list[str], sheets: list[tuple[str, list[list[object]], list[str]]], out: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "封面"
    for r, line in enumerate(cover, start=1):
        ws.cell(r, 1, line)
    for name, rows, merged in sheets:
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    ws.cell(r, c, v).alignment = Alignment(wrap_text=True, vertical="center")
        for rng in merged:
            ws.merge_cells(rng)
    wb.save(str(out))


def yumen(doc: Plan, out: Path) -> None:
    """Workbook: **a cover sheet** (title and a 说明) and **one sheet per 领域** (风电光伏 / 储能氢能 / 装备制造), each
    with its own title row and header; 序号 runs on across the sheets."""
    parts = [("风电光伏", 0, 3), ("储能氢能", 3, 6), ("装备制造", 6, 10)]
    sheets = []
    for name, a, b in parts:
        rows: list[list[object]] = [[f"{name}领域重点任务"], H5]
        rows += [five(doc, i + 1, doc.rows[i]) for i in range(a, b)]
        sheets.append((name, rows, ["A1:E1"]))
    _book([doc.title, "说明：本清单按领域分表列示，各责任单位按月报送进展。"], sheets, out)


def delingha(doc: Plan, out: Path) -> None:
    """Workbook: a cover sheet and a sheet per 领域; **责任单位 first** (序号 | 责任单位 | 工作任务 | 完成时限), one units
    cell of eleven units and one of twelve."""
    parts = [("枸杞产业", 0, 4), ("盐湖化工", 4, 7), ("文化旅游", 7, 10)]
    sheets = []
    for name, a, b in parts:
        rows: list[list[object]] = [["序号", "责任单位", "工作任务", "完成时限"]]
        rows += [[i + 1, joined(doc.rows[i][1]), doc.rows[i][0], doc.rows[i][3]] for i in range(a, b)]
        sheets.append((name, rows, []))
    _book([doc.title, "编制说明：按产业领域分列，共三张分表。"], sheets, out)


def kuitun(doc: Plan, out: Path) -> None:
    """Workbook: a cover sheet, the list sheet (title row, **完成时限 before the task**: 序号 | 完成时限 | 重点任务 |
    牵头单位 | 配合单位; group rows `一、…类` merged across), and a 填表说明 sheet last."""
    rows: list[list[object]] = [[doc.title], ["序号", "完成时限", "重点任务", "牵头单位", "配合单位"]]
    merged = ["A1:E1"]
    for label, members in grouped(doc):
        rows.append([label])
        merged.append(f"A{len(rows)}:E{len(rows)}")
        rows += [[n, dl, t, joined(lead), joined(other)] for n, (t, lead, other, dl) in members]
    sheets = [("任务清单", rows, merged), ("填表说明", [["1.进展情况按月填写。"], ["2.完成时限不得随意调整。"]], [])]
    _book([doc.title, "奎屯市纺织服装产业集群发展工作专班"], sheets, out)


def huating(doc: Plan, out: Path) -> None:
    """Workbook: cover sheet and list; 牵头单位 | **责任单位** columns, the latter **ten units and more** apart by line
    breaks in the cell (Alt+Enter), ；, full-width spaces or ``,``."""
    marks = ["\n", "；", "\u3000", ","]
    rows: list[list[object]] = [[doc.title], ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]]
    rows += [[i, t, joined(lead), joined(o, marks[i % 4]), dl] for i, (t, lead, o, dl) in enumerate(doc.rows, 1)]
    _book([doc.title, "华亭市煤电产业链链长制办公室 编"], [("重点任务", rows, ["A1:E1"])], out)


def linqing(doc: Plan, out: Path) -> None:
    """Workbook: cover sheet; a **领域 column merged down** first, then 序号 | **承担单位** | 具体任务 | 完成时间 (units
    before the task)."""
    rows: list[list[object]] = [[doc.title], ["领域", "序号", "承担单位", "具体任务", "完成时间"]]
    merged = ["A1:E1"]
    for label, members in grouped(doc):
        top = len(rows) + 1
        for k, (n, (t, lead, _o, dl)) in enumerate(members):
            rows.append([label if k == 0 else None, n, joined(lead), t, dl])
        merged.append(f"A{top}:A{len(rows)}")
    _book([doc.title, "临清市轴承产业集群发展领导小组办公室"], [("任务表", rows, merged)], out)


# ---------------------------------------------------------------- web pages
def _page(doc: Plan, table: str, nested: bool = True) -> str:
    before, after = frame(doc)
    paras = "".join(f"<p>{html.escape(x)}</p>" for x in before[2:])
    tail = "".join(f"<p>{html.escape(x)}</p>" for x in after)
    article = f"<h1>{html.escape(before[0])}</h1><p align=center>{html.escape(before[1])}</p>{paras}{table}{tail}"
    if nested:
        article = (f'<table width="100%" border="0"><tr><td><table width="960" align="center"><tr><td class="zw">'
                   f'{article}</td></tr></table></td></tr><tr><td>【关闭窗口】 【打印本页】</td></tr></table>')
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(doc.notice)}</title></head><body>"
            f"<table width='100%'><tr><td>网站首页 | 政务公开 | 政策文件</td></tr></table>{article}</body></html>")


def _tr(cells: list[str], th_first: bool = True) -> str:
    tds = [f"<th scope='row'>{html.escape(cells[0])}</th>" if th_first else f"<td>{html.escape(cells[0])}</td>"]
    tds += [f"<td>{html.escape(c)}</td>" for c in cells[1:]]
    return "<tr>" + "".join(tds) + "</tr>"


def beiliu(doc: Plan, out: Path) -> None:
    """Web page, the text in **nested layout tables**; the task table's rows each open with a **``<th>`` 序号 cell**
    (``scope=row``), its header row of ``<th>``."""
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in H5) + "</tr>"
    body = "".join(_tr(five(doc, i, r)) for i, r in enumerate(doc.rows, 1))
    out.write_text(_page(doc, f"<table border='1'>{head}{body}</table>"), encoding="utf-8")


def xuanwei(doc: Plan, out: Path) -> None:
    """Web page: **one small table per task**, the labels in a **``<th>`` first column** (重点任务 / 牵头单位 / 配合单位 /
    完成时限), the value beside each; a caption ``任务1`` … above each table."""
    tables = []
    for i, (t, lead, other, dl) in enumerate(doc.rows, 1):
        pairs = [("重点任务", t), ("牵头单位", joined(lead)), ("配合单位", joined(other)), ("完成时限", dl)]
        rows = "".join(_tr([k, v]) for k, v in pairs)
        tables.append(f"<table border='1'><caption>任务{i}</caption>{rows}</table>")
    out.write_text(_page(doc, "".join(tables), nested=False), encoding="utf-8")


def majiang(doc: Plan, out: Path) -> None:
    """Web page in nested layout tables; the 附件 table: **group rows ``<th colspan=5>一、…类``**, each task row opening
    with a ``<th>`` 序号, twenty-two rows."""
    head = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in H5) + "</tr></thead>"
    body = ""
    for label, members in grouped(doc):
        body += f"<tr><th colspan='5' align='left'>{html.escape(label)}</th></tr>"
        body += "".join(_tr(five(doc, n, r)) for n, r in members)
    out.write_text(_page(doc, f"<table border='1'>{head}<tbody>{body}</tbody></table>"), encoding="utf-8")


def taonan(doc: Plan, out: Path) -> None:
    """Web page: 配合单位 cells of **up to eleven units** apart by ``<br>``, spaces, ``/``, ``,`` or ；."""
    marks = ["<br>", " ", "/", ",", "；", "<br/>", "、", " / "]
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in H5) + "</tr>"
    body = ""
    for i, (t, lead, other, dl) in enumerate(doc.rows, 1):
        cells = [str(i), html.escape(t), html.escape(joined(lead)),
                 marks[i % len(marks)].join(html.escape(u) for u in names(other)), dl]
        body += "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    out.write_text(_page(doc, f"<table border='1'>{head}{body}</table>"), encoding="utf-8")


def rongchang(doc: Plan, out: Path) -> None:
    """Web page: **时限 before the task** and 主办 / 协办 columns: 序号 | 时限要求 | 目标任务 | **主办单位 | 协办单位**."""
    head = "<tr>" + "".join(f"<td><b>{h}</b></td>" for h in ["序号", "时限要求", "目标任务", "主办单位", "协办单位"])
    body = "".join(_tr([str(i), dl, t, joined(lead), joined(o)], th_first=False)
                   for i, (t, lead, o, dl) in enumerate(doc.rows, 1))
    out.write_text(_page(doc, f"<table border='1'>{head}</tr>{body}</table>"), encoding="utf-8")


# ---------------------------------------------------------------- PDFs
def jiexiu(doc: Plan, out: Path) -> None:
    """PDF of a printed 文件: the 附件 table of **thirty rows over several pages, the header repeated** at the top of
    each, group rows `一、…类` across the table, page numbers ``— n —``."""
    before, _ = frame(doc)
    rows = group_rows(doc, H5, lambda n, r: five(doc, n, r))
    write_pdf(out, ["^" + before[0], "^" + before[1], *before[2:6], "^" + before[6], *before[7:], rows],
              widths=[0.6, 3.2, 1.6, 2.0, 1.4], repeat_header=True)


def shahe(doc: Plan, out: Path) -> None:
    """PDF: the table under 二 over pages, header repeated; **实施主体 before the task** (序号 | 实施主体 | 重点任务 |
    完成时限), one units cell of eleven units wrapping over lines."""
    before, after = frame(doc)
    rows = [["序号", "实施主体", "重点任务", "完成时限"]]
    rows += [[str(i), joined(lead), t, dl] for i, (t, lead, _o, dl) in enumerate(doc.rows, 1)]
    write_pdf(out, ["^" + before[0], "^" + before[1], *before[2:6], "^" + before[6], *before[7:], rows, *after],
              widths=[0.6, 2.6, 3.2, 1.2], repeat_header=True)


# ---------------------------------------------------------------- texts
def _cells(rows: list[list[str]], blank: bool = False) -> list[str]:
    lines = [c for row in rows for c in row if c not in (MERGE_UP, MERGE_LEFT)]
    return [x for c in lines for x in ([c, ""] if blank else [c])]


def jianou(doc: Plan, out: Path) -> None:
    """Text: a notice with **clauses of its own** (`（责任单位：…）`, `（X牵头，Y配合）`, `（X按职责分工负责）`), then the
    附件 table **one cell per line**, twenty rows under group rows `一、…类` (each on a line of its own)."""
    before, _ = frame(doc)
    rows = group_rows(doc, H5, lambda n, r: five(doc, n, r))
    out.write_text("\n".join(before + _cells(rows)) + "\n", encoding="utf-8")


def ruijin(doc: Plan, out: Path) -> None:
    """Text: a notice with **field lines** (`牵头单位：` / `配合单位：` / `责任单位：` under each task), then the 附件 table
    one cell per line, **责任单位 first** (序号 | 责任单位 | 工作任务 | 完成时限), one cell of ten units."""
    before, _ = frame(doc)
    rows = [["序号", "责任单位", "工作任务", "完成时限"]]
    rows += [[str(i), joined(lead), t, dl] for i, (t, lead, _o, dl) in enumerate(doc.rows, 1)]
    out.write_text("\n".join(before + _cells(rows)) + "\n", encoding="utf-8")


def lechang(doc: Plan, out: Path) -> None:
    """Text: a notice with clauses `（X牵头，Y、Z配合）`, then the 附件 table one cell per line **with a blank line
    between cells**, columns 序号 | 工作任务 | **落实单位** | 完成时间."""
    before, _ = frame(doc)
    rows = [["序号", "工作任务", "落实单位", "完成时间"]]
    rows += [[str(i), t, joined(lead), dl] for i, (t, lead, _o, dl) in enumerate(doc.rows, 1)]
    out.write_text("\n".join([*before, "", *_cells(rows, blank=True)]), encoding="utf-8")


def dengzhou(doc: Plan, out: Path) -> None:
    """Text copied out of a PDF: the 附件 table one cell per line over three pages, each page ending in ``— n —`` and
    the next **opening with the header again**; group rows `一、…类` on lines of their own."""
    before, _ = frame(doc)
    rows = group_rows(doc, H5, lambda n, r: five(doc, n, r))
    lines = list(before) + _cells(rows[:9])
    page = 2
    for a, b in ((9, 18), (18, len(rows))):
        lines += [f"— {page} —", *H5, *_cells(rows[a:b])]
        page += 1
    lines.append(f"— {page} —")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def leizhou(doc: Plan, out: Path) -> None:
    """Text copied out of Excel: tab-separated rows, **group rows `一、…类` printed as a first cell and empty ones**
    (a row merged across), twenty-two rows, one 配合单位 cell of ten units apart by ，."""
    before, _ = frame(doc)
    lines = [*before, "\t".join(H5)]
    for label, members in grouped(doc):
        lines.append(label + "\t" * 4)
        for n, (t, lead, other, dl) in members:
            sep = "，" if len(names(other)) > 5 else "、"
            lines.append("\t".join([str(n), t, joined(lead), joined(other, sep), dl]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def zhuozhou(doc: Plan, out: Path) -> None:
    """Text: a Word table copied one cell per line under 二, **完成时限 before the task** (序号 | 完成时限 | 重点任务 |
    牵头单位 | 配合单位); a lead cell merged over the rows that share it printed **once** (the rows under it one cell
    fewer)."""
    before, after = frame(doc)
    rows = [["序号", "完成时限", "重点任务", "牵头单位", "配合单位"]]
    rows += [[str(i), dl, t, joined(lead), joined(o)] for i, (t, lead, o, dl) in enumerate(doc.rows, 1)]
    for r in range(len(rows) - 1, 1, -1):
        if rows[r][3] == rows[r - 1][3]:
            rows[r][3] = MERGE_UP
    out.write_text("\n".join(before + _cells(rows) + after) + "\n", encoding="utf-8")


RENDER: dict[str, Callable[[Plan, Path], None]] = {
    f.__name__: f for f in (nehe, dunhua, zhalantun, jieshou, jiangyou, jinyun, yumen, delingha, kuitun, huating,
                            linqing, beiliu, xuanwei, majiang, taonan, rongchang, jiexiu, shahe, jianou, ruijin,
                            lechang, dengzhou, leizhou, zhuozhou)}
