"""Build the binary documents of round four (tests/made_gold/forms4/docs): a DOCX whose table header
cells are printed on two lines and whose lead cells are merged, a text-layer PDF of a ministry's
notice of a national plan (paragraphs wrapped like a word processor prints them) and an XLSX whose
header is two rows (责任单位 over 牵头单位 | 配合单位) with rows numbered 1-1, 1-2.

Run from the project root: python tests/made_gold/forms4/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

JX_HEAD = [
    "江西省市场监督管理局关于印发《2024年全省知识产权保护工作要点》的通知",
    "赣市监知保字〔2024〕5号",
    "各设区市、赣江新区市场监管局，省局机关各处室、直属各单位：",
    "现将《2024年全省知识产权保护工作要点》印发给你们，请认真抓好落实。",
    "江西省市场监督管理局",
    "2024年3月20日",
    "2024年全省知识产权保护工作要点",
    "一、强化知识产权源头保护",
    "（一）提升专利申请质量。加强专利申请前评估，严厉打击非正常专利申请行为。（责任处室：知识产权运用促进处；配合单位：省知识产权保护中心）",
    "（二）加强商标品牌培育。开展地理标志运用促进工程，培育一批区域公用品牌。",
    "牵头处室：知识产权运用促进处",
    "参与单位：各设区市市场监管局",
    "二、加大知识产权执法力度",
    "（三）开展专项执法行动。聚焦重点领域开展“铁拳”行动，严厉查处商标侵权、假冒专利等违法行为。（执法稽查局牵头，知识产权保护处、各设区市市场监管局按职责分工负责）",
    "三、年度重点任务安排",
]
JX_HEADER = ("序号", "工作任务", "牵头\n处室", "参与处室\n（单位）", "完成\n时限")
JX_ROWS = [
    ("1", "建设知识产权快速预审通道", "知识产权保护处", "省知识产权保护中心", "2024年6月"),
    ("2", "开展知识产权纠纷行政裁决试点", "知识产权保护处", "法规处、各设区市市场监管局", "2024年10月"),
    ("3", "推进知识产权质押融资入园惠企", "知识产权运用促进处", "财务处", "2024年12月"),
    ("4", "组织开展知识产权保护满意度调查", "知识产权保护处", "省知识产权保护中心", "2024年11月"),
]
JX_TAIL = [
    "四、工作要求",
    "各设区市市场监管局要结合本地实际制定具体工作方案。局知识产权保护处负责汇总工作进展，每半年向局党组报告。",
]


def build_docx(out: Path = DOCS / "jx_zhichan_2024.docx") -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = JX_HEAD[0]
    for line in JX_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(JX_ROWS), cols=len(JX_HEADER))
    for i, h in enumerate(JX_HEADER):
        cell = table.cell(0, i)
        first, *more = h.split("\n")
        cell.text = first
        for m in more:  # the second line of a header cell is its own paragraph, as Word users type it
            cell.add_paragraph(m)
    for r, row in enumerate(JX_ROWS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    top = table.cell(1, 2)
    top.merge(table.cell(2, 2))  # rows 1-2 share one merged 牵头处室 cell
    top.text = JX_ROWS[0][2]
    for line in JX_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


MOA = [
    "农业农村部关于印发《全国乡村产业人才培育规划（2024—2028年）》的通知",
    "农产发〔2024〕3号",
    "各省、自治区、直辖市及计划单列市农业农村（农牧）厅（局、委），新疆生产建设兵团农业农村局：",
    "为加快培养乡村产业发展急需人才，我部组织编制了《全国乡村产业人才培育规划（2024—2028年）》，现印发给你们，请结合实际认真贯彻落实。",
    "农业农村部",
    "2024年2月26日",
    "全国乡村产业人才培育规划（2024—2028年）",
    "一、总体要求",
    "到2028年，累计培育乡村产业带头人10万名，建设乡村产业人才实训基地500个。",
    "二、重点任务",
    "（一）培育乡村产业带头人。实施乡村产业振兴带头人培育“头雁”项目，每年遴选一批带头人开展系统培训。（农业农村部乡村产业发展司牵头，科技教育司、计划财务司参与）",
    "（二）建设实训基地。依托农业产业强镇、现代农业产业园建设一批实训基地。各省级农业农村部门要加强基地建设指导，农业农村部乡村产业发展司配合做好认定工作。",
    "（三）强化人才服务。由全国农业技术推广服务中心负责组织专家团队开展跟踪指导服务。请各省级农业农村部门会同人力资源社会保障、财政等部门落实人才扶持政策。",
    "三、保障措施",
    "（一）加强组织实施。农业农村部乡村产业发展司、科技教育司、人事司等单位按职责分工抓好落实，每年对规划实施情况进行评估。",
    "（二）加大投入力度。农业农村部计划财务司要统筹用好现有资金渠道，支持人才培育项目。各地要将乡村产业人才培育纳入本地人才工作总体部署。",
]


def build_pdf(out: Path = DOCS / "moa_rencai_2024.pdf", size: float = 10.5) -> Path:
    """The paragraphs as a text-layer PDF (tests/made_gold/wrapped_pdf.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from wrapped_pdf import write_wrapped_pdf

    return write_wrapped_pdf(out, MOA, size)


XN_ROWS = [
    ("1-1", "开展背街小巷环境综合整治", "区城管局", "区住房建设局、各街道办事处", "2024年6月"),
    ("1-2", "规范占道经营和流动摊点管理", None, "区市场监管局、各街道办事处", "2024年9月"),
    ("2-1", "推进老旧小区雨污分流改造", "区住房建设局", "区城管局", "2024年11月"),
    ("2-2", "完善生活垃圾分类收运设施", "区城管局", "各街道办事处、各有关单位", "2024年12月"),
]


def build_xlsx(out: Path = DOCS / "xn_chengdong_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.cell(1, 1, "城东区2024年城市精细化管理重点任务清单")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    for col, name in ((1, "序号"), (2, "重点任务"), (3, "责任单位"), (5, "完成时限")):
        ws.cell(2, col, name)
    ws.cell(3, 3, "牵头单位")
    ws.cell(3, 4, "配合单位")
    for col in (1, 2, 5):
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=3, end_row=2, end_column=4)
    for r, row in enumerate(XN_ROWS, start=4):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells(start_row=4, start_column=3, end_row=5, end_column=3)
    wb.save(str(out))
    return out


if __name__ == "__main__":
    for f in (build_docx, build_pdf, build_xlsx):
        print(f())
