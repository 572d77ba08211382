"""Read a Word .docx into a Document: paragraphs and tables in document order.

Each paragraph is one line; each table row is one line of tab-separated cell texts (a cell's own
paragraphs join with a space; a cell merged over several columns is followed by empty cells, one
merged over several rows is repeated in each), and the cell texts also go to :attr:`Document.tables`. The body
XML is walked child by child so that a table stands between the paragraphs it stands between
in the file. A paragraph numbered by Word's lists, in the body or in a table cell, gets the label Word draws
before it (``docx_numbering``).
The paragraphs and tables of a text box follow the paragraph it is anchored in. A 序号 cell that holds only the
label Word's list draws (``1.``) gives the row's number (``1``). The core-properties title, when set, becomes the
``title`` metadata.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from ..errors import InputError
from ..model import Document
from .bold import bold_noted
from .docx_bold import BoldReader
from .docx_numbering import Numbering
from .nested import nested_lines

__all__ = ["read_docx"]

_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\ufeff]+")
_SERIAL_PUNCT = re.compile(r"[\s.．、，,()（）〔〕]")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TXBX = f"{{{_W}}}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


_KEPT = {"ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent"}  # wrappers of runs whose text is printed


def _para_text(p: Any) -> str:
    """A paragraph's text with its tracked changes accepted: runs inside ``w:ins`` (and ``w:moveTo``, smart tags,
    inline content controls) read, those inside ``w:del`` / ``w:moveFrom`` not (python-docx reads direct runs only).

    >>> from docx.oxml import parse_xml
    >>> _para_text(parse_xml(f'<w:p xmlns:w="{_W}"><w:r><w:t>市</w:t></w:r><w:del><w:r><w:delText>科技局</w:delText>'
    ...                      f'</w:r></w:del><w:ins><w:r><w:t>财政局</w:t></w:r></w:ins></w:p>'))
    '市财政局'
    """
    out: list[str] = []

    def add(node: Any) -> None:
        for child in node.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if tag in ("r", "hyperlink"):
                out.append(child.text or "")
            elif tag in _KEPT:
                add(child)

    add(p)
    return "".join(out)


def _clean(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _drawn(label: str, line: str) -> str:
    """The label Word draws, then the paragraph's text: with the space ``Numbering.label`` ends it with (a label that
    ends with its number, ``2.1.1 开展…``), none after an empty text (a 序号 cell)."""
    return _clean(label) + (" " if label.endswith(" ") and line else "") + line


def _line(s: str) -> str:
    """A paragraph's text as a line: blanks squeezed, and the ideographic spaces typed before it kept (a unit indented
    to stand under the first unit of a field above it: 配合单位：X⏎　　　　　Y)."""
    body = _clean(s)
    indent = s[: len(s) - len(s.lstrip(" \u3000\t"))].count("\u3000")
    return "\u3000" * indent + body if body else ""


class _Cells:
    """The texts of a document's table cells, each paragraph with the label Word's lists draw before it (a 序号
    cell numbered by a list, a task cell of numbered paragraphs), counted once per cell in reading order: a cell
    merged over several rows is read once, its text given in each row it covers."""

    def __init__(self, numbering: Numbering, bold: BoldReader | None = None) -> None:
        self.numbering = numbering
        self.bold = bold  # the document says bold names have a role (加粗的为牵头单位): mark them (graph/ingest/bold.py)
        self._texts: dict[Any, str] = {}

    def paragraph(self, p: Any, parent: Any) -> str:
        label = self.numbering.label(p)
        line = _clean(self.bold.marked(p) if self.bold is not None else _para_text(p))
        return _drawn(label, line) if line or label else ""

    def text(self, cell: Any) -> str:
        tc = cell._tc
        if tc in self._texts:
            return self._texts[tc]
        paras = _paragraphs(tc)
        parts = [self.paragraph(p, cell) for p in paras]
        if len(parts) == 1 and parts[0] and not _clean(_para_text(paras[0])):
            parts = [_SERIAL_PUNCT.sub("", parts[0]) or parts[0]]  # a 序号 cell Word numbers (1.): the row's serial
        # nested tables: their rows as lines, a field label and its units as the field ``牵头单位：X`` (nested.py)
        for inner in cell.tables:
            parts.extend(nested_lines([[self.text(c) for c in _unique_cells(row)] for row in inner.rows]))
        self._texts[tc] = out = " ".join(p for p in parts if p)
        return out

    def row(self, row: Any) -> tuple[str, ...]:
        """One text per grid column: a cell merged over several columns (gridSpan) is followed by empty
        texts, so that every cell stands in its column; a cell merged over several rows (vMerge) gives
        its text in each row it covers (python-docx returns the first cell there). A row that starts right of the
        grid's first column (``w:gridBefore``: python-docx gives its cells from the first column) is given empty
        texts for the columns it skips, so that its cells stand in their columns."""
        out: list[str] = [""] * row.grid_cols_before
        previous = None
        for cell in row.cells:
            if cell._tc is previous:
                out.append("")
                continue
            previous = cell._tc
            out.append(self.text(cell))
        return tuple(out)


def _paragraphs(container: Any) -> list[Any]:
    """The paragraphs (``w:p``) of a cell in order, those inside its content controls (``w:sdt``: a form
    template's fields) too, not those of its nested tables.

    >>> from docx.oxml import parse_xml
    >>> tc = parse_xml(f'<w:tc xmlns:w="{_W}"><w:p/><w:sdt><w:sdtContent><w:p/></w:sdtContent></w:sdt></w:tc>')
    >>> len(_paragraphs(tc))
    2
    """
    out: list[Any] = []
    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag == "p":
            out.append(child)
        elif tag in ("sdt", "sdtContent", "customXml"):
            out.extend(_paragraphs(child))
    return out


def _unique_cells(row: Any) -> list[Any]:
    """The row's cells, a merged (gridSpan/vMerge-continued) cell counted once."""
    out: list[Any] = []
    seen: set[int] = set()
    for cell in row.cells:
        key = id(cell._tc)
        if key in seen:
            continue
        seen.add(key)
        out.append(cell)
    return out


def _add_table(table: Any, lines: list[str], tables: list[tuple[tuple[str, ...], ...]], cells: _Cells) -> None:
    """The table's rows as tab-separated lines. A row of one cell that holds a table of its own (a layout
    table around a task table: 表1 above the inner table, in one cell) gives that cell's paragraphs as lines
    and the inner table's rows as rows, in order, not one line of the inner cells joined by spaces."""
    from docx.table import Table

    rows: list[tuple[str, ...]] = []
    for row in table.rows:
        unique = _unique_cells(row)
        if len(unique) == 1 and unique[0].tables:
            cell = unique[0]
            for child in cell._tc.iterchildren():
                tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
                if tag == "p":
                    line = cells.paragraph(child, cell)
                    if line:
                        lines.append(line)
                elif tag == "tbl":
                    _add_table(Table(child, cell), lines, tables, cells)
            continue
        texts = cells.row(row)
        rows.append(texts)
        trimmed = list(texts)
        while trimmed and not trimmed[-1]:
            trimmed.pop()
        if any(trimmed):
            lines.append("\t".join(trimmed))
    tables.append(tuple(rows))


_WRAPPERS = ("sdt", "customXml")
_BLOCKS = ("body", "tc", "tbl", "tr", "txbxContent")


def _unwrap_controls(root: Any) -> None:
    """Content controls (``w:sdt``) and custom XML around paragraphs, tables, rows and cells replaced by what they
    hold, in place: python-docx reads only a table's own rows (a row of a repeating section, inside a control, was
    dropped) and a row's own cells, and a table inside a control was read as its paragraphs, no rows. Controls inside
    a paragraph (runs) stay: :func:`_para_text` reads them.

    >>> from docx.oxml import parse_xml
    >>> tbl = parse_xml(f'<w:tbl xmlns:w="{_W}"><w:tr/><w:sdt><w:sdtPr/><w:sdtContent><w:tr/><w:tr/></w:sdtContent>'
    ...                 f'</w:sdt></w:tbl>')
    >>> _unwrap_controls(tbl); [c.tag.rsplit("}", 1)[-1] for c in tbl]
    ['tr', 'tr', 'tr']
    """
    def local(el: Any) -> str:
        return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""

    # in document order: an outer wrapper first, so that one inside it stands in the block when it comes
    for el in list(root.iter(*(f"{{{_W}}}{t}" for t in _WRAPPERS))):
        parent = el.getparent()
        if parent is None or local(parent) not in _BLOCKS:
            continue
        content = el.find(f"{{{_W}}}sdtContent") if local(el) == "sdt" else el
        kids = [k for k in ([] if content is None else content) if local(k) not in ("sdtPr", "sdtEndPr", "customXmlPr")]
        at = parent.index(el)
        parent.remove(el)
        for n, k in enumerate(kids):
            parent.insert(at + n, k)


def _text_boxes(p: Any) -> list[Any]:
    """The contents (``w:txbxContent``) of the text boxes anchored in a paragraph, outermost only; of a box saved twice
    (``mc:AlternateContent``: a DrawingML choice and its VML fallback) the choice."""
    out = []
    for box in p.iter(_TXBX):
        up = box.getparent()
        inner = False
        while up is not None and up is not p:
            if up.tag in (_TXBX, _FALLBACK):
                inner = True
                break
            up = up.getparent()
        if not inner:
            out.append(box)
    return out


def read_docx(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse ``data`` (the bytes of a .docx) into a Document."""
    if not data:
        raise InputError(name, "empty file")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(name, "not a .docx file (bad zip)")
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
    except KeyError:
        raise InputError(name, "not a .docx file (zip without word/document.xml)") from None
    except Exception as exc:  # python-docx raises several kinds on a broken package
        raise InputError(name, f"not a .docx file ({exc.__class__.__name__}: {exc})") from None

    _unwrap_controls(document.element.body)
    lines: list[str] = []
    tables: list[tuple[tuple[str, ...], ...]] = []
    numbering = Numbering(document)  # the labels of paragraphs Word numbers itself (一、 （一） 1. not in the text)
    noted = bold_noted("".join(t.text or "" for t in document.element.body.iter() if str(t.tag).endswith("}t")))
    cells = _Cells(numbering, BoldReader(document) if noted else None)  # (table cells too, in the same count)
    def walk(container: Any) -> None:
        for child in container.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if tag == "p":
                label = numbering.label(child)
                line = _line(_para_text(child))
                if line and label:
                    line = _drawn(label, line.lstrip("\u3000"))
                if line:
                    lines.append(line)
                for box in _text_boxes(child):  # a text box anchored in the paragraph: its paragraphs and tables
                    walk(box)
            elif tag == "tbl":
                _add_table(Table(child, document), lines, tables, cells)

    walk(document.element.body)
    if not any(lines):
        raise InputError(name, "no text in the .docx (empty document)")
    meta: tuple[tuple[str, str], ...] = ()
    try:
        title = _clean(document.core_properties.title or "")
    except Exception:  # a broken docProps/core.xml is not worth failing the document for
        title = ""
    if title:
        meta = (("title", title),)
    return Document(
        source=name,
        text="\n".join(lines) + "\n",
        path=path,
        encoding="utf-8",
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        sha256=sha256,
        meta=meta,
        tables=tuple(tables),
    )
