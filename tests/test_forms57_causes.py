"""Round 57 (tests/made_gold/forms57, docs/made-eval-forms.md "Rounds 57–"): the cause of the round's first-run
miss, on inputs of our own (not the round's): an enterprise's own 建设部 (its construction department, also the former
ministry's name), bare or with its merged office in brackets, is a unit's name, so a clause listing it is read; a
phrase opening with 建设部署 stays none."""

from __future__ import annotations

from pathlib import Path

from graph import extract_file
from graph.extract.cues import looks_like_unit


def _tasks(tmp_path: Path, clause: str) -> list[list[tuple[str, str]]]:
    doc = tmp_path / "plan.txt"
    doc.write_text("国网某市供电公司关于印发2024年基建工作要点的通知\n某电建〔2024〕2号\n公司各部门：\n"
                   "国网某市供电公司\n2024年3月1日\n一、重点工作\n（一）加快电网工程前期工作。" + clause + "\n",
                   encoding="utf-8")
    return [[(a.mention, a.role) for a in t.assignees] for t in extract_file(doc).tasks]


def test_an_enterprises_construction_department_is_named_in_a_clause(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "（牵头部门：建设部；配合部门：发展策划部）") == [[("建设部", "lead"), ("发展策划部", "support")]]
    assert _tasks(tmp_path, "［责任部门：建设部（项目管理中心）、物资部］") == [
        [("建设部（项目管理中心）", "responsible"), ("物资部", "responsible")]]


def test_a_phrase_opening_with_jianshe_bushu_is_no_name() -> None:
    assert looks_like_unit("建设部") and looks_like_unit("建设部（项目管理中心）")
    assert not looks_like_unit("建设部署推进部")
