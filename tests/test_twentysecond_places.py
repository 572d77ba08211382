"""Causes found by the twenty-second made set (tests/made_gold/places22, first run on branch newplaces
at 0566320, after the fixes of places21): a county office of the banking and insurance regulator of
2018-2023 (安溪银保监组) and a county's branch of 中国邮政 (县邮政分公司), which no template covered. The
places here are not those of the made documents (docs/made-eval.md, places22)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

JINJIANG, NINGXIANG, FENGZE, QUANZHOU, FUJIAN, KUNSHAN = "350582", "430182", "350503", "350500", "350000", "320583"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("晋江银保监组", JINJIANG, 2020, "中国银行保险监督管理委员会泉州监管分局晋江监管组"),
    ("县银保监组", "350525", 2021, "中国银行保险监督管理委员会泉州监管分局永春监管组"),
    ("宁乡银保监办", NINGXIANG, 2019, "中国银行保险监督管理委员会长沙监管分局宁乡监管办事处"),
    # before 2018 the banking regulator's own office, after 2023 the financial regulator's
    ("滕州银监办", "370481", 2016, "中国银行业监督管理委员会枣庄监管分局滕州监管办事处"),
    ("晋江金融监管支局", JINJIANG, 2024, "国家金融监督管理总局晋江监管支局"),
])
def test_a_county_office_of_the_banking_and_insurance_regulator(mention: str, jurisdiction: str, year: int,
                                                                 expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("市邮政分公司", JINJIANG, 2018, "中国邮政集团公司晋江市分公司"),
    ("区邮政分公司", FENGZE, 2021, "中国邮政集团有限公司泉州市丰泽区分公司"),
    ("市邮政分公司", QUANZHOU, 2021, "中国邮政集团有限公司泉州市分公司"),
    ("省邮政分公司", FUJIAN, 2022, "中国邮政集团有限公司福建省分公司"),
    ("市邮政公司", KUNSHAN, 2022, "中国邮政集团有限公司昆山市分公司"),
    # the regulator is another body
    ("市邮政管理局", QUANZHOU, 2021, "泉州市邮政管理局"),
])
def test_a_branch_of_china_post(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected
