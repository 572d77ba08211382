"""Citations of other documents: 《titles》 and 文号 (GUIDE.md "Citations").

>>> t = "根据《国务院关于X的意见》（国发〔2019〕3号），制定《江西省Y规划》。"
>>> [(c.title, c.doc_number, c.kind) for c in extract_citations(t)]
[('国务院关于X的意见', '国发〔2019〕3号', 'cites'), ('江西省Y规划', None, 'produces')]
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache

from ..data import rules
from ..model import Citation, Span
from .attachments import approved, attachment_names, flat_title
from .metadata import clean_doc_number, doc_numbers, number_after_title
from .spans import enclosing

__all__ = ["DocNumber", "extract_citations", "parse_doc_number", "valid_doc_number"]

_TEXT = rules()["citations"]["text"]
_PRODUCE = re.compile(_TEXT["produce"])
_COMPANION_AFTER = re.compile(_TEXT["companion_after"])  # 出台《…》配套实施细则: the title is cited
_STATE_NAMES = tuple(rules()["citations"]["state_names"])
_BARE_KINDS = frozenset(rules()["citations"]["bare_kinds"])  # 《章程》: a kind, no document
_PUBLISH = re.compile(_TEXT["publish"])  # …，发布《X指南》: produced
_PRODUCE_BEFORE_NOUN = re.compile(_TEXT["produce_before_noun"])  # 做好《X》修订工作: produced
_PRODUCE_NOUN_AFTER = re.compile(_TEXT["produce_noun_after"])
_CHAIN = re.compile(_TEXT["chain"])
_FOOTER_WORDS = tuple(_TEXT["footer"])
_FOOTER = re.compile("|".join(_FOOTER_WORDS))
_NEWSPAPER_MAX = int(rules()["citations"]["newspaper_max"])
_NEWSPAPER_NOT = tuple(rules()["citations"]["newspaper_not"])


def _newspaper(flat: str) -> bool:
    """A newspaper's or a journal's name: short, ending with 报, no document's kind (``人民日报``, not ``…情况通报``).

    >>> _newspaper("人民日报"), _newspaper("中国环境报"), _newspaper("2023年统计公报"), _newspaper("关于X的通报")
    (True, True, False, False)
    """
    return (flat.endswith("报") and len(flat) <= _NEWSPAPER_MAX
            and not flat.endswith(_NEWSPAPER_NOT) and not any(w in flat for w in _NEWSPAPER_NOT))


@dataclass(frozen=True)
class DocNumber:
    """A parsed 文号: issuing code, year and serial (``国办发〔2016〕18号`` -> 国办发, 2016, 18)."""

    code: str
    year: int | None
    serial: int


_DOCNO_PARTS = re.compile(
    r"(?P<code>[\u4e00-\u9fff]{1,20}?)\s*(?:[〔\[［（(【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］）)】])?"
    r"\s*(?:(?P<year2>(?:19|20)\d{2})年)?\s*第?\s*(?P<serial>\d{1,5})\s*号"
)


def parse_doc_number(number: str) -> DocNumber | None:
    """Split a 文号 in any bracket form.

    >>> parse_doc_number("国办发[2016]18号")
    DocNumber(code='国办发', year=2016, serial=18)
    >>> parse_doc_number("国务院令第707号")
    DocNumber(code='国务院令', year=None, serial=707)
    """
    m = _DOCNO_PARTS.search(number.strip())
    if m is None:
        return None
    year = m.group("year") or m.group("year2")
    return DocNumber(m.group("code"), int(year) if year else None, int(m.group("serial")))


_TITLE_LINE = re.compile(r"《[^\n]*")  # from the first 《 of a line to the line's end
_TITLE_MARK = re.compile(r"[《》]")


def _titles(text: str) -> list[tuple[int, int]]:
    """Outermost 《…》 spans (inner 《》 or 〈〉 kept).

    Brackets never pair across a line break, so only the part of each line from its first 《 on
    is walked, bracket by bracket.
    """
    out: list[tuple[int, int]] = []
    for line in _TITLE_LINE.finditer(text):
        depth, start = 0, -1
        for m in _TITLE_MARK.finditer(text, line.start(), line.end()):
            i = m.start()
            if m.group() == "《":
                if depth == 0:
                    start = i
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0 and 1 < i - start <= 200 and "\n" not in text[start:i]:
                    out.append((start, i + 1))
    return out


def _line_of(text: str, pos: int) -> str:
    a, b = enclosing(text, pos, "\n", window=1000)
    return text[a:b]


_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class _Rules:
    """The ``[citations]`` rules, compiled once."""

    not_documents_after: tuple[str, ...]
    form_end: re.Pattern[str]  # a title that names a form, a licence, a certificate
    issued_after: re.Pattern[str]  # the first word after a title that makes it the document issued
    issued_before: tuple[str, ...]
    issuing_later: re.Pattern[str]  # words that issue a document the text says it has made
    after_title: re.Pattern[str]  # the brackets after a title: a 文号 and/or a short form
    code_cut: re.Pattern[str]  # the last word a 文号's code cannot hold


@cache
def _rules() -> _Rules:
    cfg = rules()["citations"]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    number = (
        r"[\u4e00-\u9fff]{1,20}\s*[〔（]\s*(?:19|20)\d{2}\s*[〕）]\s*第?\s*\d{1,5}\s*号"  # 国发〔2019〕3号
        r"|〔\s*\d{2,4}\s*〕\s*[\u4e00-\u9fff]{1,12}?\s*第?\s*\d{1,5}\s*号"  # 〔94〕财税字第089号
        r"|[\u4e00-\u9fff]{1,20}(?:19|20)\d{2}\s*年\s*第\s*\d{1,5}\s*号"  # 公告2019年第237号
        r"|[\u4e00-\u9fff]{1,20}第\s*\d{1,5}\s*号"  # 国务院令第707号
    )
    return _Rules(
        not_documents_after=tuple(cfg["not_documents_after"]),
        form_end=re.compile(rf"(?:{alt(cfg['form_endings'])})(?:（[^（）]*）)?$"),
        issued_after=re.compile(alt(cfg["issued_after"])),
        issued_before=tuple(cfg["issued_before"]),
        issuing_later=re.compile(alt(cfg["issuing_later"])),
        after_title=re.compile(
            rf"\s*（\s*(?P<no>{number})?(?:\s*文)?\s*(?:[，、；]\s*)?"  # （瓦卢字（2020）01号文）
            rf"(?:(?:{alt(cfg['short_form'])})\s*[“《]?(?P<short>[^）”》（，]{{1,20}})[”》]?\s*)?"
            rf"(?:[，、]\s*(?P<attached>{_TEXT['attached']}\s*\d*))?\s*）"
        ),
        code_cut=re.compile(rf".*(?:{alt(cfg['not_in_code'])})", re.S),
    )


def _not_documents_after() -> tuple[str, ...]:
    return _rules().not_documents_after


_CODE_THEN_YEAR = re.compile(r"(?P<code>[^〔（]*)(?P<rest>[〔（].*)", re.S)
_YEAR_THEN_CODE = re.compile(r"〔\s*\d{2,4}\s*〕\s*[\u4e00-\u9fff]{2,12}?第?\s*\d{1,5}\s*号")
_PLAIN_CODE = re.compile(r"[\u4e00-\u9fff]{2,12}")


def valid_doc_number(number: str, opens: bool = False) -> str | None:
    """A 文号 as printed, cut to its issuer code, year and serial, or None when it is none.

    The code before the bracketed year is cut after the last word no code holds (按照, 要, 的,
    a date's 日, 人民政府 …): what stood there was the sentence, not the number. With ``opens`` (the
    number stands right after an opening bracket, ``《…》（日政发〔2021〕15号）``) its first character is
    the code's, whatever it is (日照's 日政发).

    >>> valid_doc_number("治区人民政府要按照国办发〔1993〕71号")
    '国办发〔1993〕71号'
    >>> valid_doc_number("一九八八年九月七日吉政文〔1988〕49号")
    '吉政文〔1988〕49号'
    >>> valid_doc_number("〔94〕财税字第089号"), valid_doc_number("的〔2019〕3号")
    ('〔94〕财税字第089号', None)
    """
    s = _SPACES.sub("", number)
    if _YEAR_THEN_CODE.fullmatch(s):
        return s
    m = _CODE_THEN_YEAR.fullmatch(s)
    if m is None:
        return s if _PLAIN_CODE.match(s) else None  # 国务院令第707号, 公告2019年第237号
    code = m.group("code")
    cut = _rules().code_cut.match(code, 1 if opens else 0)
    if cut:
        code = code[cut.end() :]
    if not _PLAIN_CODE.fullmatch(code):
        return None
    return code + m.group("rest")


_flat_title = flat_title


# (more titles of the chain: 《A》和《B》，现予以发布)
_ISSUED_GAP = re.compile(_TEXT["issued_gap"])
_BRACKETS = re.compile(r"（[^（）]*）")


_OWN_ENDINGS = tuple(rules()["targets"]["kinds"]["issuing_endings"])
_OWN_JOIN = re.compile(_TEXT["own_join"])
_OWN_PLACE = re.compile(_TEXT["own_place_before"])  # 湖北省“十五五”…规划 is not 《“十五五”…规划》
_CONSULTED_BEFORE = re.compile(_TEXT["own_consulted_before"])  # 关于征求国家标准《X》意见的通知
_CONSULTED_AFTER = re.compile(_TEXT["own_consulted_after"])


def _names_own(flat: str, own: str) -> bool:
    """Whether a title found in the document's own (flat) title names that document or the plan
    it issues, not a work the title cites: it ends the title (before ``的通知``) or one of the
    plans the title joins (``印发A方案和B办法的通知``). ``关于对接《区域全面经济伙伴关系协定》…的
    实施意见`` cites the 协定, which more words of the title follow; ``湖北省“十五五”数字经济发展规划`` cites
    ``“十五五”数字经济发展规划``, the nation's plan, whose name a place's precedes."""
    core = own
    for ending in _OWN_ENDINGS:
        core = core.removesuffix(ending)
    at = core.find(flat)
    while at >= 0:
        rest = core[at + len(flat) :]
        if (not rest or _OWN_JOIN.match(rest)) and not _OWN_PLACE.search(core, 0, at):
            return True
        if _CONSULTED_AFTER.match(rest) and _CONSULTED_BEFORE.search(core, 0, at):
            return True  # the draft it asks comments on: 关于征求《X（征求意见稿）》意见的通知
        at = core.find(flat, at + 1)
    return False


def _issued_later(text: str, end: int) -> bool:
    """Whether the two sentences after ``end`` issue the document just named: ``我局编制了《…》，
    对…进行了细化。现印发你们``."""
    window = text[end : end + 200]
    first = window.find("。")
    second = window.find("。", first + 1) if first >= 0 else -1
    stop = second if second >= 0 else len(window)
    nl = window.find("\n")
    if 0 <= nl < stop:
        stop = nl
    return _rules().issuing_later.search(window, 0, stop) is not None


def _issued(text: str, start: int, end: int) -> bool:
    """Whether the title at ``text[start:end]`` (with its brackets) is the document the text
    issues or its own attachment: ``现将《…》印发给你们``, ``《…》已经省政府同意，现印发给你们``,
    ``《A》和《B》，现予以发布``, ``《…》（见附件）``."""
    cfg = _rules()
    if text[max(0, start - 4) : start].endswith(cfg.issued_before):
        return True
    window = text[end : end + 120]
    stop = min((i for i in (window.find("。"), window.find("；"), window.find("\n")) if i >= 0), default=len(window))
    w = cfg.issued_after.search(window, 0, stop)
    if w is None:
        return False
    gap = _BRACKETS.sub("", window[: w.start()])
    return bool(_ISSUED_GAP.fullmatch(gap))


def extract_citations(
    text: str, *, own_title: str | None = None, own_number: str | None = None, printed: str | None = None
) -> tuple[Citation, ...]:
    """Every distinct citation in a normalised text, in order of first appearance.

    ``printed`` is the text before normalisation (the same length): titles are given as printed
    there (GUIDE: "the text inside 《》 exactly as printed"); they are compared normalised.
    """
    found: list[Citation] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    covered: list[tuple[int, int]] = []
    own = _flat_title(own_title or "")
    shorts: set[str] = set()  # short forms declared with 以下简称
    issued = attachment_names(text)  # titles of the documents the text issues or attaches
    named: set[str] = {own} if own else set()  # every title named so far (and the own title)
    cfg = _rules()
    titles = _titles(text)
    prev_end = -1
    chain_kind = "cites"
    not_documents_after = _not_documents_after()
    # a footer word before a title on its line: none can be when the text has none
    footers = any(w in text for w in _FOOTER_WORDS)
    for start, end in titles:
        title = text[start + 1 : end - 1].strip()
        if text[end : end + 4].startswith(not_documents_after):
            continue
        if footers and _FOOTER.search(text[enclosing(text, start, "\n", window=1000)[0] : start]):
            continue
        between = text[prev_end:start] if prev_end >= 0 else ""
        if prev_end >= 0 and _CHAIN.match(between):
            kind = chain_kind
        else:
            before = text[max(0, start - 12) : start]
            made = _PRODUCE.search(before) or _PUBLISH.search(before)
            kind = "produces" if made and not _COMPANION_AFTER.match(text, end) else "cites"
            if not made and _PRODUCE_BEFORE_NOUN.search(before) and _PRODUCE_NOUN_AFTER.match(text, end):
                kind = "produces"  # 做好《江西省省级储备粮管理办法》修订和立法工作
            if made and _TEXT["done"] in made.group():
                # made before the text (我局组织编制了《…》): the document it issues, or one it cites
                kind = "issued" if _issued_later(text, end) else "cites"
            elif approved(text, start, end):
                kind = "issued"  # 现批准《A》《B》为国家环境保护标准: the standards it issues
        chain_kind, prev_end = kind, end
        number = None
        m = cfg.after_title.match(text, end, end + 80)
        span_end = end
        if m and (m.group("no") or m.group("short") or m.group("attached")):
            if m.group("no"):
                number = valid_doc_number(clean_doc_number(m.group("no")), opens=True)
            if m.group("short"):
                shorts.add(_flat_title(m.group("short")))
            span_end = m.end()
            prev_end = span_end
        covered.append((start, span_end))
        flat = _flat_title(title)
        if own and (flat == own or (len(flat) >= 4 and number is None and _names_own(flat, own))):
            continue  # the document's own title, or the plan it issues
        if number is None and flat in shorts and not (m and m.group("short")):
            continue  # a short form of a title cited before: （以下简称《决定》）… 《决定》
        if number is None and len(flat) <= 4 and any(t.endswith(flat) and t != flat for t in named):
            continue  # a short form not declared: 市场监管总局《意见》 after 《…的意见》
        if number is None and _newspaper(flat):
            continue  # 《人民日报》: a publication, not a document
        if number is None and flat in _BARE_KINDS:
            continue  # 《章程》 of each association: a kind of document, not one document
        if number is None and any(state + flat in named for state in _STATE_NAMES):
            continue  # 《环境保护法》 after 《中华人民共和国环境保护法》
        named.add(flat)
        if number is None and cfg.form_end.search(flat):
            continue  # a form, a licence, a certificate
        attached = bool(m and m.group("attached"))  # （以下简称《方案》，见附件）
        if flat in issued or kind == "issued" or attached or _issued(text, start, span_end):
            issued.add(flat)
            continue  # the document the notice issues, or its attachment (each time it is named)
        key: tuple[str | None, str | None, str] = (flat, number, kind)
        if key in seen:
            continue
        seen.add(key)
        shown = printed[start + 1 : end - 1].strip() if printed is not None else title
        found.append(Citation(title=shown, doc_number=number, kind=kind, span=Span(start, span_end)))
    own_no = _SPACES.sub("", own_number or "")
    # A 文号 inside a title's span is that title's. Spans are in order of their starts: with the
    # furthest end so far, one binary search tells whether any span holds an offset.
    starts = [a for a, _ in covered]
    reach = list(itertools.accumulate((b for _, b in covered), max))
    numbers = {k[1] for k in seen}  # every 文号 cited so far
    for m in doc_numbers(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < reach[i]:
            continue
        valid = valid_doc_number(clean_doc_number(number_after_title(m.group(0))))
        if valid is None or valid == own_no:
            continue
        number = valid
        # Only a 文号 that stands as a reference: in brackets or after 根据/按照/依据 etc.
        before = text[max(0, m.start() - 1) : m.start()]
        line = _line_of(text, m.start()).strip().removeprefix("（").removesuffix("）")
        if line == m.group(0).strip() or (line.endswith(m.group(0)) and len(line) - len(m.group(0)) < 60 and not before):
            continue
        key = (None, number, "cites")
        if number in numbers:
            continue
        seen.add(key)
        numbers.add(number)
        # printed right before a title without one (吉政文〔1988〕49号《…的请示》): that title's
        nxt = len(text[m.end() : m.end() + 3]) - len(text[m.end() : m.end() + 3].lstrip()) + m.end()
        owner = next((k for k, c in enumerate(found) if c.span.start == nxt and c.doc_number is None), None)
        if owner is not None:
            c = found[owner]
            found[owner] = Citation(title=c.title, doc_number=number, kind=c.kind, span=c.span)
            continue
        found.append(Citation(title=None, doc_number=number, kind="cites", span=Span(m.start(), m.end())))
    found.sort(key=lambda c: c.span.start)
    return tuple(found)
