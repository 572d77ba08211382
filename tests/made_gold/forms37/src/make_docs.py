"""Build the documents of round 37 (tests/made_gold/forms37/docs):

- shangqiu_jiuye_2024.txt: a city's 工作方案 (商丘市) whose 任务分工 table is **tab-separated with its header over two
  rows** (`责任单位` over `牵头单位 / 配合单位`, an empty field where the merged cell stood), after clauses
  `（责任单位：X、Y，各县（市、区）人民政府）` and `（牵头单位：X；配合单位：Y、Z）`; prose `由X牵头，会同Y、Z…`.
- baicheng_nongye_2024.pdf: a city's 工作方案 (白城市) in PDF: a clause of three roles and a ruled table whose
  责任单位 cells **stack their units one per line** (no 、 between them).
- bozhou_zhongyao_2024.xlsx: a city's 任务清单 (亳州市) as an XLSX whose header cells and units cells **break lines
  inside the cell** (`责任⏎单位`; `X（牵头）⏎Y⏎Z`), with a 责任领导 (a person) merged down over two rows.
- sxjg_anquan_2024.txt: a state enterprise group's 工作要点 (陕西建工控股集团) with field lines `责任部门：` / `牵头部门：`
  / `配合部门：` after each item, `各子（分）公司`; prose with **a bare department as subject** (`安全环保部要会同人力资源部…`).

Run from the project root: python tests/made_gold/forms37/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

SHANGQIU = """商丘市人民政府办公室关于印发商丘市2024年促进高校毕业生等青年就业创业工作方案的通知
商政办〔2024〕12号
各县（市、区）人民政府，城乡一体化示范区管委会，市人民政府各部门：
《商丘市2024年促进高校毕业生等青年就业创业工作方案》已经市政府同意，现印发给你们，请认真贯彻落实。
商丘市人民政府办公室
2024年4月8日
商丘市2024年促进高校毕业生等青年就业创业工作方案
为做好2024年高校毕业生等青年就业创业工作，结合我市实际，制定本方案。
一、重点举措
（一）拓宽市场化就业渠道。支持中小微企业吸纳高校毕业生就业，落实一次性扩岗补助政策。（责任单位：市人力资源社会保障局、市财政局，各县（市、区）人民政府）
（二）强化就业指导服务。开展大学生职业生涯规划教育，开设就业指导课程。（牵头单位：市教育局；配合单位：市人力资源社会保障局、团市委）
二、任务分工
序号\t重点任务\t责任单位\t\t完成时限
\t\t牵头单位\t配合单位\t
1\t开展“宏志助航计划”就业能力培训\t市人力资源社会保障局\t市教育局\t2024年12月底
2\t组织“百日千万”网络招聘专项行动\t市人力资源社会保障局\t市工业和信息化局、市商务局\t2024年8月底
3\t实施青年就业见习计划，募集见习岗位\t团市委\t市人力资源社会保障局、各县（市、区）人民政府\t2024年全年
4\t落实创业担保贷款及贴息政策\t市财政局\t人行商丘市分行、市人力资源社会保障局\t2024年全年
三、工作要求
由市人力资源社会保障局牵头，会同市教育局、市财政局建立高校毕业生就业工作调度机制。各县（市、区）人民政府要将青年就业工作纳入重要议事日程，市直有关部门要按照职责分工密切配合。
"""

BC_TEXT = [
    "白城市人民政府办公室关于印发白城市2024年高标准农田建设工作方案的通知",
    "白政办发〔2024〕7号",
    "各县（市、区）人民政府，市政府各委办局：",
    "《白城市2024年高标准农田建设工作方案》已经市政府同意，现印发给你们，请认真组织实施。",
    "白城市人民政府办公室",
    "2024年3月26日",
    "白城市2024年高标准农田建设工作方案",
    "为扎实推进高标准农田建设，夯实粮食安全根基，结合我市实际，制定本方案。",
    "一、重点任务",
    "（一）科学编制建设规划。统筹做好高标准农田建设规划与国土空间规划衔接，合理确定建设区域。"
    "（市农业农村局牵头，市自然资源局、市水利局配合，各县（市、区）政府落实）",
    "（二）强化建设资金保障。统筹整合涉农资金，加大高标准农田建设投入。（市财政局、市农业农村局按职责分工负责）",
    "（三）加强工程建设管理。具体任务见下表。",
]
BC_HEADER = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]
BC_ROWS = [
    ["1", "严格项目招标投标管理，规范项目建设程序", "市农业农村局", "市发展改革委<br/>市公共资源交易中心", "2024年6月底"],
    ["2", "开展工程质量监督检查，建立质量追溯制度", "市农业农村局", "市水利局<br/>各县（市、区）人民政府", "2024年11月底"],
    ["3", "落实建后管护责任，健全管护长效机制", "各县（市、区）人民政府", "市农业农村局<br/>市财政局", "2024年全年"],
]
BC_TAIL = [
    "二、保障措施",
    "市农业农村局要会同市财政局加强项目资金绩效评价。各县（市、区）人民政府要落实属地管理责任，确保建设任务按期完成。",
]


def build_pdf(out: Path = DOCS / "baicheng_nongye_2024.pdf") -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("p", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")
    big = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=30, wordWrap="CJK", firstLineIndent=21)

    def cell(text: str) -> Paragraph:
        return Paragraph(text, style)

    rows: list[list[object]] = [[cell(h) for h in BC_HEADER]]
    rows += [[cell(v) for v in row] for row in BC_ROWS]
    table = Table(rows, colWidths=[30, 150, 125, 125, 60], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story: list[object] = [Paragraph(p, big) for p in BC_TEXT]
    story.append(table)
    story += [Paragraph(p, big) for p in BC_TAIL]
    SimpleDocTemplate(str(out), pagesize=A4, title="", author="", subject="", creator="", producer="",
                      invariant=1).build(story)
    return out


BZ_TITLE = "亳州市2024年现代中药产业高质量发展重点任务清单"
BZ_HEADER = ["序号", "重点任务", "责任\n领导", "责任\n单位", "完成\n时限"]
BZ_ROWS: list[list[object]] = [
    [1, "推进中药材规范化种植基地建设", "张伟", "市农业农村局（牵头）\n市林业局\n市中医药发展中心", "2024年10月"],
    [2, "培育中药饮片龙头企业，推动企业技术改造", "李强", "市经济和信息化局（牵头）\n市科技局", "2024年12月"],
    [3, "加强中药材市场质量监管，开展专项抽检", "李强", "市市场监管局", "2024年全年"],
    [4, "举办中医药博览会，扩大亳州中药品牌影响", "王芳", "市商务局（牵头）\n市中医药发展中心\n谯城区人民政府", "2024年9月"],
    [5, "完善中药材现代物流体系", None, "市商务局（牵头）\n市交通运输局\n各县区人民政府", "2024年12月"],
]


def build_xlsx(out: Path = DOCS / "bozhou_zhongyao_2024.xlsx") -> Path:
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.cell(1, 1, BZ_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(BZ_HEADER))
    wrap = Alignment(wrap_text=True, vertical="center")
    for c, h in enumerate(BZ_HEADER, start=1):
        ws.cell(2, c, h).alignment = wrap
    for r, row in enumerate(BZ_ROWS, start=3):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value).alignment = wrap
    ws.merge_cells("C6:C7")  # 王芳 over rows 4-5
    wb.save(str(out))
    return out


SXJG = """陕西建工控股集团有限公司关于印发《2024年安全生产工作要点》的通知
陕建控发〔2024〕21号
各子（分）公司，集团各部门：
现将《2024年安全生产工作要点》印发给你们，请结合实际认真贯彻执行。
陕西建工控股集团有限公司
2024年2月4日
2024年安全生产工作要点
一、压实安全生产责任
1.健全全员安全生产责任制，层层签订安全生产责任书。
责任部门：安全环保部
配合部门：人力资源部、各子（分）公司
2.开展安全生产治本攻坚行动，建立重大事故隐患清单。
责任部门：安全环保部、工程管理部
二、强化重点领域管控
3.加强危大工程专项施工方案管理，严格论证审批程序。
牵头部门：工程管理部
配合部门：科技质量部、各子（分）公司
4.开展建筑施工消防安全专项整治。
牵头部门：安全环保部
配合部门：党委宣传部
三、工作要求
各子（分）公司要结合实际制定具体实施方案。安全环保部要会同人力资源部将安全生产工作纳入年度绩效考核。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "shangqiu_jiuye_2024.txt").write_text(SHANGQIU, encoding="utf-8")
    build_pdf()
    build_xlsx()
    (DOCS / "sxjg_anquan_2024.txt").write_text(SXJG, encoding="utf-8")


if __name__ == "__main__":
    main()
