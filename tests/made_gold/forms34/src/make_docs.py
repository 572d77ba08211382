"""Build the documents of round 34 (tests/made_gold/forms34/docs):

- maanshan_jiuye_2024.pdf: a city's 任务清单 (马鞍山市) in PDF: a task table drawn with rules (reportlab's Table with a
  grid) that **crosses a page** (its header printed again on the next page), wrapped cells; prose after it.
- bijiang_fengong_2024.xlsx: a district's 分工方案 (碧江区) as **an XLSX with several sheets**: a `重点任务` sheet (with a
  `牵头领导` column of people), a `重点项目` sheet (`项目名称 / 责任单位 / 配合单位`), a `民生实事` sheet (`责任单位` only).
- mnr_gengdi_2024.txt: a ministry's own 工作要点 (自然资源部办公厅) whose units are its 司局 printed bare, and whose
  running text has **a bare `办公厅` subject** (`办公厅要…`).
- qiannan_yingshang_2024.html: a prefecture's plan (黔南州) with **short labels** in its clauses (`（牵头：X；配合：Y、Z）`,
  `（牵头：X；责任：Y）`) and in a table's units cell (`牵头：X<br/>配合：Y`).

Run from the project root: python tests/made_gold/forms34/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

MAS_TEXT = [
    "马鞍山市人民政府办公室关于印发马鞍山市2024年稳就业促增收工作任务清单的通知",
    "马政办秘〔2024〕22号",
    "各县、区人民政府，市政府各部门、各直属机构：",
    "《马鞍山市2024年稳就业促增收工作任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "马鞍山市人民政府办公室",
    "2024年4月15日",
    "马鞍山市2024年稳就业促增收工作任务清单",
    "为深入实施就业优先战略，推动城乡居民收入稳步增长，结合我市实际，制定本任务清单。"
    "2024年全市城镇新增就业目标为4万人，城镇调查失业率控制在5.5%以内。"
    "坚持把稳就业作为经济社会发展的优先目标，强化政策协同，健全就业公共服务体系，"
    "持续做好高校毕业生、农民工、退役军人等重点群体就业工作，多渠道增加城乡居民收入。",
    "坚持市场导向，发挥企业吸纳就业的主渠道作用；坚持政策引领，加大财政、税收、金融等政策支持力度；"
    "坚持服务提升，推动就业服务向基层延伸；坚持底线思维，兜牢困难群体就业底线。"
    "各项工作要与全市重点产业发展、重大项目建设相衔接，形成推动就业的整体合力。",
    "一、重点任务",
    "全市稳就业促增收重点任务共十项，具体如下。",
]
MAS_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
MAS_ROWS = [
    ["1", "实施高校毕业生就业创业促进计划，开发就业见习岗位2000个", "市人力资源社会保障局", "市教育局、团市委", "2024年12月"],
    ["2", "开展“春风行动”“就业援助月”等专项服务活动", "市人力资源社会保障局", "市总工会、市妇联", "2024年全年"],
    ["3", "落实稳岗返还、一次性扩岗补助等政策", "市人力资源社会保障局", "市财政局、市税务局", "2024年全年"],
    ["4", "建设标准化零工市场，推动零工市场向乡镇延伸", "市人力资源社会保障局", "各县、区人民政府", "2024年10月"],
    ["5", "实施退役军人就业创业促进行动", "市退役军人事务局", "市人力资源社会保障局", "2024年12月"],
    ["6", "开展农村劳动力转移就业技能培训1.5万人次", "市农业农村局", "市人力资源社会保障局、市乡村振兴局", "2024年11月"],
    ["7", "扩大创业担保贷款规模，全年发放贷款5亿元以上", "市财政局", "人行马鞍山市分行、市人力资源社会保障局", "2024年12月"],
    ["8", "开发城乡公益性岗位，托底安置就业困难人员", "市人力资源社会保障局", "市民政局、各县、区人民政府", "2024年全年"],
    ["9", "推进劳动保障监察“双随机、一公开”，治理欠薪问题", "市人力资源社会保障局", "市住房城乡建设局、市公安局", "2024年全年"],
    ["10", "健全技能人才评价体系，新增高技能人才3000人", "市人力资源社会保障局", "市经济和信息化局、市国资委", "2024年12月"],
]
MAS_TAIL = [
    "二、工作要求",
    "各县、区人民政府和市直有关部门要按照任务清单要求，细化工作措施，确保各项任务按期完成。"
    "市人力资源社会保障局负责任务清单的统筹调度，每季度汇总通报工作进展。",
]


def build_pdf(out: Path = DOCS / "maanshan_jiuye_2024.pdf") -> Path:
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

    rows: list[list[object]] = [[cell(h) for h in MAS_HEADER]]
    rows += [[cell(v) for v in row] for row in MAS_ROWS]
    table = Table(rows, colWidths=[30, 170, 90, 110, 55], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story: list[object] = [Paragraph(p, big) for p in MAS_TEXT]
    story.append(table)
    story += [Paragraph(p, big) for p in MAS_TAIL]
    SimpleDocTemplate(str(out), pagesize=A4, title="", author="", subject="", creator="", producer="",
                      invariant=1).build(story)
    return out


BJ_SHEETS: list[tuple[str, str, list[str], list[list[object]]]] = [
    ("重点任务", "碧江区2024年政府工作报告重点工作任务分工方案",
     ["序号", "重点任务", "牵头领导", "牵头单位", "责任单位", "完成时限"],
     [[1, "推进碧江经济开发区扩区调位，新增规上工业企业10户", "杨立新", "区工业和信息化局", "碧江经济开发区管委会、区发展改革局", "2024年12月"],
      [2, "实施城市更新行动，改造老旧小区12个", "吴海波", "区住房城乡建设局", "区财政局、各街道办事处", "2024年11月"],
      [3, "深化“放管服”改革，推行“一窗通办”", "吴海波", "区政务服务中心", "区直有关部门", "2024年全年"]]),
    ("重点项目", "附表2  碧江区2024年重点项目任务分工",
     ["序号", "项目名称", "建设年限", "责任单位", "配合单位"],
     [[1, "锦江河生态修复工程", "2024—2025年", "区水务局", "区林业局、区自然资源局"],
      [2, "碧江区智慧物流园建设项目", "2024—2026年", "区商务局", "区交通运输局"]]),
    ("民生实事", "附表3  碧江区2024年十件民生实事",
     ["序号", "实事名称", "责任单位"],
     [[1, "新建城市社区嵌入式托育点5个", "区卫生健康局"],
      [2, "改造农村公路30公里", "区交通运输局、各乡镇人民政府"]]),
]


def build_xlsx(out: Path = DOCS / "bijiang_fengong_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    first = True
    for name, title, header, rows in BJ_SHEETS:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        ws.cell(1, 1, title)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        for c, h in enumerate(header, start=1):
            ws.cell(2, c, h)
        for r, row in enumerate(rows, start=3):
            for c, value in enumerate(row, start=1):
                ws.cell(r, c, value)
    wb.save(str(out))
    return out


MNR = """自然资源部办公厅关于印发《自然资源部2024年耕地保护工作要点》的通知
自然资办发〔2024〕8号
部机关各司局，各派出机构，部直属各单位：
　　《自然资源部2024年耕地保护工作要点》已经部领导同意，现印发给你们，请认真贯彻落实。
自然资源部办公厅
2024年2月28日
自然资源部2024年耕地保护工作要点
　　一、严格耕地保护责任
　　（一）压实耕地保护党政同责。组织开展省级党委和政府耕地保护责任制考核。（耕地保护监督司牵头，国土空间规划局、自然资源调查监测司配合）
　　（二）严守耕地保护红线。落实国土空间规划确定的耕地和永久基本农田保护任务。（国土空间规划局负责）
　　二、强化耕地执法监督
　　（三）开展耕地保护专项执法行动。严肃查处违法占用耕地行为。（执法局牵头，国家自然资源督察办公室、法规司配合）
　　（四）加强卫片执法监测。按季度开展全国卫片执法图斑下发。（自然资源调查监测司、执法局按职责分工负责）
　　三、工作要求
　　部机关各司局、各派出机构要按照职责分工抓好落实。办公厅要将耕地保护重点任务纳入部督查督办事项，定期通报进展情况。
"""

QN_TITLE = "黔南州人民政府办公室关于印发《黔南州2024年营商环境优化提升行动方案》的通知"


def build_html(out: Path = DOCS / "qiannan_yingshang_2024.html") -> Path:
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{QN_TITLE}</title></head>
<body>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="article">
<h2>{QN_TITLE}</h2>
<p>黔南府办发〔2024〕6号</p>
<p>各县（市）人民政府，州政府各部门、各直属机构：</p>
<p>　　《黔南州2024年营商环境优化提升行动方案》已经州人民政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">黔南州人民政府办公室</p>
<p style="text-align:right">2024年3月12日</p>
<p style="text-align:center">黔南州2024年营商环境优化提升行动方案</p>
<p>　　一、重点任务</p>
<p>　　（一）优化市场准入环境。全面落实市场准入负面清单制度，清理妨碍统一市场的规定。（牵头：州发展改革委；配合：州市场监管局、州政务服务中心）</p>
<p>　　（二）提升项目审批效率。推行工程建设项目“拿地即开工”审批模式。（牵头：州住房城乡建设局；责任：各县（市）人民政府）</p>
<p>　　（三）强化要素保障。具体任务见下表。</p>
<table border="1">
<tr><td>序号</td><td>任务</td><td>责任单位</td></tr>
<tr><td>1</td><td>推行“非接触式”办税缴费服务</td><td>牵头：州税务局<br/>配合：州财政局</td></tr>
<tr><td>2</td><td>开展涉企行政执法专项监督</td><td>牵头：州司法局<br/>配合：州直有关部门</td></tr>
</table>
<p>　　二、保障措施</p>
<p>　　各县（市）人民政府要建立营商环境工作专班，州营商环境建设局要加强统筹调度，定期通报各地工作进展。</p>
</div>
<div class="foot">黔南州人民政府办公室主办</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


def main() -> None:
    build_pdf()
    build_xlsx()
    (DOCS / "mnr_gengdi_2024.txt").write_text(MNR, encoding="utf-8")
    build_html()


if __name__ == "__main__":
    main()
