"""Build the binary documents of round eleven (tests/made_gold/forms11/docs): an XLSX list of 岳阳市 whose
unit cells hold one unit per line (a line break inside the cell), and a DOCX plan of 德阳市 whose task table
prints each unit of a cell in its own paragraph, followed by running text.

Run from the project root: python tests/made_gold/forms11/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from office_docs import write_xlsx_list

DOCS = Path(__file__).resolve().parent.parent / "docs"

YY_TITLE = "岳阳市2024年创建全国文明城市重点任务分解表"
YY_ROWS = [
    ("序号", "工作内容", "牵头单位", "责任单位", "完成时间"),
    (1, "整治背街小巷环境卫生", "市城管局", "岳阳楼区人民政府\n云溪区人民政府\n君山区人民政府", "2024年6月"),
    (2, "规范城区交通秩序", "市公安局", "市交通运输局\n市城管局", "2024年8月"),
    (3, "开展新时代文明实践志愿服务", "团市委", "市文明办\n市民政局", "2024年12月"),
    (4, "提升农贸市场管理水平", "市市场监管局", "市商务局\n各县（市、区）人民政府", "2024年9月"),
]

DY_HEAD = [
    "德阳市人民政府办公室关于印发德阳市深化医药卫生体制改革2024年重点工作任务的通知",
    "德办发〔2024〕14号",
    "各县（市、区）人民政府，德阳经开区、德阳高新区管委会，市级各部门：",
    "《德阳市深化医药卫生体制改革2024年重点工作任务》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "德阳市人民政府办公室",
    "2024年6月3日",
    "德阳市深化医药卫生体制改革2024年重点工作任务",
    "一、重点改革任务",
]
DY_HEADER = ("序号", "工作任务", "牵头单位", "配合单位")
# each unit of a cell in its own paragraph
DY_ROWS = [
    ("1", "推进紧密型县域医共体建设", ["市卫生健康委"], ["市医保局", "市财政局", "市委编办"]),
    ("2", "深化医保支付方式改革", ["市医保局"], ["市卫生健康委"]),
    ("3", "加强药品耗材集中带量采购", ["市医保局", "市卫生健康委"], ["市市场监管局"]),
]
DY_TAIL = [
    "二、组织保障",
    "市卫生健康委牵头，市医保局、市财政局配合，建立医改重点任务月调度机制。",
    "各县（市、区）要将医改工作纳入政府目标考核。",
]


def build_xlsx(out: Path = DOCS / "yy_wenming_2024.xlsx") -> Path:
    return write_xlsx_list(out, YY_TITLE, YY_ROWS, [])


def build_docx(out: Path = DOCS / "dy_yigai_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in DY_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(DY_ROWS), cols=len(DY_HEADER))
    for c, h in enumerate(DY_HEADER):
        table.cell(0, c).text = h
    for r, (serial, task, leads, partners) in enumerate(DY_ROWS, start=1):
        table.cell(r, 0).text = serial
        table.cell(r, 1).text = task
        for c, units in ((2, leads), (3, partners)):
            cell = table.cell(r, c)
            cell.text = units[0]
            for unit in units[1:]:
                cell.add_paragraph(unit)
    for line in DY_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build_xlsx())
    print(build_docx())
