"""The fast helpers of ingest and extraction equal the plain definitions they replace.

Each reference below is the slower code the helper replaced, kept here verbatim (or as the
one-line definition it computes); Hypothesis compares them on texts built from the characters
and words the passes react to.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import pickle
import re
from pathlib import PurePosixPath

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.data import rules
from graph.extract import (
    attachments,
    brackets,
    citations,
    metadata,
    responsibility,
    spans,
    structure,
    targets,
)
from graph.extract.cues import _QUOTED_IN_NAME
from graph.extract.numbers import to_number
from graph.ingest import _suffix
from graph.ingest import normalize as norm
from graph.ingest import text as ingest_text
from graph.model import Assignee, Citation, DocMeta, Document, Extraction, Span, Target, Task, Unit

# The same 400 examples on every run (derandomize; no example database), so a test run cannot fail
# at random. To search new examples, set POLICYKG_HYPOTHESIS_RANDOM=1 (then pytest's
# --hypothesis-seed=N picks them) and POLICYKG_HYPOTHESIS_EXAMPLES (how many).
_RANDOM = bool(os.environ.get("POLICYKG_HYPOTHESIS_RANDOM"))
SETTINGS = settings(
    max_examples=int(os.environ.get("POLICYKG_HYPOTHESIS_EXAMPLES", "400")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=not _RANDOM,
    database=None,
)

_CHARS = (
    "省发展改革委财政厅商务部负责牵头配合参与指导会同等有关部门单位以下均需落实不再列出第一为"
    "、，,。；;：:（）()〔〕[]【】《》〈〉“”一二三四五六七八九十百千万亿两零〇○0123456789%.-~至年月日号"
    "章节条附件①⑳❶个家项人元万亩吨达到新增力争不低于以上左右已经规模补贴国发皖政办"
    " \t\n\r\u3000\u00a0\ufeff\u2028\x85\x00\x07\x1c\ufffd１２（Ａａ－．％～﹝﹞aZé٣"
)
_WORDS = [
    "责任单位：", "牵头单位：", "配合单位：", "按职责分工负责", "列第一的为牵头单位", "下同",
    "以下均需各地相关部门落实，不再列出", "（一）", "1.", "一、", "第一章", "附件1：", "2020年", "到2025年，",
    "95%以上", "国办发〔2016〕18号", "〔2019〕3号", "2016年5月24日", "二〇一六年五月二十四日", "关于",
    "《国务院关于X的意见》", "相关解读", "各市、县（区）政府", "省商务厅（牵头）", "一是", "3.5个百分点", "3000套（间）",
]
texts = st.lists(st.sampled_from([*_CHARS, *_WORDS]), max_size=80).map("".join)


# ------------------------------------------------------------------------------------ ingest


def _looks_like_text_plain(text: str) -> bool:
    if not text.strip():
        return False
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or ch == "\ufffd")
    return bad <= max(2, len(text) // 1000)


def _mostly_cjk_or_ascii_plain(text: str) -> bool:
    sample = text[:20000]
    ok = sum(
        1
        for ch in sample
        if ch.isascii() or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
        or ch in "“”‘’—…·"
    )
    return ok >= 0.9 * len(sample)


@SETTINGS
@given(st.one_of(texts, st.text(max_size=200)), st.integers(0, 3))
def test_text_tests_equal_the_per_character_counts(s: str, repeat: int) -> None:
    s = s * (repeat * 400 + 1)  # long enough for the one-in-a-thousand limit to move
    assert ingest_text._looks_like_text(s) == _looks_like_text_plain(s)
    assert ingest_text._mostly_cjk_or_ascii(s) == _mostly_cjk_or_ascii_plain(s)


_COMMA_PLAIN = re.compile(r"(?<!\d),|,(?!\d{3})")


@SETTINGS
@given(st.one_of(texts, st.text(max_size=200)))
def test_normalize_equals_translate(s: str) -> None:
    assert norm.fold(s) == s.translate(norm._TABLE)
    assert norm.normalize(s) == _COMMA_PLAIN.sub("，", s.translate(norm._TABLE))


def test_no_folded_character_folds_again() -> None:
    # what lets fold() replace one kind of character at a time, in any order
    assert not any(ord(v) in norm._TABLE for v in norm._TABLE.values())


@given(st.text(alphabet="ab./\\ .é", max_size=12))
def test_suffix_equals_pathlib(name: str) -> None:
    assert _suffix(name) == PurePosixPath(name).suffix


# ------------------------------------------------------------------------------------ spans, brackets


def _enclosing_plain(text: str, pos: int, seps: str, window: int = 4000) -> tuple[int, int]:
    pat = re.compile("[" + re.escape(seps) + "]")
    lo = max(0, pos - window)
    start = lo
    for m in pat.finditer(text, lo, pos):
        start = m.end()
    m2 = pat.search(text, pos, min(len(text), pos + window))
    end = m2.start() if m2 else min(len(text), pos + window)
    return start, end


@SETTINGS
@given(texts, st.integers(0, 100), st.sampled_from(["\n", "。；！？\n", "，。；！？：\n", "。。", "（"]),
       st.sampled_from([1, 3, 10, 4000]))
def test_enclosing_equals_the_regex_scan(s: str, pos: int, seps: str, window: int) -> None:
    assert spans.enclosing(s, pos, seps, window) == _enclosing_plain(s, pos, seps, window)


def _parentheticals_plain(text: str, max_len: int) -> list[tuple[int, int]]:
    partner: dict[int, int] = {}
    stack: list[int] = []
    for m in re.finditer("[（）]", text):
        if m.group() == "（":
            stack.append(m.start())
        elif stack:
            partner[stack.pop()] = m.start()
    out, i = [], 0
    for start in sorted(partner):
        if start < i:
            continue
        close = partner[start]
        if close - start < max_len:
            out.append((start, close + 1))
            i = close + 1
    return out


def _depth_split_plain(text: str, seps: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    depth, last = 0, 0
    for i, ch in enumerate(text):
        if ch in brackets.OPEN:
            depth += 1
        elif ch in brackets.CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in seps:
            out.append((last, i))
            last = i + 1
    out.append((last, len(text)))
    return out


@SETTINGS
@given(st.lists(st.sampled_from([*"（）〔〕、，,甲", "（（", "））"]), max_size=60).map("".join),
       st.sampled_from([3, 10, 400]))
def test_bracket_helpers_equal_the_character_walks(s: str, max_len: int) -> None:
    assert list(brackets.parentheticals(s, max_len=max_len)) == _parentheticals_plain(s, max_len)
    for seps in ("、", "、,，", "，；。;\n", "（"):
        assert brackets.depth_split(s, seps) == _depth_split_plain(s, seps)


# ------------------------------------------------------------------------------------ structure

_CN = "一二三四五六七八九十百零〇两"
_LABELS_PLAIN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"(第([{_CN}\d]+)章)[ 　]*")),
    ("section", re.compile(rf"(第([{_CN}\d]+)节)[ 　]*")),
    ("article", re.compile(rf"(第([{_CN}\d]+)条)[ 　]+")),
    ("cn", re.compile(rf"(([{_CN}]+)[、，,．.])")),
    ("pcn", re.compile(rf"(（([{_CN}]+)）[、．.]?)")),
    ("num", re.compile(r"((\d{1,3})(?:[、．]|\.(?!\d)))")),
    ("pnum", re.compile(r"(（(\d{1,3})）[、．.]?)")),
    ("circ", re.compile(r"(([\u2460-\u2473\u2776-\u277f]))")),
)
_ATTACHMENT_PLAIN = re.compile(r"附件\s*\d*\s*[:：]?\s*$|附件\s*\d*\s*[:：]?\s*\S{0,60}$")


def _match_label_plain(line: str) -> tuple[str, str, str, int] | None:
    stripped = line.lstrip(" \t\u3000")
    lead = len(line) - len(stripped)
    for style, pat in _LABELS_PLAIN:
        m = pat.match(stripped)
        if m is None:
            continue
        if style == "cn" and stripped[m.end() :].startswith(("是", "要", "五", "次")):
            continue
        return style, m.group(1), m.group(2), lead + m.end()
    return None


def _numbered_units_plain(text: str) -> tuple[Unit, ...]:
    """numbered_units before the speed-up: every line tried against every label style."""
    found, resets = [], []
    for m in re.finditer(r"[^\n]*\n?", text):
        line = m.group(0)
        if not line:
            break
        hit = _match_label_plain(line)
        if hit is not None:
            style, label, key, body = hit
            found.append((m.start(), m.start() + body, style, label, key))
        elif _ATTACHMENT_PLAIN.match(line.strip()) and line.strip().startswith("附件"):
            resets.append(m.start())
    units: list[Unit] = []
    stack: list[tuple[str, str]] = []
    reset_iter = iter(resets)
    next_reset = next(reset_iter, None)
    for i, (start, body, style, label, key) in enumerate(found):
        while next_reset is not None and next_reset <= start:
            stack = []
            next_reset = next(reset_iter, None)
        styles = [s for s, _ in stack]
        if style in styles:
            del stack[styles.index(style) :]
        stack.append((style, key))
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        if next_reset is not None and next_reset < end:
            end = next_reset
        units.append(Unit(tuple(k for _, k in stack), label.strip(), key, style, Span(start, end), body))
    return tuple(units)


_UNIT_LINES = ["一、总体要求", "（一）目标。", "1.拓展市场。", "二、任务", "第一章 总则", "第二条 内容", "第一节", "①甲",
               "附件", "附件1：清单", "  附件2", "一是加强", "（1）乙", "2. 丙", "1.5亿元", "\t三、", "", " ", "正文。"]


@SETTINGS
@given(st.one_of(texts, st.lists(st.sampled_from(_UNIT_LINES), max_size=14).map("\n".join)))
def test_numbered_units_equal_the_line_by_line_reading(s: str) -> None:
    assert structure.numbered_units(s) == _numbered_units_plain(s)


# ------------------------------------------------------------------------------------ metadata, citations


def _titles_plain(text: str) -> list[tuple[int, int]]:
    out, depth, start = [], 0, -1
    for i, ch in enumerate(text):
        if ch == "《":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "》" and depth > 0:
            depth -= 1
            if depth == 0 and 1 < i - start <= 200 and "\n" not in text[start:i]:
                out.append((start, i + 1))
        elif ch == "\n":
            depth = 0
    return out


_TITLE_SPACES_PLAIN = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


@SETTINGS
@given(texts)
def test_metadata_and_citation_scans_equal_the_plain_searches(s: str) -> None:
    assert citations._titles(s) == _titles_plain(s)
    assert [m.span() for m in metadata.doc_numbers(s)] == [m.span() for m in metadata.DOC_NUMBER.finditer(s)]
    first = metadata._first_date(s)
    plain = metadata._DATE.search(s)
    assert (first.span() if first else None) == (plain.span() if plain else None)
    assert metadata._TITLE_SPACES.sub("", s) == _TITLE_SPACES_PLAIN.sub("", s)
    lines, pos = [], 0
    for line in s.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    nonempty = [(p, ln) for p, ln in lines if ln.strip()]
    assert list(metadata._nonempty_lines(s)) == nonempty
    for k, (p, _) in enumerate(nonempty):
        assert metadata._line_before(s, p) == (nonempty[k - 1][1] if k else None)


def _extract_citations_plain(text: str, own_title: str | None, own_number: str | None) -> tuple[Citation, ...]:
    """extract_citations before the speed-up (its scans replaced by the plain ones above)."""
    found: list[Citation] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    covered: list[tuple[int, int]] = []
    own = citations._flat_title(own_title or "")
    shorts: set[str] = set()
    issued = attachments.attachment_names(text)
    named: set[str] = {own} if own else set()
    cfg = citations._rules()
    prev_end = -1
    chain_kind = "cites"
    for start, end in _titles_plain(text):
        title = text[start + 1 : end - 1].strip()
        if text[end : end + 4].startswith(tuple(rules()["citations"]["not_documents_after"])):
            continue
        if citations._FOOTER.search(text[_enclosing_plain(text, start, "\n", window=1000)[0] : start]):
            continue
        between = text[prev_end:start] if prev_end >= 0 else ""
        if prev_end >= 0 and citations._CHAIN.match(between):
            kind = chain_kind
        else:
            made = citations._PRODUCE.search(text[max(0, start - 12) : start])
            kind = "produces" if made else "cites"
            if made and made.group().endswith("了"):
                kind = "issued" if citations._issued_later(text, end) else "cites"
            elif attachments.approved(text, start, end):
                kind = "issued"
        chain_kind, prev_end = kind, end
        number = None
        # the brackets after a title, the short forms, forms and issued documents are no fast paths
        m = cfg.after_title.match(text, end, end + 80)
        span_end = end
        if m and (m.group("no") or m.group("short") or m.group("attached")):
            if m.group("no"):
                number = citations.valid_doc_number(metadata.clean_doc_number(m.group("no")))
            if m.group("short"):
                shorts.add(citations._flat_title(m.group("short")))
            span_end = m.end()
            prev_end = span_end
        covered.append((start, span_end))
        flat = citations._flat_title(title)
        if own and (flat == own or (len(flat) >= 4 and flat in own and number is None)):
            continue
        if number is None and flat in shorts and not (m and m.group("short")):
            continue
        if number is None and len(flat) <= 4 and any(t.endswith(flat) and t != flat for t in named):
            continue
        named.add(flat)
        if number is None and cfg.form_end.search(flat):
            continue
        if flat in issued or kind == "issued" or bool(m and m.group("attached")) or citations._issued(text, start, span_end):
            issued.add(flat)
            continue
        key: tuple[str | None, str | None, str] = (flat, number, kind)
        if key in seen:
            continue
        seen.add(key)
        found.append(Citation(title=title, doc_number=number, kind=kind, span=Span(start, span_end)))
    own_no = re.sub(r"\s+", "", own_number or "")
    for m in metadata.DOC_NUMBER.finditer(text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        valid = citations.valid_doc_number(metadata.clean_doc_number(metadata.number_after_title(m.group(0))))
        if valid is None or valid == own_no:
            continue
        number = valid
        before = text[max(0, m.start() - 1) : m.start()]
        a, b = _enclosing_plain(text, m.start(), "\n", window=1000)
        line = text[a:b].strip().removeprefix("（").removesuffix("）")
        if line == m.group(0).strip() or (line.endswith(m.group(0)) and len(line) - len(m.group(0)) < 60 and not before):
            continue
        if any(k[1] == number for k in seen):
            continue
        seen.add((None, number, "cites"))
        nxt = m.end() + len(text[m.end() : m.end() + 3]) - len(text[m.end() : m.end() + 3].lstrip())
        owners = [k for k, c in enumerate(found) if c.span.start == nxt and c.doc_number is None]
        if owners:
            c = found[owners[0]]
            found[owners[0]] = Citation(title=c.title, doc_number=number, kind=c.kind, span=c.span)
            continue
        found.append(Citation(title=None, doc_number=number, kind="cites", span=Span(m.start(), m.end())))
    found.sort(key=lambda c: c.span.start)
    return tuple(found)


_CITING = ["《国务院关于X的意见》", "（国发〔2019〕3号）", "国办发〔2016〕18号", "根据", "制定", "、", "和", "《Y规划》",
           "相关解读", "\n", "。", "课程", "皖政〔2016〕76号", "以下简称", "《规划》", "现将", "印发给你们", "许可证",
           "（〔94〕财税字第089号）", "要按照", "制定了", "现印发你们", "（附件2）"]


@SETTINGS
@given(st.lists(st.sampled_from([*_CITING, *"《》〔〕（）甲乙 "]), max_size=40).map("".join),
       st.sampled_from([None, "Y规划", "国务院关于X的意见"]), st.sampled_from([None, "国发〔2019〕3号"]))
def test_citations_equal_the_plain_loop(s: str, own_title: str | None, own_number: str | None) -> None:
    assert citations.extract_citations(s, own_title=own_title, own_number=own_number) == _extract_citations_plain(
        s, own_title, own_number
    )


def _extract_metadata_plain(text: str) -> DocMeta:
    """extract_metadata before the speed-up (every line read, every date searched for)."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    nonempty = [(p, ln) for p, ln in lines if ln.strip()]

    def clean_title(line: str) -> str:
        line = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[〔（])", "", line)
        line = metadata.DOC_NUMBER.sub(lambda m: m.group(0)[: -len(metadata.number_after_title(m.group(0)))], line)
        return _TITLE_SPACES_PLAIN.sub("", line.strip()).strip("《》 ")

    title = title_span = None
    # the lines above the title (a red head, an issuer's name alone) are a rule, not a speed-up: the same function
    above = metadata.lines_before_title(nonempty[:9])
    if len(nonempty) > above:
        pos, first = nonempty[above]
        title = None if first.rstrip().endswith(("：", ":")) else clean_title(first) or None
        if title:
            off = len(first) - len(first.lstrip())
            title_span = Span(pos + off, pos + len(first.rstrip()))
            # a title printed over lines is a rule, not a speed-up: the same function
            joined = metadata._title_over_lines(nonempty[above : above + 3])
            if joined is not None:
                title, title_span = joined
    doc_number = None
    body_begins = len(nonempty)
    addressees = None
    for k, (_pos, ln) in enumerate(nonempty[:25]):
        s = ln.strip()
        if s.endswith("：") and ("、" in s or "，" in s or s.startswith("各")) and len(s) < 200:
            no_space = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[〔（])", "", s)
            # a 文号 opening the line is none of the addressees (the ninth mutation pass's fault)
            opening = metadata.DOC_NUMBER.match(no_space)
            addressees = (no_space[opening.end():].strip() if opening else s).rstrip("：") or None
            body_begins = k + 1 if opening else k
            break
        if len(s) > 120 and k > 0:
            body_begins = k
            break
    ending_title = None
    for j, (_pos, ln) in enumerate(nonempty[:body_begins]):
        if ending_title is not None and j > ending_title[0] + 6:  # six lines after the title's number
            break
        s = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[〔（])", "", ln.strip())
        m = metadata.DOC_NUMBER.search(s)
        if m and not s[: m.start()].endswith(("（", "《")):
            rest = s[m.end():]
            if s == m.group(0) or (m.start() == 0 and (rest == "" or rest[0].isspace() or rest[0] == "各")):
                doc_number = metadata.clean_doc_number(m.group(0))
                break
            if m.end() >= len(s) - 1 and ending_title is None:
                ending_title = (j, metadata.clean_doc_number(metadata.number_after_title(m.group(0))))
        if metadata._ORDER_NUMBER.match(s):
            doc_number = re.sub(r"\s+", "", s)
            break
    if doc_number is None and ending_title is not None:
        doc_number = ending_title[1]
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
    issuer = metadata._issuer_from_title(title or "") or order_issuer
    date = sig_issuer = None
    for k, (_pos, ln) in enumerate(nonempty):
        s = ln.strip()
        m = metadata._DATE.search(s)
        if m is None or m.end() < len(s):
            continue
        before = s[: m.start()].strip()
        if re.search(r"[，。；：:、“”《》（）]", before) or (before and not before.endswith(metadata._ORG_END)):
            continue
        if k == 0:
            continue
        date = metadata.parse_date(s)
        if before:
            sig_issuer = before
        else:
            prev = nonempty[k - 1][1].strip()
            if prev.endswith(metadata._ORG_END) and len(prev) < 120 and not re.search(r"[，。；：]", prev):
                sig_issuer = prev
        break
    if date is None:  # a signature run into the text's last line, then a regulation's head line
        run_in = metadata._run_in_signature(text)
        if run_in is not None:
            sig_issuer, date = run_in
    if date is None:
        date = metadata._made_date(nonempty[:9])
    if issuer is None and sig_issuer:
        issuer = re.sub(r"\s+", "、", sig_issuer)
    if issuer:
        issuer = re.sub(r"\s+", "、", issuer.strip())
    return DocMeta(title=title, doc_number=doc_number, issuer=issuer, date=date, addressees=addressees,
                   title_span=title_span)


_HEADING = ["国务院令", "中华人民共和国国务院令", "第706号", "国发〔2019〕3号", "各省、自治区：", "省人民政府办公厅",
            "关于印发X的通知", "2016年5月24日", "二〇一六年五月二十四日", "国务院", "\n", "\n\n", " ", "。", "甲" * 121]


_LINES = ["关于印发X方案的通知", "国务院关于X的意见（国发〔2019〕3号）", "皖政办〔2016〕76号", "国务院令", "第706号",
          "关于X的复函国办函 〔1997〕42号", "工信厅通信函〔2021〕114号  各省、自治区：", "甲公司：", "国办函 〔1997〕42号",
          "中华人民共和国国务院令", "各省、自治区、直辖市人民政府：", "正文。", "甲" * 130, "", "  ", "国务院",
          "安徽省人民政府办公厅", "2016年5月24日", "国务院办公厅 2016年5月24日", "二〇一六年五月二十四日",
          "（此件公开发布）", "说明：2020年1月1日", "附件：1. X 2019年3月1日"]


@SETTINGS
@given(st.one_of(st.lists(st.sampled_from([*_HEADING, *"日年月号（《甲乙"]), max_size=40).map("".join),
                 st.lists(st.sampled_from(_LINES), max_size=14).map("\n".join)))
def test_metadata_equals_the_plain_reading(s: str) -> None:
    assert metadata.extract_metadata(s) == _extract_metadata_plain(s)


# ------------------------------------------------------------------------------------ targets


def _target_pattern_plain() -> re.Pattern[str]:
    cn = "零〇一二两三四五六七八九十百千万"
    units = sorted(rules()["targets"]["units"], key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    alternative = "|".join(re.escape(u) for u in sorted(rules()["targets"]["alternative_units"], key=len, reverse=True))
    return re.compile(
        r"(?<![\d.第])"
        rf"(?P<num>(?:(?P<pct>(?<=百分之)|(?<=千分之)))?(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{cn}]{{1,6}}(?:点[〇○零一二三四五六七八九]{{1,3}})?))"
        rf"(?:(?P<mult0>万亿|亿|万)?(?P<sep>[-~—–至到])(?P<num2>\d+(?:\.\d+)?|[{cn}]{{1,6}})(?(mult0)(?=(?P=mult0))))?"
        r"(?P<mult>万亿|亿|万)?(?:余)?(?:[ \u00a0](?=[%％‰]))?"
        rf"(?:(?P<unit>(?:{unit_alt})(?:（(?:{alternative})）)?)|(?:(?<=\d万亿)|(?<=\d亿)|(?<=\d万))(?=(?:以上|左右)?(?:[，。；、）)\n]|$))"
        r"|(?(pct)(?=(?:以上|以下|左右|以内)?(?:[，。；、）)\n]|$))|(?!)))"
    )


@SETTINGS
@given(texts)
def test_target_pattern_equals_the_plain_pattern(s: str) -> None:
    plain = _target_pattern_plain()
    assert [(m.span(), m.groupdict()) for m in targets._pattern().finditer(s)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(s)
    ]


def _excludes(text: str, w: str, clause: tuple[int, int], number: tuple[int, int], unit_word: str, cfg: dict) -> bool:
    """Some occurrence of ``w`` in the clause not inside a 的-phrase before the number, nor describing
    something else (65岁及以上老年人, 1个千亩以上的示范园, the next item's 贷款余额: the same function)."""
    start = number[0]
    if w in cfg["exclude_unless_cut"] and any(c in text[clause[0] : start] for c in cfg["cut_to"]):
        return False
    return any(
        not (w in cfg["exclude_qualifying"] and i + len(w) <= start and (
            "的" in text[i + len(w) - 1 : start] or targets.own_amount(text, i + len(w), start, targets._rules())))
        and not targets.describes_other(text, (i, i + len(w)), number, unit_word, clause, targets._rules())
        and text.count("“", clause[0], i) <= text.count("”", clause[0], i)
        and not targets.in_baseline(text, (i, i + len(w)), start, clause)  # 由目前的58%提高到: the same function
        for i in range(clause[0], clause[1])
        if text.startswith(w, i) and i + len(w) <= clause[1]
    )


def _extract_targets_plain(text: str, year: int | None = None) -> tuple[Target, ...]:
    """extract_targets before the speed-up: every test in its first order, the number converted first."""
    cfg = rules()["targets"]
    index = structure.PathIndex(structure.numbered_units(text))
    out: list[Target] = []
    for m in _target_pattern_plain().finditer(text):
        unit_word = m.group("unit") or ""
        start = m.start()
        if m.group("pct") is not None:  # 百分之三十五, 千分之五
            start, unit_word = start - 3, {"百": "%", "千": "‰"}[text[start - 3]]
        if unit_word and text[m.end() : m.end() + 1] in targets._LIST_JOINERS:  # the same function
            unit_word = targets._list_unit(text, m.end(), unit_word, targets._rules())
        unit = (m.group("mult") or "") + unit_word
        if unit_word in cfg["never"] and not (
            (unit_word in cfg["never_unless_cut"] and targets._cut_to_before(text, start, targets._rules()))
            or (unit_word in cfg["never_unless_named"]
                and targets._named_before(text, start, cfg["never_unless_named"][unit_word]))
            or (unit_word in cfg["never_unless_rated"]
                and targets._rated_level(text, start, m.end(), targets._rules()))
        ):
            continue
        if unit_word in cfg["closed_units"] and not re.match(cfg["numeral_closes"], text[m.end() : m.end() + 4]):
            continue
        raw = m.group("num")
        chinese = not raw[0].isdigit()
        mult = m.group("mult") or ""
        reach = max(map(len, cfg["cues"]))
        if (chinese and len(raw) == 1 and raw in "百千万" and mult
                and targets._cue_right_before(text[max(0, start - reach) : start], unit_word, targets._rules())):
            # a round size after its cue (突破千亿元, 迈上万亿元台阶): the same reading
            raw, mult = ("一", raw + mult) if raw + mult in cfg["magnitudes"] else ("一" + raw, mult)
            unit, chinese = mult + unit_word, False
        closes = chinese and targets._closes_phrase(text, start, m.end(), targets._rules())
        if chinese and ((m.group("mult") and not closes) or (any(ch in raw for ch in "千万") and len(raw) == 1)):
            continue
        if chinese and len(raw) > 1 and raw[-1] in "万亿" and (not m.group("mult") or raw[-1] + mult in cfg["magnitudes"]):
            raw, unit = raw[:-1], raw[-1] + unit
        value = to_number(raw)
        if value is None or value == 0:
            continue
        before1 = text[start - 1 : start]
        if before1 and ((before1.isascii() and before1.isalnum()) or before1 in "第〔"):
            continue
        if before1 in "-" or text[m.end() : m.end() + 1] == "-" or (
                before1 == "等" and not targets._listed_object(text, start, m.end(), targets._rules())):
            continue  # (完成A、B等12条河流…治理: the same function)
        if text[m.end() : m.end() + 4].startswith(tuple(cfg["not_after"])):
            continue
        clause = _enclosing_plain(text, start, targets._CLAUSE, 2000)
        ctx = text[clause[0] : clause[1]]

        ex = {w for w in cfg["exclude_context"] if _excludes(text, w, clause, (start, m.end()), unit_word, cfg)}
        compared = bool(ex) and year is not None and ex <= set(cfg["exclude_unless_due"])
        if ex and not compared:
            continue
        if re.match(r"^(以上|以下|及以上|或以上|或以下)(?=[\u4e00-\u9fff])(?!的目标)", text[m.end() : m.end() + 6]) and not (
            targets.counts_noun(text, start, m.end(), unit_word, targets._rules())  # 推动1000家以上企业…: the same function
        ):
            continue
        if unit in cfg["money_units"] and (
            not (any(w in ctx for w in cfg["money_ok"])
                 or targets._indicator(text, start, m.end(), clause).endswith(tuple(cfg["money_heads"]))
                 or targets._money_goes_on(text, out, clause, (start, m.end()), targets._rules()))
            or targets._CAP.match(text, m.end()) or targets._MONEY_QUALIFIES.match(text, m.end())
            or targets.money_qualifies_count(text, start, m.end(), clause)
        ):
            continue
        # the shape of the clause and the title are no fast paths: the same functions
        if targets._not_a_goal(text, start, m.end(), clause, targets._rules()):
            continue
        near = text[clause[0] : min(clause[1], m.end() + 4)]
        point = unit_word == cfg["point_unit"] and any(c in near for c in cfg["point_cues"])
        opening = near[structure.label_length(near) :].lstrip(" 　—－-").startswith(tuple(cfg["clause_opening_cues"]))
        right_before = any(text[max(0, start - len(c)) : start] == c for c in cfg["cues_before_number"])
        if (not any(c in near for c in cfg["cues"]) and not opening and not point and not right_before
                and not targets._continues(text, out, clause, start, unit) and not targets._row_due(text, m.end())):
            continue
        if chinese and value == 1 and unit_word not in cfg["chinese_one_units"]:
            continue
        if chinese:
            pre = text[max(clause[0], start - 3) : start]
            opened = closes and any(c in text[clause[0] : start] for c in cfg["cues"])
            point_pre = unit_word == cfg["point_unit"] and any(pre.endswith(c) for c in cfg["point_cues"])
            if not opened and not point_pre and not any(pre.endswith(c) for c in cfg["cues"]):
                continue
        sent = _enclosing_plain(text, start, targets._SENT, 2000)
        if any(w in text[sent[0] : start] for w in cfg["past_in_sentence"] + cfg["forecast_in_sentence"] + cfg["exclude_sentence"]):
            continue
        if any(w in text[sent[0] : sent[1]] for w in cfg["eligibility_sentence"]):
            continue
        # the governing year is no fast path: the same function
        due = targets._governing_year(text, start, sent, index, year)
        deadline = None if due is None else int(due)
        if year is not None and deadline is not None and deadline < year:
            continue
        if compared and deadline is None:
            continue
        indicators = targets.respective(text, start, m.end(), clause) or [targets._indicator(text, start, m.end(), clause)]
        if indicators == [""] and out and out[-1].sentence == Span(*sent):
            indicators = [targets.inherited(out[-1].indicator, text, start, clause)]
        for indicator in indicators:
            out.append(Target(index.path_at(start), indicator, value, unit,
                              deadline, Span(start, m.end()), Span(*sent), period=getattr(due, "period", "")))
    return tuple(out)


_TARGETING = ["到2020年，", "达到", "95%", "以上", "新增", "3个", "一期", "十家", "二十个", "1,000万元", "规模", "已经",
              "补贴", "，", "。", "\n", "（一）", "力争", "5-8家", "一批", "1.5万亩", "人以上超大", "等22家", "第3个",
              "2015年", "比2012年", "较", "下降", "相比", "三十万户", "园区三个", "、", "分别", "和", "收入", "的", "方可", "其中", "比上年", "“", "”", "工作日", "压缩至", "百分之", "百分之三十", "千分之", "高于", "个百分点", "第237号", "版", "覆盖率", "年均增长率", "规模以上",
              "5年来", "以来", "预计", "提高", "点五", "5万—8万家", "2万至", "第一季度", "自", "起", "开始", "“十四五”期间", "2021—2025年", "《", "》", "二、", "“十三五”", "目标"]


@SETTINGS
@given(st.lists(st.sampled_from([*_TARGETING, *"0123456789一二十万亿个家人项%年-"]), max_size=40).map("".join),
       st.one_of(st.none(), st.integers(2012, 2021)))
def test_targets_equal_the_plain_loop(s: str, year: int | None) -> None:
    assert targets.extract_targets(s, year=year) == _extract_targets_plain(s, year)


# ------------------------------------------------------------------------------------ responsibility


def _role_suffix_plain(segment: str) -> tuple[str, str, bool] | None:
    plain_roles = set(rules()["roles"]["plain"])
    for cue, role in responsibility._cues().role_suffixes:
        if segment.endswith(cue):
            return cue, role, role in plain_roles
    return None


@SETTINGS
@given(texts)
def test_clause_helpers_equal_the_plain_loops(s: str) -> None:
    cues = responsibility._cues()
    assert responsibility.is_generic(s) == any(p.search(s) for p in cues.generic)
    assert responsibility._role_suffix(s) == _role_suffix_plain(s)
    assert responsibility._strip_words(s, 5) == responsibility._strip_words_loop(s, 5)
    left = len(s) - len(s.lstrip(responsibility._JOINERS + "　\n"))
    assert responsibility._trim(s, 5) == (s.lstrip(responsibility._JOINERS + "　\n").rstrip("、，, 　\n"), 5 + left)
    assert responsibility._field_lines(s) == [m.span() for m in cues.field_line.finditer(s)]


@SETTINGS
@given(texts)
def test_a_content_the_prefilter_drops_is_no_clause(s: str) -> None:
    """parse_clause without its prefilter finds no clause where the prefilter says none can be."""
    cues = responsibility._cues()
    if responsibility._may_be_clause(s, cues):
        return
    prefilter = responsibility._may_be_clause
    responsibility._may_be_clause = lambda content, cues: True  # type: ignore[assignment]
    try:
        assert responsibility.parse_clause(s) is None
    finally:
        responsibility._may_be_clause = prefilter  # type: ignore[assignment]


_NAMES = ["省发展改革委", "省财政厅", "各市、县（区）政府", "有关部门", "等", "和", "及", "由", "按职责分工", "省商务厅（牵头）",
          "、", "，", "（", "）", "2020年", "：", "“", "《", "。", "%", " ", "负责", "省推进“三地一区”建设领导小组"]


@SETTINGS
@given(st.one_of(texts, st.lists(st.sampled_from(_NAMES), max_size=12).map("".join)))
def test_a_list_holding_a_character_no_name_holds_names_nobody(s: str) -> None:
    # a separator of the list ([mentions] separators, ； since c1f02f8: 市住建局；市自然资源局) is in
    # no name, yet parts names rather than spoiling the list
    seps = "".join(rules()["mentions"]["separators"])
    if responsibility._cues().never_in_names.search(_QUOTED_IN_NAME.sub("", s).translate({ord(c): None for c in seps})):
        assert responsibility._split_names(s, 0) is None


def test_a_separator_no_name_holds_parts_names() -> None:
    # the example Hypothesis found with --hypothesis-seed=2 before the test above knew separators
    assert responsibility._split_names("；省省", 0) == [("省省", 1, 3)]
    assert [m for m, _, _ in responsibility._split_names("省财政厅；省商务厅", 0) or []] == ["省财政厅", "省商务厅"]
    assert responsibility._split_names("。省省", 0) is None


def test_joined_patterns() -> None:
    joined = responsibility._joined(["(?P<who>甲)乙", "(?P<who>丙)", "丁"])
    assert joined is not None
    assert [bool(joined.search(x)) for x in ("甲乙", "丙", "丁", "乙")] == [True, True, True, False]
    assert responsibility._joined(["(?P<a>甲)(?P=a)"]) is None
    assert responsibility._joined([r"(甲)\1"]) is None


# ------------------------------------------------------------------------------------ model, and helpers of this round


_MODEL = (Span, Document, DocMeta, Unit, Assignee, Task, Target, Citation, Extraction, responsibility._Raw, responsibility.Clause)


def _plain_dataclass(cls: type) -> type:
    """The class as ``@dataclass(frozen=True)`` builds it, with the generated ``__init__``."""
    specs = [
        (f.name, f.type, dataclasses.field(default=f.default)) if f.default is not dataclasses.MISSING else (f.name, f.type)
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True)


@pytest.mark.parametrize("cls", _MODEL, ids=lambda c: c.__name__)
def test_model_init_takes_what_the_generated_one_takes(cls: type) -> None:
    assert all(f.default_factory is dataclasses.MISSING for f in dataclasses.fields(cls))
    assert not hasattr(cls, "__post_init__")
    ours, generated = (inspect.signature(c.__init__) for c in (cls, _plain_dataclass(cls)))
    empty = inspect.Signature.empty
    assert ours.replace(return_annotation=empty) == generated.replace(return_annotation=empty)


_values = st.one_of(st.none(), st.integers(-5, 5), st.text(max_size=3), st.tuples(st.text(max_size=2)))


@SETTINGS
@given(st.sampled_from(_MODEL), st.data())
def test_model_objects_equal_those_of_the_generated_init(cls: type, data: st.DataObject) -> None:
    names = [f.name for f in dataclasses.fields(cls)]
    required = [f.name for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
    given_ = data.draw(st.sets(st.sampled_from(names)))
    kwargs = {n: data.draw(_values) for n in names if n in given_ or n in required}
    obj, plain = cls(**kwargs), _plain_dataclass(cls)(**kwargs)
    assert vars(obj) == vars(plain)
    assert repr(obj) == repr(plain)
    assert obj == cls(**kwargs) and hash(obj) == hash(cls(**kwargs))
    assert obj != plain  # equality stays per class
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, names[0], 1)
    assert dataclasses.replace(obj) == obj and pickle.loads(pickle.dumps(obj)) == obj
    args = [kwargs.get(n, f.default) for n, f in zip(names, dataclasses.fields(cls), strict=True)]
    assert cls(*args) == obj


@SETTINGS
@given(texts, st.lists(st.integers(-3, 100), max_size=6),
       st.sampled_from(["\n", "。；！？\n", "，。；！？：\n", "。。", "（", "-]\\^"]), st.sampled_from([1, 3, 10, 2000]))
def test_around_equals_enclosing(s: str, positions: list[int], seps: str, window: int) -> None:
    around = spans.Around(s)
    for pos in positions:
        if pos >= 0:
            assert around(pos, seps, window) == _enclosing_plain(s, pos, seps, window)


@SETTINGS
@given(texts, st.sampled_from(["", "٣", "𝟙", "😀", "𑥐"]))
def test_target_pattern_equals_the_plain_pattern_beyond_the_plane(s: str, ch: str) -> None:
    s = s.replace("1", ch + "1").replace("个", ch + "个")
    plain = _target_pattern_plain()
    assert [(m.span(), m.groupdict()) for m in targets._pattern().finditer(s)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(s)
    ]


def _parse_clause_all_rules(content: str, base: int = 0) -> responsibility.Clause | None:
    """parse_clause with every standing rule tried one by one (no joined pattern to skip them)."""
    cues = responsibility._cues()
    plain = dataclasses.replace(cues, standing_any=None)
    responsibility._cues = lambda: plain  # type: ignore[assignment]
    try:
        return responsibility.parse_clause(content, base)
    finally:
        responsibility._cues = cues_function  # type: ignore[assignment]


cues_function = responsibility._cues
_STANDING = ["以下均需各地相关部门落实，不再列出", "列第一的为牵头单位", "排名第一的为牵头单位", "下同", "以下同", "后同",
             "省财政厅", "、", "负责", "牵头", "配合", "，"]


@SETTINGS
@given(st.one_of(texts, st.lists(st.sampled_from(_STANDING), max_size=10).map("".join)))
def test_parse_clause_skipping_the_standing_rules_equals_trying_each(s: str) -> None:
    assert responsibility.parse_clause(s, 3) == _parse_clause_all_rules(s, 3)
    cues = responsibility._cues()
    for word, pattern in zip(cues.same_below, cues.same_below_words, strict=True):
        assert pattern.pattern == re.escape(word)
        assert (word in s) == (pattern.search(s) is not None)
