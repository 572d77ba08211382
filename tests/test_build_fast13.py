"""CPU per document (issue 19, round 13): the same bytes, less work.

- A build without a cache does not hash its output (the SHA-256 is kept only in a cache's manifest).
- The whole-text scans for runs of spaces (``[tables] spaced_cells``) are skipped when the text holds no
  run (found by substring search); the item lines closed by their units (``item_tails``) are matched
  from the start of each line that holds the dash or the colon, not tried at every character.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from scripts_import import load_script

from graph.data import rules
from graph.extract import item_clauses
from graph.extract.item_clauses import _ITEM_COLON, _ITEM_DASH, item_tails
from graph.extract.tab_lines import _SPACED, may_hold_gap
from graph.ingest.unwrap import split_run_in
from graph.pipeline import build_corpus
from graph.spool import OutputWriter

synthetic = load_script("synthetic_documents")


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("fast13")
    synthetic.write_corpus(d / "docs", 6, seed=13)
    return d


@pytest.mark.parametrize("ext", ["nt", "ttl"])
def test_a_build_without_a_cache_writes_the_bytes_of_one_with_a_cache(docs, ext) -> None:
    cached = docs / f"cached.{ext}"
    build_corpus([docs / "docs"], cached, jobs=1)
    plain = docs / "plain" / f"kg.{ext}"
    report = build_corpus([docs / "docs"], plain, jobs=1, use_cache=False, reread=False)
    assert report.written and report.documents == 6
    assert plain.read_bytes() == cached.read_bytes()


def test_the_digest_is_of_the_bytes_written_and_none_is_made_without_it(tmp_path) -> None:
    for digest, ext in ((True, "nt"), (False, "nt"), (True, "ttl"), (False, "ttl")):
        out = tmp_path / f"{digest}.{ext}"
        with OutputWriter(out, "nt" if ext == "nt" else "turtle", digest=digest) as w:
            got = w.finish([])
        assert got == (hashlib.sha256(out.read_bytes()).hexdigest() if digest else "")


def test_the_gap_words_are_in_every_run_of_spaces() -> None:
    # the guard holds only while a run is two or more of these characters: changing the pattern needs a new guard
    assert "[ 　]{2,}" in rules()["tables"]["spaced_cells"]
    samples = ["甲 乙", "甲  乙", "甲\u3000乙", "甲 \u3000乙", "甲\u3000 乙", "甲\t乙", "甲   乙  丙", "", " ", "  ", "甲 乙 丙"]
    for s in samples:
        assert may_hold_gap(s) or _SPACED.search(s) is None, s
    assert not may_hold_gap("一、加强领导 建立机制") and may_hold_gap("一、加强领导  （1）建立机制")


def test_split_run_in_without_a_run_is_the_text() -> None:
    t = "一、健全机制 （1）建立协调机制。"
    assert split_run_in(t) is t
    assert split_run_in("一、健全机制\u3000\u3000（1）建立协调机制。").splitlines() == ["一、健全机制", "\u3000（1）建立协调机制。"]


_ITEMS = (
    "1.推进垃圾分类——市住房和城乡建设局负责\n2.建立管护制度，落实人员：市财政局负责\n"
    "——加强宣传——市委宣传部牵头，市教育局配合\n（三）完善机制：各县区负责\n"
    "3.强化考核：要认真抓好落实\n牵头单位：市发展改革委负责\n  4、开展检查——市市场监管局落实；\n"
    "一、总体要求——\n五、其他：市商务局、市财政局配合"
)


def _old_tails(text: str) -> list[tuple[int, int, str]]:
    """item_tails as it was: finditer over the whole text."""
    out = []
    if "——" in text:
        out += [(m.start(1), m.start(2), m.group(2)) for m in _ITEM_DASH.finditer(text)
                if not item_clauses._DUTY.search(m.group(2))]
    if "：" in text:
        label = item_clauses._field_label()
        out += [(m.start(2), m.start(3), m.group(3)) for m in _ITEM_COLON.finditer(text)
                if not item_clauses._DUTY.search(m.group(3)) and not label.fullmatch(m.group(1).strip(" \u3000"))]
    return out


@pytest.mark.parametrize("text", [_ITEMS, _ITEMS.replace("\n", "\n\n"), "前言\n" + _ITEMS + "\n", _ITEMS[:40]])
def test_item_tails_finds_what_a_scan_of_the_whole_text_finds(text) -> None:
    found = list(item_tails(text))
    assert found == _old_tails(text)
    assert len(found) >= (5 if len(text) > 100 else 1)


def test_item_tails_on_the_synthetic_documents(docs) -> None:
    for f in sorted((docs / "docs").iterdir()):
        text = f.read_text(encoding="utf-8")
        assert list(item_tails(text)) == _old_tails(text)


def test_lines_with() -> None:
    assert item_clauses._lines_with("甲——乙\n丙\n丁——戊——己\n", "——") == [0, 7]
    assert item_clauses._lines_with("甲乙", "——") == []
    assert [m.start() for m in re.finditer(r"(?m)^", "a\nb")] == [0, 2]  # (what the anchor matches)


def test_sentence_and_paragraph_starts_are_where_the_lookbehinds_match() -> None:
    import random

    from graph.extract.deadlines import _LINE_END, _PARA_START, _SENT_END, _SENT_START, _starts

    rng = random.Random(13)
    for _ in range(5000):
        t = "".join(rng.choice("甲。；！？\n乙") for _ in range(rng.randint(0, 12)))
        s = rng.randint(0, len(t))
        e = rng.randint(s, len(t))
        assert _starts(_SENT_END, t, s, e) == [m.start() for m in _SENT_START.finditer(t, s, e)], (t, s, e)
        assert _starts(_LINE_END, t, s, e) == [m.start() for m in _PARA_START.finditer(t, s, e)], (t, s, e)


def test_heading_marks_and_unspacing_without_their_characters_return_the_text() -> None:
    from graph.ingest.spaced import unspace_partial
    from graph.ingest.unwrap import heading_marks

    t = "一、加强领导\n（一）建立机制。\n"
    assert heading_marks(t) is t
    assert heading_marks("## 四、建立专项资金制度") == "   四、建立专项资金制度"
    assert unspace_partial(t) is t


_CLAUSES = ["省发展改革委牵头，省财政厅、省科技厅配合", "市自然资源局；市农业农村局配合", "国家发展改革委会同有关部门负责",
            "责任单位：市财政局、市商务局", "排名第一的为牵头单位，下同", "2025年底前完成", "以下简称“市工信局”"]


@pytest.mark.parametrize("content", _CLAUSES)
def test_a_remembered_clause_is_the_clause_parsed_at_its_offset(content) -> None:
    from graph.extract import clauses

    for base in (0, 1, 57, 4000):
        clauses.parse_clause.cache_clear()  # type: ignore[attr-defined]
        fresh = clauses._parse_clause(content, base)
        assert clauses.parse_clause(content, base) == fresh
        assert clauses.parse_clause(content, base + 3) == clauses._parse_clause(content, base + 3)  # (remembered)


def test_names_rejoined_keeps_joining_after_a_join() -> None:
    from graph.ingest.unwrap import _names_rejoined

    # a line joined onto the one before, then the next joined onto the joined line (its normalised form made again)
    # (a line that holds a ， after the join is a sentence's, no cell's: the next ， line stays apart)
    assert _names_rejoined("1\n推进改造\n，降低能耗\n，提高效率\n市工信局") == "1\n推进改造，降低能耗\n，提高效率\n市工信局"
    assert _names_rejoined("序号\n市发改委、\n市生态环境局、\n市财政局\n2024年") == "序号\n市发改委、市生态环境局、市财政局\n2024年"


def test_co_issuers_split_as_before() -> None:
    from graph.resolve import _ISSUER_SEPS

    assert [n for n in _ISSUER_SEPS.split("市发展改革委、市财政局，市商务局, 市税务局  市统计局") if n] == [
        "市发展改革委", "市财政局", "市商务局", "市税务局", "市统计局"]
