"""Build the documents of round 39 (tests/made_gold/forms39/docs):

- pingliang_gengxin_2024.pdf: a city's 工作要点 (平凉市) in PDF whose task table is **printed without rules** (columns
  apart by white space) and whose task and partner cells **wrap onto a second printed line**.
- fjmz_gongzuo_2024.txt: a provincial department's 工作要点 (福建省民政厅) whose clauses name **roles in many words**:
  `（责任单位：X牵头，Y配合）`, `（X、Y分别牵头，Z配合）`, `（X牵头负责，Y协助）`, `（X督促指导，各设区市民政局负责）`,
  `（X负责，各设区市、平潭综合实验区民政部门按职责分工落实）`; prose `X负责牵头，会同Y…`, `X和Y要…`.
- lincang_chanye_2024.docx: a city's 实施方案 (临沧市) with **two Word tables**, each under its own `（一）` / `（二）`
  heading, 序号 `1.1`, `2.1`…, whose 责任单位 cells **say the roles in words** (`X牵头，Y、Z配合，各县（区）人民政府落实`).
- bazhong_zhenxing_2024.html: a city's 工作要点 (巴中市) as a page whose table has `<thead>` with **a header over two
  rows** (`责任分工` over the short labels `牵头` / `协同`), `<tbody>` rows.

Run from the project root: python tests/made_gold/forms39/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

PL_TEXT = [
    "平凉市人民政府办公室关于印发平凉市2024年城市更新工作要点的通知",
    "平政办发〔2024〕23号",
    "各县（市、区）人民政府，市政府各部门，市属各企事业单位：",
    "《平凉市2024年城市更新工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "平凉市人民政府办公室",
    "2024年4月18日",
    "平凉市2024年城市更新工作要点",
    "为深入实施城市更新行动，推动城市高质量发展，制定本工作要点。",
    "一、重点任务",
]
PL_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
PL_ROWS = [
    ["1", "实施老旧小区改造，完善小区配套设施和公共服务设施", "市住房和城乡建设局", "市发展改革委、市财政局、崆峒区人民政府", "2024年底"],
    ["2", "推进城市地下管网更新改造", "市住房和城乡建设局", "市城市管理局、市水务局", "2024年底"],
    ["3", "开展城市生命线安全工程建设，提升城市安全韧性水平", "市城市管理局", "市应急管理局、市住房和城乡建设局", "长期"],
]
PL_TAIL = [
    "二、工作要求",
    "市住房和城乡建设局要会同市发展改革委、市财政局加强统筹调度。各县（市、区）人民政府要落实主体责任，按期完成各项任务。",
]


def build_pdf(out: Path = DOCS / "pingliang_gengxin_2024.pdf") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("p", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")
    big = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=30, wordWrap="CJK", firstLineIndent=21)

    rows: list[list[object]] = [[Paragraph(v, style) for v in r] for r in [PL_HEADER, *PL_ROWS]]
    table = Table(rows, colWidths=[30, 150, 105, 110, 56])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story: list[object] = [Paragraph(p, big) for p in PL_TEXT]
    story += [table, Spacer(1, 12)]
    story += [Paragraph(p, big) for p in PL_TAIL]
    SimpleDocTemplate(str(out), pagesize=A4, title="", author="", subject="", creator="", producer="",
                      invariant=1).build(story)
    return out


FJMZ = """福建省民政厅关于印发《2024年全省民政工作要点》的通知
闽民综〔2024〕15号
各设区市民政局，平潭综合实验区社会事业局，厅机关各处室、直属各单位：
现将《2024年全省民政工作要点》印发给你们，请结合实际认真贯彻落实。
福建省民政厅
2024年2月23日
2024年全省民政工作要点
一、兜牢基本民生保障底线
（一）完善分层分类社会救助体系。推进低收入人口动态监测，加强救助资金监管。（责任单位：社会救助处牵头，规划财务处配合）
（二）加强困难群体关爱服务。健全农村留守老年人、留守儿童关爱服务体系。（养老服务处、儿童福利处分别牵头，各设区市民政局配合）
二、提升基本社会服务水平
（三）规范殡葬服务管理。开展殡葬领域突出问题专项整治。（社会事务处牵头负责，政策法规处协助）
（四）促进慈善事业健康发展。加强慈善组织培育和监管。（慈善事业促进和社会工作处督促指导，各设区市民政局负责）
（五）深化地名文化保护。开展地名文化遗产保护名录认定工作。（区划地名处负责，各设区市、平潭综合实验区民政部门按职责分工落实）
三、工作要求
社会救助处负责牵头，会同规划财务处做好救助资金绩效评价。各设区市民政局和平潭综合实验区社会事业局要结合实际抓好落实。
"""

LC_HEAD = [
    "临沧市人民政府办公室关于印发临沧市2024年高原特色产业发展实施方案的通知",
    "临政办发〔2024〕16号",
    "各县（区）人民政府，市直各委、办、局：",
    "《临沧市2024年高原特色产业发展实施方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
    "临沧市人民政府办公室",
    "2024年3月15日",
    "临沧市2024年高原特色产业发展实施方案",
    "一、重点任务",
    "（一）产业发展类",
]
LC_HEADER = ["序号", "工作任务", "责任单位", "完成时限"]
LC_T1 = [
    ["1.1", "推进坚果产业提质增效，建设标准化示范基地", "市林业和草原局牵头，市农业农村局、市供销社配合", "2024年12月"],
    ["1.2", "打造“滇红之乡”茶叶品牌，推进茶园有机认证", "市茶特中心牵头，市市场监管局配合，各县（区）人民政府落实", "2024年全年"],
]
LC_MID = ["（二）民生保障类"]
LC_T2 = [
    ["2.1", "实施农村供水保障工程，提升农村自来水普及率", "市水务局", "2024年10月"],
    ["2.2", "推进边境地区义务教育优质均衡发展", "市教育体育局牵头，沧源县人民政府、耿马县人民政府配合", "2024年12月"],
]
LC_TAIL = [
    "二、保障措施",
    "市农业农村局要会同市财政局统筹整合涉农资金，各县（区）人民政府要落实属地责任。",
]


def build_docx(out: Path = DOCS / "lincang_chanye_2024.docx") -> Path:
    import docx

    d = docx.Document()

    def table(rows: list[list[str]]) -> None:
        t = d.add_table(rows=1 + len(rows), cols=len(LC_HEADER))
        for i, h in enumerate(LC_HEADER):
            t.cell(0, i).text = h
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                t.cell(r, c).text = value

    for line in LC_HEAD:
        d.add_paragraph(line)
    table(LC_T1)
    for line in LC_MID:
        d.add_paragraph(line)
    table(LC_T2)
    for line in LC_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


BZ_TITLE = "巴中市人民政府办公室关于印发巴中市2024年推进川陕革命老区振兴发展工作要点的通知"


def build_html(out: Path = DOCS / "bazhong_zhenxing_2024.html") -> Path:
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{BZ_TITLE}</title></head>
<body>
<div class="article">
<h2 class="title">{BZ_TITLE}</h2>
<div class="info">巴府办发〔2024〕10号</div>
<p>各县（区）人民政府，巴中经济开发区管委会，市级各部门：</p>
<p>　　《巴中市2024年推进川陕革命老区振兴发展工作要点》已经市政府同意，现印发给你们，请认真抓好落实。</p>
<p style="text-align:right">巴中市人民政府办公室</p>
<p style="text-align:right">2024年3月21日</p>
<p style="text-align:center">巴中市2024年推进川陕革命老区振兴发展工作要点</p>
<p>　　一、重点工作</p>
<table border="1">
<thead>
<tr><th rowspan="2">序号</th><th rowspan="2">重点工作</th><th colspan="2">责任分工</th><th rowspan="2">时间节点</th></tr>
<tr><th>牵头</th><th>协同</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>推进川陕革命老区振兴发展示范区建设</td><td>市发展改革委</td><td>市财政局、市自然资源和规划局</td><td>2024年12月</td></tr>
<tr><td>2</td><td>实施光雾山—诺水河国家级旅游度假区创建</td><td>市文化广电旅游局</td><td>南江县人民政府、通江县人民政府</td><td>2024年全年</td></tr>
<tr><td>3</td><td>加快巴中至南充高速公路建设</td><td>市交通运输局</td><td>恩阳区人民政府、巴州区人民政府</td><td>长期坚持</td></tr>
</tbody>
</table>
<p>　　二、工作要求</p>
<p>　　各县（区）人民政府、巴中经济开发区管委会要对照工作要点细化落实措施。市发展改革委负责统筹协调，定期通报工作进展。</p>
</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_pdf()
    (DOCS / "fjmz_gongzuo_2024.txt").write_text(FJMZ, encoding="utf-8")
    build_docx()
    build_html()


if __name__ == "__main__":
    main()
