"""Causes found by round 170's first run (docs/made-eval-forms.md "Round 170"), each on inputs of our own:

- a table copied from a web page one cell per line, a blank line between every two cells, whose units cell prints its
  units one per line (two leads): the second lead was read as the partners' cell (a line with no blank line before it
  is now the same cell's next line);
- a task header spanning two columns with no labels under it (重点任务 over a category column and the column of the
  work: HTML ``colspan``, a Word cell merged across, Excel merged cells, a tab copy): each row's task was its
  category; it is the last column under the header that the row prints (the work).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from graph.extract import extract
from graph.ingest import document_from_bytes, read_document

sys.path.insert(0, str(Path(__file__).resolve().parent / "made_gold"))

from containers import MERGE_LEFT, MERGE_UP, write_docx, write_xlsx

HEAD = "某市人民政府办公室关于印发重点任务分工的通知\n现将任务分工印发给你们，请认真落实。\n"


def _rows(doc_text: str, name: str) -> list[tuple[str, list[tuple[str, str]]]]:
    d = document_from_bytes(doc_text.encode("utf-8"), name)
    return _of(d)


def _of(d) -> list[tuple[str, list[tuple[str, str]]]]:  # type: ignore[no-untyped-def]
    ex = extract(d)
    return [(d.text[t.text_span.start : t.text_span.end][:8], [(a.mention, a.role) for a in t.assignees])
            for t in ex.tasks if t.form == "table"]


def _cells(rows: list[tuple[str, ...]]) -> str:
    return "\n\n".join(c for row in rows for c in row) + "\n"


def test_a_units_cell_of_two_lines_in_a_spaced_copy_is_one_cell() -> None:
    rows = [("序号", "重点工作", "牵头单位", "配合单位", "完成时限"),
            ("1", "实施河道防洪治理工程", "市水利局", "相关乡镇人民政府", "2025年10月"),
            ("2", "推进灌区续建配套改造", "市水利局\n市农业农村局", "市财政局", "2025年11月"),
            ("3", "落实河湖长制清理河道", "市河湖长制办公室\n市水利局", "各乡镇人民政府", "2025年9月")]  # (the last row too)
    assert _rows(HEAD + _cells(rows), "t.txt") == [
        ("实施河道防洪治理", [("市水利局", "lead"), ("相关乡镇人民政府", "support")]),
        ("推进灌区续建配套", [("市水利局", "lead"), ("市农业农村局", "lead"), ("市财政局", "support")]),
        ("落实河湖长制清理", [("市河湖长制办公室", "lead"), ("市水利局", "lead"), ("各乡镇人民政府", "support")])]


def test_a_task_cell_of_two_lines_in_a_spaced_copy_is_one_cell() -> None:
    # guard (read right before too): a task cell of two lines stays one task
    rows = [("序号", "重点工作", "牵头单位", "配合单位"),
            ("1", "实施河道防洪治理工程\n加固险工险段", "市水利局", "市财政局"),
            ("2", "推进灌区续建配套改造", "市农业农村局", "市水利局")]
    assert _rows(HEAD + _cells(rows), "t.txt") == [
        ("实施河道防洪治理", [("市水利局", "lead"), ("市财政局", "support")]),
        ("推进灌区续建配套", [("市农业农村局", "lead"), ("市水利局", "support")])]


SPAN_ROWS = [
    ["序号", "重点任务", MERGE_LEFT, "牵头单位", "配合单位"],
    ["1", "政务服务", "推进证照分离改革，压减涉企经营许可事项", "市市场监督管理局", "市司法局"],
    ["2", MERGE_UP, "推行企业开办全程网办", "市政务服务中心", "市税务局"],
    ["3", "要素保障", "降低企业用电用气成本", "市发展和改革委员会", "市财政局"],
]
SPAN_TASKS = [
    ("推进证照分离改革", [("市市场监督管理局", "lead"), ("市司法局", "support")]),
    ("推行企业开办全程", [("市政务服务中心", "lead"), ("市税务局", "support")]),
    ("降低企业用电用气", [("市发展和改革委员会", "lead"), ("市财政局", "support")]),
]


def test_a_task_header_over_two_unlabelled_columns_in_html() -> None:
    page = ('<html><head><meta charset="utf-8"><title>分工</title></head><body><h1>某市人民政府办公室关于印发重点任务分工'
            '的通知</h1><p>现将任务分工印发给你们，请认真落实。</p><table border="1">'
            '<tr><td>序号</td><td colspan="2">重点任务</td><td>牵头单位</td><td>配合单位</td></tr>'
            '<tr><td>1</td><td rowspan="2">政务服务</td><td>推进证照分离改革，压减涉企经营许可事项</td><td>市市场监督管理局'
            '</td><td>市司法局</td></tr><tr><td>2</td><td>推行企业开办全程网办</td><td>市政务服务中心</td><td>市税务局</td>'
            '</tr><tr><td>3</td><td>要素保障</td><td>降低企业用电用气成本</td><td>市发展和改革委员会</td><td>市财政局</td>'
            '</tr></table></body></html>')
    assert _rows(page, "t.html") == SPAN_TASKS


def test_a_task_header_over_two_unlabelled_columns_in_docx_and_xlsx(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "t.docx", [HEAD.splitlines()[0], HEAD.splitlines()[1], SPAN_ROWS])
    assert _of(read_document(path)) == SPAN_TASKS
    rows = [[None if c == MERGE_UP else c for c in r] for r in SPAN_ROWS]
    rows[0][2] = None
    path = write_xlsx(tmp_path / "t.xlsx", [("分工", rows, ["B1:C1", "B2:B3"])])
    assert _of(read_document(path)) == SPAN_TASKS


@pytest.mark.parametrize("category_once", [True, False])
def test_a_task_header_over_two_unlabelled_columns_in_a_tab_copy(category_once: bool) -> None:
    # a text copy prints a merged category in its first row only (or in each, as a container's reader does)
    lines = ["序号\t重点任务\t\t牵头单位\t配合单位"]
    for r in SPAN_ROWS[1:]:
        cells = ["政务服务" if c == MERGE_UP and not category_once else "" if c == MERGE_UP else c for c in r]
        lines.append("\t".join(cells))
    assert _rows(HEAD + "\n".join(lines) + "\n", "t.txt") == SPAN_TASKS


def test_a_row_whose_work_is_merged_into_the_category_cell_keeps_its_task(tmp_path: Path) -> None:
    # guard: a row printing one cell across both columns (no category) still gives its task
    rows = [*SPAN_ROWS, ["4", "开展涉企行政执法专项监督", MERGE_LEFT, "市司法局", "市直各行政执法部门"]]
    path = write_docx(tmp_path / "t.docx", [HEAD.splitlines()[0], rows])
    assert _of(read_document(path))[-1] == ("开展涉企行政执法", [("市司法局", "lead"), ("市直各行政执法部门", "support")])
