"""The labels Word draws for paragraphs numbered by its lists in a binary .doc ([MS-DOC] 2.9.150 LSTF, LVL, LFO).

As ``docx_numbering`` does for a .docx: a numbered paragraph holds no label in its text; its list (``sprmPIlfo``, an
index into the PlfLfo) and level (``sprmPIlvl``) name a level of a list definition (PlfLst: LSTF, then its LVLs:
start, number format (MSONFC), restart rule and the number text, where the characters 0-8 stand for the counters of
levels 1-9). The label is put back before the paragraph's text, counted as Word counts: per list definition, a level's
counter going on from its last paragraph, the deeper levels starting again after it unless the level says otherwise.
Numbering by a paragraph style is not read (the styles sheet is not parsed).
"""

from __future__ import annotations

import struct

from .docx_numbering import _BRANCHES, _CIRCLED, _ROMAN, _STEMS, chinese_number, ends_in_number

__all__ = ["DocNumbering"]

FC_PLF_LST = 73  # fcPlfLst / lcbPlfLst in FibRgFcLcb97
FC_PLF_LFO = 74
_CHINESE = {0x0A, 0x0B, 0x21, 0x23, 0x25, 0x27}  # ideographDigital, japanese/taiwanese/chinese counting (一, 二 …)
_NO_LABEL = {0x17, 0xFF}  # bullet, none
LVLF_SIZE = 28

Level = tuple[int, int, str, int | None, int]  # start, MSONFC, text (%1 … %9 for the counters), restart (None: any),
# what follows the label (ixchFollow: 0 a tab, 1 a space, 2 nothing)


def _format(n: int, nfc: int) -> str:
    """A counter drawn in the number format ``nfc``.

    >>> _format(3, 0x25), _format(12, 0x23), _format(2, 0x12), _format(2, 0x04), _format(7, 0x16), _format(5, 0)
    ('三', '十二', '②', 'b', '07', '5')
    """
    if nfc in _CHINESE:
        return chinese_number(n)
    if nfc in (0x12, 0x1C) and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if nfc in (0x03, 0x04) and 0 < n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter if nfc == 0x04 else letter.upper()
    if nfc == 0x16:
        return f"{n:02d}"
    if nfc in (0x01, 0x02) and 0 < n <= len(_ROMAN):  # upperRoman, lowerRoman
        return _ROMAN[n - 1] if nfc == 0x01 else _ROMAN[n - 1].lower()
    if nfc == 0x1E and 0 < n <= len(_STEMS):  # ideographTraditional: 甲 乙 丙
        return _STEMS[n - 1]
    if nfc == 0x1F and 0 < n <= len(_BRANCHES):  # ideographZodiac: 子 丑 寅
        return _BRANCHES[n - 1]
    return str(n)  # decimal and the rest


def _level(table: bytes, at: int) -> tuple[Level, int]:
    """The LVL at ``at``: its (start, nfc, text, restart) and the offset after it."""
    start, nfc, flags = struct.unpack_from("<iBB", table, at)
    follow = table[at + 15]  # ixchFollow, after rgbxchNums
    cb_chpx, cb_papx, restart_lim = table[at + 24], table[at + 25], table[at + 26]
    at += LVLF_SIZE + cb_papx + cb_chpx
    (count,) = struct.unpack_from("<H", table, at)
    raw = table[at + 2 : at + 2 + 2 * count]
    if len(raw) != 2 * count:
        raise ValueError("cut LVL")
    text = "".join(f"%{ord(ch) + 1}" if ord(ch) < 9 else ch for ch in raw.decode("utf-16-le", errors="replace"))
    restart = restart_lim if flags & 0x08 else None  # fNoRestart: starts again only after levels above the limit
    return (start, nfc, text, restart, follow), at + 2 + 2 * count


class DocNumbering:
    """The lists of one .doc; :meth:`label` gives each numbered paragraph its label, in reading order."""

    def __init__(self, table: bytes, lst: tuple[int, int], lfo: tuple[int, int]) -> None:
        self._lists: dict[int, dict[int, Level]] = {}  # lsid -> ilvl -> level
        self._lfos: list[tuple[int, dict[int, int]]] = []  # per LFO: lsid, start overrides by level
        self._counts: dict[int, dict[int, int]] = {}
        self._restarts: dict[int, set[int]] = {}  # LFO index -> levels it starts again, on first use
        try:
            self._read(table, *lst, *lfo)
        except (struct.error, ValueError, IndexError):  # a broken list table: no labels
            self._lists, self._lfos = {}, []

    def _read(self, table: bytes, fc_lst: int, lcb_lst: int, fc_lfo: int, lcb_lfo: int) -> None:
        if lcb_lst < 2 or lcb_lfo < 4 or fc_lst + lcb_lst > len(table) or fc_lfo + lcb_lfo > len(table):
            return
        (count,) = struct.unpack_from("<h", table, fc_lst)
        heads = []
        for k in range(max(0, count)):
            at = fc_lst + 2 + 28 * k
            heads.append((struct.unpack_from("<i", table, at)[0], table[at + 26] & 0x01))
        at = fc_lst + 2 + 28 * max(0, count)  # the LVLs follow the LSTFs, list by list
        for lsid, simple in heads:
            levels: dict[int, Level] = {}
            for ilvl in range(1 if simple else 9):
                levels[ilvl], at = _level(table, at)
            self._lists[lsid] = levels
        (lfos,) = struct.unpack_from("<I", table, fc_lfo)
        entries = [(struct.unpack_from("<i", table, fc_lfo + 4 + 16 * k)[0], table[fc_lfo + 4 + 16 * k + 12])
                   for k in range(min(lfos, 10000))]
        at = fc_lfo + 4 + 16 * len(entries)  # then each LFO's LFOData: a CP and its level overrides
        for k, (lsid, overrides) in enumerate(entries):
            starts: dict[int, int] = {}
            at += 4
            for _ in range(overrides):
                start, bits = struct.unpack_from("<iI", table, at)
                at += 8
                if bits & 0x10:  # fStartAt
                    starts[bits & 0x0F] = start
                if bits & 0x20:  # fFormatting: a whole LVL follows
                    _, at = _level(table, at)
            self._lfos.append((lsid, starts))
            if starts:
                self._restarts[k] = set(starts)

    def label(self, ilfo: int, ilvl: int) -> str:
        """The label Word draws before a paragraph of list ``ilfo`` (1-based) at level ``ilvl``, counting it."""
        if not 0 < ilfo <= len(self._lfos):
            return ""
        lsid, starts = self._lfos[ilfo - 1]
        levels = self._lists.get(lsid)
        if not levels or ilvl not in levels:
            return ""
        counts = self._counts.setdefault(lsid, {})
        for restarted in self._restarts.pop(ilfo - 1, ()):  # ("Restart numbering": a list of its own from here)
            counts.pop(restarted, None)
        first = starts.get(ilvl, levels[ilvl][0])
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else first
        for deeper in [k for k in counts if k > ilvl]:
            restart = levels[deeper][3] if deeper in levels else None
            if restart is None or ilvl < restart:
                del counts[deeper]
        _, nfc, text, _, follow = levels[ilvl]
        if nfc in _NO_LABEL:
            return ""
        for k in range(9, 0, -1):
            if f"%{k}" in text:
                lv = levels.get(k - 1, (1, 0, "", None, 0))
                text = text.replace(f"%{k}", _format(counts.get(k - 1, starts.get(k - 1, lv[0])), lv[1]))
        text = text.strip()  # (a label that ends with its number, 2.1.1: set apart from the text, as docx_numbering)
        return text + " " if ends_in_number(text) and follow != 2 else text
