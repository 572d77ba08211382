"""Build the documents of round 76 (tests/made_gold/forms76/docs):

- jilin_jiaoyu_2024.html: a provincial department's page (吉林省教育厅) whose table has its header in **`<td><strong>`**
  cells, **section rows `一、…` spanning the table (colspan)**, units `X（牵头）、Y` of its own divisions.
- yueqing_minsheng_2025.txt: a county-level city office's plan (乐清市人民政府办公室) whose fields stand **at the end of
  the item's own line, without brackets**: `…。牵头单位：X；配合单位：Y、Z。`, `…。牵头单位：X 配合单位：Y。`.
- jiangyin_gongye_2024.docx: a county-level city office's Word table (江阴市人民政府办公室) whose one units column holds
  **labelled paragraphs** `牵头单位：X` / `责任单位：Y、Z` in a cell, or units bare.
- liling_yanglao_2024.txt: a county-level city office's notice (醴陵市人民政府办公室) whose clauses join **督办, 牵头,
  配合** and **负责, 指导** (`（X、Y督办，Z牵头，W配合）`).

Run from the project root: python tests/made_gold/forms76/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

JL_LINES = [
    "吉林省教育厅关于印发《吉林省教育厅2024年工作要点》的通知",
    "吉教办字〔2024〕5号",
    "厅机关各处室，各直属单位：",
    "现将《吉林省教育厅2024年工作要点》印发给你们。各处室要对照任务分工制定具体工作计划，确保各项任务落到实处。",
    "吉林省教育厅",
    "2024年2月22日",
    "吉林省教育厅2024年工作要点任务分工",
]
JL_TABLE = [
    ("一、推进基础教育扩优提质",),
    ("1", "实施县域普通高中振兴计划", "基础教育处（牵头）、发展规划处", "2024年12月"),
    ("2", "推进学前教育普及普惠发展", "基础教育处", "2024年12月"),
    ("二、推动高等教育内涵式发展",),
    ("3", "推进“双一流”建设", "高等教育处（牵头）、科学技术与研究生处、财务处", "2024年12月"),
    ("4", "深化产教融合校企合作", "职业教育与成人教育处（牵头）、高等教育处", "2024年11月"),
]


def jilin_html() -> str:
    rows = ["<tr><td><strong>序号</strong></td><td><strong>重点工作</strong></td><td><strong>责任处室</strong></td>"
            "<td><strong>完成时间</strong></td></tr>"]
    for row in JL_TABLE:
        if len(row) == 1:
            rows.append(f"<tr><td colspan=\"4\">{row[0]}</td></tr>")
        else:
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    table = "<table width=\"100%\" border=\"1\">\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
    head = "\n".join(f"<p>{line}</p>" for line in JL_LINES)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + JL_LINES[0] + "</title></head>\n"
            "<body>\n<div class=\"content\">\n" + head + "\n" + table + "\n</div>\n</body></html>\n")


YUEQING = """乐清市人民政府办公室关于印发乐清市2025年民生实事项目实施方案的通知
乐政办发〔2025〕12号
各乡镇人民政府、街道办事处，市政府各部门、各直属单位：
　　《乐清市2025年民生实事项目实施方案》已经市政府同意，现印发给你们，请认真组织实施。
乐清市人民政府办公室
2025年3月14日
乐清市2025年民生实事项目实施方案
一、实施项目
（一）扩大优质教育资源供给。新建、改扩建一批中小学和幼儿园。牵头单位：市教育局；配合单位：市财政局、市发改局。
（二）推进城镇老旧小区改造。完善小区配套设施，同步实施加装电梯。责任单位：市住建局、各乡镇人民政府（街道办事处）。
（三）提升基层医疗服务能力。推进乡镇卫生院服务能力提档升级。牵头单位：市卫健局　配合单位：温州市医疗保障局乐清分局。
二、保障措施
　　市教育局要会同市财政局做好项目资金保障。
"""

JY_HEAD = [
    "江阴市人民政府办公室关于印发江阴市2024年推进新型工业化重点任务的通知",
    "澄政办发〔2024〕22号",
    "各镇人民政府，各街道办事处，市各委办局，市各直属单位：",
    "《江阴市2024年推进新型工业化重点任务》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "江阴市人民政府办公室",
    "2024年5月30日",
    "江阴市2024年推进新型工业化重点任务",
    "一、重点任务",
]
JY_ROWS = [
    ("1", "实施产业强链补链行动", ["牵头单位：市工信局", "责任单位：市发改委、市科技局"]),
    ("2", "推进智能化改造和数字化转型", ["牵头单位：市工信局", "责任单位：各镇人民政府、各街道办事处"]),
    ("3", "培育外贸竞争新优势", ["市商务局"]),
]
JY_TAIL = ["二、工作要求", "市工信局要会同市统计局加强监测分析。"]


def build_docx(out: Path = DOCS / "jiangyin_gongye_2024.docx") -> Path:
    import docx

    d = docx.Document()
    for line in JY_HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(JY_ROWS), cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "重点任务", "责任单位"]):
        t.cell(0, c).text = h
    for r, (n, task, units) in enumerate(JY_ROWS, start=1):
        t.cell(r, 0).text = n
        t.cell(r, 1).text = task
        cell = t.cell(r, 2)
        cell.text = units[0]
        for more in units[1:]:
            cell.add_paragraph(more)
    for line in JY_TAIL:
        d.add_paragraph(line)
    d.save(str(out))
    return out


LILING = """醴陵市人民政府办公室关于做好2024年养老服务体系建设工作的通知
醴政办发〔2024〕31号
各镇人民政府、街道办事处，市直有关单位：
　　为进一步健全养老服务体系，经市人民政府同意，现就有关事项通知如下：
　　一、完善居家社区养老服务网络。推进街道综合养老服务中心和社区养老服务站建设。（市委督查室、市政府督查室督办，市民政局牵头，市财政局、市人社局配合）
　　二、加强养老机构安全管理。开展养老机构消防安全隐患排查整治。（市消防救援大队负责，市民政局指导）
　　三、发展老年用品产业。支持企业研发适老化日用陶瓷产品。（市工业和信息化局牵头，各镇〔街道〕、经开区管委会配合）
　　四、强化工作调度。各镇（街道）要于每月底前将工作进展报市民政局。
醴陵市人民政府办公室
2024年7月2日
"""


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    (DOCS / "jilin_jiaoyu_2024.html").write_text(jilin_html(), encoding="utf-8")
    (DOCS / "yueqing_minsheng_2025.txt").write_text(YUEQING, encoding="utf-8")
    build_docx()
    (DOCS / "liling_yanglao_2024.txt").write_text(LILING, encoding="utf-8")


if __name__ == "__main__":
    main()
