"""Readings left open by prose rounds 7-12 and decided by GUIDE.md's letter in prose round 13 (docs/readings.md):
``Y给予支持`` after a subject's duty in the same sentence (support), ``协调X`` (X an object: no assignee), one unit in
two roles in one sentence (one assignee per role, in printed order)."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # GUIDE: 支持 → support; Y the subject of the support, after a clause whose subject leads
    ("由县交通运输局牵头，县财政局给予支持，加快农村公路建设。",
     [[("县交通运输局", "lead", False), ("县财政局", "support", False)]]),
    ("县交通运输局牵头，县财政局、县自然资源局予以支持，加快农村公路建设。",
     [[("县交通运输局", "lead", False), ("县财政局", "support", False), ("县自然资源局", "support", False)]]),
    ("市交通运输局应当会同属地乡（镇）人民政府及时组织抢修，市应急管理局给予支持。",
     [[("市交通运输局", "lead", False), ("属地乡（镇）人民政府", "support", True), ("市应急管理局", "support", False)]]),
    ("城区停车泊位规划，由市公安局交警大队和市城市管理局共同负责，市住房城乡建设局给予支持。",
     [[("市公安局交警大队", "responsible", False), ("市城市管理局", "responsible", False),
       ("市住房城乡建设局", "support", False)]]),
    # guards: the support a body gives to others is its own duty; with no subject before it, none
    ("县财政局对符合条件的项目将给予支持。", [[("县财政局", "responsible", False)]]),
    ("对符合条件的企业，县财政局给予支持。", []),
    ("县交通运输局牵头抓好公路建设，县财政局给予支持的项目要公示。", [[("县交通运输局", "lead", False)]]),
    # guard: 协调X — X the object of the lead's coordinating (GUIDE: units that are only objects are none)
    ("县商务局牵头，协调县财政局、县税务局打造电商园区。", [[("县商务局", "lead", False)]]),
    ("县发展改革局要主动协调省发展改革委，争取项目早日获批。", [[("县发展改革局", "responsible", False)]]),
    # guard: one unit in two roles — one assignee per role, in printed order (GUIDE: exactly one role per assignee)
    ("由县财政局牵头，会同县审计局开展专项检查，县审计局负责建立整改台账。",
     [[("县财政局", "lead", False), ("县审计局", "support", False), ("县审计局", "responsible", False)]]),
    # guard: twice in the same role, once
    ("县住建局要加快建设，县住建局要每月报告进展。", [[("县住建局", "responsible", False)]]),
])
def test_sentence(sentence: str, expected: Read) -> None:
    assert _read(f"一、重点工作\n（一）推进。{sentence}\n") == expected
