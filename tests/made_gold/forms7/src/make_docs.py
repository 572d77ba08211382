"""Build the binary document of round seven (tests/made_gold/forms7/docs): a DOCX whose units cells
print their roles on separate paragraphs (牵头：X ⏎ 配合：Y) and whose running text says X负责牵头.

Run from the project root: python tests/made_gold/forms7/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

TS_HEAD = [
    "唐山市人民政府办公室关于印发唐山市2024年安全生产重点工作安排的通知",
    "唐政办字〔2024〕22号",
    "各县（市、区）人民政府，市政府各部门：",
    "《唐山市2024年安全生产重点工作安排》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "唐山市人民政府办公室",
    "2024年2月28日",
    "唐山市2024年安全生产重点工作安排",
    "一、健全安全生产责任体系",
    "市应急管理局负责牵头修订市级安全生产委员会成员单位工作职责，各县（市、区）人民政府要逐级压实属地管理责任。",
    "二、重点行业领域专项整治",
]
TS_HEADER = ("序号", "整治任务", "责任分工", "完成时限")
TS_ROWS = [
    ("1", "开展钢铁企业煤气系统安全专项整治", ("牵头：市应急管理局", "配合：市工业和信息化局"), "2024年6月"),
    ("2", "开展港口危险货物储存场所检查", ("牵头：市交通运输局", "配合：唐山海事局、各县（市、区）人民政府"), "2024年8月"),
    ("3", "整治老旧小区电动自行车充电隐患", ("牵头：市消防救援支队", "配合：市住房城乡建设局"), "2024年10月"),
]
TS_TAIL = [
    "三、强化工作保障",
    "市安委会办公室要加强统筹调度，每季度通报工作进展。",
]


def build_docx(out: Path = DOCS / "ts_anquan_2024.docx") -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = TS_HEAD[0]
    for line in TS_HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(TS_ROWS), cols=len(TS_HEADER))
    for i, h in enumerate(TS_HEADER):
        table.cell(0, i).text = h
    for r, (serial, task, roles, deadline) in enumerate(TS_ROWS, start=1):
        table.cell(r, 0).text = serial
        table.cell(r, 1).text = task
        cell = table.cell(r, 2)
        cell.text = roles[0]
        for more in roles[1:]:
            cell.add_paragraph(more)
        table.cell(r, 3).text = deadline
    for line in TS_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build_docx())
