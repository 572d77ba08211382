"""Build the binary documents of round twenty-two (tests/made_gold/forms22/docs):

- jm_zhaoshang_2024.docx: a notice of 荆门市人民政府办公室 whose attachment is a Word table
  `序号 / 重点工作 / 牵头市领导 / 牵头单位 / 配合单位 / 完成时限`: a column of people (牵头市领导), the header row printed
  again in the middle of the table (as after a page break in a pasted table), a lead cell of two paragraphs (two
  leads), a collective joined by `、` and a named body after `，` in a partner cell;
- cz_wenming_2024.xlsx: a 任务分解表 of 池州市 with a two-row header (`责任单位` merged over `牵头单位 / 配合单位`, the
  other header cells merged down), a group column (`重点领域`) merged down over the rows it groups, the task in the
  `具体任务` column;
- jy_gongshui_2024.pdf: a text-layer PDF of a notice of 揭阳市人民政府办公室 (paragraphs wrapped to the page width by
  tests/made_gold/wrapped_pdf.py), with a clause whose two labels are apart by an ideographic space and no `；`
  (`（牵头单位：X　配合单位：Y、Z）`), a clause of a collective in 〔〕, and prose.

Run from the project root: python tests/made_gold/forms22/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

JM_HEAD = [
    "荆门市人民政府办公室关于印发荆门市2024年招商引资重点工作任务清单的通知",
    "荆政办函〔2024〕16号",
    "各县、市、区人民政府，漳河新区、荆门高新区·掇刀区管委会，市政府各部门：",
    "现将《荆门市2024年招商引资重点工作任务清单》印发给你们，请结合实际认真组织实施。"
    "各牵头单位要会同配合单位细化工作措施，每月5日前将上月工作进展报送市投资促进局。",
    "荆门市人民政府办公室",
    "2024年3月12日",
    "附件",
    "荆门市2024年招商引资重点工作任务清单",
]
JM_HEADER = ("序号", "重点工作", "牵头市领导", "牵头单位", "配合单位", "完成时限")
# A row: the header printed again (None) or its cells; a list: one paragraph per item.
JM_ROWS: list[tuple[str | list[str], ...] | None] = [
    ("1", "开展“招商引资攻坚年”活动，组织赴长三角、粤港澳大湾区开展专题招商", "王某某", "市投资促进局",
     "市商务局、市经济和信息化局", "2024年12月底"),
    ("2", "建立重点产业链招商图谱，实行产业链链长制招商", "王某某", "市经济和信息化局", "市投资促进局、市发展改革委",
     "2024年6月底"),
    None,
    ("3", "完善招商项目“一事一议”政策，规范招商引资优惠承诺", "李某某", ["市投资促进局", "市财政局"], "市司法局",
     "2024年9月底"),
    ("4", "建设标准化厂房，保障招商落地项目用地用能", "李某某", "市自然资源和规划局", "各县、市、区人民政府，漳河新区管委会",
     "持续推进"),
    ("5", "开展招商引资项目履约监管，建立项目落地跟踪服务机制", "张某某", "市政府督查室", "市投资促进局", "2024年12月底"),
]


def build_docx(out: Path = DOCS / "jm_zhaoshang_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in JM_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(JM_ROWS), cols=len(JM_HEADER))
    t.style = "Table Grid"
    for r, row in enumerate([JM_HEADER, *[JM_HEADER if x is None else x for x in JM_ROWS]]):
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


CZ_TITLE = "池州市2024年创建全国文明城市重点任务分解表"
# (序号, 重点领域, 具体任务, 牵头单位, 配合单位, 完成时限); None: merged with the cell above.
CZ_ROWS: list[tuple[str | None, ...]] = [
    ("1", "市容环境", "整治主次干道占道经营和车辆乱停乱放", "市城市管理局", "市公安局、贵池区人民政府", "2024年6月底"),
    ("2", None, "推进老旧小区环境综合整治，补齐楼道照明等设施短板", "市住房和城乡建设局", "贵池区人民政府", "2024年10月底"),
    ("3", "公共服务", "规范设置公益广告和文明宣传栏", "市委宣传部", "市城市管理局、市交通运输局", "2024年5月底"),
    ("4", None, "提升农贸市场规范化管理水平", "市市场监管局", "市商务局", "2024年8月底"),
    ("5", "志愿服务", "开展“文明池州·志愿同行”志愿服务活动", "团市委", "市文明办、市民政局", "持续推进"),
]


def build_xlsx(out: Path = DOCS / "cz_wenming_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解"
    ws.cell(1, 1, CZ_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    for c, name in enumerate(("序号", "重点领域", "具体任务", "责任单位", None, "完成时限"), start=1):
        if name is not None:
            ws.cell(2, c, name)
    ws.cell(3, 4, "牵头单位")
    ws.cell(3, 5, "配合单位")
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=5)
    for c in (1, 2, 3, 6):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    for r, row in enumerate(CZ_ROWS, start=4):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells(start_row=4, start_column=2, end_row=5, end_column=2)
    ws.merge_cells(start_row=6, start_column=2, end_row=7, end_column=2)
    wb.save(str(out))
    return out


JY = [
    "揭阳市人民政府办公室关于加强2024年农村供水保障工作的通知",
    "揭府办函〔2024〕27号",
    "各县（市、区）人民政府（管委会），市有关单位：",
    "为进一步提升农村供水保障水平，到2024年底，全市农村自来水普及率达到99%以上，经市人民政府同意，现就有关事项通知如下：",
    "一、加快农村供水工程建设",
    "（一）推进城乡供水一体化。以县域为单元统筹推进城乡供水一体化，推动城镇供水管网向农村延伸，"
    "实现同网同质同价。（牵头单位：市水利局　配合单位：市发展改革局、市财政局）",
    "（二）实施小型供水工程规范化改造。对暂不具备联网条件的村庄，实施小型集中供水工程提质改造，"
    "配齐净化消毒设施。（责任单位：各县〔市、区〕人民政府〔管委会〕）",
    "二、强化水质安全保障",
    "（三）加强水源地保护。划定农村集中式饮用水水源保护区，清理整治保护区内违法建设项目。（市生态环境局负责，市水利局配合）",
    "（四）开展水质检测。市疾控中心要会同市水利局开展农村供水水质抽检，每季度通报检测结果。",
    "三、加强组织领导",
    "各县（市、区）人民政府（管委会）是农村供水保障的责任主体，要健全工作机制，落实管护经费。"
    "市水利局负责农村供水工作的统筹协调和督促检查。",
    "揭阳市人民政府办公室",
    "2024年5月15日",
]


def build_pdf(out: Path = DOCS / "jy_gongshui_2024.pdf") -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from wrapped_pdf import write_wrapped_pdf

    return write_wrapped_pdf(out, JY, 10.5)


if __name__ == "__main__":
    for f in (build_docx, build_xlsx, build_pdf):
        print(f())
