"""Round 39 (tests/made_gold/forms39, docs/made-eval-forms.md "Round 39"): the causes of the round's first-run misses,
on documents of our own (not the round's): a PDF table printed without rules whose cells wrap onto further printed lines
is read one row a task (the wrapped lines go on their cells); a header `协同` (under `责任分工`) names the partners."""

from __future__ import annotations

from pathlib import Path

import graph


def _ruleless_pdf(path: Path) -> Path:
    """A text-layer PDF: a heading, a task table printed without rules whose task and partner cells wrap, then a
    paragraph that opens at the left margin."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("p", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")
    rows = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "建设县域商业体系，完善农村物流配送网络和冷链设施", "县商务局", "县交通运输局、县供销社、县邮政分公司", "2024年底"],
            ["2", "开展农产品产销对接活动", "县农业农村局", "县商务局", "长期"]]
    table = Table([[Paragraph(v, style) for v in r] for r in rows], colWidths=[30, 150, 90, 120, 56])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = [Paragraph("一、重点任务", style), table, Paragraph("二、工作要求", style),
             Paragraph("县商务局要加强统筹调度。", style)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def test_a_ruleless_pdf_tables_wrapped_cells_go_on_their_rows(tmp_path: Path) -> None:
    ex = graph.extract_file(_ruleless_pdf(tmp_path / "ruleless.pdf"))
    lines = ex.document.text.splitlines()
    assert "1\t建设县域商业体系，完善农村物流配送网络和冷链设施\t县商务局\t县交通运输局、县供销社、县邮政分公司\t2024年底" in lines
    assert "二、工作要求" in lines  # the paragraph after the table is no cell's
    rows = [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks if t.form == "table"]
    assert rows == [[("县商务局", "lead"), ("县交通运输局", "support"), ("县供销社", "support"), ("县邮政分公司", "support")],
                    [("县农业农村局", "lead"), ("县商务局", "support")]]


def test_a_header_xietong_under_a_division_of_work_names_the_partners(tmp_path: Path) -> None:
    doc = tmp_path / "xietong.html"
    doc.write_text(
        "<html><body><h1>某市关于印发2024年工作要点的通知</h1><p>一、重点工作</p><table border='1'><thead>"
        "<tr><th rowspan='2'>序号</th><th rowspan='2'>重点工作</th><th colspan='2'>责任分工</th></tr>"
        "<tr><th>牵头</th><th>协同</th></tr></thead><tbody>"
        "<tr><td>1</td><td>推进农村公路提档升级</td><td>市交通运输局</td><td>市财政局、市农业农村局</td></tr>"
        "</tbody></table></body></html>", encoding="utf-8")
    rows = [[(a.mention, a.role) for a in t.assignees] for t in graph.extract_file(doc).tasks]
    assert rows == [[("市交通运输局", "lead"), ("市财政局", "support"), ("市农业农村局", "support")]]


def test_a_zone_governed_like_a_place_names_its_bodies_and_joins_the_levels_before_it() -> None:
    from graph.extract.mentions import _split_names
    from graph.extract.prose import prose_tasks
    from graph.ingest.normalize import normalize

    assert [m for m, _, _ in _split_names("各设区市、平潭综合实验区民政部门", 0) or []] == ["各设区市、平潭综合实验区民政部门"]
    # two bodies named in full stay two; a city's bureau after the levels is no part of the collective
    assert [m for m, _, _ in _split_names("各设区市人民政府、平潭综合实验区管委会", 0) or []] == [
        "各设区市人民政府", "平潭综合实验区管委会"]
    assert [m for m, _, _ in _split_names("各设区市、厦门市商务局", 0) or []] == ["各设区市", "厦门市商务局"]
    tasks = prose_tasks(normalize("各设区市民政局和平潭综合实验区社会事业局要结合实际抓好落实。"))
    assert [[(a.mention, a.generic) for a in t.assignees] for t in tasks] == [
        [("各设区市民政局", True), ("平潭综合实验区社会事业局", False)]]
