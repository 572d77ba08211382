"""Build the binary documents of round ten (tests/made_gold/forms10/docs): a DOCX plan of 南通市 whose task
table has a two-level header (责任单位 over 牵头单位 | 配合单位, the other header cells merged down), an XLSX
list of 宜春市 with `牵头单位（部门）` columns and units apart by spaces only, and a text-layer PDF of 湖北省发展
和改革委员会 (running text, a clause after a footnote marker).

Run from the project root: python tests/made_gold/forms10/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from office_docs import write_xlsx_list
from wrapped_pdf import write_wrapped_pdf

DOCS = Path(__file__).resolve().parent.parent / "docs"

NT_HEAD = [
    "南通市人民政府办公室关于印发南通市制造业智能化改造数字化转型三年行动计划（2024—2026年）的通知",
    "通政办发〔2024〕12号",
    "各县（市、区）人民政府，市各直属园区管委会，市各委、办、局，市各直属单位：",
    "《南通市制造业智能化改造数字化转型三年行动计划（2024—2026年）》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "南通市人民政府办公室",
    "2024年3月15日",
    "南通市制造业智能化改造数字化转型三年行动计划（2024—2026年）",
    "一、工作目标",
    "到2026年，全市新增省级智能制造示范工厂30家。",
    "二、重点任务",
]
# two header rows: 责任单位 spans the 牵头单位 and 配合单位 columns; 序号, 重点任务, 完成时限 merge down
NT_HEADER_TOP = ("序号", "重点任务", "责任单位", "责任单位", "完成时限")
NT_HEADER_SUB = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
NT_ROWS = [
    ("1", "推进规上工业企业智能化改造数字化转型全覆盖", "市工业和信息化局", "市财政局、市科技局", "2026年12月"),
    ("2", "建设省级智能制造示范工厂", "市工业和信息化局", "各县（市、区）人民政府", "2026年12月"),
    ("3", "培育专精特新“小巨人”企业", "市工业和信息化局", "市科技局、市市场监管局", "2025年10月"),
    ("4", "加强制造业数字化人才引育", "市人力资源社会保障局", "市教育局", "2026年12月"),
]
NT_TAIL = [
    "三、保障措施",
    "由市工业和信息化局牵头，会同市发展改革委建立重点项目季度调度机制。",
]

YC_TITLE = "宜春市2024年农业农村重点工作任务清单"
YC_ROWS = [
    ("序号", "工作任务", "牵头单位（部门）", "配合单位（部门）", "完成时限"),
    (1, "推进高标准农田建设", "市农业农村局", "市财政局 市自然资源局 市水利局", "2024年12月"),
    (2, "发展富硒农业产业", "市农业农村局", "市科技局 市市场监管局", "2024年11月"),
    (3, "培育农业产业化龙头企业", "市农业农村局", "市工业和信息化局 市商务局", "2024年12月"),
    (4, "推进农村人居环境整治", "市农业农村局 市住房和城乡建设局", "各县（市、区）人民政府", "2024年12月"),
]

HB_PARAGRAPHS = [
    "湖北省发展和改革委员会关于印发《湖北省2024年服务业提质增效工作要点》的通知",
    "鄂发改服务〔2024〕56号",
    "各市、州、直管市、神农架林区发展改革委：",
    "现将《湖北省2024年服务业提质增效工作要点》印发给你们，请结合实际抓好落实。",
    "湖北省发展和改革委员会",
    "2024年3月26日",
    "湖北省2024年服务业提质增效工作要点",
    "一、推动生产性服务业提质",
    "（一）发展现代物流。加快建设国家物流枢纽，推进多式联运发展，实现重点物流园区铁路专用线全覆盖①。"
    "（责任单位：省发展改革委 省交通运输厅 省商务厅）",
    "（二）壮大科技服务。支持建设一批科技服务业集聚区。由省科技厅牵头，会同省发展改革委、省经信厅开展科技服务业示范区建设。",
    "（三）提升金融服务。扩大普惠小微贷款投放，完善政府性融资担保体系。（省地方金融管理局牵头，人民银行湖北省分行、"
    "国家金融监督管理总局湖北监管局配合）",
    "二、推动生活性服务业扩容",
    "（四）提升养老托育服务。新增普惠托位1万个，推进社区嵌入式服务设施建设。（省民政厅、省卫生健康委按职责分工负责）",
    "（五）繁荣文旅消费。推出一批精品旅游线路。省文化和旅游厅要会同省商务厅办好湖北文旅消费季活动。",
    "三、强化组织保障",
    "各市、州发展改革委要建立服务业重点项目库，按季度报送进展。各有关单位按照职责分工抓好落实。",
    "注：①全覆盖指年货运量150万吨以上的物流园区均接入铁路专用线。",
]


def build_docx(out: Path = DOCS / "nt_zhizao_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in NT_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=2 + len(NT_ROWS), cols=len(NT_HEADER_TOP))
    for c, (top, sub) in enumerate(zip(NT_HEADER_TOP, NT_HEADER_SUB, strict=True)):
        table.cell(0, c).text = top
        if top != sub:
            table.cell(1, c).text = sub
    table.cell(0, 2).merge(table.cell(0, 3)).text = "责任单位"  # 责任单位 over two columns
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c))  # the other header cells merged down
    for r, row in enumerate(NT_ROWS, start=2):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in NT_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def build_xlsx(out: Path = DOCS / "yc_nongye_2024.xlsx") -> Path:
    return write_xlsx_list(out, YC_TITLE, YC_ROWS, [])


def build_pdf(out: Path = DOCS / "hb_fuwuye_2024.pdf") -> Path:
    return write_wrapped_pdf(out, HB_PARAGRAPHS)


if __name__ == "__main__":
    print(build_docx())
    print(build_xlsx())
    print(build_pdf())
