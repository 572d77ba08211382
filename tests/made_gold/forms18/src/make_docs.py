"""Build the binary document of round eighteen (tests/made_gold/forms18/docs): a DOCX notice of 乐山市人民政府办公室
whose task division stands in a Word table with a two-row header (`责任单位` over `牵头单位 | 配合单位`) and whose
units columns are merged down over different, overlapping runs of rows (the lead over rows 1-3, the partners over
rows 1-2 and 4-5), the deadline merged over rows 1-3.

Run from the project root: python tests/made_gold/forms18/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HEAD = [
    "乐山市人民政府办公室关于印发乐山市促进文旅消费提质扩容工作措施任务分工的通知",
    "乐府办函〔2024〕33号",
    "各县（市、区）人民政府，市政府各部门：",
    "《乐山市促进文旅消费提质扩容工作措施任务分工》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "乐山市人民政府办公室",
    "2024年3月15日",
    "乐山市促进文旅消费提质扩容工作措施任务分工",
    "一、任务分工",
]
# (序号, 工作措施, 牵头单位, 配合单位, 完成时限); None: merged with the cell above.
ROWS = [
    ("1", "举办“乐山文旅消费季”活动，推出系列文旅消费惠民措施", "市文化广电旅游局", "市商务局、市财政局", "2024年12月底"),
    ("2", "发放文旅消费券，引导景区、酒店推出优惠套餐", None, None, None),
    ("3", "培育夜间文旅消费集聚区，丰富夜游、夜购、夜食业态", None, "市商务局、市住房城乡建设局", None),
    ("4", "提升重点景区服务品质，推进智慧景区建设", "峨眉山景区管委会、乐山大佛景区管委会", "市文化广电旅游局", "2024年10月底"),
    ("5", "优化旅游交通组织，开通景区旅游直通车线路", "市交通运输局", None, "2024年6月底"),
    ("6", "加大文旅消费金融支持，推出文旅消费信贷产品", "市地方金融管理局", "人行乐山市分行、市财政局", "持续推进"),
]
TAIL = [
    "二、工作要求",
    "（一）加强统筹协调。市文化广电旅游局负责统筹协调，市商务局配合，定期调度各项措施落实情况。",
    "（二）强化督促检查。市政府督查室要会同市文化广电旅游局做好督查督办工作，及时通报进展。",
    "（三）抓好属地落实。各县（市、区）人民政府要结合实际制定具体措施，确保各项任务落到实处。",
]


def main() -> None:
    import docx

    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=2 + len(ROWS), cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(("序号", "工作措施", "责任单位", None, "完成时限")):
        if h is not None:
            t.cell(0, c).text = h
    t.cell(1, 2).text = "牵头单位"
    t.cell(1, 3).text = "配合单位"
    for c in (0, 1, 4):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 2).merge(t.cell(0, 3))
    for r, row in enumerate(ROWS, start=2):
        for c, value in enumerate(row):
            if value is not None:
                t.cell(r, c).text = value
    for c in range(5):
        r = 2
        while r < 2 + len(ROWS):
            end = r
            while end + 1 < 2 + len(ROWS) and ROWS[end + 1 - 2][c] is None:
                end += 1
            if end > r:
                t.cell(r, c).merge(t.cell(end, c))
            r = end + 1
    for line in TAIL:
        d.add_paragraph(line)
    d.save(str(DOCS / "les_wenlv_2024.docx"))


if __name__ == "__main__":
    main()
