"""A table's rules with float noise, snapped (a page stored turned, ``/Rotate 90``, as printers and scanners save a
landscape 分工表 page).

The rules of a turned page reach pdfplumber through a rotation, so a horizontal rule can come out with its top and
bottom 1e-14 apart: pdfplumber then takes it for a vertical edge (``line_to_edge``: horizontal only when top equals
bottom) and ``find_tables`` splits the table into pieces, a column of cells lost. :func:`snapped_settings` gives
``find_tables`` the page's rules as explicit edges, each made exactly horizontal or vertical when it is so within
``[pdf] rule_noise`` points; a page with no such noise gets ``None`` (pdfplumber's own settings, as before).
"""

from __future__ import annotations

from typing import Any

from ..data import rules

__all__ = ["snapped_settings"]


def snapped_settings(page: Any) -> dict[str, Any] | None:
    noise = float(rules()["pdf"]["rule_noise"])
    lines = list(page.lines)
    snapped, changed = [], False
    for line in lines:
        e = dict(line)
        dy, dx = abs(float(e["bottom"]) - float(e["top"])), abs(float(e["x1"]) - float(e["x0"]))
        if 0 < dy <= noise:
            e["bottom"], e["y0"], changed = e["top"], e["y1"], True
        elif 0 < dx <= noise:
            e["x1"], changed = e["x0"], True
        snapped.append(e)
    if not changed:
        return None
    edges = [*snapped, *page.rects]
    return {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
            "explicit_vertical_lines": edges, "explicit_horizontal_lines": edges}
