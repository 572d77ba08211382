"""A document's own metadata: title, 文号, issuing body, 成文日期 and addressees."""

from __future__ import annotations

import re

from ..model import DocMeta, Span

__all__ = ["DOC_NUMBER", "clean_doc_number", "extract_metadata", "parse_date"]

_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
# 文号: issuing code, year in 〔〕 (normalised from [] ［］ () 【】), serial, 号.
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔（]\s*(?:19|20)\d{2}\s*[〕）]\s*第?\s*\d{1,5}\s*号")
_NUMBER_LEAD = re.compile(r"^(?:根据|依据|按照|参照|对照|遵照|落实|执行|贯彻|印发|见|按|据|和|与|及|或|以|的|经|如|将|对|即|是|在|由|为)+")


def clean_doc_number(s: str) -> str:
    """A 文号 without spaces and without the words glued before it (依据国发〔2019〕3号 -> 国发〔2019〕3号)."""
    s = re.sub(r"\s+", "", s)
    cut = _NUMBER_LEAD.sub("", s)
    return cut if re.match(r"[\u4e00-\u9fff]", cut) else s


_ORDER_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,20}(?:令|公告|通告)?\s*(?:(?:19|20)\d{2}年)?第\s*\d{1,5}\s*号$")
_DATE = re.compile(r"((?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                   r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
_NUMERIC_DATE = re.compile(r"((?:19|20)\d{2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)")
_TITLE_END = ("通知", "意见", "方案", "办法", "规定", "决定", "计划", "规划", "纲要", "细则", "条例", "批复", "公告",
              "通告", "函", "报告", "指南", "措施", "要点", "清单", "若干意见", "实施意见", "指导意见", "命令", "令")
_ISSUER_CUT = re.compile(r"关于|转发|印发|批转|颁布|发布")
_ORG_END = ("院", "厅", "部", "委", "局", "署", "办", "会", "府", "行", "室", "办公厅", "政府", "总局", "委员会", "联合会",
            "中央", "省委", "市委", "组", "社", "联")


def _cn_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if all(ch in _CN_DIGIT for ch in s):
        return int("".join(str(_CN_DIGIT[ch]) for ch in s))
    # 十, 十二, 二十, 二十一, 三十一
    total, tens = 0, s.find("十")
    if tens < 0:
        return _CN_DIGIT.get(s, 0)
    total += (_CN_DIGIT[s[:tens]] if tens > 0 else 1) * 10
    if tens + 1 < len(s):
        total += _CN_DIGIT[s[tens + 1]]
    return total


def parse_date(s: str) -> str | None:
    """``2016年5月24日``, ``二〇一六年五月二十四日`` or ``2016-05-24`` -> ``2016-05-24``.

    >>> parse_date("二〇一六年五月二十四日"), parse_date("2018.12.06")
    ('2016-05-24', '2018-12-06')
    """
    m = _DATE.search(s) or _NUMERIC_DATE.search(s)
    if m is None:
        return None
    y, mo, d = (_cn_number(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _clean_title(line: str) -> str:
    line = DOC_NUMBER.sub("", line).strip()
    # gov.cn and the seed break titles with spaces; inside Chinese text a space is not part of it.
    line = re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", line)
    return line.strip("《》 ")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _issuer_from_title(title: str) -> str | None:
    m = _ISSUER_CUT.search(title)
    if m is None or m.start() == 0:
        return None
    head = title[: m.start()].strip()
    if head.endswith(_ORG_END) and len(head) <= 200:
        return head
    return None


def extract_metadata(text: str, page_meta: dict[str, str] | None = None) -> DocMeta:
    """Metadata from the head and the signature of a normalised document text.

    ``page_meta`` (from an HTML page's table: 标题, 发文字号, 发文机关, 成文日期) wins where given.
    """
    page_meta = page_meta or {}
    lines = _lines(text)
    nonempty = [(p, ln) for p, ln in lines if ln.strip()]
    title = title_span = None
    if nonempty:
        pos, first = nonempty[0]
        title = _clean_title(first) or None
        if title:
            off = len(first) - len(first.lstrip())
            title_span = Span(pos + off, pos + len(first.rstrip()))
    # 文号: in the head, on a line of its own or ending the title line; never one in brackets
    doc_number = None
    body_begins = len(nonempty)
    addressees = None
    for k, (_pos, ln) in enumerate(nonempty[:25]):
        s = ln.strip()
        if s.endswith("：") and ("、" in s or "，" in s or s.startswith("各")) and len(s) < 200:
            addressees = s.rstrip("：")
            body_begins = k
            break
        if len(s) > 120 and k > 0:
            body_begins = k
            break
    for _pos, ln in nonempty[:body_begins]:
        s = ln.strip()
        m = DOC_NUMBER.search(s)
        if m and (m.end() >= len(s) - 1 or s == m.group(0)):
            before = s[: m.start()]
            if not before.endswith(("（", "《")):
                doc_number = clean_doc_number(m.group(0))
                break
        if _ORDER_NUMBER.match(s):
            doc_number = re.sub(r"\s+", "", s)
            break
    # An order: "中华人民共和国国务院令" / "第706号" on two lines names its issuer and number.
    order_issuer = None
    for k, (_pos, ln) in enumerate(nonempty[1:8], start=1):
        s = ln.strip()
        m_order = re.fullmatch(r"((?:中华人民共和国)?[\u4e00-\u9fff]{2,20}?)令", s)
        if m_order and k + 1 < len(nonempty):
            nxt = nonempty[k + 1][1].strip()
            if re.fullmatch(r"第\s*\d{1,5}\s*号", nxt):
                order_issuer = m_order.group(1).removeprefix("中华人民共和国")
                if doc_number is None:
                    doc_number = re.sub(r"\s+", "", s + nxt)
                break
    issuer = _issuer_from_title(title or "") or order_issuer
    # 成文日期: the first line that ends with a date and holds nothing but names before it
    date = None
    sig_issuer = None
    for k, (_pos, ln) in enumerate(nonempty):
        s = ln.strip()
        m = _DATE.search(s)
        if m is None or m.end() < len(s):
            continue
        before = s[: m.start()].strip()
        if re.search(r"[，。；：:、“”《》（）]", before) or (before and not before.endswith(_ORG_END)):
            continue
        if k == 0:
            continue
        date = parse_date(s)
        if before:
            sig_issuer = before
        elif k > 0:
            prev = nonempty[k - 1][1].strip()
            if prev.endswith(_ORG_END) and len(prev) < 120 and not re.search(r"[，。；：]", prev):
                sig_issuer = prev
        break
    if issuer is None and sig_issuer:
        issuer = re.sub(r"\s+", "、", sig_issuer)
    if page_meta.get("title"):
        title = _clean_title(page_meta["title"])
    if page_meta.get("doc_number"):
        doc_number = page_meta["doc_number"].strip() or doc_number
    if page_meta.get("issuer"):
        issuer = page_meta["issuer"].strip() or issuer
    if page_meta.get("date"):
        date = parse_date(page_meta["date"]) or page_meta["date"]
    if issuer:
        issuer = re.sub(r"\s+", "、", issuer.strip())
    return DocMeta(
        title=title,
        doc_number=doc_number,
        issuer=issuer,
        date=date,
        addressees=addressees,
        title_span=title_span,
    )
