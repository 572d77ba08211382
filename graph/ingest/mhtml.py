"""Read a page saved as one file (.mht / .mhtml: IE's and Edge's "网页，单一文件", Chrome's "Webpage, Single File")
into a Document.

Such a file is a MIME message (``multipart/related``) holding the page's HTML and its images and style sheets, each
part in quoted-printable or base64. The page is the part the message's ``start`` parameter names (by
``Content-ID`` or ``Content-Location``), else its first ``text/html`` part; its bytes are decoded in the part's
charset (``gb2312`` and ``gbk`` read as their superset GB18030), else as the page says, and read by the page reader
(:mod:`graph.ingest.html`) as any page. A frame of the page (``<iframe>``, ``<frame>``) whose document the file holds
(Chrome and Edge save it as a part named ``cid:…``, IE by its address) is read in the frame's place: a portal page
often shows its article in one. Parsed with the standard library's :mod:`email`. A plain page under the
.mht name is read as the page it is.
"""

from __future__ import annotations

import binascii
import email
import html as _html
import re
from email import policy
from email.message import Message

from ..errors import InputError
from ..model import Document
from .html import read_html

__all__ = ["read_mhtml"]

_CHARSET = re.compile(r"""(<meta[^>]+charset\s*=\s*["']?\s*)([A-Za-z0-9_\-]+)""", re.I)
_HEADER = re.compile(rb"\s*[A-Za-z][A-Za-z0-9-]*:")  # a message opens with a header line (From:, MIME-Version:)
_FRAME = re.compile(r"""<i?frame\b[^>]*?\bsrc\s*=\s*(["'])(.*?)\1[^>]*>(?:\s*</i?frame\s*>)?""", re.I | re.S)
_BODY = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|$)", re.I | re.S)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}


def _page(message: Message) -> Message | None:
    parts = [p for p in message.walk() if not p.is_multipart()]
    start = (message.get_param("start") or "") if message.is_multipart() else ""
    if isinstance(start, str) and start.strip("<>"):
        key = start.strip("<>")
        for part in parts:
            if key in (str(part.get("Content-ID") or "").strip("<>"), str(part.get("Content-Location") or "").strip()):
                return part
    return next((p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")), None)


def _text(part: Message, name: str) -> str:
    """A text part decoded: base64 or quoted-printable, in its charset, else the charset its page declares, else
    UTF-8 (GB18030 when that fails)."""
    encoding = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
    raw = part.get_payload(decode=False)
    if not isinstance(raw, str):
        return ""
    if encoding == "base64":
        try:
            body = binascii.a2b_base64(raw.encode("ascii", "strict"), strict_mode=False)
        except (binascii.Error, UnicodeEncodeError):
            return ""
    else:
        payload = part.get_payload(decode=True)
        body = payload if isinstance(payload, bytes) else b""
    declared = _CHARSET.search(body[:4096].decode("ascii", "replace"))
    charset = part.get_content_charset() or (declared.group(2).lower() if declared else "utf-8")
    charset = _SUPERSETS.get(charset, charset)
    for cs in (charset, "utf-8", "gb18030"):
        try:
            return body.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace")


def _with_frames(html: str, parts: list[Message], name: str, depth: int = 0) -> str:
    """The page with each frame (``<iframe src=…>``, ``<frame src=…>``) whose document the file holds put in the
    frame's place: a browser saves a framed article (a portal page whose 正文 stands in an iframe) as a part of its
    own, named by ``cid:`` (Chrome, Edge) or by its address (``Content-Location``)."""
    if depth > 3:
        return html
    by_key: dict[str, Message] = {}
    for part in parts:
        if part.get_content_type() not in ("text/html", "application/xhtml+xml"):
            continue
        cid = str(part.get("Content-ID") or "").strip().strip("<>")
        if cid:
            by_key["cid:" + cid] = part
        loc = str(part.get("Content-Location") or "").strip()
        if loc:
            by_key[loc] = part

    def inline(m: re.Match[str]) -> str:
        src = _html.unescape(m.group(2)).strip()
        frame = by_key.get(src)
        if frame is None:
            return m.group(0)
        inner = _text(frame, name)
        body = _BODY.search(inner)
        content = body.group(1) if body else inner
        return "<div>" + _with_frames(content, parts, name, depth + 1) + "</div>"

    return _FRAME.sub(inline, html)


def read_mhtml(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse ``data`` (the bytes of an .mht / .mhtml) into a Document."""
    if not data.strip():
        raise InputError(name, "empty file")
    head = data[:4096].lower()
    if not _HEADER.match(data) or (b"mime-version" not in head and b"content-type" not in head):
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<html", b"<!doctype html", b"<meta", b"<head")):
            return read_html(data, name, path=path, sha256=sha256)  # a plain page under the .mht name
        raise InputError(name, "not an MHTML file (no MIME headers)")
    message = email.message_from_bytes(data, policy=policy.compat32)
    page = _page(message)
    if page is None:
        raise InputError(name, "not an MHTML file (no text/html part)")
    encoding = str(page.get("Content-Transfer-Encoding") or "").strip().lower()
    raw = page.get_payload(decode=False)
    if not isinstance(raw, str):
        raise InputError(name, "not an MHTML file (the page part is not text)")
    if encoding == "base64":
        try:
            body = binascii.a2b_base64(raw.encode("ascii", "strict"), strict_mode=False)
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise InputError(name, f"broken MHTML (the page's base64 cannot be decoded: {exc})") from None
    else:
        payload = page.get_payload(decode=True)
        body = payload if isinstance(payload, bytes) else b""
    if not body.strip():
        raise InputError(name, "broken MHTML (the page part is empty: truncated?)")
    charset = page.get_content_charset()
    if charset:
        charset = _SUPERSETS.get(charset, charset)
        try:
            text = body.decode(charset)
        except LookupError:
            raise InputError(name, f"MHTML page in an unknown charset ({charset})") from None
        except UnicodeDecodeError as exc:
            raise InputError(name, f"undecodable MHTML page ({charset}: {exc.reason} at byte {exc.start})") from None
        # the page read as UTF-8 now: its own charset declaration made to say so
        body = _CHARSET.sub(lambda m: m.group(1) + "utf-8", text).encode("utf-8")
    page_text = body.decode("utf-8") if charset else _text(page, name)
    if _FRAME.search(page_text):
        parts = [p for p in message.walk() if not p.is_multipart() and p is not page]
        body = _CHARSET.sub(lambda m: m.group(1) + "utf-8", _with_frames(page_text, parts, name)).encode("utf-8")
    return read_html(body, name, path=path, sha256=sha256)
