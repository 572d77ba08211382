"""Causes found by the sixty-sixth to seventy-first made sets (tests/made_gold/places66 … places71, places and years
drawn at random, first runs on branch newplaces at 554e5fc): in a committee's own notice (天长市发展和改革委员会's) its
office printed after its kind (委办公室) was read as the party committee's office (中共天长市委办公室), and at the
provincial level kept the 委 (…委员会委办公室); a tourism committee before 2019 printed in short (县旅委, 黟县's 2018
plan) was no body and kept no place; a number of inspections to complete by the year (全区完成食品安全监督抽检3000批次,
海沧区市场监督管理局's 2020 notice) was taken for a sample drawn; 吉林's 文广旅局 (集安市's, 2024) was written
as 文化广电和旅游局, not 文化广播电视和旅游局. The places here are not those of the made documents
(docs/made-eval.md, places66–71)."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph
from graph.departments.registry import resolve


def _notice(path: Path, issuer: str, lines: str) -> Path:
    path.write_text(f"{issuer}关于印发重点工作要点的通知\n\n一、任务\n{lines}\n\n{issuer}\n2021年3月6日\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("issuer", "division", "expected"), [
    ("宁国市发展和改革委员会", "投资股", "宁国市发展和改革委员会办公室"),  # a county-level committee's
    ("安徽省发展和改革委员会", "投资处", "安徽省发展和改革委员会办公室"),  # a province's, without its 委 twice
    ("株洲市卫生健康委员会", "医政科", "株洲市卫生健康委员会办公室"),
])
def test_a_committees_own_office_after_its_kind(tmp_path: Path, issuer: str, division: str, expected: str) -> None:
    doc = _notice(tmp_path / "a.txt", issuer, f"（一）加强调度。（委办公室牵头，{division}配合）")
    df = graph.query_df(graph.build_graph([doc]), "responsibilities")
    got = dict(zip(df["mention"], df["department"], strict=True))
    assert got == {"委办公室": expected, division: issuer + division}


def test_the_party_committees_office_elsewhere_stays_the_party_committees(tmp_path: Path) -> None:
    a = _notice(tmp_path / "a.txt", "宁国市人民政府办公室", "（一）加强调度。（市委办公室负责）")
    b = _notice(tmp_path / "b.txt", "宁国市财政局", "（一）加强调度。（局办公室负责）")
    df = graph.query_df(graph.build_graph([a, b]), "responsibilities")
    assert sorted(df["department"]) == ["中共宁国市委办公室", "宁国市财政局办公室"]


def test_a_bureaus_notice_does_not_take_a_committees_units_for_its_own(tmp_path: Path) -> None:
    # 委 opens a unit's name only in a committee's own notice; in a county bureau's, 委法规科 is not the
    # bureau's 法规科, and 委办公室 and 县委办公室 stay the party committee's office
    doc = _notice(tmp_path / "a.txt", "宁国市卫生健康局", "（一）加强调度。（县委办公室牵头，委办公室、委法规科、局办公室配合）")
    df = graph.query_df(graph.build_graph([doc]), "responsibilities")
    got = dict(zip(df["mention"], df["department"], strict=True))
    assert got["县委办公室"] == got["委办公室"] == "中共宁国市委办公室"
    assert got["局办公室"] == "宁国市卫生健康局办公室"
    assert not got["委法规科"].startswith("宁国市卫生健康局")


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("县旅委", "341024", "祁门县旅游委员会"),
    ("市旅委", "341000", "黄山市旅游委员会"),
    ("市旅游委员会", "341000", "黄山市旅游委员会"),
])
def test_a_tourism_committee_in_short(mention: str, jurisdiction: str, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2017)
    assert (r.canonical, r.resolved) == (expected, True)


@pytest.mark.parametrize(("mention", "expected"), [
    ("县旅发委", "祁门县旅游发展委员会"), ("县旅游委", "祁门县旅游发展委员会"), ("县文旅委", "祁门县文化和旅游发展委员会"),
    ("县旅游局", "祁门县旅游局"),
])
def test_the_other_tourism_bodies_keep_their_names(mention: str, expected: str) -> None:
    assert resolve(mention, jurisdiction="341024", year=2017).canonical == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("到2021年底，全县完成食品安全监督抽检1200批次。", [("食品安全监督抽检", 1200.0, "批次", 2021)]),  # a workload to complete
    ("本次抽检3大类食品共215批次样品。", []),  # a sample drawn, as before
    ("随机抽取5%的企业开展检查。", []),
    ("2020年全县已完成抽检800批次。", []),  # done
])
def test_inspections_to_complete_are_a_target_a_sample_is_not(text: str, expected: list[tuple[str, float, str, int]]) -> None:
    from graph.extract.targets import extract_targets

    got = [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(text, year=2021)]
    assert got == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("市文广旅局", "220581", 2022, "梅河口市文化广播电视和旅游局"),  # 吉林's names it with 广播电视 (as 四川's)
    ("州文广旅局", "222400", 2020, "延边朝鲜族自治州文化广播电视和旅游局"),
    ("市文广旅局", "220200", 2024, "吉林市文化广播电视和旅游局"),
])
def test_a_jilin_culture_radio_and_tourism_bureau(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("区文广旅局", "130109", 2022, "石家庄市藁城区文化广电和旅游局"),  # 河北's keeps its own
    ("市文广新局", "220581", 2016, "梅河口市文化广电新闻出版局"),  # before 2019
])
def test_other_provinces_and_years_keep_their_culture_bureaus(mention: str, jurisdiction: str, year: int,
                                                              expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected
