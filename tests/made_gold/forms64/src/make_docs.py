"""Build the documents of round 64 (tests/made_gold/forms64/docs):

- panzhihua_chanye_2025.xlsx: a city's sheet (攀枝花市) whose header takes **two rows**: `责任单位` merged across, the
  **short labels `牵头` / `配合`** under it, the other header cells merged down.
- hebi_fengong_2025.docx: a city office's Word plan (鹤壁市人民政府办公室) whose task table is **split into two Word
  tables**, the second (after a page break) **without its header row**.
- qitaihe_shuzi_2024.txt: a city office's plan (七台河市人民政府办公室) whose clauses list units **apart by `/`**.

Run from the project root: python tests/made_gold/forms64/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

PZH_TITLE = "攀枝花市2025年产业发展重点任务清单"
PZH_ROWS = [
    ("1", "推进钒钛新材料产业延链补链", "市经济和信息化局", "市发展改革委、市科技局", "2025年12月"),
    ("2", "建设阳光康养旅游目的地", "市文化广播电视和旅游局", "市卫生健康委、各县（区）人民政府", "2025年12月"),
    ("3", "实施攀西科技城建设工程", "市科技局", "市自然资源和规划局", "2025年9月"),
]


def build_xlsx(out: Path = DOCS / "panzhihua_chanye_2025.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务清单"
    ws.cell(1, 1, PZH_TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    for c, h in enumerate(["序号", "重点任务", "责任单位", None, "完成时限"], start=1):
        if h:
            ws.cell(2, c, h)
    ws.cell(3, 3, "牵头")
    ws.cell(3, 4, "配合")
    for c in (1, 2, 5):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    ws.merge_cells(start_row=2, start_column=3, end_row=2, end_column=4)
    for r, row in enumerate(PZH_ROWS, start=4):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, int(value) if c == 1 else value)
    wb.save(str(out))
    return out


HB_HEAD = [
    "鹤壁市人民政府办公室关于印发鹤壁市2025年高质量发展重点工作任务分工的通知",
    "鹤政办〔2025〕8号",
    "各县区人民政府，市城乡一体化示范区、经济技术开发区管委会，市人民政府各部门：",
    "《鹤壁市2025年高质量发展重点工作任务分工》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "鹤壁市人民政府办公室",
    "2025年3月12日",
    "一、任务分工",
]
HB_HEADER = ["序号", "工作任务", "牵头单位", "配合单位"]
HB_FIRST = [
    ("1", "推进煤化工产业高端化发展", "市发展改革委", "市工业和信息化局"),
    ("2", "实施镁基新材料产业提升行动", "市工业和信息化局", "市科技局、市财政局"),
]
HB_SECOND = [
    ("3", "加快淇河生态廊道建设", "市自然资源和规划局", "市水利局"),
    ("4", "开展农村人居环境整治提升", "市农业农村局", "各县区人民政府"),
]
HB_TAIL = ["二、工作要求", "市政府督查室要加强对任务落实情况的跟踪督办。"]


def build_docx(out: Path = DOCS / "hebi_fengong_2025.docx") -> Path:
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    for line in HB_HEAD:
        d.add_paragraph(line)
    first = d.add_table(rows=1 + len(HB_FIRST), cols=4)
    for c, h in enumerate(HB_HEADER):
        first.cell(0, c).text = h
    for r, row in enumerate(HB_FIRST, start=1):
        for c, value in enumerate(row):
            first.cell(r, c).text = value
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # the table goes on over the page, as a table of its own
    second = d.add_table(rows=len(HB_SECOND), cols=4)
    for r, row in enumerate(HB_SECOND):
        for c, value in enumerate(row):
            second.cell(r, c).text = value
    for line in HB_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


QITAIHE = """七台河市人民政府办公室关于印发七台河市2024年数字政府建设工作要点的通知
七政办发〔2024〕10号
各县（区）人民政府，市政府各直属单位：
　　《七台河市2024年数字政府建设工作要点》已经市政府同意，现印发给你们，请认真贯彻执行。
七台河市人民政府办公室
2024年4月2日
七台河市2024年数字政府建设工作要点
一、重点工作
（一）完善政务云平台资源统筹。推进部门业务系统迁移上云。（责任单位：市营商环境建设监督局/市财政局）
（二）推动企业数字化转型。培育一批数字化车间。（牵头单位：市工业和信息化局；配合单位：市科技局/市市场监督管理局）
（三）强化政务数据安全保障。开展网络安全攻防演练。（市委网信办/市公安局按职责分工负责）
二、保障措施
　　市营商环境建设监督局要会同市统计局建立数字政府建设评估机制。
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    build_xlsx()
    build_docx()
    (DOCS / "qitaihe_shuzi_2024.txt").write_text(QITAIHE, encoding="utf-8")


if __name__ == "__main__":
    main()
