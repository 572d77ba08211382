"""Build docs/fujin_nongji_2025.docx: a city plan written by us, as Word users make them: a page header and a
footer with the page number, a note marked ① in the text and printed as a note under the body, clauses in the
paragraphs and a task table whose 牵头单位 cell is merged over two rows.

Run from the project root: python tests/made_gold/forms151/src/make_docx.py
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = Path(__file__).resolve().parent.parent / "docs" / "fujin_nongji_2025.docx"

HEAD = [
    "富锦市人民政府办公室关于印发富锦市农业机械化全程全面发展实施方案的通知",
    "富政办规〔2025〕3号",
    "各乡镇人民政府，市政府各有关部门：",
    "《富锦市农业机械化全程全面发展实施方案》已经市政府第21次常务会议审议通过，现印发给你们，请认真组织实施。",
    "富锦市人民政府办公室",
    "2025年3月25日",
    "富锦市农业机械化全程全面发展实施方案",
    "一、发展目标",
    "到2027年，全市农作物耕种收综合机械化率达到99%，建成全程机械化示范基地12个。",
    "二、重点任务",
    "（一）推进农机装备更新。落实农机购置与应用补贴政策①，引导农户淘汰老旧农机，推广大马力拖拉机和智能农机装备。（责任单位：市农业农村局　配合单位：市财政局）",
    "（二）发展农机社会化服务。培育农机专业合作社和农事服务中心，推广“全程托管”“代耕代种”等服务模式。（责任单位：市农业农村局、各乡镇人民政府　配合单位：市供销合作社联合社）",
    "（三）建设农机化示范基地。以水稻、大豆、玉米为重点，集成推广全程机械化技术模式。（责任单位：市农业技术推广中心）",
    "三、年度重点项目",
]
ROWS = [
    ("1", "新建农机具存放库棚", "市农业农村局", "市自然资源局", "2025年10月"),
    ("2", "建设北斗智能农机作业监测平台", "市农业农村局", "市工业和信息化局", "2025年12月"),
    ("3", "开展农机手技能培训", "市人力资源和社会保障局", "市农业农村局", "2025年11月"),
]
TAIL = [
    "四、保障措施",
    "市财政局要按规定统筹安排农机化发展资金，及时兑付补贴。",
    "注：①指《黑龙江省2024—2026年农机购置与应用补贴实施方案》。",
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
    section.header.paragraphs[0].text = "富锦市人民政府办公室"
    foot = section.footer.paragraphs[0]
    foot.add_run("— ")
    _page_field(foot)
    foot.add_run(" —")
    for line in HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(ROWS), cols=5)
    for i, h in enumerate(("序号", "项目名称", "牵头单位", "配合单位", "完成时限")):
        table.cell(0, i).text = h
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    top, bottom = table.cell(1, 2), table.cell(2, 2)
    top.merge(bottom)
    top.text = ROWS[0][2]
    for line in TAIL:
        d.add_paragraph(line)
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
