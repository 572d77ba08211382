"""Read an OFD (GB/T 33190, the national fixed-layout format) into a Document.

An OFD is a zip of XML parts: ``OFD.xml`` names the document root (``DocBody/DocRoot``), whose ``Document.xml``
lists the pages (``Pages/Page/@BaseLoc``) and the template pages (``CommonData/TemplatePage``: a 版头 or footer
drawn on every page that uses it). A page's text stands in ``TextObject`` elements (``Boundary`` x y w h, in mm,
``Size``, a ``CTM`` when drawn scaled), each with ``TextCode`` runs placed at ``X`` / ``Y`` (the baseline, from the
object's box) and advanced glyph by glyph by ``DeltaX`` / ``DeltaY`` (``g n v``: ``n`` times ``v``). Producers cut a printed line into many
objects and store them in any order, so the reader places every glyph by its position, groups glyphs into printed
lines by their baseline, and reads each line left to right; the lines then go through the PDF reader's rules
(:mod:`graph.ingest.pdf`): glyph groups far apart are a table's cells, a page number ``— n —`` at a page's foot or
head is left out, a running head dropped, and wrapped lines joined into paragraphs by the same geometry.

No maintained Python library fits: ``ofdkit`` and ``ofdreader`` (0.x, 2026) give text, not glyph positions for the
paragraph rule, and ``easyofd`` renders through several heavy dependencies; the format's text is plain XML.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from ..errors import InputError
from ..model import Document
from .ofd_table import Segment, path_segments, ruled_rows
from .package import open_zip, xml_part
from .pdf import _PAGE_NUMBER, _Line, _without_running_heads, join_lines
from .pdf_unruled import Group, band_rows, cells_of, glyph_groups, rows_continued, rows_preceded

__all__ = ["read_ofd"]

KIND = "an .ofd file"
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\ufeff]+")
_Glyph = tuple[float, float, float, float, str]  # x, baseline y, advance, size, text


def _local(el: Any) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _child(el: Any, name: str) -> Any:
    return next((c for c in el if _local(c) == name), None)


def _floats(s: str | None) -> list[float]:
    out = []
    for tok in (s or "").split():
        try:
            out.append(float(tok))
        except ValueError:
            continue
    return out


def _deltas(s: str | None) -> list[float]:
    """``DeltaX`` / ``DeltaY`` with its ``g n v`` runs expanded.

    >>> _deltas("g 3 5.6 2.8")
    [5.6, 5.6, 5.6, 2.8]
    """
    toks = (s or "").split()
    out: list[float] = []
    i = 0
    while i < len(toks):
        if toks[i] == "g" and i + 2 < len(toks):
            try:
                out.extend([float(toks[i + 2])] * int(float(toks[i + 1])))
            except ValueError:
                pass
            i += 3
            continue
        try:
            out.append(float(toks[i]))
        except ValueError:
            pass
        i += 1
    return out


def _text_glyphs(obj: Any) -> list[_Glyph]:
    """The glyphs of one ``TextObject``: their place on the page (the object's box plus the run's offset), advance
    and size. A ``TextCode`` without ``X`` / ``Y`` continues where the run before it ended."""
    box = [*_floats(obj.get("Boundary")), 0.0, 0.0]
    bx, by = box[0], box[1]
    size = (_floats(obj.get("Size")) or [3.5])[0] or 3.5
    ctm = _floats(obj.get("CTM"))
    a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    scale = abs(a * d - b * c) ** 0.5 or 1.0  # a text object drawn scaled (CTM): its glyphs' size on the page
    out: list[_Glyph] = []
    x = y = 0.0
    for code in obj:
        if _local(code) != "TextCode":
            continue
        text = code.text or ""
        x = (_floats(code.get("X")) or [x])[0]
        y = (_floats(code.get("Y")) or [y])[0]
        dx, dy = _deltas(code.get("DeltaX")), _deltas(code.get("DeltaY"))
        for i, ch in enumerate(text):
            adv = dx[i] if i < len(dx) else (size if ord(ch) > 0x2E7F else size * 0.5)
            if ch.strip():
                out.append((bx + a * x + c * y + e, by + b * x + d * y + f, adv * scale, size * scale, ch))
            x += adv if i < len(dx) or not dy else 0.0
            y += dy[i] if i < len(dy) else 0.0
    return out


def _page_glyphs(z: Any, base: str, name: str) -> tuple[list[_Glyph], list[Segment]]:
    """The glyphs of a page (or template page) and the straight rules it draws."""
    root = xml_part(z, base, name, KIND)
    content = _child(root, "Content")
    if content is None:
        return [], []
    glyphs = [g for obj in content.iter() if _local(obj) == "TextObject" for g in _text_glyphs(obj)]
    segs = [s for obj in content.iter() if _local(obj) == "PathObject" for s in path_segments(obj, _local)]
    return glyphs, segs


def _printed_lines(glyphs: list[_Glyph], segs: list[Segment] | None = None) -> list[_Line]:
    """Glyphs grouped into printed lines by their baseline (within a third of a character), each read left to right:
    groups far apart (``[pdf] column_gap``) are a table's cells, a smaller gap a word space."""
    glyphs, ruled = ruled_rows(glyphs, segs or [])  # a table drawn with rules: read cell by cell
    rows: list[list[_Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g[1], g[0])):
        if rows and abs(g[1] - rows[-1][0][1]) <= 0.33 * max(g[3], rows[-1][0][3]):
            rows[-1].append(g)
        else:
            rows.append([g])
    out: list[_Line] = []
    for row in rows:
        row.sort(key=lambda g: g[0])
        size = max(g[3] for g in row)
        end = row[-1][0] + row[-1][2]
        # the PDF reader's grouping, on the glyphs as pdfplumber gives a PDF's characters
        groups: list[Group] = glyph_groups([{"x0": x, "x1": x + adv, "text": ch} for x, _, adv, _, ch in row], size)
        text = _WS.sub(" ", " ".join(t for _, _, t in groups)).strip()
        base = min(g[1] for g in row)  # the glyphs' box as a PDF's text layer gives it: ascent above, descent below
        out.append(_Line(cells_of(tuple(groups)) or text, row[0][0], end or row[0][0], size, top=base - 0.88 * size,
                         bottom=base + 0.12 * size, groups=tuple(groups)))
    for top, bottom, text, size in ruled:
        out.append(_Line(text, 0.0, 0.0, size, row=True, top=top, bottom=bottom))
    out.sort(key=lambda ln: ln.top)
    lines = rows_preceded(rows_continued(band_rows(out)))
    while lines and _PAGE_NUMBER.match(lines[-1].text):  # — 3 — at the page's foot
        lines.pop()
    while lines and _PAGE_NUMBER.match(lines[0].text):  # ... or head
        lines.pop(0)
    return lines


def _join(base: str, loc: str) -> str:
    """A ``BaseLoc`` against the folder of the part that names it (absolute when it starts with ``/``)."""
    loc = loc.strip().replace("\\", "/")
    return posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(posixpath.dirname(base), loc))


def read_ofd(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse ``data`` (the bytes of an .ofd) into a Document."""
    z = open_zip(data, name, KIND)
    with z:
        root = xml_part(z, "OFD.xml", name, KIND)
        doc_root = next((el.text for el in root.iter() if _local(el) == "DocRoot" and el.text), None)
        if not doc_root:
            raise InputError(name, f"not {KIND} (OFD.xml names no DocRoot)")
        doc_part = _join("OFD.xml", doc_root)
        document = xml_part(z, doc_part, name, KIND)
        common = _child(document, "CommonData")
        width = 210.0
        templates: dict[str, str] = {}
        if common is not None:
            box = next((el for el in common.iter() if _local(el) == "PhysicalBox"), None)
            width = ([*_floats(box.text if box is not None else None), 0, 0, 210.0])[2]
            templates = {t.get("ID", ""): _join(doc_part, t.get("BaseLoc", "")) for t in common
                         if _local(t) == "TemplatePage" and t.get("BaseLoc")}
        pages_el = _child(document, "Pages")
        refs = [p for p in (pages_el if pages_el is not None else []) if _local(p) == "Page" and p.get("BaseLoc")]
        if not refs:
            raise InputError(name, f"not {KIND} (Document.xml lists no page)")
        pages: list[tuple[float, list[_Line]]] = []
        for ref in refs:
            part = _join(doc_part, ref.get("BaseLoc", ""))
            page = xml_part(z, part, name, KIND)
            glyphs: list[_Glyph] = []
            segs: list[Segment] = []
            for tpl in (el for el in page if _local(el) == "Template"):
                tpl_part = templates.get(tpl.get("TemplateID", ""))
                if tpl_part:
                    more, rules = _page_glyphs(z, tpl_part, name)
                    glyphs.extend(more)
                    segs.extend(rules)
            more, rules = _page_glyphs(z, part, name)
            glyphs.extend(more)
            segs.extend(rules)
            area = next((el for el in page.iter() if _local(el) == "PhysicalBox"), None)
            page_width = ([*_floats(area.text), 0, 0, width])[2] if area is not None else width
            pages.append((page_width, _printed_lines(glyphs, segs)))
    lines = join_lines(_without_running_heads(pages))
    if not lines:
        raise InputError(name, "OFD has no text (scanned pages?): OCR it first")
    return Document(source=name, text="\n".join(lines) + "\n", path=path, encoding="utf-8", media_type="application/ofd",
                    sha256=sha256)
