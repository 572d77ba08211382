"""Build the binary documents of round twenty-one (tests/made_gold/forms21/docs):

- hb_gongye_2024.docx: a notice of 鹤壁市人民政府办公室 whose attachment is a Word table with a two-row header
  (`责任单位` over `牵头单位 | 配合单位`), category rows merged across all columns that carry an enumeration label
  (`一、稳定工业运行`), a lead cell and a deadline cell merged down over two rows, and a partner cell holding two
  paragraphs;
- sz_nongye_2024.xlsx: a 分工表 of 朔州市 (`序号 / 重点任务 / 责任单位 / 完成时限`) under a merged title row and a merged
  note row `注：责任单位中排在第一位的为牵头单位，下同。`, a units cell and a deadline cell merged down, a units cell
  that prints the roles in words; a second sheet of contact persons (`单位 / 联络员 / 职务 / 联系电话`).

Run from the project root: python tests/made_gold/forms21/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HB_HEAD = [
    "鹤壁市人民政府办公室关于印发鹤壁市2024年推动工业经济稳中向好若干措施任务分工的通知",
    "鹤政办〔2024〕15号",
    "各县区人民政府，鹤壁经济技术开发区管委会，市城乡一体化示范区管委会，市人民政府各部门：",
    "《鹤壁市2024年推动工业经济稳中向好若干措施任务分工》已经市政府同意，现印发给你们，请认真抓好落实。",
    "由市工业和信息化局牵头，会同市发展改革委、市统计局建立工业经济运行监测调度机制，每月通报各项措施落实情况。"
    "各县区人民政府要对照任务分工细化工作举措，确保各项措施落地见效。",
    "鹤壁市人民政府办公室",
    "2024年3月20日",
    "附件",
    "鹤壁市2024年推动工业经济稳中向好若干措施任务分工",
]
# A str is a category row merged across the table; a tuple is (序号, 重点任务, 牵头单位, 配合单位, 完成时限), None:
# merged with the cell above; a list in the partner column: one paragraph per item.
HB_ROWS: list[str | tuple[str | list[str] | None, ...]] = [
    "一、稳定工业运行",
    ("1", "开展重点企业包联服务，建立企业问题清单和解决台账", "市工业和信息化局", "市发展改革委、市财政局", "2024年12月底"),
    ("2", "实施工业企业技术改造提升行动，滚动推进技改项目建设", None, "市科技局", None),
    "二、强化要素保障",
    ("3", "设立工业企业应急转贷资金，缓解企业资金周转压力", "市财政局", "市地方金融监管局、人民银行鹤壁市分行", "2024年6月底"),
    ("4", "保障重点工业项目用地，推行工业用地“标准地”出让", "市自然资源和规划局", "各县区人民政府，鹤壁经济技术开发区管委会",
     "持续推进"),
    ("5", "落实分时电价等优惠政策，降低企业用能成本", "国网鹤壁供电公司", "市发展改革委", "2024年12月底"),
    "三、优化营商环境",
    ("6", "开展涉企收费专项清理，坚决纠正违规收费行为", "市市场监管局", ["市发展改革委", "市财政局"], "2024年9月底"),
]


def build_docx(out: Path = DOCS / "hb_gongye_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in HB_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=2 + len(HB_ROWS), cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(("序号", "重点任务", "责任单位", None, "完成时限")):
        if h is not None:
            t.cell(0, c).text = h
    t.cell(1, 2).text = "牵头单位"
    t.cell(1, 3).text = "配合单位"
    for c in (0, 1, 4):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 2).merge(t.cell(0, 3))
    for r, row in enumerate(HB_ROWS, start=2):
        if isinstance(row, str):
            merged = t.cell(r, 0).merge(t.cell(r, 4))
            merged.text = row
            continue
        for c, value in enumerate(row):
            if isinstance(value, list):
                cell = t.cell(r, c)
                cell.text = value[0]
                for more in value[1:]:
                    cell.add_paragraph(more)
            elif value is not None:
                t.cell(r, c).text = value
    # vertical merges: a None cell joins the cell above (within one category)
    for c in range(5):
        for r, row in enumerate(HB_ROWS, start=2):
            if isinstance(row, tuple) and row[c] is None:
                top = r - 1
                while isinstance(HB_ROWS[top - 2], tuple) and HB_ROWS[top - 2][c] is None:
                    top -= 1
                t.cell(top, c).merge(t.cell(r, c))
    d.save(str(out))
    return out


SZ_TITLE = "朔州市2024年农业农村重点工作任务分工表"
SZ_NOTE = "注：责任单位中排在第一位的为牵头单位，下同。"
SZ_HEADER = ("序号", "重点任务", "责任单位", "完成时限")
SZ_ROWS: list[tuple[str | None, ...]] = [
    ("1", "稳定粮食播种面积，落实耕地地力保护补贴政策", "市农业农村局、市财政局", "2024年6月底"),
    ("2", "开展粮食单产提升行动，推广玉米密植高产技术", None, "2024年10月底"),
    ("3", "推进高标准农田建设，完善农田灌排设施", "市农业农村局牵头，市财政局、市水务局配合", "2024年12月底"),
    ("4", "发展设施农业，新建改造日光温室和塑料大棚", "市农业农村局", None),
    ("5", "实施肉牛奶牛产业提升行动，支持规模养殖场改造升级", "市农业农村局、市林业局，各县（市、区）人民政府", None),
    ("6", "加强农村人居环境整治，推进农村户厕问题摸排整改", "市农业农村局、市住房和城乡建设局、市卫生健康委", "2024年11月底"),
]
SZ_CONTACTS = [
    ("单位", "联络员", "职务", "联系电话"),
    ("市农业农村局", "王建国", "科长", "0349-2021345"),
    ("市财政局", "李秀梅", "副科长", "0349-2023456"),
    ("市水务局", "赵志强", "科员", "0349-2024567"),
]


def build_xlsx(out: Path = DOCS / "sz_nongye_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分工"
    ws.cell(1, 1, SZ_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws.cell(2, 1, SZ_NOTE)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    for c, name in enumerate(SZ_HEADER, start=1):
        ws.cell(3, c, name)
    for r, row in enumerate(SZ_ROWS, start=4):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells(start_row=4, start_column=3, end_row=5, end_column=3)  # units of rows 1-2
    ws.merge_cells(start_row=6, start_column=4, end_row=8, end_column=4)  # deadline of rows 3-5
    ws2 = wb.create_sheet("联络员")
    for r, row in enumerate(SZ_CONTACTS, start=1):
        for c, value in enumerate(row, start=1):
            ws2.cell(r, c, value)
    wb.save(str(out))
    return out


if __name__ == "__main__":
    for f in (build_docx, build_xlsx):
        print(f())
