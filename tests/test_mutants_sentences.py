"""Tests added for the mutants the mutation run found alive in graph/extract/sentences.py
(docs/mutation.md): the blanks trimmed off a piece, labels skipped one after another, brackets
inside brackets, a line end inside an unclosed bracket, and the clauses of a sentence."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks
from graph.extract.sentences import _clauses, sentences, trimmed
from graph.extract.structure import numbered_units
from graph.model import Span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (" 财政部", Span(1, 4)),  # one blank: the name's first character stays
        ("\u3000\t财政部", Span(2, 5)),
        ("财政部 ", Span(0, 3)),
        ("财政部 \n", Span(0, 3)),
        ("财政部\u3000\u3000\u3000", Span(0, 3)),
        ("X射线X", Span(0, 4)),  # a Latin letter is no blank
        (" \u3000\n", None),
    ],
)
def test_trimmed_drops_the_blanks_at_both_ends_only(text: str, span: Span | None) -> None:
    assert trimmed(text, 0, len(text)) == span


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # labels one after another: each starts a sentence and none is part of one
        ("一、总体要求\n二、主要任务\n三、保障措施\n（一）加强领导。\n（二）落实责任。",
         ["总体要求", "主要任务", "保障措施", "加强领导。", "落实责任。"]),
        # an end mark inside a bracket inside a bracket ends nothing
        ("请财政部（会同教育部（含直属机构）。下同）负责。其他。", ["请财政部（会同教育部（含直属机构）。下同）负责。", "其他。"]),
        # a line end ends the sentence even inside a bracket left open
        ("各地要做好（具体见附件\n省财政厅负责资金。", ["各地要做好（具体见附件", "省财政厅负责资金。"]),
        ("X射线设备由省卫生健康委负责监管。", ["X射线设备由省卫生健康委负责监管。"]),
    ],
)
def test_sentences_of_numbered_text(text: str, pieces: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text, numbered_units(text))] == pieces


def test_clauses_split_at_top_level_commas_and_colons_only() -> None:
    text = "省财政厅（会同省国资委（含省属企业），下同）负责，省教育厅配合：X射线设备"
    assert [text[a:b] for a, b in _clauses(text, Span(0, len(text)))] == [
        "省财政厅（会同省国资委（含省属企业），下同）负责", "省教育厅配合", "X射线设备"]


def test_a_subject_after_a_bracketed_note_in_an_earlier_clause_is_read() -> None:
    text = "一、保障措施\n省财政厅（含省国资委）负责资金保障，省教育厅负责组织实施。\n"
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("省财政厅（含省国资委）", "responsible"), ("省教育厅", "responsible")]]
