"""Causes found by rounds 189-190's first run (whole documents, a second blind hand; docs/made-eval-forms.md
"Rounds 189–190"), each on inputs of our own:

- a bare list closed by the first-listed-is-lead declaration itself (``（X、Y，Z，排在第一位的为牵头单位，下同）``, and without
  下同) gave no task: the rule was read, the units it speaks of dropped;
- ``责任单位：市住房城乡建设局、华能德州电厂`` gave no task: a power plant's name was no unit's name;
- ``到2022年招募特聘农技员5000名`` gave no target: 招募 (to recruit) was no cue, as 招聘 is.
"""

from __future__ import annotations

from pathlib import Path

from plan_text import task_rows, write_plan

from graph import extract_file


def _doc(tmp_path: Path, lines: list[str]) -> Path:
    head = ["某市人民政府办公室关于印发某市重点工作方案的通知", "某政办发〔2020〕7号", "各县（市、区）人民政府，市政府各部门："]
    return write_plan(tmp_path, head, lines, ["某市人民政府办公室", "2020年5月8日"])


def test_a_bare_list_closed_by_the_rule_it_declares_is_a_task(tmp_path: Path) -> None:
    assert task_rows(_doc(tmp_path, [
        "一、重点任务",
        "1.调整学校布局。推进职教中心建设。（市教育局、市发展改革委，各县（市、区）人民政府，排在第一位的为牵头单位，下同）",
        "2.优化专业布局。建立专业动态调整机制。（市人社局、市教育局）",
        "3.推进校企合作。组建职教集团。（市教育局负责，市工信局配合）"])) == [
        ("一/1", [("市教育局", "lead", False), ("市发展改革委", "responsible", False),
                 ("各县（市、区）人民政府", "responsible", True)]),
        ("一/2", [("市人社局", "lead", False), ("市教育局", "responsible", False)]),
        ("一/3", [("市教育局", "responsible", False), ("市工信局", "support", False)])]


def test_the_rule_without_below_holds_for_its_own_clause_only(tmp_path: Path) -> None:
    assert task_rows(_doc(tmp_path, [
        "一、重点任务",
        "1.发展市场采购贸易。争取试点。（市商务局、市市场监管局、市税务局，排名第一的为牵头单位）",
        "2.建设海外仓。支持企业租用海外仓。（市商务局、市财政局）"])) == [
        ("一/1", [("市商务局", "lead", False), ("市市场监管局", "responsible", False), ("市税务局", "responsible", False)]),
        ("一/2", [("市商务局", "responsible", False), ("市财政局", "responsible", False)])]


def test_a_rule_standing_alone_names_nobody(tmp_path: Path) -> None:
    # guard: the declaration in a parenthetical of its own still gives no task, and holds below
    assert task_rows(_doc(tmp_path, [
        "一、重点任务（列第一的为牵头单位，下同）",
        "1.建设海外仓。支持企业租用海外仓。（市商务局、市财政局）"])) == [
        ("一/1", [("市商务局", "lead", False), ("市财政局", "responsible", False)])]


def test_a_power_plant_is_a_unit(tmp_path: Path) -> None:
    assert task_rows(_doc(tmp_path, [
        "一、重点任务",
        "1.扩大集中供热覆盖。加快热源和管网建设。",
        "责任单位：市住房城乡建设局、华能某市电厂",
        "2.建设热电联产项目。（某市热电厂负责）"])) == [
        ("一/1", [("市住房城乡建设局", "responsible", False), ("华能某市电厂", "responsible", False)]),
        ("一/2", [("某市热电厂", "responsible", False)])]


def test_persons_to_recruit_are_a_target(tmp_path: Path) -> None:
    targets = extract_file(_doc(tmp_path, [
        "一、重点任务",
        "1.完善基层农技推广体系。推行农技推广特聘计划，到2022年招募特聘农技员5000名。（市农业农村局负责）"])).targets
    assert [(t.value, t.unit, t.deadline) for t in targets] == [(5000, "名", 2022)]
