"""Writers for the containers of round 193 (a blind hand) that no earlier maker prints, stdlib only:

- ``write_ofd``: an OFD (GB/T 33190) package: ``OFD.xml`` → ``Doc_0/Document.xml`` → one ``Content.xml`` per page;
  every printed line is cut into several ``ofd:TextObject`` runs (``Boundary`` x y w h in mm, ``ofd:TextCode`` with
  ``X`` / ``Y`` / ``DeltaX``), and a page's objects are written in a shuffled order (a converter's order, not the
  reading order), so the lines must be rebuilt from the positions; a page number ``— n —`` at the foot of each page.
- ``write_rtf``: Word's "save as RTF" under ``\\ansicpg936``: body text as ``\\'xx`` GBK bytes, a table's cells as
  ``\\uN?`` escapes (negative N above 32767), a table cell merged down with ``\\clvmgf`` / ``\\clvmrg``; a font table,
  an ``\\info`` group and a ``\\*\\generator`` group that are no text.
- ``write_odt`` / ``write_ods``: OpenDocument text and spreadsheet (``content.xml`` in a zip with ``mimetype`` and a
  manifest); a cell given as ``UP`` is covered by the cell above it (``table:number-rows-spanned`` on the first,
  ``table:covered-table-cell`` under it), ``LEFT`` by the cell on its left (``table:number-columns-spanned``).
- ``write_mht``: a page saved by IE / Edge as "网页，单一文件": ``multipart/related`` with the HTML as quoted-printable
  gb2312 and an image part in base64.
"""

from __future__ import annotations

import base64
import quopri
import random
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

UP = "\x00up"
LEFT = "\x00left"

OFD_NS = "http://www.ofdspec.org/2016"


def _w(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


def _wrap(text: str, first: int, rest: int) -> list[str]:
    out, line, width, limit = [], "", 0.0, first
    for ch in text:
        if width + _w(ch) > limit:
            out.append(line)
            line, width, limit = "", 0.0, rest
        line += ch
        width += _w(ch)
    if line:
        out.append(line)
    return out


def write_ofd(out: Path, blocks: Sequence[tuple[str, str]], seed: int = 193) -> Path:
    """``blocks``: (kind, text); kind ``title`` (centred, large, wrapped), ``center``, ``right``, ``para`` (first line
    indented two characters, wrapped), ``left`` (no indent)."""
    rng = random.Random(seed)
    left, width, top, bottom = 28.0, 156.0, 40.0, 262.0
    lines: list[tuple[float, float, str]] = []  # (x, size, text); a None text is a page break
    for kind, text in blocks:
        size = 7.8 if kind == "title" else 5.6
        cols = int(width / size)
        if kind == "para":
            for i, piece in enumerate(_wrap(text, cols - 2, cols)):
                lines.append((left + (2 * size if i == 0 else 0.0), size, piece))
        elif kind in ("title", "center"):
            for piece in _wrap(text, cols, cols):
                w = sum(_w(c) for c in piece) * size
                lines.append((left + (width - w) / 2, size, piece))
        elif kind == "right":
            w = sum(_w(c) for c in text) * size
            lines.append((left + width - w - 2 * size, size, text))
        else:
            for piece in _wrap(text, cols, cols):
                lines.append((left, size, piece))
    pages: list[list[str]] = []
    objects: list[str] = []
    y = top
    oid = 10
    for x, size, text in lines:
        step = size * 1.75
        if y + step > bottom:
            pages.append(objects)
            objects, y = [], top
        y += step
        pos = 0
        while pos < len(text):
            n = rng.randint(2, 7)
            run = text[pos:pos + n]
            rx = x + sum(_w(c) for c in text[:pos]) * size
            gaps = " ".join(f"{_w(c) * size:.2f}" for c in run[:-1])
            delta = f' DeltaX="{gaps}"' if gaps else ""
            w = sum(_w(c) for c in run) * size
            oid += 1
            objects.append(
                f'<ofd:TextObject ID="{oid}" Boundary="{rx:.2f} {y - size:.2f} {w:.2f} {size * 1.2:.2f}" Font="3" '
                f'Size="{size:.2f}"><ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="{size:.2f}"{delta}>'
                f"{escape(run)}</ofd:TextCode></ofd:TextObject>")
            pos += n
    pages.append(objects)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" '
                   'DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>6f8c1a2b93</ofd:DocID>'
                   '<ofd:Creator>Suwell OFD Writer</ofd:Creator><ofd:CreationDate>2023-03-21</ofd:CreationDate>'
                   '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        page_refs = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
        z.writestr("Doc_0/Document.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
                   '<ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                   '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
                   f'<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>')
        z.writestr("Doc_0/PublicRes.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
                   '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>')
        for i, objs in enumerate(pages):
            num = f"— {i + 1} —"
            nx = left + (width - sum(_w(c) for c in num) * 4.9) / 2
            objs = [*objs, f'<ofd:TextObject ID="{9000 + i}" Boundary="{nx:.2f} 276 40 6" Font="3" Size="4.90">' f'<ofd:TextCode X="0" Y="4.90">{escape(num)}</ofd:TextCode></ofd:TextObject>']
            rng.shuffle(objs)
            z.writestr(f"Doc_0/Pages/Page_{i}/Content.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content>'
                       f'<ofd:Layer ID="{i + 2}" Type="Body">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>')
    return out


def _rtf_gbk(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def _rtf_uni(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            n = ord(ch)
            out.append(f"\\u{n - 65536 if n > 32767 else n}?")
    return "".join(out)


def write_rtf(out: Path, blocks: Sequence[object], title: str) -> Path:
    """``blocks``: ``("center" | "right" | "para", text)`` or a list of rows (a table; ``UP`` merges down)."""
    parts = ["{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052",
             "{\\fonttbl{\\f0\\fnil\\fcharset134 " + _rtf_gbk("仿宋_GB2312") + ";}{\\f1\\froman\\fcharset0 "
             "Times New Roman;}{\\f2\\fnil\\fcharset134 " + _rtf_gbk("方正小标宋简体") + ";}}",
             "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}",
             "{\\*\\generator Microsoft Word 15.0.5197;}",
             "{\\info{\\title " + _rtf_gbk(title) + "}{\\author admin}{\\operator " + _rtf_gbk("办公室") + "}"
             "{\\creatim\\yr2022\\mo3\\dy1\\hr9\\min12}}",
             "\\paperw11906\\paperh16838\\margl1588\\margr1474\\margt2098\\margb1984\\viewkind1\\uc1"]
    for block in blocks:
        if isinstance(block, tuple):
            kind, text = block
            align = {"center": "\\qc", "right": "\\qr", "para": "\\qj\\fi640"}[kind]
            font = "\\f2\\fs44" if kind == "center" and len(text) > 20 else "\\f0\\fs32"
            parts.append(f"\\pard\\plain{align}\\sl560\\slmult1{font} " + _rtf_gbk(text) + "\\par")
            continue
        rows = list(block)  # type: ignore[call-overload]
        widths = [700, 4200, 1800, 2200]
        for r, row in enumerate(rows):
            cells, edge = [], 0
            for c, value in enumerate(row):
                edge += widths[c]
                merge = ""
                if value == UP:
                    merge = "\\clvmrg"
                elif r + 1 < len(rows) and rows[r + 1][c] == UP:
                    merge = "\\clvmgf"
                cells.append(f"{merge}\\clvertalc\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10"
                             f"\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10\\cellx{edge}")
            parts.append("\\trowd\\trgaph108\\trleft-108" + "".join(cells))
            body = "".join("\\pard\\intbl\\qc\\f0\\fs24 " + ("" if v == UP else _rtf_uni(v)) + "\\cell "
                           for v in row)
            parts.append(body + "\\row")
        parts.append("\\pard\\plain\\par")
    parts.append("}")
    out.write_bytes("\r\n".join(parts).encode("ascii"))
    return out


_OD_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"')


def _od_text(text: str) -> str:
    """Text as LibreOffice saves it: runs of spaces as ``text:s``, a span around a piece after a comma."""
    out = escape(text).replace("  ", '<text:s text:c="2"/>')
    head, sep, tail = out.partition("，")
    if sep and "<" not in head and "<" not in tail:
        return f'{head}，<text:span text:style-name="T1">{tail}</text:span>'
    return out


def _od_table(name: str, rows: Sequence[Sequence[object]], text_cells: bool) -> str:
    ncols = max(len(r) for r in rows)
    xml = [f'<table:table table:name="{escape(name)}"><table:table-column table:number-columns-repeated="{ncols}"/>']
    for r, row in enumerate(rows):
        xml.append("<table:table-row>")
        for c, value in enumerate(row):
            if value in (UP, LEFT):
                xml.append("<table:covered-table-cell/>")
                continue
            span = ""
            down = 1
            while r + down < len(rows) and rows[r + down][c] == UP:
                down += 1
            right = 1
            while c + right < len(row) and row[c + right] == LEFT:
                right += 1
            if down > 1:
                span += f' table:number-rows-spanned="{down}" table:number-columns-spanned="1"'
            if right > 1:
                span += f' table:number-columns-spanned="{right}" table:number-rows-spanned="1"'
            if value is None or value == "":
                xml.append(f"<table:table-cell{span}/>")
                continue
            xml.append(f'<table:table-cell office:value-type="string"{span}><text:p>{_od_text(str(value))}</text:p></table:table-cell>')
        if len(row) < ncols:
            xml.append(f'<table:table-cell table:number-columns-repeated="{ncols - len(row)}"/>')
        xml.append("</table:table-row>")
    if not text_cells:
        xml.append('<table:table-row table:number-rows-repeated="1048560"><table:table-cell '
                   'table:number-columns-repeated="1024"/></table:table-row>')
    xml.append("</table:table>")
    return "".join(xml)


def _od_zip(out: Path, mime: str, body: str) -> Path:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_OD_NS}><office:automatic-styles>'
               '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="normal"/>'
               f'</style:style></office:automatic-styles><office:body>{body}</office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_OD_NS}><office:master-styles>'
              '<style:master-page style:name="Standard"><style:footer><text:p>第 <text:page-number/> 页</text:p>'
              '</style:footer></style:master-page></office:master-styles></office:document-styles>')
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mime)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return out


def write_odt(out: Path, blocks: Sequence[object]) -> Path:
    """``blocks``: a ``str`` a paragraph, ``("h", text)`` a heading (``text:h``), a list of rows a table."""
    body = []
    for block in blocks:
        if isinstance(block, str):
            body.append(f'<text:p text:style-name="Standard">{_od_text(block)}</text:p>')
        elif isinstance(block, tuple):
            body.append(f'<text:h text:outline-level="1">{_od_text(block[1])}</text:h>')
        else:
            body.append(_od_table("表格1", list(block), True))  # type: ignore[call-overload]
    return _od_zip(out, "application/vnd.oasis.opendocument.text",
                   "<office:text>" + "".join(body) + "</office:text>")


def write_ods(out: Path, sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> Path:
    body = "".join(_od_table(name, rows, False) for name, rows in sheets)
    return _od_zip(out, "application/vnd.oasis.opendocument.spreadsheet",
                   "<office:spreadsheet>" + body + "</office:spreadsheet>")


_GIF = ("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def write_mht(out: Path, html: str, location: str, subject: str) -> Path:
    boundary = "----=_NextPart_000_0000_01DA8F2C.5B1E3A60"
    qp = quopri.encodestring(html.encode("gb2312"), quotetabs=False).decode("ascii")
    text = (
        "From: <Saved by Windows Internet Explorer 11>\r\n"
        f"Subject: =?gb2312?B?{base64.b64encode(subject.encode('gb2312')).decode('ascii')}?=\r\n"
        "Date: Mon, 15 Apr 2024 10:21:07 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n'
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24000\r\n\r\n"
        "This is a multi-part message in MIME format.\r\n\r\n"
        f"--{boundary}\r\n"
        'Content-Type: text/html;\r\n\tcharset="gb2312"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {location}\r\n\r\n"
        + qp.replace("\n", "\r\n") + "\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: image/gif\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        f"Content-Location: {location.rsplit('/', 1)[0]}/images/dot.gif\r\n\r\n"
        f"{_GIF}\r\n\r\n"
        f"--{boundary}--\r\n")
    out.write_bytes(text.encode("ascii"))
    return out
