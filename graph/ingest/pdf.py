"""Read a PDF's text layer into a Document (pdfplumber, on top of pdfminer.six).

Line-based extraction needs one paragraph per line, but a PDF only knows printed lines: a
paragraph longer than the text width is wrapped. Printed lines are therefore re-joined into
paragraphs from their geometry, conservatively: line *n+1* continues line *n* only when line *n*
runs to the right edge of the text block, line *n+1* starts at the left edge (a Chinese paragraph
starts indented by two characters) and line *n+1* does not start with a numbering label
(一、 （一） 1. 第一条 ..., the grammar of :mod:`graph.extract.structure`, ``[numbering]`` in
``rules.toml``), nor when the two are printed in sizes more than a fifth apart (a title and the line under it). Everything else keeps its own line, so a short line on a PDF is a line
of the text exactly. The same rule joins the last line of a page to the first of the next; a page's number printed
at its foot or head (``— 3 —``, ``[pdf] page_number``) is left out, so that a sentence running over the break joins.

A table drawn with rules (a 分工表 printed from Word or Excel) is read from its rules (``page.find_tables()``): each
row one line of tab-separated cell texts, a cell wrapped over printed lines one text, a cell merged down repeated
in the rows it covers, at the place the table stands; a table printed without rules is read from the gaps
between its glyph groups (``[pdf] column_gap``, :mod:`.pdf_unruled`).

A PDF without any text (a scan) raises :class:`InputError` asking for OCR; an encrypted or
broken file raises :class:`InputError` with the reason.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from itertools import pairwise
from typing import Any

from ..data import rules
from ..errors import InputError
from ..extract.structure import opens_paragraph
from ..model import Document
from .normalize import normalize
from .pdf_broken_rows import broken_rows
from .pdf_rules import snapped_settings
from .pdf_unruled import PrintedLine as _Line
from .pdf_unruled import band_rows, cells_of, glyph_groups, rows_continued, rows_preceded

__all__ = ["join_lines", "read_pdf"]

_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\ufeff]+")
_ENDS = ("。", "！", "？", "：", "；", ":", ";", ".")
_LEAD_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%]*")
_ASCII_WORD = re.compile(r"[A-Za-z]")
_PDF = rules()["pdf"]
_PAGE_NUMBER = re.compile(_PDF["page_number"])


def _page_lines(page: Any) -> list[_Line]:
    tables = _ruled_tables(page)
    boxes = [box for box, _ in tables]
    if boxes:  # the text outside the ruled tables; the tables' rows stand where the tables stand
        page = page.filter(lambda obj: not any(_inside(obj, box) for box in boxes))
    placed: list[tuple[float, _Line]] = []
    for ln in page.extract_text_lines(return_chars=True):
        text = _WS.sub(" ", ln.get("text") or "").strip()
        if not text:
            continue
        chars = ln.get("chars") or []
        sizes = [float(c.get("size") or 0) for c in chars if (c.get("text") or "").strip()]
        size = max(sizes) if sizes else 10.0
        groups = tuple(glyph_groups(chars, size))
        placed.append((float(ln["top"]), _Line(cells_of(groups) or text, float(ln["x0"]), float(ln["x1"]), size,
                                               top=float(ln["top"]), bottom=float(ln["bottom"]), groups=groups)))
    for (x0, top, x1, _), rows in tables:
        for k, (row_top, text, size) in enumerate(rows):
            placed.append((row_top + k * 1e-6 if row_top > top else top, _Line(text, x0, x1, size, row=True)))
    lines = rows_preceded(rows_continued(band_rows([ln for _, ln in sorted(placed, key=lambda t: t[0])])))
    while lines and not lines[-1].row and _PAGE_NUMBER.match(lines[-1].text):  # — 3 — at the page's foot
        lines.pop()
    while lines and not lines[0].row and _PAGE_NUMBER.match(lines[0].text):  # ... or head
        lines.pop(0)
    return lines


def _inside(obj: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x = (float(obj.get("x0", 0)) + float(obj.get("x1", 0))) / 2
    y = (float(obj.get("top", 0)) + float(obj.get("bottom", 0))) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


_CJK_EDGE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _in_number(before: str, after: str) -> bool:
    """A wrap inside a number or a code of digits and letters (``新增上云企业1`` ⏎ ``00家``, ``推动5`` ⏎ ``G网络``): a
    digit on one side, a digit or a Latin letter on the other; a wrap between two Latin words keeps its space."""
    return (before.isdigit() and after.isascii() and after.isalnum()) or (after.isdigit() and before.isascii()
                                                                        and before.isalnum())


def _cell_join(text: str | None, breaks: list[bool] | None = None) -> str:
    """A ruled table cell's printed lines as one text: no space where a Chinese line or a number wraps (市住房城乡建⏎设局), a
    space where the cell's author broke the line (``breaks``: 市发展改革委⏎市公共资源交易中心, units stacked one per
    line), as a Word cell's paragraphs are read."""
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()]
    broken = breaks if breaks is not None and len(breaks) == len(lines) else [False] * len(lines)
    out = ""
    for ln, brk in zip(lines, broken, strict=True):
        wrap = _CJK_EDGE.match(out[-1]) or _CJK_EDGE.match(ln[0]) or _in_number(out[-1], ln[0]) if out else True
        sep = "" if not out or (wrap and not brk) else " "
        out += sep + ln
    return _WS.sub(" ", out).strip()


_NO_LINE_START = "）)】」》、，。；：！？"


def _line_breaks(box: tuple[float, float, float, float], chars: list[dict[str, Any]], size: float) -> list[bool]:
    """For each printed line of a ruled table's cell, whether the line before it was broken by the author rather than
    wrapped: it left room for more characters before the cell's right edge (``[pdf] cell_break_room``; twice that when
    the line opens with a character and a mark that may not open a line, which a wrap carries down together). The
    cell's padding is taken from its lines' left edge (at most one character: a centred cell's short lines)."""
    inside = sorted((c for c in chars if _inside(c, box) and (c.get("text") or "").strip()),
                    key=lambda c: (float(c["top"]), float(c["x0"])))
    rows: list[list[dict[str, Any]]] = []
    for c in inside:
        if rows and abs(float(c["top"]) - float(rows[-1][0]["top"])) < size / 2:
            rows[-1].append(c)
        else:
            rows.append([c])
    if not rows:
        return []
    pad = min(min(float(c["x0"]) for c in r) - box[0] for r in rows)
    right = box[2] - max(0.0, min(pad, size))
    room = float(_PDF["cell_break_room"]) * size
    out = [False]
    for before, line in pairwise(rows):
        text = "".join(c["text"] for c in line)
        need = 2 * room if text[1:2] and text[1] in _NO_LINE_START else room
        out.append(right - max(float(c["x1"]) for c in before) > need)
    if any(out):  # units stacked one per line: a name as wide as the cell ends its line too
        for k, (before, line) in enumerate(pairwise(rows), start=1):
            out[k] = out[k] or (before[-1]["text"] in _PDF["stacked_unit_ends"] and line[0]["text"] in _PDF["stacked_unit_starts"])
    return out


def _ruled_tables(page: Any) -> list[tuple[tuple[float, float, float, float], list[tuple[float, str, float]]]]:
    """The page's tables drawn with rules (``page.find_tables()``, at least two rows of two cells, or one row of
    ``[pdf] ruled_row_min_cells`` cells with text: the rest of a table after a page break): each with its
    box and its rows as ``(top, tab-separated cell texts, font size)``, the way a Word table's rows are read. A cell
    wrapped over printed lines is one text; a cell merged over several rows is repeated in each row it covers, one
    merged over several columns is followed by empty cells."""
    out = []
    for table in page.find_tables(snapped_settings(page) or {}):  # (a turned page's rules snapped)
        rows = table.rows
        if not rows or max(len(r.cells) for r in rows) < 2:
            continue
        texts = table.extract()
        if len(rows) < 2 and sum(1 for v in texts[0] if v and v.strip()) < int(_PDF["ruled_row_min_cells"]):
            continue  # (one row: a table going on over a page, the header left on the page before)
        chars = [c for c in page.chars if _inside(c, table.bbox)]
        size = max((float(c.get("size") or 0) for c in chars), default=10.0) or 10.0
        above: dict[int, tuple[str, float]] = {}  # column -> (text, bottom) of the last cell printed in it
        lines: list[tuple[float, str, float]] = []
        for row, values in zip(rows, texts, strict=False):
            cells: list[str] = []
            for j, box in enumerate(row.cells):
                if box is not None:
                    text = _cell_join(values[j] if j < len(values) else None, _line_breaks(box, chars, size))
                    above[j] = (text, float(box[3]))
                    cells.append(text)
                elif j in above and above[j][1] >= float(row.bbox[3]) - 1:
                    cells.append(above[j][0])  # under a cell merged down over this row
                else:
                    cells.append("")  # beside a cell merged across
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                lines.append((float(row.bbox[1]), "\t".join(cells), size))
        if lines:
            out.append(((float(table.bbox[0]), float(table.bbox[1]), float(table.bbox[2]), float(table.bbox[3])), lines))
    return out


def _edges(width: float, page: list[_Line]) -> tuple[float, float]:
    """The text block's left and right edge; the right edge is ``inf`` (nothing ever reaches it)
    when no line comes near the right margin, i.e. when nothing on the page was wrapped."""
    page = [ln for ln in page if not ln.row] or page  # (a ruled table's box may stand wider than the text block)
    if not page:
        return 0.0, float("inf")
    left = min(ln.x0 for ln in page)
    right = max(ln.x1 for ln in page)
    em = max(ln.size for ln in page)
    # Margins are about symmetric; a block that stops well short of the mirror of the left margin
    # is a page of short lines, not a justified text block.
    if width > 0 and right < width - left - 3 * em:
        return left, float("inf")
    return left, right


def _unbroken_width(text: str, em: float) -> float:
    """The width of the Latin word or number a line opens with (half an em a character): a line ends short by it when
    that word did not fit (``…碎混还田，`` then ``2023年…``); typesetters do not break a number.

    >>> _unbroken_width("2023年秸秆", 10.0), _unbroken_width("秸秆", 10.0)
    (20.0, 0.0)
    """
    m = _LEAD_WORD.match(text)
    return 0.5 * em * len(m.group(0)) if m else 0.0


def join_lines(pages: list[tuple[float, list[_Line]]]) -> list[str]:
    """Printed lines of ``(page width, lines)`` pages -> paragraph lines (rule: module docstring)."""
    out: list[str] = []
    prev: _Line | None = None
    prev_right = float("inf")
    for width, page in pages:
        left, right = _edges(width, page)
        for ln in page:
            if prev is not None and out:
                em = max(prev.size, ln.size, 1.0)
                pushed = 0.0 if out[-1].endswith(_ENDS) else _unbroken_width(ln.text, em)
                full = prev.x1 >= prev_right - 1.5 * em - pushed
                flush_left = ln.x0 <= left + 0.5 * em
                row = ln.row or prev.row or "\t" in ln.text or "\t" in out[-1]  # a table's row is a line of its own
                same_size = max(prev.size, ln.size) <= 1.2 * max(min(prev.size, ln.size), 0.1)  # (a title's size)
                if full and flush_left and same_size and not row and not opens_paragraph(normalize(ln.text)):
                    sep = " " if _ASCII_WORD.match(ln.text[0]) and _ASCII_WORD.match(out[-1][-1]) else ""
                    out[-1] = out[-1] + sep + ln.text
                    prev, prev_right = ln, right
                    continue
            out.append(ln.text)
            prev, prev_right = ln, right
    return out


def _without_running_heads(pages: list[tuple[float, list[_Line]]]) -> list[tuple[float, list[_Line]]]:
    """The pages without a running head: the same short line first on every page after the first (on two pages
    at least, or on the first too), such as a 公报's name and issue or the issuer's name, is the page's furniture
    (the first page's title after it is the document's title)."""
    heads = [next((ln.text for ln in lines if not ln.row), "") for _, lines in pages]
    head = heads[1] if len(heads) > 1 else ""
    if not head or len(head) > int(_PDF["running_head_max"]) or any(h != head for h in heads[1:]) \
            or (heads[0] != head and len(heads) < 3):
        return pages
    out = []
    for width, lines in pages:
        k = next((k for k, ln in enumerate(lines) if not ln.row), None)
        out.append((width, [ln for j, ln in enumerate(lines) if j != k or ln.text != head]))
    return out


def _unspaced(pages: list[tuple[float, list[_Line]]]) -> list[tuple[float, list[_Line]]]:
    """The pages of a PDF whose characters are set apart (its text layer gives a space between every two: ``枝 城 镇
    人 民 政 府``) with those spaces removed from its spaced lines and its ruled tables' spaced cells, as from a text copy
    spaced so (:mod:`.spaced`)."""
    from .spaced import unspace_cells, unspace_lines

    texts = [ln.text for _, lines in pages for ln in lines if not ln.row]
    joined = iter(unspace_lines(texts))
    if texts == (joined_texts := list(joined)):
        return pages
    it = iter(joined_texts)  # (a ruled table's rows: each cell spaced so too)
    return [(width, [replace(ln, text=unspace_cells(ln.text)) if ln.row else replace(ln, text=next(it))
                     for ln in lines]) for width, lines in pages]


def read_pdf(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse ``data`` (the bytes of a PDF) into a Document."""
    if not data.strip():
        raise InputError(name, "empty file")
    if b"%PDF-" not in data[:1024]:
        raise InputError(name, "not a PDF file (no %PDF header)")
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - pdfplumber is a dependency
        raise InputError(name, "reading PDF needs pdfplumber (pip install pdfplumber)") from None
    pages: list[tuple[float, list[_Line]]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append((float(page.width or 0), _page_lines(page)))
    except PDFPasswordIncorrect:
        raise InputError(name, "encrypted PDF: needs a password") from None
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many kinds on a broken file
        reason = str(exc).strip() or exc.__class__.__name__
        if "encrypt" in reason.lower() or "password" in reason.lower():
            raise InputError(name, f"encrypted PDF: cannot read ({reason})") from None
        raise InputError(name, f"unreadable PDF ({exc.__class__.__name__}: {reason[:120]})") from None
    if not pages:
        raise InputError(name, "PDF has no pages")
    lines = join_lines(broken_rows(_without_running_heads(_unspaced(pages))))
    if not lines:
        raise InputError(name, "PDF has no text layer (scanned?): OCR it first")
    return Document(
        source=name,
        text="\n".join(lines) + "\n",
        path=path,
        encoding="utf-8",
        media_type="application/pdf",
        sha256=sha256,
    )
