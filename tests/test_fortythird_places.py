"""Causes found by the forty-third made set (tests/made_gold/places43, first run on branch newplaces at
9131324): the central bank's 营业管理部 printed 营管部 (人行重庆营管部) and a 民航 regional regulator printed
民航X监管局 were kept as printed; 重庆's 大数据应用发展管理局 printed 市大数据发展局 was kept as printed. The places
here are not those of the made documents (docs/made-eval.md, places43: 湖北省, 河南省, 重庆市, 满洲里市), except for
重庆's own data bureau (place data of that municipality alone: tested with its districts' and another year's)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("民航湖北监管局", "420000", "中国民用航空湖北安全监督管理局"),
    ("民航四川监管局", "510000", "中国民用航空四川安全监督管理局"),
])
def test_a_civil_aviation_regional_regulator(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


def test_the_central_banks_business_management_department_printed_yingguanbu() -> None:
    assert resolve("人民银行重庆营管部", jurisdiction="500112", year=2020).canonical == "中国人民银行重庆营业管理部"


def test_chongqings_big_data_bureau() -> None:
    assert resolve("市大数据发展局", jurisdiction="500000", year=2020).canonical == "重庆市大数据应用发展管理局"
    # a district's is its own body of the city's name (places4 had it written out unresolved; places81 found the districts'
    # 大数据应用发展管理局 in 渝中区's information guide: graph/data/place_bodies.csv)
    r = resolve("区大数据发展局", jurisdiction="500112", year=2023)
    assert (r.canonical, r.resolved) == ("重庆市渝北区大数据应用发展管理局", True)
