"""Causes found by round 35 (tests/made_gold/forms35), checked on sentences of our own."""

from __future__ import annotations

from pathlib import Path

import graph


def _tasks(tmp_path: Path, body: str) -> list[tuple[tuple[str, ...], list[tuple[str, str]]]]:
    p = tmp_path / "p.txt"
    p.write_text("某学院党委办公室关于印发任务分工的通知\n各部门：\n现印发。\n某学院党委办公室\n2024年3月1日\n任务分工\n"
                 + body, encoding="utf-8")
    return [(t.path, [(a.mention, a.role) for a in t.assignees]) for t in graph.extract_file(p).tasks]


def test_a_room_before_yu_is_part_of_one_name(tmp_path: Path) -> None:
    body = "一、安全\n1.开展实验室安全检查。\n牵头部门：实验室与设备管理处\n配合部门：保卫处、后勤与资产处\n"
    assert _tasks(tmp_path, body) == [(("一", "1"), [("实验室与设备管理处", "lead"), ("保卫处", "support"),
                                                     ("后勤与资产处", "support")])]


def test_two_offices_joined_by_yu_are_still_two(tmp_path: Path) -> None:
    body = "一、安全\n1.开展安全检查。\n牵头部门：保卫处与教务处\n"
    assert _tasks(tmp_path, body) == [(("一", "1"), [("保卫处", "lead"), ("教务处", "lead")])]
