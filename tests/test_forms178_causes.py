"""Causes found by rounds 178-179's first run (numbering, a blind hand; docs/made-eval-forms.md "Rounds 178–179"),
each on inputs of our own:

- Word's decimal list labels (``%1`` / ``%1.%2`` / ``%1.%2.%3``) were joined to the paragraph's text with no space
  (``2.1.1开展…``), so no decimal outline was read; Word draws the level's suffix (a tab, or a space) between them;
- Word's ``ideographTraditional`` level was drawn as ``1``, ``2`` (Word shows ``（甲）``, ``（乙）``);
- ``第一部分``, ``第一篇``, ``第一项`` were no labels (``第一章`` was); nor were typed ``（甲）`` ``（乙）``;
- a 文号 printed bare in a page's metadata line (``来源：… 发布时间：… 宁政办〔2022〕31号``) was not read.
"""

from __future__ import annotations

from pathlib import Path

from graph import extract_file
from graph.model import DocMeta

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _word(tmp_path: Path, levels: list[tuple[str, str]], paras: list[tuple[int, str] | str], suff: str = "") -> Path:
    """A Word file of one multi-level list (``levels``: numFmt, lvlText); ``(level, text)`` a paragraph it numbers."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{suff}<w:lvlText w:val="{text}"/>'
                   '</w:lvl>' for i, (fmt, text) in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="70">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    d.add_paragraph("某县农业农村局关于印发某县种业振兴行动方案的通知")
    for p in paras:
        if isinstance(p, str):
            d.add_paragraph(p)
            continue
        para = d.add_paragraph(p[1])
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{p[0]}"/><w:numId w:val="70"/></w:numPr>'))
    out = tmp_path / "plan.docx"
    d.save(str(out))
    return out


def _tasks(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    return [("/".join(t.path), [(a.mention, a.role) for a in t.assignees]) for t in extract_file(path).tasks]


_DECIMAL = [("decimal", "%1"), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3")]
_ITEMS: list[tuple[int, str] | str] = [
    (0, "总体要求"), "到2024年，制种面积稳定在14万亩以上。", (0, "重点任务"), (1, "加强种质资源保护"),
    (2, "开展种质资源普查。牵头单位：县种子管理站；配合单位：县气象局"),
    (2, "推进特色品种登记保护。（责任单位：县农业农村局种植业股）"),
    (1, "强化市场监管"), (2, "开展种子市场专项检查。（县农业综合执法大队负责）")]


def test_a_words_decimal_list_draws_its_labels_apart_from_the_text(tmp_path: Path) -> None:
    # the suffix a tab (Word's default) or a space: 2.1.1 开展… is a decimal outline 2/2.1/2.1.1
    for suff in ("", '<w:suff w:val="space"/>'):
        assert _tasks(_word(tmp_path, _DECIMAL, _ITEMS, suff)) == [
            ("2/2.1/2.1.1", [("县种子管理站", "lead"), ("县气象局", "support")]),
            ("2/2.1/2.1.2", [("县农业农村局种植业股", "responsible")]),
            ("2/2.2/2.2.1", [("县农业综合执法大队", "responsible")])]


def test_a_label_ending_in_punctuation_keeps_no_space(tmp_path: Path) -> None:
    # guard: 一、 and （一） draw no space before the text (the text as before)
    path = _word(tmp_path, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）")],
                 [(0, "重点任务"), (1, "推进特色品种登记保护。（县种子管理站负责）")])
    from graph.ingest import read_document

    text = read_document(path).text
    assert "一、重点任务" in text and "（一）推进特色品种登记保护" in text
    assert _tasks(path) == [("一/一", [("县种子管理站", "responsible")])]


def test_words_heavenly_stems_under_chapters_drawn_by_numbering(tmp_path: Path) -> None:
    levels = [("chineseCounting", "第%1章"), ("chineseCounting", "%2、"), ("ideographTraditional", "（%3）")]
    path = _word(tmp_path, levels, [
        (0, "总则"), (0, "工作任务"), (1, "加强隐患排查整治"),
        (2, "输配电线路隐患排查。及时清理线下可燃物。（县供电公司负责）"),
        (2, "坟头火隐患治理。设置临时检查卡点。（县民政局负责，县林业和草原局配合）")])
    assert _tasks(path) == [("二/一/甲", [("县供电公司", "responsible")]),
                            ("二/一/乙", [("县民政局", "responsible"), ("县林业和草原局", "support")])]


def _text(tmp_path: Path, lines: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    p = tmp_path / "plan.txt"
    p.write_text("\n".join(["某县人民政府关于印发某县重点工作任务分解方案的通知", "各乡镇人民政府，县直各单位：", *lines,
                            "某县人民政府", "2022年2月25日"]) + "\n", encoding="utf-8")
    return _tasks(p)


def test_parts_and_divisions_above_one_are_labels(tmp_path: Path) -> None:
    assert _text(tmp_path, [
        "第一部分　稳增长促发展", "一、扩大有效投资", "（一）加快标准化厂房建设。（县开发区管理委员会负责）",
        "第二部分　惠民生保稳定", "一、办好教育事业", "（一）新建中小学校5所。（县教育局牵头，县财政局配合）"]) == [
        ("一/一/一", [("县开发区管理委员会", "responsible")]),
        ("二/一/一", [("县教育局", "lead"), ("县财政局", "support")])]
    # 第一篇 over chapters counted across parts
    assert _text(tmp_path, [
        "第一篇　发展基础", "第一章　发展现状", "第二篇　重点任务", "第二章　传承弘扬客家文化",
        "一、加强文化遗产保护", "实施文化生态保护工程。（责任单位：县文化体育和旅游局、石壁镇人民政府）"]) == [
        ("二/二/一", [("县文化体育和旅游局", "responsible"), ("石壁镇人民政府", "responsible")])]


def test_items_numbered_di_x_xiang_are_labels(tmp_path: Path) -> None:
    assert _text(tmp_path, [
        "一、工程内容",
        "第一项　就业创业工程。城镇新增就业2800人。（县人力资源和社会保障局负责）",
        "第二项　教育提升工程。新建改扩建幼儿园6所。（县教育和体育局负责，县住房和城乡建设局配合）"]) == [
        ("一/一", [("县人力资源和社会保障局", "responsible")]),
        ("一/二", [("县教育和体育局", "responsible"), ("县住房和城乡建设局", "support")])]


def test_a_sentence_opening_with_di_x_xiang_is_no_label(tmp_path: Path) -> None:
    # guard: 第一项工作是… runs on with no space or colon after 项: a sentence, no unit
    assert _text(tmp_path, [
        "一、工程内容", "第一项工作是开展就业援助。（县人力资源和社会保障局负责）"]) == [
        ("一", [("县人力资源和社会保障局", "responsible")])]


def test_typed_heavenly_stems_are_labels(tmp_path: Path) -> None:
    assert _text(tmp_path, [
        "二、重点任务", "（三）村容村貌提升。",
        "（甲）开展村庄清洁行动（各乡〔镇〕人民政府负责，县农业农村局督导）。",
        "（乙）推进农村公路提质改造（县交通运输局负责）。"]) == [
        ("二/三/甲", [("各乡〔镇〕人民政府", "responsible"), ("县农业农村局", "guide")]),
        ("二/三/乙", [("县交通运输局", "responsible")])]


def _page_meta(tmp_path: Path, info: str) -> DocMeta:
    p = tmp_path / "page.html"
    p.write_text('<html><head><meta charset="utf-8"><title>通知_某县人民政府</title></head><body>'
                 '<h1>某县人民政府办公室关于印发某县文化和旅游发展专项规划的通知</h1>'
                 f'<div class="info">{info}</div><div class="TRS_Editor"><p>各乡镇人民政府：</p>'
                 '<p>现将规划印发给你们，请认真组织实施。</p></div></body></html>', encoding="utf-8")
    return extract_file(p).meta


def test_a_bare_doc_number_in_a_pages_info_line(tmp_path: Path) -> None:
    meta = _page_meta(tmp_path, "来源：某县人民政府办公室 发布时间：2022-06-14 15:20 宁政办〔2022〕31号")
    assert meta.doc_number == "宁政办〔2022〕31号"


def test_a_cited_number_or_a_lone_label_gives_no_bare_doc_number(tmp_path: Path) -> None:
    # guards: 根据X〔…〕N号 cites a number; one label alone is no block of the page's data
    assert _page_meta(tmp_path, "来源：某县人民政府办公室 发布时间：2022-06-14 根据宁政办〔2022〕31号").doc_number is None
    assert _page_meta(tmp_path, "来源：某县人民政府办公室 宁政办〔2022〕31号").doc_number is None


def test_show_prints_a_task_opening_with_a_heading_line_on_one_line(tmp_path: Path) -> None:
    # `policykg show`: the start of a task under a bold unnumbered heading (野外火源管理⏎在春秋…) stays on its line
    from graph.annotate import annotation_lines

    path = _word(tmp_path, [("chineseCounting", "第%1章"), ("chineseCounting", "%2、")], [
        (0, "工作任务"), (1, "严格火源管控"), "野外火源管理",
        "在防火期内落实进山入林登记检查制度。（各乡镇人民政府负责，县林业和草原局指导）"])
    lines = annotation_lines(extract_file(path))
    task = [line for line in lines if line.startswith("  一/一  ")]
    assert task == ["  一/一  严格火源管控⏎野外火源管…  （各乡镇人民政府负责，县林业和草原局指导）"]


def test_roman_numerals_typed_or_drawn_by_word_are_labels(tmp_path: Path) -> None:
    assert _text(tmp_path, ["Ⅰ、总体要求", "Ⅱ、重点任务", "（一）推进农村公路提质改造（县交通运输局负责）。"]) == [
        ("Ⅱ/一", [("县交通运输局", "responsible")])]
    path = _word(tmp_path, [("upperRoman", "%1."), ("chineseCounting", "（%2）")], [
        (0, "总体要求"), (0, "重点任务"), (1, "推进农村公路提质改造（县交通运输局负责）。")])
    assert _tasks(path) == [("Ⅱ/一", [("县交通运输局", "responsible")])]
