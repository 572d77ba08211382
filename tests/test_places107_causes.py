"""Causes found by the blind made sets places107–places109 (tests/made_gold/places107 … places109: zones, a forest
authority, a far prefecture and three 省直管县 drawn at random, 2011–2024; first runs at 83c1593). The places here are
not those of the made documents.

- a zone not named after its city gave no place, or its province's (青海国家高新技术产业开发区: 青海): `zone_places.csv`
  now wins over the name's opening place, and a 风景名胜区 / 风景区 is listed with the place it lies in;
- an area of a pilot free trade zone (德宏片区) gave no place: it is the prefecture or county of the zone's province
  whose short name the area bears (`zones.ftz_area_place`);
- a bonded port area, a scenic area and a free-trade area (保税港区, 风景名胜区, 片区) were no zone kinds: their committee's
  `管委会X局` and `片区X局` are now the zone's own (`zones.csv` park rows);
- a zone inside a new area (兰州新区综合保税区): `新区X局` is the new area's;
- a name elided after one of the zone's own bodies (`高新区财政局、规划建设局`, `经开区财政局、自然资源局`) is the zone's
  (it was the city's or bare); after a place's body (`州商务局、市场监管局`) it stays the place's;
- a zone's `经发局` is its 经济发展局 (`zones.csv` kind bureau; a city's bare `经济发展局` stays the document's own, unplaced);
- a municipality's district printed alone before a body no template knows (滨海新区环境保护和市容管理局) is written with
  the municipality, as its template bodies are;
- prose: `综保区X局要…`, `片区X局要…`, `管委会X局要…` are subjects (`[prose] place_prefixes`); a company by its registered
  name (`会同金川集团股份有限公司推进…`, was cut to 金川集团股) is one (`[prose.units] named_heads`).
"""

from __future__ import annotations

import pandas as pd
import pytest
from plan_text import write_notice

import graph
from graph.departments.jurisdiction import document_jurisdiction
from graph.departments.registry import resolve


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("places107")
    docs = [
        write_notice(folder, "a_zone", "南宁高新技术产业开发区管理委员会", "2016年5月9日",
                     "一、重点任务\n（一）培育企业。\n牵头单位：高新区经发局\n配合单位：高新区财政局、规划建设局\n"
                     "（二）争取项目。\n牵头单位：市商务局、发展改革委\n配合单位：区规划建设局"),
        write_notice(folder, "b_inner", "贵安新区综合保税区管理委员会", "2020年6月2日",
                     "一、主要任务\n（一）引进加工贸易企业。（综保区招商局牵头，新区经济发展局配合）\n"
                     "（二）落实税收政策。（新区税务局、财政局按职责分工负责）\n二、保障措施\n综保区招商局要建立项目台账。"),
        write_notice(folder, "c_area", "中国（湖北）自由贸易试验区襄阳片区管理委员会", "2021年3月6日",
                     "一、主要任务\n（一）片区综合协调局要会同市商务局建立制度创新清单。\n（二）省商务厅要指导片区做好规划。\n"
                     "二、保障措施\n片区财政金融局要统筹安排建设资金。"),
        write_notice(folder, "d_port", "宁波梅山保税港区管理委员会", "2012年4月16日",
                     "一、主要任务\n（一）管委会商务局要会同市口岸办推进通关改革。\n二、保障措施\n管委会财政局要统筹安排建设资金。"),
    ]
    return graph.query_df(graph.build_graph(docs), "responsibilities")


def _got(df: pd.DataFrame) -> set[tuple[str, str, str]]:
    return {(s, m, d) for s, m, d in zip(df["source"], df["mention"], df["department"], strict=True)}


def test_a_zones_own_bureaus_short_and_elided(built: pd.DataFrame) -> None:
    assert {("a_zone.txt", "高新区经发局", "南宁高新技术产业开发区经济发展局"),
            ("a_zone.txt", "高新区财政局", "南宁高新技术产业开发区财政局"),
            ("a_zone.txt", "规划建设局", "南宁高新技术产业开发区规划建设局"),
            ("a_zone.txt", "区规划建设局", "南宁高新技术产业开发区规划建设局"),
            ("a_zone.txt", "市商务局", "南宁市商务局"),
            ("a_zone.txt", "发展改革委", "南宁市发展和改革委员会")} <= _got(built)


def test_a_zone_inside_a_new_area(built: pd.DataFrame) -> None:
    assert {("b_inner.txt", "新区经济发展局", "贵安新区经济发展局"),
            ("b_inner.txt", "新区税务局", "国家税务总局贵安新区税务局"),
            ("b_inner.txt", "财政局", "贵安新区财政局"),
            ("b_inner.txt", "综保区招商局", "贵安新区综合保税区招商局")} <= _got(built)
    assert ("b_inner.txt", "综保区招商局", "responsible") in {
        (s, m, r) for s, m, r in zip(built["source"], built["mention"], built["role"], strict=True)}


def test_a_free_trade_areas_own_bureaus_and_place(built: pd.DataFrame) -> None:
    assert {("c_area.txt", "片区综合协调局", "中国(湖北)自由贸易试验区襄阳片区综合协调局"),
            ("c_area.txt", "片区财政金融局", "中国(湖北)自由贸易试验区襄阳片区财政金融局"),
            ("c_area.txt", "市商务局", "襄阳市商务局"),
            ("c_area.txt", "省商务厅", "湖北省商务厅")} <= {(s, m, d.replace("（", "(").replace("）", ")"))
                                                      for s, m, d in _got(built)}


def test_a_bonded_port_areas_committee_bureaus(built: pd.DataFrame) -> None:
    # the zone's bureaus, printed after the committee: {zone}X局 as 区X局 and bare (docs/readings.md, tests/test_zone_bureaus.py)
    assert {("d_port.txt", "管委会商务局", "宁波梅山保税港区商务局"),
            ("d_port.txt", "管委会财政局", "宁波梅山保税港区财政局")} <= _got(built)


@pytest.mark.parametrize(("issuer", "expected"), [
    ("中国（湖北）自由贸易试验区宜昌片区管理委员会", "420500"),
    ("中国（河南）自由贸易试验区开封片区管理委员会", "410200"),
    ("九寨沟风景名胜区管理局", "513225"),
    ("青海国家高新技术产业开发区管理委员会", "630100"),
    ("井冈山经济技术开发区管理委员会", "360800"),
])
def test_the_place_of_a_zone_not_named_after_it(issuer: str, expected: str) -> None:
    assert document_jurisdiction(issuer, None, None)[0] == expected


@pytest.mark.parametrize(("mention", "where", "year", "expected"), [
    ("浦东新区环境保护和市容管理局", "SH", 2012, "上海市浦东新区环境保护和市容管理局"),
    ("历下区环境保护和市容管理局", "370100", 2012, "历下区环境保护和市容管理局"),  # not a municipality's: as before
])
def test_names_written_out(mention: str, where: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=where, year=year).canonical == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("市工信局要会同龙佰集团股份有限公司推进技术攻关。", [("市工信局", "lead"), ("龙佰集团股份有限公司", "support")]),
    ("酒钢集团有限公司要做好用能保障。", [("酒钢集团有限公司", "responsible")]),
    ("各有限责任公司要加强管理。", [("各有限责任公司", "responsible")]),  # a collective, as before
])
def test_a_company_by_its_registered_name_in_prose(sentence: str, expected: list[tuple[str, str]]) -> None:
    from graph.extract.prose import prose_tasks

    got = [(a.mention, a.role) for t in prose_tasks("二、重点任务\n（一）" + sentence + "\n") for a in t.assignees]
    assert got == expected
