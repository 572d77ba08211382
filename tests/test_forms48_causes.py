"""Round 48 (tests/made_gold/forms48, docs/made-eval-forms.md "Rounds 46–"): the causes of the round's first-run
misses, on documents of our own (not the round's): a table whose task column is a topic (协商议题, 调研课题) and whose
units column is a CPPCC's 承办专委会; 各承办专委会 as a collective subject; a bare 研究室 as a partner after 会同; a
hospital's 门诊部 as a subject in running text (住院部 in 门诊和住院部 still none)."""

from __future__ import annotations

from pathlib import Path

import graph
from graph.extract.prose import prose_tasks


def test_a_topic_column_is_the_task_and_chengban_zhuanweihui_names_units(tmp_path: Path) -> None:
    doc = tmp_path / "keti.html"
    doc.write_text(
        "<html><body><h1>政协某市委员会关于印发2025年度重点调研课题的通知</h1><p>一、调研课题</p><table border='1'>"
        "<tr><td>序号</td><td>调研课题</td><td>调研方式</td><td>承办专委会</td><td>配合单位</td></tr>"
        "<tr><td>1</td><td>关于推进县域医共体建设的调研</td><td>视察调研</td><td>教科卫体委员会</td><td>市卫生健康委</td></tr>"
        "</table></body></html>", encoding="utf-8")
    ex = graph.extract_file(doc)
    assert [ex.document.text[t.text_span.start : t.text_span.end][:6] for t in ex.tasks] == ["关于推进县域"]
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("教科卫体委员会", "responsible"), ("市卫生健康委", "support")]]


def _prose(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def test_a_cppcc_collective_and_a_bare_research_office_are_subjects() -> None:
    assert _prose("二、工作要求\n各专委会要认真组织协商活动。\n") == [[("各专委会", "responsible", True)]]
    assert _prose("三、保障\n办公厅要会同研究室做好督办。\n") == [[("办公厅", "lead", False), ("研究室", "support", False)]]


def test_a_hospitals_outpatient_department_is_a_subject_its_wards_are_not() -> None:
    assert _prose("二、组织实施\n门诊部负责优化预约流程，护理部配合。\n") == [
        [("门诊部", "responsible", False), ("护理部", "support", False)]]
    assert _prose("门诊和住院部要实行严格的限制措施。") == []
