"""Cause found by the thirty-fifth made set (tests/made_gold/places35, first run on branch newplaces at
c8b5e1c): a district's branch of the city's 医疗保障局 (区医保分局, 嘉兴市南湖区) was kept unexpanded. The places
here are not those of the made documents (docs/made-eval.md, places35: 咸宁市, 浦城县, 嘉兴市南湖区)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

LUCHENG, HAISHU, WUHOU = "330302", "330203", "510107"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("区医保分局", LUCHENG, "温州市医疗保障局鹿城分局"),  # 浙江: the district's short name
    ("区医疗保障分局", HAISHU, "宁波市医疗保障局海曙分局"),
    ("区医保分局", WUHOU, "成都市医疗保障局武侯区分局"),  # elsewhere: the district's full name
])
def test_a_districts_branch_of_the_citys_healthcare_security_bureau(
        mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2023).canonical == expected


def test_a_districts_own_healthcare_security_bureau_is_unchanged() -> None:
    assert resolve("区医保局", jurisdiction=LUCHENG, year=2023).canonical == "温州市鹿城区医疗保障局"
    assert resolve("市医疗保障局", jurisdiction="330300", year=2023).canonical == "温州市医疗保障局"
