"""Build the documents of round 33 (tests/made_gold/forms33/docs):

- changxing_ducha_2024.html: a 县 government office's 督查 notice (长兴县) as a site page, its 任务清单 a table with
  **a two-row header** (`责任单位` spanning `牵头单位 / 配合单位` by colspan, the other headers by rowspan), a category
  column merged by rowspan, a 牵头单位 cell merged by rowspan; the collective `各乡镇（街道）`; prose `由X牵头，会同Y、Z…`.
- miit_sanpin_2024.txt: a joint notice of three ministries (多部门联合印发) whose clauses name their 司/局 units
  (`工业和信息化部消费品工业司牵头，商务部流通发展司、…按职责分工负责`, elided `质量监督司`); a collective with
  `、` inside (`各地工业和信息化、商务、市场监管主管部门`); an object `工业和信息化部（消费品工业司）`.
- qinghai_shuzi_2024.txt: a provincial 工作要点 whose units follow each item **after a dash** (`。——X牵头，Y配合`,
  `。——X、Y`) or **in 【】** (`【X牵头，Y配合】`, `【责任单位：X；配合单位：Y】`).
- jiaxing_gengxin_2024.docx: a city plan whose Word table has **the units in its last column** after **a 备注 column**
  (one 备注 names a unit as an object), a category column and a units cell merged down (vMerge), `X（牵头）、Y`;
  prose with `各县（市、区）党委宣传部` and `市直有关部门、各县（市、区）人民政府要…，X负责…`.

Run from the project root: python tests/made_gold/forms33/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

CX_ROWS = [
    # (serial, category or None when merged, rowspan of the category, task, lead or None when merged, its rowspan,
    #  support, deadline)
    ("1", "产业发展", 2, "推进新能源汽车及关键零部件产业链建设", "县经信局", 1, "县发改局、县科技局", "2024年12月"),
    ("2", None, 0, "开展规上工业企业数字化改造", "县经信局", 1, "各乡镇（街道）", "2024年10月"),
    ("3", "城乡建设", 2, "实施老旧小区改造提升工程", "县住建局", 2, "县财政局、雉城街道", "2024年11月"),
    ("4", None, 0, "推进城市燃气管道老化更新改造", None, 0, "县应急管理局、县市场监管局", "2024年12月"),
    ("5", "民生保障", 1, "建设乡镇（街道）养老服务中心", "县民政局", 1, "县卫生健康局、各乡镇（街道）", "2024年9月"),
]


def build_html(out: Path = DOCS / "changxing_ducha_2024.html") -> Path:
    title = "长兴县人民政府办公室关于开展2024年度县政府重点工作专项督查的通知"
    rows = []
    for serial, cat, cat_span, task, lead, lead_span, support, deadline in CX_ROWS:
        cells = [f"<td>{serial}</td>"]
        if cat is not None:
            cells.append(f'<td rowspan="{cat_span}">{cat}</td>')
        cells.append(f"<td>{task}</td>")
        if lead is not None:
            cells.append(f'<td rowspan="{lead_span}">{lead}</td>')
        cells.append(f"<td>{support}</td>")
        cells.append(f"<td>{deadline}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{title}_长兴县人民政府</title></head>
<body>
<div class="header"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 通知公告</div>
<h1>{title}</h1>
<div class="info">发布时间：2024-05-09 信息来源：县政府办公室 浏览次数：328</div>
<div id="zoom">
<p style="text-align:center">长政办发〔2024〕18号</p>
<p>各乡镇人民政府、街道办事处，县政府各部门、各直属单位：</p>
<p>　　为推动县政府2024年重点工作落地见效，经县政府同意，决定开展专项督查。现将有关事项通知如下：</p>
<p>　　一、督查内容</p>
<p>　　县政府2024年重点工作任务清单如下。</p>
<table border="1">
<tr><th rowspan="2">序号</th><th rowspan="2">类别</th><th rowspan="2">重点任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
<tr><th>牵头单位</th><th>配合单位</th></tr>
{chr(10).join(rows)}
</table>
<p>　　二、督查方式</p>
<p>　　本次督查由县政府督查室牵头，会同县发改局、县统计局组织实施。各乡镇（街道）、县直各单位要对照任务清单开展自查，于2024年6月30日前将自查报告报送县政府督查室。</p>
<p>　　三、工作要求</p>
<p>　　各责任单位要高度重视，逐项细化措施，确保任务按期完成。</p>
<p style="text-align:right">长兴县人民政府办公室</p>
<p style="text-align:right">2024年5月8日</p>
</div>
<div class="footer">主办单位：长兴县人民政府办公室　地址：长兴县雉城街道</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


MIIT = """工业和信息化部 商务部 市场监管总局关于印发《2024年消费品“三品”提升行动方案》的通知
工信部联消费〔2024〕56号
各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化、商务、市场监管主管部门：
　　现将《2024年消费品“三品”提升行动方案》印发给你们，请结合实际认真贯彻落实。
工业和信息化部　商务部　市场监管总局
2024年4月18日
2024年消费品“三品”提升行动方案
　　一、重点任务
　　（一）丰富优质产品供给。支持企业开发适老化、智能化消费品，培育一批“三品”示范企业。（工业和信息化部消费品工业司牵头，商务部流通发展司、市场监管总局质量发展局按职责分工负责）
　　（二）提升产品质量标准。实施消费品标准提升行动，开展重点产品质量监督抽查。（市场监管总局标准技术管理司、质量监督司负责）
　　（三）拓展消费场景。举办全国消费品精品展，推动老字号企业创新发展。（商务部流通发展司、市场建设司，工业和信息化部消费品工业司按职责分工负责）
　　二、保障措施
　　（一）加强组织协调。工业和信息化部消费品工业司要会同商务部流通发展司、市场监管总局质量发展局建立工作协调机制，定期调度工作进展。
　　（二）强化地方落实。各地工业和信息化、商务、市场监管主管部门要加强协同，结合实际制定配套措施，并于每年12月15日前将工作进展报送工业和信息化部（消费品工业司）。
"""

QH = """青海省人民政府办公厅关于印发2024年全省数字政府建设工作要点的通知
青政办〔2024〕19号
各市、自治州人民政府，省政府各委、办、厅、局：
　　《2024年全省数字政府建设工作要点》已经省政府同意，现印发给你们，请认真贯彻落实。
青海省人民政府办公厅
2024年3月22日
2024年全省数字政府建设工作要点
　　2024年是数字政府建设的关键之年，要坚持统筹集约、共建共享，加快推进政府数字化转型。
　　一、夯实数字基础设施
　　1.推进全省政务云资源统筹整合，完成省级部门非涉密业务系统迁移上云。——省政务服务监督管理局牵头，省通信管理局、省财政厅配合
　　2.建设全省一体化数据资源体系，编制公共数据资源目录。——省政务服务监督管理局、省发展改革委
　　二、提升政务服务效能
　　3.深化“高效办成一件事”改革，年内推出第一批重点事项清单。【省政务服务监督管理局牵头，省直有关部门配合】
　　4.推进电子证照扩大应用领域和全国互通互认。【省政务服务监督管理局、省公安厅，各市州人民政府按职责分工负责】
　　5.优化“青松办”移动端服务功能，提升用户体验。【责任单位：省政务服务监督管理局；配合单位：省大数据中心】
　　三、强化组织保障
　　各市（州）人民政府、省直各部门要将数字政府建设纳入年度重点工作，明确责任分工。省政务服务监督管理局要加强统筹协调，定期通报工作进展。
"""

JX_HEAD = [
    "嘉兴市人民政府办公室关于印发嘉兴市城市更新行动实施方案（2024—2026年）的通知",
    "嘉政办发〔2024〕11号",
    "各县（市、区）人民政府，市政府各部门、各直属单位：",
    "《嘉兴市城市更新行动实施方案（2024—2026年）》已经市政府同意，现印发给你们，请认真组织实施。",
    "嘉兴市人民政府办公室",
    "2024年6月3日",
    "嘉兴市城市更新行动实施方案（2024—2026年）",
    "一、主要任务",
    "围绕城市功能完善和品质提升，确定以下重点任务。",
]
JX_HEADER = ["序号", "类别", "工作任务", "完成时限", "备注", "责任单位"]
JX_ROWS = [
    ["1", "旧城改造", "完成老旧小区改造60个，惠及居民2万户", "2024年底", "纳入民生实事项目",
     "市住房城乡建设局（牵头）、市财政局、各县（市、区）人民政府"],
    ["2", "", "启动城中村改造项目8个", "2024年底", "", "市住房城乡建设局（牵头）、市自然资源和规划局"],
    ["3", "管网更新", "更新改造老旧燃气管网120公里", "2025年底", "需市财政局安排专项资金",
     "市综合行政执法局（牵头）、市水务集团"],
    ["4", "", "更新改造老旧供水管网80公里", "2025年底", "", ""],
    ["5", "风貌提升", "打造城市更新样板街区5个", "2026年底", "三年滚动实施", "市直有关部门、各县（市、区）人民政府"],
]
JX_TAIL = [
    "二、保障措施",
    "（一）加强组织领导。市城市更新工作领导小组办公室要加强统筹协调，定期通报工作进展。",
    "（二）强化宣传引导。各县（市、区）党委宣传部要加大城市更新政策宣传力度，营造良好氛围。",
    "（三）严格督查考核。市直有关部门、各县（市、区）人民政府要按照任务清单抓好落实，市政府督查室负责跟踪督办。",
]


def build_docx(out: Path = DOCS / "jiaxing_gengxin_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in JX_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(JX_ROWS), cols=len(JX_HEADER))
    for i, h in enumerate(JX_HEADER):
        table.cell(0, i).text = h
    for r, row in enumerate(JX_ROWS, start=1):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(1, 1).merge(table.cell(2, 1))  # 旧城改造 over rows 1-2
    table.cell(3, 1).merge(table.cell(4, 1))  # 管网更新 over rows 3-4
    table.cell(3, 5).merge(table.cell(4, 5))  # the units of rows 3-4
    for line in JX_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def main() -> None:
    build_html()
    (DOCS / "miit_sanpin_2024.txt").write_text(MIIT, encoding="utf-8")
    (DOCS / "qinghai_shuzi_2024.txt").write_text(QH, encoding="utf-8")
    build_docx()


if __name__ == "__main__":
    main()
