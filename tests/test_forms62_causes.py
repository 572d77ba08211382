"""Round 62 (tests/made_gold/forms62, docs/made-eval-forms.md "Rounds 57–"): the causes of the round's first-run
misses, on inputs of our own (not the round's): a court's tribunals (…庭) are units' names in a clause (a household,
家庭, is none); an organ's own party committee printed bare (机关党委) is a subject in running text."""

from __future__ import annotations

from pathlib import Path

from graph import extract_file
from graph.extract.cues import looks_like_unit
from graph.extract.prose import prose_tasks


def _tasks(tmp_path: Path, clause: str) -> list[list[tuple[str, str]]]:
    doc = tmp_path / "plan.txt"
    doc.write_text("某市中级人民法院关于印发2025年诉源治理工作方案的通知\n某中法〔2025〕3号\n本院各部门：\n"
                   "某市中级人民法院\n2025年3月10日\n一、主要任务\n（一）推进诉前调解。" + clause + "\n", encoding="utf-8")
    return [[(a.mention, a.role) for a in t.assignees] for t in extract_file(doc).tasks]


def test_a_courts_tribunals_are_named_in_a_clause(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "（牵头部门：刑事审判第一庭；配合部门：立案庭）") == [
        [("刑事审判第一庭", "lead"), ("立案庭", "support")]]
    assert looks_like_unit("行政审判庭") and not looks_like_unit("困难家庭")


def test_an_organs_own_party_committee_is_a_subject() -> None:
    found = [[(a.mention, a.role) for a in t.assignees]
             for t in prose_tasks("三、要求\n办公室要会同机关党委做好学习教育。\n")]
    assert found == [[("办公室", "lead"), ("机关党委", "support")]]
