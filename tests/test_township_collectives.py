"""Collectives of the levels under a county (各乡镇、街道; 各苏木、镇) are one mention, kept whole as GUIDE keeps a
name holding a separator; a county's or higher level's body after them is a mention of its own (各乡镇、县住建局 is
the townships and the county's bureau, not one collective). Found while probing the forms leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import extract_file
from graph.extract.prose import prose_tasks

Read = list[tuple[str, str, bool]]

_HEAD = "某县人民政府办公室关于印发农村人居环境整治方案的通知\n\n"


def _clause(tmp_path: Path, units: str) -> Read:
    path = tmp_path / "plan.txt"
    path.write_text(f"{_HEAD}一、加强村庄保洁。建立长效保洁机制。（责任单位：{units}）\n", encoding="utf-8")
    (task,) = extract_file(path).tasks
    return [(a.mention, a.role, a.generic) for a in task.assignees]


@pytest.mark.parametrize(("units", "expected"), [
    ("县住建局，各乡镇、街道", [("县住建局", "responsible", False), ("各乡镇、街道", "responsible", True)]),
    ("各镇、街道，县委宣传部", [("各镇、街道", "responsible", True), ("县委宣传部", "responsible", False)]),
    ("各乡镇、街道、社区", [("各乡镇、街道、社区", "responsible", True)]),
    ("各苏木、镇，旗文旅局", [("各苏木、镇", "responsible", True), ("旗文旅局", "responsible", False)]),
    ("各乡镇、县住建局", [("各乡镇", "responsible", True), ("县住建局", "responsible", False)]),
    # a collective going down the levels stays one (各市、县（区）政府), as does 县、市 (peers)
    ("各市、县（区）人民政府", [("各市、县（区）人民政府", "responsible", True)]),
    ("各县、市人民政府", [("各县、市人民政府", "responsible", True)]),
])
def test_clause_units(tmp_path: Path, units: str, expected: Read) -> None:
    assert _clause(tmp_path, units) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("各乡镇、街道要落实属地责任，加强巡查。", [("各乡镇、街道", "responsible", True)]),
    ("各苏木、镇要组织力量开展排查。", [("各苏木、镇", "responsible", True)]),
    ("县生态环境局要会同各乡镇、县农业农村局加强督查。",
     [("县生态环境局", "lead", False), ("各乡镇", "support", True), ("县农业农村局", "support", False)]),
])
def test_prose_subjects(text: str, expected: Read) -> None:
    assert [(a.mention, a.role, a.generic) for t in prose_tasks(text) for a in t.assignees] == expected
