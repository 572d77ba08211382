"""Build the documents of round 55 (tests/made_gold/forms55/docs):

- yuncheng_taizhang_2025.xlsx: a city's 任务台账 (运城市) whose header stands **below rows of form fields** spread over
  several cells (`填报单位（盖章）：` … `填报时间：`, `联系人：` … `联系电话：`).
- hanzhong_jiuye_2025.pdf: a ruled PDF table (汉中市) running over two pages **without its header repeated** on the
  second page.
- xiangtan_yingshang_2025.html: an accessible page (湘潭市) whose table puts each row's task in a **row header
  `<th scope="row">`**, the header in `<thead>` with `<th scope="col">`.

Run from the project root: python tests/made_gold/forms55/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

YC_TITLE = "运城市2025年优化营商环境重点任务推进台账"
YC_ROWS: list[list[object]] = [
    ["填报单位（盖章）：", "运城市营商环境建设局", None, "填报时间：", "2025年4月"],
    ["联系人：", "张伟", None, "联系电话：", "0359-0000000"],
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    [1, "推行涉企经营许可“一照多址”改革", "市市场监管局", "市行政审批服务管理局", "2025年6月"],
    [2, "开展政务服务“一网通办”提质行动", "市行政审批服务管理局", "市大数据应用中心", "2025年9月"],
    [3, "建立企业诉求“接诉即办”机制", "市营商环境建设局", "市12345政务服务便民热线管理中心", "2025年全年"],
]


def build_xlsx(out: Path = DOCS / "yuncheng_taizhang_2025.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.cell(1, 1, YC_TITLE)
    ws.merge_cells("A1:E1")
    for r, row in enumerate(YC_ROWS, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    wb.save(str(out))
    return out


HZ_TITLE = "汉中市2025年稳就业重点任务分工表"
HZ_TASKS = [
    ("开展高校毕业生留汉就业专项行动", "市人社局", "市教育局"),
    ("实施百日千万招聘专项行动", "市人社局", "各县区人民政府"),
    ("开发乡村公益性岗位", "市人社局", "市财政局"),
    ("推进创业担保贷款扩面", "市人社局", "市财政局、人民银行汉中市分行"),
    ("建设零工市场", "市人社局", "市民政局"),
    ("开展技能培训提升行动", "市人社局", "市教育局、市农业农村局"),
    ("促进脱贫劳动力稳岗就业", "市农业农村局", "市人社局"),
    ("推进以工代赈项目建设", "市发展改革委", "市水利局"),
    ("开展退役军人就业招聘", "市退役军人事务局", "市人社局"),
    ("实施残疾人就业帮扶", "市残联", "市人社局"),
    ("加强就业形势监测", "市统计局", "市人社局"),
    ("开展劳务品牌培育", "市人社局", "各县区人民政府"),
    ("推进返乡入乡创业园建设", "市发展改革委", "市人社局"),
    ("支持企业吸纳重点群体就业", "市税务局", "市人社局"),
    ("落实失业保险稳岗返还政策", "市人社局", "市财政局"),
    ("开展就业援助月活动", "市人社局", "市总工会"),
    ("推进家政服务提质扩容", "市商务局", "市人社局"),
    ("开展巾帼创业就业行动", "市妇联", "市人社局"),
    ("组织青年见习岗位募集", "团市委", "市人社局"),
    ("加强劳动保障监察执法", "市人社局", "市公安局"),
    ("开展农民工工资支付专项检查", "市人社局", "市住房城乡建设局"),
    ("推进公共就业服务标准化建设", "市人社局", "市财政局"),
    ("建设人力资源服务产业园", "市人社局", "汉台区人民政府"),
    ("做好就业政策宣传解读", "市委宣传部", "市人社局"),
]


def build_pdf(out: Path = DOCS / "hanzhong_jiuye_2025.pdf") -> Path:
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
    rows = [[Paragraph(h, style) for h in ("序号", "重点任务", "牵头单位", "配合单位")]]
    for i, (task, lead, partners) in enumerate(HZ_TASKS, start=1):
        rows.append([Paragraph(v, style) for v in (str(i), task, lead, partners)])
    table = Table(rows, colWidths=[32, 190, 100, 150], repeatRows=0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    SimpleDocTemplate(str(out), pagesize=A4, invariant=1).build([Paragraph(HZ_TITLE, big), table])
    return out


XT_TITLE = "湘潭市人民政府办公室关于印发湘潭市2025年优化营商环境重点任务清单的通知"
XT_ROWS = [
    ("推进“一件事一次办”扩面增效", "市政务服务中心", "市直相关部门"),
    ("开展涉企违规收费专项整治", "市市场监管局", "市发展改革委、市财政局"),
    ("优化水电气网报装服务", "市住房和城乡建设局", "国网湘潭供电公司"),
]


def build_html(out: Path = DOCS / "xiangtan_yingshang_2025.html") -> Path:
    body = "\n".join(f'<tr><th scope="row">{t}</th><td>{lead}</td><td>{p}</td></tr>' for t, lead, p in XT_ROWS)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{XT_TITLE}</title></head>
<body>
<main id="content" role="main">
<h1>{XT_TITLE}</h1>
<p>潭政办函〔2025〕15号</p>
<p>各县市区人民政府，各园区管委会，市直各单位：</p>
<p>《湘潭市2025年优化营商环境重点任务清单》已经市人民政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">湘潭市人民政府办公室</p>
<p style="text-align:right">2025年3月26日</p>
<p style="text-align:center">湘潭市2025年优化营商环境重点任务清单</p>
<p>一、重点任务</p>
<table>
<caption>重点任务清单</caption>
<thead><tr><th scope="col">重点任务</th><th scope="col">牵头单位</th><th scope="col">配合单位</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
<p>二、工作要求</p>
<p>市优化营商环境协调事务中心要会同市政府督查室加强跟踪督办。</p>
</main>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_xlsx()
    build_pdf()
    build_html()


if __name__ == "__main__":
    main()
