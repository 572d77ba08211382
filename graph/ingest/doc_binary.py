"""The binary Word 97-2003 format ([MS-DOC]) as far as ``doc`` needs it: the main text and each paragraph's table marks.

A .doc (and a WPS Office .wps, the same format) is an OLE container (read with olefile) whose ``WordDocument`` stream
opens with the File Information Block (FIB). The FIB points into the table stream (``0Table`` or ``1Table``) at

- the **CLX**, whose piece table maps the text's character positions (CP) to bytes of ``WordDocument`` (FC): each piece
  is UTF-16LE or, "compressed", one byte a character (cp1252); Chinese text is in UTF-16 pieces;
- the **PlcBtePapx**, which names the 512-byte pages (FKP) of ``WordDocument`` that hold each paragraph's properties
  (PAPX): whether the paragraph stands in a table (sprmPFInTable), ends a table row (sprmPFTtp), and, on a row's end,
  the row's cells (sprmTDefTable: their edges and their vertical-merge flags; sprmTVertMerge in later writers).

Only what is read is parsed; every offset is checked, so a truncated or malformed file raises :class:`DocError`.
"""

from __future__ import annotations

import bisect
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["DocError", "Paragraph", "Props", "Row", "fc_lcb", "read_word_binary", "table_stream"]

WORD_IDENT = 0xA5EC
MIN_NFIB = 0xC1  # Word 97; Word 6/95 files (nFib 0x65-0x69) keep text in another layout
F_ENCRYPTED = 0x0100
F_WHICH_TABLE = 0x0200
FC_CLX = 33  # index of fcClx/lcbClx in FibRgFcLcb97
FC_BTE_PAPX = 13  # index of fcPlcfBtePapx/lcbPlcfBtePapx
CCP_TEXT = 3  # index of ccpText in FibRgLw97

SPRM_IN_TABLE = 0x2416
SPRM_TTP = 0x2417
SPRM_INNER_CELL = 0x244B
SPRM_INNER_TTP = 0x244C
SPRM_ITAP = 0x6649
SPRM_DEF_TABLE = 0xD608
SPRM_VERT_MERGE = 0xD62B
SPRM_CHG_TABS = 0xC615
SPRM_ILFO = 0x460B
SPRM_ILVL = 0x260A
_MARK = re.compile("[\r\x07]")
_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}

TC_VERT_MERGE = 0x0020
TC_VERT_RESTART = 0x0040


class DocError(ValueError):
    """The bytes are not a Word 97-2003 document this reader can read (the reason in the message)."""


@dataclass(frozen=True)
class Row:
    """A table row's cells as its end mark's properties describe them: each cell's left and right edge (twips) and
    whether it continues a cell merged from the row above (``merged``)."""

    edges: tuple[int, ...]
    merged: tuple[bool, ...]


@dataclass(frozen=True)
class Props:
    """A paragraph's table marks: in a table (``depth`` > 0), the mark ending a cell of a nested table (``inner_cell``),
    a row's end (``row_end``, with ``row`` when the row's cells are described), an inner table's row end."""

    depth: int = 0
    row_end: bool = False
    inner_cell: bool = False
    inner_row_end: bool = False
    row: Row | None = None
    ilfo: int = 0  # the paragraph's list (1-based, into the PlfLfo; 0 none) and level: Word's own numbering
    ilvl: int = 0


@dataclass
class Paragraph:
    """One paragraph of the main text: its characters without the mark, and the mark (``\\r`` or ``\\x07``, a cell's
    or a row's end)."""

    text: str
    mark: str
    props: Props = field(default_factory=Props)


def _u16(b: bytes, at: int) -> int:
    if at < 0 or at + 2 > len(b):
        raise DocError("truncated (read past the end of a stream)")
    return int(struct.unpack_from("<H", b, at)[0])


def _u32(b: bytes, at: int) -> int:
    if at < 0 or at + 4 > len(b):
        raise DocError("truncated (read past the end of a stream)")
    return int(struct.unpack_from("<I", b, at)[0])


def fc_lcb(word: bytes, index: int) -> tuple[int, int]:
    """The ``index``-th (fc, lcb) pair of the FIB's FibRgFcLcb."""
    csw = _u16(word, 32)
    at = 34 + 2 * csw
    cslw = _u16(word, at)
    at += 2 + 4 * cslw
    count = _u16(word, at)
    if index >= count:
        return 0, 0
    return _u32(word, at + 2 + 8 * index), _u32(word, at + 6 + 8 * index)


def _ccp_text(word: bytes) -> int:
    csw = _u16(word, 32)
    return _u32(word, 34 + 2 * csw + 2 + 4 * CCP_TEXT)


def _pieces(table: bytes, fc: int, lcb: int) -> list[tuple[int, int, int, bool]]:
    """The piece table: (first CP, CP after, byte offset in WordDocument, compressed) per piece."""
    if lcb == 0 or fc + lcb > len(table):
        raise DocError("truncated (no piece table)")
    at, end = fc, fc + lcb
    while at < end:
        kind = table[at]
        if kind == 1:  # a Prc (formatting of pieces): skipped
            if at + 3 > end:
                raise DocError("malformed piece table")
            at += 3 + max(0, struct.unpack_from("<h", table, at + 1)[0])
        elif kind == 2:
            size = _u32(table, at + 1)
            plc = table[at + 5 : at + 5 + size]
            if len(plc) != size or size < 16 or (size - 4) % 12:
                raise DocError("malformed piece table")
            n = (size - 4) // 12
            cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
            out = []
            for i in range(n):
                raw = _u32(plc, 4 * (n + 1) + 8 * i + 2)
                compressed = bool(raw & 0x40000000)
                offset = (raw & 0x3FFFFFFF) // 2 if compressed else raw & 0x3FFFFFFF
                out.append((cps[i], cps[i + 1], offset, compressed))
            return out
        else:
            raise DocError("malformed piece table")
    raise DocError("malformed piece table (no Pcdt)")


def _sprms(grp: bytes) -> list[tuple[int, bytes]]:
    """The (sprm, operand) pairs of a grpprl; a cut one at the end dropped."""
    out: list[tuple[int, bytes]] = []
    at = 0
    while at + 2 <= len(grp):
        op = _u16(grp, at)
        at += 2
        spra = op >> 13
        if spra == 6:
            if op == SPRM_DEF_TABLE:
                if at + 2 > len(grp):
                    break
                size, start = _u16(grp, at) + 1, at  # cb counts itself less one
            elif op == SPRM_CHG_TABS:
                size, start = (grp[at] if at < len(grp) else 0) + 1, at
            else:
                size, start = (grp[at] if at < len(grp) else 0) + 1, at
            out.append((op, grp[start : start + size]))
            at = start + size
        else:
            size = _SIZES[spra]
            out.append((op, grp[at : at + size]))
            at += size
    return out


def _def_table(operand: bytes) -> tuple[list[int], list[int]]:
    """The cells' edges and their TC80 flags of a sprmTDefTable operand (cb, itcMac, rgdxaCenter, rgTc80)."""
    if len(operand) < 3:
        return [], []
    count = operand[2]
    at = 3
    if at + 2 * (count + 1) > len(operand):
        return [], []
    edges = list(struct.unpack_from(f"<{count + 1}h", operand, at))
    at += 2 * (count + 1)
    flags = [(_u16(operand, at + 20 * i) if at + 20 * i + 2 <= len(operand) else 0) for i in range(count)]
    return edges, flags


def _props(grp: bytes) -> Props:
    depth, row_end, inner_cell, inner_ttp, ilfo, ilvl = 0, False, False, False, 0, 0
    edges: list[int] = []
    flags: list[int] = []
    vert: dict[int, int] = {}
    for op, arg in _sprms(grp):
        value = arg[0] if arg else 0
        if op == SPRM_IN_TABLE and value:
            depth = max(depth, 1)
        elif op == SPRM_ITAP and len(arg) == 4:
            depth = int(struct.unpack("<i", arg)[0])
        elif op == SPRM_TTP and value:
            row_end = True
        elif op == SPRM_INNER_CELL and value:
            inner_cell = True
        elif op == SPRM_INNER_TTP and value:
            inner_ttp = True
        elif op == SPRM_DEF_TABLE:
            edges, flags = _def_table(arg)
        elif op == SPRM_VERT_MERGE and len(arg) >= 3:
            vert[arg[1]] = arg[2]
        elif op == SPRM_ILFO and len(arg) == 2:
            ilfo = int(struct.unpack("<h", arg)[0])
        elif op == SPRM_ILVL:
            ilvl = value
    row = None
    if edges:
        merged = [bool(f & TC_VERT_MERGE) and not f & TC_VERT_RESTART for f in flags]
        for itc, code in vert.items():
            if itc < len(merged):
                merged[itc] = code == 1
        row = Row(tuple(edges), tuple(merged))
    return Props(depth, row_end, inner_cell, inner_ttp, row, ilfo, ilvl)


def _papx_runs(word: bytes, table: bytes, fc: int, lcb: int) -> tuple[list[int], list[tuple[int, Props]]]:
    """The paragraph-property runs of the FKPs: their first FCs (sorted) and (FC after, props) of each."""
    if lcb < 12 or fc + lcb > len(table):
        return [], []
    n = (lcb - 4) // 8
    starts: list[int] = []
    runs: list[tuple[int, Props]] = []
    for i in range(n):
        pn = _u32(table, fc + 4 * (n + 1) + 4 * i) & 0x3FFFFF
        page = word[pn * 512 : pn * 512 + 512]
        if len(page) != 512:
            raise DocError("truncated (a paragraph-properties page is cut)")
        crun = page[511]
        for k in range(crun):
            first, after = _u32(page, 4 * k), _u32(page, 4 * (k + 1))
            offset = page[4 * (crun + 1) + 13 * k] * 2
            grp = b""
            if offset:
                cb = page[offset]
                grp = page[offset + 2 : offset + 2 + 2 * page[offset + 1]] if cb == 0 else page[offset + 1 : offset + 2 * cb]
            starts.append(first)
            runs.append((after, _props(grp[2:])))  # (the first two bytes: the paragraph's style)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[i] for i in order], [runs[i] for i in order]


def table_stream(word: bytes, tables: dict[str, bytes]) -> bytes:
    """The table stream the FIB names (``0Table`` or ``1Table``)."""
    flags = _u16(word, 0x0A)
    if flags & F_ENCRYPTED:
        raise DocError("encrypted")
    table = tables.get("1Table" if flags & F_WHICH_TABLE else "0Table")
    if table is None:
        raise DocError("no table stream")
    return table


def read_word_binary(word: bytes, tables: dict[str, bytes]) -> list[Paragraph]:
    """The main text's paragraphs of a ``WordDocument`` stream, given the table streams by name."""
    if len(word) < 0x20 or _u16(word, 0) != WORD_IDENT:
        raise DocError("not a Word document (no FIB)")
    if _u16(word, 2) < MIN_NFIB:
        raise DocError("a Word 6/95 document (the format before Word 97)")
    table = table_stream(word, tables)
    pieces = _pieces(table, *fc_lcb(word, FC_CLX))
    starts, runs = _papx_runs(word, table, *fc_lcb(word, FC_BTE_PAPX))
    limit = _ccp_text(word)
    texts: list[str] = []
    marks: list[int] = []  # the FC of each paragraph mark (\r, \x07), in order
    for first, after, offset, compressed in pieces:
        if first >= limit:
            break
        count = min(after, limit) - first
        width = 1 if compressed else 2
        raw = word[offset : offset + width * count]
        if count < 0 or len(raw) != width * count:
            raise DocError("truncated (the text runs past the end of the file)")
        if compressed:
            units: Sequence[int] = raw
            texts.append(raw.decode("cp1252", errors="replace"))
        else:
            units = struct.unpack(f"<{count}H", raw)
            texts.append(raw.decode("utf-16-le", errors="replace"))  # (a pair of surrogates is one character)
        marks.extend(offset + width * i for i, u in enumerate(units) if u in (0x0D, 0x07))
    out: list[Paragraph] = []
    at = 0
    text = "".join(texts)
    for n, match in enumerate(_MARK.finditer(text)):
        props = Props()
        k = bisect.bisect_right(starts, marks[n]) - 1
        if k >= 0 and marks[n] < runs[k][0]:
            props = runs[k][1]
        out.append(Paragraph(text[at : match.start()], match.group(), props))
        at = match.end()
    if at < len(text):
        out.append(Paragraph(text[at:], "\r"))
    return out
