"""Round 50 (tests/made_gold/forms50, docs/made-eval-forms.md "Rounds 46–"): the cause of the round's first-run
miss, on inputs of our own (not the round's): Xinjiang's `各地、州、市` (地 a place level: 地区) opens one collective
subject in running text; 各 and one level before another 各 collective stays apart (各县、各部门: two)."""

from __future__ import annotations

from graph.extract.prose import prose_tasks


def _prose(text: str) -> list[list[tuple[str, bool]]]:
    return [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def test_the_levels_of_xinjiang_open_one_collective() -> None:
    assert _prose("三、\n各地、州、市人力资源社会保障部门要加强就业服务。\n") == [[("各地、州、市人力资源社会保障部门", True)]]
    assert _prose("三、\n各地要加强组织领导。\n") == [[("各地", True)]]


def test_a_level_before_another_collective_opened_by_ge_stands_alone() -> None:
    assert _prose("三、\n各地、各部门要加强组织领导。\n") == [[("各地", True), ("各部门", True)]]
    assert _prose("三、\n各县、各部门要加强组织领导。\n") == [[("各县", True), ("各部门", True)]]
    assert _prose("三、\n各省、自治区、直辖市人民政府要加强领导。\n") == [[("各省、自治区、直辖市人民政府", True)]]
