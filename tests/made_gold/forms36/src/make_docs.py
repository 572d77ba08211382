"""Build the documents of round 36 (tests/made_gold/forms36/docs):

- gansu_linye_2024.txt: a provincial bureau's own task division (甘肃省林业和草原局) whose units are its 处室: a table
  `序号 / 重点任务 / 责任领导 / 责任处室 / 完成时限` **printed one cell per line**, the 责任领导 (a person) merged down over
  two rows and printed once (rows 2 and 5 print four cells); clauses `（牵头处室：X；参与处室：Y、Z）`; prose with a
  bare `办公室` subject.
- suzhouah_renju_2024.docx: a city's 工作要点 (宿州市) with clauses of **three roles** (`（X牵头，Y、Z配合，各县（区）人民政府
  落实）`) and a Word table `序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限` whose **牵头单位 cell is merged down
  (vMerge)** over three rows; prose `由X牵头，会同Y、Z…`, `X要会同Y…`, two collectives as subjects of one sentence.
- wlcb_wenlv_2024.xlsx: a city's 任务分解表 (乌兰察布市) as an XLSX with **a header over two rows** (`责任主体` merged over
  `主办单位 / 协办单位`, the other header cells merged down), a 类别 column and a 主办单位 cell merged down.
- jixi_xiaofei_2024.pdf: a city's 实施方案 (鸡西市) in PDF: clauses `（承办单位：X；协办单位：Y）`, prose `由X牵头，会同Y…`,
  and a ruled table `序号 / 工作任务 / 实施主体 / 完成时间` whose 实施主体 cells say the roles in words
  (`X牵头，Y配合，各县（市）区政府落实`).

Run from the project root: python tests/made_gold/forms36/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

GANSU = """甘肃省林业和草原局关于印发《2024年全省林草重点工作任务分工方案》的通知
甘林办发〔2024〕9号
各市（州）林业和草原主管部门，局机关各处室、各直属单位：
现将《2024年全省林草重点工作任务分工方案》印发给你们，请认真抓好落实。
甘肃省林业和草原局
2024年2月20日
2024年全省林草重点工作任务分工方案
为全面完成2024年全省林草重点工作任务，现将任务分工如下。
一、重点任务分工
序号
重点任务
责任领导
责任处室
完成时限
1
完成造林种草任务，科学开展国土绿化行动
李文华
生态修复处
2024年11月底
2
推进祁连山国家公园建设，开展生态监测评估
国家公园管理处（牵头）、保护地管理处
2024年12月底
3
落实森林草原防灭火责任，加强野外火源管控
王建国
森林草原防火处、各市（州）林业和草原主管部门
2024年全年
4
开展林草有害生物防治，做好松材线虫病监测
张丽
林业和草原有害生物防治处
2024年10月底
5
深化集体林权制度改革，发展林下经济
改革发展处、规划财务处
2024年12月底
二、其他重点工作
（一）加强湿地保护修复。实施黄河上游湿地保护修复项目，开展湿地资源动态监测。（牵头处室：湿地管理处；参与处室：规划财务处、林草调查规划院）
（二）推进林草科技创新。组织开展林草科技成果转化推广，加强林草标准化建设。（科技处牵头，各直属单位配合）
三、工作要求
局机关各处室、各直属单位要按照任务分工，细化工作措施，确保按期完成。办公室负责跟踪督办，每季度通报工作进展情况。
"""

SZ_HEAD = [
    "宿州市人民政府办公室关于印发宿州市2024年农村人居环境整治提升工作要点的通知",
    "宿政办秘〔2024〕15号",
    "各县、区人民政府，市政府各部门、各直属机构：",
    "《宿州市2024年农村人居环境整治提升工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "宿州市人民政府办公室",
    "2024年3月18日",
    "宿州市2024年农村人居环境整治提升工作要点",
    "一、总体要求",
    "以农村厕所革命、生活污水垃圾治理、村容村貌提升为重点，扎实推进农村人居环境整治提升，建设宜居宜业和美乡村。",
    "二、重点任务",
    "（一）扎实推进农村厕所革命。稳步推进农村户厕改造，健全农村改厕后续管护长效机制。"
    "（市农业农村局牵头，市卫生健康委、市乡村振兴局配合，各县（区）人民政府落实）",
    "（二）加快农村生活污水治理。因地制宜推进农村生活污水治理，加强农村黑臭水体排查整治。"
    "（市生态环境局牵头，市住房城乡建设局、市水利局配合，各县（区）人民政府落实）",
    "（三）统筹推进其他重点任务。具体任务见下表。",
]
SZ_HEADER = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]
SZ_ROWS = [
    ["1", "健全农村生活垃圾收运处置体系，推进源头分类减量", "市城市管理局", "市农业农村局、各县（区）人民政府", "2024年12月底"],
    ["2", "开展村庄清洁行动，重点整治乱堆乱放、乱搭乱建", "市农业农村局", "各县（区）人民政府", "2024年全年"],
    ["3", "推进美丽宜居村庄建设，加强传统村落保护", "", "市住房城乡建设局、各县（区）人民政府", "2024年11月底"],
    ["4", "加强农村人居环境整治宣传引导，开展评先评优", "", "市委宣传部、市妇联", "2024年全年"],
    ["5", "落实农村人居环境整治财政资金保障", "市财政局", "市直有关部门", "2024年全年"],
]
SZ_TAIL = [
    "三、保障措施",
    "由市农业农村局牵头，会同市财政局、市生态环境局建立农村人居环境整治工作调度机制。",
    "市城市管理局要会同市住房城乡建设局加强农村垃圾收运设施建设运营指导。",
    "各县（区）人民政府要切实履行主体责任，市直有关部门要按照职责分工加强协调配合。",
]


def build_docx(out: Path = DOCS / "suzhouah_renju_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in SZ_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(SZ_ROWS), cols=len(SZ_HEADER))
    for i, h in enumerate(SZ_HEADER):
        table.cell(0, i).text = h
    for r, row in enumerate(SZ_ROWS, start=1):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(2, 2).merge(table.cell(4, 2))  # 市农业农村局 leads rows 2-4
    for line in SZ_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


WLCB_TITLE = "乌兰察布市2024年文化旅游产业高质量发展重点任务分解表"
WLCB_ROWS: list[list[object]] = [
    [1, "景区提升", "推进火山草原旅游区提质升级，完善游客服务中心功能", "市文化旅游体育局", "察哈尔右翼后旗人民政府、市发展改革委", "2024年12月"],
    [2, None, "完善辉腾锡勒草原景区旅游交通设施", None, "市交通运输局、察哈尔右翼中旗人民政府", "2024年10月"],
    [3, "产业融合", "培育文旅融合新业态，打造乡村旅游重点村", "市文化旅游体育局", "市农牧局、各旗县市区人民政府", "2024年全年"],
    [4, None, "举办草原文化旅游节等主题推介活动", "市委宣传部、市文化旅游体育局", "市直有关部门", "2024年9月"],
    [5, "服务保障", "加强旅游市场综合监管，开展旅游市场联合执法检查", "市市场监管局", "市公安局、市文化旅游体育局", "2024年全年"],
]


def build_xlsx(out: Path = DOCS / "wlcb_wenlv_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    ws.cell(1, 1, WLCB_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    for c, h in enumerate(["序号", "类别", "重点任务", "责任主体", None, "完成时限"], start=1):
        if h:
            ws.cell(2, c, h)
    ws.cell(3, 4, "主办单位")
    ws.cell(3, 5, "协办单位")
    for c in (1, 2, 3, 6):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=5)
    for r, row in enumerate(WLCB_ROWS, start=4):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells("B4:B5")  # 景区提升
    ws.merge_cells("D4:D5")  # 市文化旅游体育局 over rows 1-2
    ws.merge_cells("B6:B7")  # 产业融合
    wb.save(str(out))
    return out


JX_TEXT = [
    "鸡西市人民政府办公室关于印发鸡西市促进消费扩容提质实施方案的通知",
    "鸡政办规〔2024〕4号",
    "各县（市）区人民政府，市政府各直属单位：",
    "《鸡西市促进消费扩容提质实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "鸡西市人民政府办公室",
    "2024年4月22日",
    "鸡西市促进消费扩容提质实施方案",
    "为进一步释放消费潜力，推动消费扩容提质，结合我市实际，制定本方案。",
    "一、主要任务",
    "（一）开展促消费系列活动。围绕节假日和消费旺季，组织开展汽车、家电、家居等促消费活动。"
    "（承办单位：市商务局；协办单位：市财政局、市市场监管局）",
    "（二）培育特色消费街区。推动步行街、夜间经济集聚区改造提升，丰富消费业态。"
    "（承办单位：市商务局、各县（市）区政府）",
    "（三）推进重点领域消费。具体任务如下表。",
]
JX_HEADER = ["序号", "工作任务", "实施主体", "完成时间"]
JX_ROWS = [
    ["1", "落实汽车以旧换新补贴政策，扩大新能源汽车消费", "市商务局牵头，市财政局配合，各县（市）区政府落实", "2024年12月"],
    ["2", "推动兴凯湖冰雪旅游消费，打造冬季旅游精品线路", "市文化广电和旅游局牵头，市交通运输局、市公安局配合", "2024年12月"],
    ["3", "开展放心消费创建活动，畅通消费维权渠道", "市市场监管局", "2024年全年"],
]
JX_TAIL = [
    "二、保障措施",
    "由市商务局牵头，会同市发展改革委、市财政局建立促消费工作协调机制，定期调度工作进展。"
    "市市场监管局要会同市商务局加强消费市场价格监管。各县（市）区政府要结合实际制定具体措施。",
]


def build_pdf(out: Path = DOCS / "jixi_xiaofei_2024.pdf") -> Path:
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

    rows: list[list[object]] = [[cell(h) for h in JX_HEADER]]
    rows += [[cell(v) for v in row] for row in JX_ROWS]
    table = Table(rows, colWidths=[30, 190, 170, 60], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story: list[object] = [Paragraph(p, big) for p in JX_TEXT]
    story.append(table)
    story += [Paragraph(p, big) for p in JX_TAIL]
    SimpleDocTemplate(str(out), pagesize=A4, title="", author="", subject="", creator="", producer="",
                      invariant=1).build(story)
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "gansu_linye_2024.txt").write_text(GANSU, encoding="utf-8")
    build_docx()
    build_xlsx()
    build_pdf()


if __name__ == "__main__":
    main()
