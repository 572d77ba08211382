"""Subjects of duties in running text that the second unseen set (docs/unseen-eval2.md) showed were
missed: kinds of departments whose sector opens like a verb, collectives named by their kind, the
short form of a department's own office, levels of places before a long collective. Sentences of our
own, written from the GUIDE ("Assignments in running text")."""

from __future__ import annotations

import pytest

from graph.extract.prose import is_subject_unit, prose_tasks
from graph.ingest.normalize import normalize


def read(text: str) -> list[list[tuple[str, str, bool]]]:
    """(mention, role, generic) of every prose task of a text, task by task."""
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(normalize(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 发展改革 is a sector, though 发展 opens verbs elsewhere (发展新业态)
        ("发展改革部门要按程序及时办理项目审批手续。", [("发展改革部门", "responsible", True)]),
        ("发展改革部门要参与园区规划布局。", [("发展改革部门", "support", True)]),
        ("发展改革、商务部门要加强物流项目的统筹。", [("发展改革、商务部门", "responsible", True)]),
        # collectives named by their kind: enterprises of a trade, universities by who runs them
        (
            "相关部门、科研院所、行业企业要共同制定职业能力标准。",
            [("相关部门", "responsible", True), ("科研院所", "responsible", True), ("行业企业", "responsible", True)],
        ),
        ("部属高校应将年度经费使用情况报主管部门。", [("部属高校", "responsible", True)]),
        ("省属高校要设立学生创业基金。", [("省属高校", "responsible", True)]),
        # two collectives joined by 及 are two mentions; 当地 names an unnamed local body
        ("当地政府及有关部门要做好安置工作。", [("当地政府", "responsible", True), ("有关部门", "responsible", True)]),
        # the short form of a department's own office, after a phrase of grounds
        ("按照上级部署，局办将每月汇总各处室工作进度。", [("局办", "responsible", False)]),
        ("厅办要及时通报督查结果。", [("厅办", "responsible", False)]),
        # 已 in a 的-phrase qualifying an object: the duty is still to be done
        ("省商务厅将对已认定的示范企业开展复核。", [("省商务厅", "responsible", False)]),
        (
            "材料由各地汇总后报送，省商务厅将对已公布的名单进行动态调整。",
            [("省商务厅", "responsible", False)],
        ),
        # a 在-phrase closed by 的过程中 / 的基础上 leaves the unit the subject
        ("各地在推进改革的过程中要注意方法。", [("各地", "responsible", True)]),
        ("省商务厅在总结试点经验的基础上，将制定推广方案。", [("省商务厅", "responsible", False)]),
        # levels of places before a long collective, and a note in brackets on a kind
        (
            "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门、全国性商业行业协会（联合会）、"
            "中央企业（集团）（以下统称推荐单位）负责组织本地区企业申报。",
            [
                ("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门", "responsible", True),
                ("全国性商业行业协会（联合会）", "responsible", True),
                ("中央企业（集团）", "responsible", True),
            ],
        ),
        (
            "由各省、自治区、直辖市及计划单列市、新疆生产建设兵团科技主管部门（以下统称省级科技主管部门）牵头，组织初评。",
            [("各省、自治区、直辖市及计划单列市、新疆生产建设兵团科技主管部门", "lead", True)],
        ),
        (
            "各省、自治区、直辖市及计划单列市教育行政部门要做好推荐。",
            [("各省、自治区、直辖市及计划单列市教育行政部门", "responsible", True)],
        ),
    ],
)
def test_subjects_read(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    assert read(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "鼓励行业企业参与标准制定。",  # a verb opens the clause: the enterprises are its object
        "发展新兴产业部门协作机制要逐步完善。",  # 发展 here is a verb, the subject is a mechanism
        "积极发展改革试点地区的特色产业。",
        # a 在-phrase and a 的: the unit is the subject of a clause qualifying the cue's subject
        "运营单位在各平台上注册的账号名称应当统一。",
        "各地在检查中发现的问题要及时整改。",
        # what has been done stays so
        "省商务厅已对示范企业开展复核。",
        "省商务厅已印发的方案要抓紧落实。",
    ],
)
def test_not_subjects(sentence: str) -> None:
    assert read(sentence) == []


def test_units() -> None:
    assert is_subject_unit("发展改革部门") == (True, True)
    assert is_subject_unit("部委属高校") == (True, True)
    assert is_subject_unit("中央企业（集团）") == (True, True)
    assert is_subject_unit("局办") == (True, False)
    assert not is_subject_unit("局")[0]
    assert not is_subject_unit("发展新业态")[0]
