"""Build docs/jiaohe_lvyou_2024.docx: a city task-division list written by us, as Word users make them: a page
header, a footer with the page number, a notice, then a table whose 责任单位 cell names the lead with `（牵头）`
after it, and whose 责任单位 cell is merged over two rows once.

Run from the project root: python tests/made_gold/forms154/src/make_docx.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = Path(__file__).resolve().parent.parent / "docs" / "jiaohe_lvyou_2024.docx"

HEAD = [
    "蛟河市人民政府办公室关于印发蛟河市红叶谷景区提档升级工作任务分工的通知",
    "蛟政办函〔2024〕19号",
    "各乡镇人民政府、街道办事处，市政府各有关部门：",
    "经市政府同意，现将《蛟河市红叶谷景区提档升级工作任务分工》印发给你们，请各牵头单位会同责任单位制定推进计划，确保各项任务按期完成。",
    "蛟河市人民政府办公室",
    "2024年6月17日",
    "蛟河市红叶谷景区提档升级工作任务分工",
]
ROWS = [
    ("1", "实施红叶谷景区游客服务中心改造和智慧景区建设", "市文化广播电视和旅游局（牵头）、市发展和改革局", "2024年9月"),
    ("2", "拓宽改造景区连接公路，增设错车道和观景停车点", "市交通运输局（牵头）、庆岭镇人民政府", "2024年8月"),
    ("3", "完善景区供水、污水处理和垃圾收运设施", "市住房和城乡建设局（牵头）、市水利局", "2024年10月"),
    ("4", "整治景区周边违法建筑和占道经营", "市城市管理行政执法局、庆岭镇人民政府", "2024年7月"),
    ("5", "开展红叶季旅游市场秩序专项检查", "市城市管理行政执法局、庆岭镇人民政府", "2024年10月"),
]
TAIL = [
    "各责任单位要于每月25日前将工作进展报市文化广播电视和旅游局。",
]


def _page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.text = text
        run._r.append(el)


def build(out: Path = OUT) -> Path:
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "蛟河市人民政府办公室函件"
    foot = section.footer.paragraphs[0]
    foot.add_run("第 ")
    _page_field(foot)
    foot.add_run(" 页")
    for line in HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(ROWS), cols=4)
    for i, h in enumerate(("序号", "工作任务", "责任单位", "完成时限")):
        table.cell(0, i).text = h
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    top, bottom = table.cell(4, 2), table.cell(5, 2)
    top.merge(bottom)
    top.text = ROWS[3][2]
    for line in TAIL:
        d.add_paragraph(line)
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
