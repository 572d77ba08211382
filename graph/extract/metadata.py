"""A document's own metadata: title, 文号, issuing body, 成文日期 and addressees."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..data import rules
from ..model import DocMeta, Span
from .dates import _CN_DIGIT, _DATE, _NUMERIC_DATE, _cn_number, _first_date, parse_date  # noqa: F401  (re-exported)
from .doc_number import (  # noqa: F401  (re-exported: the names this module has always offered)
    _DOC_NUMBER_ANCHORS,
    _DOC_NUMBER_TAIL,
    _IDEOGRAPH,
    _NUMBER_LEAD,
    _TITLE_END,
    _TITLE_LAST_WORD,
    DOC_NUMBER,
    clean_doc_number,
    doc_numbers,
    number_after_title,
)
from .document_kinds import _KIND_TAIL, _NUMBER_YEAR, document_kind, document_year, states_facts  # noqa: F401
from .minutes import dateline_date, is_minutes, minutes_date, minutes_number, news_date, unsigned_issuer
from .name_words import HAN_ONLY
from .title_head import dated_under_title, fuller_signature, lines_before_title
from .title_head import short_form_of as _short_form_of
from .title_head import signer as _signer

__all__ = [
    "DOC_NUMBER",
    "clean_doc_number",
    "doc_numbers",
    "document_year",
    "extract_metadata",
    "number_after_title",
    "parse_date",
]

_SPACES = re.compile(r"\s+")
_META = rules()["metadata"]
_SPACE_BEFORE_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[〔（])")
# after a 文号 that opens a line: nothing, spaces, or the addressees (各省、…)
_ADDRESSEES_NEXT = re.compile(r"\s|" + re.escape(_META["addressees_start"]) + "|$")
_ORDER_NUMBER = re.compile(_META["order_number"])
_ISSUER_CUT = re.compile("|".join(_META["issuer_cut"]))
_ORG_END = tuple(_META["org_ends"])


def _clean_title(line: str) -> str:
    pieces, pos = [], 0
    for m in doc_numbers(line):  # DOC_NUMBER.sub("", line), keeping title words before the code
        pieces.append(line[pos : m.end() - len(number_after_title(m.group(0)))])
        pos = m.end()
    pieces.append(line[pos:])
    line = "".join(pieces).strip()
    # gov.cn and the seed break titles with spaces; inside Chinese text a space is not part of it.
    line = _TITLE_SPACES.sub("", line)
    return line.strip("《》 ")


def _nonempty_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` of every line (split at ``\\n``) that is not blank, in order, lazily."""
    pos, n = 0, len(text)
    while True:
        stop = text.find("\n", pos)
        end = n if stop < 0 else stop
        line = text[pos:end]
        if line.strip():
            yield pos, line
        if stop < 0:
            return
        pos = stop + 1


def _line_before(text: str, start: int) -> str | None:
    """The last line that is not blank before the line starting at ``start``."""
    end = start - 1  # the line break that ends the line before
    while end >= 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip():
            return line
        end = begin - 1
    return None


def _signers_above(text: str, start: int) -> str | None:
    """The signature over the date line at ``start``: the signer's line before it, and the lines of
    co-signers above that, each one short name of a body alone on its line (国务院 / 中央军委 over
    一九八五年八月十五日: 国务院、中央军委; found by unseen set 4), joined by 、."""
    names: list[str] = []
    end = start - 1  # the line break that ends the line before
    while end >= 0:
        begin = text.rfind("\n", 0, end) + 1
        name = text[begin:end].strip()
        end = begin - 1
        if not name or (not names and _SEAL_NOTE.match(name)):
            continue  # a blank line; （县卫生健康局代章）: whose seal, under the signer's name
        if not _signer(name) or _SIGNATURE_BAD.search(name) or len(name) >= 120 or (
                names and (len(name) > _META["cosigner_length"] or not _HAN_NAME.match(name))):
            break
        names.insert(0, name)
    return "、".join(names) or None


# A line whose last character (before trailing spaces) is 日: only such a line can end with a date (or
# a 日 that the attachments' heading runs on after: "2021年8月31日附件：…名单", found by unseen set 4).
_ENDS_WITH_DAY = re.compile(r"日(?=[^\S\n]*$|附件[：:])", re.M)
_DATE_BEFORE_BAD = re.compile(r"[，。；：:、“”《》（）]")
_SIGNATURE_BAD = re.compile(r"[，。；：]")
_SEAL_NOTE = re.compile(_META["seal_note"])
_ORDER_LINE = re.compile(_META["order_line"])
_ORDER_SERIAL = re.compile(r"第\s*\d{1,5}\s*号")
# Spaces after or before a non-ASCII character: (?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f]), written to
# start with the space, so that the regex engine skips to spaces instead of trying every position.
_TITLE_SECOND_LINE = tuple(_META["title_second_line"])
_TITLE_SPACES = re.compile(r"\s(?:(?<=[^\x00-\x7f]\s)\s*|\s*(?=[^\x00-\x7f]))")


def _title_over_lines(head: list[tuple[int, str]]) -> tuple[str, Span] | None:
    """A title printed as the issuer's name on a line of its own, then 关于…/印发… on the next
    (and perhaps one more line until a title word ends it): the lines joined, as printed.

    A title wrapped by its width goes on inside a word (…的通⏎知) or after the plan's title word (…方案⏎的通知).

    >>> _title_over_lines([(0, "济南市人民政府办公厅"), (11, "关于印发数字经济行动方案的通知"), (27, "济政办字〔2021〕12号")])[0]
    '济南市人民政府办公厅关于印发数字经济行动方案的通知'
    >>> _title_over_lines([(0, "某市人民政府办公室关于印发某市行动方案"), (20, "的通知")])[0]
    '某市人民政府办公室关于印发某市行动方案的通知'
    """
    if len(head) < 2:
        return None
    pos, first = head[0]
    name = first.strip()
    goes_on = head[1][1].strip().startswith("的")  # (…行动方案⏎的通知: the plan's title word, then the notice's)
    if len(name) > 80 or (name.endswith(_TITLE_END) and not goes_on) or DOC_NUMBER.search(_SPACE_BEFORE_BRACKET.sub("", name)):
        return None
    # the issuer alone on the first line, or a title broken off mid-phrase (国务院关于促进综合保税区)
    issuer_alone = name.endswith(_ORG_END) and not _ISSUER_CUT.search(name)
    if not issuer_alone and not _ISSUER_CUT.search(name):
        return None
    parts = [name]
    end = pos + len(first.rstrip())
    for k in (1, 2):
        if k >= len(head):
            break
        p, ln = head[k]
        s = ln.strip()
        if k == 1 and issuer_alone and not s.startswith(_TITLE_SECOND_LINE):
            return None
        if not s or DOC_NUMBER.search(s) or s.endswith(("：", ":")) or len(s) > 120:
            break
        parts.append(s)
        end = p + len(ln.rstrip())
        if "".join(parts).endswith(_TITLE_END):
            break
    if len(parts) < 2 or not "".join(parts).endswith(_TITLE_END):
        return None
    off = len(first) - len(first.lstrip())
    return "".join(parts), Span(pos + off, end)


def _issuer_from_title(title: str) -> str | None:
    m = _ISSUER_CUT.search(title)
    if m is None or m.start() == 0:
        return None
    head = title[: m.start()].strip()
    if (_signer(head) or all(_signer(n) for n in head.split())) and len(head) <= 200:
        names = head.split()
        if len(names) > 1 and all(_signer(n) for n in names):
            return "、".join(names)  # 中共山东省委办公厅　山东省人民政府办公厅: two co-issuers
        return head
    return None


_HAN_NAME = HAN_ONLY  # (no 《》: the issuers of a title cited in a line before 关于 are none)


def _co_issuers(printed: str, title: str | None) -> str | None:
    """Two or more issuers printed before the title's 关于/印发, apart by spaces, each a signer's name
    of four characters or more (中共西北农林科技大学委员会 西北农林科技大学关于…), joined by 、; else None.
    A title the text breaks with spaces inside a name (广东省人民 政府办公厅) names no co-issuers."""
    m = _ISSUER_CUT.search(printed)
    if not title or m is None:
        return None
    names = printed[: m.start()].split()
    if len(names) > 1 and all(len(n) >= 4 and _signer(n) and _HAN_NAME.match(n) for n in names) \
            and title.startswith("".join(names)):
        return "、".join(names)
    return None


_RUN_IN = re.compile(
    r"[。！](?P<org>[^\s，。；：:、“”《》（）()]{2,40}?)(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?="
    + _META["run_in_after"]
    + ")",
    re.M,
)


def _run_in_signature(text: str) -> tuple[str, str] | None:
    """The issuer and date of a signature run into the line of the text before it
    (``…请认真贯彻执行。国务院2016年7月28日（此件公开发布）``): a name of a body right after the
    end of a sentence, a full date right after it, then ``（此件…）``, a space or the line's end."""
    for m in _RUN_IN.finditer(text):
        org = m.group("org")
        date = parse_date(m.group("date"))
        if org.endswith(_ORG_END) and date is not None:
            return org, date
    return None


def _made_line(verbs: list[str]) -> re.Pattern[str]:
    """A head line: a date, perhaps the maker's name and number, then one of ``verbs``; perhaps in brackets."""
    by = r"[^\s，。；：:、“”《》]{0,40}?"
    return re.compile(r"[（(]?\s*" + _DATE.pattern + r"\s*" + by + r"\s*(?:" + "|".join(verbs) + r")\s*[）)]?\s*$")


_MADE_LINES = (
    _made_line(_META["promulgated"]),
    _made_line(_META["adopted"]),
    re.compile(r"(?:" + _META["delivered_lead"] + r")?" + _DATE.pattern + r"\s*" + _META["delivered"] + r"\s*$"),
)
_DATE_LINE = re.compile(r"[（(]\s*" + _DATE.pattern + r"\s*[）)]$")  # （2025年4月28日）, a speech's day


def _made_date(head: list[tuple[int, str]]) -> str | None:
    """The date of a regulation's promulgation line in the head (of its adoption, when none promulgates),
    or of a speech's or report's line of delivery (``——2025年1月8日在…大会第五次会议上``).

    >>> _made_date([(0, "国务院关于甲的规定"), (10, "1997年6月5日 国务院第58次常务会议通过"), (30, "1997年6月9日 国务院令第222号发布")])
    '1997-06-09'
    >>> _made_date([(0, "国务院关于甲的规定"), (10, "（1986年1月23日国务院通过）")]), _made_date([(0, "2019年，推进甲。")])
    ('1986-01-23', None)
    """
    for made in _MADE_LINES:
        for _pos, line in head[1:]:
            if made.match(line.strip()):
                return parse_date(line)
    return None


def extract_metadata(text: str, page_meta: dict[str, str] | None = None) -> DocMeta:
    """Metadata from the head and the signature of a normalised document text.

    ``page_meta`` (from an HTML page's table: 标题, 发文字号, 发文机关, 成文日期) wins where given.
    """
    page_meta = page_meta or {}
    lines = _nonempty_lines(text)
    head = list(itertools.islice(lines, 9))  # the lines read so far (at least all that the 令 test reads)
    title = title_span = None
    above = lines_before_title(head)  # a red head (X文件) and its 文号, an issuer's name alone above the title
    if len(head) > above:
        pos, first = head[above]
        # no title line: the text opens with the addressees (各有关单位：) or a 文号 alone
        opens_body = first.rstrip().endswith(("：", ":"))
        title = None if opens_body else _clean_title(_SPACE_BEFORE_BRACKET.sub("", first)) or None
        if title:
            off = len(first) - len(first.lstrip())
            title_span = Span(pos + off, pos + len(first.rstrip()))
            joined = _title_over_lines(head[above:])
            if joined is not None:
                title, title_span = joined
    # 文号: in the head, on a line of its own or ending the title line; never one in brackets
    doc_number = None
    body_begins: int | None = None  # None: the body is not told apart, look at every line
    addressees = None
    for k in range(25):
        if k == len(head):
            following = next(lines, None)
            if following is None:
                break
            head.append(following)
        s = head[k][1].strip()
        if s.endswith("：") and ("、" in s or "，" in s or s.startswith(_META["addressees_start"])) and len(s) < 200:
            # (a 文号 may open the addressees' line: "工信厅通信函〔2021〕114号   各省、…："; it is none of them)
            unspaced = _SPACE_BEFORE_BRACKET.sub("", s)
            opening = DOC_NUMBER.match(unspaced)
            addressees = (unspaced[opening.end() :].strip() if opening else s).rstrip("：") or None
            body_begins = k + 1 if opening else k
            break
        if len(s) > 120 and k > 0:
            body_begins = k
            break
    searched = head[:body_begins] if body_begins is not None else itertools.chain(head, lines)
    # a 文号 that ends a longer line (the title's): taken unless one of the next lines is one on its own
    ending_title, lines_left = None, 0
    for _pos, ln in searched:
        if ending_title is not None:
            lines_left -= 1
            if lines_left < 0:
                break
        if "号" not in ln:  # both kinds of number end with 号
            continue
        s = _SPACE_BEFORE_BRACKET.sub("", ln.strip())  # "工信厅网安函 〔2021〕209号"
        if s[:1] in "（(" and s[-1:] in "）)" and DOC_NUMBER.fullmatch(s[1:-1].strip()):
            s = s[1:-1].strip()  # "（皖政办秘〔2021〕82号）": the number alone on its line, in brackets
        m = DOC_NUMBER.search(s)
        if m and not s[: m.start()].endswith(("（", "《")):
            # a line of its own, or opening the line of the addressees
            if s == m.group(0) or (m.start() == 0 and _ADDRESSEES_NEXT.match(s, m.end())):
                doc_number = clean_doc_number(m.group(0), alone=True)
                break
            # ending the title line (its code then may hold words of the title before it)
            if m.end() >= len(s) - 1 and ending_title is None:
                ending_title, lines_left = clean_doc_number(number_after_title(m.group(0))), 6
        if _ORDER_NUMBER.match(s):
            doc_number = _SPACES.sub("", s)
            break
    if doc_number is None:
        doc_number = ending_title
    if doc_number is None and is_minutes(title):  # minutes' own number: 〔2025〕12号
        doc_number = minutes_number([ln for _pos, ln in head[:6]])
    # An order: "中华人民共和国国务院令" / "第706号" on two lines names its issuer and number.
    order_issuer = None
    for k, (_pos, ln) in enumerate(head[1:8], start=1):
        s = ln.strip()
        m_order = _ORDER_LINE.fullmatch(s)
        if m_order and k + 1 < len(head):
            nxt = head[k + 1][1].strip()
            if _ORDER_SERIAL.fullmatch(nxt):
                order_issuer = m_order.group(1).removeprefix(_META["order_prefix"])
                if doc_number is None:
                    doc_number = _SPACES.sub("", s + nxt)
                break
    # (the title as printed: co-issuers apart by a space, 中共晋中市委办公室 晋中市人民政府办公室印发…)
    title_issuer = _co_issuers(text[title_span.start : title_span.end], title) if title_span else None
    title_issuer = title_issuer or _issuer_from_title(title or "")
    issuer = title_issuer or order_issuer
    # 成文日期: the first line that ends with a date and holds nothing but names before it
    date = None
    sig_issuer = None
    first_start = head[0][0] if head else -1
    for day in _ENDS_WITH_DAY.finditer(text):
        start = text.rfind("\n", 0, day.start()) + 1
        s = text[start : day.end()].strip()
        m = _first_date(s)
        if m is None or m.end() < len(s):
            continue
        before = s[: m.start()].strip()
        if _DATE_BEFORE_BAD.search(before) or (before and not _signer(before)):
            continue
        if start == first_start:  # the first line that is not blank
            continue
        date = parse_date(s)
        if before:
            sig_issuer = before
        else:
            sig_issuer = _signers_above(text, start)
        break
    if date is None:
        run_in = _run_in_signature(text)
        if run_in is not None:
            sig_issuer, date = run_in
    if date is None:
        date = _made_date(head[:9])
    if date is None and title and title.endswith(tuple(_META["date_line_heads"])):  # a speech: （2025年4月28日）
        date = next((parse_date(line) for _pos, line in head[1:5] if _DATE_LINE.match(line.strip())), None)
    # a news release's dateline (新华社北京2025年3月21日电); unsigned minutes: the day they are printed
    date = date or dateline_date(head) or news_date(title, head) or (minutes_date(text) if is_minutes(title) else None)
    under = dated_under_title(head[above + 1 : above + 5]) if date is None else None  # （X　2024年9月3日）
    date, sig_issuer = (parse_date(under[1]), sig_issuer or under[0]) if under else (date, sig_issuer)
    if issuer is None and sig_issuer:
        issuer = _SPACES.sub("、", sig_issuer)
    elif issuer and sig_issuer and fuller_signature(sig_issuer.strip(), issuer):
        issuer = sig_issuer.strip()  # 巴彦塔拉达斡尔族乡人民政府 in the title, signed with its banner before it
    issuer = issuer or unsigned_issuer(title, head)  # unsigned minutes: the body the title names; a work report's byline
    if page_meta.get("title") or (not title and page_meta.get("page_title")):  # (<title>: where the text gives none)
        title = _clean_title(page_meta.get("title") or page_meta["page_title"])
    if page_meta.get("doc_number"):
        doc_number = page_meta["doc_number"].strip() or doc_number
    if page_meta.get("issuer"):
        page_issuer = page_meta["issuer"].strip()
        # the page's short form of the issuer the title names in full (省政府办公厅 / 江西省人民政府办公厅)
        # gives way to the full name; a page that files the notice under another body than the one
        # its title prints (its office, its leading group: 江西省市场监管局办公室 / 江西省市场监督管理局)
        # gives way to the title (GUIDE: the issuer as printed in the title or signature)
        # (or, when the title prints none, to the signature: 省局新冠肺炎疫情防控工作领导小组 / 江西省市场监督管理局)
        printed = title_issuer or (_SPACES.sub("、", sig_issuer.strip()) if sig_issuer else None)
        another = printed is not None and printed != page_issuer and not _short_form_of(printed, page_issuer)
        if page_issuer and not (issuer and _short_form_of(page_issuer, issuer)) and not another:
            issuer = page_issuer
    if page_meta.get("date"):
        date = parse_date(page_meta["date"]) or page_meta["date"]
    if issuer:
        issuer = _SPACES.sub("、", issuer.strip())
    return DocMeta(
        title=title,
        doc_number=doc_number,
        issuer=issuer,
        date=date,
        addressees=addressees,
        title_span=title_span,
    )

