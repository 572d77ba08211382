"""Build the binary documents of round five (tests/made_gold/forms5/docs): a DOCX whose 牵头单位 cell is
merged down over three rows and whose table holds category rows merged across all columns, an XLSX
with two sheets (each its own task table, merged cells in both), and a text-layer PDF of a provincial
department's own notice (own-line fields labelled 责任处（室）：, paragraphs wrapped as a word processor
prints them).

Run from the project root: python tests/made_gold/forms5/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

BT_HEAD = [
    "包头市人民政府办公室关于印发包头市稀土新材料产业高质量发展行动方案的通知",
    "包府办发〔2024〕21号",
    "各旗、县、区人民政府，稀土高新区管委会，市直各委、办、局，各大企事业单位：",
    "现将《包头市稀土新材料产业高质量发展行动方案》印发给你们，请结合实际认真贯彻落实。",
    "包头市人民政府办公室",
    "2024年4月12日",
    "包头市稀土新材料产业高质量发展行动方案",
    "一、主要目标",
    "到2025年，全市稀土产业产值达到1500亿元，稀土新材料企业达到200家。",
    "二、重点任务",
    "（一）提升稀土资源保障能力。加强稀土资源综合利用，推动白云鄂博矿区共伴生资源高效开发，支持企业开展尾矿和冶炼渣中"
    "稀土回收利用技术攻关；督促企业严格落实安全生产主体责任，由各级安全生产监管牵头部门加强对采选冶炼企业的监督检查，"
    "对发现的隐患及时督促整改到位。（责任单位：市工业和信息化局、市自然资源局，各旗、县、区人民政府，稀土高新区管委会）",
    "（二）培育稀土新材料龙头企业。支持北方稀土等龙头企业延伸产业链，引进一批永磁电机、抛光材料下游企业。"
    "由市投资促进局牵头，会同市工业和信息化局建立重点招商项目库。",
    "（三）搭建创新平台。依托稀土高新区建设稀土新材料中试基地和检验检测平台。（市科技局负责，稀土高新区管委会、市市场监管局配合）",
    "三、年度重点工作安排",
]
BT_HEADER = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")
# A row is a category (one cell merged across the table) or a task row; None = under the merged cell above.
BT_ROWS: list[tuple[str, ...] | str] = [
    "稀土新材料应用",
    ("1", "建设稀土永磁电机产业园", "市工业和信息化局", "九原区人民政府", "2024年12月"),
    ("2", "推进稀土抛光粉扩能项目投产", "", "稀土高新区管委会", "2024年10月"),
    ("3", "开展稀土功能材料应用示范", "", "市科技局、有关部门和单位", "2024年11月"),
    "要素保障",
    ("4", "设立稀土产业发展基金", "市财政局", "市国资委、市金融工作办公室", "2024年9月"),
    ("5", "保障稀土重点项目用地用能", "市自然资源局", "市发展改革委、各旗、县、区人民政府", "2024年12月"),
]
BT_TAIL = [
    "四、保障措施",
    "市稀土产业发展领导小组办公室要建立任务台账，每季度通报进展情况。市工业和信息化局要牵头建立稀土产业运行监测机制，市统计局配合做好数据采集。",
]


def build_docx(out: Path = DOCS / "bt_xitu_2024.docx") -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = BT_HEAD[0]
    for line in BT_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(BT_ROWS), cols=len(BT_HEADER))
    for i, h in enumerate(BT_HEADER):
        table.cell(0, i).text = h
    for r, row in enumerate(BT_ROWS, start=1):
        if isinstance(row, str):
            cell = table.cell(r, 0).merge(table.cell(r, len(BT_HEADER) - 1))  # gridSpan over every column
            cell.text = row
            continue
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    top = table.cell(2, 2)
    top.merge(table.cell(4, 2))  # rows 1-3 share one 牵头单位 cell (vMerge)
    top.text = "市工业和信息化局"
    for line in BT_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


QZ_TASKS = [
    ("1", "推动纺织鞋服产业数字化改造", "市工信局", "市发改委、各县（市、区）人民政府", "2024年12月"),
    ("2", "培育石化新材料产业集群", None, "泉港区人民政府、泉州台商投资区管委会", "2024年12月"),
    ("3", "开展中小企业数字化转型城市试点", None, "市财政局", "2024年11月"),
    ("4", "建设晋江集成电路产业园配套设施", "晋江市人民政府", "市自然资源和规划局", "2024年10月"),
]
QZ_POLICIES = [
    ("1", "出台工业用地“标准地”出让实施办法", "市自然资源和规划局", "2024年6月"),
    ("2", "完善工业用地全生命周期监管机制", None, "2024年9月"),
    ("3", "修订市级技改专项资金管理办法", "市工信局、市财政局", "2024年5月"),
]


def build_xlsx(out: Path = DOCS / "qz_zhizao_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点任务"
    ws.cell(1, 1, "泉州市2024年制造业高质量发展重点任务分解表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    for c, name in enumerate(("序号", "重点任务", "牵头单位", "配合单位", "完成时限"), start=1):
        ws.cell(2, c, name)
    for r, row in enumerate(QZ_TASKS, start=3):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.merge_cells(start_row=3, start_column=3, end_row=5, end_column=3)
    ws2 = wb.create_sheet("配套政策")
    for c, name in enumerate(("序号", "政策措施", "责任单位", "完成时限"), start=1):
        ws2.cell(1, c, name)
    for r, row in enumerate(QZ_POLICIES, start=2):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws2.cell(r, c, value)
    ws2.merge_cells(start_row=2, start_column=3, end_row=3, end_column=3)
    wb.save(str(out))
    return out


GX = [
    "广西壮族自治区工业和信息化厅关于印发2024年全区工业和信息化系统安全生产工作要点的通知",
    "桂工信安全〔2024〕12号",
    "各市工业和信息化局，厅机关各处室、直属各单位：",
    "现将《2024年全区工业和信息化系统安全生产工作要点》印发给你们，请认真贯彻落实。",
    "广西壮族自治区工业和信息化厅",
    "2024年3月1日",
    "2024年全区工业和信息化系统安全生产工作要点",
    "一、落实安全生产责任",
    "（一）健全行业安全监管责任清单。按照“管行业必须管安全”的要求，梳理厅机关各处室安全生产工作职责。",
    "责任处（室）：安全生产处",
    "配合处（室）：人事处、政策法规处",
    "分管厅领导：黄志明",
    "（二）开展安全生产培训。组织各市工业和信息化部门安全监管人员开展业务培训。",
    "责任处（室）：安全生产处、各市工业和信息化局",
    "二、加强重点领域安全监管",
    "（三）民爆行业安全管理。开展民爆生产企业安全生产标准化达标复审。（责任处室：安全生产处；配合：原材料工业处）",
    "（四）工业园区安全管理。推动化工园区开展安全风险评估。原材料工业处要会同各市工业和信息化局做好园区认定复核，"
    "产业园区发展处配合做好园区规划衔接。",
    "三、强化工作保障",
    "各市工业和信息化局要结合本地实际制定年度工作计划，于3月底前报厅安全生产处。厅办公室负责做好安全生产经费保障。",
]


def build_pdf(out: Path = DOCS / "gx_anquan_2024.pdf", size: float = 10.5) -> Path:
    """The paragraphs as a text-layer PDF (tests/made_gold/wrapped_pdf.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from wrapped_pdf import write_wrapped_pdf

    return write_wrapped_pdf(out, GX, size)


if __name__ == "__main__":
    for f in (build_docx, build_xlsx, build_pdf):
        print(f())
