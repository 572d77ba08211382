"""Which runs of a Word file's table cell are bold, as Word shows them (for the documents that say bold names lead:
:mod:`graph.ingest.bold`).

A run's ``w:b`` (direct formatting) says bold or not bold outright. Without it the run is bold as the style hierarchy
makes it (ECMA-376 17.7.2): the document default (``w:docDefaults/w:rPrDefault``) first, then the table's style (its
``w:rPr``, or the ``w:tblStylePr`` of the region the cell stands in: header row, first column, banded rows … as the
table's ``w:tblLook`` turns them on), then the paragraph's style, then the run's character style, each style through
the styles it is ``basedOn``. ``w:b`` is a toggle property (17.7.3): a style that sets it inverts the state the levels
before it left, a style that sets it off leaves it.
"""

from __future__ import annotations

import itertools
from typing import Any

from .bold import marked

__all__ = ["BoldReader"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_KEPT = {"ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent"}  # wrappers of runs whose text is printed
# conditional regions of a table style, lowest priority first (17.7.6); the corner cells above all
_REGIONS = ("band1Vert", "band2Vert", "band1Horz", "band2Horz", "firstCol", "lastCol", "firstRow", "lastRow",
            "nwCell", "neCell", "swCell", "seCell")
# w:tblLook's w:val bits (17.4.56) and the attributes that say the same
_LOOK_BITS = {"firstRow": 0x0020, "lastRow": 0x0040, "firstColumn": 0x0080, "lastColumn": 0x0100,
              "noHBand": 0x0200, "noVBand": 0x0400}


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def _on(el: Any) -> bool | None:
    """An on/off element's value (``<w:b/>`` on, ``w:val="0"`` off); None when absent."""
    if el is None:
        return None
    return el.get(_w("val"), "1").lower() not in ("0", "false", "off")


class BoldReader:
    """The bold of a document's runs (see the module's text); the styles part read once."""

    def __init__(self, document: Any) -> None:
        root = document.styles.element
        self._styles = {s.get(_w("styleId")): s for s in root.iter(_w("style"))}
        default = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}/{_w('b')}")
        self._default = bool(_on(default))
        self._default_para = next((sid for sid, s in self._styles.items() if s.get(_w("type")) == "paragraph"
                                   and _on_text(s.get(_w("default"), "0"))), None)  # (Normal: a paragraph's style)

    def _chain(self, style_id: str | None) -> list[Any]:
        """The style and the styles it is based on, nearest first."""
        out: list[Any] = []
        while style_id and style_id in self._styles and len(out) < 20:  # (a loop of basedOn: cut)
            style = self._styles[style_id]
            if any(s is style for s in out):
                break
            out.append(style)
            based = style.find(_w("basedOn"))
            style_id = based.get(_w("val")) if based is not None else None
        return out

    def _style_b(self, style_id: str | None, region: str | None = None) -> bool | None:
        """A style's ``w:b`` (of its conditional ``region`` when given), the nearest set through ``basedOn``."""
        for style in self._chain(style_id):
            if region is None:
                value = _on(style.find(f"{_w('rPr')}/{_w('b')}"))
            else:
                value = next((_on(p.find(f"{_w('rPr')}/{_w('b')}")) for p in style.iter(_w("tblStylePr"))
                              if p.get(_w("type")) == region), None)
            if value is not None:
                return value
        return None

    def _table_b(self, p: Any) -> bool | None:
        """The ``w:b`` the table style gives the cell paragraph ``p`` stands in (None outside a styled table)."""
        tc = p.getparent()
        while tc is not None and tc.tag != _w("tc"):
            tc = tc.getparent()
        tr = tc.getparent() if tc is not None else None
        tbl = tr.getparent() if tr is not None else None
        if tbl is None or tbl.tag != _w("tbl"):
            return None
        style_el = tbl.find(f"{_w('tblPr')}/{_w('tblStyle')}")
        if style_el is None:
            return None
        style_id = style_el.get(_w("val"))
        look = _look(tbl.find(f"{_w('tblPr')}/{_w('tblLook')}"))
        rows = [r for r in tbl.iterchildren(_w("tr"))]
        r = next((k for k, row in enumerate(rows) if row is tr), 0)
        col, cols = _grid_col(tr, tc), len(tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}"))
        span = tc.find(f"{_w('tcPr')}/{_w('gridSpan')}")
        end = col + (int(span.get(_w("val"), "1")) if span is not None else 1)
        first_row, last_row = look["firstRow"] and r == 0, look["lastRow"] and r == len(rows) - 1
        first_col, last_col = look["firstColumn"] and col == 0, look["lastColumn"] and cols and end >= cols
        regions = set()
        if not look["noVBand"] and not (first_col or last_col):
            regions.add("band1Vert" if (col - look["firstColumn"]) % 2 == 0 else "band2Vert")
        if not look["noHBand"] and not (first_row or last_row):
            regions.add("band1Horz" if (r - look["firstRow"]) % 2 == 0 else "band2Horz")
        for name, on in (("firstCol", first_col), ("lastCol", last_col), ("firstRow", first_row), ("lastRow", last_row),
                         ("nwCell", first_row and first_col), ("neCell", first_row and last_col),
                         ("swCell", last_row and first_col), ("seCell", last_row and last_col)):
            if on:
                regions.add(name)
        for region in reversed(_REGIONS):
            if region in regions and (value := self._style_b(style_id, region)) is not None:
                return value
        return self._style_b(style_id)

    def marked(self, p: Any) -> str:
        """The text of paragraph ``p`` (as the plain reading reads it: tracked insertions, content controls,
        hyperlinks) with the sign of a bold name after each unit's name in a stretch of bold runs."""
        style = p.find(f"{_w('pPr')}/{_w('pStyle')}")
        para_id = style.get(_w("val")) if style is not None else self._default_para
        state = self._default
        for level in (self._table_b(p), self._style_b(para_id)):
            state ^= bool(level)  # (a style setting it toggles; off, or not set, leaves it)
        runs: list[tuple[str, bool]] = []

        def add(node: Any) -> None:
            for child in node.iterchildren():
                tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
                if tag == "r":
                    own = _on(child.find(f"{_w('rPr')}/{_w('b')}"))
                    if own is None:
                        char = child.find(f"{_w('rPr')}/{_w('rStyle')}")
                        own = state ^ bool(self._style_b(char.get(_w("val")) if char is not None else None))
                    runs.append((child.text or "", own))
                elif tag == "hyperlink" or tag in _KEPT:
                    add(child)

        add(p)
        out: list[str] = []
        for is_bold, group in itertools.groupby(runs, key=lambda r: r[1]):
            text = "".join(t for t, _ in group)
            out.append(marked(text) if is_bold else text)
        return "".join(out)


def _look(el: Any) -> dict[str, bool]:
    """The regions a table's ``w:tblLook`` turns on (none without it)."""
    if el is None:
        return dict.fromkeys(_LOOK_BITS, False)
    val = el.get(_w("val"))
    bits = int(val, 16) if val and all(c in "0123456789abcdefABCDEF" for c in val) else 0
    out = {}
    for name, bit in _LOOK_BITS.items():
        attr = el.get(_w(name))
        out[name] = _on_text(attr) if attr is not None else bool(bits & bit)
    return out


def _on_text(value: str) -> bool:
    return value.lower() not in ("0", "false", "off")


def _grid_col(tr: Any, tc: Any) -> int:
    """The grid column cell ``tc`` starts in (after the row's ``w:gridBefore`` and the spans of the cells before)."""
    before = tr.find(f"{_w('trPr')}/{_w('gridBefore')}")
    col = int(before.get(_w("val"), "0")) if before is not None else 0
    for cell in tr.iterchildren(_w("tc")):
        if cell is tc:
            break
        span = cell.find(f"{_w('tcPr')}/{_w('gridSpan')}")
        col += int(span.get(_w("val"), "1")) if span is not None else 1
    return col
