"""Tests added for the mutants the mutation run found alive in the compiled cue words:
graph/extract/prose_cues.py, cues.py and target_rules.py (docs/mutation.md). Their mutants lie in
functions called only while a ``@cache`` is filled, so each was run in a fresh process."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks
from graph.extract.responsibility import extract_tasks
from graph.ingest.normalize import normalize


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
        ["省eID服务中心", "省公安厅"],
    ],
)
def test_a_bracketed_list_names_bodies_whatever_characters_their_names_hold(names: list[str]) -> None:
    text = f"一、加强资金保障，落实配套资金。（{'、'.join(names)}）\n"
    assert [[(a.mention, a.role) for a in t.assignees] for t in extract_tasks(text)] == [
        [(n, "responsible") for n in names]]


def test_a_bracketed_list_with_a_number_outside_a_slogan_names_nobody() -> None:
    text = "一、加强资金保障，落实配套资金。（省财政厅、2个部门）\n"
    assert extract_tasks(text) == ()


@pytest.mark.parametrize(
    ("lines", "assignees"),
    [
        ("牵头单位：省财政厅\n责任单位：省教育厅、省科技厅", [("省财政厅", "lead"), ("省教育厅", "responsible"), ("省科技厅", "responsible")]),
        # a unit label with a person label after it (joined by 及 / 和)
        ("责任单位及责任人：省财政厅", [("省财政厅", "responsible")]),
        ("牵头部门和负责人：省财政厅", [("省财政厅", "lead")]),
        ("责任分工及责任人：省财政厅", [("省财政厅", "responsible")]),  # a field that is no head + noun
        # a label naming people: a field line, read as nobody
        ("牵头领导：张副省长\n牵头单位：省财政厅", [("省财政厅", "lead")]),
        ("联系人：张三\n牵头单位：省财政厅", [("省财政厅", "lead")]),
        ("牵头考核单位：省财政厅", [("省财政厅", "lead")]),
        # a head word, up to four characters and a noun, though no [fields] entry
        ("主管部门：省财政厅", [("省财政厅", "responsible")]),
        ("总牵头单位：省政府办公厅", [("省政府办公厅", "lead")]),
        ("督导单位：省政府督查室", [("省政府督查室", "guide")]),
        ("责任部门（单位）：省财政厅", [("省财政厅", "responsible")]),
        ("配合单位：省财政厅", [("省财政厅", "support")]),
        # a two-character label opens no field line (责任：… is a heading, not a list of units)
        ("责任：各地要落实属地责任。", []),
    ],
)
def test_field_lines_of_every_kind_of_label(lines: str, assignees: list[tuple[str, str]]) -> None:
    text = normalize(f"一、加强资金保障。\n{lines}\n")
    assert [(a.mention, a.role) for t in extract_tasks(text) for a in t.assignees] == assignees
