"""Round twenty-one (tests/made_gold/forms21, docs/made-eval-forms.md "Round twenty-one"): the causes of its
first run's misses, each on sentences of our own (not the round's): a note line stating the first-listed-is-lead
rule with 下同 above a task table (an XLSX note row too); the label 监管单位 (guide); a text wrapped by hand with
lines broken right after a bracket inside a sentence or a name; 请X、Y… with a military sub-district and an armed
police unit, and a subject's name that ends before 按照. (The round itself is held in test_made_gold_forms.py.)"""

from __future__ import annotations

from pathlib import Path

from graph.extract.prose import prose_tasks
from graph.extract.prose_units import is_subject_unit
from graph.extract.responsibility import extract_tasks
from graph.ingest.normalize import normalize
from graph.ingest.unwrap import unwrap


def who(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in task.assignees] for task in extract_tasks(normalize(text))]


def prose(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in task.assignees] for task in prose_tasks(normalize(text))]


TABLE = ("序号\t工作任务\t责任单位\t完成时限\n"
         "1\t完善城市排水防涝设施\t区住房城乡建设局、区水务局\t2024年底\n"
         "2\t开展易涝点改造\t区水务局\t2024年9月\n"
         "3\t建设海绵城市示范片区\t区水务局牵头，区财政局配合\t2025年6月\n")


def test_a_note_line_stating_first_listed_is_lead_for_all_below_governs_the_table() -> None:
    note = "区2024年排水防涝工作任务分工表\n说明：各项任务责任单位中列第一位的为牵头单位，下同。\n"
    assert who(note + TABLE) == [
        [("区住房城乡建设局", "lead"), ("区水务局", "responsible")],
        [("区水务局", "lead")],  # a single unit under the rule leads (GUIDE)
        [("区水务局", "lead"), ("区财政局", "support")]]  # a cell's own role words are kept
    # ... and the clauses after it
    assert who("说明：排在第一位的为牵头单位，下同。\n一、加强监测。完善预警系统。（区水务局、区气象局）\n") == [
        [("区水务局", "lead"), ("区气象局", "responsible")]]
    # without the note the column's role stands
    assert who(TABLE)[0] == [("区住房城乡建设局", "responsible"), ("区水务局", "responsible")]


def test_a_note_row_of_a_workbook_states_the_rule(tmp_path: Path) -> None:
    import openpyxl

    import graph

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.cell(1, 1, "某县2024年教育重点工作分工表")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws.cell(2, 1, "备注：责任单位排在第一位的为牵头单位，下同。")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
    for c, h in enumerate(("序号", "重点任务", "责任单位", "完成时限"), start=1):
        ws.cell(3, c, h)
    ws.append(["1", "新建改扩建公办幼儿园", "县教育局、县住房城乡建设局", "2024年8月"])
    ws.append(["2", "推进义务教育集团化办学", None, "2024年12月"])
    ws.merge_cells(start_row=4, start_column=3, end_row=5, end_column=3)
    ws2 = wb.create_sheet("联络员")
    ws2.append(["单位", "联络员", "联系电话"])
    ws2.append(["县教育局", "张某", "0000-1234567"])
    wb.save(str(tmp_path / "fengong.xlsx"))
    ex = graph.extract_file(tmp_path / "fengong.xlsx")
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("县教育局", "lead"), ("县住房城乡建设局", "responsible")]] * 2  # (the contacts sheet gives none)


def test_an_overseeing_unit_label_is_guide() -> None:
    # 监管单位 (监督管理): the unit that oversees work another body carries out, as 监督单位 and 督办单位
    assert who("1.建设污水处理厂提标改造工程。\n实施主体：县水务投资公司\n监管单位：县住房城乡建设局\n") == [
        [("县水务投资公司", "responsible"), ("县住房城乡建设局", "guide")]]
    assert who("（二）建设全民健身中心。（实施单位：县城投公司；监管部门：县教育体育局）") == [
        [("县城投公司", "responsible"), ("县教育体育局", "guide")]]


# A plan wrapped by hand (our own words) with lines broken right after a bracket inside a sentence or a name:
# 中国（福建）⏎自由贸易试验区, 市委军民融合办（设在市发展改革委）⏎要…, 地区生产总值（GDP）⏎达到…, and a unit's
# alias inside a clause (市农业农村局（市乡村振兴局）⏎牵头…).
WRAPPED = """某某市人民政府办公室关于印发某某市开放型经济
发展行动方案（2024—2026年）的通知
各县（市、区）人民政府，市直各单位：
现将《某某市开放型经济发展行动方案（2024—2026年）》印发给
你们，请认真贯彻执行。
某某市人民政府办公室
2024年3月1日
某某市开放型经济发展行动方案（2024—2026年）
为推动开放型经济高质量发展，制定本方案。
一、发展目标
到2026年，全市地区生产总值（GDP）
达到3000亿元，外贸进出口总额达到500亿元，
实际利用外资累计
达到20亿美元。
二、重点任务
（一）对接自贸试验区。主动对接中国（福建）
自由贸易试验区，复制推广制度创新成果，
支持企业开展跨境贸易。（市商务局
牵头，市发展改革委配合）
（二）发展特色农产品出口。建设出口农产品基地。（市农业农村局（市乡村振兴局）
牵头，海关配合）
三、保障措施
市委军民融合办（设在市发展改革委）
要加强统筹，定期调度进展。市财政局要保障工作经费，
市统计局要配合做好数据监测。
"""


def test_a_line_broken_after_a_bracket_inside_its_sentence_goes_on(tmp_path: Path) -> None:
    import graph

    lines = unwrap(WRAPPED).splitlines()
    assert "到2026年，全市地区生产总值（GDP）达到3000亿元，外贸进出口总额达到500亿元，实际利用外资累计达到20亿美元。" in lines
    assert any(ln.startswith("（一）对接自贸试验区。主动对接中国（福建）自由贸易试验区，") for ln in lines)
    assert "市委军民融合办（设在市发展改革委）要加强统筹，定期调度进展。市财政局要保障工作经费，市统计局要配合做好数据监测。" in lines
    # a title ending with a bracket, and the line after it that opens a sentence, stay apart
    assert "某某市开放型经济发展行动方案（2024—2026年）" in lines and "为推动开放型经济高质量发展，制定本方案。" in lines
    (tmp_path / "wrapped.txt").write_text(WRAPPED, encoding="utf-8")
    ex = graph.extract_file(tmp_path / "wrapped.txt")
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("市商务局", "lead"), ("市发展改革委", "support")],
        [("市农业农村局（市乡村振兴局）", "lead"), ("海关", "support")],
        [("市委军民融合办", "responsible")],  # (where the office sits is no part of its name)
        [("市财政局", "responsible"), ("市统计局", "support")]]
    # the indicator before the broken line keeps its number (3000亿元) and the year that opens the paragraph
    assert [(t.indicator, t.value, t.deadline) for t in ex.targets][:2] == [
        ("地区生产总值（GDP）", 3000, 2026), ("外贸进出口总额", 500, 2026)]


def test_a_line_ending_with_a_clause_or_after_a_sentence_still_ends_its_paragraph() -> None:
    text = "\n".join(["二、重点任务", "（一）编制规划。按照总体思路，统筹编制建设规划，", "完善项目库。（市发展改革委负责）",
                      "推进项目建设，加快前期工作，", "力争早日开工。（市住房城乡建设局负责）",
                      "（二）完善交通。推进农村公路提档升级，", "建设一批旅游公路。", "（此项长期坚持）", "各县（市、区）要抓好落实，",
                      "确保见效。"])
    out = unwrap(text).splitlines()
    assert "（一）编制规划。按照总体思路，统筹编制建设规划，完善项目库。（市发展改革委负责）" in out
    assert "推进项目建设，加快前期工作，力争早日开工。（市住房城乡建设局负责）" in out


def test_military_and_armed_police_units_are_subjects_and_a_name_ends_before_a_preposition() -> None:
    assert is_subject_unit("三明军分区") == (True, False)
    assert is_subject_unit("武警三明支队") == (True, False)
    assert is_subject_unit("武警福建省总队") == (True, False)
    assert prose("三、请三明军分区、武警三明支队按照军地协同要求做好森林火灾扑救力量准备。\n") == [
        [("三明军分区", "responsible"), ("武警三明支队", "responsible")]]
    # 按照 opens a phrase after the subject: the name ends before it (not 市林业局按照联防联)
    assert prose("四、请市林业局按照联防联控机制做好巡护工作。\n") == [[("市林业局", "responsible")]]
    assert is_subject_unit("市林业局按照联防联")[0] is False



def test_a_liaison_unit_stays_unknown_and_is_reported() -> None:
    from graph.extract.unread import unknown_headers, unknown_labels, warnings

    # 联系单位 (a liaising body): its role is not plain from the head word, so no assignee is guessed, and
    # policykg show names it: as a field label, and as a units table's column beside columns that are read
    text = "1.建设县体育中心。\n实施主体：县城投公司\n联系单位：县发展改革局\n"
    assert who(text) == [[("县城投公司", "responsible")]]
    assert unknown_labels(text) == ["联系单位"]
    table = ("序号\t项目名称\t实施主体\t监管单位\t联系单位\t完成时限\n"
             "1\t县污水处理厂扩建\t县水务投资公司\t县住房城乡建设局\t县发展改革局\t2024年底\n")
    assert who(table) == [[("县水务投资公司", "responsible"), ("县住房城乡建设局", "guide")]]
    assert unknown_headers(table) == ["联系单位"]
    assert "unknown units column 联系单位 (not read; add it to rules.toml [fields] or [field_labels])" in warnings(
        table, extract_tasks(table))
    # a table of people to contact is no units table; addressees with 各 are no field labels
    assert unknown_headers("单位\t联络员\t联系电话\n县教育局\t张某\t0000-1234567\n") == []
    assert unknown_labels("市政府直属各单位：\n市政府各工作部门：\n") == []
