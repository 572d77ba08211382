"""Cause found by the forty-fifth made set (tests/made_gold/places45, first run on branch newplaces at
42326b5): the central bank's office for 北京, 中国人民银行营业管理部, printed 人行营管部 without a place, was kept as
printed. The places here are not those of the made documents (docs/made-eval.md, places45: 北京市, 晋江市, 东兴市,
张家川回族自治县): a 北京 district's document, and other printed forms."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve


@pytest.mark.parametrize("mention", ["人行营管部", "人民银行营业管理部", "人民银行营管部"])
def test_the_central_banks_office_for_beijing(mention: str) -> None:
    assert resolve(mention, jurisdiction="110105", year=2021).canonical == "中国人民银行营业管理部"


def test_chongqings_business_management_department_keeps_its_place() -> None:
    assert resolve("人行重庆营管部", jurisdiction="500000", year=2021).canonical == "中国人民银行重庆营业管理部"
