"""Round 51 (tests/made_gold/forms51, docs/made-eval-forms.md "Rounds 46–"): the causes of the round's first-run
misses, on inputs of our own (not the round's): `协同推进` closes a clause's partners; roles declared in running text
(`X为牵头单位，Y、Z为配合单位，…`) are a prose task's roles."""

from __future__ import annotations

from pathlib import Path

import graph
from graph.extract.prose import prose_tasks


def test_xietong_tuijin_names_the_partners(tmp_path: Path) -> None:
    doc = tmp_path / "xietong.txt"
    doc.write_text("一、重点任务\n（一）建设智慧停车平台。（市城管局牵头，市公安局、市大数据中心协同推进）\n", encoding="utf-8")
    rows = [[(a.mention, a.role) for a in t.assignees] for t in graph.extract_file(doc).tasks]
    assert rows == [[("市城管局", "lead"), ("市公安局", "support"), ("市大数据中心", "support")]]


def test_roles_declared_in_running_text() -> None:
    found = [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(
        "三、分工\n县卫生健康局为牵头单位，县医保局、县财政局为配合单位，推进紧密型县域医共体建设。\n")]
    assert found == [[("县卫生健康局", "lead"), ("县医保局", "support"), ("县财政局", "support")]]
    # a body named the lead of something done is no duty (已 before the verb)
    assert prose_tasks("三、回顾\n去年已明确县卫生健康局为牵头单位。\n") == ()


def test_xietong_tuijin_in_a_title_is_no_duty() -> None:
    assert prose_tasks("某市人民政府办公厅关于印发《某市河道整治与城市更新协同推进工作方案》的通知\n") == ()
