"""Causes found by the thirty-ninth made set (tests/made_gold/places39, first run on branch newplaces at
a7a5244): 各有关市、县人民政府 was split into two collectives; a target counted in 万千升 was not read; a
development zone's own committees printed short (园区经发委, 园区规建委, 园区科创委) and its party working committee's
department after the zone's kind (园区党工委组织部) were kept as printed, and its league working committee
(园区团工委要…) was no subject in running text; the 街道 of 苏州工业园区, a county-level
unit named by a kind that opens with its city's name, were written 苏州市苏州工业园区…. The places here are not
those of the made documents (docs/made-eval.md, places39: 广西壮族自治区, 广东省, 苏州工业园区, 仁怀市), except
for 苏州工业园区's other 街道: it is the only such unit among the divisions."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.departments.zone_bodies import zone_body
from graph.extract.prose import prose_tasks
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def test_a_collective_of_levels_after_youguan() -> None:
    text = "三、保障措施\n各有关县、区人民政府要做好配合。各相关市、县要抓好落实。"
    assert [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks(text)] == [
        [("各有关县、区人民政府", True)], [("各相关市、县", True)]]


def test_a_target_in_ten_thousand_kilolitres() -> None:
    got = extract_targets(normalize("一、工作目标\n到2018年底，全县葡萄酒产量达到5万千升。"), year=2018)
    assert [(t.value, t.unit, t.deadline) for t in got] == [(5, "万千升", 2018)]


@pytest.mark.parametrize(("mention", "expected"), [
    ("区经发委", "长沙经济技术开发区经济发展委员会"),
    ("经开区规建委", "长沙经济技术开发区规划建设委员会"),
    ("区科创委", "长沙经济技术开发区科技创新委员会"),
    ("经开区党工委组织部", "中共长沙经济技术开发区工作委员会组织部"),
    ("经开区团工委", "共青团长沙经济技术开发区工作委员会"),
])
def test_a_zones_committees_printed_short(mention: str, expected: str) -> None:
    assert zone_body(mention, "长沙经济技术开发区", 2022, province="湖南省", city="长沙市") == expected


def test_a_zones_league_committee_in_running_text() -> None:
    text = "三、保障措施\n经开区团工委要组织青年人才交流活动。团工委要做好志愿服务。"
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("经开区团工委", "responsible")], [("团工委", "responsible")]]


def test_a_citys_science_and_innovation_committee_printed_kechuangwei() -> None:
    assert resolve("市科创委", jurisdiction="440300", year=2022).canonical == "深圳市科技创新委员会"


def test_the_streets_of_suzhou_industrial_park() -> None:
    assert resolve("唯亭街道办事处", jurisdiction="320576", year=2022).canonical == "苏州工业园区唯亭街道办事处"
    # an ordinary district whose name opens with its city's keeps the city (淮安市淮安区)
    assert resolve("区财政局", jurisdiction="320803", year=2022).canonical == "淮安市淮安区财政局"
