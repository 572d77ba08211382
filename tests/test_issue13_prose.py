"""Issue 13's known prose misses (GUIDE.md "Assignments in running text"), each on sentences of our own:
请 after a clause's topic, a body named the one that carries the work out (作为实施主体 / 以X为责任主体), the
levels under a county listed to 社区 or 村 as one collective, co-subjects acting together on a duty (共同, 联合), and
minutes' words of decision before their subject with no comma (会议明确X…)."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(sentence: str) -> Read:
    text = f"一、重点工作\n（一）推进项目。{sentence}\n"
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # 请 after a topic, mid-sentence: X lead, Y support (GUIDE: the unit before 会同 leads)
    ("会议明确，工程建设资金缺口请县财政局会同县发展和改革局积极向上争取。",
     [[("县财政局", "lead", False), ("县发展和改革局", "support", False)]]),
    ("项目用地指标请县自然资源局优先保障。", [[("县自然资源局", "responsible", False)]]),
    ("有关情况请县财政局于月底前报县政府办公室。", [[("县财政局", "responsible", False)]]),
    # guards: 报请, 申请 end no asking word; the asked unit's own verb
    ("县水利局报请县政府批准后实施。", []),
    ("县水利局申请县财政局拨付资金。", []),
    # a body named to carry the work out
    ("明确县水利局作为实施主体，负责项目建设管理。", [[("县水利局", "responsible", False)]]),
    ("会议确定以县水利局为责任主体，抓好工程质量。", [[("县水利局", "responsible", False)]]),
    ("县水利局作为责任主体，县财政局配合，抓好工程质量。",
     [[("县水利局", "responsible", False), ("县财政局", "support", False)]]),
    # guards: naming the body alone is no duty (the sentence ends there)
    ("该项目由县水利局作为实施主体。", []),
    ("县水利局为责任主体。", []),
    # the levels under a county, to the community or the village, one collective
    ("各乡镇、街道、社区要加强宣传引导。", [[("各乡镇、街道、社区", "responsible", True)]]),
    ("各乡镇（街道）、村（社区）要落实属地责任。", [[("各乡镇（街道）、村（社区）", "responsible", True)]]),
    ("各乡镇、县住建局要加强巡查。", [[("各乡镇", "responsible", True), ("县住建局", "responsible", False)]]),
    # co-subjects with 共同 / 联合 and a verb but none of GUIDE's duty words (要, 应, 负责, 将 …) state no duty: no task (the
    # hand-made unseen gold reads 工业和信息化部、公安部…联合组织开展监督检查 so; docs/readings.md)
    ("县发展和改革局和县财政局共同研究制定实施细则。", []),
    ("县市场监管局、县公安局联合开展专项整治。", []),
    ("县市场监管局、县公安局要联合开展专项整治。",
     [[("县市场监管局", "responsible", False), ("县公安局", "responsible", False)]]),
    ("县发展和改革局、县财政局联合印发实施细则。", []),
    # a lead's partners after 联合 stay support
    ("县水利局牵头，联合县财政局开展专项检查。", [[("县水利局", "lead", False), ("县财政局", "support", False)]]),
    # minutes' decision words before their subject, no comma
    ("会议同意县水利局牵头制定方案。", [[("县水利局", "lead", False)]]),
])
def test_issue13_prose(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected
