"""Which bare names in a department's own notice are its own units (graph/issuer_units.py, docs/readings.md
"Departments"): its divisions, centres and internal bureaus (种植业股, 农技推广中心, 执法稽查局) and, in a city bureau's,
its branches in the city's counties and zones (平江分局, 岳阳县分局, 高新区分局); not a place's or a zone's bureau named by
its field (经济发展局, 规划建设局, 高新区发展局) nor another bureau's branch (自然资源分局, 公安分局), which the prose reads as
subjects since ``[prose.units] bureau_heads`` holds 发展局, 建设局 and 分局 (``[scope] not_division_heads``). Those stay
each document's own, never the issuer's and never one node for two places; names printed with a place keep it."""

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


def _own(got: tuple[object, ...], ex: Extraction) -> bool:
    """Whether a resolution is a document's own unplaced body: the name as printed, scoped to that document."""
    return SCOPED in str(got[0]) and str(got[0]).startswith(ex.document.source) and len(got) == 3


@pytest.mark.parametrize("mention", ["经济发展局", "规划建设局", "开发区发展局", "高新区管理局", "自然资源分局",
                                     "长兴经济技术开发区经济发展局"])
def test_a_places_or_zones_bureau_is_no_division_of_a_county_bureau(tmp_path: Path, resolve: Resolver, mention: str) -> None:
    ex = _notice(tmp_path, "cx.txt", "长兴县农业农村局")
    got = resolve(mention, ex)
    assert got[1] == mention  # was 长兴县农业农村局经济发展局, a division of the issuer
    # the zone's bureau by the zone's name is the node of the zone's own plan ({zone}X局, tests/test_zone_short_names.py)
    assert got[0] == "pattern:" + mention if mention.startswith("长兴") else _own(got, ex)


def test_the_county_bureaus_own_units_stay_its_own(tmp_path: Path, resolve: Resolver) -> None:  # guard
    ex = _notice(tmp_path, "cx.txt", "长兴县农业农村局")
    issuer = resolve("长兴县农业农村局", ex)[0]
    assert resolve("农技推广中心", ex)[1:] == ("长兴县农业农村局农业技术推广中心", False, issuer)  # its field written out
    assert resolve("种植业股", ex)[1:] == ("长兴县农业农村局种植业股", False, issuer)
    assert resolve("县公安分局", ex)[1] == resolve("公安分局", ex)[1] == "湖州市公安局长兴县分局"  # the template's


def test_a_bare_bureau_named_by_its_field_in_two_cities_is_two_bodies(tmp_path: Path, resolve: Resolver) -> None:
    wuhu = _notice(tmp_path, "wuhu.txt", "芜湖市商务局", "（一）培育外贸主体。（经济发展局负责）\n二、经济发展局要会同市场运行科做好项目跟踪。\n")
    zhuzhou = _notice(tmp_path, "zhuzhou.txt", "株洲市商务局")
    a, b = resolve("经济发展局", wuhu), resolve("经济发展局", zhuzhou)
    assert a[0] != b[0] and a[1] == b[1] == "经济发展局" and _own(a, wuhu) and _own(b, zhuzhou)
    assert resolve("市场运行科", wuhu)[1] == "芜湖市商务局市场运行科"  # its division, as before
    assert resolve("开发区处", wuhu)[1] == "芜湖市商务局开发区处"  # a division of the zones' work, not a zone's body
    # the prose reads it as a subject still (docs/readings.md), now the document's own
    subjects = {a.mention for t in wuhu.tasks for a in t.assignees}
    assert {"经济发展局", "市场运行科"} <= subjects


@pytest.mark.parametrize(("mention", "expected"), [
    ("平江分局", "岳阳市生态环境局平江分局"),  # a county of the city by its short name
    ("岳阳县分局", "岳阳市生态环境局岳阳县分局"),  # ... by its full name
    ("高新区分局", "岳阳市生态环境局高新区分局"),  # the city's zone by its kind
])
def test_a_city_bureaus_branch_in_its_county_or_zone(tmp_path: Path, resolve: Resolver, mention: str, expected: str) -> None:
    ex = _notice(tmp_path, "yy.txt", "岳阳市生态环境局")
    got = resolve(mention, ex)
    assert got[1:] == (expected, False, resolve("岳阳市生态环境局", ex)[0])


@pytest.mark.parametrize("mention", ["公安分局", "自然资源分局", "长兴分局", "生态环境分局"])
def test_another_bureaus_branch_or_another_citys_county_is_no_branch_of_the_issuer(
        tmp_path: Path, resolve: Resolver, mention: str) -> None:
    ex = _notice(tmp_path, "yy.txt", "岳阳市生态环境局")
    got = resolve(mention, ex)  # (长兴 is a county of 湖州; 生态环境分局 alone: which county's is not said)
    assert got[1] == mention and _own(got, ex)


def test_a_provinces_plan_naming_a_citys_station_and_centre(tmp_path: Path, resolve: Resolver) -> None:
    ex = _notice(tmp_path, "zj.txt", "浙江省农业农村厅")
    issuer = resolve("浙江省农业农村厅", ex)[0]
    for mention in ("杭州市农业技术推广中心", "宁波市植物保护站", "杭州市救助站"):
        got = resolve(mention, ex)
        assert got[1] == mention and (len(got) == 3 or got[3] != issuer)  # the city's, printed with its place
    relative = resolve("市农业技术推广中心", ex)  # which city's: not said in a province's plan
    assert relative[1] == "市农业技术推广中心" and _own(relative, ex)
    assert resolve("省农业技术推广中心", ex)[1] == "浙江省农业技术推广中心"
    assert _own(resolve("植保站", ex), ex)  # a bare station: the document's own, no division of the issuer


@pytest.mark.parametrize(("issuer", "mention", "expected"), [
    ("生态环境部", "生态环境执法局", "生态环境部生态环境执法局"),  # a ministry's internal bureau printed bare
    ("江西省市场监督管理局", "执法稽查局", "江西省市场监督管理局执法稽查局"),
    ("江西省市场监督管理局", "省局南昌分局", "江西省市场监督管理局南昌分局"),  # after 省局: its own
])
def test_internal_bureaus_stay_divisions(tmp_path: Path, resolve: Resolver, issuer: str, mention: str, expected: str) -> None:
    ex = _notice(tmp_path, "d.txt", issuer)
    assert resolve(mention, ex)[1] == expected


@pytest.mark.parametrize("mention", ["救助站", "植保站", "农技推广中心", "经济发展局", "高新区发展局", "自然资源分局"])
def test_a_bare_name_in_two_cities_government_notices_is_two_bodies(tmp_path: Path, resolve: Resolver, mention: str) -> None:
    a = _notice(tmp_path, "hz.txt", "杭州市人民政府办公厅")
    b = _notice(tmp_path, "nb.txt", "宁波市人民政府办公厅")
    ra, rb = resolve(mention, a), resolve(mention, b)
    assert ra[0] != rb[0] and _own(ra, a) and _own(rb, b)


def test_a_citys_station_printed_relative_is_that_citys(tmp_path: Path, resolve: Resolver) -> None:
    a = _notice(tmp_path, "hz.txt", "杭州市人民政府办公厅")
    b = _notice(tmp_path, "nb.txt", "宁波市人民政府办公厅")
    county = _notice(tmp_path, "cx.txt", "长兴县人民政府办公室")
    assert [resolve("市救助站", ex)[1] for ex in (a, b, county)] == ["杭州市救助站", "宁波市救助站", "湖州市救助站"]
    assert resolve("市救助站", a)[0] != resolve("市救助站", b)[0]
