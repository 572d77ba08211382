"""Build the binary document of round twenty-nine (tests/made_gold/forms29/docs):

- jilin_bingxue_2016.docx: an 实施意见 of 吉林省人民政府办公厅 (2016), no 印发 cover: the title, 文号 and addressees
  open it and the signature and date close it; headings `一、` in Word's Heading 2 style, clauses `（X牵头，Y、Z参与）`,
  a bracket of two labels apart by `；` with **`参加单位：`**, `（X、Y、Z负责）`, `（X负责，Y配合）`; prose
  `由X牵头，会同Y…` and `各市（州）政府要…`.

Run from the project root: python tests/made_gold/forms29/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

JL_HEAD = [
    "吉林省人民政府办公厅关于加快发展冰雪旅游产业的实施意见",
    "吉政办发〔2016〕58号",
    "各市（州）人民政府，长白山管委会，各县（市）人民政府，省政府各厅委办、各直属机构：",
    "为加快发展冰雪旅游产业，经省政府同意，现提出如下实施意见。",
]
JL_BODY: list[tuple[str, str]] = [
    ("h", "一、完善冰雪旅游基础设施"),
    ("p", "（一）加快滑雪场建设。支持重点滑雪场扩容提质，完善雪道、索道等配套设施。（省旅游发展委牵头，省发展改革委、省体育局参与）"),
    ("p", "（二）改善冰雪旅游交通条件。开通重点景区旅游专线，加密冬季航班。（牵头单位：省交通运输厅；参加单位：省旅游发展委、民航吉林监管局）"),
    ("h", "二、丰富冰雪旅游产品"),
    ("p", "（三）打造冰雪节庆品牌。办好中国长春冰雪旅游节、吉林国际雾凇冰雪节。（省旅游发展委、长春市政府、吉林市政府负责）"),
    ("p", "（四）发展冰雪体育赛事。引进国际国内高水平冰雪赛事。（省体育局负责，省旅游发展委配合）"),
    ("h", "三、强化组织保障"),
    ("p", "由省旅游发展委牵头，会同省统计局建立冰雪旅游统计监测制度。各市（州）政府要把冰雪旅游纳入当地经济社会发展规划。"),
]
JL_TAIL = ["吉林省人民政府办公厅", "2016年10月8日"]


def build_docx(out: Path = DOCS / "jilin_bingxue_2016.docx") -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    title = d.add_paragraph(JL_HEAD[0])
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in JL_HEAD[1:]:
        d.add_paragraph(line)
    for kind, line in JL_BODY:
        if kind == "h":
            d.add_paragraph(line, style="Heading 2")
        else:
            d.add_paragraph(line)
    for line in JL_TAIL:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build_docx())
