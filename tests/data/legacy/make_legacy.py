"""Build the legacy-container fixtures of tests/test_legacy_containers.py: a .docx and an .xlsx written here, converted
to Word 97-2003 (.doc) and Excel 97-2003 (.xls) by LibreOffice. Only this script needs LibreOffice (the fixtures are
committed; CI reads them and never converts).

Run from the project root: python tests/data/legacy/make_legacy.py
(needs ``soffice``: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "made_gold"))

from containers import MERGE_LEFT, MERGE_UP, write_docx, write_xlsx  # noqa: E402

DOC_BLOCKS: list[object] = [
    "某市人民政府办公室关于印发2024年营商环境优化重点任务分工的通知",
    "各县（区）人民政府，市政府各部门：",
    "现将《2024年营商环境优化重点任务分工》印发给你们，请认真抓好落实。",
    [
        ["序号", "重点任务", MERGE_LEFT, "牵头单位", "配合单位"],
        [MERGE_UP, "任务类别", "具体内容", MERGE_UP, MERGE_UP],
        ["1", "政务服务", "推行企业开办一网通办", "市政务服务中心", "市市场监督管理局、市税务局"],
        ["2", MERGE_UP, "推进工程建设项目审批制度改革", "市住房和城乡建设局", ""],
        ["3", "要素保障", "降低企业用电用气成本", "市发展和改革委员会", "市财政局"],
    ],
    "各牵头单位要于每季度末将进展情况报市营商环境建设局。",
]
TITLE = "2024年营商环境优化重点任务分工"

XLS_SHEETS = [
    ("任务分工", [
        ["某市2024年营商环境优化重点任务分工表", None, None, None, None],
        ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
        [1, "推行企业开办一网通办", "市政务服务中心", "市市场监督管理局", "2024年6月底"],
        [2, "推进涉企经营许可事项改革", None, "市司法局", "2024年9月底"],
        [3, "降低企业用电用气成本", "市发展和改革委员会", "市财政局", "2024年底"],
    ], ["A1:E1", "C3:C4"]),
    ("填表说明", [["填表说明"], ["1. 每季度末报送进展情况。"]], []),
]


def _parts_docx(out: Path) -> Path:
    """A Word file of the parts a .doc keeps apart from its body text or marks in it: a page header and footer (not
    read), a hyperlink and a PAGE field in a paragraph (their results read), ideographic spaces and a tab, a table
    inside a table's cell (a units cell laid out as a label and its units), Latin text and symbols."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "某市人民政府办公室文件"
    d.sections[0].footer.paragraphs[0].text = "页脚"
    d.add_paragraph("一、总体要求")
    p = d.add_paragraph("详见")
    p._p.append(parse_xml(f'<w:hyperlink {nsdecls("w")} w:anchor="x"><w:r><w:t>市政府网站</w:t></w:r></w:hyperlink>'))
    p.add_run("。第")
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    p.add_run("页。")
    d.add_paragraph("（一）市商务局负责推进园区建设。\u3000\u3000第二句\tA")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "建设园区"
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "牵头单位"
    inner.cell(0, 1).text = "市商务局"
    table.cell(1, 0).text = "举办展会"
    table.cell(1, 1).text = "市贸促会"
    d.add_paragraph("English text and 中文 mixed ≥ ①")
    d.save(str(out))
    return out


def _numbered_docx(out: Path) -> Path:
    """A Word file numbered by Word's lists (the labels are drawn, not typed): 一、 / （一） / 1. headings, and a
    table whose 序号 cells hold only a list's number."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    d = docx.Document()
    d.add_paragraph("某县人民政府办公室关于印发某县2024年农村公路建设工作方案的通知")
    numbering = d.part.numbering_part.element
    formats = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                   f"</w:lvl>" for i, (fmt, text) in enumerate(formats))
    lists = [parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">{lvls}</w:abstractNum>'),
             parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="78"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                       '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>')]
    first = numbering.find(qn("w:num"))
    for abstract in lists:
        if first is not None:
            first.addprevious(abstract)
        else:
            numbering.append(abstract)
    for n in ("77", "78"):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>'))

    def numbered(p: object, level: int, num: str = "77") -> None:
        p._p.get_or_add_pPr().append(parse_xml(  # type: ignore[attr-defined]
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))

    for level, text in ((0, "完善路网"), (1, "实施窄路拓宽。（县交通运输局负责）"), (1, "推进安全设施建设。"),
                        (2, "排查临水临崖路段。（县公安局交警大队负责）"), (2, "增设安保设施。（县交通运输局牵头，各乡镇人民政府配合）"),
                        (0, "强化养护"), (1, "落实养护资金。（县财政局负责）")):
        numbered(d.add_paragraph(text), level)
    table = d.add_table(rows=3, cols=3)
    for c, head in enumerate(("序号", "工作任务", "牵头单位")):
        table.cell(0, c).text = head
    for r, (task, unit) in enumerate((("建立养护考核机制", "县交通运输局"), ("开展路域环境整治", "各乡镇人民政府")), start=1):
        numbered(table.cell(r, 0).paragraphs[0], 0, "78")
        table.cell(r, 1).text = task
        table.cell(r, 2).text = unit
    d.add_paragraph("县交通运输局要会同县财政局建立工作台账。")
    d.save(str(out))
    return out


def _outline_docx(out: Path) -> Path:
    """A Word file numbered by a decimal multi-level list (``%1`` / ``%1.%2`` / ``%1.%2.%3``, Word's tab after each
    label) and by ``第%1章`` / ``%2、`` / ``（%3）`` in ``ideographTraditional`` (甲, 乙): round 178's shapes."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    d = docx.Document()
    d.add_paragraph("某县农业农村局关于印发某县种业振兴行动方案的通知")
    numbering = d.part.numbering_part.element
    lists = {"81": (("decimal", "%1"), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3")),
             "82": (("chineseCounting", "第%1章"), ("chineseCounting", "%2、"), ("ideographTraditional", "（%3）"))}
    first = numbering.find(qn("w:num"))
    for n, formats in lists.items():
        lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                       + ('<w:suff w:val="nothing"/>' if n == "82" else "")
                       + f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(formats))
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{n}">{lvls}</w:abstractNum>')
        if first is not None:
            first.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>'))
    for num, level, text in (("81", 0, "总体要求"), ("81", 0, "重点任务"), ("81", 1, "加强种质资源保护"),
                             ("81", 2, "开展种质资源普查。（县种子管理站负责）"), ("82", 0, "工作任务"),
                             ("82", 1, "加强隐患排查"), ("82", 2, "输配电线路隐患排查。（县供电公司负责）")):
        d.add_paragraph(text)._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))
    d.save(str(out))
    return out


def build_outline(out_dir: Path = HERE) -> Path:
    """Only ``outline.doc`` (added by round 178; the other fixtures stay as they were made)."""
    with tempfile.TemporaryDirectory() as tmp:
        made = _convert(_outline_docx(Path(tmp) / "outline.docx"), "doc", Path(tmp))
        shutil.copyfile(made, out_dir / made.name)
    return out_dir / made.name


def _convert(source: Path, kind: str, out_dir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", kind, "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=300)
    return out_dir / f"{source.stem}.{kind}"


def build(out_dir: Path = HERE) -> list[Path]:
    import docx

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = write_docx(work / "tasks.docx", DOC_BLOCKS)
        d = docx.Document(str(source))
        d.core_properties.title = TITLE
        cell = d.tables[0].cell(4, 2)  # a cell of two paragraphs
        cell.add_paragraph("（2024年底前完成）")
        d.save(str(source))
        book = write_xlsx(work / "tasks.xlsx", XLS_SHEETS)
        parts = _parts_docx(work / "parts.docx")
        numbered = _numbered_docx(work / "numbered.docx")
        made = [_convert(source, "doc", work), _convert(book, "xls", work), _convert(parts, "doc", work),
                _convert(numbered, "doc", work)]
        made.append(_convert(_outline_docx(work / "outline.docx"), "doc", work))
        out = []
        for path in made:
            target = out_dir / path.name
            shutil.copyfile(path, target)
            out.append(target)
    return out


if __name__ == "__main__":
    for path in build():
        print(path, path.stat().st_size)
