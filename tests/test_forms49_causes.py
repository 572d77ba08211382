"""Round 49 (tests/made_gold/forms49, docs/made-eval-forms.md "Rounds 46–"): the causes of the round's first-run
misses, on documents of our own (not the round's): a units cell of three short labels `牵头：X 责任：Y 配合：Z`;
`X等科室` gives X and `科室` (generic); a body whose name opens with 经济 is a subject; a subdistrict's bare 纪工委 and
党工委 are subjects."""

from __future__ import annotations

from pathlib import Path

import graph
from graph.extract.prose import prose_tasks


def _tasks(tmp_path: Path, name: str, text: str) -> list[list[tuple[str, str, bool]]]:
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in graph.extract_file(doc).tasks]


def test_a_units_cell_of_three_short_labels(tmp_path: Path) -> None:
    html = ("<html><body><h1>某县人民政府办公室关于印发重点工作清单的通知</h1><p>一、重点工作</p><table border='1'>"
            "<tr><td>序号</td><td>重点工作</td><td>责任单位</td></tr>"
            "<tr><td>1</td><td>推进城乡供水一体化</td><td>牵头：县水利局<br/>责任：各乡镇人民政府<br/>配合：县财政局</td></tr>"
            "</table></body></html>")
    assert _tasks(tmp_path, "three.html", html) == [
        [("县水利局", "lead", False), ("各乡镇人民政府", "responsible", True), ("县财政局", "support", False)]]


def test_zeng_keshi_gives_the_unit_and_a_generic_keshi(tmp_path: Path) -> None:
    text = "一、重点工作\n1.规范病历书写。（牵头：医务部；配合：质控办公室、信息中心等科室）\n"
    assert _tasks(tmp_path, "keshi.txt", text) == [
        [("医务部", "lead", False), ("质控办公室", "support", False), ("信息中心", "support", False), ("科室", "support", True)]]


def test_jingji_bodies_and_a_subdistricts_own_committees_are_subjects() -> None:
    found = [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(
        "三、保障\n经济发展服务中心负责项目储备；党工委要会同纪工委开展督查。\n")]
    assert found == [[("经济发展服务中心", "responsible")], [("党工委", "lead"), ("纪工委", "support")]]
    # 经 as a preposition still opens no subject
    assert prose_tasks("三、保障\n经市政府同意，各有关部门要加强协作。\n")[0].assignees[0].mention == "各有关部门"


def test_a_table_header_row_is_no_duty_in_running_text() -> None:
    # 配合部门 (a field label) in a header row printed with tabs: no cue, and cells apart by tabs are no name
    assert prose_tasks("一、重点任务\n序号\t重点工作\t牵头部门\t配合部门\t完成时限\n") == ()
    assert prose_tasks("一、重点任务\n序号\t重点工作\t协同单位\t支撑部门\n") == ()
