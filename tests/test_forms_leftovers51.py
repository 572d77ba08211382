"""Leftovers of rounds 35–45 done in the session of rounds 46–51 (docs/made-eval-forms.md "Rounds 46–"): a ruled
PDF cell whose units are stacked one per line, one of them as wide as the cell, is several units (the name that fills
its line ends it before a line that opens like a unit's name); a task cell whose text wraps still joins."""

from __future__ import annotations

from pathlib import Path

import graph


def _stacked_pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("p", fontName="STSong-Light", fontSize=10, leading=15, wordWrap="CJK")
    rows = [["序号", "重点任务", "责任单位"],
            ["1", "建设城乡一体化供水工程，推进农村供水管网延伸和老旧管网改造", "县发展和改革委员会<br/>县财政局<br/>县水利局"],
            ["2", "开展河湖库“清四乱”专项行动", "县水利局<br/>县自然资源局"]]
    # the units column as wide as 县发展和改革委员会 (9 characters) and its padding: the name fills its line
    table = Table([[Paragraph(v, style) for v in r] for r in rows], colWidths=[30, 150, 9 * 10 + 12.5])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([Paragraph("一、重点任务", style), table])
    return path


def test_a_stacked_unit_as_wide_as_its_cell_is_one_of_several(tmp_path: Path) -> None:
    ex = graph.extract_file(_stacked_pdf(tmp_path / "stacked.pdf"))
    rows = [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks]
    assert rows == [[("县发展和改革委员会", "responsible"), ("县财政局", "responsible"), ("县水利局", "responsible")],
                    [("县水利局", "responsible"), ("县自然资源局", "responsible")]]
    # the task cell wraps (no author break in it): its lines join without a space
    assert "建设城乡一体化供水工程，推进农村供水管网延伸和老旧管网改造" in ex.document.text
