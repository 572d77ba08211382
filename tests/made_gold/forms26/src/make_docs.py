"""Build the binary documents of round twenty-six (tests/made_gold/forms26/docs):

- qdn_lvyou_2024.xlsx: a 任务分解表 of 黔东南州 whose two-row header puts **`牵头` and `配合` (without 单位)** under a
  merged `责任单位`, a units cell printing roles in words under a single units column on a second sheet
  (`X牵头，Y、Z配合`), a collective, and a row with no unit (`—`);
- yingkou_gangcheng_2024.docx: a notice of 营口市人民政府办公室 whose headings are numbered by **their styles** (Heading 1 /
  Heading 2 linked to a list in numbering.xml: `一、` and `（一）` drawn by Word), with clauses at the ends of body
  paragraphs, and under the third heading a Word table whose 序号 column is numbered by a list too.

Run from the project root: python tests/made_gold/forms26/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

QDN_TITLE = "黔东南州2024年旅游产业化推进任务分解表"
# (序号, 重点任务, 牵头, 配合, 完成时限)
QDN_ROWS = [
    ("1", "推进西江千户苗寨景区提质升级，完善游客服务中心功能", "州文化广电旅游局", "州住房城乡建设局、雷山县人民政府", "2024年10月底"),
    ("2", "开通旅游专线公交，优化景区间交通接驳", "州交通运输局", "州文化广电旅游局、各县（市）人民政府", "2024年6月底"),
    ("3", "开展旅游市场秩序专项整治", "州市场监管局", "—", "2024年12月底"),
]
QDN_SHEET2 = [
    ("序号", "重点任务", "责任单位", "完成时限"),
    ("1", "举办“村超”“村BA”系列赛事旅游推介活动", "州体育局牵头，榕江县人民政府、台江县人民政府配合", "2024年8月底"),
    ("2", "培育民族特色旅游商品品牌", "州商务局牵头，州文化广电旅游局配合", "2024年11月底"),
]


def build_xlsx(out: Path = DOCS / "qdn_lvyou_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解"
    ws.cell(1, 1, QDN_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    for c, name in enumerate(("序号", "重点任务", "责任单位", None, "完成时限"), start=1):
        if name:
            ws.cell(2, c, name)
    ws.cell(3, 3, "牵头")
    ws.cell(3, 4, "配合")
    ws.merge_cells(start_row=2, start_column=3, end_row=2, end_column=4)
    for c in (1, 2, 5):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    for r, row in enumerate(QDN_ROWS, start=4):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    ws2 = wb.create_sheet("节会活动")
    for r, row in enumerate(QDN_SHEET2, start=1):
        for c, value in enumerate(row, start=1):
            ws2.cell(r, c, value)
    wb.save(str(out))
    return out


YK_HEAD = [
    "营口市人民政府办公室关于印发营口市2024年港城融合发展重点任务的通知",
    "营政办发〔2024〕7号",
    "各县（市）区人民政府，市政府有关部门：",
    "现将《营口市2024年港城融合发展重点任务》印发给你们，请认真贯彻落实。",
    "营口市人民政府办公室",
    "2024年4月28日",
    "营口市2024年港城融合发展重点任务",
]
# (style or None, text); Heading 1 / Heading 2 are numbered by their styles
YK_BODY: list[tuple[str | None, str]] = [
    ("Heading 1", "提升港口能级"),
    ("Heading 2", "拓展集装箱航线"),
    (None, "加密内贸集装箱航线，开通至东南亚外贸航线。（营口港务集团有限公司负责，市交通运输局配合）"),
    ("Heading 2", "发展临港产业"),
    (None, "推进临港石化产业园区建设，引进精细化工项目。（市发展改革委牵头，鲅鱼圈区人民政府、市工业和信息化局配合）"),
    ("Heading 1", "优化港城环境"),
    ("Heading 2", "改善港区周边交通"),
    (None, "实施疏港路改造工程，缓解港区交通拥堵。（市住房城乡建设局、市公安局交警支队按职责分工负责）"),
]
YK_TABLE = [("序号", "工作任务", "牵头单位", "配合单位"),
            ("", "开展港城融合发展规划修编", "市自然资源局", "市发展改革委、营口港务集团有限公司"),
            ("", "建设港口物流信息平台", "市商务局", "市数据局")]


def build_docx(out: Path = DOCS / "yingkou_gangcheng_2024.docx") -> Path:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    d = docx.Document()
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {_W} w:abstractNumId="51"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="0"/>'
        '<w:pStyle w:val="Heading2"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>')
    serial = parse_xml(
        f'<w:abstractNum {_W} w:abstractNumId="52"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1"/></w:lvl></w:abstractNum>')
    first = numbering.find(qn("w:num"))
    for a in (abstract, serial):
        if first is not None:
            first.addprevious(a)
        else:
            numbering.append(a)
    numbering.append(parse_xml(f'<w:num {_W} w:numId="51"><w:abstractNumId w:val="51"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="52"><w:abstractNumId w:val="52"/></w:num>'))
    for level, name in enumerate(("Heading 1", "Heading 2")):
        num_pr = d.styles[name].element.get_or_add_pPr().get_or_add_numPr()  # (in its place among the properties)
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = 51
    for line in YK_HEAD:
        d.add_paragraph(line)
    for style, text in YK_BODY:
        if style:
            d.add_paragraph(text, style=style)
        else:
            d.add_paragraph(text)
    d.add_paragraph("专项任务", style="Heading 1")
    t = d.add_table(rows=len(YK_TABLE), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(YK_TABLE):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell.text = value
            if r and c == 0:
                cell.paragraphs[0]._p.get_or_add_pPr().append(parse_xml(
                    f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="52"/></w:numPr>'))
    d.save(str(out))
    return out


if __name__ == "__main__":
    for f in (build_xlsx, build_docx):
        print(f())
