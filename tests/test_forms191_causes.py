"""Causes found by rounds 191-192 (whole documents, a third blind hand; docs/made-eval-forms.md "Rounds 191–192"),
each fixed as a general rule."""

from __future__ import annotations

from pathlib import Path

from plan_text import task_rows, write_plan

from graph.extract.prose_units import is_subject_unit


def _doc(tmp_path: Path, lines: list[str]) -> Path:
    head = ["某市人民政府办公厅关于印发某市促进夜间经济发展实施方案的通知", "某政办发〔2020〕31号", "各区人民政府，市政府各委办局："]
    return write_plan(tmp_path, head, lines, ["某市人民政府办公厅", "2020年7月3日"])




def test_a_citys_broadcaster_is_a_subject_unit(tmp_path: Path) -> None:
    # `[prose.units] place_name_suffixes` takes 电视台 and 广播电台: a city's broadcaster, as its newspaper (…日报社)
    assert task_rows(_doc(tmp_path, [
        "一、保障措施",
        "（一）加强宣传推广。请大连日报社、大连广播电视台开设专栏，集中宣传推介夜间消费品牌。",
        "（二）营造氛围。市电视台要开设夜间经济栏目。",
        "（三）发布信息。县广播电台要及时播报活动信息。"])) == [
        ("一/一", [("大连日报社", "responsible", False), ("大连广播电视台", "responsible", False)]),
        ("一/二", [("市电视台", "responsible", False)]),
        ("一/三", [("县广播电台", "responsible", False)])]


def test_a_platform_stays_no_unit() -> None:
    # guard: a bare 台 is no body's ending (政务服务平台 is a platform)
    assert is_subject_unit("市政务服务平台") == (False, True)
    assert is_subject_unit("市广播电视台") == (True, False)


def test_the_clause_declaring_the_first_listed_rule_names_its_bare_list(tmp_path: Path) -> None:
    # `（X、Y、Z，排在第一位的为牵头单位，下同）`: the clause that declares the rule is a task of its own list, as
    # `（X、Y、Z负责，列第一位者为牵头单位，下同）` (round 184) was; later bare lists keep the rule
    assert task_rows(_doc(tmp_path, [
        "一、重点任务",
        "1.发展普惠托育服务。实施专项行动。（市卫生健康委、市发展改革委、市财政局，排在第一位的为牵头单位，下同）",
        "2.推动公办机构建设。支持改扩建。（各区县政府、市卫生健康委）",
        "3.开展宣传。推广典型经验。（市委宣传部牵头，市卫生健康委配合）"])) == [
        ("一/1", [("市卫生健康委", "lead", False), ("市发展改革委", "responsible", False), ("市财政局", "responsible", False)]),
        ("一/2", [("各区县政府", "lead", True), ("市卫生健康委", "responsible", False)]),
        ("一/3", [("市委宣传部", "lead", False), ("市卫生健康委", "support", False)])]


def test_a_rule_note_without_units_gives_no_task(tmp_path: Path) -> None:
    # guard: words before the note that name no unit (各项任务中, 表中) are no list of the clause
    assert task_rows(_doc(tmp_path, [
        "一、重点任务",
        "（各项任务中列第一位的为牵头单位，下同）",
        "1.发展普惠托育服务。实施专项行动。（市卫生健康委、市财政局）"])) == [
        ("一/1", [("市卫生健康委", "lead", False), ("市财政局", "responsible", False)])]
