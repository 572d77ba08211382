"""Round twenty-eight (tests/made_gold/forms28, docs/made-eval-forms.md "Round 28"): causes of its first run's misses,
on text of our own (not the round's): the short label 主办： inside a clause; a collective placed by where its members
lie (沿线各…); the apposition X作为牵头单位，要… in prose."""

from __future__ import annotations

from pathlib import Path

from graph.extract.clauses import parse_clause
from graph.extract.prose import prose_tasks
from graph.extract.responsibility import extract_tasks
from graph.ingest.normalize import normalize


def test_the_short_label_zhuban_inside_a_clause_is_responsible() -> None:
    c = parse_clause("主办：县文化旅游局；协办：县财政局、县公安局")
    assert c is not None
    assert [(a.mention, a.role) for a in c.assignees] == [
        ("县文化旅游局", "responsible"), ("县财政局", "support"), ("县公安局", "support")]
    # a line `主办：…` (a site's footer) is no field line
    assert extract_tasks(normalize("1.举办乡村文化节。\n主办：某县人民政府办公室\n")) == ()


def test_a_collective_placed_by_where_its_members_lie_is_generic() -> None:
    def who(text: str) -> list[tuple[str, bool]]:
        return [(a.mention, a.generic) for t in extract_tasks(normalize(text)) for a in t.assignees]

    assert who("1.改造农村公路。（牵头单位：县交通运输局；配合单位：沿线各乡镇人民政府、县水利局）") == [
        ("县交通运输局", False), ("沿线各乡镇人民政府", True), ("县水利局", False)]
    # a named body whose name opens with the same characters stays named
    assert who("1.改造农村公路。（沿河土家族自治县人民政府负责）") == [("沿河土家族自治县人民政府", False)]


def test_a_unit_named_the_lead_by_apposition_leads() -> None:
    def roles(text: str) -> list[tuple[str, str]]:
        return [(a.mention, a.role) for t in prose_tasks(normalize(text)) for a in t.assignees]

    assert roles("县文化旅游局作为牵头单位，要制定实施方案。") == [("县文化旅游局", "lead")]
    assert roles("县财政局作为牵头部门，负责统筹资金。") == [("县财政局", "lead")]
    # another apposition leaves the cue's role
    assert roles("县文化旅游局作为行业主管部门，要加强监管。") == [("县文化旅游局", "responsible")]


def test_a_persons_name_after_a_unit_under_a_joined_label_is_no_name() -> None:
    for text, want in (("牵头单位及责任人：县发展改革局　张某某", [("县发展改革局", "lead")]),
                       ("责任单位及责任人：县财政局 李四、县税务局 王五",
                        [("县财政局", "responsible"), ("县税务局", "responsible")])):
        c = parse_clause(text)
        assert c is not None and [(a.mention, a.role) for a in c.assignees] == want, text
    # under a label of units alone the same words stay what they were (no unit read)
    assert parse_clause("责任单位：县财政局 李四") is None


def test_a_workbooks_notes_sheet_before_its_table_opens_no_outline(tmp_path: Path) -> None:
    # 填表说明 as the first sheet, its items numbered 1. 2.: the table's category rows (一、) are still the top of
    # the outline, and the table's merged title (not the notes' heading) is the workbook's title
    import openpyxl

    import graph

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    for line in ("填写说明", "1.本表每季度更新一次。", "2.进展情况写明已完成的工作。"):
        notes.append([line])
    ws = wb.create_sheet("任务表")
    ws.cell(1, 1, "某县2025年水利建设重点任务表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws.append(["序号", "重点任务", "牵头单位", "配合单位"])
    ws.append(["一、农田水利"])
    ws.append(["1", "实施灌区续建配套改造", "县水利局", "县财政局"])
    ws.append(["二、城乡供水"])
    ws.append(["2", "推进农村供水规模化建设", "县水务集团", "各乡镇人民政府"])
    wb.save(str(tmp_path / "shuili.xlsx"))
    ex = graph.extract_file(tmp_path / "shuili.xlsx")
    assert ex.meta.title == "某县2025年水利建设重点任务表"
    assert [(t.path, [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks] == [
        (("一",), [("县水利局", "lead"), ("县财政局", "support")]),
        (("二",), [("县水务集团", "lead"), ("各乡镇人民政府", "support")])]


def test_a_field_tasks_text_ends_with_its_sentence_not_the_break_before_the_label() -> None:
    text = normalize("一、重点任务\n1.推进老旧小区改造。完成改造项目20个。\n牵头单位：县住房城乡建设局\n配合单位：县财政局\n")
    tasks = extract_tasks(text)
    assert [(text[t.text_span.start : t.text_span.end], t.form) for t in tasks] == [
        ("推进老旧小区改造。完成改造项目20个。", "field")]
