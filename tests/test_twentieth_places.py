"""A cause found by the twentieth made set (tests/made_gold/places20, first run on the code of main
89b5b3a): a county's office of the financial regulator after the 2023 reform (贵溪金融监管支局), which no
template covered. The places here are not those of the made documents (docs/made-eval.md, places20)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

YIWU, CIXI, YIWU_CITY = "330782", "330282", "330700"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("义乌金融监管支局", YIWU, 2024, "国家金融监督管理总局义乌监管支局"),
    ("慈溪金融监管支局", CIXI, 2024, "国家金融监督管理总局慈溪监管支局"),
    # the prefecture's office is still a 监管分局
    ("金华金融监管分局", YIWU_CITY, 2024, "国家金融监督管理总局金华监管分局"),
])
def test_a_county_office_of_the_financial_regulator_after_2023(mention: str, jurisdiction: str, year: int,
                                                              expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected

