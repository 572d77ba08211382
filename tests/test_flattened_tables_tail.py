"""Causes found by round 197 (flattened-table tails, a blind hand; docs/made-eval-forms.md "Round 197"), each on
inputs of our own:

- a table printed one cell per line whose last row leaves a column empty (备注), or whose header prints a deadline's
  word on two lines (``完成`` / ``时限``, read as two columns), took the paragraph after the table as that row's cell:
  a ``①…（责任单位：X）`` task or a prose sentence there was lost (the row ends before the text's own paragraph);
- a mark table printed one cell per line whose unit headers print each name on two lines (``县发展`` / ``改革局``) gave no
  row, and a container's header cell of two lines (``县发展 改革局``) kept the break in the name; a page's mark table
  under a task table, paragraphs between, was read as rows of the task table;
- rows printing 序号 and task on one line (``1.推行…`` under ``序号`` / ``重点任务``) took ``…/1`` from the number.

The HTML, Word and workbook forms of the same tables read as before (guards).
"""

from __future__ import annotations

from pathlib import Path

from graph import extract_file
from tests.made_gold.containers import write_docx, write_xlsx

HEAD = ["某县人民政府办公室关于印发某县2023年工作方案的通知", "某政办发〔2023〕1号", "各乡镇人民政府，县直各有关单位：",
        "现将方案印发给你们，请认真贯彻落实。", "某县人民政府办公室", "2023年3月20日", "某县2023年工作方案"]
Got = list[tuple[str, str, list[tuple[str, str]]]]


def _read(path: Path) -> Got:
    ex = extract_file(path)
    text = ex.document.text
    return [("/".join(t.path), text[t.text_span.start:t.text_span.start + 6], [(a.mention, a.role) for a in t.assignees])
            for t in ex.tasks]


def _tasks(tmp_path: Path, lines: list[str]) -> Got:
    p = tmp_path / "plan.txt"
    p.write_text("\n".join([*HEAD, *lines]) + "\n", encoding="utf-8")
    return _read(p)


def _flat(rows: list[list[str]], empty: str = "") -> list[str]:
    return [c if c else empty for row in rows for c in row]


DUTY = ["①加强应急值守。严格执行24小时值班制度。（责任单位：县应急管理局）", "②做好物资储备。及时补充更新防汛物资。（责任单位：县财政局）"]
SAID = "县水务局要会同县财政局每月调度任务进展，确保各项任务按期完成。"
ROWS = [["1", "完成水库除险加固", "县水务局", "县财政局", "2023年5月底", ""],
        ["2", "开展山洪灾害预警", "县水务局", "县气象局", "2023年6月底", ""]]
READ = [("二/二", "完成水库除险", [("县水务局", "lead"), ("县财政局", "support")]),
        ("二/二", "开展山洪灾害", [("县水务局", "lead"), ("县气象局", "support")])]
AFTER = [("二/二/①", "加强应急值守", [("县应急管理局", "responsible")]), ("二/二/②", "做好物资储备", [("县财政局", "responsible")])]


def test_a_paragraph_after_a_last_row_that_leaves_a_column_empty_is_no_cell_of_it(tmp_path: Path) -> None:
    rows = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限", "备注"], *ROWS]
    lines = ["二、主要任务", "（二）任务分工如下：", *_flat(rows)]
    assert _tasks(tmp_path, [*lines, *DUTY, "三、保障措施"]) == [*READ, *AFTER]
    assert _tasks(tmp_path, [*lines, SAID, "三、保障措施"]) == [*READ, ("二/二", "县水务局要会", [
        ("县水务局", "lead"), ("县财政局", "support")])]
    no_deadline = [[c for k, c in enumerate(r) if k != 4] for r in rows]  # (the units cells the row's last printed)
    assert _tasks(tmp_path, ["二、主要任务", "（二）任务分工如下：", *_flat(no_deadline), *DUTY]) == [*READ, *AFTER]


def test_a_deadline_header_printed_on_two_lines_is_one_column(tmp_path: Path) -> None:
    header = ["序号", "工作任务", "牵头", "单位", "配合", "单位", "完成", "时限"]
    rows = [r[:5] for r in ROWS]
    ex = extract_file(_write(tmp_path, ["二、主要任务", "（二）任务分工如下：", *header, *_flat(rows), *DUTY]))
    assert [t.deadline for t in ex.tasks[:2]] == ["2023年5月底", "2023年6月底"]  # (the last row's own, not the one above)
    assert _read(tmp_path / "plan.txt") == [*READ, *AFTER]


def _write(tmp_path: Path, lines: list[str]) -> Path:
    p = tmp_path / "plan.txt"
    p.write_text("\n".join([*HEAD, *lines]) + "\n", encoding="utf-8")
    return p


MARK_HEAD = ["序号", "重点工程", "县发展\n改革局", "县住房和\n城乡建设局", "县水利局", "完成\n时限"]
MARK_ROWS = [["1", "实施农村公路提档升级工程", "★", "○", "", "2023年12月"], ["2", "实施农村供水保障工程", "○", "", "★", "2023年11月"]]
MARKED = [("二/二", "实施农村公路", [("县发展改革局", "lead"), ("县住房和城乡建设局", "support")]),
          ("二/二", "实施农村供水", [("县发展改革局", "support"), ("县水利局", "lead")])]
LEGEND = "（二）实施重点工程。分工如下（★为牵头单位，○为配合单位）："


def test_a_flat_mark_table_whose_unit_headers_print_on_two_lines(tmp_path: Path) -> None:
    lines = ["二、重点任务", LEGEND, *_flat([MARK_HEAD, *MARK_ROWS]), SAID, "三、保障措施"]
    assert _tasks(tmp_path, lines) == [*MARKED, ("二/二", "县水务局要会", [("县水务局", "lead"), ("县财政局", "support")])]
    # guard: a line that opens as a unit's name does is a header cell of its own (县发展 / 县财政局 are no one name)
    head = ["序号", "重点工程", "县发展", "县财政局", "县水利局", "完成时限"]
    assert _tasks(tmp_path, ["二、重点任务", LEGEND, *_flat([head, *MARK_ROWS])]) == []


def _page(tmp_path: Path, blocks: list[object]) -> Path:
    import html

    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{html.escape(b)}</p>")
            continue
        rows = list(b)  # type: ignore[call-overload]
        out.append('<table border="1">' + "".join(
            "<tr>" + "".join(f"<td>{'<br>'.join(html.escape(x) for x in c.split(chr(10)))}</td>" for c in r) + "</tr>"
            for r in rows) + "</table>")
    p = tmp_path / "plan.html"
    p.write_text("<html><head><meta charset='utf-8'><title>t</title></head><body>" + "".join(out) + "</body></html>",
                 encoding="utf-8")
    return p


TASKS = [["序号", "工作任务", "牵头单位", "配合单位"], ["1", "完成水库除险加固", "县水务局", "县财政局"],
         ["2", "开展山洪灾害预警", "县水务局", "县气象局"]]


def test_the_same_tables_in_a_page_a_word_file_and_a_workbook(tmp_path: Path) -> None:
    blocks: list[object] = [*HEAD, "二、重点任务", "（一）任务分工如下：", TASKS, DUTY[0], LEGEND, [MARK_HEAD, *MARK_ROWS],
                            "三、保障措施"]
    expected = [("二/一", "完成水库除险", [("县水务局", "lead"), ("县财政局", "support")]),
                ("二/一", "开展山洪灾害", [("县水务局", "lead"), ("县气象局", "support")]),
                ("二/一/①", "加强应急值守", [("县应急管理局", "responsible")]), *MARKED]
    assert _read(_page(tmp_path, blocks)) == expected  # (the mark table two paragraphs under the task table; <br>)
    assert _read(write_docx(tmp_path / "plan.docx", blocks)) == expected  # (a cell of two lines: one name)
    sheet = [[LEGEND], MARK_HEAD, *MARK_ROWS]
    got = _read(write_xlsx(tmp_path / "plan.xlsx", [("分工", sheet, [])]))
    assert [(t[1], t[2]) for t in got] == [(t[1], t[2]) for t in MARKED]  # (a cell's line break)


def test_a_serial_printed_with_its_task_adds_nothing_to_the_path(tmp_path: Path) -> None:
    lines = ["二、重点任务", "（二）优化准入环境。分工如下：", "序号", "重点任务", "责任单位", "完成时限",
             "1.推行经营主体登记全程电子化", "县市场监管局", "2024年6月底", "2.落实涉企收费目录清单制度", "县财政局", "2024年12月底",
             "县发展改革局要会同县市场监管局每季度开展评估。", "（三）强化要素保障。推行“标准地”出让。（县自然资源局负责）"]
    assert _tasks(tmp_path, lines) == [
        ("二/二", "推行经营主体", [("县市场监管局", "responsible")]), ("二/二", "落实涉企收费", [("县财政局", "responsible")]),
        ("二/二", "县发展改革局", [("县发展改革局", "lead"), ("县市场监管局", "support")]),
        ("二/三", "强化要素保障", [("县自然资源局", "responsible")])]


# Round 200 (docs/made-eval-forms.md "Round 200"): a last row whose task cell prints on two lines, a clause paragraph
# with no label right after a task table, task cells that open with their own numbers in a table with no 序号 column.

SPLIT = [["序号", "工作任务", "牵头单位", "配合单位"], ["1", "整治河道采砂乱象", "县水利局", "县公安局"],
         ["2", "1.清理河道两岸垃圾；\n2.拆除河道违章建筑。", "县住建局", "县城管局、各乡镇人民政府"]]
KEEP = "巩固整治成效。建立河道巡查长效机制，落实巡河人员和经费保障。（责任单位：县水利局、各乡镇人民政府）"
SPLIT_READ = [("二/二", "整治河道采砂", [("县水利局", "lead"), ("县公安局", "support")]),
              ("二/二", "1.清理河道", [("县住建局", "lead"), ("县城管局", "support"), ("各乡镇人民政府", "support")]),
              ("二/二", "巩固整治成效", [("县水利局", "responsible"), ("各乡镇人民政府", "responsible")])]


def test_a_last_row_whose_task_cell_prints_on_two_lines_keeps_its_last_units_cell(tmp_path: Path) -> None:
    lines = ["二、主要任务", "（二）河道整治分工如下：", *[x for r in SPLIT for c in r for x in c.split("\n")], KEEP,
             "三、保障措施"]
    assert _tasks(tmp_path, lines) == SPLIT_READ  # (the cell's 1. 2. open no unit: the paragraph stands at 二/二)
    # guard: the rows above showed one line a units cell, so a line of units after the last row is no cell of it
    one = [x for r in SPLIT[:2] for c in r for x in c.split("\n")]
    assert _tasks(tmp_path, ["二、主要任务", "（二）河道整治分工如下：", *one, "县财政局"])[0] == SPLIT_READ[0]


NUMBERED = [["重点任务", "牵头单位", "配合单位"], ["1.开展河道清淤疏浚", "县水利局", "县财政局"],
            ["2.推进入河排污口整治", "县生态环境局", "各乡镇人民政府"]]
NUMBERED_READ = [("二/三", "开展河道清淤", [("县水利局", "lead"), ("县财政局", "support")]),
                 ("二/三", "推进入河排污", [("县生态环境局", "lead"), ("各乡镇人民政府", "support")]),
                 ("二/三", "巩固整治成效", [("县水利局", "responsible"), ("各乡镇人民政府", "responsible")])]


def test_numbered_task_cells_without_a_serial_column_and_the_paragraph_after_read_alike_in_every_form(
        tmp_path: Path) -> None:
    head = ["二、主要任务", "（三）水环境治理分工如下："]
    flat = [c for r in NUMBERED for c in r]
    assert _tasks(tmp_path, [*head, *flat, KEEP, "三、保障措施"]) == NUMBERED_READ
    assert _tasks(tmp_path, [*head, *["\t".join(r) for r in NUMBERED], KEEP, "三、保障措施"]) == NUMBERED_READ
    blocks: list[object] = [*HEAD, *head, NUMBERED, KEEP, "三、保障措施"]
    assert _read(_page(tmp_path, blocks)) == NUMBERED_READ
    assert _read(write_docx(tmp_path / "plan.docx", blocks)) == NUMBERED_READ
    # guard: one row's own numbered sub-items (1. 2. in one cell, under 序号) keep their text, as printed
    assert _read(write_docx(tmp_path / "plan.docx", [*HEAD, "二、主要任务", "（二）河道整治分工如下：", SPLIT, KEEP]))[1:] == \
        SPLIT_READ[1:]

