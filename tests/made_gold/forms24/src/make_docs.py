"""Build the binary documents of round twenty-four (tests/made_gold/forms24/docs):

- heze_xiaofei_2024.xlsx: a 工作任务台账 of 菏泽市 with a merged title row, a merged line of who filled it in
  (`填报单位：菏泽市商务局　　填报时间：…`, no assignment), `序号 / 工作任务 / 具体措施 / 责任单位 / 责任人 / 完成时限 / 备注`:
  a column of people (责任人), `工作任务` merged down over the measures it groups, a units cell holding its labels on
  two lines (`牵头单位：X⏎配合单位：Y`), a cell `X（牵头）、Y、Z`, a remark cell;
- longyan_nongye_2024.pdf: a notice of 龙岩市人民政府办公室 printed with reportlab: paragraphs, then an attachment task
  table drawn with rules (cells wrapped over printed lines, a category row merged across, a lead cell merged down over
  two rows), its units column `责任单位` holding `X（牵头），Y、Z`;
- zjj_lvyou_2024.docx: a notice of 张家界市人民政府办公室 whose Word table `序号 / 工作任务 / 牵头单位 / 责任单位` holds, in
  one row's task cell, two numbered paragraphs (`1.…；` `2.…。`), units cells of one unit per paragraph (two leads in
  one cell), and a collective `各区县人民政府` among them.

Run from the project root: python tests/made_gold/forms24/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HZ_TITLE = "菏泽市2024年促进消费重点工作任务台账"
HZ_FILLER = "填报单位：菏泽市商务局　　　　填报时间：2024年3月"
HZ_HEADER = ("序号", "工作任务", "具体措施", "责任单位", "责任人", "完成时限", "备注")
# None: merged with the cell above.
HZ_ROWS: list[tuple[str | None, ...]] = [
    ("1", "扩大汽车消费", "开展汽车以旧换新补贴活动，组织县区汽车展销会", "牵头单位：市商务局\n配合单位：市财政局、市公安局",
     "王某某", "2024年12月底", ""),
    ("2", None, "推进县域公共充换电设施建设，完善农村充电网络", "市发展改革委", "李某某", "2024年10月底", ""),
    ("3", "激发文旅消费", "举办牡丹文化旅游节系列活动，推出夜游、研学等新产品", "市文化和旅游局（牵头）、市公安局、牡丹区人民政府",
     "张某某", "2024年4月底", ""),
    ("4", "提振餐饮消费", "开展“菏泽美食季”促消费活动，培育特色餐饮街区", "市商务局、市市场监管局", "赵某某", "2024年8月底",
     "各县区同步开展"),
]


def build_xlsx(out: Path = DOCS / "heze_xiaofei_2024.xlsx") -> Path:
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务台账"
    ws.cell(1, 1, HZ_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
    ws.cell(2, 1, HZ_FILLER)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=7)
    for c, name in enumerate(HZ_HEADER, start=1):
        ws.cell(3, c, name)
    for r, row in enumerate(HZ_ROWS, start=4):
        for c, value in enumerate(row, start=1):
            if value:
                ws.cell(r, c, value).alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
    wb.save(str(out))
    return out


LY_TEXT = [
    "龙岩市人民政府办公室关于印发龙岩市2024年农业特色产业提升行动任务分工的通知",
    "龙政办〔2024〕33号",
    "各县（市、区）人民政府，市直有关单位：",
    "《龙岩市2024年农业特色产业提升行动任务分工》已经市政府同意，现印发给你们，请认真组织实施。"
    "各牵头单位要加强统筹协调，市农业农村局负责每季度汇总通报任务进展情况。",
    "龙岩市人民政府办公室",
    "2024年5月8日",
    "附件",
    "龙岩市2024年农业特色产业提升行动任务分工",
]
LY_HEADER = ("序号", "重点任务", "责任单位", "完成时限")
# a str: a category row merged across; a tuple: (序号, 重点任务, 责任单位 or None = merged with the row above, 完成时限)
LY_ROWS: list[str | tuple[str, str, str | None, str]] = [
    "一、做强特色产业",
    ("1", "实施茶叶提质增效工程，推广茶园生态种植模式，打造漳平水仙、武平绿茶等区域公用品牌",
     "市农业农村局（牵头），市市场监管局、市供销社", "2024年12月底"),
    ("2", "建设特色水果标准化生产基地，推广百香果、蜜柚优良品种", None, "2024年11月底"),
    "二、完善产业链条",
    ("3", "培育农产品加工龙头企业，支持企业开展精深加工技术改造",
     "市工业和信息化局（牵头），市农业农村局、市财政局", "2024年12月底"),
    ("4", "推进县域冷链物流设施建设，补齐产地预冷、仓储保鲜短板", "市商务局（牵头），市发展改革委，各县（市、区）人民政府",
     "2024年10月底"),
]


def build_pdf(out: Path = DOCS / "longyan_nongye_2024.pdf") -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("p", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")

    def cell(text: str) -> Paragraph:
        return Paragraph(text, style)

    rows: list[list[object]] = [[cell(h) for h in LY_HEADER]]
    spans = []
    for row in LY_ROWS:
        if isinstance(row, str):
            spans.append(("SPAN", (0, len(rows)), (3, len(rows))))
            rows.append([cell(row), "", "", ""])
        else:
            if row[2] is None:
                spans.append(("SPAN", (2, len(rows) - 1), (2, len(rows))))
            rows.append([cell(row[0]), cell(row[1]), cell(row[2]) if row[2] else "", cell(row[3])])
    table = Table(rows, colWidths=[32, 210, 150, 62], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               *spans]))
    story: list[object] = [cell(p) for p in LY_TEXT]
    story.append(table)
    SimpleDocTemplate(str(out), pagesize=A4, title="", author="", subject="", creator="", producer="",
                      invariant=1).build(story)
    return out


ZJJ_HEAD = [
    "张家界市人民政府办公室关于印发张家界市2024年旅游市场秩序整治工作任务分工的通知",
    "张政办函〔2024〕15号",
    "各区县人民政府，市直各单位：",
    "现将《张家界市2024年旅游市场秩序整治工作任务分工》印发给你们，请认真抓好落实。"
    "市旅游市场秩序整治工作领导小组办公室负责统筹调度，各区县人民政府要参照制定本地任务清单。",
    "张家界市人民政府办公室",
    "2024年3月25日",
    "张家界市2024年旅游市场秩序整治工作任务分工",
]
ZJJ_HEADER = ("序号", "工作任务", "牵头单位", "责任单位")
ZJJ_ROWS: list[tuple[str | list[str], ...]] = [
    ("1", ["1.整治“不合理低价游”，严查旅行社零负团费经营；", "2.规范导游执业行为，查处导游强迫购物。"],
     ["市文化旅游广电局"], ["市公安局", "市市场监管局"]),
    ("2", ["开展旅游购物场所专项检查，打击价格欺诈和销售假冒伪劣商品行为"], ["市市场监管局"], ["市商务局", "各区县人民政府"]),
    ("3", ["整治旅游客运车辆非法营运，规范景区周边交通秩序"], ["市交通运输局", "市公安局交警支队"], ["武陵源区人民政府"]),
]


def build_docx(out: Path = DOCS / "zjj_lvyou_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in ZJJ_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(ZJJ_ROWS), cols=len(ZJJ_HEADER))
    t.style = "Table Grid"
    for r, row in enumerate([ZJJ_HEADER, *ZJJ_ROWS]):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            if isinstance(value, list):
                cell.text = value[0]
                for more in value[1:]:
                    cell.add_paragraph(more)
            else:
                cell.text = value
    d.save(str(out))
    return out


if __name__ == "__main__":
    for f in (build_xlsx, build_pdf, build_docx):
        print(f())
