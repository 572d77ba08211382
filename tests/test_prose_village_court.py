"""The village and court-division rules, tightened (leftovers of rounds 57–66, docs/made-eval-forms.md): a kind of
village (脱贫村, 建制村, 帮扶村, 所在村 …) is no named village, and a 庭 that is no court's division (开庭, 出庭,
大相径庭, 合议庭) ends no unit's name; named villages (东岭村、西岭村) and tribunals (立案庭, 民一庭) still are."""

from __future__ import annotations

import pytest

from graph.extract.cues import looks_like_unit
from graph.extract.prose import prose_tasks
from graph.extract.prose_units import is_subject_unit

KINDS = ["脱贫村", "建制村", "搬迁村", "薄弱村", "帮扶村", "边境村", "出列村", "移民村", "周边村", "沿线村", "项目村", "受益村",
         "受灾村", "旅游村", "民族村", "联系村", "挂点村", "所在村", "相关村"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_kind_of_village_is_no_named_subject(kind: str) -> None:
    assert is_subject_unit(kind) != (True, False)
    # (相关村, like 有关部门, is a collective: generic, never named)
    tasks = prose_tasks(f"一、任务\n（一）{kind}要巩固成果，防止返贫。\n")
    assert all(a.generic for t in tasks for a in t.assignees)


@pytest.mark.parametrize("name", ["东岭村", "红旗村", "张家村", "大王庄村"])
def test_a_village_by_its_name_is_a_subject(name: str) -> None:
    assert is_subject_unit(name) == (True, False)


def test_villages_listed_by_name() -> None:
    got = [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks("（四）东岭村、西岭村要做好防汛工作。")]
    assert got == [[("东岭村", "responsible"), ("西岭村", "responsible")]]


@pytest.mark.parametrize("word", ["开庭", "出庭", "当事人出庭", "公开开庭", "按期开庭", "大相径庭", "前庭", "合议庭", "家庭"])
def test_a_ting_that_is_no_tribunal_ends_no_name(word: str) -> None:
    assert not looks_like_unit(word)


@pytest.mark.parametrize("word", ["立案庭", "民一庭", "民事审判第二庭", "审判庭", "人民法庭", "巡回法庭"])
def test_a_tribunal_is_a_unit(word: str) -> None:
    assert looks_like_unit(word)
