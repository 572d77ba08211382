"""OpenDocument text and spreadsheets (WPS, LibreOffice): paragraphs and tables in order, cells spanning rows carried
as the Word and workbook readers carry them, repeats expanded, hidden rows and deletions left out; bad packages fail
with one clear line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.extract import extract
from graph.ingest import read_document
from graph.ingest.odf import read_odf

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def _package(body: str, mime: str = "application/vnd.oasis.opendocument.text", content: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", mime)
        z.writestr("content.xml", content if content is not None else
                   f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body>{body}'
                   '</office:body></office:document-content>')
    return buf.getvalue()


def _odt(inner: str) -> bytes:
    return _package(f"<office:text>{inner}</office:text>")


def _ods(inner: str) -> bytes:
    return _package(f"<office:spreadsheet>{inner}</office:spreadsheet>",
                    "application/vnd.oasis.opendocument.spreadsheet")


def _cell(text: str, attrs: str = "") -> str:
    return f'<table:table-cell office:value-type="string"{attrs}><text:p>{text}</text:p></table:table-cell>'


COVER = "<table:covered-table-cell/>"


def test_paragraphs_headings_lists_and_spaces() -> None:
    data = _odt('<text:h text:outline-level="1">一、主要任务</text:h><text:list><text:list-item><text:p>（一）推进'
                '<text:span>试点</text:span>。<text:s text:c="2"/>（省商务厅负责）</text:p></text:list-item></text:list>'
                '<text:tracked-changes><text:changed-region><text:deletion><text:p>删去的话</text:p></text:deletion>'
                '</text:changed-region></text:tracked-changes><text:p>（二）加强监管。<office:annotation><text:p>批注'
                '</text:p></office:annotation>（省市场监管局牵头）</text:p>')
    doc = read_odf(data, "a.odt")
    assert doc.text == "一、主要任务\n（一）推进试点。 （省商务厅负责）\n（二）加强监管。（省市场监管局牵头）\n"


def test_a_table_with_a_cell_spanning_rows_and_one_spanning_columns() -> None:
    rows = [
        _cell("类别") + _cell("重点任务") + _cell("牵头单位") + _cell("配合单位"),
        _cell("通关便利", ' table:number-rows-spanned="2"') + _cell("推进智慧口岸建设")
        + _cell("县口岸办", ' table:number-rows-spanned="2"') + _cell("县商务局"),
        COVER + _cell("推行一站式申报") + COVER + _cell("县边民互市服务中心"),
        _cell("备注：按季度调度", ' table:number-columns-spanned="4"') + COVER * 3,
    ]
    table = "<table:table>" + "".join(f"<table:table-row>{r}</table:table-row>" for r in rows) + "</table:table>"
    doc = read_odf(_odt("<text:p>二、任务分工</text:p>" + table + "<text:p>三、保障措施</text:p>"), "t.odt")
    assert doc.text.splitlines() == ["二、任务分工", "类别\t重点任务\t牵头单位\t配合单位",
                                     "通关便利\t推进智慧口岸建设\t县口岸办\t县商务局",
                                     "通关便利\t推行一站式申报\t县口岸办\t县边民互市服务中心", "备注：按季度调度",
                                     "三、保障措施"]
    assert doc.tables[0][3] == ("备注：按季度调度", "", "", "")


def test_a_sheet_read_as_a_workbook_with_repeats_and_a_hidden_row() -> None:
    title = _cell("某县任务分工表", ' table:number-columns-spanned="3"') + COVER * 2
    rows = [title, _cell("工作任务") + _cell("牵头单位") + _cell("责任单位"),
            _cell("推广秸秆还田") + _cell("县农业农村局", ' table:number-rows-spanned="2"') + _cell("县农机中心"),
            _cell("扶持饲料化利用") + COVER + _cell("县畜牧中心")]
    sheet = ('<table:table table:name="分工表"><table:table-column table:number-columns-repeated="3"/>'
             + "".join(f"<table:table-row>{r}</table:table-row>" for r in rows)
             + '<table:table-row table:visibility="collapse">' + _cell("草稿行") + _cell("县财政局") + "</table:table-row>"
             + '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
             'table:number-columns-repeated="1024"/></table:table-row></table:table>')
    doc = read_odf(_ods(sheet + '<table:table table:name="空表"/>'), "s.ods")
    assert doc.text.splitlines() == ["某县任务分工表", "工作任务\t牵头单位\t责任单位", "推广秸秆还田\t县农业农村局\t县农机中心",
                                     "扶持饲料化利用\t县农业农村局\t县畜牧中心"]
    assert len(doc.tables) == 1 and doc.media_type.endswith("spreadsheet")


def test_a_task_table_in_odt_gives_one_task_per_row(tmp_path: Path) -> None:
    rows = [_cell("序号") + _cell("重点任务") + _cell("牵头单位") + _cell("配合单位"),
            _cell("1") + _cell("推进智慧口岸建设") + _cell("县口岸办", ' table:number-rows-spanned="2"') + _cell("县商务局"),
            _cell("2") + _cell("推行一站式申报服务") + COVER + _cell("县边民互市服务中心")]
    table = "<table:table>" + "".join(f"<table:table-row>{r}</table:table-row>" for r in rows) + "</table:table>"
    p = tmp_path / "plan.odt"
    p.write_bytes(_odt("<text:p>二、任务分工</text:p>" + table))
    ex = extract(read_document(p))
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("县口岸办", "lead"), ("县商务局", "support")], [("县口岸办", "lead"), ("县边民互市服务中心", "support")]]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.odt", b"", "empty file"),
        ("a.odt", _odt("<text:p>一、任务</text:p>")[:60], "bad zip"),
        ("a.odt", _package("", content="<office:document-content"), "not well-formed XML"),
        ("a.ods", _package("<office:presentation/>"), "holds no office:text or office:spreadsheet: a presentation"),
        ("a.odt", _odt("<text:p/>"), "no text"),
    ],
    ids=["empty", "truncated", "bad-xml", "presentation", "no-text"],  # (the bytes hold a time stamp)
)
def test_bad_packages_fail_with_one_clear_line(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_document(p)
    assert reason in str(err.value) and str(p) in str(err.value) and "\n" not in str(err.value)


def test_a_package_without_content_xml_is_named() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(InputError, match=r"no content\.xml"):
        read_odf(buf.getvalue(), "x.odt")


def test_a_text_renamed_ods_is_read_as_what_it_is() -> None:
    assert read_odf(_odt("<text:p>（一）推进试点。（省商务厅负责）</text:p>"), "x.ods").text == "（一）推进试点。（省商务厅负责）\n"


STYLES = ('<office:automatic-styles xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">'
          '<text:list-style style:name="L1">'
          '<text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>'
          '<text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" '
          'style:num-suffix="）"/>'
          '<text:list-level-style-bullet text:level="3" text:bullet-char="●"/></text:list-style>'
          '</office:automatic-styles>')


def _numbered(inner: str) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{STYLES}<office:body>'
               f'<office:text>{inner}</office:text></office:body></office:document-content>')
    return _package("", content=content)


def test_list_labels_drawn_by_the_list_style_are_put_back() -> None:
    inner = ('<text:list text:style-name="L1"><text:list-item><text:p>总体要求</text:p></text:list-item>'
             '<text:list-item><text:p>主要任务</text:p><text:list><text:list-item><text:p>推进试点。（省商务厅负责）'
             '</text:p><text:p>续段不编号。</text:p></text:list-item><text:list-item><text:p>加强监管。（省市场监管局牵头）'
             '</text:p><text:list><text:list-item><text:p>圆点项</text:p></text:list-item></text:list></text:list-item>'
             '</text:list></text:list-item></text:list><text:p>正文段落。</text:p>'
             '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>保障措施</text:p>'
             '</text:list-item></text:list>'
             '<text:list text:style-name="L1"><text:list-item><text:p>新的清单</text:p></text:list-item></text:list>')
    assert read_odf(_numbered(inner), "n.odt").text.splitlines() == [
        "一、总体要求", "二、主要任务", "（一）推进试点。（省商务厅负责）", "续段不编号。", "（二）加强监管。（省市场监管局牵头）",
        "圆点项", "正文段落。", "三、保障措施", "一、新的清单"]


def test_headings_numbered_by_the_outline_style() -> None:
    outline = ('<office:styles xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><text:outline-style '
               'style:name="Outline"><text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." '
               'style:num-suffix="、"/><text:outline-level-style text:level="2" style:num-format=""/>'
               '</text:outline-style></office:styles>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", f'<office:document-content {NS}><office:body><office:text>'
                   '<text:h text:outline-level="1">总体要求</text:h><text:h text:outline-level="2">小标题</text:h>'
                   '<text:h text:outline-level="1">主要任务</text:h><text:p>（一）推进试点。（省商务厅负责）</text:p>'
                   '</office:text></office:body></office:document-content>')
        z.writestr("styles.xml", f'<office:document-styles {NS}>{outline}</office:document-styles>')
    assert read_odf(buf.getvalue(), "h.odt").text.splitlines() == [
        "一、总体要求", "小标题", "二、主要任务", "（一）推进试点。（省商务厅负责）"]


def test_a_part_whose_compressed_bytes_are_damaged_is_one_clear_line(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("content.xml", f'<office:document-content {NS}><office:body><office:text>'
                   + "<text:p>（一）推进试点。（省商务厅负责）</text:p>" * 200 + "</office:text></office:body></office:document-content>")
    data = bytearray(buf.getvalue())
    start = 30 + len("content.xml")  # the local header, the name, then the deflated bytes
    data[start + 5:start + 40] = b"\xff" * 35
    p = tmp_path / "damaged.odt"
    p.write_bytes(bytes(data))
    with pytest.raises(InputError) as err:
        read_document(p)
    assert "content.xml cannot be read" in str(err.value) and "\n" not in str(err.value)


def test_an_item_opening_with_a_nested_list_draws_no_label_and_does_not_count() -> None:
    # LibreOffice's export of Word's numbered headings: each deeper item stands in an outer item of its own that holds
    # only the nested list (round 201's 崇义县); that outer item is not numbered, the counting goes on across lists
    inner = ('<text:list text:style-name="L1"><text:list-item><text:p>总体要求</text:p></text:list-item></text:list>'
             '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>主要任务</text:p>'
             '<text:list><text:list-item><text:p>推进试点。（省商务厅负责）</text:p></text:list-item></text:list>'
             '</text:list-item></text:list><text:p>牵头单位：省商务厅</text:p>'
             '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:list><text:list-item>'
             '<text:p>加强监管。（省市场监管局牵头）</text:p></text:list-item></text:list></text:list-item>'
             '<text:list-item><text:p>保障措施</text:p></text:list-item></text:list>')
    assert read_odf(_numbered(inner), "n.odt").text.splitlines() == [
        "一、总体要求", "二、主要任务", "（一）推进试点。（省商务厅负责）", "牵头单位：省商务厅", "（二）加强监管。（省市场监管局牵头）",
        "三、保障措施"]


def test_a_libreoffice_odt_from_word_gives_its_numbered_tasks() -> None:
    doc = read_document(Path(__file__).parent / "made_gold/forms201/docs/chongyi_zhuchanye_2023.odt")
    lines = doc.text.splitlines()
    assert "（三）拓展竹产品市场。组织竹产品企业参加国内外展会，发展竹产品电子商务。（县商务局负责）" in lines
    assert "三、任务分工" in lines and "四、保障措施" in lines
