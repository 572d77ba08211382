"""Rounds 31–32 (tests/made_gold/forms31, forms32, docs/made-eval-forms.md "Rounds 31–32"): leftovers of earlier rounds
and the causes of the rounds' first-run misses, on text and documents of our own (not the rounds'): a unit named to a
role by 以…为 and a field label in running text and in a clause (以X为牵头单位，Y为配合单位 / 以X为牵头单位、Y为责任单位);
Word's automatic numbering inside table cells."""

from __future__ import annotations

from pathlib import Path

from graph.extract.clauses import parse_clause
from graph.extract.prose import prose_tasks
from graph.ingest.normalize import normalize

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _prose(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(normalize(text))]


def test_units_named_to_a_role_by_yi_wei_and_a_label_in_running_text() -> None:
    assert _prose("2.建设冷链物流中心。以县商务局为牵头单位，县农业农村局、县交通运输局为配合单位，年底前建成投用。") == [
        [("县商务局", "lead"), ("县农业农村局", "support"), ("县交通运输局", "support")]]
    # two lists apart by 、, each with its own label
    assert _prose("（三）整治违规占道。以区城市管理局为牵头单位、各街道办事处为责任单位，开展集中整治。") == [
        [("区城市管理局", "lead"), ("各街道办事处", "responsible")]]
    # a cue of its own after the second list
    assert _prose("以县教育局为牵头单位，县卫生健康局配合，做好学生体检工作。") == [
        [("县教育局", "lead"), ("县卫生健康局", "support")]]
    # without 以 a sentence saying who leads a body assigns nothing
    assert _prose("联席会议由县教育局、县财政局等部门组成，县教育局为牵头单位。") == []
    # 以…为 naming no unit's role assigns nothing
    assert _prose("坚持以市场为导向、以企业为主体，推动产学研合作。") == []
    assert _prose("以县财政局为主，统筹安排资金。") == []


def test_units_named_to_a_role_by_yi_wei_and_a_label_in_a_clause() -> None:
    for text, want in (("以县商务局为牵头单位，县财政局为配合单位", [("县商务局", "lead"), ("县财政局", "support")]),
                       ("以区城市管理局为牵头单位、区公安分局为责任单位",
                        [("区城市管理局", "lead"), ("区公安分局", "responsible")]),
                       ("县商务局作为牵头单位，县财政局配合", [("县商务局", "lead"), ("县财政局", "support")])):
        c = parse_clause(text)
        assert c is not None and [(a.mention, a.role) for a in c.assignees] == want, text


def _table_docx(path: Path) -> Path:
    """A Word task table whose category rows (merged across) and 序号 cells are numbered by two lists, and whose
    unit cell is merged down over two rows."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_paragraph("某县人民政府办公室关于印发某县2024年优化营商环境重点任务分工方案的通知")
    numbering = d.part.numbering_part.element
    for num_id, fmt, text in (("61", "chineseCounting", "%1、"), ("62", "decimal", "%1")):
        abstract = parse_xml(f'<w:abstractNum {_W} w:abstractNumId="{num_id}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                             f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>')
        first = numbering.find(qn("w:num"))
        if first is not None:
            first.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(f'<w:num {_W} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))

    def number(cell: object, num_id: str) -> None:
        cell.paragraphs[0]._p.get_or_add_pPr().append(parse_xml(  # type: ignore[attr-defined]
            f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))

    rows = [("序号", "重点任务", "牵头单位", "配合单位"),
            ("", "提升政务服务水平", None, None),
            ("", "推行企业开办一日办结。", "县市场监管局", "县税务局"),
            ("", "推进工程建设项目审批改革。", "县住房城乡建设局", "县自然资源局"),
            ("", "优化法治环境", None, None),
            ("", "开展涉企执法检查专项整治。", "县司法局", "县公安局、县市场监管局"),
            ("", "建立企业诉求快速响应机制。", "县司法局", "县营商环境服务中心")]
    table = d.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        cells = table.rows[i].cells
        if row[2] is None:  # a category row merged across, numbered 一、 二、 by its list
            merged = cells[0].merge(cells[3])
            merged.text = row[1]
            number(merged, "61")
            continue
        for j, value in enumerate(row):
            cells[j].text = value or ""
        if i > 0:
            number(cells[0], "62")
    # the lead of the last two rows merged down
    top = table.rows[5].cells[2]
    top.merge(table.rows[6].cells[2])
    top.text = "县司法局"
    d.add_paragraph("各牵头单位要会同配合单位细化工作措施。")
    d.save(str(path))
    return path


def test_words_automatic_numbering_inside_table_cells(tmp_path: Path) -> None:
    import graph
    from graph.ingest.docx import read_docx

    path = _table_docx(tmp_path / "t.docx")
    text = read_docx(path.read_bytes(), path.name).text
    assert "一、提升政务服务水平" in text and "二、优化法治环境" in text
    assert "\n1\t推行企业开办一日办结。" in text and "\n4\t建立企业诉求快速响应机制。" in text
    ex = graph.extract_file(path)
    body = ex.document.text
    got = [("/".join(t.path), body[t.text_span.start : t.text_span.end].strip()[:6],
            [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks if t.form != "prose"]
    assert got == [
        ("一", "推行企业开办", [("县市场监管局", "lead"), ("县税务局", "support")]),
        ("一", "推进工程建设", [("县住房城乡建设局", "lead"), ("县自然资源局", "support")]),
        ("二", "开展涉企执法", [("县司法局", "lead"), ("县公安局", "support"), ("县市场监管局", "support")]),
        ("二", "建立企业诉求", [("县司法局", "lead"), ("县营商环境服务中心", "support")]),
    ]


def test_a_ministrys_own_departments_label_silju_names_a_role() -> None:
    from graph.extract.responsibility import extract_tasks

    def who(text: str) -> list[list[tuple[str, str]]]:
        return [[(a.mention, a.role) for a in t.assignees] for t in extract_tasks(normalize(text))]

    # own-line fields after a task
    assert who("一、任务\n（一）修订行业标准。完成标准复审。\n牵头司局：科技司\n参与司局：法规司、财务司\n") == [
        [("科技司", "lead"), ("法规司", "support"), ("财务司", "support")]]
    # in a clause, the noun's second character in brackets
    assert who("1.开展统计监测。（牵头司（局）：规划司；配合司（局）：信息中心）") == [
        [("规划司", "lead"), ("信息中心", "support")]]
    # as the headers of a task table
    assert who("序号\t重点任务\t牵头司局\t参与司局\n1\t修订管理办法\t法规司\t养老服务司\n") == [
        [("法规司", "lead"), ("养老服务司", "support")]]


def test_a_field_line_opened_by_a_mark() -> None:
    from graph.extract.responsibility import extract_tasks

    text = normalize("一、任务\n（一）建设冷链物流中心。年底前建成投用。\n◆牵头单位：县商务局\n◆配合单位：县财政局、县交通运输局\n"
                     "（二）开展农产品质量抽检。——责任单位：县市场监管局\n（三）改造农贸市场。\n　★ 责任单位：县商务局\n")
    got = [("/".join(t.path), text[t.text_span.start : t.text_span.end], [(a.mention, a.role) for a in t.assignees])
           for t in extract_tasks(text)]
    assert got == [
        ("一/一", "建设冷链物流中心。年底前建成投用。", [("县商务局", "lead"), ("县财政局", "support"), ("县交通运输局", "support")]),
        ("一/二", "开展农产品质量抽检。", [("县市场监管局", "responsible")]),
        ("一/三", "改造农贸市场。", [("县商务局", "responsible")]),
    ]
    # a mark before words that are no field label opens nothing
    assert extract_tasks(normalize("1.改造农贸市场。\n◆主要内容：改造县城农贸市场\n")) == ()


def test_a_lead_then_huitong_without_a_comma() -> None:
    # X要牵头会同Y… / 由X牵头会同Y… / X牵头会同Y…: X leads, Y supports (GUIDE: the units after 会同 support)
    for text in ("县商务局要牵头会同县财政局制定实施细则。", "由县商务局牵头会同县财政局制定实施细则。",
                 "县商务局牵头会同县财政局制定实施细则。"):
        assert _prose(text) == [[("县商务局", "lead"), ("县财政局", "support")]], text
    c = parse_clause("县商务局牵头会同县财政局负责")
    assert c is not None and [(a.mention, a.role) for a in c.assignees] == [("县商务局", "lead"), ("县财政局", "support")]


def test_units_indented_on_the_lines_under_a_fields_first_unit() -> None:
    from graph.extract.responsibility import extract_tasks

    text = normalize("1.建设冷链物流中心。\n牵头单位：县商务局\n　　　　　县供销社\n配合单位：县财政局\n　　　　　各乡镇人民政府\n"
                     "2.改造农贸市场。\n责任单位：县市场监管局\n　　加强农贸市场日常监管。\n")
    got = [[(a.mention, a.role) for a in t.assignees] for t in extract_tasks(text)]
    assert got == [[("县商务局", "lead"), ("县供销社", "lead"), ("县财政局", "support"), ("各乡镇人民政府", "support")],
                   [("县市场监管局", "responsible")]]  # (an indented sentence is no unit)


def test_a_pdfs_page_numbers_are_no_text(tmp_path: Path) -> None:
    # a 公文 PDF prints `— 1 —` at each page's foot; a clause running over the page break reads whole
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    import graph

    font, size, margin = "STSong-Light", 10.5, 72.0
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, height = A4
    per_line = int((width - 2 * margin) // size)
    first = "1.推进冷链物流中心建设。加快项目前期工作，" + "完善冷链设施" * 10
    first = first[: per_line - 2]
    tail = "（责任单位：县发展改"
    second = ("尽快开工建设，确保年内主体完工，" + "推进项目建设" * 10)[: per_line - len(tail)] + tail
    path = tmp_path / "p.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(font, size)
    c.drawString(margin, height - margin, "某县人民政府办公室关于印发某县冷链物流建设方案的通知")
    c.drawString(margin, height - margin - 30, "一、重点任务")
    c.drawString(margin + 2 * size, height - margin - 60, first)
    c.drawString(margin, height - margin - 80, second)
    c.drawCentredString(width / 2, 40, "— 1 —")
    c.showPage()
    c.setFont(font, size)
    c.drawString(margin, height - margin, "革局、县财政局）")
    c.drawString(margin + 2 * size, height - margin - 20, "2.改造农贸市场。（县市场监管局负责）")
    c.drawCentredString(width / 2, 40, "— 2 —")
    c.save()
    ex = graph.extract_file(path)
    assert "—" not in ex.document.text
    assert [[a.mention for a in t.assignees] for t in ex.tasks] == [["县发展改革局", "县财政局"], ["县市场监管局"]]


def test_a_collective_with_its_own_ge_after_a_noted_level_is_a_second_collective() -> None:
    # 各县（市、区）、市直各有关单位: two collectives (the second opens its own 各); 各市（州）、县（市、区）人民政府 stays one
    assert [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks(normalize(
        "各县（市、区）、市直各有关单位要高度重视。各市（州）、县（市、区）人民政府要加强领导。"))] == [
        [("各县（市、区）", True), ("市直各有关单位", True)], [("各市（州）、县（市、区）人民政府", True)]]
    # (a 各 only in a name joined by 和 to the level's own piece does not part it: forms5's wx_anquan)
    assert [[a.mention for a in t.assignees] for t in prose_tasks(normalize("各市（县）、区人民政府和市各有关部门要加强领导。"))] == [
        ["各市（县）、区人民政府", "市各有关部门"]]
    # 具体 between a subject and its cue (X具体负责…)
    assert _prose("县财政局具体负责资金拨付。") == [[("县财政局", "responsible")]]
    # ... but a verb before a body's kind opens no name (并指定专门机构具体负责…: who is meant is not named)
    assert _prose("县政府办公室对试点工作负总责，并指定专门机构具体负责平台运维。") == [[("县政府办公室", "lead")]]


def test_a_task_card_starts_its_task_at_the_task_labels_value(tmp_path: Path) -> None:
    # one two-column Word table per task (任务名称 / 牵头单位 / 配合单位 / 完成时限 as rows): the task's text is the
    # task name, not the heading above the cards
    import docx

    import graph

    d = docx.Document()
    d.add_paragraph("某县人民政府办公室关于印发某县冷链物流建设方案的通知")
    d.add_paragraph("一、重点任务")
    d.add_paragraph("（一）完善冷链设施。")
    for name, lead, partners in (("建设县级冷链物流中心", "县商务局", "县财政局"), ("改造乡镇冷库", "县农业农村局", "各乡镇人民政府")):
        table = d.add_table(rows=4, cols=2)
        for r, (label, value) in enumerate((("任务名称", name), ("牵头单位", lead), ("配合单位", partners),
                                            ("完成时限", "2024年底"))):
            table.cell(r, 0).text, table.cell(r, 1).text = label, value
    d.save(str(tmp_path / "c.docx"))
    ex = graph.extract_file(tmp_path / "c.docx")
    t = ex.document.text
    assert [("/".join(k.path), t[k.text_span.start : k.text_span.end], [a.mention for a in k.assignees])
            for k in ex.tasks] == [("一/一", "建设县级冷链物流中心", ["县商务局", "县财政局"]),
                                   ("一/一", "改造乡镇冷库", ["县农业农村局", "各乡镇人民政府"])]
    # a task label inside a line (2.…。主要内容：…) is no card's
    from graph.extract.responsibility import extract_tasks

    text = normalize("2.加强监管。主要内容：开展检查。（县市场监管局负责）")
    assert [text[k.text_span.start : k.text_span.end] for k in extract_tasks(text)] == ["加强监管。主要内容：开展检查。"]


def test_a_word_paragraph_indented_under_a_fields_first_unit(tmp_path: Path) -> None:
    # the ideographic spaces typed before a Word paragraph are kept: a unit indented to stand under the field's first
    # unit is the field's; a signature indented further is not
    import docx

    import graph

    d = docx.Document()
    for line in ("某县人民政府办公室关于做好冷链物流建设工作的通知", "一、重点任务", "（一）建设县级冷链物流中心。",
                 "★牵头单位：县商务局", "★配合单位：县财政局", "　　　　　　县交通运输局", "（二）改造乡镇冷库。",
                 "责任单位：县农业农村局", "　　　　　　　　　　　　某县人民政府办公室", "　　　　　　　　　　　　2024年6月12日"):
        d.add_paragraph(line)
    d.save(str(tmp_path / "i.docx"))
    ex = graph.extract_file(tmp_path / "i.docx")
    assert [[(a.mention, a.role) for a in k.assignees] for k in ex.tasks] == [
        [("县商务局", "lead"), ("县财政局", "support"), ("县交通运输局", "support")], [("县农业农村局", "responsible")]]


def test_a_table_drawn_with_pipes_or_box_characters_in_a_plain_text(tmp_path: Path) -> None:
    import graph

    head = "某县人民政府办公室关于印发某县冷链物流建设方案的通知\n一、重点任务\n"
    pipes = ("| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
             "| 1 | 建设冷链物流中心 | 县商务局 | 县财政局、县交通运输局 |\n| 2 | 改造农贸市场 | 县市场监管局 | 各乡镇人民政府 |\n")
    boxes = ("┌──┬────┬────┬────┐\n│序号│重点任务│牵头单位│配合单位│\n├──┼────┼────┼────┤\n"
             "│1│建设冷链物流中心│县商务局│县财政局、县交通运输局│\n├──┼────┼────┼────┤\n"
             "│2│改造农贸市场│县市场监管局│各乡镇人民政府│\n└──┴────┴────┴────┘\n")
    for k, table in enumerate((pipes, boxes)):
        path = tmp_path / f"t{k}.txt"
        path.write_text(head + table + "二、保障措施\n各乡镇人民政府要加强组织领导。\n", encoding="utf-8")
        ex = graph.extract_file(path)
        assert [(k.form, "/".join(k.path), [(a.mention, a.role) for a in k.assignees]) for k in ex.tasks] == [
            ("table", "一", [("县商务局", "lead"), ("县财政局", "support"), ("县交通运输局", "support")]),
            ("table", "一", [("县市场监管局", "lead"), ("各乡镇人民政府", "support")]),
            ("prose", "二", [("各乡镇人民政府", "responsible")])], table
    # one line with pipes is no table
    path = tmp_path / "p.txt"
    path.write_text(head + "1.建设冷链物流中心（县商务局|县财政局负责）。\n", encoding="utf-8")
    assert "|" in graph.extract_file(path).document.text


def test_a_table_row_without_a_header_whose_cells_carry_their_labels() -> None:
    from graph.extract.responsibility import extract_tasks

    text = normalize("一、重点任务\n1\t建设冷链物流中心\t牵头单位：县商务局\t配合单位：县财政局\n"
                     "2\t改造农贸市场\t牵头单位：县市场监管局\t配合单位：各乡镇人民政府\n")
    assert [(text[k.text_span.start : k.text_span.end], [(a.mention, a.role) for a in k.assignees])
            for k in extract_tasks(text)] == [
        ("建设冷链物流中心", [("县商务局", "lead"), ("县财政局", "support")]),
        ("改造农贸市场", [("县市场监管局", "lead"), ("各乡镇人民政府", "support")])]
