"""Causes found by the first runs of rounds 127–130 and prose rounds 7–8 (docs/made-eval-forms.md "Rounds 127–130 and
prose rounds 7–8"), on sentences and pages of our own: a clause right after an item's label, a division's name holding
和 after a verb's noun (市场运行和消费促进处), partners' help given (予以配合, 给予配合), 务必, a bureau's own stations,
extension centre, discipline team and inspection detachment printed bare, residents' committees and party branches as
collectives, 由X具体承办 / 由X依法查处, and 我局 (the issuer naming itself). The guards must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import extract_file
from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def _tasks(tmp_path: Path, body: str) -> list[tuple[tuple[str, ...], str, list[tuple[str, str]]]]:
    p = tmp_path / "plan.txt"
    p.write_text("某县人民政府关于印发重点工作的通知\n" + body, encoding="utf-8")
    ex = extract_file(p)
    text = ex.document.text
    return [(t.path, text[t.text_span.start : t.text_span.end][:12], [(a.mention, a.role) for a in t.assignees])
            for t in ex.tasks if t.form != "prose"]


def test_a_clause_right_after_an_items_label_assigns_the_text_after_it(tmp_path: Path) -> None:
    got = _tasks(tmp_path, "1.（县农业局负责，县财政局配合）建设高标准农田，完成年度任务。\n2.办好农民丰收节。（县文旅局负责）\n")
    assert got == [(("1",), "建设高标准农田，完成年度", [("县农业局", "responsible"), ("县财政局", "support")]),
                   (("2",), "办好农民丰收节。", [("县文旅局", "responsible")])]


def test_a_clause_after_a_heading_keeps_the_heading_as_its_text(tmp_path: Path) -> None:  # guard (GUIDE's letter)
    got = _tasks(tmp_path, "（一）加强培训。（县人社局负责）每年培训两期。\n")
    assert got == [(("一",), "加强培训。", [("县人社局", "responsible")])]


def test_a_division_name_holding_he_after_a_verbs_noun_stays_whole(tmp_path: Path) -> None:
    got = _tasks(tmp_path, "一、推动以旧换新。\n责任处室：市场运行和消费促进处（牵头）、财务处\n")
    assert got[0][2] == [("市场运行和消费促进处", "lead"), ("财务处", "responsible")]


def test_two_names_joined_by_he_are_still_two(tmp_path: Path) -> None:  # guard
    got = _tasks(tmp_path, "一、推动以旧换新。\n责任单位：县商务局和县财政局\n")
    assert got[0][2] == [("县商务局", "responsible"), ("县财政局", "responsible")]


@pytest.mark.parametrize(("text", "expected"), [
    ("由县住建局负责施工管理，县交通局给予配合。", [[("县住建局", "responsible", False), ("县交通局", "support", False)]]),
    # guard: support a body gives others is its own duty (tests/test_mutants_prose.py)
    ("对符合条件的企业，县财政局将给予支持。", [[("县财政局", "responsible", False)]]),
    ("由县审计局负责审计，县水利局予以配合。", [[("县审计局", "responsible", False), ("县水利局", "support", False)]]),
    ("县水利局、县财政局务必在年底前完成验收。", [[("县水利局", "responsible", False), ("县财政局", "responsible", False)]]),
    ("县住建局牵头摸底，各社区居委会积极配合。", [[("县住建局", "lead", False), ("各社区居委会", "support", True)]]),
    ("机关党委负责制定计划，各党支部要认真执行。", [[("机关党委", "responsible", False), ("各党支部", "responsible", True)]]),
])
def test_support_given_must_and_local_collectives(text: str, expected: Read) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("农经站要加强合同管理。", [[("农经站", "responsible", False)]]),
    ("乡村振兴股将开展动态监测。", [[("乡村振兴股", "responsible", False)]]),
    ("种子管理站负责种子抽检，畜牧技术推广中心配合做好服务。",
     [[("种子管理站", "responsible", False), ("畜牧技术推广中心", "support", False)]]),
    ("局纪检组要加强监督检查。", [[("局纪检组", "responsible", False)]]),
    ("由法规科会同稽查大队开展案卷评查。", [[("法规科", "lead", False), ("稽查大队", "support", False)]]),
])
def test_a_bureaus_own_stations_centre_and_teams_printed_bare(text: str, expected: Read) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("县政府要加快建设充电站。", [[("县政府", "responsible", True)]]),  # a facility, no station as a body
    ("门户网站要及时更新信息。", []),
])
def test_facilities_ending_in_zhan_are_no_units(text: str, expected: Read) -> None:  # guards
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("养老服务工作由社会事务股具体承办。", [[("社会事务股", "responsible", False)]]),
    ("对违法行为，由县市场监管局依法查处，县公安局配合。",
     [[("县市场监管局", "responsible", False), ("县公安局", "support", False)]]),
    ("造成损失的，由责任单位依法承担赔偿责任。", []),  # guard: who pays
])
def test_by_x_undertakes_or_acts_by_law(text: str, expected: Read) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("我局将会同县财政局研究制定扶持办法。", [[("我局", "lead", False), ("县财政局", "support", False)]]),
    ("由县公安局依法查处，我委积极配合。", [[("县公安局", "responsible", False), ("我委", "support", False)]]),
    ("近年来，我局会同县财政局开展了专项检查。", []),  # guard: the past
    ("我省要加快发展数字经济。", []),  # guard: a place, no body
])
def test_the_issuer_naming_itself(text: str, expected: Read) -> None:
    assert _read(text) == expected
