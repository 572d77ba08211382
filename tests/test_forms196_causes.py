"""Causes found by round 196's first run (table and numbering leftovers, a blind hand; docs/made-eval-forms.md
"Round 196"), each on inputs of our own:

- a mark table (units in the header, one column each; rows marking them ★ / √ / ○ under a legend) printed one cell per
  line, an empty cell an empty line or a line of spaces, gave no task, its legend above the table or under it;
- a Word mark table whose task column is headed ``重点项目`` gave no task (the header was no task or project header);
- a table printed one cell per line whose 序号 cells stand alone on their lines (``（1）``, ``1.``) gave its rows the
  paths ``…/1``, ``…/2``: a 序号 adds nothing to the path (GUIDE: the path where the row stands);
- Word's ``w:lvlOverride`` holding a whole ``w:lvl`` was not honoured: the definition's levels were drawn.
"""

from __future__ import annotations

from pathlib import Path

from graph import extract_file
from graph.ingest import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = ["某县人民政府办公室关于印发某县2023年工作方案的通知", "某政办发〔2023〕1号", "各乡镇人民政府，县直各有关单位：",
        "现将方案印发给你们，请认真贯彻落实。", "某县人民政府办公室", "2023年3月20日", "某县2023年工作方案"]


def _tasks(tmp_path: Path, lines: list[str], name: str = "plan.txt") -> list[tuple[str, str, list[tuple[str, str]]]]:
    p = tmp_path / name
    p.write_text("\n".join([*HEAD, *lines]) + "\n", encoding="utf-8")
    ex = extract_file(p)
    text = ex.document.text
    return [("/".join(t.path), text[t.text_span.start:t.text_span.start + 6], [(a.mention, a.role) for a in t.assignees])
            for t in ex.tasks]


def _flat(rows: list[list[str]], empty: str = "") -> list[str]:
    return [c if c else empty for row in rows for c in row]


MARKS = [["序号", "重点任务", "县发展改革局", "县财政局", "县市场监管局", "完成时限"],
         ["1.", "推行企业开办全程网上办理", "", "√", "★", "2023年6月底"],
         ["2.", "落实减税降费政策", "★", "√", "", "2023年12月底"],
         ["3.", "开展涉企违规收费专项整治", "", "", "★", "2023年10月底"]]
MARKED = [("二/二", "推行企业开办", [("县财政局", "responsible"), ("县市场监管局", "lead")]),
          ("二/二", "落实减税降费", [("县发展改革局", "lead"), ("县财政局", "responsible")]),
          ("二/二", "开展涉企违规", [("县市场监管局", "lead")])]


def test_a_mark_table_one_cell_per_line_legend_above(tmp_path: Path) -> None:
    lines = ["一、工作目标", "持续优化营商环境。", "二、重点任务", "（一）提升服务效能。推进事项标准化。（县行政审批局负责）",
             "（二）落实攻坚任务。各项任务分工如下（★为牵头单位，√为责任单位）：", *_flat(MARKS), "三、保障措施",
             "（一）加强领导。县政府督查室负责开展督查。"]
    assert _tasks(tmp_path, lines) == [("二/一", "提升服务效能", [("县行政审批局", "responsible")]), *MARKED,
                                       ("三/一", "县政府督查室", [("县政府督查室", "responsible")])]


def test_a_mark_table_one_cell_per_line_legend_under_spaces_for_empty(tmp_path: Path) -> None:
    rows = [["序号", "重点任务", "县农业农村局", "县住建局", "各乡镇人民政府", "完成时限"],
            ["一", "推进户厕问题排查整改", "★", "", "○", "2024年6月"],
            ["二", "开展村庄清洁行动", "○", "★", "○", "2024年10月"]]
    lines = ["一、重点任务", "（一）任务分工。各项任务分工如下表。", *_flat(rows, "\u3000"), "注：★为牵头单位，○为配合单位。",
             "二、保障措施", "各乡镇人民政府要落实属地责任。"]
    assert _tasks(tmp_path, lines) == [
        ("一/一", "推进户厕问题", [("县农业农村局", "lead"), ("各乡镇人民政府", "support")]),
        ("一/一", "开展村庄清洁", [("县农业农村局", "support"), ("县住建局", "lead"), ("各乡镇人民政府", "support")]),
        ("二", "各乡镇人民政", [("各乡镇人民政府", "responsible")])]


def test_a_flat_table_of_unit_names_is_no_mark_table(tmp_path: Path) -> None:
    # guard: the cells under the units hold names, not signs: read by the task-division tables as before
    rows = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "推行企业开办全程网上办理", "县市场监管局", "县财政局", "2023年6月底"]]
    assert _tasks(tmp_path, ["一、重点任务", *_flat(rows)]) == [
        ("一", "推行企业开办", [("县市场监管局", "lead"), ("县财政局", "support")])]


def test_a_row_that_drops_its_empty_cells_ends_a_flat_mark_table(tmp_path: Path) -> None:
    short = [*MARKS[:2], ["2.", "落实减税降费政策", "★", "√", "2023年12月底"]]  # (its empty cell dropped: no column known)
    assert _tasks(tmp_path, ["二、重点任务", "（二）分工如下（★为牵头单位，√为责任单位）：", *_flat(short)]) == MARKED[:1]


def test_a_word_mark_table_headed_key_projects(tmp_path: Path) -> None:
    from tests.made_gold.containers import write_docx

    rows = [["序号", "重点项目", "县林业局", "县发展改革委", "县财政局", "完成时限"],
            ["1", "建设花木交易中心冷链物流区", "○", "●", "", "2021年10月"],
            ["2", "实施花木良种繁育基地建设", "●", "", "○", "2021年12月"]]
    out = write_docx(tmp_path / "plan.docx", [*HEAD, "一、任务分工", "重点项目分工见下表。", rows,
                                              "注：●表示牵头单位，○表示配合单位。"])
    ex = extract_file(out)
    assert [("/".join(t.path), [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks] == [
        ("一", [("县林业局", "support"), ("县发展改革委", "lead")]), ("一", [("县林业局", "lead"), ("县财政局", "support")])]


FIRE = [["（1）", "开展野外火源专项整治", "县林业局", "县公安局", "2022年4月底"],
        ["（2）", "加强森林防火宣传教育", "县林业局", "县教育局", "2022年3月底"]]
HEADER = ["序号", "工作任务", "牵头", "单位", "配合", "单位", "完成", "时限"]  # (the header's cells wrapped)


def test_serial_cells_alone_on_their_lines_add_nothing_to_the_path(tmp_path: Path) -> None:
    lines = ["一、工作目标", "确保不发生重特大森林火灾。", "二、主要任务", "（一）强化火源管控。严格落实用火审批。（县林业局负责）",
             "（二）落实任务分工。主要任务分工如下：", *HEADER, *_flat(FIRE), "三、保障措施", "各镇人民政府要落实属地责任。"]
    assert _tasks(tmp_path, lines) == [
        ("二/一", "强化火源管控", [("县林业局", "responsible")]),
        ("二/二", "开展野外火源", [("县林业局", "lead"), ("县公安局", "support")]),
        ("二/二", "加强森林防火", [("县林业局", "lead"), ("县教育局", "support")]),
        ("三", "各镇人民政府", [("各镇人民政府", "responsible")])]
    dotted = [[s.replace("（", "").replace("）", ".") if k == 0 else s for k, s in enumerate(r)] for r in FIRE]
    assert [t[0] for t in _tasks(tmp_path, ["二、主要任务", "（二）任务分工如下：", *HEADER, *_flat(dotted)])] == ["二/二", "二/二"]


def test_a_label_alone_on_its_line_outside_a_table_still_opens_its_unit(tmp_path: Path) -> None:
    # guard (round 183): a PDF's label on a line of its own, its text on the next line
    lines = ["一、主要任务", "（1）", "开展野外火源专项整治。（县林业局负责）", "（2）", "加强森林防火宣传。（县教育局负责）"]
    assert [t[0] for t in _tasks(tmp_path, lines)] == ["一/1", "一/2"]


# ---------------------------------------------------------------------------------------------- Word's lvlOverride


def _lvl(i: int, fmt: str, text: str) -> str:
    return f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/><w:lvlText w:val="{text}"/></w:lvl>'


def _word(tmp_path: Path, overrides: dict[int, str], paras: list[object]) -> str:
    """A Word file whose list definition is a decimal outline and whose lists ``{numId: lvlOverride XML}`` override
    it; ``(numId, level, text)`` a paragraph a list numbers. Its text as read."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2.") + _lvl(2, "decimal", "%1.%2.%3.")
    numbering.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="70">{levels}</w:abstractNum>'))
    for nid, over in overrides.items():
        numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{nid}"><w:abstractNumId w:val="70"/>{over}</w:num>'))
    for p in paras:
        if isinstance(p, str):
            d.add_paragraph(p)
            continue
        nid, level, text = p  # type: ignore[misc]
        para = d.add_paragraph(text)
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{nid}"/></w:numPr>'))
    out = tmp_path / "plan.docx"
    d.save(str(out))
    return read_document(out).text


def _over(i: int, fmt: str, text: str, start: bool = False) -> str:
    restart = '<w:startOverride w:val="1"/>' if start else ""
    return f'<w:lvlOverride w:ilvl="{i}">{restart}{_lvl(i, fmt, text)}</w:lvlOverride>'


def test_a_list_override_holding_whole_levels_draws_them(tmp_path: Path) -> None:
    mine = _over(0, "chineseCounting", "%1、") + _over(1, "chineseCounting", "（%2）") + _over(2, "decimal", "%3.")
    text = _word(tmp_path, {71: mine}, [(71, 0, "重点任务"), (71, 1, "推进改造。"), (71, 1, "建设果园。"), (71, 2, "推广矮化。"),
                                        (71, 0, "保障措施")])
    assert text.split("\n") == ["一、重点任务", "（一）推进改造。", "（二）建设果园。", "1.推广矮化。", "二、保障措施", ""]


def test_an_override_with_a_restart_and_a_level_restarts_in_the_overrides_format(tmp_path: Path) -> None:
    own = _over(0, "chineseCounting", "（%1）", start=True)
    text = _word(tmp_path, {72: own, 73: own}, ["一、重点任务", (72, 0, "甲。"), (72, 0, "乙。"), "二、专项行动", (73, 0, "丙。")])
    assert text.split("\n")[:6] == ["一、重点任务", "（一）甲。", "（二）乙。", "二、专项行动", "（一）丙。", ""]


def test_a_restart_alone_keeps_the_definitions_level(tmp_path: Path) -> None:
    # guard: a w:lvlOverride of a w:startOverride only restarts the definition's level, as before (1. 2. then 1.)
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    text = _word(tmp_path, {74: restart, 75: restart}, [(74, 0, "甲。"), (74, 0, "乙。"), (75, 0, "丙。")])
    assert text.split("\n")[:3] == ["1.甲。", "2.乙。", "1.丙。"]
