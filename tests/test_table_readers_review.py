"""Defects a code review found in the table readers (issue #13), each on a small document of our own:

- a layout block (``pdftotext -layout`` rows set apart by blank lines) whose lines print as many pieces in other
  columns: each line's pieces go to the columns they stand in, not the first fullest line's columns; a small table
  printed a row to a line between blank lines is no block of one row; a wrapped line a column off joins its row;
- a tab row that stops before its units columns is no copy of a merged units cell (only a row printing those cells
  empty, with their tabs, is);
- a web page's bold units cell with a ``<br>`` inside the bold element: the names either side stay apart (and a hidden
  name inside it stays hidden, a name set back to normal weight is no bold name);
- a Word file's bold names in tracked insertions (``w:ins``), in content controls (``w:sdt``), and bold by a character
  or paragraph style; rows and cells inside content controls, and a table inside one, read as rows; a row that
  starts right of the grid's first column (``w:gridBefore``) keeps its cells in their columns.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

import graph
from graph.ingest.docx import read_docx
from graph.ingest.layout import layout_rows


def _rows(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    ex = graph.extract_file(path)
    text = ex.document.text
    return [("".join(text[t.text_span.start : t.text_span.end].split())[:12], [(a.mention, a.role) for a in t.assignees])
            for t in ex.tasks if t.form == "table"]


def _doc(tmp_path: Path, name: str, body: str | bytes) -> Path:
    doc = tmp_path / name
    if isinstance(body, bytes):
        doc.write_bytes(body)
    else:
        doc.write_text(body, encoding="utf-8")
    return doc


_HEAD = ["盐城市亭湖区人民政府办公室关于印发亭湖区2024年农贸市场提升工作任务分工的通知", "",
         "                                        亭政办发〔2024〕12号", "",
         "各镇人民政府、街道办事处，区各委、办、局：",
         "    《亭湖区2024年农贸市场提升工作任务分工》已经区政府同意，现印发给你们，请认真贯彻执行。", "",
         "                                          盐城市亭湖区人民政府办公室",
         "                                                2024年4月8日", "", "一、任务分工", "",
         "    序号  重点任务                牵头单位        配合单位        完成时限", ""]
# row 1: the number, the task's first line and the lead on the upper line; the task's rest, the partner and the
# deadline on the lower one: both lines three pieces, in different columns
_BLOCKS = [
    "    1     推进农贸市场快检室建    区市场监管局",
    "          设，实现快检全覆盖                      区商务局        2024年12月",
    "",
    "    2     开展农贸市场周边交通    公安亭湖分局    区城管局        2024年9月",
    "          秩序整治",
    "",
    "二、工作要求",
    "    各责任单位要明确专人负责，按时报送工作进展。", ""]


def test_a_layout_blocks_lines_put_their_pieces_in_their_own_columns(tmp_path: Path) -> None:
    rows = [ln.split("\t") for ln in layout_rows("\n".join(_BLOCKS)).split("\n") if "\t" in ln]
    assert rows == [["1", "推进农贸市场快检室建设，实现快检全覆盖", "区市场监管局", "区商务局", "2024年12月"],
                    ["2", "开展农贸市场周边交通秩序整治", "公安亭湖分局", "区城管局", "2024年9月"]]
    assert _rows(_doc(tmp_path, "tinghu.txt", "\n".join(_HEAD + _BLOCKS))) == [
        ("推进农贸市场快检室建设，", [("区市场监管局", "lead"), ("区商务局", "support")]),
        ("开展农贸市场周边交通秩序", [("公安亭湖分局", "lead"), ("区城管局", "support")])]


def test_a_block_whose_lines_cannot_be_put_in_columns_is_left_as_printed() -> None:
    # the lower line's long piece runs over the column the upper line's third piece starts: running text, no row
    text = "\n".join(["", "1   甲乙      市商务局    丙", "    丁戊己庚辛壬癸子丑寅卯辰巳      午", ""])
    assert layout_rows(text) == text


# a small borderless table as `pdftotext -layout` prints it: a row to a line, the table set apart by blank lines
_SMALL = [*_HEAD[:-4], "一、任务分工", "",
          "    序号  重点任务                      牵头单位        配合单位",
          "    1     推进农贸市场快检室建设        区市场监管局    区商务局",
          "    2     开展农贸市场周边交通秩序整治  公安亭湖分局    区城管局", "",
          "二、工作要求", "    各责任单位要明确专人负责，按时报送工作进展。", ""]


def test_a_small_table_a_row_to_a_line_between_blank_lines_is_no_block_of_one_row(tmp_path: Path) -> None:
    text = "\n".join(_SMALL)
    assert layout_rows(text) == text
    assert _rows(_doc(tmp_path, "small.txt", text)) == [
        ("推进农贸市场快检室建设", [("区市场监管局", "lead"), ("区商务局", "support")]),
        ("开展农贸市场周边交通秩序", [("公安亭湖分局", "lead"), ("区城管局", "support")])]


# the rows run on (no blank lines) and a wrapped line prints its pieces a column right of their cells (a proportional
# font), as the blocks' reader already allows
_DRIFTED = [*_HEAD[:-4], "一、任务分工",
            "    序号  重点任务                      牵头单位        配合单位",
            "    1     推进农贸市场快检室建设，实    区市场监管局    区商务局、",
            "           现快检全覆盖                                  区卫生健康委",
            "    2     开展农贸市场周边交通秩序整治  公安亭湖分局    区城管局", "",
            "二、工作要求", "    各责任单位要明确专人负责，按时报送工作进展。", ""]


def test_a_wrapped_line_a_column_off_joins_its_row(tmp_path: Path) -> None:
    assert _rows(_doc(tmp_path, "drifted.txt", "\n".join(_DRIFTED))) == [
        ("推进农贸市场快检室建设，", [("区市场监管局", "lead"), ("区商务局", "support"), ("区卫生健康委", "support")]),
        ("开展农贸市场周边交通秩序", [("公安亭湖分局", "lead"), ("区城管局", "support")])]
    rows = [ln.split("\t") for ln in layout_rows("\n".join(_DRIFTED)).split("\n") if ln.startswith("1\t")]
    assert rows == [["1", "推进农贸市场快检室建设，实现快检全覆盖", "区市场监管局", "区商务局、区卫生健康委"]]


_TAB = "\n".join([
    "九江市柴桑区人民政府办公室关于印发柴桑区2024年城乡环境整治任务清单的通知", "柴府办字〔2024〕9号",
    "各乡镇人民政府，区直各单位：", "现将《柴桑区2024年城乡环境整治任务清单》印发给你们，请认真贯彻执行。",
    "九江市柴桑区人民政府办公室", "2024年3月20日", "一、整治任务",
    "序号\t整治任务\t牵头单位\t责任单位",
    "1\t整治背街小巷环境卫生\t区城管局\t各乡镇",
    "2\t{row2}",
    "3\t开展农贸市场标准化改造\t区市场监管局\t区商务局",
    "二、保障措施", "区城管局要加强督查调度。", ""])


def test_only_a_row_printing_its_units_cells_empty_takes_the_merged_cell_above(tmp_path: Path) -> None:
    city = [("区城管局", "lead"), ("各乡镇", "responsible")]
    market = [("区市场监管局", "lead"), ("区商务局", "responsible")]
    merged = _rows(_doc(tmp_path, "merged.txt", _TAB.format(row2="规范占道经营和流动摊贩\t\t")))
    assert merged == [("整治背街小巷环境卫生", city), ("规范占道经营和流动摊贩", city), ("开展农贸市场标准化改造", market)]
    # the same row stopping after its task (no cells printed for the units): no merged cell's copy, no units
    short = _rows(_doc(tmp_path, "short.txt", _TAB.format(row2="规范占道经营和流动摊贩")))
    assert short == [("整治背街小巷环境卫生", city), ("开展农贸市场标准化改造", market)]


_PAGE = """<html><head><meta charset="utf-8"></head><body><div class="article">
<h1>株洲市渌口区人民政府办公室关于印发渌口区2024年防汛抗旱重点任务清单的通知</h1>
<p>渌政办发〔2024〕8号</p><p>各镇人民政府，区直各单位：</p>
<p>《渌口区2024年防汛抗旱重点任务清单》已经区人民政府同意，现印发给你们，请认真贯彻落实。</p>
<p>株洲市渌口区人民政府办公室</p><p>2024年4月2日</p><p>一、重点任务</p>
<table border="1">
<tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>
<tr><td>1</td><td>开展汛前水利工程隐患排查</td><td><b>区水利局<br>区应急管理局</b><br>各镇人民政府</td></tr>
<tr><td>2</td><td>储备防汛抢险物资</td><td><strong>区应急管理<span>局</span></strong>、区发展改革局</td></tr>
<tr><td>3</td><td>修订山洪灾害防御预案</td><td><b>区自然资源局<span style="display:none">区林业局</span><span style="font-weight:normal">、区气象局</span></b></td></tr>
</table>
<p>注：加粗的为牵头单位。</p></div></body></html>
"""


def test_bold_names_either_side_of_a_line_break_stay_apart(tmp_path: Path) -> None:
    assert [a for _, a in _rows(_doc(tmp_path, "lukou.html", _PAGE))] == [
        [("区水利局", "lead"), ("区应急管理局", "lead"), ("各镇人民政府", "responsible")],
        [("区应急管理局", "lead"), ("区发展改革局", "responsible")],
        [("区自然资源局", "lead"), ("区气象局", "responsible")]]  # (hidden text stays hidden, normal weight no lead)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WORD_HEAD = ["六安市裕安区人民政府办公室关于印发裕安区2024年秸秆综合利用工作方案的通知", "裕政办〔2024〕14号",
              "各乡镇人民政府、街道办事处，区直各单位：", "现将《裕安区2024年秸秆综合利用工作方案》印发给你们，请认真抓好落实。",
              "六安市裕安区人民政府办公室", "2024年5月6日", "一、工作任务"]


def _run(text: str, bold: bool = False, style: str = "") -> str:
    props = (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "")
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _word(cells: list[str], note: str = "注：字体加粗的为牵头单位。", style_bold: bool = True) -> bytes:
    """A Word file whose table's units cells are the paragraphs' inner XML ``cells``; a character style ``Lead`` and a
    paragraph style ``LeadPara``, bold when ``style_bold``."""
    d = docx.Document()
    for line in _WORD_HEAD:
        d.add_paragraph(line)
    tasks = ["推广秸秆机械化还田", "建设秸秆收储中心", "培育秸秆饲料化利用主体", "开展秸秆禁烧巡查"][: len(cells)]
    table = d.add_table(rows=len(cells) + 1, cols=3)
    for j, head in enumerate(["序号", "工作任务", "责任单位"]):
        table.cell(0, j).text = head
    for i, (task, xml) in enumerate(zip(tasks, cells, strict=True), start=1):
        table.cell(i, 0).text = str(i)
        table.cell(i, 1).text = task
        p = table.cell(i, 2).paragraphs[0]._p
        for el in parse_xml(f'<w:p xmlns:w="{_W}">{xml}</w:p>'):
            p.append(el)
    if note:
        d.add_paragraph(note)
    b = "<w:rPr><w:b/></w:rPr>" if style_bold else ""
    styles = d.styles.element
    styles.append(parse_xml(f'<w:style xmlns:w="{_W}" w:type="character" w:styleId="Lead"><w:name w:val="Lead"/>{b}'
                            "</w:style>"))
    styles.append(parse_xml(f'<w:style xmlns:w="{_W}" w:type="paragraph" w:styleId="LeadPara">'
                            f'<w:name w:val="LeadPara"/><w:basedOn w:val="Normal"/>{b}</w:style>'))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


_CELLS = [
    # a tracked insertion: the lead typed in with changes tracked
    f'<w:ins w:id="1" w:author="a" w:date="2024-05-01T00:00:00Z">{_run("区农业农村局", bold=True)}</w:ins>'
    + _run("、区财政局"),
    # an inline content control (a form's field) holding the bold lead
    f"<w:sdt><w:sdtPr/><w:sdtContent>{_run('区供销社', bold=True)}</w:sdtContent></w:sdt>" + _run("、区商务局"),
    # bold by a character style
    _run("区畜牧兽医中心", style="Lead") + _run("、区市场监管局"),
]
_WANT = [[("区农业农村局", "lead"), ("区财政局", "responsible")],
         [("区供销社", "lead"), ("区商务局", "responsible")],
         [("区畜牧兽医中心", "lead"), ("区市场监管局", "responsible")]]


def test_bold_names_in_tracked_insertions_content_controls_and_styles_of_a_word_file(tmp_path: Path) -> None:
    path = _doc(tmp_path, "yuan.docx", _word(_CELLS))
    assert [a for _, a in _rows(path)] == _WANT
    # no note: the same text, no signs; styles not bold: no leads
    plain = read_docx(_word(_CELLS, note=""), "plain.docx").text
    assert read_docx(path.read_bytes(), "yuan.docx").text.replace("\ue000", "") == plain + "注：字体加粗的为牵头单位。\n"
    unbold = _doc(tmp_path, "unbold.docx", _word(_CELLS[2:], style_bold=False))
    assert {r for _, a in _rows(unbold) for _, r in a} == {"responsible"}


def test_a_paragraph_bold_by_its_style_and_a_run_that_says_not_bold(tmp_path: Path) -> None:
    para = '<w:pPr><w:pStyle w:val="LeadPara"/></w:pPr>'
    off = '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>、区水利局</w:t></w:r>'
    path = _doc(tmp_path, "para.docx", _word([para + _run("区生态环境分局") + off]))
    assert [a for _, a in _rows(path)] == [[("区生态环境分局", "lead"), ("区水利局", "responsible")]]


def test_rows_cells_and_tables_inside_content_controls_are_read_as_rows() -> None:
    d = docx.Document()
    d.add_paragraph("一、工作任务")
    table = d.add_table(rows=4, cols=3)
    for i, row in enumerate([["序号", "工作任务", "责任单位"], ["1", "推广秸秆机械化还田", "区农业农村局"],
                             ["2", "建设秸秆收储中心", "区供销社"], ["3", "开展秸秆禁烧巡查", "区生态环境分局"]]):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    tbl = table._tbl
    trs = tbl.findall(qn("w:tr"))
    # rows 2 and 3 in a repeating section's control, row 1's units cell in a control of its own
    section = etree.SubElement(tbl, qn("w:sdt"))
    etree.SubElement(section, qn("w:sdtPr"))
    content = etree.SubElement(section, qn("w:sdtContent"))
    content.extend([trs[2], trs[3]])
    tc = trs[1].findall(qn("w:tc"))[2]
    control = etree.Element(qn("w:sdt"))
    trs[1].replace(tc, control)
    etree.SubElement(control, qn("w:sdtContent")).append(tc)
    # and the whole table inside a control of the body
    body_control = etree.Element(qn("w:sdt"))
    tbl.addprevious(body_control)
    etree.SubElement(body_control, qn("w:sdtContent")).append(tbl)
    out = io.BytesIO()
    d.save(out)
    assert read_docx(out.getvalue(), "x.docx").text.split("\n")[1:5] == [
        "序号\t工作任务\t责任单位", "1\t推广秸秆机械化还田\t区农业农村局", "2\t建设秸秆收储中心\t区供销社",
        "3\t开展秸秆禁烧巡查\t区生态环境分局"]


def test_a_word_row_that_skips_the_grids_first_columns_keeps_its_cells_in_their_columns() -> None:
    d = docx.Document()
    d.add_paragraph("一、工作任务")
    table = d.add_table(rows=3, cols=3)
    for i, row in enumerate([["序号", "工作任务", "责任单位"], ["1", "推广秸秆机械化还田", "区农业农村局"],
                             ["", "建设秸秆收储中心", "区供销社"]]):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    tr = table._tbl.findall(qn("w:tr"))[2]  # the last row starts at the grid's second column (w:gridBefore)
    tr.remove(tr.findall(qn("w:tc"))[0])
    tr.insert(0, parse_xml(f'<w:trPr xmlns:w="{_W}"><w:gridBefore w:val="1"/></w:trPr>'))
    out = io.BytesIO()
    d.save(out)
    assert read_docx(out.getvalue(), "x.docx").text.split("\n")[3] == "\t建设秸秆收储中心\t区供销社"
