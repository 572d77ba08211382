"""Tests added for the mutants the mutation run found alive in the compiled cue words:
graph/extract/prose_cues.py, cues.py and target_rules.py (docs/mutation.md). Their mutants lie in
functions called only while a ``@cache`` is filled, so each was run in a fresh process."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks
from graph.extract.responsibility import extract_tasks


def test_an_adverb_is_skipped_whole_before_the_cue() -> None:
    # 正 and 正在 are both adverbs: the longer one must be tried first, or 在负责 is left
    text = "省财政厅正在负责资金保障。"
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [[("省财政厅", "responsible")]]


@pytest.mark.parametrize(
    "names",
    [
        # a fault the mutants of cues._never_in_names showed: its fast check refused every list
        # holding “ or a digit, although a name may hold a quoted slogan (units.quoted_in_name)
        ["省推进“三地一区”建设领导小组", "省财政厅"],
        ["省推进“3060”行动领导小组", "省生态环境厅"],
        ["X射线检测中心", "省卫生健康委"],  # a Latin letter is no reason to refuse a list
    ],
)
def test_a_bracketed_list_names_bodies_whatever_characters_their_names_hold(names: list[str]) -> None:
    text = f"一、加强资金保障，落实配套资金。（{'、'.join(names)}）\n"
    assert [[(a.mention, a.role) for a in t.assignees] for t in extract_tasks(text)] == [
        [(n, "responsible") for n in names]]


def test_a_bracketed_list_with_a_number_outside_a_slogan_names_nobody() -> None:
    text = "一、加强资金保障，落实配套资金。（省财政厅、2个部门）\n"
    assert extract_tasks(text) == ()
