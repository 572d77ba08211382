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
from .metadata import DOC_NUMBER, clean_doc_number, doc_numbers, number_after_title
from .spans import enclosing

__all__ = ["DocNumber", "extract_citations", "parse_doc_number"]

_PRODUCE = re.compile(
    r"(?:研究制定|研究制订|研究出台|抓紧制定|加快制定|制定|制订|出台|编制|修订|起草|修改|研究起草|组织编制|制定出台)"
    r"(?:并(?:发布|印发|实施|出台|公布))?(?:了)?$"
)
_CHAIN = re.compile(r"^[、，和及与并]*$")
_FOOTER_WORDS = ("相关解读", "相关链接", "扫一扫", "附件下载")
_FOOTER = re.compile("|".join(_FOOTER_WORDS))


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
_BRACKETED_NUMBER = re.compile(r"\s*（\s*(" + DOC_NUMBER.pattern + r")\s*）")


@cache
def _not_documents_after() -> tuple[str, ...]:
    return tuple(rules()["citations"]["not_documents_after"])


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
    own = _SPACES.sub("", own_title or "")
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
            kind = "produces" if _PRODUCE.search(before) else "cites"
        chain_kind, prev_end = kind, end
        number = None
        m = _BRACKETED_NUMBER.match(text[end : end + 40])
        span_end = end
        if m:
            number = clean_doc_number(m.group(1))
            span_end = end + m.end()
            prev_end = span_end
        covered.append((start, span_end))
        flat = _SPACES.sub("", title)
        if own and (flat == own or (len(flat) >= 4 and flat in own and number is None)):
            continue  # the document's own title, or the plan it issues
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
        number = clean_doc_number(number_after_title(m.group(0)))
        if number == own_no:
            continue
        # Only a 文号 that stands as a reference: in brackets or after 根据/按照/依据 etc.
        before = text[max(0, m.start() - 1) : m.start()]
        line = _line_of(text, m.start()).strip()
        if line == m.group(0).strip() or (line.endswith(m.group(0)) and len(line) - len(m.group(0)) < 60 and not before):
            continue
        key = (None, number, "cites")
        if number in numbers:
            continue
        seen.add(key)
        numbers.add(number)
        found.append(Citation(title=None, doc_number=number, kind="cites", span=Span(m.start(), m.end())))
    found.sort(key=lambda c: c.span.start)
    return tuple(found)
