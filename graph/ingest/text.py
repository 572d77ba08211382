"""Decode bytes of a plain-text document (UTF-8 with or without BOM, GB18030/GBK, UTF-16)."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

__all__ = ["decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Control characters other than \t \n \v \f \r, and the replacement character of a bad decode.
_BAD = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")
# Neither ASCII, nor CJK ideographs, CJK punctuation, full-width forms or the usual quotes and dashes.
_NOT_CJK_OR_ASCII = re.compile(r"[^\x00-\x7f\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’—…·]")


def _looks_like_text(text: str) -> bool:
    """Not blank, and at most one control or replacement character in a thousand (at least 2).

    The scan runs in the regex engine and stops once the limit is passed.
    """
    if not text.strip():
        return False
    limit = max(2, len(text) // 1000)
    bad = 0
    for _ in _BAD.finditer(text):
        bad += 1
        if bad > limit:
            return False
    return True


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`InputError` naming why not.

    >>> decode_bytes("省财政厅负责".encode("gb18030"), "x.txt")
    ('省财政厅负责', 'gb18030')
    """
    if not data.strip():
        raise InputError(name, "empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(name, f"undecodable {enc} text ({exc.reason} at byte {exc.start})") from None
            if _looks_like_text(text):
                return text, enc
            raise InputError(name, f"not text after the {enc} byte-order mark")
    utf8 = "UTF-8"
    try:
        text = data.decode("utf-8")
        if _looks_like_text(text):
            return text, "utf-8"
    except UnicodeDecodeError as exc:
        utf8 = f"UTF-8 (bad byte 0x{data[exc.start]:02x} at offset {exc.start})"
        # a download cut inside the last character: keep the text before the cut
        if exc.reason == "unexpected end of data" and exc.end == len(data) and len(data) - exc.start < 4:
            text = data[: exc.start].decode("utf-8", errors="strict")
            if _looks_like_text(text):
                return text, "utf-8"
    if b"\x00" not in data:
        # The Chinese national encodings first: GB18030 decodes GBK and GB2312 too.
        try:
            text = data.decode("gb18030")
            if _looks_like_text(text) and _mostly_cjk_or_ascii(text):
                return text, "gb18030"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _looks_like_text(text) and _mostly_cjk_or_ascii(text):
            return text, best.encoding
    if b"\x00" in data[:4096]:
        raise InputError(name, "binary file (NUL bytes), not a text document")
    raise InputError(name, f"undecodable: not {utf8}, GB18030 or UTF-16 text")


def _mostly_cjk_or_ascii(text: str) -> bool:
    sample = text[:20000]
    ok = len(sample) - len(_NOT_CJK_OR_ASCII.findall(sample))
    return ok >= 0.9 * len(sample)
