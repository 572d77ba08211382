"""Build the binary document of round thirty (tests/made_gold/forms30/docs):

- puyang_liangshi_2023.docx: a 实施方案 of 濮阳市人民政府办公室 (2023) with its 印发 cover; paragraphs `（一）` with
  a clause whose units under `责任单位：` stand apart by an ideographic space (`（责任单位：X　Y）`), a clause
  `（X牵头，Y、Z按职责分工负责）`; a Word table `序号 / 重点工作 / 牵头单位 / 责任单位 / 时间节点` under a heading with
  no lower unit; prose `X要会同Y…`, `各县（区）政府要…`.

Run from the project root: python tests/made_gold/forms30/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

PY_HEAD = [
    "濮阳市人民政府办公室关于印发濮阳市2023年粮食生产保障实施方案的通知",
    "濮政办〔2023〕21号",
    "各县（区）人民政府，开发区、工业园区、示范区管委会，市人民政府各部门：",
    "《濮阳市2023年粮食生产保障实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
]
PY_SIGN = ["濮阳市人民政府办公室", "2023年6月15日"]
PY_BODY_1: list[str] = [
    "濮阳市2023年粮食生产保障实施方案",
    "一、目标任务",
    "（一）稳定粮食播种面积。全市粮食播种面积保持稳定。（责任单位：市农业农村局　市财政局）",
    "（二）加强粮食仓储设施建设。实施粮库智能化升级改造。（市粮食和物资储备局牵头，市发展改革委、市财政局按职责分工负责）",
    "二、重点工作清单",
]
PY_TABLE = [
    ["序号", "重点工作", "牵头单位", "责任单位", "时间节点"],
    ["1", "推进高标准农田建设，完善田间灌排设施", "市农业农村局", "市水利局、各县（区）政府", "2023年10月底"],
    ["2", "开展粮食收购市场监督检查", "市发展改革委", "市市场监管局、濮阳经开区管委会", "2023年12月底"],
]
PY_BODY_2: list[str] = [
    "三、保障措施",
    "市农业农村局要会同市粮食和物资储备局建立粮食生产工作调度机制。各县（区）政府要切实扛稳粮食安全政治责任。",
]


def build_docx(out: Path = DOCS / "puyang_liangshi_2023.docx") -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    title = d.add_paragraph(PY_HEAD[0])
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in PY_HEAD[1:]:
        d.add_paragraph(line)
    for line in PY_SIGN:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in PY_BODY_1:
        d.add_paragraph(line)
    table = d.add_table(rows=len(PY_TABLE), cols=len(PY_TABLE[0]))
    table.style = "Table Grid"
    for r, row in enumerate(PY_TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    for line in PY_BODY_2:
        d.add_paragraph(line)
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build_docx())
