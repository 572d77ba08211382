"""Build the binary documents of round twenty-eight (tests/made_gold/forms28/docs):

- suqian_jiuye_2024.docx: a notice of 宿迁市人民政府办公室; numbered body paragraphs (typed labels) with clauses, then a
  Word table whose units column says in its **header** that the first-listed unit leads
  (`责任单位（排在第一位的为牵头单位）`), the units **one per paragraph** in the cell, one row with a single unit.
- jian_jiaotong_2024.xlsx: a 推进表 of 吉安市 in two sheets: a first sheet `填表说明` of notes (no units), then the table
  with category rows merged across (`一、…`), `牵头单位 / 配合单位` columns and a **`进展情况` column whose text names
  units in the past tense** (what has been done: no assignment).

Run from the project root: python tests/made_gold/forms28/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

SQ_HEAD = [
    "宿迁市人民政府办公室关于印发宿迁市2024年稳就业促增收若干措施的通知",
    "宿政办发〔2024〕9号",
    "各县、区人民政府，市各委、办、局，市各直属单位：",
    "《宿迁市2024年稳就业促增收若干措施》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。",
    "宿迁市人民政府办公室",
    "2024年2月28日",
    "宿迁市2024年稳就业促增收若干措施",
    "一、稳定和扩大就业岗位",
    "1.支持企业稳岗扩岗。对吸纳重点群体就业的中小微企业落实社保补贴和一次性扩岗补助。（市人力资源社会保障局牵头，市财政局、市税务局配合）",
    "2.拓宽高校毕业生就业渠道。开发一批见习岗位，组织开展“宿有引力”校园招聘活动。（市人力资源社会保障局、市教育局按职责分工负责）",
    "二、重点任务分工",
]
SQ_HEADER = ("序号", "工作任务", "责任单位（排在第一位的为牵头单位）", "完成时限")
SQ_ROWS = [
    ("1", "实施农民工返乡创业扶持行动，建设返乡创业园", ["市农业农村局", "市人力资源社会保障局", "市财政局"], "2024年12月底"),
    ("2", "推进零工市场标准化建设", ["市人力资源社会保障局", "各县（区）人民政府"], "2024年9月底"),
    ("3", "落实城乡居民医保参保缴费资助政策", ["市医保局"], "2024年12月底"),
]


def build_docx(out: Path = DOCS / "suqian_jiuye_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in SQ_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(SQ_ROWS), cols=4)
    t.style = "Table Grid"
    for c, name in enumerate(SQ_HEADER):
        t.cell(0, c).text = name
    for r, (num, task, units, due) in enumerate(SQ_ROWS, start=1):
        t.cell(r, 0).text = num
        t.cell(r, 1).text = task
        cell = t.cell(r, 2)
        cell.text = units[0]
        for u in units[1:]:
            cell.add_paragraph(u)
        t.cell(r, 3).text = due
    d.add_paragraph("三、保障措施")
    d.add_paragraph("各县（区）人民政府要将稳就业工作纳入重要议事日程，市人力资源社会保障局负责定期调度通报工作进展。")
    d.save(str(out))
    return out


JA_TITLE = "吉安市2024年交通强市建设重点任务推进表"
JA_NOTES = ["填表说明", "1.本表按月更新，进展情况截至每月25日。", "2.完成时限以年度为单位填写。"]
JA_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限", "进展情况")
JA_ROWS: list[tuple[str, ...]] = [
    ("一、铁路建设",),
    ("1", "推进长赣铁路吉安段建设", "市发展改革委", "市自然资源局、沿线各县（市、区）人民政府", "2024年12月底",
     "市发展改革委已会同市自然资源局完成用地预审"),
    ("2", "开展吉安至井冈山铁路前期研究", "市交通运输局", "市发展改革委", "2024年12月底", "正在开展"),
    ("二、公路建设",),
    ("3", "加快国省道干线公路改造", "市公路事业发展中心", "市交通运输局、市财政局", "2024年11月底",
     "市公路事业发展中心已完成招标，市财政局已拨付首批资金"),
]


def build_xlsx(out: Path = DOCS / "jian_jiaotong_2024.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填表说明"
    for r, line in enumerate(JA_NOTES, start=1):
        notes.cell(r, 1, line)
    ws = wb.create_sheet("推进表")
    ws.cell(1, 1, JA_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    for c, name in enumerate(JA_HEADER, start=1):
        ws.cell(2, c, name)
    for r, row in enumerate(JA_ROWS, start=3):
        if len(row) == 1:
            ws.cell(r, 1, row[0])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            continue
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    wb.save(str(out))
    return out


if __name__ == "__main__":
    print(build_docx())
    print(build_xlsx())
