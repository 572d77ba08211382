"""Causes found by rounds 155-160's first run (docs/made-eval-forms.md "Rounds 155–160"), each on inputs of our own:

- a ministry's short labels in a clause, ``（牵头：X；参加：Y、Z）``: 参加 was no label, its units were lost;
- ``技术支撑：X`` (and ``技术支撑单位：``, ``技术指导单位：``): the unit giving technical support was lost;
- ``以上两项由X负责，Y落实。``: the units of a clause that ends with 落实 after a subject's duty were no subjects;
- ``各党总支、党支部``: split into a collective and a bare kind (a named ``党支部``), and no prose subject;
- ``各牵头处室要…``: 牵头 inside the collective's name was read as the cue, the subject lost;
- ``（…，各二级学院党委落实主体责任）``: the role words 落实主体责任 stayed in the mention.
"""

from __future__ import annotations

from graph.extract import extract
from graph.ingest import document_from_bytes


def _tasks(text: str, prose: bool = False) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    ex = extract(document_from_bytes(text.encode("utf-8"), "t.txt"))
    return [("/".join(t.path), [(a.mention, a.role, a.generic) for a in t.assignees]) for t in ex.tasks
            if (t.form == "prose") == prose]


def test_a_short_label_of_partners_in_a_clause() -> None:
    text = "一、措施\n1.推进工程建设。加快骨干工程建设。（牵头：规划计划司；参加：水利工程建设司、财务司）\n"
    assert _tasks(text) == [("一/1", [("规划计划司", "lead", False), ("水利工程建设司", "support", False),
                                      ("财务司", "support", False)])]


def test_technical_support_and_guidance_labels() -> None:
    text = ("一、措施\n（一）加强平台建设\n推动网格数据实时更新。（责任科室：平安建设办公室；技术支撑：街道综治中心）\n"
            "（二）推广良种\n建设良种繁育基地。\n责任单位：市农业农村局\n技术支撑单位：市农业科学研究院\n"
            "（三）防治病虫害\n开展统防统治。（牵头单位：市植保站；技术指导单位：省植保植检站）\n")
    assert _tasks(text) == [
        ("一/一", [("平安建设办公室", "responsible", False), ("街道综治中心", "support", False)]),
        ("一/二", [("市农业农村局", "responsible", False), ("市农业科学研究院", "support", False)]),
        ("一/三", [("市植保站", "lead", False), ("省植保植检站", "guide", False)])]


def test_units_that_carry_out_after_a_subject_s_duty() -> None:
    text = "三、措施\n（一）稳定生猪产能。\n（二）强化疫病防控。\n以上两项由州畜牧水产事务中心负责，各县市人民政府落实。\n"
    assert _tasks(text, prose=True) == [
        ("三/二", [("州畜牧水产事务中心", "responsible", False), ("各县市人民政府", "responsible", True)])]


def test_units_that_carry_out_need_a_duty_before_them() -> None:
    # guard: who pays is no duty (readings), so the clause after it names no subject either
    text = "三、措施\n所需经费由县财政局承担，各乡镇人民政府落实。\n"
    assert _tasks(text, prose=True) == []


def test_a_collective_of_party_organisations() -> None:
    text = ("二、加强组织建设\n3.推进“党建+业务”融合。\n牵头部门：党委组织部\n协同部门：人力资源部，各党总支、党支部\n"
            "五、工作要求\n各党总支、党支部要对照工作要点制定本支部年度工作计划。各党总支要按月报送进展。\n")
    assert _tasks(text) == [("二/3", [("党委组织部", "lead", False), ("人力资源部", "support", False),
                                      ("各党总支、党支部", "support", True)])]
    assert _tasks(text, prose=True) == [("五", [("各党总支、党支部", "responsible", True)]),
                                        ("五", [("各党总支", "responsible", True)])]


def test_a_collective_named_by_a_field_label() -> None:
    text = "四、工作要求\n各牵头处室要细化工作措施，明确时间节点。厅办公室负责跟踪督办。\n"
    assert _tasks(text, prose=True) == [("四", [("各牵头处室", "responsible", True)]),
                                        ("四", [("厅办公室", "responsible", False)])]


def test_a_lead_in_running_text_stays_a_lead() -> None:
    # guard: 牵头 after a unit, not before a label's noun, is still the cue
    text = "四、工作要求\n市发展改革委牵头，会同市财政局制定配套政策。\n"
    assert _tasks(text, prose=True) == [("四", [("市发展改革委", "lead", False), ("市财政局", "support", False)])]


def test_role_words_with_the_charge_they_carry() -> None:
    text = "一、措施\n6.加强讲座审批管理。（科技处、党委宣传部按职责分工负责，各二级学院党委（党总支）落实主体责任）\n"
    assert _tasks(text) == [("一/6", [("科技处", "responsible", False), ("党委宣传部", "responsible", False),
                                      ("各二级学院党委（党总支）", "responsible", True)])]
