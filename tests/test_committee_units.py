"""A unit printed after a body's kind (委规划科, 委办公室, 局预算股) in a notice the issuer does not issue alone
as a committee (docs/readings.md, "Departments"): in a joint notice it is the division of the one co-issuer of
that kind; with no such co-issuer, or two, it stays unplaced, the document's own (its place and body not
certain); a party committee's units stay the registry's (委办公室 of 中共宁国市委 is 中共宁国市委办公室)."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph
from graph.model import Extraction
from graph.rdf.build import Resolver
from graph.resolve import default_resolver


def _notice(tmp_path: Path, name: str, issuers: list[str]) -> Extraction:
    p = tmp_path / name
    sign = "\n".join(issuers)
    p.write_text(f"{' '.join(issuers)}关于印发重点工作要点的通知\n\n一、任务\n（一）加强调度。（委规划科牵头，局预算股配合）\n\n"
                 f"{sign}\n2021年3月6日\n", encoding="utf-8")
    return graph.extract_file(p)


@pytest.fixture(scope="module")
def resolve() -> Resolver:
    return default_resolver()


def test_joint_notice_units_of_the_one_co_issuer_of_their_kind(tmp_path: Path, resolve: Resolver) -> None:
    ex = _notice(tmp_path, "a.txt", ["宁国市发展和改革委员会", "宁国市财政局"])
    assert ex.meta.issuer == "宁国市发展和改革委员会、宁国市财政局"
    plan = resolve("委规划科", ex)
    assert plan[1] == "宁国市发展和改革委员会规划科" and plan[3] == resolve("宁国市发展和改革委员会", ex)[0]
    assert resolve("委办公室", ex)[1] == "宁国市发展和改革委员会办公室"  # the committee's, not the party's
    assert resolve("局预算股", ex)[1] == "宁国市财政局预算股"


def test_no_committee_among_the_issuers_leaves_the_unit_unplaced(tmp_path: Path, resolve: Resolver) -> None:
    a = _notice(tmp_path, "a.txt", ["宁国市财政局"])
    b = _notice(tmp_path, "b.txt", ["宁国市财政局", "宁国市教育局"])
    c = _notice(tmp_path, "c.txt", ["宁国市发展和改革委员会", "宁国市卫生健康委员会"])  # two: whose is not certain
    got = [resolve("委规划科", ex) for ex in (a, b, c)]
    assert [g[1] for g in got] == ["委规划科"] * 3
    assert len({g[0] for g in got}) == 3  # each document's own: never merged across documents
    assert resolve("局预算股", a)[1] == "宁国市财政局预算股"  # the issuer's own, as before


def test_a_party_committees_office_is_the_registrys(tmp_path: Path, resolve: Resolver) -> None:
    alone = _notice(tmp_path, "a.txt", ["中共宁国市委"])
    joint = _notice(tmp_path, "b.txt", ["中共宁国市委", "宁国市人民政府"])
    want = resolve("市委办公室", alone)
    assert want[1] == "中共宁国市委办公室"
    assert resolve("委办公室", alone)[:2] == resolve("委办公室", joint)[:2] == want[:2]  # one body, not two nodes
