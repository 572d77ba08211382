"""Committees of development zones resolve to their official names, in every city and county."""

from __future__ import annotations

import pytest

from graph.departments import resolve
from graph.departments.zones import zone_committee


@pytest.mark.parametrize(
    ("mention", "jurisdiction", "expected"),
    [
        ("合肥经开区管委会", "AH", "合肥经济技术开发区管理委员会"),
        ("芜湖高新区管委会", "AH", "芜湖高新技术产业开发区管理委员会"),
        ("郑州综保区管委会", "HA", "郑州综合保税区管理委员会"),
        ("成都高新区管理委员会", "CN", "成都高新技术产业开发区管理委员会"),
        ("洛阳市高新区管委会", "HA", "洛阳高新技术产业开发区管理委员会"),  # a zone carries its city's short name
        ("长沙望城经开区管委会", "HN", "长沙望城经济技术开发区管理委员会"),  # the zone's own name kept
        ("桐城市经开区管委会", "AH", "桐城经济技术开发区管理委员会"),  # a county-level city's zone
        ("淮北临空区管委会", "AH", "淮北临空经济区管理委员会"),
        ("宿松县工业园区管委会", "AH", "宿松县工业园区管理委员会"),  # no standard kind: the county's name
        ("安庆市宿松县工业园区管委会", "AH", "宿松县工业园区管理委员会"),
        ("谢家集区工业园区管委会", "AH", "淮南市谢家集区工业园区管理委员会"),  # a district's: with its city
    ],
)
def test_zone_committees_written_out(mention: str, jurisdiction: str, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2022)
    assert (r.canonical, r.resolved, r.generic) == (expected, True, False)


def test_relative_zone_committee_names_the_documents_city() -> None:
    # 市经开区管委会 in a 合肥市 document is 合肥's zone: the same body as 合肥经开区管委会
    assert resolve("市经开区管委会", jurisdiction="340100", year=2022).canonical == "合肥经济技术开发区管理委员会"
    # in a central document the city cannot be told: kept to the document
    assert resolve("市经开区管委会", jurisdiction="CN", year=2022).scoped


def test_committee_forms_and_other_committees() -> None:
    assert zone_committee("新区管委会") == ("新区管理委员会", False)
    assert zone_committee("发展和改革委员会") is None
    # a standard body whose name ends in 管理委员会 stays the standard body
    assert resolve("省国资委", jurisdiction="AH", year=2022).canonical == "安徽省人民政府国有资产监督管理委员会"
