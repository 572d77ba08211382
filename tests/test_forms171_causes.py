"""Causes found by rounds 171-173's first run (a blind hand; docs/made-eval-forms.md "Rounds 171–173"), each on inputs
of our own:

- a Corps division by its number (``兵团第五师``) was no unit, so the clause's list piece holding it (with the
  collective before it) was dropped;
- a port's maritime safety administration named after the county-level district it lies in (``曹妃甸海事局``) was no
  subject in running text (only a city's name opened such a body);
- a mining group's own ``安全监察局`` printed bare or after ``集团公司`` was no subject in running text;
- a group company naming itself by its kind (``集团公司将…纳入考核``) was no subject.
"""

from __future__ import annotations

from graph.extract import extract
from graph.extract.cues import looks_like_unit
from graph.extract.prose_units import is_subject_unit
from graph.ingest import document_from_bytes
from graph.resolve import default_resolver


def _tasks(text: str, name: str = "t.txt") -> list[tuple[str, str, list[tuple[str, str, bool]]]]:
    ex = extract(document_from_bytes(text.encode("utf-8"), name))
    return [(t.form, "/".join(t.path), [(a.mention, a.role, a.generic) for a in t.assignees]) for t in ex.tasks]


def test_a_corps_division_by_its_number_is_a_unit_in_a_clause() -> None:
    text = "二、任务\n（二）推进农业高效节水。推广滴灌技术。（责任单位：州农业局、州水利局，各县（市）人民政府、兵团第五师）\n"
    assert _tasks(text) == [("clause", "二/二", [("州农业局", "responsible", False), ("州水利局", "responsible", False),
                                                ("各县（市）人民政府", "responsible", True), ("兵团第五师", "responsible", False)])]
    assert looks_like_unit("新疆生产建设兵团第五师") and looks_like_unit("第八师")
    assert is_subject_unit("兵团第五师") == (True, False)


def test_a_person_ending_with_the_division_s_character_stays_no_unit() -> None:
    # guards: 师 ends persons' names of a trade (教师, 律师, 工程师), not bodies
    assert not looks_like_unit("乡村教师") and not looks_like_unit("执业律师") and not looks_like_unit("第五工程师")
    assert is_subject_unit("乡村教师")[0] is False


def test_a_maritime_administration_named_after_a_district_is_a_subject() -> None:
    text = "二、任务\n4.强化安全。由区应急管理局牵头，会同区交通运输局、曹妃甸海事局开展港区危险货物专项整治。\n"
    assert _tasks(text) == [("prose", "二/4", [("区应急管理局", "lead", False), ("区交通运输局", "support", False),
                                              ("曹妃甸海事局", "support", False)])]
    assert is_subject_unit("张家港海事局") == (True, False)
    assert is_subject_unit("曹妃甸出入境边防检查站") == (True, False)


def test_a_common_word_before_a_maritime_administration_is_no_district() -> None:
    # guard: the words before the kind must name a county-level division (or a city, as before)
    assert is_subject_unit("有关海事局")[0] is False or is_subject_unit("有关海事局")[1] is True
    assert is_subject_unit("沿海海事局") != (True, False)


def test_a_group_s_own_safety_inspection_bureau_is_a_subject() -> None:
    assert _tasks("三、要求\n（二）集团公司安全监察局负责每月通报重点工作进展情况。\n") == [
        ("prose", "三/二", [("集团公司安全监察局", "responsible", False)])]
    assert _tasks("三、要求\n（二）安全监察局要每月通报进展情况。\n") == [("prose", "三/二", [("安全监察局", "responsible", False)])]
    # guard: a bare 局 of two characters is still none (格局, 大局)
    assert is_subject_unit("监察局")[0] is False


def test_a_group_company_naming_itself_is_a_subject_resolved_to_its_issuer() -> None:
    assert _tasks("四、要求\n集团公司将节能降碳目标完成情况纳入子企业负责人经营业绩考核。\n") == [
        ("prose", "四", [("集团公司", "responsible", False)])]
    assert is_subject_unit("我公司") == (True, False) and is_subject_unit("我校") == (True, False)
    # guard: the collective of a regulator's enterprises stays generic
    assert _tasks("四、要求\n各集团公司要加强对所属企业的安全管理。\n") == [("prose", "四", [("各集团公司", "responsible", True)])]


def test_a_group_company_s_self_name_is_its_issuer_in_the_graph() -> None:
    text = ("鞍钢集团有限公司关于印发节能降碳方案的通知\n鞍钢发〔2026〕3号\n集团公司各部门：\n现将方案印发给你们。\n"
            "鞍钢集团有限公司\n2026年1月16日\n四、工作要求\n集团公司将节能降碳目标完成情况纳入考核。\n")
    ex = extract(document_from_bytes(text.encode("utf-8"), "t.txt"))
    resolve = default_resolver()
    assert [resolve(a.mention, ex)[1] for t in ex.tasks for a in t.assignees] == ["鞍钢集团有限公司"]
