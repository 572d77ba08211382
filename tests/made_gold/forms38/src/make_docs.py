"""Build the documents of round 38 (tests/made_gold/forms38/docs):

- qingyang_shuzi_2024.pdf: a city's 工作要点 (庆阳市) in PDF: a ruled table with **a header over two rows** (`责任单位`
  spanning `牵头单位 / 配合单位`, the other header cells spanning both rows) and **a 牵头单位 cell spanning two rows**;
  a clause with `牵头单位：` / `责任单位：` labels; prose `X要会同Y…`, two collective subjects.
- huangnan_wenlv_2024.txt: a prefecture's plan (黄南州) whose task table was copied from a PDF into text: **columns
  aligned by runs of spaces**; a clause of three roles; prose `由X牵头，会同Y…`.
- tongchuan_gaige_2024.xlsx: a city's 任务台账 (铜川市) as an XLSX with **two rows above the header** (a title, then
  `填报单位：… 填报时间：…`), units cells **holding their labels** (`牵头单位：X；配合单位：Y、Z`), a 备注 naming a unit
  as an object; a second sheet whose units cells print `X（牵头），Y`.
- chaozhou_xiaofei_2024.html: a city's 工作方案 (潮州市) as a page with a table **without 序号**, a category column by
  rowspan and units cells **stacked as paragraphs** (`<p>X（牵头）</p><p>Y</p>`); prose `请X牵头，Y、Z配合…` and
  `X、Y要…会同Z…`.

Run from the project root: python tests/made_gold/forms38/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

QY_TEXT = [
    "庆阳市人民政府办公室关于印发庆阳市2024年数字经济发展工作要点的通知",
    "庆政办发〔2024〕19号",
    "各县（区）人民政府，市政府各部门，有关单位：",
    "《庆阳市2024年数字经济发展工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "庆阳市人民政府办公室",
    "2024年3月29日",
    "庆阳市2024年数字经济发展工作要点",
    "为加快数字经济发展，推动数字技术与实体经济深度融合，制定本工作要点。",
    "一、夯实数字基础设施",
    "（一）加快新型基础设施建设。推进千兆光网和移动通信网络深度覆盖，提升农村地区网络质量。"
    "（牵头单位：市工业和信息化局；责任单位：市通信发展管理办公室，各县（区）人民政府）",
    "（二）推进重点任务落实。具体任务见下表。",
]
QY_HEAD1 = ["序号", "重点任务", "责任单位", "", "完成时限"]
QY_HEAD2 = ["", "", "牵头单位", "配合单位", ""]
QY_ROWS = [
    ["1", "推进“东数西算”庆阳数据中心集群建设，加快算力设施布局", "市工业和信息化局", "市发展改革委、市自然资源局", "2024年12月"],
    ["2", "引进培育数字经济骨干企业，推动数字产业集聚发展", "", "市商务局、市投资促进局", "2024年全年"],
    ["3", "推进政务数据共享开放，提升一体化政务服务能力", "市大数据中心", "市直有关部门、各县（区）人民政府", "2024年11月"],
    ["4", "实施中小企业数字化转型行动", "市工业和信息化局", "市科技局、市财政局", "2024年12月"],
]
QY_TAIL = [
    "二、保障措施",
    "市工业和信息化局要会同市发展改革委建立数字经济统计监测制度，定期分析发展形势。"
    "各县（区）人民政府、市直有关部门要结合实际细化工作措施，确保各项任务落地见效。",
]


def build_pdf(out: Path = DOCS / "qingyang_shuzi_2024.pdf") -> Path:
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

    def cell(text: str) -> Paragraph | str:
        return Paragraph(text, style) if text else ""

    rows: list[list[object]] = [[cell(v) for v in r] for r in [QY_HEAD1, QY_HEAD2, *QY_ROWS]]
    table = Table(rows, colWidths=[30, 170, 90, 120, 55], repeatRows=2)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (4, 1)),
        ("SPAN", (2, 2), (2, 3)),  # 市工业和信息化局 leads rows 1-2
    ]))
    story: list[object] = [Paragraph(p, big) for p in QY_TEXT]
    story.append(table)
    story += [Paragraph(p, big) for p in QY_TAIL]
    SimpleDocTemplate(str(out), pagesize=A4, title="", author="", subject="", creator="", producer="",
                      invariant=1).build(story)
    return out


HUANGNAN = """黄南藏族自治州人民政府办公室关于印发黄南州2024年文化旅游融合发展工作方案的通知
黄政办〔2024〕8号
各县（市）人民政府，州政府各部门：
《黄南州2024年文化旅游融合发展工作方案》已经州政府同意，现印发给你们，请认真组织实施。
黄南藏族自治州人民政府办公室
2024年4月2日
黄南州2024年文化旅游融合发展工作方案
为推动文化旅游深度融合发展，结合我州实际，制定本方案。
一、重点任务
（一）打造精品旅游线路。整合热贡艺术、草原风光等资源，推出文化旅游精品线路。（州文化旅游广电局牵头，州交通运输局、州林业和草原局配合，各县（市）人民政府落实）
（二）推进重点项目建设。具体任务如下：
序号  重点任务                        牵头单位              配合单位                          完成时限
1     推进热贡文化生态保护区建设      州文化旅游广电局      州发展改革委、州财政局            2024年12月
2     实施唐卡艺术产业提升工程        州工业商务和信息化局  同仁市人民政府                    2024年全年
3     开展草原生态保护修复            州林业和草原局        州自然资源局、各县（市）人民政府  2024年10月
4     推进乡村旅游示范村建设          州农牧局              州文化旅游广电局                  2024年11月
二、保障措施
由州文化旅游广电局牵头，会同州财政局、州自然资源局建立文化旅游重点项目推进机制。各县（市）人民政府要落实属地责任。
"""

TC_TITLE = "铜川市2024年深化重点领域改革任务台账"
TC_ROWS: list[list[object]] = [
    [1, "深化投资审批制度改革，推行项目审批“容缺受理”", "牵头单位：市发展改革委；配合单位：市行政审批服务局、市自然资源局", "2024年9月", "纳入年度考核"],
    [2, "深化国有企业改革，完善现代企业制度", "牵头单位：市国资委；配合单位：市财政局", "2024年12月", "需市财政局保障改革成本"],
    [3, "推进统计造假不正当干预问题专项治理", "牵头单位：市统计局；配合单位：市直有关部门、各区县人民政府", "2024年全年", ""],
]
TC_SHEET2 = ("改革试点", ["序号", "试点名称", "责任单位"], [
    [1, "耀州区县域综合改革试点", "耀州区人民政府（牵头），市发展改革委"],
    [2, "王益区城市更新改革试点", "王益区人民政府（牵头），市住房和城乡建设局、市自然资源局"],
])


def build_xlsx(out: Path = DOCS / "tongchuan_gaige_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "改革任务"
    ws.cell(1, 1, TC_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    ws.cell(2, 1, "填报单位：铜川市委深改委办公室　　　　填报时间：2024年3月")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    for c, h in enumerate(["序号", "工作任务", "责任单位", "完成时限", "备注"], start=1):
        ws.cell(3, c, h)
    for r, row in enumerate(TC_ROWS, start=4):
        for c, value in enumerate(row, start=1):
            if value != "":
                ws.cell(r, c, value)
    name, header, rows = TC_SHEET2
    ws2 = wb.create_sheet(name)
    for c, h in enumerate(header, start=1):
        ws2.cell(1, c, h)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            ws2.cell(r, c, value)
    wb.save(str(out))
    return out


CZ_TITLE = "潮州市人民政府办公室关于印发潮州市2024年提振消费工作方案的通知"


def build_html(out: Path = DOCS / "chaozhou_xiaofei_2024.html") -> Path:
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{CZ_TITLE}_潮州市人民政府门户网站</title></head>
<body>
<div class="nav">首页 &gt; 政务公开 &gt; 政府文件</div>
<div class="content">
<h1>{CZ_TITLE}</h1>
<p>潮府办函〔2024〕21号</p>
<p>各县、区人民政府（管委会），市府直属各单位：</p>
<p>　　《潮州市2024年提振消费工作方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">潮州市人民政府办公室</p>
<p style="text-align:right">2024年4月12日</p>
<p style="text-align:center"><strong>潮州市2024年提振消费工作方案</strong></p>
<p>　　一、重点任务</p>
<table border="1" cellspacing="0">
<tr><td>类别</td><td>工作任务</td><td>责任单位</td><td>完成时间</td></tr>
<tr><td rowspan="2">商贸消费</td><td>举办潮州美食节、购物节等促消费活动</td><td><p>市商务局（牵头）</p><p>市文化广电旅游体育局</p><p>各县、区人民政府（管委会）</p></td><td>2024年全年</td></tr>
<tr><td>推进牌坊街商圈提质升级，发展夜间经济</td><td><p>湘桥区人民政府（牵头）</p><p>市商务局</p></td><td>2024年10月</td></tr>
<tr><td>文旅消费</td><td>推出潮州古城文化旅游精品线路</td><td><p>市文化广电旅游体育局</p></td><td>2024年6月</td></tr>
</table>
<p>　　二、工作要求</p>
<p>　　请市商务局牵头，市市场监管局、市文化广电旅游体育局配合，做好促消费活动的组织协调工作。市发展改革委、市财政局要按照职责分工，会同市统计局做好消费形势监测分析。</p>
</div>
<div class="footer">主办：潮州市人民政府办公室　　承办：潮州市政务服务数据管理局</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_pdf()
    (DOCS / "huangnan_wenlv_2024.txt").write_text(HUANGNAN, encoding="utf-8")
    build_xlsx()
    build_html()


if __name__ == "__main__":
    main()
