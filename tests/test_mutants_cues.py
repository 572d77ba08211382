"""Tests added for the mutants the mutation run found alive in the compiled cue words:
graph/extract/prose_cues.py, cues.py and target_rules.py (docs/mutation.md). Their mutants lie in
functions called only while a ``@cache`` is filled, so each was run in a fresh process."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def test_an_adverb_is_skipped_whole_before_the_cue() -> None:
    # 正 and 正在 are both adverbs: the longer one must be tried first, or 在负责 is left
    text = "省财政厅正在负责资金保障。"
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [[("省财政厅", "responsible")]]
