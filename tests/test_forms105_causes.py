"""Rounds 105-112 (tests/made_gold/forms105 … forms112, docs/made-eval-forms.md "Rounds 105–112 (containers, third
look)"): the causes of the first run's misses, on inputs of our own (not the rounds'):

- a Word file: a units cell holding a small table of its own (``牵头单位 | X`` / ``配合单位 | Y``) was read as the label
  words and units run together, every unit ``responsible`` and the labels read as units; cells filled through
  content controls (``w:sdt``, a form template's fields) were read empty;
- a text copied out of Excel: a cell holding a line break is put between quotes and its lines stand on lines of their
  own, which ended the row;
- a Word table whose task rows are each followed by a row merged across holding ``牵头单位：X；配合单位：Y``: the task
  text was the whole row (number, task, deadline) and the first one began at the heading above the table;
- a table with a role column (``责任分工`` / ``责任类别``: each task over two rows, ``牵头单位`` then ``配合单位``, the units
  in the next column): each row was taken for a new header, no task read;
- the text of a PDF table whose cells are centred in their rows, as a layout-keeping extractor prints it (wrapped
  cells half above the row number's line, half under it): no task read.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from graph import extract_file
from graph.extract.responsibility import extract_tasks
from graph.ingest import document_from_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = ["某市人民政府办公室关于印发某市物流业发展工作方案的通知", "某政办发〔2024〕3号", "某市人民政府办公室", "2024年3月1日",
        "一、任务分工"]


def _read(tasks: object, text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(text[t.text_span.start : t.text_span.end], [(a.mention, a.role) for a in t.assignees])
            for t in tasks]  # type: ignore[attr-defined]


def _file(doc: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    e = extract_file(doc)
    return _read(e.tasks, e.document.text)


@pytest.fixture(scope="module")
def word_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two small Word files: a units cell holding a label table; task and units cells in content controls."""
    import docx
    from docx.oxml import parse_xml

    folder = tmp_path_factory.mktemp("word")
    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=2, cols=3)
    for c, v in enumerate(["序号", "工作任务", "责任分工"]):
        t.cell(0, c).text = v
    t.cell(1, 0).text, t.cell(1, 1).text = "1", "建设物流园区公共信息平台"
    inner = t.cell(1, 2).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "牵头单位", "市商务局"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "配合单位", "市交通运输局、市大数据局"
    d.save(str(folder / "nested.docx"))

    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=2, cols=4)
    for c, v in enumerate(["序号", "工作任务", "牵头单位", "配合单位"]):
        t.cell(0, c).text = v
    for c, v in enumerate(["1", "开通国际货运班列", "市交通运输局", "市商务局"]):
        t.cell(1, c).text = v
        if c:
            p = t.cell(1, c)._tc.p_lst[0]
            sdt = parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtPr/><w:sdtContent/></w:sdt>')
            p.addprevious(sdt)
            sdt[1].append(p)
    d.save(str(folder / "controls.docx"))
    return {"nested": folder / "nested.docx", "controls": folder / "controls.docx"}


def test_a_units_cell_laid_out_as_a_label_table_gives_its_roles(word_files: dict[str, Path]) -> None:
    assert _file(word_files["nested"]) == [
        ("建设物流园区公共信息平台", [("市商务局", "lead"), ("市交通运输局", "support"), ("市大数据局", "support")])]


def test_cells_filled_through_content_controls_are_read(word_files: dict[str, Path]) -> None:
    assert _file(word_files["controls"]) == [("开通国际货运班列", [("市交通运输局", "lead"), ("市商务局", "support")])]


def test_a_cell_copied_out_of_excel_with_a_line_break_stays_in_its_row() -> None:
    text = "\n".join([*HEAD, "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
                      '1\t建设物流园区公共信息平台\t市商务局\t"市交通运输局\n市大数据局"\t2024年12月',
                      "2\t开通国际货运班列\t市交通运输局\t市商务局\t2024年6月", ""])
    doc = document_from_bytes(text.encode("utf-8"), "a.txt")
    assert _read(extract_tasks(doc.text), doc.text) == [
        ("建设物流园区公共信息平台", [("市商务局", "lead"), ("市交通运输局", "support"), ("市大数据局", "support")]),
        ("开通国际货运班列", [("市交通运输局", "lead"), ("市商务局", "support")])]


def test_a_units_row_merged_across_under_its_task_row_gives_the_task_cell() -> None:
    text = "\n".join([*HEAD, "序号\t工作任务\t完成时限", "1\t建设物流园区公共信息平台\t2024年12月",
                      "牵头单位：市商务局；配合单位：市交通运输局", "2\t开通国际货运班列\t2024年6月",
                      "牵头单位：市交通运输局；配合单位：市商务局", ""])
    assert [t for t, _ in _read(extract_tasks(text), text)] == ["建设物流园区公共信息平台", "开通国际货运班列"]


@pytest.mark.parametrize("role_head", ["责任分工", "责任类别"])
def test_a_role_column_joins_a_tasks_two_rows(role_head: str, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    rows: list[list[object]] = [["序号", "工作任务", role_head, "责任单位", "完成时限"],
                                [1, "建设物流园区公共信息平台", "牵头单位", "市商务局", "2024年12月"],
                                [None, None, "配合单位", "市交通运输局、市大数据局", None],
                                [2, "开通国际货运班列", "牵头单位", "市交通运输局", "2024年6月"],
                                [None, None, "配合单位", "市商务局", None]]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(r, c, v)
    for rng in ("A2:A3", "B2:B3", "E2:E3", "A4:A5", "B4:B5", "E4:E5"):
        ws.merge_cells(rng)
    wb.save(str(tmp_path / "a.xlsx"))
    assert _file(tmp_path / "a.xlsx") == [
        ("建设物流园区公共信息平台", [("市商务局", "lead"), ("市交通运输局", "support"), ("市大数据局", "support")]),
        ("开通国际货运班列", [("市交通运输局", "lead"), ("市商务局", "support")])]


def _line(*pieces: tuple[int, str], wide: bool = False) -> str:
    """A line of a layout text: each piece at its column (a character one column wide, as pdfplumber prints; with
    ``wide`` a CJK character two columns wide)."""
    out, width = "", 0
    for col, text in pieces:
        out += " " * (col - width) + text
        width = col + sum(2 if wide and ord(ch) > 0x2fff else 1 for ch in text)
    return out


def _centred(wide: bool = False) -> str:
    k = 2 if wide else 1
    s, t, lead, p, d = 10, 14, 14 + 26 * k, 14 + 38 * k, 14 + 52 * k  # the columns: 序号, task, lead, partners, deadline

    def line(*pieces: tuple[int, str]) -> str:
        return _line(*pieces, wide=wide)
    return "\n".join([
        "一、任务分工", line((s, "序")), line((t, "重点任务"), (lead, "牵头单位"), (p, "配合单位"), (d, "完成时限")),
        line((s, "号")), line((t, "建设物流园区公共信息平"), (lead, "市交通运输"), (p, "市商务局、市大")),
        line((s, "1"), (d, "2024年12月")), line((t, "台，推进数据共享"), (lead, "局"), (p, "数据局")),
        line((p, "市口岸办、市海")), line((s, "2"), (t, "开通国际货运班列"), (d, "2024年6月")), line((p, "关")),
        line((lead, "市商务局")),  # (a lead cell merged over rows 2 and 3, between them)
        line((s, "3"), (t, "建设跨境电商产业园"), (p, "市发展改革委"), (d, "2024年9月")), "二、保障措施", ""])


@pytest.mark.parametrize("wide", [False, True])
def test_a_centred_layout_table_is_read_row_by_row(wide: bool) -> None:
    doc = document_from_bytes(_centred(wide).encode("utf-8"), "a.txt")
    assert _read(extract_tasks(doc.text), doc.text) == [
        ("建设物流园区公共信息平台，推进数据共享", [("市交通运输局", "lead"), ("市商务局", "support"), ("市大数据局", "support")]),
        ("开通国际货运班列", [("市商务局", "lead"), ("市口岸办", "support"), ("市海关", "support")]),
        ("建设跨境电商产业园", [("市商务局", "lead"), ("市发展改革委", "support")])]


@pytest.mark.parametrize("lines", [["某市人民政府办公室关于印发某市物流业发展工作方案的通", "知"],
                                   ["某市人民政府办公室关于印发某市物流业发展工作方案", "的通知"]])
def test_a_title_wrapped_by_its_width_is_read_whole(lines: list[str]) -> None:
    from graph.extract.metadata import extract_metadata

    text = "\n".join([*lines, "某政办发〔2024〕3号", "各区人民政府，市直各单位：", "某市人民政府办公室", "2024年3月1日", ""])
    assert extract_metadata(text).title == "某市人民政府办公室关于印发某市物流业发展工作方案的通知"
