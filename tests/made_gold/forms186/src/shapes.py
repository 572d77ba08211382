"""Writers for the container shapes of rounds 186-187 (a blind hand) that the earlier makers do not print:

- ``revised_docx``: a Word file saved with its tracked changes still in it (``w:ins`` / ``w:del`` runs, the reader
  must take the accepted text) and comments anchored on runs (a reviewer's note, no text of the document);
- ``hide_in_xlsx``: rows and columns of a written workbook's sheet marked hidden (a draft row, an internal column);
- ``turned_pages_pdf``: a PDF whose pages are written in turn by the earlier makers, where the landscape ones are
  stored as a portrait page turned by ``/Rotate 90`` (as a scanner or a printer driver saves a wide table's page).

The Word, workbook and PDF makers of earlier rounds (tests/made_gold/containers.py) are used as they are.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def revised_docx(out: Path, paragraphs: Sequence[Sequence[object]]) -> Path:
    """Each paragraph a list of pieces: ``str`` plain text, ``("ins", s)`` an insertion not yet accepted,
    ``("del", s)`` a deletion not yet accepted, ``("note", s, comment)`` text with a comment anchored on it."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    rev = 0
    for pieces in paragraphs:
        para = d.add_paragraph()
        for piece in pieces:
            if isinstance(piece, str):
                para.add_run(piece)
                continue
            kind, text = piece[0], piece[1]  # type: ignore[index]
            if kind == "note":
                run = para.add_run(text)
                d.add_comment(run, text=piece[2], author="审核人", initials="SH")  # type: ignore[index]
                continue
            rev += 1
            attrs = f'w:id="{900 + rev}" w:author="办公室" w:date="2022-02-24T10:00:00Z"'
            inner = (f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if kind == "ins"
                     else f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r>')
            para._p.append(parse_xml(f'<w:{kind} xmlns:w="{W}" {attrs}>{inner}</w:{kind}>'))
    d.save(str(out))
    return out


def hide_in_xlsx(path: Path, sheet: str, rows: Sequence[int], cols: Sequence[str]) -> Path:
    import openpyxl

    wb = openpyxl.load_workbook(str(path))
    ws = wb[sheet]
    for r in rows:
        ws.row_dimensions[r].hidden = True
    for c in cols:
        ws.column_dimensions[c].hidden = True
    wb.save(str(path))
    return path


def turned_pages_pdf(out: Path, parts: Sequence[tuple[bool, Sequence[object]]]) -> Path:
    """``parts``: (landscape, blocks of ``containers.write_pdf``) in page order; a landscape part's pages are
    stored portrait with ``/Rotate 90`` (their content turned), so a viewer shows them wide."""
    import sys

    from pypdf import PdfReader, PdfWriter

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from containers import write_pdf

    writer = PdfWriter()
    for landscape, blocks in parts:
        buf = io.BytesIO()
        write_pdf(buf, blocks, landscape=landscape)  # type: ignore[arg-type]
        for page in PdfReader(buf).pages:
            page = writer.add_page(page)
            if landscape:
                page.rotate(270)
                page.transfer_rotation_to_content()
                page.rotate(90)
    with open(out, "wb") as fh:
        writer.write(fh)
    return out
