"""Causes found by rounds 186-187's first run (containers, a blind hand; docs/made-eval-forms.md "Rounds 186–187"), each
on inputs of our own:

- a page whose notice stands in an ``<iframe srcdoc>`` was read as nothing of it (the frame skipped): no title, no task;
- a mark table (the header names the units, one column each; a row marks its units ``★`` / ``√`` under a legend
  ``★为牵头单位，√为责任单位``) gave no task;
- a PDF's landscape page stored turned (``/Rotate 90``): its ruled table's rules came out with float noise, pdfplumber split
  the table and the 配合单位 column was lost.
"""

from __future__ import annotations

import io
from pathlib import Path

from graph import extract_file
from graph.extract.responsibility import extract_tasks
from graph.ingest.html import read_html

HERE = Path(__file__).resolve().parent


def _tasks(ex) -> list:  # type: ignore[no-untyped-def]
    return [("/".join(t.path), [(a.mention, a.role, a.generic) for a in t.assignees]) for t in ex.tasks]


# ---------------------------------------------------------------------------------------------- iframe srcdoc


def _frame_page(inner: str, src_only: bool = False) -> bytes:
    import html

    frame = '<iframe src="/doc/123.html"></iframe>' if src_only else f'<iframe srcdoc="{html.escape(inner, quote=True)}">'
    return ('<html><head><meta charset="utf-8"><title>某县人民政府网</title></head><body>'
            '<div class="top">某县人民政府网　|　政务公开</div>'
            f'{frame}</iframe><div class="foot">主办：某县人民政府办公室</div></body></html>').encode()


INNER = ("<html><body><p>某县人民政府办公室关于印发《某县2021年村庄清洁行动方案》的通知</p>"
         "<p>各乡镇人民政府，县直各有关单位：</p><p>现将方案印发给你们，请认真组织实施。</p>"
         "<p>一、重点任务</p><p>（一）清理村庄垃圾。开展村庄清洁行动，清理房前屋后杂物。（县农业农村局牵头，各乡镇人民政府配合）</p>"
         "</body></html>")


def test_a_frame_srcdoc_is_read_in_its_place() -> None:
    doc = read_html(_frame_page(INNER), "a.html")
    lines = doc.text.splitlines()
    assert lines[0] == "某县人民政府办公室关于印发《某县2021年村庄清洁行动方案》的通知"
    assert "（一）清理村庄垃圾。开展村庄清洁行动，清理房前屋后杂物。（县农业农村局牵头，各乡镇人民政府配合）" in lines
    assert "某县人民政府网　|　政务公开" not in lines


def test_a_frame_page_gives_its_tasks(tmp_path: Path) -> None:
    f = tmp_path / "frame.html"
    f.write_bytes(_frame_page(INNER))
    ex = extract_file(f)
    assert ex.meta.title == "某县人民政府办公室关于印发《某县2021年村庄清洁行动方案》的通知"
    assert _tasks(ex) == [("一/一", [("县农业农村局", "lead", False), ("各乡镇人民政府", "support", True)])]


def test_a_frame_with_src_only_is_no_text() -> None:
    page = _frame_page("", src_only=True).replace(b"<body>", b"<body><div><p>" + "正文".encode() * 20 + b"</p></div>")
    assert "某县人民政府网" not in read_html(page, "b.html").text.split("\n")[-2]


# ---------------------------------------------------------------------------------------------- mark tables

MARKED = ("二、重点任务\n重点任务分工见下表（★为牵头单位，√为责任单位）。\n"
          "序号\t重点任务\t区发改委\t区财政局\t区市场监管局\t完成时限\n"
          "1\t推行企业开办全程电子化办理\t\t√\t★\t2022年6月\n"
          "2\t落实减税降费政策，及时兑现惠企资金\t√\t★\t\t2022年12月\n"
          "3\t加强事中事后监管\t\t\t★\t2022年12月\n")


def _read(text: str) -> list:
    return [("/".join(t.path), text[t.text_span.start:t.text_span.start + 8],
             [(a.mention, a.role) for a in t.assignees], t.deadline) for t in extract_tasks(text, repeated=True)]


def test_b_mark_table_rows_with_a_legend() -> None:
    assert _read(MARKED) == [
        ("二", "推行企业开办全程", [("区财政局", "responsible"), ("区市场监管局", "lead")], "2022年6月"),
        ("二", "落实减税降费政策", [("区发改委", "responsible"), ("区财政局", "lead")], "2022年12月"),
        ("二", "加强事中事后监管", [("区市场监管局", "lead")], "2022年12月"),
    ]


def test_b_mark_table_without_a_legend_marks_responsible_units() -> None:
    text = MARKED.replace("（★为牵头单位，√为责任单位）", "")
    assert [[r for _, r in who] for _, _, who, _ in _read(text)] == [
        ["responsible", "responsible"], ["responsible", "responsible"], ["responsible"]]


def test_b_a_legend_of_support_and_other_signs() -> None:
    text = MARKED.replace("（★为牵头单位，√为责任单位）", "（●表示牵头单位，○表示配合单位）").replace("★", "●").replace("√", "○")
    assert _read(text)[1][2] == [("区发改委", "support"), ("区财政局", "lead")]


def test_b_a_table_with_text_under_its_unit_columns_is_no_mark_table() -> None:
    text = MARKED.replace("\t\t√\t★\t2022年6月", "\t\t已完成\t★\t2022年6月")
    assert _read(text) == []


def test_b_a_mark_table_in_a_word_file(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for p in ("某区人民政府办公室关于印发《某区2022年营商环境任务分工》的通知", "一、重点任务", "（★为牵头单位，√为责任单位）"):
        d.add_paragraph(p)
    rows = [["序号", "重点任务", "区发改委", "区财政局", "完成时限"], ["1", "深化工程建设项目审批制度改革", "★", "√", "2022年9月"]]
    t = d.add_table(rows=2, cols=5)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    f = tmp_path / "marks.docx"
    d.save(str(f))
    assert _tasks(extract_file(f)) == [("一", [("区发改委", "lead", False), ("区财政局", "responsible", False)])]


# ---------------------------------------------------------------------------------------------- a turned PDF page


def test_c_a_turned_landscape_page_keeps_its_table_whole() -> None:
    from graph.ingest.pdf import read_pdf

    data = (HERE / "made_gold" / "forms187" / "docs" / "xixiu_nongtian_2021.pdf").read_bytes()
    text = read_pdf(data, "x.pdf").text
    assert "序号\t工作任务\t牵头单位\t配合单位\t完成时限" in text
    assert "1\t完成项目初步设计评审和批复\t农田建设管理科\t区发展和改革局、区财政局\t2021年5月" in text


def test_c_a_turned_page_made_here(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from graph.ingest.pdf import read_pdf

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4), invariant=1)
    c.setFont("STSong-Light", 11)
    rows = [["序号", "工作任务", "牵头单位", "配合单位"], ["1", "完成项目评审", "县农业局", "县财政局、县水利局"],
            ["2", "组织项目验收", "县水利局", "县审计局"]]
    xs, top = [60.0, 110.0, 330.0, 470.0, 700.0], 500.0
    for r, row in enumerate(rows):
        y = top - 24 * r
        c.line(xs[0], y, xs[-1], y)
        for k, v in enumerate(row):
            c.drawString(xs[k] + 4, y - 16, v)
    c.line(xs[0], top - 72, xs[-1], top - 72)
    for x in xs:
        c.line(x, top, x, top - 72)
    c.showPage()
    c.save()
    writer = PdfWriter()
    page = writer.add_page(PdfReader(buf).pages[0])
    page.rotate(270)
    page.transfer_rotation_to_content()
    page.rotate(90)  # stored portrait, shown landscape
    out = io.BytesIO()
    writer.write(out)
    text = read_pdf(out.getvalue(), "t.pdf").text
    assert "1\t完成项目评审\t县农业局\t县财政局、县水利局" in text
    assert "2\t组织项目验收\t县水利局\t县审计局" in text


def test_c_rules_without_noise_keep_pdfplumbers_settings() -> None:
    import pdfplumber

    from graph.ingest.pdf_rules import snapped_settings

    data = (HERE / "made_gold" / "forms187" / "docs" / "xixiu_nongtian_2021.pdf").read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert snapped_settings(pdf.pages[0]) is None  # (a portrait page of text: no rules)
        assert snapped_settings(pdf.pages[1]) is not None


def test_b_a_mark_table_under_a_merged_units_header_in_a_word_file(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for p in ("某区人民政府办公室关于印发《某区任务分工》的通知", "一、重点任务", "（★为牵头单位，√为责任单位）"):
        d.add_paragraph(p)
    t = d.add_table(rows=4, cols=6)
    cells = [["序号", "重点任务", "责任单位", "", "", "完成时限"], ["", "", "区发改委", "区财政局", "区商务局", ""],
             ["1", "推进消费提质扩容", "√", "", "★", "2022年6月"], ["2", "落实减税降费政策", "√", "★", "", "2022年12月"]]
    for r, row in enumerate(cells):
        for c, v in enumerate(row):
            if v:
                t.cell(r, c).text = v
    t.cell(0, 2).merge(t.cell(0, 4)).text = "责任单位"
    for c in (0, 1, 5):
        t.cell(0, c).merge(t.cell(1, c)).text = cells[0][c]
    f = tmp_path / "two.docx"
    d.save(str(f))
    assert _tasks(extract_file(f)) == [  # (the units row no task of the 责任单位 header's)
        ("一", [("区发改委", "responsible", False), ("区商务局", "lead", False)]),
        ("一", [("区发改委", "responsible", False), ("区财政局", "lead", False)]),
    ]


def test_b_a_mark_table_in_a_workbook(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["某市2023年重点工作任务清单（●为牵头单位，○为配合单位）"],
                ["序号", "工作任务", "市发改委", "市财政局", "市水务局", "完成时限"],
                ["1", "实施水库除险加固", None, "○", "●", "2023年6月"]):
        ws.append(row)
    f = tmp_path / "marks.xlsx"
    wb.save(str(f))
    assert _tasks(extract_file(f)) == [("", [("市财政局", "support", False), ("市水务局", "lead", False)])]


def test_b_a_quoted_sign_in_the_legend_of_a_page() -> None:
    text = MARKED.replace("（★为牵头单位，√为责任单位）", "注：打“√”的为责任单位，“★”为牵头单位。")
    assert _read(text)[0][2] == [("区财政局", "responsible"), ("区市场监管局", "lead")]
