"""Round 66 (tests/made_gold/forms66, docs/made-eval-forms.md "Rounds 57–"): the cause of the round's first-run
miss, on inputs of our own (not the round's): after a body's ending (队, 局, 中心 …) a verb of a duty such as 优化,
提升, 强化 ends the subject's name (请X支队优化… named `X支队优化旅检通关`, up to the 关 that ends names)."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def _subjects(sentence: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks("二、要求\n" + sentence + "\n")]


def test_a_verb_of_the_duty_ends_the_name() -> None:
    assert _subjects("请牡丹江海关、牡丹江边境管理支队优化通关服务。") == [
        [("牡丹江海关", "responsible"), ("牡丹江边境管理支队", "responsible")]]
    assert _subjects("请市消防救援支队强化火灾隐患排查。") == [[("市消防救援支队", "responsible")]]
    assert _subjects("县大数据中心要提升政务平台性能。") == [[("县大数据中心", "responsible")]]
