"""Causes found by rounds 194-195 (whole documents, a fourth blind hand; docs/made-eval-forms.md "Rounds 194–195"),
each fixed as a general rule."""

from __future__ import annotations

from pathlib import Path

from plan_text import task_rows, write_plan

from graph import extract_file

_HEAD = ["某区人民政府办公室关于印发某区老旧小区改造工作实施方案的通知", "某政办发〔2021〕9号", "各街道办事处，区政府各委、局："]
_TAIL = ["某区人民政府办公室", "2021年4月8日"]


def _table(tmp_path: Path, time: str, *, tabs: bool = False) -> Path:
    rows = [("序号", "任务名称", "责任单位", "配合单位", "完成时间"),
            ("1", "完成改造项目立项和资金申报", "区发展改革委", "区住房建设委", "2021年5月底"),
            ("2", "加强改造工程质量安全监管", "区住房建设委", "区市场监管局", time),
            ("3", "建立改造后小区长效管理机制", "各街道办事处", "区住房建设委", "2021年12月底")]
    cells = ["\t".join(r) for r in rows] if tabs else [c for r in rows for c in r]
    return write_plan(tmp_path, _HEAD, ["一、重点任务分解", *cells, "二、保障措施", "（一）加强领导。区财政局要落实资金。"], _TAIL)


_ROWS = [
    ("一", [("区发展改革委", "responsible", False), ("区住房建设委", "support", False)]),
    ("一", [("区住房建设委", "responsible", False), ("区市场监管局", "support", False)]),
    ("一", [("各街道办事处", "responsible", True), ("区住房建设委", "support", False)]),
    ("二/一", [("区财政局", "responsible", False)])]


def test_a_time_cell_of_the_whole_year_is_a_deadline_cell(tmp_path: Path) -> None:
    # `[tables.cells] deadline` takes a bare 全年 / 本年度 / 常年: a table printed one cell per line keeps the row whose
    # time cell says the plan's whole year (it had been read as the next row's task cell and the row lost)
    for time in ("全年", "本年度", "常年"):
        assert task_rows(_table(tmp_path, time)) == _ROWS, time


def test_a_whole_year_time_cell_in_a_tab_separated_row(tmp_path: Path) -> None:
    assert task_rows(_table(tmp_path, "全年", tabs=True)) == _ROWS


def test_a_task_cell_opening_with_the_whole_year_stays_a_task(tmp_path: Path) -> None:
    # guard: only a cell that is nothing but the span is a deadline; 全年完成… is a task cell
    rows = [("序号", "任务名称", "责任单位", "完成时间"),
            ("1", "全年完成老旧小区改造12个", "区住房建设委", "2021年12月底"),
            ("2", "全年开展安全检查", "区市场监管局", "全年")]
    p = write_plan(tmp_path, _HEAD, ["一、重点任务分解", *[c for r in rows for c in r]], _TAIL)
    tasks = extract_file(p).tasks
    assert [(t.form, t.deadline, [a.mention for a in t.assignees]) for t in tasks] == [
        ("table", "2021年12月底", ["区住房建设委"]), ("table", "全年", ["区市场监管局"])]


def _targets(tmp_path: Path, sentence: str) -> list[tuple[str, float, str]]:
    p = write_plan(tmp_path, ["某省交通运输厅关于印发工作要点分工方案的通知", "各单位："],
                   ["一、提升运输服务", f"（七）推进城乡客运一体化，{sentence}。（省运输管理局牵头）"], ["某省交通运输厅", "2012年2月24日"])
    return [(t.indicator, t.value, t.unit) for t in extract_file(p).targets]


def test_routes_opened_anew_are_a_target(tmp_path: Path) -> None:
    # `[targets] clause_opening_cues` takes 新开通, as 开通: the verb opening the clause commits to the routes
    assert _targets(tmp_path, "新开通农村客运班线30条") == [("新开通农村客运班线", 30.0, "条")]
    assert _targets(tmp_path, "全省新开通农村客运班线30条") == [("新开通农村客运班线", 30.0, "条")]


def test_routes_opened_in_a_report_stay_no_target(tmp_path: Path) -> None:
    # guard: 新开通 inside a clause that tells what is the case opens no clause
    assert _targets(tmp_path, "全市已有31个网站新开通了英文版") == []
    assert _targets(tmp_path, "其中新开通的31条线路运行良好") == []


def test_a_standing_rule_under_the_tasks_reaches_no_prose_of_the_safeguards(tmp_path: Path) -> None:
    # docs/readings.md: `以下各项任务均需各区人民政府落实，不再列出。` opening `二、重点任务` gives every task of the section
    # the implicit collective; the prose duties of `三、保障措施` after it keep their own subjects only (decided before
    # round 195's first run; the package read it so)
    p = write_plan(tmp_path, ["某市人民政府办公厅关于印发某市促进银发经济发展行动方案的通知", "各区人民政府，市直各单位："], [
        "二、重点任务",
        "以下各项任务均需各区人民政府落实，不再列出。",
        "1.扩大老年助餐服务。推进社区长者食堂建设。（责任单位：市民政局、市商务局）",
        "2.发展老年旅游。开发适老旅游线路。（责任单位：市文旅局）",
        "三、保障措施",
        "（一）加强统筹协调。市民政局要会同市发改委建立工作协调机制。"], ["某市人民政府办公厅", "2024年8月12日"])
    assert [(path, [(m, r) for m, r, _ in who], [a.implicit for a in t.assignees])
            for (path, who), t in zip(task_rows(p), extract_file(p).tasks, strict=True)] == [
        ("二/1", [("市民政局", "responsible"), ("市商务局", "responsible"), ("各区人民政府", "responsible")],
         [False, False, True]),
        ("二/2", [("市文旅局", "responsible"), ("各区人民政府", "responsible")], [False, True]),
        ("三/一", [("市民政局", "lead"), ("市发改委", "support")], [False, False])]
