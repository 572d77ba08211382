"""Round 42 (tests/made_gold/forms42, docs/made-eval-forms.md "Rounds 36–40", round 42): the cause of the round's
first-run miss, on tables of our own (not the round's): a header cell naming two unit labels joined by a slash or a
semicolon (`牵头单位/配合单位`, `牵头单位；配合单位`) parts each cell under it by the same joiner, the parts in the labels'
roles."""

from __future__ import annotations

from pathlib import Path

import graph


def _rows(tmp_path: Path, header: str, cells: list[str]) -> list[list[tuple[str, str]]]:
    doc = tmp_path / "pair.html"
    rows = "".join(f"<tr><td>{k}</td><td>开展第{k}项重点工作任务</td><td>{c}</td></tr>" for k, c in enumerate(cells, start=1))
    doc.write_text("<html><body><h1>某市关于印发2024年工作方案的通知</h1><p>一、重点任务</p><table border='1'>"
                   f"<tr><td>序号</td><td>工作任务</td><td>{header}</td></tr>{rows}</table></body></html>", encoding="utf-8")
    return [[(a.mention, a.role) for a in t.assignees] for t in graph.extract_file(doc).tasks]


def test_a_pair_header_parts_its_cells_by_the_same_joiner(tmp_path: Path) -> None:
    assert _rows(tmp_path, "牵头单位；配合单位", ["市粮食和储备局；市财政局、市农业农村局", "市农业农村局；各县（市、区）人民政府"]) == [
        [("市粮食和储备局", "lead"), ("市财政局", "support"), ("市农业农村局", "support")],
        [("市农业农村局", "lead"), ("各县（市、区）人民政府", "support")]]
    assert _rows(tmp_path, "牵头单位/配合单位", ["市农业农村局/市商务局、市财政局"]) == [
        [("市农业农村局", "lead"), ("市商务局", "support"), ("市财政局", "support")]]
    # a cell not parted: all in the first label's role
    assert _rows(tmp_path, "牵头单位/配合单位", ["市农业农村局"]) == [[("市农业农村局", "lead")]]
