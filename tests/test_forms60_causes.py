"""Round 60 (tests/made_gold/forms60, docs/made-eval-forms.md "Rounds 57–"): the cause of the round's first-run
miss, on inputs of our own (not the round's): a clause whose field labels take 为 in place of the colon
(`（责任单位为X、Y）`, `（牵头部门为X；协办部门为Y）`) gives each unit its label's role and no label in a name; a unit
declared with 为 after its name (`X为牵头单位`) keeps its reading."""

from __future__ import annotations

from pathlib import Path

from graph import extract_file


def _tasks(tmp_path: Path, clause: str) -> list[list[tuple[str, str]]]:
    doc = tmp_path / "plan.txt"
    doc.write_text("某县人民政府办公室关于印发某县2024年农村供水保障工作方案的通知\n某政办发〔2024〕7号\n各乡镇人民政府：\n"
                   "某县人民政府办公室\n2024年5月6日\n一、主要任务\n（一）实施农村供水工程维修养护。" + clause + "\n",
                   encoding="utf-8")
    return [[(a.mention, a.role) for a in t.assignees] for t in extract_file(doc).tasks]


def test_labels_with_wei_in_place_of_the_colon(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "（责任单位为县水利局、县财政局）") == [[("县水利局", "responsible"), ("县财政局", "responsible")]]
    assert _tasks(tmp_path, "（牵头部门为县水利局；协办部门为县卫生健康局、各乡镇人民政府）") == [
        [("县水利局", "lead"), ("县卫生健康局", "support"), ("各乡镇人民政府", "support")]]


def test_a_unit_declared_before_wei_keeps_its_reading(tmp_path: Path) -> None:
    assert _tasks(tmp_path, "（县水利局为牵头单位，县财政局为配合单位）") == [[("县水利局", "lead"), ("县财政局", "support")]]
