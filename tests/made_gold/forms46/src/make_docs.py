"""Build the documents of round 46 (tests/made_gold/forms46/docs):

- jinzhong_yingshang_2025.txt: a **party and government joint** 行动方案 (中共晋中市委办公室 and 晋中市人民政府办公室) whose
  clauses stand in **full-width square brackets** `［牵头单位：X；配合单位：Y］`, one `［X牵头抓总，Y按职责分工负责］`,
  and prose duties `由X牵头，会同Y、Z…`, `X负责…，Y配合…`, `X要会同Y、Z…`.
- guhan_zhen_2024.html: a **township**'s plan (古韩镇人民政府) as a site prints it: a table with a **two-level header**
  (`责任分工` over `牵头站所 / 配合站所 / 责任村（社区）`, `colspan`/`rowspan`), a 包联领导 (person) column and a 牵头站所
  cell spanning two rows.
- nwafu_benke_2025.docx: a **university's own** 工作要点 (joint party committee and university) whose clauses name
  offices with **their merged office in brackets** (`党委学生工作部（处）`, `研究生院（党委研究生工作部）`), and a Word
  分工表 **in the attachment** with a **two-level header** (`责任部门` merged across `牵头部门 / 协同部门`, the other header
  cells merged down) and a 牵头部门 merged down over two rows.
- sdhs_anquan_2026.xlsx: an **enterprise's** task sheet (山东高速集团有限公司) headed `责任部室 / 配合部室`, its 重点工作 and
  责任部室 cells merged down.

Run from the project root: python tests/made_gold/forms46/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

JINZHONG = """中共晋中市委办公室 晋中市人民政府办公室印发《晋中市优化营商环境攻坚行动方案（2025年）》的通知
市办发〔2025〕7号
各县（区、市）党委和人民政府，市委各部委，市直各单位：
　　《晋中市优化营商环境攻坚行动方案（2025年）》已经市委、市政府同意，现印发给你们，请结合实际认真抓好落实。
中共晋中市委办公室
晋中市人民政府办公室
2025年3月12日
晋中市优化营商环境攻坚行动方案（2025年）
　　为深入推进营商环境优化提升，进一步激发经营主体活力，结合我市实际，制定本方案。
　　一、提升政务服务效能
　　（一）深化“高效办成一件事”改革。推出企业信息变更、开办运输企业等第二批重点事项，实现一次告知、一表申请、一套材料、一次办结。［牵头单位：市行政审批局；配合单位：市发展改革委、市市场监管局］
　　（二）推进涉企审批提速。深化工程建设项目审批制度改革，推行联合验收、告知承诺。［责任单位：市住建局、市自然资源局，各县（区、市）人民政府］
　　二、优化法治环境
　　（三）规范涉企行政检查。推行“综合查一次”，严禁多头检查、重复检查。［市司法局牵头抓总，市直各执法部门按职责分工负责］
　　（四）加强知识产权保护。建设知识产权保护工作站，开展专利侵权纠纷快速处理。［市市场监管局负责］
　　三、强化要素保障
　　（五）强化融资服务。由市委金融办牵头，会同人民银行晋中市分行、国家金融监督管理总局晋中监管分局开展“信易贷”专项行动，扩大中小微企业信用贷款规模。
　　（六）保障用地用能。市自然资源局负责落实重点项目用地指标，市能源局配合做好用电用气保障。
　　四、保障措施
　　市委营商办要会同市委督查室、市政府督查室定期开展督导通报。各县（区、市）党委和政府要切实履行属地责任，主要负责同志要亲自部署、亲自推动。
"""

GH_TITLE = "古韩镇人民政府关于印发古韩镇2024年农村人居环境整治提升工作方案的通知"
GH_ROWS = [
    # 序号, 工作任务, 包联领导, 牵头站所 (None: spanned from above), 配合站所, 责任村（社区）, 完成时限
    ["1", "开展村庄清洁行动，清理房前屋后积存垃圾和残垣断壁", "王建军", "镇农业综合服务中心", "镇综合行政执法队", "各村（社区）", "2024年6月底"],
    ["2", "推进农村改厕，完成问题厕所排查整改", "王建军", None, "镇财政所、古韩镇卫生院", "东关村、西关村、北关村", "2024年9月底"],
    ["3", "整治乱搭乱建，依法拆除违法建筑", "李志刚", "镇综合行政执法队", "镇自然资源所、古韩派出所", "各村（社区）", "2024年全年"],
    ["4", "加强镇区主干道绿化亮化和日常管护", "李志刚", "镇规划建设办公室", "镇财政所", "城关社区", "2024年10月底"],
]


def build_html(out: Path = DOCS / "guhan_zhen_2024.html") -> Path:
    rows = []
    for i, row in enumerate(GH_ROWS):
        cells = []
        for c, value in enumerate(row):
            if value is None:
                continue
            span = ' rowspan="2"' if (i == 0 and c == 3) else ""
            cells.append(f"<td{span}>{value}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{GH_TITLE}_襄垣县人民政府</title></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 乡镇动态</div>
<div class="article">
<h1>{GH_TITLE}</h1>
<div class="info">发布时间：2024-04-10　来源：古韩镇</div>
<div class="content">
<p>古政发〔2024〕9号</p>
<p>各村（社区），镇直各单位：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;《古韩镇2024年农村人居环境整治提升工作方案》已经镇党委、镇政府研究同意，现印发给你们，请认真组织实施。</p>
<p style="text-align:right">古韩镇人民政府</p>
<p style="text-align:right">2024年4月8日</p>
<p style="text-align:center"><strong>古韩镇2024年农村人居环境整治提升工作方案</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;一、总体目标</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;以村庄清洁和改厕为重点，持续改善农村人居环境，建设宜居宜业和美乡村。</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;二、重点任务</p>
<table border="1" cellspacing="0" cellpadding="0">
<tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th rowspan="2">包联领导</th><th colspan="3">责任分工</th><th rowspan="2">完成时限</th></tr>
<tr><th>牵头站所</th><th>配合站所</th><th>责任村（社区）</th></tr>
{body}
</table>
<p>&nbsp;&nbsp;&nbsp;&nbsp;三、保障措施</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;镇党政综合办公室要会同镇纪委定期开展督查，通报工作进展。各村（社区）要明确专人负责日常保洁。</p>
</div>
</div>
<div class="footer">主办单位：襄垣县人民政府办公室　承办：襄垣县大数据中心</div>
</body>
</html>
"""
    out.write_text(html, encoding="utf-8")
    return out


NW_HEAD = [
    "中共西北农林科技大学委员会 西北农林科技大学关于印发《西北农林科技大学2025年本科教育教学工作要点》的通知",
    "校党发〔2025〕9号",
    "各学院（系、所），各部门、各直属单位：",
    "《西北农林科技大学2025年本科教育教学工作要点》已经学校党委常委会研究同意，现印发给你们，请结合实际认真贯彻落实。",
    "中共西北农林科技大学委员会",
    "西北农林科技大学",
    "2025年2月26日",
    "西北农林科技大学2025年本科教育教学工作要点",
    "一、坚持立德树人",
    "1.深化“三全育人”综合改革，推进思政课程与课程思政协同育人。（牵头部门：党委学生工作部（处）；协同部门：党委宣传部、研究生院（党委研究生工作部）、校团委）",
    "2.加强学风建设，完善学业预警与帮扶机制。（教务处牵头，各学院（系、所）落实）",
    "二、提升培养质量",
    "3.推进一流本科专业建设，开展专业认证与评估。（责任部门：教务处、发展规划处（学科建设办公室））",
    "三、工作要求",
    "各学院（系、所）要把本科教学工作列入党政联席会议重要议题，教务处负责统筹协调和督促检查。",
    "附件：2025年本科教育教学重点任务分工表",
    "附件",
    "2025年本科教育教学重点任务分工表",
]
NW_ROWS = [
    ["1", "建设国家级虚拟教研室，推进基层教学组织和教学团队建设", "张明华", "教务处", "人事处（党委教师工作部）、各学院（系、所）", "2025年12月"],
    ["2", "推进智慧教室改造和在线开放课程建设", "张明华", "", "网络与教育技术中心、资产管理处", "2025年9月"],
    ["3", "实施拔尖创新人才培养计划，建设现代产业学院", "李建国", "创新创业学院", "教务处、科学技术发展研究院", "2025年12月"],
]


def build_docx(out: Path = DOCS / "nwafu_benke_2025.docx") -> Path:
    import docx

    d = docx.Document()
    for line in NW_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=2 + len(NW_ROWS), cols=6)
    for c, h in enumerate(["序号", "重点任务", "责任校领导", "责任部门", "", "完成时间"]):
        if h:
            t.cell(0, c).text = h
    t.cell(1, 3).text = "牵头部门"
    t.cell(1, 4).text = "协同部门"
    for r, row in enumerate(NW_ROWS, start=2):
        for c, value in enumerate(row):
            if value:
                t.cell(r, c).text = value
    t.cell(0, 3).merge(t.cell(0, 4))  # 责任部门 across its two columns
    for c in (0, 1, 2, 5):
        t.cell(0, c).merge(t.cell(1, c))  # the other header cells down over two rows
    t.cell(2, 3).merge(t.cell(3, 3))  # 教务处 leads rows 1-2
    d.save(str(out))
    return out


SD_TITLE = "山东高速集团有限公司2026年安全生产重点工作任务分解表"
SD_ROWS: list[list[object]] = [
    [1, "压实安全生产责任", "修订全员安全生产责任清单，逐级签订安全生产责任书", "安全监督部", "党委组织部（人力资源部）", "2026年3月底"],
    [2, None, "开展安全生产责任制落实情况专项考核", None, "纪委办公室、各权属单位", "2026年12月底"],
    [3, "强化重点领域风险管控", "开展高速公路施工安全专项整治", "工程管理部", "安全监督部、各权属单位", "2026年6月底"],
    [4, None, "推进营运路段隐患排查治理“清零”行动", "运营管理部", "安全监督部", "2026年全年"],
    [5, "提升应急处置能力", "组织开展综合应急演练，完善应急物资储备", "安全监督部", "运营管理部、各权属单位", "2026年10月底"],
]


def build_xlsx(out: Path = DOCS / "sdhs_anquan_2026.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    ws.cell(1, 1, SD_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    for c, h in enumerate(["序号", "重点工作", "工作措施", "责任部室", "配合部室", "完成时间"], start=1):
        ws.cell(2, c, h)
    for r, row in enumerate(SD_ROWS, start=3):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells("B3:B4")  # 压实安全生产责任
    ws.merge_cells("D3:D4")  # 安全监督部 over rows 1-2
    ws.merge_cells("B5:B6")  # 强化重点领域风险管控
    wb.save(str(out))
    return out


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "jinzhong_yingshang_2025.txt").write_text(JINZHONG, encoding="utf-8")
    build_html()
    build_docx()
    build_xlsx()


if __name__ == "__main__":
    main()
