"""Department faults of the stop's review (docs/readings.md "Departments"): a bare 县人民政府 in a county's own plan
is its government (graph/departments/own_government.py), a centre of another field is no division of the issuer, a
county named short before a centre is that county's, and a centre's short field (农技) is written out, so the short
and the full name are one node (graph/departments/centres.py). Each failed on integ (49adabf)."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph
from graph.model import Extraction
from graph.rdf.build import SCOPED, Resolver
from graph.resolve import default_resolver


def _notice(tmp_path: Path, name: str, issuer: str, body: str = "（一）加强调度。（办公室负责）\n") -> Extraction:
    p = tmp_path / name
    p.write_text(f"{issuer}关于印发2021年工作要点的通知\n\n一、重点任务\n{body}\n{issuer}\n2021年3月6日\n", encoding="utf-8")
    ex = graph.extract_file(p)
    assert ex.meta.issuer == issuer
    return ex


@pytest.fixture(scope="module")
def resolve() -> Resolver:
    return default_resolver()


@pytest.mark.parametrize(("issuer", "mention", "expected"), [
    ("罗山县人民政府", "县人民政府", "罗山县人民政府"),
    ("罗山县人民政府", "县政府", "罗山县人民政府"),
    ("长兴县农业农村局", "县人民政府", "长兴县人民政府"),
    ("杭州市民政局", "市人民政府", "杭州市人民政府"),
    ("杭州市萧山区人民政府", "区政府", "杭州市萧山区人民政府"),
    ("瑞金市人民政府", "市人民政府", "瑞金市人民政府"),
])
def test_a_bare_government_of_the_documents_own_kind_is_its_government(
        tmp_path: Path, resolve: Resolver, issuer: str, mention: str, expected: str) -> None:
    ex = _notice(tmp_path, "own.txt", issuer)
    assert resolve(mention, ex)[1:3] == (expected, False)  # was the collective 县人民政府 (generic)
    assert resolve(mention, ex)[0] == resolve(expected, ex)[0]  # the one node of that government


@pytest.mark.parametrize(("issuer", "mention"), [
    ("浙江省人民政府", "县人民政府"), ("浙江省人民政府", "市人民政府"), ("罗山县人民政府", "各县人民政府"),
    ("罗山县人民政府", "市人民政府"), ("杭州市萧山区人民政府", "县人民政府"),
])
def test_another_levels_or_a_collective_government_stays_generic(
        tmp_path: Path, resolve: Resolver, issuer: str, mention: str) -> None:  # guard
    ex = _notice(tmp_path, "coll.txt", issuer)
    assert resolve(mention, ex) == (mention, mention, True)


def test_the_extraction_reads_the_own_government_as_named(tmp_path: Path) -> None:
    body = "（一）加强调度。（县人民政府负责）\n（二）抓好落实。（各乡镇人民政府负责）\n"
    ex = _notice(tmp_path, "ls.txt", "罗山县人民政府", body)
    got = {a.mention: a.generic for t in ex.tasks for a in t.assignees}
    assert got == {"县人民政府": False, "各乡镇人民政府": True}
    prov = _notice(tmp_path, "zj.txt", "浙江省人民政府", body)
    assert {a.mention: a.generic for t in prov.tasks for a in t.assignees}["县人民政府"] is True


def test_a_centre_of_another_field_is_no_division_of_the_issuer(tmp_path: Path, resolve: Resolver) -> None:
    ex = _notice(tmp_path, "mz.txt", "杭州市民政局")
    got = resolve("农技推广中心", ex)
    assert got[1] == "农业技术推广中心" and len(got) == 3  # was 杭州市民政局农技推广中心, a division
    assert SCOPED in str(got[0]) and str(got[0]).startswith(ex.document.source)  # the document's own, unplaced
    assert resolve("信息中心", ex)[1] == "杭州市民政局信息中心"  # a centre of no listed field: its own, as before
    agri = _notice(tmp_path, "ny.txt", "杭州市农业农村局")
    assert resolve("农技推广中心", agri)[1] == "杭州市农业农村局农业技术推广中心"


def test_a_short_named_countys_centre_is_that_countys(tmp_path: Path, resolve: Resolver) -> None:
    ex = _notice(tmp_path, "hz.txt", "杭州市农业农村局")
    got = resolve("萧山农技推广中心", ex)  # was 杭州市农业农村局萧山农技推广中心
    own = _notice(tmp_path, "xs.txt", "杭州市萧山区人民政府")
    assert got == resolve("区农业技术推广中心", own) and got[1] == "杭州市萧山区农业技术推广中心"
    huzhou = _notice(tmp_path, "hu.txt", "湖州市农业农村局")  # 萧山 is no county of 湖州
    assert resolve("萧山农技推广中心", huzhou)[1] == "湖州市农业农村局萧山农业技术推广中心"


def test_a_centres_short_and_full_field_are_one_node(tmp_path: Path, resolve: Resolver) -> None:
    ex = _notice(tmp_path, "cx.txt", "长兴县人民政府")
    assert resolve("县农技推广中心", ex) == resolve("县农业技术推广中心", ex)  # were two labels of one body
    assert resolve("县农技推广中心", ex)[1] == "长兴县农业技术推广中心"
