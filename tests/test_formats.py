"""HTML, .docx and PDF readers: the same facts as the plain text of the same document.

Facts are compared, not offsets: tasks (path, the first 12 characters of the task text without
whitespace, the (mention, role) list), targets (value, unit, deadline) and citations (title,
文号, kind).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

import graph
from graph.errors import InputError
from graph.extract import extract
from graph.ingest import document_from_bytes, read_document
from graph.model import Document, Extraction

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
DOCS = CORPUS / "docs"
HTML = CORPUS / "html"
SEED = DOCS / "000_d675dad4058447c9.txt"
GOVCN_DOC = DOCS / "govcn_2018_5359620.txt"  # 39 tasks, 5 targets, 2 citations

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")

HTML_STEMS = sorted(p.stem for p in HTML.glob("*.html")) if HTML.is_dir() else []

# Pages whose .txt prints every table cell on a line of its own (the crawl's text), while the
# HTML reader prints a table row as one line of tab-separated cells. On a row, a number has its
# column header's neighbours in the same sentence, so the row form yields facts the one-cell-per-
# line form cannot (e.g. 完成及时率 | 100%). For these pages the test checks that (a) with the
# cells put back one per line the HTML gives exactly the text's facts, so nothing is lost or
# garbled, and (b) read as rows it gives the same tasks and a superset of targets and citations.
TABLE_ROWS_ADD_FACTS = {
    "jiangxi_art_5421_1505397": "budget performance table row 完成及时率 | 100% becomes a target",
    "jiangxi_art_5400_1597952": "licence table row: 许可文件编号 赣法计（2020）01710号 becomes a citation",
}

# Metadata the text states and the page does not (page values win over the text).
META_EXCEPTIONS = {
    ("jiangxi_art_5400_1597952", "doc_number"): (
        "the page's 文号 is 无; the text's '文号' is a licence number read from the table"
    ),
}


def facts(ex: Extraction) -> tuple[list, list, list]:
    text = ex.document.text
    tasks = sorted(
        (
            t.path,
            re.sub(r"\s+", "", t.text_span.quote(text))[:12],
            tuple((a.mention, a.role) for a in t.assignees),
        )
        for t in ex.tasks
    )
    targets = sorted(((t.value, t.unit, t.deadline) for t in ex.targets), key=repr)
    citations = sorted(((c.title or "", c.doc_number or "", c.kind) for c in ex.citations), key=repr)
    return tasks, targets, citations


def squeeze(s: str | None) -> str:
    """Without whitespace and punctuation."""
    return re.sub(r"[\s\W_]", "", s or "")


# --------------------------------------------------------------------------- HTML pages


@needs_corpus
@pytest.mark.parametrize("stem", HTML_STEMS)
def test_html_page_has_the_facts_of_its_text(stem: str) -> None:
    page = graph.extract_file(HTML / f"{stem}.html")
    plain = graph.extract_file(DOCS / f"{stem}.txt")
    assert page.document.media_type == "text/html"
    got, want = facts(page), facts(plain)
    if stem not in TABLE_ROWS_ADD_FACTS:
        assert got[0] == want[0], "tasks differ"
        assert got[1] == want[1], "targets differ"
        assert got[2] == want[2], "citations differ"
    else:
        cells = page.document
        as_cells = Document(source=cells.source, text=cells.text.replace("\t", "\n"), meta=cells.meta)
        assert facts(extract(as_cells)) == want, "with one cell per line the page must give the text's facts"
        assert got[0] == want[0], "tasks differ"
        for name, g, w in zip(("targets", "citations"), got[1:], want[1:], strict=True):
            missing = [f for f in w if f not in g]
            assert not missing, f"{name} of the text missing from the page: {missing}"
        assert got != want, f"{stem} no longer differs: remove it from TABLE_ROWS_ADD_FACTS"


@needs_corpus
@pytest.mark.parametrize("stem", HTML_STEMS)
def test_html_page_metadata_is_at_least_as_good(stem: str) -> None:
    page = graph.extract_file(HTML / f"{stem}.html")
    plain = graph.extract_file(DOCS / f"{stem}.txt")
    first_line = (DOCS / f"{stem}.txt").read_text(encoding="utf-8").split("\n", 1)[0]
    assert squeeze(page.meta.title) == squeeze(first_line)
    # the text's first line is the title too
    assert squeeze(page.document.text.split("\n", 1)[0]) == squeeze(first_line)
    for field in ("doc_number", "issuer", "date"):
        if getattr(plain.meta, field) and (stem, field) not in META_EXCEPTIONS:
            has = getattr(plain.meta, field)
            assert getattr(page.meta, field), f"{field}: text has {has!r}, page has none"


@needs_corpus
def test_govcn_page_metadata_table() -> None:
    doc = read_document(HTML / "govcn_2018_5338761.html")
    meta = dict(doc.meta)
    assert meta == {
        "title": "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知",
        "doc_number": "国办函〔2018〕71号",
        "issuer": "国务院办公厅",
        "date": "2018-10-27",
    }
    lines = doc.text.split("\n")
    # title, then the body as printed (its title split over two lines), no page chrome
    assert lines[:4] == [
        meta["title"], "国务院办公厅关于印发《政府网站集约化", "试点工作方案》的通知", "国办函〔2018〕71号"
    ]
    assert "索 引 号" not in doc.text and "主题分类" not in doc.text


@needs_corpus
def test_jiangxi_page_body_and_metadata() -> None:
    doc = read_document(HTML / "jiangxi_art_4975_1503934.html")
    meta = dict(doc.meta)
    assert meta["doc_number"] == "赣府厅发〔2020〕4号"
    assert meta["date"] == "2020-02-05"
    assert meta["issuer"] == "省政府办公厅"
    assert doc.text.split("\n")[:2] == [
        "江西省人民政府办公厅关于新时代推进普通高中育人方式改革的实施意见",
        "各市、县(区)人民政府，省政府各部门：",
    ]
    assert "（责任单位：省教育厅，各市、县〔区〕政府，赣江新区管委会）" in doc.text
    chrome_words = ("打印本页", "关闭窗口", "分享到", "索  引  号", "扫一扫", "_bd_share_config", "来源：")
    for chrome in chrome_words:
        assert chrome not in doc.text
    # the editors' link to the interpretation is inside the article, as in the .txt (citations skip it)
    last = doc.text.rstrip("\n").rsplit("\n", 1)[-1]
    assert last == "相关解读：解读《新时代推进普通高中育人方式改革的实施意见》"
    # a 文号 of 无 is no 文号
    assert "doc_number" not in dict(read_document(HTML / "jiangxi_art_14208_1503750.html").meta)


def test_html_blocks_lines_and_table_rows() -> None:
    page = """<html><head><meta charset="gb2312"><title>x</title><style>p{}</style></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a></div>
    <div id="zoom"><p>关于推进质量提升的通知</p><p>一、加强  监管。<span>（省商务厅负责）</span></p>
    <p>（一）推进试点<br>1.建立制度（省财政厅牵头，省审计厅配合）</p>
    <table><tr><td><p>任务</p></td><td>牵头单位</td><td>配合单位</td></tr>
    <tr><td>建立台账</td><td>省商务厅</td><td>省财政厅<br/>省审计厅</td></tr></table>
    <script>var x = "不是正文";</script></div></body></html>"""
    doc = document_from_bytes(page.encode("gb18030"), "p.html")
    assert doc.encoding == "gb18030"
    assert doc.text.split("\n") == [
        "关于推进质量提升的通知",
        "一、加强 监管。（省商务厅负责）",
        "（一）推进试点",
        "1.建立制度（省财政厅牵头，省审计厅配合）",
        "任务\t牵头单位\t配合单位",
        "建立台账\t省商务厅\t省财政厅 省审计厅",
        "",
    ]


def test_html_generic_article_without_known_container() -> None:
    body = "".join(f"<p>（{n}）推进第{n}项工作，完善制度，加强监管。（省商务厅负责）</p>" for n in "一二三")
    menu = '<ul class="menu"><li><a href="/">首页</a></li><li><a href="/b">机构设置</a></li></ul>'
    page = f"""<html><body>{menu}
    <div class="main"><div class="left"><h1>省政府关于推进工作的意见</h1>{body}</div>
    <div class="side"><a href="/c">相关文件一</a><a href="/d">相关文件二</a></div></div>
    <div class="footer">主办：省政府办公厅 版权所有</div></body></html>"""
    doc = document_from_bytes(page.encode(), "g.html")
    lines = doc.text.strip().split("\n")
    assert lines[0] == "省政府关于推进工作的意见"
    assert len(lines) == 4 and "版权所有" not in doc.text and "首页" not in doc.text
    assert len(extract(doc).tasks) == 3


# --------------------------------------------------------------------------- .docx


def _docx_from_lines(lines: list[str], path: Path, title: str = "") -> Path:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    if title:
        d.core_properties.title = title
    d.save(str(path))
    return path


@needs_corpus
@pytest.mark.parametrize("source", [SEED, GOVCN_DOC], ids=["seed", "govcn"])
def test_docx_has_the_facts_of_its_text(source: Path, tmp_path: Path) -> None:
    lines = source.read_text(encoding="utf-8").split("\n")
    path = _docx_from_lines(lines, tmp_path / f"{source.stem}.docx")
    word = graph.extract_file(path)
    plain = graph.extract_file(source)
    assert word.document.media_type.endswith("wordprocessingml.document")
    assert facts(word) == facts(plain)
    assert facts(plain)[0], "the source must have tasks for this test to mean something"
    assert squeeze(word.meta.title) == squeeze(plain.meta.title)


def test_docx_task_table_rows_in_document_order(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("关于印发重点任务分工的通知")
    d.add_paragraph("一、重点任务分工如下：")
    table = d.add_table(rows=3, cols=3)
    rows = [
        ("任务", "牵头单位", "配合单位"),
        ("建立质量安全追溯体系", "省商务厅", "省农委、省食品药品监管局"),
        ("开展质量提升行动", "省质监局", "各市人民政府"),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    d.add_paragraph("二、各地要抓好落实。")
    d.core_properties.title = "重点任务分工"
    path = tmp_path / "tasks.docx"
    d.save(str(path))
    doc = read_document(path)
    assert doc.text.split("\n") == [
        "关于印发重点任务分工的通知",
        "一、重点任务分工如下：",
        "任务\t牵头单位\t配合单位",
        "建立质量安全追溯体系\t省商务厅\t省农委、省食品药品监管局",
        "开展质量提升行动\t省质监局\t各市人民政府",
        "二、各地要抓好落实。",
        "",
    ]
    assert doc.tables == (tuple(rows),)
    assert dict(doc.meta) == {"title": "重点任务分工"}


def test_docx_without_core_title_has_no_title_meta(tmp_path: Path) -> None:
    lines = ["省政府关于推进工作的意见", "（一）推进试点。（省商务厅负责）"]
    path = _docx_from_lines(lines, tmp_path / "t.docx")
    doc = read_document(path)
    assert "title" not in dict(doc.meta)
    assert extract(doc).meta.title == "省政府关于推进工作的意见"


# --------------------------------------------------------------------------- PDF


def _cjk_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def _pdf_from_lines(lines: list[str], path: Path, wrap: bool = True, size: float = 10.5) -> Path:
    """A PDF printed like a real one.

    The seed's paragraphs run to 1,240 characters, far wider than a page, so one PDF line per
    text line is impossible; instead each paragraph is wrapped to the text width the way a word
    processor does: its first line indented by two characters, the following lines flush left
    and as full as the width allows. The reader re-joins a wrapped paragraph from that geometry
    (see graph/ingest/pdf.py), which is what a real government PDF needs too. ``wrap=False``
    prints each text line as one PDF line, unindented, for short lines.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    font = _cjk_font()
    width, height = A4
    margin = 72.0
    text_width = width - 2 * margin
    lead = size * 1.6
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, size)
    y = height - margin

    def put(x: float, s: str) -> None:
        nonlocal y
        if y < margin:
            c.showPage()
            c.setFont(font, size)
            y = height - margin
        c.drawString(x, y, s)
        y -= lead

    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not wrap:
            put(margin, line)
            continue
        indent = 2 * size
        rest = line
        while rest:
            room = text_width - indent
            n = 1
            while n < len(rest) and stringWidth(rest[: n + 1], font, size) <= room:
                n += 1
            put(margin + indent, rest[:n])
            rest, indent = rest[n:], 0.0
    c.showPage()
    c.save()
    return path


@needs_corpus
def test_pdf_has_the_tasks_of_its_text(tmp_path: Path) -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    path = _pdf_from_lines(lines, tmp_path / "seed.pdf")
    pdf = graph.extract_file(path)
    plain = graph.extract_file(SEED)
    assert pdf.document.media_type == "application/pdf"
    got, want = facts(pdf), facts(plain)
    assert want[0], "the seed has tasks"
    assert got[0] == want[0], "tasks and their assignments differ"
    assert got[1] == want[1], "targets differ"
    assert got[2] == want[2], "citations differ"
    # every paragraph came back as one line (a space where the wrap fell is lost: compare without)
    assert [re.sub(r"\s+", "", ln) for ln in pdf.document.text.split("\n") if ln] == [
        re.sub(r"\s+", "", ln) for ln in lines if ln.strip()
    ]


def test_pdf_short_lines_come_back_exactly(tmp_path: Path) -> None:
    lines = ["关于推进质量提升的通知", "一、加强监管。", "（一）推进试点。（省商务厅负责）", "1.建立制度。"]
    doc = read_document(_pdf_from_lines(lines, tmp_path / "short.pdf", wrap=False))
    assert doc.text.split("\n")[:-1] == lines


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="no text layer"):
        read_document(path)


def test_encrypted_pdf(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt="secret")
    c.setFont(_cjk_font(), 12)
    c.drawString(72, 700, "省商务厅负责")
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="encrypted"):
        read_document(path)


# --------------------------------------------------------------------------- bad input


@needs_corpus
@pytest.mark.parametrize("stem", ["govcn_2018_5338761", "jiangxi_art_4975_1503934"])
def test_truncated_html(stem: str, tmp_path: Path) -> None:
    path = tmp_path / f"{stem}.html"
    path.write_bytes((HTML / f"{stem}.html").read_bytes()[:200])
    with pytest.raises(InputError, match="truncated or malformed HTML: no body text") as exc:
        read_document(path)
    assert exc.value.path == str(path)


def test_navigation_only_html(tmp_path: Path) -> None:
    names = ["首页", "政务公开", "政策文件", "政策解读", "政务服务", "互动交流", "走进江西", "机构设置"]
    items = "".join(f'<li><a href="/c{i}">{name}</a></li>' for i, name in enumerate(names))
    page = f"""<html><head><title>江西省人民政府</title></head><body><div class="nav"><ul>{items}</ul></div>
    <div class="bt-position">当前位置：<a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>
    <div class="footer"><a href="/about">关于我们</a> <a href="/map">网站地图</a></div></body></html>"""
    path = tmp_path / "nav.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(InputError, match="no body text"):
        read_document(path)


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "省商务厅负责")
    path = tmp_path / "fake.docx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match=r"not a \.docx file"):
        read_document(path)
    path.write_bytes(b"PK\x03\x04 this is not a zip at all")
    with pytest.raises(InputError, match=r"not a \.docx file \(bad zip\)"):
        read_document(path)


def test_random_bytes_pdf(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    path = tmp_path / "noise.pdf"
    path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    with pytest.raises(InputError, match="not a PDF"):
        read_document(path)


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = _pdf_from_lines(["省政府关于推进工作的意见"] * 3, tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert "PDF" in exc.value.reason
