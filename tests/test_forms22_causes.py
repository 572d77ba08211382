"""Round twenty-two (tests/made_gold/forms22, docs/made-eval-forms.md "Round 22"): the cause of its first run's
misses, on sentences of our own (not the round's): a sentence that opens with units as its label, then ``：`` and a
duty (a list of members' duties, ``1.县财政局：负责…``), assigns the duty to those units. And what probing after the
round found: a Word task table nested in a layout table's cell; a PDF task table drawn with rules, its cells wrapped
over printed lines and merged."""

from __future__ import annotations

from pathlib import Path

from graph.extract.prose import prose_tasks
from graph.ingest.normalize import normalize


def prose(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in task.assignees] for task in prose_tasks(normalize(text))]


def test_units_as_a_sentences_label_before_a_duty_are_its_subjects() -> None:
    text = ("三、成员单位职责\n"
            "1.县应急管理局：负责全县防汛抗旱的组织协调和应急处置工作。\n"
            "2.县水利局：负责水利工程调度和水旱灾害防御的技术支撑工作。\n"
            "3.县气象局、县农业农村局：按照职责分工，分别负责气象和农业灾情监测预报。\n"
            "4.县自然资源局：会同县住房城乡建设局做好地质灾害隐患排查。\n"
            "5.县消防救援大队：要做好抢险救援力量准备。\n")
    assert prose(text) == [
        [("县应急管理局", "responsible")],
        [("县水利局", "responsible")],
        [("县气象局", "responsible"), ("县农业农村局", "responsible")],  # (after a phrase and a comma)
        [("县自然资源局", "lead"), ("县住房城乡建设局", "support")],
        [("县消防救援大队", "responsible")]]


def test_a_label_that_is_no_unit_or_a_colon_before_no_duty_gives_none() -> None:
    # the addressees, a person's post, a field label and a unit before a report or a list give no prose task
    for text in ("各乡镇人民政府，县直各单位：现将《工作方案》印发给你们。\n",
                 "主　任：张某某　县人民政府县长\n",
                 "县财政局：2023年共安排资金500万元。\n",
                 "县教育局：一是完善学校安全制度；二是开展隐患排查。\n"):
        assert prose(text) == [], text


def test_a_word_task_table_nested_in_a_layout_tables_cell_is_read(tmp_path: Path) -> None:
    import docx

    import graph

    d = docx.Document()
    for line in ("某县人民政府办公室关于印发2024年民生实事任务分工的通知", "某政办〔2024〕3号", "各乡镇人民政府：",
                 "现将任务分工印发给你们，请认真落实。", "某县人民政府办公室", "2024年2月20日", "附件"):
        d.add_paragraph(line)
    outer = d.add_table(rows=1, cols=1)  # a layout table: one cell holding a caption and the task table
    cell = outer.cell(0, 0)
    cell.text = "2024年民生实事任务分工表"
    inner = cell.add_table(rows=3, cols=4)
    for r, row in enumerate([("序号", "实事项目", "牵头单位", "配合单位"),
                             ("1", "改造农村公路危桥10座", "县交通运输局", "县财政局"),
                             ("2", "新增公办幼儿园学位300个", "县教育局", "县住房城乡建设局、各乡镇人民政府")]):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value
    d.save(str(tmp_path / "nested.docx"))
    ex = graph.extract_file(tmp_path / "nested.docx")
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("县交通运输局", "lead"), ("县财政局", "support")],
        [("县教育局", "lead"), ("县住房城乡建设局", "support"), ("各乡镇人民政府", "support")]]


def test_a_pdf_task_table_drawn_with_rules_is_read(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    import graph

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10.5, leading=14, wordWrap="CJK")

    def cell(text: str) -> Paragraph:
        return Paragraph(text, style)

    # cells wrapped over printed lines (市住房城乡建⏎设局), a category row merged across the table, a lead and a
    # deadline merged down over two rows, and rows enough for a second page under the repeated header
    rows: list[list[object]] = [[cell(h) for h in ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")],
                                [cell("一、城市更新"), "", "", "", ""],
                                [cell("1"), cell("推进城镇老旧小区改造，完善小区水电气路等配套设施，开展小区环境整治"),
                                 cell("市住房城乡建设局"), cell("市财政局、市发展改革委"), cell("2024年12月底")],
                                [cell("2"), cell("实施城中村改造"), "", cell("市自然资源和规划局"), ""],
                                [cell("二、公共服务"), "", "", "", ""]]
    rows += [[cell(str(k)), cell(f"建设第{k}批社区养老服务设施"), cell("市民政局"), cell("市卫生健康委、各县（市、区）人民政府"),
              cell("2024年10月底")] for k in range(3, 41)]
    table = Table(rows, colWidths=[30, 190, 62, 110, 60], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 1), (4, 1)),
                               ("SPAN", (0, 4), (4, 4)), ("SPAN", (2, 2), (2, 3)), ("SPAN", (4, 2), (4, 3))]))
    story = [cell("某市人民政府办公室关于印发2024年民生实事任务分工的通知"), cell("附件"), table]
    SimpleDocTemplate(str(tmp_path / "fengong.pdf"), pagesize=A4).build(story)
    ex = graph.extract_file(tmp_path / "fengong.pdf")
    got = [(t.path, [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks]
    assert len(got) == 40
    assert got[:3] == [
        (("一",), [("市住房城乡建设局", "lead"), ("市财政局", "support"), ("市发展改革委", "support")]),
        (("一",), [("市住房城乡建设局", "lead"), ("市自然资源和规划局", "support")]),
        (("二",), [("市民政局", "lead"), ("市卫生健康委", "support"), ("各县（市、区）人民政府", "support")])]
    assert got[-1] == got[2]  # (the row after the header printed again on the next page)
    assert [t.deadline for t in ex.tasks[:2]] == ["2024年12月底", "2024年12月底"]
