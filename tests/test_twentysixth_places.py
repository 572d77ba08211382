"""Causes found by the twenty-sixth made set (tests/made_gold/places26, first run on branch newplaces
at b183cf0): a local government's port office (口岸办), its foreign and overseas-Chinese affairs office
(外侨办, the pre-2018 merged office) and 武汉's districts' urban-management enforcement bureau (城管执法局),
each kept as printed for want of a template or a place's own name; and an area of a pilot free trade
zone printed by its own name (钦州港片区管委会, left by places24). The places here are not those of the made
documents (docs/made-eval.md, places26: 牡丹江, 攸县, 江夏区; places24: 钦州)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

HARBIN, DANDONG, SUIFENHE, FOSHAN = "230100", "210600", "231081", "440600"
HONGSHAN, CAIDIAN = "420111", "420114"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # the port office of a province or a border city (口岸办公室, a government office)
    ("省口岸办", "YN", 2016, "云南省人民政府口岸办公室"),
    ("市口岸办", DANDONG, 2014, "丹东市人民政府口岸办公室"),
    ("市口岸办", SUIFENHE, 2015, "绥芬河市人民政府口岸办公室"),
    # the merged foreign and overseas-Chinese affairs office (外事侨务办公室) and 广东 cities' 外事侨务局
    ("省外侨办", "HB", 2015, "湖北省人民政府外事侨务办公室"),
    ("市外侨办", HARBIN, 2014, "哈尔滨市人民政府外事侨务办公室"),
    ("市外侨局", FOSHAN, 2015, "佛山市外事侨务局"),
    # the plain foreign affairs office, as before
    ("市外办", HARBIN, 2021, "哈尔滨市人民政府外事办公室"),
    # 武汉's districts' 城市管理执法局 (2019 on); before, the printed name stays
    ("区城管执法局", HONGSHAN, 2021, "武汉市洪山区城市管理执法局"),
    ("区城管执法局", CAIDIAN, 2018, "武汉市蔡甸区城管执法局"),
    # 北京's municipal enforcement bureau
    ("市城管执法局", "BJ", 2020, "北京市城市管理综合行政执法局"),
])
def test_port_overseas_and_enforcement_offices(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # an area of a pilot free trade zone printed by its own name (left by places24: 钦州港片区管委会)
    ("南宁片区管委会", "450100", 2021, "中国（广西）自由贸易试验区南宁片区管理委员会"),
    ("两江片区管委会", "CQ", 2020, "中国（重庆）自由贸易试验区两江片区管理委员会"),
    ("郑州片区管委会", "410100", 2019, "中国（河南）自由贸易试验区郑州片区管理委员会"),
    ("黑河片区管委会", "231100", 2021, "中国（黑龙江）自由贸易试验区黑河片区管理委员会"),
    ("临港新片区管委会", "SH", 2021, "中国（上海）自由贸易试验区临港新片区管理委员会"),
    ("自贸试验区厦门片区管委会", "350200", 2023, "中国（福建）自由贸易试验区厦门片区管理委员会"),  # as before
    # an area two provinces' zones share is not written out as either's
    ("大兴机场片区管委会", "BJ", 2021, "大兴机场片区管理委员会"),
])
def test_a_free_trade_zone_area_by_its_own_name(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected
