"""Read an RTF file (Word's and WPS's "save as RTF") into a Document: paragraphs and tables in document order.

The reader walks the RTF's groups and control words itself. Text bytes written as ``\\'xx`` (or raw 8-bit bytes)
are decoded in the document's code page (``\\ansicpg936``: GBK, read as its superset GB18030; without one, the code
page of a Chinese font's ``\\fcharset``); ``\\uN`` is the character ``N`` (negative above 32767), followed by
``\\ucN`` fallback characters that are skipped. Groups that are no text (font and colour tables, style sheet,
``\\info``, pictures, headers and footers, footnotes, field instructions, and every ``\\*`` destination) are skipped,
as is hidden text (``\\v``) and a tracked deletion not accepted (``\\deleted``).

Each paragraph (``\\par``) is one line. A table row (``\\trowd`` … ``\\cell`` … ``\\row``) is one line of tab-separated
cell texts, as the Word reader (:mod:`graph.ingest.docx`) writes it: a cell merged down (``\\clvmgf`` /
``\\clvmrg``) gives its text in each row it covers, a cell merged right (``\\clmgf`` / ``\\clmrg``) is followed by
empty cells; the rows also go to :attr:`Document.tables`.

``striprtf`` (the maintained PyPI library) prints a table's cells joined by ``|`` and drops the merge marks, so a
lead cell merged over rows could not be carried; hence this small reader.
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Document

__all__ = ["read_rtf"]

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)")
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\ufeff]+")
_SKIP = frozenset(
    b"fonttbl colortbl stylesheet info pict header headerl headerr headerf footer footerl footerr footerf footnote "
    b"annotation object fldinst xe tc themedata colorschememapping latentstyles datastore listtable "
    b"listoverridetable rsidtbl generator xmlnstbl revtbl filetbl pgdsctbl bkmkstart bkmkend atnid atnauthor "
    b"shppict nonshppict objdata blipuid userprops docvar template".split())
_CHARS = {b"par": "\n", b"sect": "\n", b"page": "\n", b"line": "\n", b"tab": "\t", b"emdash": "—", b"endash": "–",
          b"lquote": "‘", b"rquote": "’", b"ldblquote": "“", b"rdblquote": "”", b"bullet": "•", b"emspace": " ",
          b"enspace": " ", b"qmspace": " ", b"cell": "", b"nestcell": " ", b"row": "", b"nestrow": ""}
_SYMBOLS = {b"~": "\u00a0", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}", b"\n": "\n", b"\r": "\n"}
_CHARSETS = {134: "gb18030", 136: "big5", 128: "cp932", 129: "cp949"}
_CODEPAGES = {936: "gb18030", 950: "big5", 932: "cp932", 949: "cp949", 65001: "utf-8"}


class _Writer:
    """Paragraphs and table rows as they close."""

    def __init__(self, name: str, encoding: str) -> None:
        self.name, self.encoding = name, encoding
        self.lines: list[str] = []
        self.tables: list[tuple[tuple[str, ...], ...]] = []
        self.buf: list[str] = []
        self.pending = bytearray()
        self.cells: list[str] = []  # the row's cells so far
        self.defs: list[tuple[int, str]] = []  # the row's cell edges (\cellx) and merge marks
        self.marks = ""  # merge marks of the cell being defined
        self.rows: list[tuple[str, ...]] = []  # the open table
        self.above: dict[int, str] = {}  # the text of the cell ending at each edge in the row above
        self.intbl = False

    def flush(self) -> None:
        if self.pending:
            try:
                self.buf.append(self.pending.decode(self.encoding))
            except UnicodeDecodeError as exc:
                raise InputError(self.name, f"undecodable RTF text (bytes not in code page {self.encoding}: "
                                            f"{exc.reason})") from None
            self.pending.clear()

    def text(self) -> str:
        self.flush()
        out = "".join(self.buf)
        self.buf.clear()
        return out

    def par(self) -> None:
        text = self.text()
        if self.intbl:
            self.buf.append(text + "\n")  # a cell's paragraphs: joined with a space when the cell closes
            return
        self.end_table()
        line = _WS.sub(" ", text).strip()
        if line:
            self.lines.append(line)

    def cell(self) -> None:
        self.cells.append(_WS.sub(" ", self.text()).strip())

    def row(self) -> None:
        if self.buf or self.pending:
            self.cell()
        cells = self.cells
        defs = self.defs + [(0, "")] * max(0, len(cells) - len(self.defs))
        out: list[str] = []
        for (edge, marks), text in zip(defs, cells, strict=False):
            if "vmrg" in marks:
                text = self.above.get(edge, text)
            elif "hmrg" in marks:
                text = ""
            out.append(text)
        self.above = {edge: text for (edge, _), text in zip(defs, out, strict=False)}
        self.rows.append(tuple(out))
        trimmed = list(out)
        while trimmed and not trimmed[-1]:
            trimmed.pop()
        if any(trimmed):
            self.lines.append("\t".join(trimmed))
        self.cells = []
        self.intbl = False

    def end_table(self) -> None:
        if self.rows:
            self.tables.append(tuple(self.rows))
            self.rows, self.above = [], {}

    def control(self, word: bytes, arg: int | None) -> None:
        if word == b"trowd":
            self.defs, self.marks = [], ""
        elif word in (b"clvmgf", b"clmgf"):
            self.marks += "first "
        elif word == b"clvmrg":
            self.marks += "vmrg "
        elif word == b"clmrg":
            self.marks += "hmrg "
        elif word == b"cellx":
            self.defs.append((arg or 0, self.marks))
            self.marks = ""
        elif word == b"intbl":
            self.intbl = True
        elif word == b"pard":
            self.intbl = False
        elif word == b"par":
            self.par()
        elif word == b"cell":
            self.cell()
        elif word == b"row":
            self.row()
        elif word in _CHARS:
            self.flush()
            self.buf.append(_CHARS[word] if not (self.intbl and word == b"tab") else " ")


def _encoding(data: bytes) -> str:
    m = re.search(rb"\\ansicpg(\d+)", data[:4096])
    if m and int(m.group(1)) in _CODEPAGES:
        return _CODEPAGES[int(m.group(1))]
    if m and int(m.group(1)) != 0:
        return f"cp{int(m.group(1))}"
    m = re.search(rb"\\fcharset(134|136|128|129)", data[:8192])
    return _CHARSETS[int(m.group(1))] if m else "cp1252"


def read_rtf(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse ``data`` (the bytes of an .rtf) into a Document."""
    if not data.strip():
        raise InputError(name, "empty file")
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise InputError(name, "not an RTF file (no {\\rtf header)")
    encoding = _encoding(data)
    try:
        "".encode(encoding)
    except LookupError:
        raise InputError(name, f"RTF in an unknown code page ({encoding})") from None
    out = _Writer(name, encoding)
    stack: list[tuple[bool, int, bool]] = []
    skip, uc, fallback, hidden = False, 1, 0, False
    first_in_group = False
    pos = 0
    while pos < len(data):
        m = _TOKEN.match(data, pos)
        if m is None:  # a lone backslash at the end
            break
        pos = m.end()
        word, arg, hexbyte, symbol, brace, _newline, text = m.groups()
        if word == b"bin" and arg and int(arg) > 0:
            pos += int(arg)  # binary data (a picture's): so many bytes, whatever they hold
            continue
        if brace == b"{":
            stack.append((skip, uc, hidden))
            first_in_group = True
            continue
        if brace == b"}":
            if not stack:
                break  # the document's closing brace (anything after it is no RTF)
            skip, uc, hidden = stack.pop()
            first_in_group, fallback = False, 0
            continue
        starts = first_in_group
        first_in_group = False
        if symbol == b"*" and starts:
            skip, first_in_group = True, False
            continue
        if word is not None:
            if starts and word in _SKIP:
                skip = True
            if skip:
                continue
            n = int(arg) if arg else None
            if word == b"uc":
                uc = n or 0
            elif word in (b"v", b"deleted"):  # hidden text, a deletion not accepted: no text
                hidden = n != 0
            elif word == b"plain":
                hidden = False
            elif word == b"u" and n is not None:
                out.flush()
                if not hidden:
                    out.buf.append(chr(n + 65536 if n < 0 else n) if -65536 < n < 0x110000 else "\ufffd")
                fallback = uc
            else:
                out.control(word, n)
            continue
        if skip or _newline:
            continue
        if hexbyte is not None:
            if fallback:
                fallback -= 1
                continue
            if not hidden:
                out.pending.append(int(hexbyte, 16))
            continue
        if symbol is not None:
            if fallback:
                fallback -= 1
                continue
            out.flush()
            out.buf.append("" if hidden else _SYMBOLS.get(symbol, ""))
            continue
        if text:
            if fallback:
                k = min(fallback, len(text))
                text, fallback = text[k:], fallback - k
            if hidden:
                continue
            for ch in text:  # raw 8-bit bytes (WPS) are code page bytes like \'xx
                if ch >= 0x80:
                    out.pending.append(ch)
                else:
                    out.flush()
                    out.buf.append(chr(ch))
    if stack:
        raise InputError(name, f"truncated RTF ({len(stack)} groups left open)")
    if out.cells or out.buf or out.pending:
        out.par()
    out.end_table()
    if not any(out.lines):
        raise InputError(name, "no text in the .rtf (empty document)")
    return Document(source=name, text="\n".join(out.lines) + "\n", path=path, encoding=encoding,
                    media_type="application/rtf", sha256=sha256, tables=tuple(out.tables))
