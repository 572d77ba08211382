"""Round twenty-five (tests/made_gold/forms25, docs/made-eval-forms.md "Round 25"): the causes of its first run's
misses, on documents and sentences of our own (not the round's): a Word document numbered by Word's own lists (the
labels 一、 （一） 1. drawn from numbering.xml, not in the text); a body's name holding a service hotline's number
(市12345政务服务便民热线管理中心); a railway depot named after its bureau's short name (中铁南宁局集团钦州车务段)."""

from __future__ import annotations

from pathlib import Path

from graph.extract.clauses import parse_clause
from graph.extract.prose import prose_tasks
from graph.ingest.normalize import normalize

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbered_docx(path: Path, levels: list[tuple[str, str, str]], body: list[tuple[int | None, str]],
                   *, style_level: int | None = None) -> Path:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_paragraph("某县人民政府办公室关于印发某县2024年农村公路建设工作方案的通知")
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text, extra) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {_W} w:abstractNumId="77">{lvls}</w:abstractNum>')
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {_W} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for level, text in body:
        p = d.add_paragraph(text)
        if level is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>'))
    d.save(str(path))
    return path


def test_paragraphs_numbered_by_words_lists_get_their_labels_and_paths(tmp_path: Path) -> None:
    import graph

    levels = [("chineseCounting", "%1、", ""), ("chineseCounting", "（%2）", '<w:lvlRestart w:val="0"/>'),
              ("decimal", "%3.", "")]
    body: list[tuple[int | None, str]] = [
        (0, "完善路网"),
        (1, "实施窄路拓宽。对3.5米以下窄路实施拓宽改造。（县交通运输局负责）"),
        (1, "推进安全设施建设。"),
        (2, "排查临水临崖路段。（县公安局交警大队负责）"),
        (2, "增设安保设施。（县交通运输局牵头，各乡镇人民政府配合）"),
        (0, "强化养护"),
        (1, "落实养护资金。（县财政局负责）"),
        (2, "建立养护考核机制。（县交通运输局负责）"),
        (None, "县交通运输局要会同县财政局建立工作台账。"),
    ]
    ex = graph.extract_file(_numbered_docx(tmp_path / "n.docx", levels, body))
    got = [("/".join(t.path), [a.mention for a in t.assignees]) for t in ex.tasks]
    assert got == [("一/一", ["县交通运输局"]), ("一/二/1", ["县公安局交警大队"]),
                   ("一/二/2", ["县交通运输局", "各乡镇人民政府"]),
                   ("二/三", ["县财政局"]),  # （三） goes on under 二、 (lvlRestart 0)
                   ("二/三/1", ["县交通运输局"]),  # 1. starts again under （三）
                   ("二/三/1", ["县交通运输局", "县财政局"])]  # (an unnumbered paragraph stays in the unit above it)


def test_a_level_restarts_by_default_and_bullets_draw_no_label(tmp_path: Path) -> None:
    from graph.ingest.docx import read_docx

    levels = [("decimal", "%1.", ""), ("decimalEnclosedCircle", "%2", ""), ("bullet", "\u2022", "")]
    body: list[tuple[int | None, str]] = [(0, "甲项工作"), (1, "子项一"), (1, "子项二"), (0, "乙项工作"), (1, "子项三"),
                                          (2, "要点说明")]
    path = _numbered_docx(tmp_path / "b.docx", levels, body)
    lines = read_docx(path.read_bytes(), "b.docx").text.splitlines()
    assert lines[1:] == ["1.甲项工作", "①子项一", "②子项二", "2.乙项工作", "①子项三", "要点说明"]


def test_a_document_without_lists_reads_as_before(tmp_path: Path) -> None:
    import docx

    from graph.ingest.docx import read_docx

    d = docx.Document()
    for line in ("一、总体要求", "（一）加快建设。（县发展改革局负责）"):
        d.add_paragraph(line)
    d.save(str(tmp_path / "p.docx"))
    assert read_docx((tmp_path / "p.docx").read_bytes(), "p.docx").text == "一、总体要求\n（一）加快建设。（县发展改革局负责）\n"


def test_a_name_holding_a_hotlines_number_is_a_unit() -> None:
    c = parse_clause("责任单位：市政务服务管理局、县12345政务服务便民热线管理中心，完成时限：2024年底")
    assert c is not None
    assert [(a.mention, a.role) for a in c.assignees] == [("市政务服务管理局", "responsible"),
                                                          ("县12345政务服务便民热线管理中心", "responsible")]
    tasks = prose_tasks(normalize("（五）强化投诉处理。市市场监管局要会同市12315消费者投诉举报中心健全投诉处理机制。\n"))
    assert [[(a.mention, a.role) for a in t.assignees] for t in tasks] == [
        [("市市场监管局", "lead"), ("市12315消费者投诉举报中心", "support")]]
    # other digits make no name: a year, a count, a number that is no hotline's
    assert parse_clause("2024年12345家负责") is None
    assert not prose_tasks(normalize("全市123456家企业要加强管理。\n"))


def test_a_railway_depot_named_after_its_bureau_is_a_subject() -> None:
    for text, depot in (("市发展改革委要会同中铁成都局集团攀枝花车务段做好运力保障。", "中铁成都局集团攀枝花车务段"),
                        ("中国铁路成都局集团有限公司西昌工务段负责线路巡查。", "中国铁路成都局集团有限公司西昌工务段")):
        tasks = prose_tasks(normalize(text + "\n"))
        assert depot in [a.mention for t in tasks for a in t.assignees], text


def test_lists_of_one_definition_go_on_unless_one_starts_again(tmp_path: Path) -> None:
    # Word's "continue numbering" (a second w:num of the same abstractNum) and "restart numbering" (startOverride)
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    from graph.ingest.docx import read_docx

    d = docx.Document()
    numbering = d.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum {_W} w:abstractNumId="88"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                         '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>')
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {_W} w:numId="88"><w:abstractNumId w:val="88"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="89"><w:abstractNumId w:val="88"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="88"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for num_id, text in (("88", "甲"), ("88", "乙"), ("89", "丙"), ("90", "丁"), ("90", "戊")):
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    d.save(str(tmp_path / "c.docx"))
    lines = read_docx((tmp_path / "c.docx").read_bytes(), "c.docx").text.splitlines()
    assert lines == ["（一）甲", "（二）乙", "（三）丙", "（一）丁", "（二）戊"]


# Round twenty-six (tests/made_gold/forms26, docs/made-eval-forms.md "Round 26"): its first run's one cause, on text of
# our own: field lines whose label is apart from its units by (ideographic) spaces, no colon.

def test_a_label_apart_from_its_units_by_spaces_is_a_field_line() -> None:
    from graph.extract.responsibility import extract_tasks

    text = ("（二）推进污水管网建设。完成城区雨污分流改造。\n"
            "牵头单位　县住房城乡建设局\n"
            "配合单位　　县财政局、县水利局，各乡镇人民政府\n"
            "（三）开展河湖清四乱。\n"
            "责任单位 县水利局\n")
    got = [[(a.mention, a.role) for a in t.assignees] for t in extract_tasks(normalize(text))]
    assert got == [[("县住房城乡建设局", "lead"), ("县财政局", "support"), ("县水利局", "support"),
                    ("各乡镇人民政府", "support")], [("县水利局", "responsible")]]
    # a header row of labels apart by spaces, and a label before words that are no units, give no task
    text = "序号 任务\n牵头单位 配合单位 完成时限\n牵头单位 负责统筹全县工作\n"
    assert extract_tasks(normalize(text)) == ()


# Round twenty-seven (tests/made_gold/forms27, docs/made-eval-forms.md "Round 27"): its first run's one cause, on text of
# our own: a bracket of a person's field after a unit (（分管领导：王某某）) hid the unit.

def test_a_persons_field_in_brackets_after_a_unit_is_a_note() -> None:
    for text, want in (("牵头单位：县农业农村局（分管领导：王某某）", [("县农业农村局", "lead")]),
                       ("责任单位：县财政局（责任人：李某某，电话：1234567）、县税务局",
                        [("县财政局", "responsible"), ("县税务局", "responsible")]),
                       ("县教育局（联系人：张某）牵头，县财政局配合", [("县教育局", "lead"), ("县财政局", "support")])):
        c = parse_clause(text)
        assert c is not None and [(a.mention, a.role) for a in c.assignees] == want, text
    # a bracket naming another body or a role stays what it was
    c = parse_clause("责任单位：市发展改革委（市粮食局）、市财政局")
    assert c is not None and [a.mention for a in c.assignees] == ["市发展改革委（市粮食局）", "市财政局"]
