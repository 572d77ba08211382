"""Property tests: text functions never raise, keep length, are idempotent, and every offset
they return maps back to exactly the quoted source text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.extract import extract
from graph.extract.brackets import depth_split, parentheticals
from graph.ingest.normalize import normalize
from graph.model import Document

_CHARS = "省发展改革委财政厅商务部负责牵头配合参与指导会同等有关部门单位、，。；：:（）()〔〕[]【】一二三1234567890%年个家"
_WORDS = ["\n", " ", "\u3000", "责任单位：", "按职责分工负责", "（一）", "1.", "一、", "下同", "列第一的为牵头单位"]
ALPHABET = st.sampled_from([*_CHARS, *_WORDS])
texts = st.lists(ALPHABET, max_size=120).map("".join)


@given(st.text(max_size=300))
def test_normalize_keeps_length_and_is_idempotent(s: str) -> None:
    n = normalize(s)
    assert len(n) == len(s)
    assert normalize(n) == n


@given(st.text(max_size=300))
def test_bracket_helpers_never_raise(s: str) -> None:
    for a, b in parentheticals(s):
        assert 0 <= a < b <= len(s)
    pieces = depth_split(s, "、")
    assert pieces[0][0] == 0 and pieces[-1][1] == len(s)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_offsets_map_back(s: str) -> None:
    ex = extract(Document(source="x.txt", text=s))
    for t in ex.tasks:
        if t.form == "prose":  # a duty in running text: its sentence is both its text and its clause
            assert t.text_span == t.clause_span and 0 <= t.clause_span.start < t.clause_span.end <= len(s)
        else:
            assert 0 <= t.text_span.start <= t.text_span.end <= t.clause_span.start < t.clause_span.end <= len(s)
        for a in t.assignees:
            if a.span is not None:
                # the mention as printed, modulo width folding
                assert normalize(s[a.span.start : a.span.end]) == a.mention
    for tg in ex.targets:
        assert 0 <= tg.span.start < tg.span.end <= len(s)
    for c in ex.citations:
        assert 0 <= c.span.start < c.span.end <= len(s)


def test_a_standing_rule_between_two_words_joins_no_name() -> None:
    """Found by the property above: 省下同省 read as one name `省  省` (下同 blanked to spaces), whose
    text is not what the source prints at its span."""
    ex = extract(Document(source="x.txt", text="责任单位：省下同省"))
    for t in ex.tasks:
        for a in t.assignees:
            assert a.span is not None and " " not in a.mention
    ex = extract(Document(source="x.txt", text="（省发展改革委、省财政厅按职责分工负责，列第一的为牵头单位，下同）"))
    assert [(a.mention, a.role) for t in ex.tasks for a in t.assignees] == [
        ("省发展改革委", "lead"),
        ("省财政厅", "responsible"),
    ]
