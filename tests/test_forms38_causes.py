"""Round 38 (tests/made_gold/forms38, docs/made-eval-forms.md "Round 38"): the cause of the round's first-run miss, on
cells of our own (not the round's): units apart by spaces (a cell's paragraphs) whose last is a collective holding a
separator (`各县、区人民政府（管委会）`) keep that collective whole."""

from __future__ import annotations

from pathlib import Path

import graph
from graph.extract.mentions import _split_names


def test_a_collective_after_units_apart_by_spaces_stays_whole() -> None:
    assert [m for m, _, _ in _split_names("市商务局（牵头） 市文化广电旅游体育局 各县、区人民政府（管委会）", 0) or []] == [
        "市商务局（牵头）", "市文化广电旅游体育局", "各县、区人民政府（管委会）"]
    assert [m for m, _, _ in _split_names("市财政局 各市、县（区）政府", 0) or []] == ["市财政局", "各市、县（区）政府"]
    # a name broken by a space stays one; a list apart by 、 as before
    assert [m for m, _, _ in _split_names("井冈山经开区 管委会、市财政局", 0) or []] == ["井冈山经开区 管委会", "市财政局"]


def test_a_stacked_units_cell_ending_with_a_collective(tmp_path: Path) -> None:
    doc = tmp_path / "stacked.html"
    doc.write_text(
        "<html><body><h1>某市关于印发2024年工作方案的通知</h1><p>一、重点任务</p><table border='1'>"
        "<tr><td>工作任务</td><td>责任单位</td></tr>"
        "<tr><td>开展农产品产销对接活动</td><td><p>市农业农村局（牵头）</p><p>市商务局</p><p>各县、区人民政府</p></td></tr>"
        "</table></body></html>", encoding="utf-8")
    rows = [[(a.mention, a.role, a.generic) for a in t.assignees] for t in graph.extract_file(doc).tasks]
    assert rows == [[("市农业农村局", "lead", False), ("市商务局", "responsible", False),
                     ("各县、区人民政府", "responsible", True)]]
