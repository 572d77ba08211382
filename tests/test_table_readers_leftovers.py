"""What the review of the table readers left (docs/made-eval-forms.md "Table readers after a code review"), each on a
small document of our own:

- an empty lead cell of a container's table (DOCX, HTML, XLSX: their readers repeat a merged cell in every row it
  covers) is an empty cell, not a merged one: the row gives the units it names, no lead carried down from the row
  above; a text copy's empty lead cell under a lead is still that lead merged down;
- a Word file noting that bold names lead, its runs bold by the table's style (``w:tblStylePr`` of the region the cell
  stands in, or the style's ``w:rPr``) or by the document's default (``w:rPrDefault``);
- a layout table's two names two spaces apart under one header column are one cell; a block of whole rows a line each
  is no block of one row;
- probes: a units cell laid out as a small table (labels beside or on top of the units) in a web page and a Word file;
  a text copy of a header of two rows (责任单位 over 牵头单位 / 配合单位) keeps 序号, 任务 and 完成时限 merged down; a
  layout text's header of two lines is one header row, and a centred table's header cell merged over columns (printed
  over the header's main line) a header row above it, not under it.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from test_table_readers_review import _doc, _rows  # the same two helpers: a table's rows, a document written

import graph
from graph.ingest.layout import layout_rows

_HEAD = ["<html><head><meta charset='utf-8'></head><body>",
         "<h1>宜春市袁州区人民政府办公室关于印发袁州区2024年消防安全专项整治任务分工的通知</h1>",
         "<p>袁府办字〔2024〕21号</p><p>各乡镇人民政府、街道办事处，区直各单位：</p>",
         "<p>现将《袁州区2024年消防安全专项整治任务分工》印发给你们，请认真贯彻执行。</p>",
         "<p>宜春市袁州区人民政府办公室</p><p>2024年5月10日</p><p>一、整治任务</p>"]
_TAIL = ["<p>二、工作要求</p><p>各单位要按时报送整治进展。</p></body></html>"]


def _page(rows: list[str], head: str = "<tr><td>序号</td><td>整治任务</td><td>牵头单位</td><td>配合单位</td></tr>") -> str:
    return "\n".join([*_HEAD, "<table border='1'>", head, *rows, "</table>", *_TAIL])


def test_an_empty_lead_cell_of_a_web_pages_table_is_empty_not_merged(tmp_path: Path) -> None:
    page = _page(["<tr><td>1</td><td>整治高层建筑消防通道</td><td>区消防救援大队</td><td>区住建局</td></tr>",
                  "<tr><td>2</td><td>排查电动自行车充电隐患</td><td></td><td>各乡镇、街道</td></tr>"])
    assert _rows(_doc(tmp_path, "yuanzhou.html", page)) == [
        ("整治高层建筑消防通道", [("区消防救援大队", "lead"), ("区住建局", "support")]),
        ("排查电动自行车充电隐患", [("各乡镇、街道", "support")])]
    # a row naming no unit, its deadline printed: no units taken from the row above (a text copy's merged cell)
    dated = _page(["<tr><td>1</td><td>整治高层建筑消防通道</td><td>区消防救援大队</td><td>区住建局</td><td>2024年6月</td></tr>",
                   "<tr><td>2</td><td>排查电动自行车充电隐患</td><td></td><td></td><td>2024年9月</td></tr>"],
                  "<tr><td>序号</td><td>整治任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>")
    assert [s for s, _ in _rows(_doc(tmp_path, "dated.html", dated))] == ["整治高层建筑消防通道"]
    # a lead merged over both rows (rowspan): the reader repeats it, each row has it
    merged = _page(["<tr><td>1</td><td>整治高层建筑消防通道</td><td rowspan='2'>区消防救援大队</td><td>区住建局</td></tr>",
                    "<tr><td>2</td><td>排查电动自行车充电隐患</td><td>各乡镇、街道</td></tr>"])
    assert [a[0] for _, a in _rows(_doc(tmp_path, "merged.html", merged))] == [("区消防救援大队", "lead")] * 2


def test_an_empty_lead_cell_of_a_text_copy_is_the_lead_merged_down(tmp_path: Path) -> None:
    text = "\n".join(["宜春市袁州区人民政府办公室关于印发袁州区2024年消防安全专项整治任务分工的通知", "袁府办字〔2024〕21号",
                      "各乡镇人民政府、街道办事处，区直各单位：", "现将《袁州区2024年消防安全专项整治任务分工》印发给你们。",
                      "一、整治任务", "序号\t整治任务\t牵头单位\t配合单位", "1\t整治高层建筑消防通道\t区消防救援大队\t区住建局",
                      "2\t排查电动自行车充电隐患\t\t各乡镇、街道", "二、工作要求", "各单位要按时报送整治进展。", ""])
    assert [a for _, a in _rows(_doc(tmp_path, "yuanzhou.txt", text))][1] == [
        ("区消防救援大队", "lead"), ("各乡镇、街道", "support")]


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WORD_HEAD = ["六安市裕安区人民政府办公室关于印发裕安区2024年秸秆综合利用工作方案的通知", "裕政办〔2024〕14号",
              "各乡镇人民政府、街道办事处，区直各单位：", "现将《裕安区2024年秸秆综合利用工作方案》印发给你们，请认真抓好落实。",
              "六安市裕安区人民政府办公室", "2024年5月6日", "一、工作任务"]
_OFF = '<w:rPr><w:b w:val="0"/></w:rPr>'


def _word(units: list[tuple[str, str]], table_style: str = "", look: str = "", default_bold: bool = False) -> bytes:
    """A Word file noting 加粗的为牵头单位, its table's units cells each a lead's run (no bold of its own) and a partners'
    run set not bold; the table styled by ``table_style`` (a style's inner XML) with ``w:tblLook`` ``look``; the
    document's default run bold when ``default_bold``."""
    d = docx.Document()
    for line in _WORD_HEAD:
        d.add_paragraph(line)
    tasks = ["推广秸秆机械化还田", "建设秸秆收储中心", "开展秸秆禁烧巡查"][: len(units)]
    table = d.add_table(rows=len(units) + 1, cols=3)
    for j, head in enumerate(["序号", "工作任务", "责任单位"]):
        table.cell(0, j).text = head
    for i, (task, (lead, partners)) in enumerate(zip(tasks, units, strict=True), start=1):
        table.cell(i, 0).text = str(i)
        table.cell(i, 1).text = task
        p = table.cell(i, 2).paragraphs[0]._p
        p.append(parse_xml(f'<w:r xmlns:w="{_W}"><w:t>{lead}</w:t></w:r>'))
        p.append(parse_xml(f'<w:r xmlns:w="{_W}">{_OFF}<w:t>、{partners}</w:t></w:r>'))
    d.add_paragraph("注：加粗的为牵头单位。")
    styles = d.styles.element
    if table_style:
        styles.append(parse_xml(f'<w:style xmlns:w="{_W}" w:type="table" w:styleId="Units"><w:name w:val="Units"/>'
                                f"{table_style}</w:style>"))
        tbl_pr = table._tbl.tblPr
        tbl_pr.insert(0, parse_xml(f'<w:tblStyle xmlns:w="{_W}" w:val="Units"/>'))
    if look:
        old = tbl_pr.find(qn("w:tblLook"))
        tbl_pr.replace(old, parse_xml(f'<w:tblLook xmlns:w="{_W}" {look}/>'))
    if default_bold:
        defaults = styles.find(qn("w:docDefaults"))
        r_pr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        r_pr.append(parse_xml(f'<w:b xmlns:w="{_W}"/>'))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


_UNITS = [("区农业农村局", "区财政局"), ("区供销社", "区商务局"), ("区生态环境分局", "各乡镇")]
_LEADS = [[(lead, "lead"), (partner, "responsible")] for lead, partner in _UNITS]


def test_bold_given_by_a_table_style_region_marks_the_lead(tmp_path: Path) -> None:
    last_col = '<w:tblStylePr w:type="lastCol"><w:rPr><w:b/></w:rPr></w:tblStylePr>'
    path = _doc(tmp_path, "lastcol.docx", _word(_UNITS, last_col, 'w:val="0100" w:lastColumn="1"'))
    assert [a for _, a in _rows(path)] == _LEADS
    # the same style with the last column's look turned off: nothing bold, no lead
    off = _doc(tmp_path, "off.docx", _word(_UNITS, last_col, 'w:val="0000" w:lastColumn="0"'))
    assert {r for _, a in _rows(off) for _, r in a} == {"responsible"}
    # a style bold over the whole table (its w:rPr), its header row's region set back to plain
    whole = '<w:rPr><w:b/></w:rPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b w:val="0"/></w:rPr></w:tblStylePr>'
    assert [a for _, a in _rows(_doc(tmp_path, "whole.docx", _word(_UNITS, whole, 'w:firstRow="1"')))] == _LEADS
    # bold banded rows: the first data row's band only
    band = '<w:tblStylePr w:type="band1Horz"><w:rPr><w:b/></w:rPr></w:tblStylePr>'
    banded = [a for _, a in _rows(_doc(tmp_path, "band.docx", _word(_UNITS, band, 'w:firstRow="1" w:noHBand="0"')))]
    assert [[r for _, r in a] for a in banded] == [["lead", "responsible"], ["responsible"] * 2, ["lead", "responsible"]]


def test_bold_given_by_the_documents_default_marks_the_lead(tmp_path: Path) -> None:
    assert [a for _, a in _rows(_doc(tmp_path, "default.docx", _word(_UNITS, default_bold=True)))] == _LEADS
    # a table style setting bold toggles the default's: not bold
    whole = '<w:rPr><w:b/></w:rPr>'
    toggled = _doc(tmp_path, "toggled.docx", _word(_UNITS, whole, 'w:val="0000"', default_bold=True))
    assert {r for _, a in _rows(toggled) for _, r in a} == {"responsible"}


_LAYOUT_HEAD = ["盐城市亭湖区人民政府办公室关于印发亭湖区2024年农贸市场提升工作任务分工的通知", "",
                "                                        亭政办发〔2024〕12号", "",
                "各镇人民政府、街道办事处，区各委、办、局：",
                "    《亭湖区2024年农贸市场提升工作任务分工》已经区政府同意，现印发给你们，请认真贯彻执行。", "",
                "                                          盐城市亭湖区人民政府办公室",
                "                                                2024年4月8日", "", "一、任务分工", "",
                "    序号  重点任务                牵头单位                  配合单位        完成时限", ""]
_LAYOUT_TAIL = ["二、工作要求", "    各责任单位要明确专人负责，按时报送工作进展。", ""]
# row 1's lead cell prints two names two spaces apart on one line, both under the header's 牵头单位
_TWO_LEADS = [
    "    1     推进农贸市场快检室建    区市场监管局  区商务局    区卫生健康委    2024年12月",
    "          设，实现快检全覆盖", "",
    "    2     开展农贸市场周边交通    公安亭湖分局              区城管局        2024年9月",
    "          秩序整治", ""]
_TWO_WANT = [("推进农贸市场快检室建设，", [("区市场监管局", "lead"), ("区商务局", "lead"), ("区卫生健康委", "support")]),
             ("开展农贸市场周边交通秩序", [("公安亭湖分局", "lead"), ("区城管局", "support")])]


def test_two_names_in_one_layout_cell_are_read_under_the_header_column_they_stand_in(tmp_path: Path) -> None:
    assert _rows(_doc(tmp_path, "blocks.txt", "\n".join(_LAYOUT_HEAD + _TWO_LEADS + _LAYOUT_TAIL))) == _TWO_WANT
    # the same table a row to a line, no blank lines between them
    one_line = ["    1     推进农贸市场快检室建设  区市场监管局  区商务局    区卫生健康委    2024年12月",
                "    2     开展周边交通秩序整治    公安亭湖分局              区城管局        2024年9月", ""]
    rows = _rows(_doc(tmp_path, "lines.txt", "\n".join(_LAYOUT_HEAD[:-1] + one_line + _LAYOUT_TAIL)))
    assert rows == [("推进农贸市场快检室建设", _TWO_WANT[0][1]), ("开展周边交通秩序整治", _TWO_WANT[1][1])]


# a table of rows a line each set apart from its header by blank lines, neither numbered nor with a header line inside
_PLAIN = [*_LAYOUT_HEAD[:-2], "    重点任务                      牵头单位        配合单位", "",
          "    推进农贸市场快检室建设        区市场监管局    区商务局",
          "    开展农贸市场周边交通秩序整治  公安亭湖分局    区城管局",
          "    规范农贸市场经营秩序          区市场监管局    区商务局", "", *_LAYOUT_TAIL]


def test_a_block_of_whole_rows_a_line_each_is_no_block_of_one_row(tmp_path: Path) -> None:
    assert _rows(_doc(tmp_path, "plain.txt", "\n".join(_PLAIN))) == [
        ("推进农贸市场快检室建设", [("区市场监管局", "lead"), ("区商务局", "support")]),
        ("开展农贸市场周边交通秩序", [("公安亭湖分局", "lead"), ("区城管局", "support")]),
        ("规范农贸市场经营秩序", [("区市场监管局", "lead"), ("区商务局", "support")])]
    # one row whose every cell wraps (each upper line ends with a mark that goes on) is still one row
    wrapped = ["", "    推进农贸市场快检室建设，      区市场监管局、  区商务局、",
               "    实现快检全覆盖                区卫生健康委    区财政局", ""]
    assert layout_rows("\n".join(wrapped)).split("\n")[1].split("\t") == [
        "推进农贸市场快检室建设，实现快检全覆盖", "区市场监管局、区卫生健康委", "区商务局、区财政局"]


# probes: a units cell laid out as a small table of its own, in a web page and a Word file; a text copy of a header of
# two rows (责任单位 merged over 牵头单位 / 配合单位)
_LINCHUAN = ["抚州市临川区人民政府办公室关于印发临川区2024年优化营商环境重点任务分工的通知", "临府办字〔2024〕15号",
             "各乡镇人民政府、街道办事处，区直各单位：", "现将《临川区2024年优化营商环境重点任务分工》印发给你们，请认真贯彻执行。",
             "抚州市临川区人民政府办公室", "2024年3月12日", "一、重点任务"]
_LC_ROWS = [("推行企业开办一网通办", "区行政审批局", "区市场监管局、区税务局", "2024年6月"),
            ("压缩工程建设项目审批时间", "区住建局", "区自然资源局", "2024年9月")]
_LC_WANT = [("推行企业开办一网通办", [("区行政审批局", "lead"), ("区市场监管局", "support"), ("区税务局", "support")]),
            ("压缩工程建设项目审批时间", [("区住建局", "lead"), ("区自然资源局", "support")])]
_SIDE = "<table><tr><td>牵头单位</td><td>{}</td></tr><tr><td>配合单位</td><td>{}</td></tr></table>"
_TOP = "<table><tr><td>牵头单位</td><td>配合单位</td></tr><tr><td>{}</td><td>{}</td></tr></table>"


def test_a_units_cell_laid_out_as_a_small_table_in_a_web_page(tmp_path: Path) -> None:
    for name, inner in (("side.html", _SIDE), ("top.html", _TOP)):
        rows = "".join(f"<tr><td>{i}</td><td>{t}</td><td>{inner.format(lead, partners)}</td><td>{d}</td></tr>"
                       for i, (t, lead, partners, d) in enumerate(_LC_ROWS, start=1))
        page = "\n".join(["<html><head><meta charset='utf-8'></head><body>", f"<h1>{_LINCHUAN[0]}</h1>",
                          *(f"<p>{line}</p>" for line in _LINCHUAN[1:]),
                          "<table border='1'><tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>完成时限</td></tr>",
                          rows, "</table><p>二、工作要求</p><p>各单位要按时报送进展。</p></body></html>"])
        assert _rows(_doc(tmp_path, name, page)) == _LC_WANT, name


def test_a_units_cell_laid_out_as_a_small_table_with_its_labels_on_top_in_a_word_file(tmp_path: Path) -> None:
    d = docx.Document()
    for line in _LINCHUAN:
        d.add_paragraph(line)
    table = d.add_table(rows=3, cols=3)
    for j, head in enumerate(["序号", "重点任务", "责任单位"]):
        table.cell(0, j).text = head
    for i, (task, lead, partners, _) in enumerate(_LC_ROWS, start=1):
        table.cell(i, 0).text = str(i)
        table.cell(i, 1).text = task
        inner = table.cell(i, 2).add_table(rows=2, cols=2)
        for (r, c), text in zip([(0, 0), (0, 1), (1, 0), (1, 1)], ["牵头单位", "配合单位", lead, partners], strict=True):
            inner.cell(r, c).text = text
    d.add_paragraph("二、工作要求")
    out = io.BytesIO()
    d.save(out)
    assert _rows(_doc(tmp_path, "top.docx", out.getvalue())) == _LC_WANT


def test_a_text_copy_of_a_header_of_two_rows_keeps_the_columns_merged_down(tmp_path: Path) -> None:
    rows = [f"{i}\t{t}\t{lead}\t{partners}\t{d}" for i, (t, lead, partners, d) in enumerate(_LC_ROWS, start=1)]
    text = "\n".join([*_LINCHUAN, "序号\t重点任务\t责任单位\t\t完成时限", "\t\t牵头单位\t配合单位\t", *rows,
                      "二、工作要求", "各单位要按时报送进展。", ""])
    ex = graph.extract_file(_doc(tmp_path, "two_rows.txt", text))
    assert [(t.deadline, [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks if t.form == "table"] == [
        ("2024年6月", _LC_WANT[0][1]), ("2024年9月", _LC_WANT[1][1])]


def test_a_layout_header_of_two_lines_names_the_columns_its_merged_cell_covers(tmp_path: Path) -> None:
    # 责任单位 on the header's first line, 牵头单位 and 配合单位 under it on the second
    text = "\n".join([*_LINCHUAN, "",
                      "    序号  重点任务                      责任单位                      完成时限",
                      "                                    牵头单位      配合单位",
                      "    1     推行企业开办一网通办        区行政审批局  区市场监管局、  2024年6月",
                      "                                                  区税务局",
                      "    2     压缩工程建设项目审批时间    区住建局      区自然资源局    2024年9月", "",
                      "二、工作要求", "各单位要按时报送进展。", ""])
    ex = graph.extract_file(_doc(tmp_path, "layout2.txt", text))
    assert [(t.deadline, [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks if t.form == "table"] == [
        ("2024年6月", _LC_WANT[0][1]), ("2024年9月", _LC_WANT[1][1])]


def test_a_centred_tables_header_cell_merged_over_columns_stands_above_their_header_row(tmp_path: Path) -> None:
    # cells centred in their rows (the number on the middle line), 责任单位 printed over 牵头单位 and 配合单位
    text = "\n".join([*_LINCHUAN, "",
                      "                                           责任单位",
                      "    序号  重点任务                     牵头单位       配合单位       完成时限",
                      "          推行企业开办一网通办，                       区市场监管局、",
                      "    1                                  区行政审批局                  2024年6月",
                      "          实现全程网办                                 区税务局",
                      "    2     压缩工程建设项目审批时间     区住建局       区自然资源局   2024年9月", "",
                      "二、工作要求", "各单位要按时报送进展。", ""])
    ex = graph.extract_file(_doc(tmp_path, "centred2.txt", text))
    assert [(t.deadline, [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks if t.form == "table"] == [
        ("2024年6月", _LC_WANT[0][1]), ("2024年9月", _LC_WANT[1][1])]
