"""Round 58 (tests/made_gold/forms58, docs/made-eval-forms.md "Rounds 57–"): the cause of the round's first-run
miss, on inputs of our own (not the round's): a collective of party (or league, or social) organisations holds 组织 as
a noun, so it is a collective subject (各党组织要…, 各基层党组织要…, 各级团组织要…), while 组织 after a collective stays
the verb (有关部门组织…: no subject)."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def _subjects(sentence: str) -> list[list[tuple[str, bool]]]:
    return [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks("三、工作要求\n" + sentence + "\n")]


def test_collectives_of_party_organisations_are_subjects() -> None:
    for sentence, who in (("各基层党组织要认真开展主题党日活动。", "各基层党组织"),
                          ("各党组织要落实“三会一课”制度。", "各党组织"),
                          ("各级团组织要做好青年志愿服务。", "各级团组织")):
        assert _subjects(sentence) == [[(who, True)]], sentence


def test_the_verb_zuzhi_after_a_collective_still_makes_no_name() -> None:
    assert _subjects("有关部门组织开展专项检查。") == []
