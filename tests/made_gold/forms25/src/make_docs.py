"""Build the binary document of round twenty-five (tests/made_gold/forms25/docs):

- dandong_biangmao_2024.docx: a notice of 丹东市人民政府办公室 whose plan is numbered by **Word's automatic numbering**
  (`w:numPr` on the paragraphs, the labels `一、` / `（一）` / `1.` drawn by numbering.xml, not typed in the text), three
  levels, the third restarting under each second-level item, with clauses at the ends of the paragraphs.

Run from the project root: python tests/made_gold/forms25/src/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"

DD_HEAD = [
    "丹东市人民政府办公室关于印发丹东市2024年边境贸易高质量发展工作措施的通知",
    "丹政办发〔2024〕9号",
    "各县（市、区）人民政府，市政府各部门：",
    "现将《丹东市2024年边境贸易高质量发展工作措施》印发给你们，请认真贯彻执行。",
    "丹东市人民政府办公室",
    "2024年5月20日",
    "丹东市2024年边境贸易高质量发展工作措施",
]
# (level or None for an unnumbered paragraph, text as typed: the label is Word's)
DD_BODY: list[tuple[int | None, str]] = [
    (0, "培育边贸经营主体"),
    (1, "扶持边民互市贸易。推动边民互助组规范化运营，扩大互市商品落地加工。（市商务局牵头，丹东海关、市财政局配合）"),
    (1, "发展边贸新业态。"),
    (2, "推进“互市贸易＋跨境电商”融合发展，培育一批边贸跨境电商企业。（市商务局负责）"),
    (2, "建设边贸商品交易市场，完善仓储物流配套。（振兴区人民政府负责）"),
    (0, "优化边贸通关环境"),
    (1, "提升通关便利化水平。推广“提前申报”“两步申报”等通关模式。（丹东海关负责，丹东边境管理支队配合）"),
    (1, "完善口岸基础设施。（市口岸办牵头，市发展改革委、市交通运输局配合）"),
    (0, "强化组织保障"),
    (None, "市商务局要会同丹东海关建立边贸工作联席会议制度，定期研究解决边贸发展中的重大问题。"),
]
# numFmt, lvlText and lvlRestart per level, as Word writes a Chinese outline list: （一）（二） go on to （三） under
# 二、 (lvlRestart 0: never restarted), 1. 2. start again under each （…）. (lvlRestart added after the first run: the
# first run read no label at all, with or without it; the gold, written before, has （三）（四） under 二、.)
LEVELS = [("chineseCounting", "%1、", ""), ("chineseCounting", "（%2）", '<w:lvlRestart w:val="0"/>'), ("decimal", "%3.", "")]
NUM_ID = 41


def _numbering_xml() -> tuple[str, str]:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart}<w:suff w:val="nothing"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text, restart) in enumerate(LEVELS))
    abstract = f'<w:abstractNum {w} w:abstractNumId="{NUM_ID}"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
    num = f'<w:num {w} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'
    return abstract, num


def build_docx(out: Path = DOCS / "dandong_biangmao_2024.docx") -> Path:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    d = docx.Document()
    for line in DD_HEAD:
        d.add_paragraph(line)
    numbering = d.part.numbering_part.element
    abstract, num = _numbering_xml()
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(parse_xml(abstract))  # (abstractNum elements come before num elements)
    else:
        numbering.append(parse_xml(abstract))
    numbering.append(parse_xml(num))
    for level, text in DD_BODY:
        p = d.add_paragraph(text)
        if level is not None:
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml(
                '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))
    d.save(str(out))
    return out


if __name__ == "__main__":
    print(build_docx())
