"""Rounds 121-126 (tests/made_gold/forms121 … forms126, docs/made-eval-forms.md "Rounds 121–126 (containers, fourth
look)"): the causes of the first run's misses, on inputs of our own (not the rounds'):

- a Word table with **tracked changes** in its cells: inserted text (``w:ins``) was not read (python-docx reads a
  paragraph's direct runs only), so an inserted unit was lost and an emptied lead cell took the lead above;
- a **role column after the units column** (责任单位 | 责任类别, ``X | 牵头`` then ``Y | 配合``): each row was taken
  for a header; and a task cell naming a thing a header may name (示范项目) made a role row a header too;
- columns aligned by **ideographic spaces** (an OCR-like copy): a single 　 between two cells (as wide as two spaces)
  did not part them;
- a table printed **one cell per line over a page break** (the page number, then the header again) and cells
  **wrapped** over lines (a list cut after its 、, a sentence cut before its ，): the row before the break was lost
  and the wrapped units read as two cells;
- a table printed one cell per line with **a units row merged across** under each row: the task ran from the clause
  before over the row's number and deadline;
- a workbook whose 序号 are **formulas without values** and whose support units stand on **a second sheet** ``序号 |
  配合单位``: the support units were not given to the tasks.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from graph import extract_file
from graph.extract.responsibility import extract_tasks
from graph.ingest import document_from_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = ["某市人民政府办公室关于印发某市物流业发展工作方案的通知", "某政办发〔2024〕3号", "某市人民政府办公室", "2024年3月1日",
        "一、任务分工"]
Read = list[tuple[str, list[tuple[str, str]]]]


def _read(tasks: object, text: str) -> Read:
    return [(text[t.text_span.start : t.text_span.end], [(a.mention, a.role) for a in t.assignees])
            for t in tasks]  # type: ignore[attr-defined]


def _text(lines: list[str]) -> Read:
    doc = document_from_bytes("\n".join([*HEAD, *lines, ""]).encode("utf-8"), "a.txt")
    return [(t[:8], who) for t, who in _read(extract_tasks(doc.text), doc.text)]


def test_tracked_changes_in_cells_are_read_as_accepted(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    t = d.add_table(rows=3, cols=4)
    for c, v in enumerate(["序号", "工作任务", "牵头单位", "配合单位"]):
        t.cell(0, c).text = v
    rows = [("1", "建设物流园区", "市商务局", ("市统计局", "市大数据局")), ("2", "开通货运班列", ("市发改委", "市交通运输局"),
                                                                 "市商务局")]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            p = t.cell(r, c).paragraphs[0]._p
            old, new = v if isinstance(v, tuple) else ("", v)
            if old:
                p.append(parse_xml(f'<w:del xmlns:w="{W}" w:id="{r}{c}1" w:author="a"><w:r><w:delText>{old}</w:delText>'
                                   '</w:r></w:del>'))
                p.append(parse_xml(f'<w:ins xmlns:w="{W}" w:id="{r}{c}2" w:author="a"><w:r><w:t>{new}</w:t></w:r>'
                                   '</w:ins>'))
            else:
                p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:t>{new}</w:t></w:r>'))
    d.save(str(tmp_path / "a.docx"))
    e = extract_file(tmp_path / "a.docx")
    assert _read(e.tasks, e.document.text) == [("建设物流园区", [("市商务局", "lead"), ("市大数据局", "support")]),
                                               ("开通货运班列", [("市交通运输局", "lead"), ("市商务局", "support")])]


@pytest.mark.parametrize("task", ["建设多式联运示范项目", "开通国际货运班列"])
def test_a_role_column_after_the_units_joins_a_tasks_two_rows(task: str) -> None:
    lines = ["序号\t工作任务\t责任单位\t责任类别\t完成时限", f"1\t{task}\t市交通运输局\t牵头\t2024年6月",
             f"1\t{task}\t市商务局、市发改委\t配合\t2024年6月", "2\t建设物流园区公共信息平台\t市商务局\t牵头\t2024年12月",
             "2\t建设物流园区公共信息平台\t市大数据局\t配合\t2024年12月"]
    assert _text(lines) == [
        (task[:8], [("市交通运输局", "lead"), ("市商务局", "support"), ("市发改委", "support")]),
        ("建设物流园区公共", [("市商务局", "lead"), ("市大数据局", "support")])]


def test_columns_aligned_by_ideographic_spaces_are_cells() -> None:
    s = "\u3000"
    lines = [f"序号{s}工作任务{s * 6}牵头单位{s * 3}配合单位", f"１{s * 2}建设物流园区{s * 5}市商务局{s * 3}市交通运输局",
             f"２{s * 2}开通国际货运班列{s * 3}市交通运输局{s}市商务局、市发改委"]
    assert _text(lines) == [("建设物流园区", [("市商务局", "lead"), ("市交通运输局", "support")]),
                            ("开通国际货运班列", [("市交通运输局", "lead"), ("市商务局", "support"), ("市发改委", "support")])]


def test_a_table_one_cell_per_line_over_a_page_break_with_wrapped_cells() -> None:
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    lines = [*header, "1", "建设物流园区公共信息平台", "，完善数据交换功能", "市商务局", "市交通运输局、", "市大数据局",
             "2024年12月", "2", "开通国际货运班列", "市交通运输局", "市商务局", "2024年6月", "— 5 —", *header, "3",
             "培育物流龙头企业", "市发改委", "市财政局", "长期"]
    assert _text(lines) == [("建设物流园区公共", [("市商务局", "lead"), ("市交通运输局", "support"), ("市大数据局", "support")]),
                            ("开通国际货运班列", [("市交通运输局", "lead"), ("市商务局", "support")]),
                            ("培育物流龙头企业", [("市发改委", "lead"), ("市财政局", "support")])]


def test_a_units_row_merged_across_under_a_row_printed_one_cell_per_line() -> None:
    lines = ["序号", "工作任务", "完成时限", "1", "建设物流园区公共信息平台", "2024年12月", "牵头单位：市商务局；配合单位：市交通运输局",
             "2", "开通国际货运班列", "2024年6月", "牵头单位：市交通运输局；配合单位：市商务局"]
    assert [t for t, _ in _text(lines)] == ["建设物流园区公共", "开通国际货运班列"]


def test_serial_formulas_and_a_second_sheet_of_support_units() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务"
    for row in [["某市物流业重点任务清单"], ["序号", "工作任务", "牵头单位"], ["一、物流设施"],
                ["=MAX($A$2:A3)+1", "建设物流园区公共信息平台", "市商务局"], ["=MAX($A$2:A4)+1", "开通国际货运班列", "市交通运输局"]]:
        ws.append(row)
    other = wb.create_sheet("配合单位")
    for row in [["序号", "配合单位"], [2, "市商务局"], [1, "市交通运输局、市大数据局"]]:
        other.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    doc = document_from_bytes(buf.getvalue(), "a.xlsx")
    assert _read(extract_tasks(doc.text), doc.text) == [
        ("建设物流园区公共信息平台", [("市商务局", "lead"), ("市交通运输局", "support"), ("市大数据局", "support")]),
        ("开通国际货运班列", [("市交通运输局", "lead"), ("市商务局", "support")])]
