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


# Causes found by held-out prose rounds 13-14 (docs/made-eval-forms.md "Prose rounds 13–14"), on sentences of our own.
@pytest.mark.parametrize(("sentence", "expected"), [
    # a province's 市场监管厅: 省 then 市场 (省市 no not-place word here); guard: 省市县各级… stays one collective
    ("由省发展改革委牵头，省市场监管厅、省教育厅按职责分工负责学费核定工作。",
     [[("省发展改革委", "lead", False), ("省市场监管厅", "responsible", False), ("省教育厅", "responsible", False)]]),
    ("省市县各级人民政府要加强组织领导。", [[("省市县各级人民政府", "responsible", True)]]),
    # a state farm after a collective of towns: two mentions
    ("各镇人民政府、东兴华侨农场要组织开展村庄清洁行动。",
     [[("各镇人民政府", "responsible", True), ("东兴华侨农场", "responsible", False)]]),
    # a committee's own party group and its stationed discipline team; 给予指导 → guide
    ("委党组将适时听取整改情况汇报。", [[("委党组", "responsible", False)]]),
    ("驻局纪检组给予指导，局机关各股室按照职责分工抓好落实。",
     [[("驻局纪检组", "guide", False), ("局机关各股室", "responsible", True)]]),
    # the 各 of an office's own divisions runs over 单位: one collective
    ("各责任股室、单位要建立整改台账。", [[("各责任股室、单位", "responsible", True)]]),
    # the body acting by the rules
    ("整改不到位的，由县纪委监委依规依纪追责问责。", [[("县纪委监委", "responsible", False)]]),
])
def test_sentence_of_rounds_13_14(sentence: str, expected: Read) -> None:
    assert _read(f"一、重点工作\n（一）推进。{sentence}\n") == expected


def test_a_rectification_plans_labels_and_one_card_under_its_heading() -> None:
    from graph.extract.responsibility import extract_tasks
    from graph.ingest.normalize import normalize

    text = normalize("二、整改任务\n（一）部分县区污水处理厂超负荷运行\n整改目标：9月底前完成改造。\n整改措施：扩建污水处理厂。\n"
                     "整改责任人：王某某（副市长）\n整改责任单位：市住房和城乡建设局，有关县（区）人民政府\n配合单位：市财政局\n"
                     "（二）采砂管理不规范\n整改措施：开展专项整治。\n整改责任人：县水利局局长\n整改牵头单位：市水利局\n")
    got = [(text[t.text_span.start : t.text_span.end].split("\n")[0], [(a.mention, a.role) for a in t.assignees])
           for t in extract_tasks(text)]
    assert got == [("部分县区污水处理厂超负荷运行", [("市住房和城乡建设局", "responsible"), ("有关县（区）人民政府", "responsible"),
                                               ("市财政局", "support")]),
                   ("采砂管理不规范", [("市水利局", "lead")])]
