"""Causes found by the held-out prose rounds 1–3 (tests/made_gold/forms_prose1 … forms_prose3, docs/made-eval-forms.md
"Prose rounds 1–3"), each fixed as a general rule or as data."""

from __future__ import annotations

from graph.extract.prose import prose_tasks
from graph.extract.prose_units import is_subject_unit

LAW = ("某市河道管理条例\n第一章　总则\n第一条　为了加强河道管理，制定本条例。\n"
       "第二条　县级以上人民政府应当加强对河道管理工作的领导。\n"
       "第三条　市、县（市、区）水行政主管部门负责本行政区域内河道的统一管理。\n"
       "乡镇人民政府、街道办事处应当协助做好河道管理有关工作。\n"
       "第四条　金华市水利局应当会同市财政局建立河道维修养护经费保障机制。\n"
       "第五条　建设单位应当按照批准的方案施工。经营者应当遵守本条例。\n"
       "第六条　各级河长负责组织领导相应河道的管理和保护工作。\n")


def _subjects(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def test_a_laws_duties_of_government_bodies_are_prose_tasks() -> None:
    # cause 1: in a law, named units and collectives of government bodies are subjects with the GUIDE's duty words
    # (应当, 协助 …); parties (建设单位, 经营者) and persons (河长) are not
    assert _subjects(LAW) == [
        [("县级以上人民政府", "responsible", True)],
        [("市、县（市、区）水行政主管部门", "responsible", True)],
        [("乡镇人民政府", "support", True), ("街道办事处", "support", True)],
        [("金华市水利局", "lead", False), ("市财政局", "support", False)],
    ]


def test_a_division_named_for_coordination() -> None:
    # cause 2: 协调 before a division's head is its field, no verb (救援协调处, 综合协调处)
    assert is_subject_unit("救援协调处") == (True, False)
    assert _subjects("（四）加强救援队伍建设。救援协调处要牵头制定全市应急救援队伍建设方案。") == [[("救援协调处", "lead", False)]]


def test_a_bureaus_own_enforcement_detachment() -> None:
    # cause 3: a bureau's own 执法支队 / 执法大队 printed bare is a unit (as its 执法局 is)
    got = _subjects("（二）强化监管。危化品监管处要会同执法支队开展专项执法检查。")
    assert got == [[("危化品监管处", "lead", False), ("执法支队", "support", False)]]


def test_each_village_of_a_kind_is_a_collective() -> None:
    # cause 4: 各 and a kind of village (各脱贫村) is a collective, as 各行政村 is
    assert is_subject_unit("各脱贫村") == (True, True)
    assert _subjects("二、巩固成果\n各脱贫村要持续巩固产业帮扶成果。") == [[("各脱贫村", "responsible", True)]]


def test_work_teams_by_their_kind() -> None:
    # cause 5: a body named by its kind 工作队 (驻村工作队) is a collective
    assert _subjects("二、巩固成果\n驻村工作队要履行好帮扶责任。") == [[("驻村工作队", "responsible", True)]]


def test_a_village_after_its_township() -> None:
    # cause 6: a named village after its township's name (城关镇东岭村) is a named unit
    assert is_subject_unit("城关镇东岭村") == (True, False)
    got = _subjects("三、人居环境\n城关镇东岭村、西岭村要带头开展美丽庭院创建活动。")
    assert got == [[("城关镇东岭村", "responsible", False), ("西岭村", "responsible", False)]]


def test_what_the_corpus_check_of_the_law_reading_found() -> None:
    # a joiner or a preposition before a name (或者按公安部会同…) and a heading with a label on the name's line
    # (第九章　附则　　第四十六条　数据资源主管部门) name no unit
    assert is_subject_unit("或者按公安部")[0] is False and is_subject_unit("按公安部")[0] is False
    assert is_subject_unit("附则\u3000\u3000第四十六条 \u3000数据资源主管部门")[0] is False
    law = ("某州政务数据资源管理办法\n第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本州。\n"
           "第三条　印章停止使用时，应及时封存，或者按公安部会同有关部门另行制定的规定处理。\n"
           "第九章　附则　　第四十六条 　数据资源主管部门应当对下级人民政府数据资源管理工作进行考核评估。\n")
    got = _subjects(law)
    assert ("或者按公安部", "lead", False) not in [a for t in got for a in t]
    assert all(not m.startswith("附则") for t in got for m, _, _ in t)


def test_a_departments_own_office_is_still_a_division() -> None:
    # (the masking of cause 2 keeps a department's own office, 局办公室 / 厅办公室, whose head is its whole rest)
    assert is_subject_unit("局办公室") == (True, False) and is_subject_unit("厅办公室") == (True, False)
    assert is_subject_unit("协调处")[0] is False


def test_a_unit_qualifying_a_noun_is_no_partner() -> None:
    # found by the corpus check of the law reading: 会同国务院授权的公司审批部门 names no partner 国务院
    law = ("某某规定\n第一条　为了规范管理，制定本规定。\n第二条　本规定适用于全国。\n"
           "第三条　国务院证券委员会会同国务院授权的公司审批部门，可以对公司章程必备条款作出规定。\n"
           "第四条　财政部会同税务总局制定具体办法。\n")
    assert _subjects(law) == [[("国务院证券委员会", "lead", False)], [("财政部", "lead", False), ("税务总局", "support", False)]]
