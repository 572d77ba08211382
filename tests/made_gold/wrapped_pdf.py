"""A text-layer PDF of paragraphs, as the made sets' generators print them (tests/made_gold/forms*/src).

Each paragraph is wrapped to the text width: its first line indented two characters, the others
flush left and as full as the width allows. ``invariant=1``: the same lines give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def write_wrapped_pdf(out: Path, paragraphs: Sequence[str], size: float = 10.5) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, height = A4
    margin = 72.0
    text_width = width - 2 * margin
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setFont(font, size)
    y = height - margin
    for line in paragraphs:
        indent, rest = 2 * size, line
        while rest:
            n = 1
            while n < len(rest) and stringWidth(rest[: n + 1], font, size) <= text_width - indent:
                n += 1
            if y < margin:
                c.showPage()
                c.setFont(font, size)
                y = height - margin
            c.drawString(margin + indent, y, rest[:n])
            y -= size * 1.6
            rest, indent = rest[n:], 0.0
    c.showPage()
    c.save()
    return out
