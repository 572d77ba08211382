"""Rounds 33–34 (tests/made_gold/forms33, forms34, docs/made-eval-forms.md "Rounds 33–34"): the causes of the rounds'
first-run misses, on sentences and documents of our own (not the rounds'): the units that follow an item after a dash
(`。——X牵头，Y配合`, `。——X、Y`) are its clause; a party organ or an office under a place list is a collective subject
(`各县（市、区）党委宣传部要…`); a department's own divisions as one (`部机关各司局`) and its bare `办公厅` are subjects; a
PDF's ruled table wider than the text block is no edge of it (the wrapped lines of the page joined again)."""

from __future__ import annotations

from pathlib import Path

import graph
from graph.extract.prose import prose_tasks
from graph.extract.responsibility import extract_tasks
from graph.ingest import read_document
from graph.ingest.normalize import normalize


def _tasks(text: str) -> list[tuple[tuple[str, ...], str, list[tuple[str, str]], str]]:
    t = normalize(text)
    return [(x.path, t[x.text_span.start : x.text_span.end], [(a.mention, a.role) for a in x.assignees], x.form)
            for x in extract_tasks(t)]


def _prose(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(normalize(text))]


def test_units_after_a_dash_that_closes_an_item_are_its_clause(tmp_path: Path) -> None:
    text = ("二、优化营商环境\n"
            "3.开展涉企收费专项清理，建立长效监管机制。——市发展改革委牵头，市财政局、市市场监管局配合\n"
            "4.推行告知承诺制，扩大适用事项范围。——市行政审批局、市司法局\n"
            "5.完善企业服务专员制度。——各县（区）人民政府负责。\n")
    assert _tasks(text) == [
        (("二", "3"), "开展涉企收费专项清理，建立长效监管机制。",
         [("市发展改革委", "lead"), ("市财政局", "support"), ("市市场监管局", "support")], "clause"),
        (("二", "4"), "推行告知承诺制，扩大适用事项范围。", [("市行政审批局", "responsible"), ("市司法局", "responsible")],
         "clause"),
        (("二", "5"), "完善企业服务专员制度。", [("各县（区）人民政府", "responsible")], "clause"),
    ]
    # not a prose task as well (the document's reading)
    doc = tmp_path / "dash.txt"
    doc.write_text(text, encoding="utf-8")
    assert [t.form for t in graph.extract_file(doc).tasks] == ["clause", "clause", "clause"]


def test_a_dash_that_opens_a_line_or_names_no_unit_is_no_clause() -> None:
    # a slogan line under a heading, a dash inside a sentence, words after a dash that are no units
    assert _tasks("一、总体要求\n——创新为本，市科技局、市财政局\n建设三大平台——市科技局、市财政局\n") == []
    assert _tasks("1.推进乡村振兴。——全面推进，久久为功\n") == []


def test_a_party_organ_or_office_under_a_place_list_is_a_collective_subject() -> None:
    assert _prose("各县（市、区）党委宣传部要加强正面宣传，营造良好氛围。") == [
        [("各县（市、区）党委宣传部", "responsible", True)]]
    assert _prose("各县（市、区）政府办公室要及时报送工作进展。") == [[("各县（市、区）政府办公室", "responsible", True)]]
    # a named organ stays named
    assert _prose("市委宣传部要加强舆论引导。") == [[("市委宣传部", "responsible", False)]]


def test_a_departments_own_divisions_as_one_and_its_bare_office_are_subjects() -> None:
    # round 34: 部机关各司局 (a collective of the issuer's divisions), a bare 办公厅 (the issuer's own office: named)
    assert _prose("部机关各司局、各直属单位要认真抓好落实。") == [
        [("部机关各司局", "responsible", True), ("各直属单位", "responsible", True)]]
    assert _prose("厅机关各处室要按照分工推进。") == [[("厅机关各处室", "responsible", True)]]
    assert _prose("局内各科室要加强协作。") == [[("局内各科室", "responsible", True)]]
    assert _prose("办公厅要加强督查督办，定期通报进展。") == [[("办公厅", "responsible", False)]]
    # another body's office is no subject of the issuer's
    assert _prose("该委办公厅要加强统筹协调。") == []


def _ruled_pdf(path: Path) -> Path:
    """A text-layer PDF: a wrapped paragraph, then a ruled table a little wider than the text block."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("p", fontName="STSong-Light", fontSize=10.5, leading=24, wordWrap="CJK", firstLineIndent=21)
    text = ("各乡镇人民政府和县直有关部门要按照工作方案要求，结合本地本部门实际，细化工作措施，明确时间节点，"
            "确保各项任务按期完成并取得实效。")
    rows = [["序号", "任务", "牵头单位", "配合单位"], ["1", "建设乡镇综合文化站", "县文化旅游局", "县财政局"]]
    table = Table([[Paragraph(v, style) for v in r] for r in rows], colWidths=[40, 200, 110, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([Paragraph(text, style), table])
    return path


def test_a_ruled_tables_width_is_no_edge_of_the_text_block(tmp_path: Path) -> None:
    # a table wider than the text block made every wrapped line of the page look short: none was joined
    doc = read_document(_ruled_pdf(tmp_path / "ruled.pdf"))
    lines = doc.text.split("\n")
    assert lines[0].startswith("各乡镇人民政府") and lines[0].endswith("取得实效。")
    assert lines[1].split("\t") == ["序号", "任务", "牵头单位", "配合单位"]


def test_a_subjects_cue_then_a_supporting_list_apart_by_a_dun_comma() -> None:
    # probing after round 34: 由X负责、Y配合 as 由X负责，Y配合
    assert _prose("由县商务局负责、县财政局、县税务局配合，建立重点企业联系制度。") == [
        [("县商务局", "responsible", False), ("县财政局", "support", False), ("县税务局", "support", False)]]
    assert _prose("县农业农村局牵头、各乡镇人民政府配合，开展秸秆禁烧巡查。") == [
        [("县农业农村局", "lead", False), ("各乡镇人民政府", "support", True)]]
    # a 、 between two verbs after 负责 parts nothing
    assert _prose("县商务局负责督促、指导各乡镇做好配合。") == [[("县商务局", "responsible", False)]]
