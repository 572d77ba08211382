"""Build the binary document of round 31 (tests/made_gold/forms31/docs):

- yangjiang_muchang_2024.docx: a 工作方案 of 阳江市人民政府办公室 with its 印发 cover (a line `请径向X反映`: X only
  an object); paragraphs `（一）` with clauses `（责任单位：X，Y配合）` and `（责任单位：X、Y，各沿海县（市、区）人民政府）`;
  a Word table `序号 / 项目名称 / 主责单位 / 协同单位 / 完成时间` whose category rows are merged across (no label)
  and whose 主责单位 cell is merged down over two rows (vMerge); prose `由X牵头，…，各成员单位按职责分工抓好落实`.

Run from the project root: python tests/made_gold/forms31/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

HEAD = [
    "阳江市人民政府办公室关于印发阳江市海洋牧场建设工作方案的通知",
    "阳府办〔2024〕14号",
    "各县（市、区）人民政府，市政府各部门、各直属机构：",
    "《阳江市海洋牧场建设工作方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。执行过程中遇到的问题，请径向市农业农村局反映。",
]
SIGN = ["阳江市人民政府办公室", "2024年3月28日"]
BODY_1 = [
    "阳江市海洋牧场建设工作方案",
    "一、主要任务",
    "（一）科学规划海洋牧场布局。编制全市海洋牧场建设规划。（责任单位：市农业农村局，市自然资源局配合）",
    "（二）推进深远海养殖装备建设。支持企业建造深远海养殖平台。（责任单位：市农业农村局、市工业和信息化局，各沿海县（市、区）人民政府）",
    "二、重点项目",
]
HEADER = ["序号", "项目名称", "主责单位", "协同单位", "完成时间"]
ROWS: list[list[str] | str] = [
    "海洋牧场示范区建设",
    ["1", "建设阳西青洲岛国家级海洋牧场示范区", "阳西县人民政府", "市农业农村局", "2025年12月"],
    ["2", "建设海陵岛现代化海洋牧场", "海陵试验区管委会", "市农业农村局、市文化广电旅游体育局", "2026年6月"],
    "配套设施建设",
    ["3", "建设闸坡渔港海洋牧场补给基地", "市农业农村局", "海陵试验区管委会", "2025年12月"],
    ["4", "建设海洋牧场综合管理平台", "", "市政务服务数据管理局", "2025年6月"],  # 主责单位 merged with the row above
]
BODY_2 = [
    "三、保障措施",
    "由市农业农村局牵头，建立海洋牧场建设联席会议制度，各成员单位按职责分工抓好落实。",
]


def build_docx(out: Path = DOCS / "yangjiang_muchang_2024.docx") -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    d.add_paragraph(HEAD[0]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in HEAD[1:]:
        d.add_paragraph(line)
    for line in SIGN:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in BODY_1:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(HEADER):
        table.cell(0, c).text = text
    for r, row in enumerate(ROWS, start=1):
        if isinstance(row, str):
            merged = table.cell(r, 0).merge(table.cell(r, len(HEADER) - 1))
            merged.text = row
            continue
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    top = table.cell(5, 2)  # row 3's 主责单位 merged down over row 4
    top.merge(table.cell(6, 2))
    top.text = "市农业农村局"
    for line in BODY_2:
        d.add_paragraph(line)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build_docx())
