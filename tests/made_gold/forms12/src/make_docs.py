"""Build the binary documents of round twelve (tests/made_gold/forms12/docs): a DOCX plan of 宝鸡市 typed with
half-width punctuation in its clauses (`(牵头单位:X;配合单位:Y)`), and an XLSX list of 荆州市 whose unit columns are
headed `牵头责任单位` and `协同配合单位`, with a category row across the sheet.

Run from the project root: python tests/made_gold/forms12/src/make_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from office_docs import write_xlsx_list

DOCS = Path(__file__).resolve().parent.parent / "docs"

BJ_PARAGRAPHS = [
    "宝鸡市人民政府办公室关于印发宝鸡市2024年大气污染治理专项行动方案的通知",
    "宝政办发〔2024〕10号",
    "各县区人民政府，市级有关部门：",
    "《宝鸡市2024年大气污染治理专项行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "宝鸡市人民政府办公室",
    "2024年4月8日",
    "宝鸡市2024年大气污染治理专项行动方案",
    "一、重点任务",
    "(一)推进工业企业深度治理。完成钢铁、水泥行业超低排放改造。(牵头单位:市生态环境局;配合单位:市工信局、市发改委)",
    "(二)加强扬尘污染管控。严格落实施工工地“六个百分百”要求。(责任单位:市住建局、市城管执法局,各县区人民政府)",
    "(三)强化机动车污染防治。加快淘汰国三及以下排放标准营运柴油货车。(市公安局交警支队、市交通运输局按职责分工负责)",
    "二、保障措施",
    "市生态环境局要会同市财政局统筹安排大气污染防治专项资金。",
]

JZ_TITLE = "荆州市2024年重大项目建设工作任务表"
JZ_ROWS = [
    ("序号", "工作任务", "牵头责任单位", "协同配合单位", "完成时限"),
    ("一、项目谋划", None, None, None, None),
    (1, "建立重大项目储备库", "市发改委", "市财政局、市自然资源和规划局", "2024年6月"),
    (2, "争取地方政府专项债券资金", "市财政局", "市发改委", "2024年12月"),
    ("二、项目推进", None, None, None, None),
    (3, "开展重大项目集中开工活动", "市发改委", "各县（市、区）人民政府", "2024年10月"),
    (4, "优化项目用地审批服务", "市自然资源和规划局", "市行政审批局", "2024年12月"),
]
# the category rows merged across the sheet (title is row 1, the header row 2)
JZ_MERGED: list[tuple[int, int, int]] = []


def build_docx(out: Path = DOCS / "bj_daqi_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in BJ_PARAGRAPHS:
        d.add_paragraph(line)
    d.save(str(out))
    return out


def build_xlsx(out: Path = DOCS / "jz_xiangmu_2024.xlsx") -> Path:
    import openpyxl

    write_xlsx_list(out, JZ_TITLE, JZ_ROWS, JZ_MERGED)
    wb = openpyxl.load_workbook(str(out))
    ws = wb.active
    for r, row in enumerate(JZ_ROWS, start=2):
        if row[1] is None:  # a category row: its text across the columns
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(row))
    wb.save(str(out))
    return out


if __name__ == "__main__":
    print(build_docx())
    print(build_xlsx())
