"""Legacy Office containers (issue 13): Word 97-2003 .doc (and WPS Office's .wps, the same format) and Excel 97-2003
.xls, read into the same lines and tables as their .docx / .xlsx sources. The fixtures in tests/data/legacy were made
by tests/data/legacy/make_legacy.py (LibreOffice converting a .docx and an .xlsx written there); a broken file gives
one InputError."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.extract import extract
from graph.ingest import iter_sources, read_document
from graph.ingest.doc_binary import read_word_binary

LEGACY = Path(__file__).resolve().parent / "data" / "legacy"
DOC = LEGACY / "tasks.doc"
XLS = LEGACY / "tasks.xls"

DOC_LINES = [
    "某市人民政府办公室关于印发2024年营商环境优化重点任务分工的通知",
    "各县（区）人民政府，市政府各部门：",
    "现将《2024年营商环境优化重点任务分工》印发给你们，请认真抓好落实。",
    "序号\t重点任务\t\t牵头单位\t配合单位",  # a header cell over two columns: an empty cell after it
    "序号\t任务类别\t具体内容\t牵头单位\t配合单位",  # cells merged down from the row above: repeated
    "1\t政务服务\t推行企业开办一网通办\t市政务服务中心\t市市场监督管理局、市税务局",
    "2\t政务服务\t推进工程建设项目审批制度改革\t市住房和城乡建设局",
    "3\t要素保障\t降低企业用电用气成本 （2024年底前完成）\t市发展和改革委员会\t市财政局",  # a cell of two paragraphs
    "各牵头单位要于每季度末将进展情况报市营商环境建设局。",
]


def test_doc_reads_paragraphs_and_table_rows_as_the_docx_does() -> None:
    d = read_document(DOC)
    assert d.text.splitlines() == DOC_LINES
    assert d.media_type == "application/msword"
    assert dict(d.meta) == {"title": "2024年营商环境优化重点任务分工"}  # the summary information's title
    (table,) = d.tables
    assert table[1] == ("序号", "任务类别", "具体内容", "牵头单位", "配合单位")
    assert table[3] == ("2", "政务服务", "推进工程建设项目审批制度改革", "市住房和城乡建设局", "")  # an empty last cell kept


def test_doc_table_gives_its_tasks_and_roles() -> None:
    tasks = extract(read_document(DOC)).tasks
    table = [[(a.mention, a.role) for a in t.assignees] for t in tasks if t.form == "table"]
    assert table == [
        [("市政务服务中心", "lead"), ("市市场监督管理局", "support"), ("市税务局", "support")],
        [("市住房和城乡建设局", "lead")],
        [("市发展和改革委员会", "lead"), ("市财政局", "support")],
    ]


def test_doc_parts_outside_the_body_and_a_table_in_a_cell() -> None:
    # the page header and footer are not read; a hyperlink's and a PAGE field's results are; a table inside a units
    # cell gives its label and units as a field, as the .docx reader's nested tables do
    d = read_document(LEGACY / "parts.doc")
    assert d.text.splitlines() == [
        "一、总体要求",
        "详见市政府网站。第1页。",
        "（一）市商务局负责推进园区建设。\u3000\u3000第二句 A",
        "建设园区\t牵头单位：市商务局",
        "举办展会\t市贸促会",
        "English text and 中文 mixed ≥ ①",
    ]
    assert d.tables == ((("建设园区", "牵头单位：市商务局"), ("举办展会", "市贸促会")),)


def test_doc_paragraphs_numbered_by_words_lists_get_their_labels() -> None:
    # the labels Word draws (一、 （一） 1.) put back, counted per list and level, as the .docx reader does; a 序号
    # cell that holds only a list's number gives the row's number
    d = read_document(LEGACY / "numbered.doc")
    assert d.text.splitlines()[1:9] == [
        "一、完善路网", "（一）实施窄路拓宽。（县交通运输局负责）", "（二）推进安全设施建设。",
        "1.排查临水临崖路段。（县公安局交警大队负责）", "2.增设安保设施。（县交通运输局牵头，各乡镇人民政府配合）",
        "二、强化养护", "（一）落实养护资金。（县财政局负责）", "序号\t工作任务\t牵头单位"]
    assert d.tables[0][1:] == (("1", "建立养护考核机制", "县交通运输局"), ("2", "开展路域环境整治", "各乡镇人民政府"))
    paths = [("/".join(t.path), t.form) for t in extract(d).tasks]
    assert paths[:4] == [("一/一", "clause"), ("一/二/1", "clause"), ("一/二/2", "clause"), ("二/一", "clause")]


def test_wps_is_read_as_a_doc(tmp_path: Path) -> None:
    path = tmp_path / "分工.wps"
    path.write_bytes(DOC.read_bytes())
    assert read_document(path).text == read_document(DOC).text


def test_xls_reads_merged_cells_and_sheets_as_the_xlsx_does() -> None:
    d = read_document(XLS)
    assert d.media_type == "application/vnd.ms-excel"
    assert d.text.splitlines() == [
        "某市2024年营商环境优化重点任务分工表",  # a title merged over the sheet: a line of its own, no sheet name
        "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
        "1\t推行企业开办一网通办\t市政务服务中心\t市市场监督管理局\t2024年6月底",
        "2\t推进涉企经营许可事项改革\t市政务服务中心\t市司法局\t2024年9月底",  # the lead merged over two rows
        "3\t降低企业用电用气成本\t市发展和改革委员会\t市财政局\t2024年底",
        "填表说明",
        "1. 每季度末报送进展情况。",
    ]
    assert len(d.tables) == 2 and d.tables[0][0] == ("某市2024年营商环境优化重点任务分工表", "", "", "", "")
    roles = [[(a.mention, a.role) for a in t.assignees] for t in extract(d).tasks]
    assert roles[1] == [("市政务服务中心", "lead"), ("市司法局", "responsible")]


def test_folders_list_legacy_files(tmp_path: Path) -> None:
    for name in ("a.doc", "b.wps", "c.xls", "d.key"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in iter_sources([tmp_path])] == ["a.doc", "b.wps", "c.xls"]


def test_a_docx_or_an_html_table_under_the_old_name_is_read_as_what_it_is(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("市商务局负责推进园区建设。")
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "renamed.doc"
    path.write_bytes(buf.getvalue())
    assert read_document(path).text == "市商务局负责推进园区建设。\n"
    rows = "".join(f"<tr><td>{i}</td><td>建设第{i}个产业园区并完善配套设施</td><td>市商务局</td></tr>" for i in (1, 2))
    page = f'<html><head><meta charset="utf-8"></head><body><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td>' \
           f"</tr>{rows}</table></body></html>"
    path = tmp_path / "export.xls"  # (a site's "export to Excel": an HTML table under the .xls name)
    path.write_text(page, encoding="utf-8")
    assert "1\t建设第1个产业园区并完善配套设施\t市商务局" in read_document(path).text.splitlines()


@pytest.mark.parametrize("source", [DOC, XLS], ids=["doc", "xls"])
def test_truncated_legacy_file_is_one_input_error(source: Path, tmp_path: Path) -> None:
    data = source.read_bytes()
    path = tmp_path / f"cut{source.suffix}"
    for cut in (0, 8, 511, 512, 2048, len(data) // 3, len(data) // 2):
        path.write_bytes(data[:cut])
        with pytest.raises(InputError) as exc:
            read_document(path)
        assert exc.value.path == str(path) and "\n" not in str(exc.value)


@pytest.mark.parametrize("source", [DOC, XLS], ids=["doc", "xls"])
def test_damaged_legacy_file_is_a_document_or_one_input_error(source: Path, tmp_path: Path) -> None:
    data = source.read_bytes()
    rng = random.Random(13)
    path = tmp_path / f"damaged{source.suffix}"
    errors = 0
    for n in range(60):
        b = bytearray(data)
        if n % 4 == 0:  # (a cut anywhere: the tail of a container may hold nothing the text needs)
            b = b[: rng.randrange(len(b) // 2, len(b))]
        for _ in range(rng.choice((1, 5, 20, 100))):
            b[rng.randrange(512, len(b))] = rng.randrange(256)
        path.write_bytes(bytes(b))
        try:
            read_document(path)
        except InputError:
            errors += 1
    assert errors > 0


def test_an_ole_file_that_is_not_the_named_kind(tmp_path: Path) -> None:
    path = tmp_path / "book.doc"
    path.write_bytes(XLS.read_bytes())
    with pytest.raises(InputError, match="without a WordDocument stream"):
        read_document(path)
    path = tmp_path / "letter.xls"
    path.write_bytes(DOC.read_bytes())
    with pytest.raises(InputError, match="without a Workbook stream"):
        read_document(path)
    path = tmp_path / "notes.doc"
    path.write_bytes(b"{\\rtf1\\ansi\\ansicpg936 " + "县商务局负责".encode("gbk") + b"\\par}")
    assert read_document(path).text == "县商务局负责\n"  # Word's "save as RTF" under the .doc name: read as RTF
    path.write_bytes(b"{\\rtf1\\ansi hello")
    with pytest.raises(InputError, match="truncated RTF"):
        read_document(path)
    path.write_bytes(b"plain text, not a Word file")
    with pytest.raises(InputError, match="no OLE header"):
        read_document(path)


# ----------------------------------------------------------------------------- the binary format, written by hand


def _word_stream(text: bytes, compressed: bool, flags: int = 0) -> tuple[bytes, dict[str, bytes]]:
    """A minimal Word 97 ``WordDocument`` stream (FIB, then the text at 1024) and its ``0Table`` (a CLX of one piece,
    no paragraph properties): what the piece table alone gives."""
    count = len(text) if compressed else len(text) // 2
    fib = bytearray(1024)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0xC1)
    struct.pack_into("<H", fib, 0x0A, flags)
    struct.pack_into("<H", fib, 32, 14)  # csw; fibRgW (28 bytes) follows
    struct.pack_into("<H", fib, 62, 22)  # cslw; fibRgLw (88 bytes) follows, ccpText its fourth
    struct.pack_into("<I", fib, 64 + 12, count)
    struct.pack_into("<H", fib, 152, 93)  # cbRgFcLcb
    clx = struct.pack("<BI", 2, 4 * 2 + 8) + struct.pack("<II", 0, count)
    fc = (1024 * 2) | 0x40000000 if compressed else 1024
    clx += struct.pack("<HIH", 0, fc, 0)
    struct.pack_into("<II", fib, 154 + 33 * 8, 0, len(clx))  # fcClx, lcbClx
    return bytes(fib) + text, {"0Table": clx}


def test_compressed_piece_is_cp1252_and_cells_end_at_bell_marks() -> None:
    # (a file without paragraph properties: a bell right after a cell's bell ends the row)
    word, tables = _word_stream(b"Plan\rA\x07B\x07\x07C\x07D\x07\x07End\r", compressed=True)
    paragraphs = read_word_binary(word, tables)
    assert [(p.text, p.mark) for p in paragraphs][:4] == [("Plan", "\r"), ("A", "\x07"), ("B", "\x07"), ("", "\x07")]
    from graph.ingest.doc import _lines

    lines, tables_out = _lines(paragraphs)
    assert lines == ["Plan", "A\tB", "C\tD", "End"]
    assert tables_out == [(("A", "B"), ("C", "D"))]


def test_unicode_piece_and_field_codes() -> None:
    text = "市商务局负责\x13 HYPERLINK \"http://x\" \x14园区\x15建设。\x0b第二行\r".encode("utf-16-le")
    word, tables = _word_stream(text, compressed=False)
    from graph.ingest.doc import _lines

    assert _lines(read_word_binary(word, tables))[0] == ["市商务局负责园区建设。 第二行"]


def test_encrypted_and_pre_97_files_are_refused(tmp_path: Path) -> None:
    from graph.ingest.doc_binary import DocError

    word, tables = _word_stream(b"x\r", compressed=True, flags=0x0100)
    with pytest.raises(DocError, match="encrypted"):
        read_word_binary(word, tables)
    old = bytearray(_word_stream(b"x\r", compressed=True)[0])
    struct.pack_into("<H", old, 2, 0x65)
    with pytest.raises(DocError, match="Word 6/95"):
        read_word_binary(bytes(old), tables)
    cut, tables = _word_stream("市商务局负责".encode("utf-16-le"), compressed=False)
    with pytest.raises(DocError, match="truncated"):
        read_word_binary(cut[:-4], tables)


def test_zip_named_xls_that_is_not_a_workbook(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "省商务厅负责")
    path = tmp_path / "fake.xls"
    path.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match=r"not an \.xlsx file"):
        read_document(path)


def test_doc_decimal_and_heavenly_stem_lists_draw_their_labels_as_word_does() -> None:
    # round 178's causes in a .doc (tests/test_forms178_causes.py for the .docx): a decimal label set apart from its text
    # by the tab Word draws (ixchFollow), not glued to it; ideographTraditional drawn as 甲, not 1
    d = read_document(LEGACY / "outline.doc")
    assert d.text.splitlines()[1:] == [
        "1 总体要求", "2 重点任务", "2.1 加强种质资源保护", "2.1.1 开展种质资源普查。（县种子管理站负责）",
        "第一章工作任务", "一、加强隐患排查", "（甲）输配电线路隐患排查。（县供电公司负责）"]
    tasks = [(t.path, [a.mention for a in t.assignees]) for t in extract(d).tasks]
    assert tasks[0] == (("2", "2.1", "2.1.1"), ["县种子管理站"])
    assert tasks[1][0][-3:] == ("一", "一", "甲") and tasks[1][1] == ["县供电公司"]  # (the chapter nests under 2.1.1 here)
