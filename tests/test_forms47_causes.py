"""Round 47 (tests/made_gold/forms47, docs/made-eval-forms.md "Rounds 46–"): the cause of the round's first-run miss,
on documents of our own (not the round's): a table drawn with box characters whose cells wrap onto a second printed
line (no rule between the two lines, the serial cell empty) is read one row a task, the wrapped text on its cells."""

from __future__ import annotations

from pathlib import Path

import graph
from graph.ingest.markdown import drawn_rows

DRAWN = """某县人民政府办公室关于印发2010年重点工作分解的通知
一、重点工作
┌──┬────────────┬──────┬──────┐
│序号│工作任务                │牵头单位    │配合单位    │
├──┼────────────┼──────┼──────┤
│1   │建设县城污水处理厂及配套│县建设局    │县环保局、县│
│    │管网                    │            │财政局      │
├──┼────────────┼──────┼──────┤
│2   │实施农村饮水安全工程    │县水务局    │县卫生局    │
└──┴────────────┴──────┴──────┘
"""


def test_a_drawn_tables_wrapped_cells_go_on_their_rows(tmp_path: Path) -> None:
    doc = tmp_path / "drawn.txt"
    doc.write_text(DRAWN, encoding="utf-8")
    ex = graph.extract_file(doc)
    assert "1\t建设县城污水处理厂及配套管网\t县建设局\t县环保局、县财政局" in ex.document.text.splitlines()
    rows = [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks]
    assert rows == [[("县建设局", "lead"), ("县环保局", "support"), ("县财政局", "support")],
                    [("县水务局", "lead"), ("县卫生局", "support")]]


def test_without_rules_between_rows_a_line_with_an_empty_first_cell_stays_a_row() -> None:
    # rules only around the table: an empty first cell may be a merged one, the line is a row of its own
    text = "┌─┬─┬─┐\n│类别│任务│牵头单位│\n│产业│建设园区│县经贸局│\n│  │培育企业│县中小企业局│\n└─┴─┴─┘\n"
    assert drawn_rows(text).splitlines() == ["类别\t任务\t牵头单位", "产业\t建设园区\t县经贸局", "\t培育企业\t县中小企业局"]
