"""Causes found by the twenty-first made set (tests/made_gold/places21, first run on the code of main
d992e26): 国家电网's offices in provinces ``state_grid.csv`` did not list (长治供电公司, 国网海西供电公司),
西安's city-level zones printed without their city (曲江新区管委会), 西安's 城市管理和综合执法局 printed
城管局, and the 柴达木 zone's committee. The places here are, where the data allow, not those of the
made documents (docs/made-eval.md, places21)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

DATONG, TIANZHEN, XINING, CHANGCHUN, CHIFENG, FUZHOU = "140200", "140222", "630100", "220100", "150400", "350100"
LIANHU, LANTIAN, WUHOU, GULOU_NJ, XIAN = "610104", "610122", "510107", "320106", "610100"
HAIXI, XINING_CITY = "632800", "630100"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("大同供电公司", DATONG, "国网山西省电力公司大同供电公司"),
    ("国网大同供电公司", DATONG, "国网山西省电力公司大同供电公司"),
    ("县供电公司", TIANZHEN, "国网山西省电力公司天镇县供电公司"),
    ("国网西宁供电公司", XINING, "国网青海省电力公司西宁供电公司"),
    ("市供电公司", CHANGCHUN, "国网吉林省电力有限公司长春供电公司"),
    ("国网赤峰供电公司", CHIFENG, "国网内蒙古东部电力有限公司赤峰供电公司"),
    ("国网福州供电公司", FUZHOU, "国网福建省电力有限公司福州供电公司"),
])
def test_state_grid_offices_in_more_provinces(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("浐灞生态区管委会", XIAN, "西安浐灞生态区管理委员会"),
    ("国际港务区管委会", LIANHU, "西安国际港务区管理委员会"),
    ("航天基地管委会", XIAN, "西安国家民用航天产业基地管理委员会"),
    ("曲江新区管委会", LIANHU, "西安曲江新区管理委员会"),
])
def test_xian_city_level_zones_printed_without_the_city(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


def test_a_zone_of_xian_is_not_read_into_another_province() -> None:
    assert resolve("曲江新区管委会", jurisdiction=GULOU_NJ, year=2020).canonical != "西安曲江新区管理委员会"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("区城管局", LIANHU, "西安市莲湖区城市管理和综合执法局"),
    ("县城管局", LANTIAN, "蓝田县城市管理和综合执法局"),
    ("市城管局", XIAN, "西安市城市管理和综合执法局"),
    ("区城管局", WUHOU, "成都市武侯区城管局"),  # elsewhere as printed, as before
])
def test_xian_urban_management_printed_short(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


@pytest.mark.parametrize("jurisdiction", [HAIXI, XINING_CITY])
def test_the_qaidam_zone_committee(jurisdiction: str) -> None:
    assert resolve("柴达木循环经济试验区管委会", jurisdiction=jurisdiction, year=2020).canonical == (
        "青海柴达木循环经济试验区管理委员会")


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # the row names 西安's body from 2019 on (place_bodies.csv valid_from): before, as printed
    ("市城市管理局", XIAN, 2016, "西安市城市管理局"),
    ("区城管局", LIANHU, 2017, "西安市莲湖区城管局"),
    ("市城市管理局", XIAN, 2020, "西安市城市管理和综合执法局"),
])
def test_a_place_own_name_from_a_year_on(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    # the same cause as 曲江新区 in other cities: a zone printed without its city
    ("东湖高新区管委会", "420111", "武汉东湖新技术开发区管理委员会"),
    ("净月高新区管委会", "220100", "长春净月高新技术产业开发区管理委员会"),
    ("郑东新区管委会", "410100", "郑州市郑东新区管理委员会"),
    ("苏州工业园区管委会", "320505", "苏州工业园区管理委员会"),
    ("钱塘新区管委会", "330100", "杭州钱塘新区管理委员会"),
    # a district's own park keeps its own node, and another province's 东湖 is not 武汉's
    ("工业园区管委会", "320509", "苏州市吴江区工业园区管理委员会"),
    ("东湖高新区管委会", "360100", "东湖高新技术产业开发区管理委员会"),
])
def test_city_level_zones_of_other_cities(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # the same cause as 西安's in 广州 and 深圳 (their 2019 reforms), not from a made document
    ("区城管局", "440106", 2021, "广州市天河区城市管理和综合执法局"),
    ("市城管局", "440300", 2022, "深圳市城市管理和综合执法局"),
    ("区城管局", "440304", 2017, "深圳市福田区城管局"),
])
def test_urban_management_in_guangzhou_and_shenzhen(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected
