"""Causes found by the first runs of prose rounds 9-10 (docs/made-eval-forms.md "Prose rounds 9–10"), on sentences of our
own: 联合 after a lead names its partners (as 会同), minutes that ask a unit printed right after 会议要求 / 会议责成 (as 请),
an education bureau's own 教研室, and a kind of school after the schools in a collective opened by 各. The guards must not
change."""

from __future__ import annotations

from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def test_units_after_lianhe_support_a_lead() -> None:
    assert _read("县交通运输局牵头，联合县自然资源局加快推进连接线建设。") == [
        [("县交通运输局", "lead", False), ("县自然资源局", "support", False)]]
    assert _read("会议同意由县住房城乡建设委牵头，联合县公安局、县城市管理局制定停车设施建设方案。") == [
        [("县住房城乡建设委", "lead", False), ("县公安局", "support", False), ("县城市管理局", "support", False)]]


def test_lianhe_before_a_verb_names_no_partner() -> None:  # guard (prose rounds 7-8: 要联合开展, 县公安局联合开展)
    assert _read("县公安局要牵头，联合开展专项整治。") == [[("县公安局", "lead", False)]]
    assert _read("县市场监管局要会同县公安局联合开展专项整治。") == [
        [("县市场监管局", "lead", False), ("县公安局", "support", False)]]


def test_minutes_ask_the_units_printed_right_after_them() -> None:
    assert _read("会议要求县交通局要主动对接市交通运输委，8月底前完成施工图审查。") == [[("县交通局", "responsible", False)]]
    assert _read("会议要求县人社局、县乡村振兴局共同抓好搬迁劳动力就业监测。") == [
        [("县人社局", "responsible", False), ("县乡村振兴局", "responsible", False)]]
    assert _read("会议责成县审计局开展专项审计。") == [[("县审计局", "responsible", False)]]


def test_minutes_asking_no_unit_or_after_a_comma_read_as_before() -> None:  # guards
    assert _read("会议要求加快推进项目建设。") == []
    assert _read("会议要求，县应急管理局要会同县林业局加强巡山护林。") == [
        [("县应急管理局", "lead", False), ("县林业局", "support", False)]]


def test_an_education_bureaus_own_teaching_research_office() -> None:
    assert _read("由高中教育股具体负责，教研室配合开展教学质量监测。") == [
        [("高中教育股", "responsible", False), ("教研室", "support", False)]]


def test_a_kind_of_school_after_the_schools_is_one_collective() -> None:
    assert _read("各中小学校、幼儿园要落实校园安全主体责任。") == [[("各中小学校、幼儿园", "responsible", True)]]
    assert _read("县实验幼儿园要落实安全责任。") == [[("县实验幼儿园", "responsible", False)]]  # guard: a named school


def test_by_a_unit_named_to_a_part_then_a_duty() -> None:
    assert _read("会议同意项目实施方案，明确由市水利局作为项目业主单位，负责项目建设管理。") == [
        [("市水利局", "responsible", False)]]
    assert _read("由市水利局作为牵头单位，负责项目建设管理。") == [[("市水利局", "lead", False)]]


def test_by_a_unit_named_to_a_part_alone_is_no_duty() -> None:  # guard (prose round 7's reading)
    assert _read("该项目由市水利局作为实施主体。") == []
