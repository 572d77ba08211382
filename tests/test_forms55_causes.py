"""Round 55 (tests/made_gold/forms55, docs/made-eval-forms.md "Rounds 46–"): the cause of the round's first-run
miss, on inputs of our own (not the round's): a partner after 会同 whose name ends with 室 ends before the verb of the
duty (会同县政府督查室做好跟踪督办 names 县政府督查室)."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def test_a_name_ending_with_shi_ends_before_the_verb() -> None:
    found = [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(
        "三、工作要求\n县发展改革局要会同县政府督查室做好跟踪督办。县委研究室要会同县政府办公室开展专题调研。\n")]
    assert found == [[("县发展改革局", "lead"), ("县政府督查室", "support")],
                     [("县委研究室", "lead"), ("县政府办公室", "support")]]
