"""Causes found by rounds 182-183's first run (paths, a blind hand; docs/made-eval-forms.md "Rounds 182–183"), each on
inputs of our own:

- decimal labels with a closing dot (``2.1.`` / ``2.1.1.``, typed, or drawn by Word from ``%1.%2.``, also through a
  heading style's list) were no labels: every task took the top unit's path;
- ``第三条`` standing alone on its line (the article's text on the next) was no label;
- field lines printed as a Markdown bullet list under an item (``   - 牵头单位：X``) were not read;
- ``X提供技术支持`` closing a clause gave no assignee.
"""

from __future__ import annotations

from pathlib import Path

from graph import extract_file
from graph.extract.structure import label_length, numbered_units, starts_unit

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _tasks(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    return [("/".join(t.path), [(a.mention, a.role) for a in t.assignees]) for t in extract_file(path).tasks]


def _text(tmp_path: Path, lines: list[str], suffix: str = ".txt") -> list[tuple[str, list[tuple[str, str]]]]:
    p = tmp_path / f"plan{suffix}"
    p.write_text("\n".join(["某县人民政府办公室关于印发某县农村供水保障工作方案的通知", "各乡镇人民政府，县直各单位：", *lines,
                            "某县人民政府办公室", "2021年4月12日"]) + "\n", encoding="utf-8")
    return _tasks(p)


def test_typed_decimal_labels_with_a_closing_dot(tmp_path: Path) -> None:
    assert _text(tmp_path, [
        "1. 工作目标", "到2021年底，农村自来水普及率达到90%以上。", "2. 重点任务", "2.1. 实施供水工程建设",
        "2.1.1. 新建集中供水工程25处。（责任单位：县水利局）",
        "2.1.2.推进城乡供水一体化。（县水利局牵头，县住房和城乡建设局配合）",
        "2.2. 加强运行管护", "2.2.1. 落实工程管护经费。",
        "1.5亿元补助资金要全部用于维修养护。（县财政局负责，县审计局监督）"]) == [
        ("2/2.1/2.1.1", [("县水利局", "responsible")]),
        ("2/2.1/2.1.2", [("县水利局", "lead"), ("县住房和城乡建设局", "support")]),
        ("2/2.2/2.2.1", [("县财政局", "responsible"), ("县审计局", "guide")])]
    assert label_length("2.1.推进") == 4 and label_length("2.1.1. 开展") == 7
    assert [("/".join(u.path), u.label) for u in numbered_units("2. 任务\n2.1. 甲\n2.1.1万元\n3. 保障")] == [
        ("2", "2."), ("2/2.1", "2.1."), ("3", "3.")]


def test_amounts_dates_and_table_numbers_stay_no_labels() -> None:
    # guards: 1.5亿元, 2.1.1万元, a 序号 cell 2.1.⇥ and 2024.3.15 open no unit; 2.1 before a space still does
    assert [starts_unit(s) for s in ("1.5亿元资金", "2.1.1万元", "2.1.\t推进改革", "2024.3.15前完成", "2.1 推进")] == [
        False, False, False, False, True]
    # ... nor a 序号 cell 1.1. alone on its line in a table printed one cell per line (as 1.1 alone is)
    assert [("/".join(u.path), u.label) for u in numbered_units("一、任务\n序号\n重点任务\n1.1.\n清理政策措施\n1.1\n推进")] == [
        ("一", "一、")]


def test_word_numbering_with_a_closing_dot_from_heading_styles(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>{ps}<w:lvlText w:val="{t}"/></w:lvl>'
                   for i, (t, ps) in enumerate([("%1.", '<w:pStyle w:val="Heading1"/>'),
                                                 ("%1.%2.", '<w:pStyle w:val="Heading2"/>'), ("%1.%2.%3.", "")]))
    numbering.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="71">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
    for name, lvl in (("Heading 1", 0), ("Heading 2", 1)):
        d.styles[name].element.get_or_add_pPr().insert(0, parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{lvl}"/><w:numId w:val="71"/></w:numPr>'))
    d.add_paragraph("某县人民政府办公室关于印发某县秸秆综合利用工作实施方案的通知")
    d.add_paragraph("目标任务", style="Heading 1")
    d.add_paragraph("重点工作", style="Heading 1")
    d.add_paragraph("推进秸秆肥料化利用", style="Heading 2")
    d.add_paragraph("推广秸秆机械化还田。（县农业农村局负责）")
    d.add_paragraph("拓展秸秆饲料化利用", style="Heading 2")
    para = d.add_paragraph("培育秸秆收储运服务组织。（县农业农村局牵头，县供销合作社联合社配合）")
    para._p.get_or_add_pPr().append(parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="2"/><w:numId w:val="71"/></w:numPr>'))
    out = tmp_path / "plan.docx"
    d.save(str(out))
    assert _tasks(out) == [("2/2.1", [("县农业农村局", "responsible")]),
                           ("2/2.2/2.2.1", [("县农业农村局", "lead"), ("县供销合作社联合社", "support")])]


def test_an_article_label_alone_on_its_line(tmp_path: Path) -> None:
    assert _text(tmp_path, [
        "附件", "某县农村公路养护管理办法", "第一章　总则", "第一条", "为加强农村公路养护管理，制定本办法。",
        "第二章　职责分工", "第二条", "建立农村公路“路长制”。（牵头单位：县交通运输局；责任单位：各乡镇人民政府）",
        "第三条", "新改建农村公路交工验收后即纳入养护范围。（县交通运输局负责）"]) == [
        ("二/二", [("县交通运输局", "lead"), ("各乡镇人民政府", "responsible")]),
        ("二/三", [("县交通运输局", "responsible")])]


def test_a_sentence_ending_with_an_article_number_is_no_label(tmp_path: Path) -> None:
    # guard: 第三条 runs on in the sentence (本办法第三条规定的…), no unit
    assert [("/".join(u.path), u.label) for u in numbered_units("一、要求\n按照本办法第三条规定执行。\n第三条规定的单位")] == [
        ("一", "一、")]


def test_markdown_bullet_field_lines_under_an_item(tmp_path: Path) -> None:
    assert _text(tmp_path, [
        "## 二、重点任务", "", "### （一）强化疫病防控", "", "1. 落实重大动物疫病强制免疫。",
        "   - 牵头单位：县动物疫病预防控制中心", "   - 配合单位：县财政局",
        "2. 开展监测净化。（县动物疫病预防控制中心负责）"], suffix=".md") == [
        ("二/一/1", [("县动物疫病预防控制中心", "lead"), ("县财政局", "support")]),
        ("二/一/2", [("县动物疫病预防控制中心", "responsible")])]


def test_technical_support_closing_a_clause(tmp_path: Path) -> None:
    assert _text(tmp_path, [
        "一、主要任务", "①对品种老化的低产林实施高接换冠。（县林业局牵头，县林业科学研究所提供技术支持）"]) == [
        ("一/①", [("县林业局", "lead"), ("县林业科学研究所", "support")])]
