"""Causes of prose rounds 25-26's first-run misses and false positives (docs/made-eval-forms.md "Prose rounds 25–26 (a
blind hand)"), on sentences of our own: a joint meeting named by its place (``省…联席会议负责…``), a utility as a regulated
party (``供水单位应当…``), two rules in any order before holding to account (``由X依纪依规严肃问责``, ``由X依法依纪追究…``),
and a reply's sentence opened by what the addressee proposed (``您建议由X负责…``). With guards."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a standing joint meeting named by its place is a named body, as a 领导小组
    ("省职业教育工作联席会议负责统筹协调全省职业教育发展，联席会议办公室设在省教育厅。",
     [[("省职业教育工作联席会议", "responsible", False)]]),
    ("市食品安全工作联席会议要定期研究解决重大问题。", [[("市食品安全工作联席会议", "responsible", False)]]),
    # guard: the meeting of minutes is no body
    ("会议要求市城管局牵头，各街道办事处配合，5月底前完成立面整治。",
     [[("市城管局", "lead", False), ("各街道办事处", "support", True)]]),
    # guard: a leading group by its place stays as before
    ("省职业教育工作领导小组负责统筹协调。", [[("省职业教育工作领导小组", "responsible", False)]]),
    # a utility the plan regulates is no unit of the plan
    ("供水单位应当建立水质自检制度。", []),
    ("各供热单位要在供暖季前完成设施检修。", []),
    # guard: a body's own division named by supply stays a subject
    ("县供水管理站负责农村供水工程日常巡查。", [[("县供水管理站", "responsible", False)]]),
    # two of 依规 / 依纪 / 依法, in any order, before holding to account
    ("对出现火点的乡（镇），由市纪委监委依纪依规严肃问责。", [[("市纪委监委", "responsible", False)]]),
    ("对发生森林火灾的，由市监察局依法依纪追究有关人员责任。", [[("市监察局", "responsible", False)]]),
    ("市政府督查室将继续开展明察暗访，对出现火点的乡（镇），由市纪委监委依纪依规严肃问责。",
     [[("市政府督查室", "responsible", False), ("市纪委监委", "responsible", False)]]),
    # guard: the rules acted by before a word that is no cue name no duty
    ("对违法行为，由县市场监管局依法依规公示。", []),
    # a reply's sentence opened by what the addressee proposed: the proposal, no duty
    ("您建议由县城管局负责老旧小区违章搭建整治，县城管局已同意将其纳入今年专项整治范围。", []),
    ("代表建议由市财政局牵头研究设立专项资金。", []),
    # guard: the reply's own duties stay (docs/readings.md: 我局 as printed)
    ("我局将会同县民政局推动老旧小区成立业主委员会。", [[("我局", "lead", False), ("县民政局", "support", False)]]),
    ("县财政局负责落实老旧小区改造补助资金，我局积极配合做好项目申报工作。",
     [[("县财政局", "responsible", False), ("我局", "support", False)]]),
    # guard: a sentence about the proposal's receipt names no duty either way
    ("您提出的关于加强物业管理的建议收悉。", []),
])
def test_prose25_causes(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


def test_holding_to_account_in_a_law_is_its_penalty() -> None:
    """由X追究… in a law or a 办法 (read strictly) is a penalty, as 由X责令… (found by the bulk laws' check); a plan's stays."""
    law = "某省殡葬管理办法\n第一条　为加强殡葬管理，制定本办法。\n第四十二条　殡葬管理人员玩忽职守的，由其主管部门追究行政责任。\n"
    assert _read(law) == []
    assert _read("对发生森林火灾的，由市监察局依法依纪追究有关人员责任。") == [[("市监察局", "responsible", False)]]
