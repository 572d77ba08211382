"""Round 37 (tests/made_gold/forms37, docs/made-eval-forms.md "Round 37"): the causes of the round's first-run misses,
on sentences and documents of our own (not the round's): a ruled PDF table's cell whose units are stacked one per line
is read as several units (the author's line breaks kept as spaces, a wrapped line still joined without one); an
organisation's own department printed bare (`安全环保部要会同人力资源部…`) is a prose subject."""

from __future__ import annotations

from pathlib import Path

import graph
from graph.extract.prose import prose_tasks
from graph.ingest.normalize import normalize


def _prose(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(normalize(text))]


def _stacked_pdf(path: Path) -> Path:
    """A text-layer PDF: a heading, then a ruled task table whose units cells stack units one per line (one of
    them also wrapped in a narrow cell)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("p", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")
    rows = [["序号", "重点任务", "牵头单位", "配合单位"],
            ["1", "建设县域商业体系，完善农村物流网络", "县商务局", "县交通运输局<br/>县供销社<br/>各乡镇人民政府"],
            ["2", "开展农产品产销对接活动", "县农业农村局", "县商务局、县市场监督管理局、县乡村振兴局"]]
    table = Table([[Paragraph(v, style) for v in r] for r in rows], colWidths=[30, 170, 80, 130])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = [Paragraph("一、重点任务", style), table]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def test_units_stacked_one_per_line_in_a_pdf_cell_are_several(tmp_path: Path) -> None:
    ex = graph.extract_file(_stacked_pdf(tmp_path / "stacked.pdf"))
    rows = [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks if t.form == "table"]
    assert rows == [
        [("县商务局", "lead"), ("县交通运输局", "support"), ("县供销社", "support"), ("各乡镇人民政府", "support")],
        # a list wrapped over the cell's lines is joined without a space (no unit cut at the wrap)
        [("县农业农村局", "lead"), ("县商务局", "support"), ("县市场监督管理局", "support"), ("县乡村振兴局", "support")],
    ]


def test_an_organisations_own_department_printed_bare_is_a_prose_subject() -> None:
    assert _prose("各子公司要结合实际制定方案。安全环保部要会同人力资源部做好考核。") == [
        [("各子公司", "responsible", True)], [("安全环保部", "lead", False), ("人力资源部", "support", False)]]
    assert _prose("安全监察部负责组织年度考核。") == [[("安全监察部", "responsible", False)]]
    # people, a part of the country, a whole, a hospital's wards: no departments
    assert _prose("党员干部要带头遵守。") == []
    assert _prose("东中西部要协调发展。") == []
    assert _prose("门诊和住院部要实行严格的限制措施。") == []
    assert _prose("对评价机构进行抽查，一定时间内我部将不再采信其出具的评价报告。") == []
