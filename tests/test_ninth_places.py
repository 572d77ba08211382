"""Causes found by the ninth made set (tests/made_gold/places9, first run on the code fixed for
places8): 安徽's data bureaus (数据资源管理局, 合肥 apart), a city's power supply bureau in the five
provinces of 南方电网 (an office of the province's grid company), and one zone of 山西 the registry
lacked. The sentences are our own and the places are not those of the made documents, except the
one-place zone; the expected names are the bodies' official full names (docs/made-eval.md)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

ANQING, HEFEI, JINAN, GUILIN, KAIFENG, LULIANG = "340800", "340100", "370100", "450300", "410200", "530322"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("市数据资源局", ANQING, "安庆市数据资源管理局"),
    ("省数据资源局", "AH", "安徽省数据资源管理局"),
    ("市数据资源局", HEFEI, "合肥市数据资源局"),
    # other provinces keep the name as printed
    ("市数据资源局", JINAN, "济南市数据资源局"),
])
def test_anhui_data_bureaus(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2022).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("曲靖供电局", "YN", "云南电网有限责任公司曲靖供电局"),
    ("市供电局", GUILIN, "广西电网有限责任公司桂林供电局"),
    ("遵义供电局", "GZ", "贵州电网有限责任公司遵义供电局"),
    ("广州供电局", "GD", "广州供电局有限公司"),
])
def test_southern_grid_bureaus(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction"), [("市供电局", KAIFENG), ("县供电局", LULIANG)])
def test_no_grid_company_where_it_is_not_known(mention: str, jurisdiction: str) -> None:
    # 国家电网's provinces and a county's bureau: no company is made up
    assert "电网有限责任公司" not in resolve(mention, jurisdiction=jurisdiction, year=2021).canonical


def test_a_zone_of_shanxi() -> None:
    assert resolve("综改示范区管委会", jurisdiction="SX", year=2020).canonical == "山西转型综合改革示范区管理委员会"
