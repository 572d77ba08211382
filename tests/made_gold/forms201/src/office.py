"""Round 201's Word and Excel sources: a .docx as WPS/Word users write it (headings numbered by a list style with
Chinese counting, not typed labels; a page header and a footer with a PAGE field; a task table whose lead cell is merged
down and whose long cells wrap) and an .xlsx workbook; LibreOffice converts them (soffice --headless --convert-to)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

NUM_ID = 77
_ABSTRACT = f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="{NUM_ID}">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>
<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>
<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>"""
_NUM = f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'


class Doc:
    def __init__(self, header: str) -> None:
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "仿宋_GB2312"
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
        numbering = self.d.part.numbering_part.element
        numbering.insert(0, parse_xml(_ABSTRACT))
        numbering.append(parse_xml(_NUM))
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("— ")
        run = fp.add_run()
        run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
        run2 = fp.add_run()
        run2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
        run3 = fp.add_run()
        run3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
        fp.add_run(" —")

    def para(self, text: str, align: str = "", size: int = 0, indent: bool = True) -> None:
        p = self.d.add_paragraph()
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
            r.bold = True
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif indent:
            p.paragraph_format.first_line_indent = Pt(32)

    def item(self, level: int, text: str) -> None:
        """A paragraph numbered by the list style: its label (一、 / （一）) is drawn, not typed."""
        p = self.d.add_paragraph()
        p.add_run(text)
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/>'
                             "</w:numPr>"))

    def table(self, rows: list[list[str]], widths: list[float], merges: list[tuple[int, int, int]]) -> None:
        """merges: (column, first row, last row) cells merged down; the rows' text under a merge is left empty."""
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                cell = t.cell(i, j)
                cell.width = Cm(widths[j])
                cell.text = text
        for col, a, b in merges:
            t.cell(a, col).merge(t.cell(b, col))
            t.cell(a, col).text = rows[a][col]

    def convert(self, out: Path, fmt: str) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / (out.stem + ".docx")
            self.d.save(src)
            soffice(src, fmt, out)


def soffice(src: Path, fmt: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as prof, tempfile.TemporaryDirectory() as outdir:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", outdir, str(src)], check=True, capture_output=True, timeout=180)
        made = Path(outdir) / (src.stem + "." + fmt.split(":")[0])
        out.write_bytes(made.read_bytes())
