"""Build the documents of round 50 (tests/made_gold/forms50/docs):

- xinjiang_jiuye_2012.docx: an **old** (2012) autonomous region office's notice (新疆维吾尔自治区人民政府办公厅) whose
  tasks stand in a **two-column Word table `序号 / 工作任务`, each task cell ending with its clause**
  (`（自治区X牵头，自治区Y、自治区Z配合）`), no units column; a signature date with 〇 (`二〇一二年五月十日`); a
  collective with its note in brackets (`各地、州、市人民政府（行政公署）`).
- cnipa_zhuanli_2026.txt: a **national administration's office** (国家知识产权局办公室) notice assigning work only in
  running text: `由X牵头，会同Y、Z…`, **`X要牵头…，Y要积极配合`**, `请各地于…前将…报送X` (X only an object), `X要…`.
- guangan_renju_2025.pdf: a city's 分工表 (广安市) as a ruled PDF table **running over two pages with its header repeated**.
- jiaozuo_xiaofei_2025.txt: a city's plan (焦作市) whose clauses list units **apart by commas** (`（X，Y，Z按职责分工负责）`),
  put two roles **apart by a semicolon** (`（X牵头；Y配合）`), and use `负总责`.

Run from the project root: python tests/made_gold/forms50/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

XJ_HEAD = [
    "新疆维吾尔自治区人民政府办公厅关于做好2012年普通高等学校毕业生就业工作的通知",
    "新政办发〔2012〕76号",
    "伊犁哈萨克自治州，各州、市人民政府，各行政公署，自治区人民政府各部门、各直属机构：",
    "为做好2012年普通高等学校毕业生就业工作，经自治区人民政府同意，现就有关事项通知如下：",
    "一、充分认识做好高校毕业生就业工作的重要意义",
    "高校毕业生是国家宝贵的人才资源，做好就业工作事关经济发展和社会稳定。",
    "二、主要任务",
]
XJ_ROWS = [
    ["序号", "工作任务"],
    ["1", "鼓励高校毕业生到基层就业，落实学费补偿和助学贷款代偿政策。（自治区人力资源社会保障厅牵头，自治区财政厅、自治区教育厅配合）"],
    ["2", "开展高校毕业生就业见习，扩大见习基地规模。（自治区人力资源社会保障厅负责）"],
    ["3", "加强高校毕业生创业培训和创业服务，落实小额担保贷款政策。（自治区人力资源社会保障厅、自治区财政厅、人民银行乌鲁木齐中心支行按职责分工负责）"],
]
XJ_TAIL = [
    "三、加强组织领导",
    "各地、州、市人民政府（行政公署）要把高校毕业生就业工作摆在突出位置，切实加强组织领导。",
    "新疆维吾尔自治区人民政府办公厅",
    "二〇一二年五月十日",
]


def build_docx(out: Path = DOCS / "xinjiang_jiuye_2012.docx") -> Path:
    import docx

    d = docx.Document()
    for line in XJ_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=len(XJ_ROWS), cols=2)
    for r, row in enumerate(XJ_ROWS):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    for line in XJ_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


CNIPA = """国家知识产权局办公室关于开展2026年专利转化运用专项行动的通知
国知办发运字〔2026〕9号
各省、自治区、直辖市和新疆生产建设兵团知识产权局，局机关各部门，专利局各部门，局各直属单位：
　　为深入实施专利转化运用专项行动，现就2026年有关工作通知如下。
　　一、梳理盘活存量专利
　　由知识产权运用促进司牵头，会同战略规划司、专利局审查业务管理部组织开展高校和科研机构存量专利盘活工作。各省级知识产权管理部门要建立存量专利分层分级筛选机制。
　　二、强化转化运用服务
　　知识产权运用促进司要牵头完善专利转化运用服务平台功能，知识产权保护司要积极配合。知识产权发展研究中心负责开展专利转化运用成效评估。
　　三、工作要求
　　请各地于2026年6月30日前将工作进展情况报送知识产权运用促进司。
　　国家知识产权局办公室
　　2026年2月27日
"""

GA_TITLE = "广安市2025年农村人居环境整治提升重点任务分工表"
GA_TASKS = [
    ("推进农村户厕问题摸排整改", "市农业农村局", "市卫生健康委"),
    ("建设农村公共厕所", "市农业农村局", "各区市县人民政府"),
    ("开展农村生活垃圾分类试点", "市住房城乡建设局", "市农业农村局"),
    ("完善农村垃圾收运处置体系", "市住房城乡建设局", "市生态环境局"),
    ("推进农村生活污水治理", "市生态环境局", "市住房城乡建设局、市水利局"),
    ("开展黑臭水体排查整治", "市生态环境局", "市水利局"),
    ("实施村庄清洁行动", "市农业农村局", "各区市县人民政府"),
    ("推进村庄绿化美化", "市林业局", "市农业农村局"),
    ("加强传统村落保护", "市住房城乡建设局", "市文化广电旅游局"),
    ("推进农村电网改造升级", "国网广安供电公司", "市经济和信息化局"),
    ("推进农村公路提档升级", "市交通运输局", "各区市县人民政府"),
    ("开展农村危房改造", "市住房城乡建设局", "市财政局"),
    ("推进农村供水保障工程", "市水利局", "市卫生健康委"),
    ("加强农村消防设施建设", "市消防救援支队", "市应急管理局"),
    ("开展美丽庭院创建活动", "市妇联", "市农业农村局"),
    ("推进乡村规划编制", "市自然资源和规划局", "各区市县人民政府"),
    ("建设农村数字化管护平台", "市大数据中心", "市农业农村局"),
    ("推进农村快递物流网点建设", "市邮政管理局", "市商务局"),
    ("开展农村人居环境整治成效评估", "市农业农村局", "市统计局"),
    ("加强农村人居环境整治资金保障", "市财政局", "市农业农村局"),
    ("开展农村人居环境整治宣传", "市委宣传部", "市农业农村局"),
    ("建立农村人居环境长效管护机制", "市农业农村局", "市财政局、各区市县人民政府"),
    ("推进农房风貌提升", "市住房城乡建设局", "市自然资源和规划局"),
    ("开展农村环境卫生督导检查", "市农业农村局", "市委督查室"),
]


def build_pdf(out: Path = DOCS / "guangan_renju_2025.pdf") -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("p", fontName="STSong-Light", fontSize=10.5, leading=22, wordWrap="CJK")
    big = ParagraphStyle("h", fontName="STSong-Light", fontSize=14, leading=24, wordWrap="CJK")

    def cell(text: str) -> Paragraph:
        return Paragraph(text, style)

    rows = [[cell(h) for h in ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")]]
    for i, (task, lead, partners) in enumerate(GA_TASKS, start=1):
        rows.append([cell(str(i)), cell(task), cell(lead), cell(partners), cell("2025年12月底")])
    table = Table(rows, colWidths=[32, 170, 100, 130, 70], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [Paragraph(GA_TITLE, big), table]
    SimpleDocTemplate(str(out), pagesize=A4, invariant=1).build(story)
    return out


JIAOZUO = """焦作市人民政府办公室关于印发焦作市2025年提振消费专项行动实施方案的通知
焦政办〔2025〕14号
各县（市）、区人民政府，市城乡一体化示范区管委会，市人民政府各部门：
　　《焦作市2025年提振消费专项行动实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。
焦作市人民政府办公室
2025年4月18日
焦作市2025年提振消费专项行动实施方案
　　一、重点任务
　　（一）开展汽车消费促进活动。组织汽车企业举办车展和促销活动，落实以旧换新补贴政策。（市商务局，市财政局，市公安局按职责分工负责）
　　（二）培育文旅消费新场景。打造云台山等景区夜游项目，推出精品旅游线路。（市文化广电和旅游局牵头；市发展改革委、修武县人民政府配合）
　　（三）提升医疗健康消费。推进医疗服务价格改革，发展“互联网+医疗健康”服务。（市卫生健康委牵头，各县（市）、区人民政府负总责）
　　二、保障措施
　　市商务局要会同市统计局加强消费数据监测分析。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_docx()
    (DOCS / "cnipa_zhuanli_2026.txt").write_text(CNIPA, encoding="utf-8")
    build_pdf()
    (DOCS / "jiaozuo_xiaofei_2025.txt").write_text(JIAOZUO, encoding="utf-8")


if __name__ == "__main__":
    main()
