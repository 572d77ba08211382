"""Readings of running text found by earlier rounds (places72–77, prose round 2): subjects before a duty verb
phrase not on the cue list, 由X承担…, X对A、Y对B要…, a name ending before the verb 督办, and a body a government
designates (县（市、区）人民政府确定的城市绿化主管部门). Sentences of our own; the guards must not change."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


FIXED: list[tuple[str, Read]] = [
    # 1. a list, 分别 / 各自 and a verb of a duty: each unit responsible
    ("区能源局、区住建局、区交通局分别抓好项目建设。",
     [[("区能源局", "responsible", False), ("区住建局", "responsible", False), ("区交通局", "responsible", False)]]),
    ("县教育局、县卫健局各自做好校园安全工作。",
     [[("县教育局", "responsible", False), ("县卫健局", "responsible", False)]]),
    # ... a phrase after 要, then 参与 / 配合: support (GUIDE.md: a subject whose duty is 参与 supports)
    ("县总工会、县残联要结合职能积极参与。", [[("县总工会", "support", False), ("县残联", "support", False)]]),
    ("市财政局要按照分工配合做好资金审核。", [[("市财政局", "support", False)]]),
    # ... 由X承担 with a duty as its object, as 由X负责
    ("由县水利局承担项目建设管理工作。", [[("县水利局", "responsible", False)]]),
    # ... X对A、Y对B要…: both subjects
    ("市教育局对学校、市卫健委对医院要开展全面排查。",
     [[("市教育局", "responsible", False), ("市卫健委", "responsible", False)]]),
    # 2. the name ends before the verb 督办
    ("请市政府督查室督办，确保按期完成。", [[("市政府督查室", "responsible", False)]]),
    # 3. a designated body: one generic mention (a regulation's article)
    ("县（市、区）人民政府确定的林业主管部门负责本行政区域内的古树名木保护工作。",
     [[("县（市、区）人民政府确定的林业主管部门", "responsible", True)]]),
]

GUARDS: list[tuple[str, Read]] = [
    ("城镇和农村居民人均收入分别增长6%和8%。", []),
    ("所需费用由县财政局承担。", []),
    ("由县财政局承担相关费用。", []),
    ("造成损失的，由县水利局承担赔偿责任。", []),
    ("由县水利局承担日常工作并负责具体实施。", [[("县水利局", "responsible", False)]]),
    ("县财政局要在县委的配合下加强资金监管。", [[("县财政局", "responsible", False)]]),
    ("县财政局要对参与企业加强监管。", [[("县财政局", "responsible", False)]]),
    ("县财政局结合职能积极参与项目评审。", [[("县财政局", "support", False)]]),
    ("县财政局对资金、项目要加强监管。", [[("县财政局", "responsible", False)]]),
    ("请县财政局党组研究落实。", [[("县财政局党组", "responsible", False)]]),
    ("请市委组织部研究落实。", [[("市委组织部", "responsible", False)]]),
    ("请市委督导组督促落实。", [[("市委督导组", "responsible", False)]]),
    ("请市政府办公室督办。", [[("市政府办公室", "responsible", False)]]),
    ("县人民政府确定的原则应当坚持。", []),
    # (the corpus check: who pays is no duty, nor is working with others support)
    ("项目所需经费，由县财政局承担二百万元，县水利局承担一百万元。", []),
    ("场馆投资，由市财政局、区财政局承担三分之二。", []),
    ("市教育局要与相关部门协同配合，做好监督检查工作。", [[("市教育局", "responsible", False)]]),
    ("主办单位在不同平台上开设的账号名称应保持一致。", []),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_fixed_readings(text: str, expected: Read) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: Read) -> None:
    assert _read(text) == expected
