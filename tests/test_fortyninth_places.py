"""Causes found by the forty-ninth and fiftieth made sets (tests/made_gold/places49, places50, first runs on branch
newplaces at 267ebd1 and 30d5018): a state grid office printed without 国网 after its county-level city's short name
(钟祥供电公司) was kept as printed; a city bureau's branch printed after the short name of its autonomous prefecture
(迪庆州生态环境局香格里拉分局) kept the short name; a district's land branch before the 2019 reform (区国土分局) was no
body. The places here are not those of the made documents (docs/made-eval.md, places49: 芜湖市, 日照市东港区,
科尔沁左翼中旗, 钟祥市; places50: 陇南市, 巴中市恩阳区, 香格里拉市, 神木市)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("义乌供电公司", "330782", "国网浙江省电力有限公司义乌市供电公司"),  # the county-level city's own
    ("吉首供电公司", "433101", "国网湖南省电力有限公司吉首市供电分公司"),
    ("金华供电公司", "330782", "国网浙江省电力有限公司金华供电公司"),  # its city's, by the city's short name
])
def test_a_state_grid_office_by_its_places_short_name(mention: str, jurisdiction: str, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2022)
    assert (r.canonical, r.resolved) == (expected, True)


def test_no_state_grid_office_from_another_county_or_without_a_place() -> None:
    assert resolve("供电公司", jurisdiction="330782", year=2022).canonical == "供电公司"
    assert not resolve("东阳供电公司", jurisdiction="330782", year=2022).canonical.startswith("国网浙江省电力有限公司义乌")


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("红河州生态环境局建水分局", "532524", "红河哈尼族彝族自治州生态环境局建水分局"),
    ("湘西州生态环境局吉首分局", "433101", "湘西土家族苗族自治州生态环境局吉首分局"),
])
def test_a_branch_after_its_prefectures_short_name(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2023).canonical == expected


def test_a_branch_printed_in_full_stays_as_printed() -> None:
    assert resolve("唐山市生态环境局迁安市分局", jurisdiction="130283", year=2021).canonical == "唐山市生态环境局迁安市分局"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("县国土资源分局", "510821", "广元市国土资源局旺苍县分局"),
    ("区国土分局", "511002", "内江市国土资源局市中区分局"),
    ("区国土分局", "120111", "天津市国土资源和房屋管理局西青区国土资源分局"),  # 天津's, after its 国土房管局
])
def test_a_land_branch_before_the_reform(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2016).canonical == expected
