"""Causes found by the fortieth made set (tests/made_gold/places40, first run on branch newplaces at
68f24c3): a city's 国土资源和房屋局 (国土房屋局) and 服务业委员会 (服务业委) were kept as printed; 金融局 in a document
before the 2018 reforms was read as the later 地方金融监督管理局; a target 贷款新增500亿元 was taken for money lent.
The places here are not those of the made documents (docs/made-eval.md, places40: 大连市, 宁波市, 北京市海淀区,
岫岩满族自治县). (大连's 交通局 until its 2019 reform is left: a dated place row would cost its later
交通运输局 its template id.)"""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize

SHENYANG, TIANJIN, GUANGZHOU = "210100", "120000", "440100"


def test_a_citys_services_committee() -> None:
    assert resolve("市服务业委", jurisdiction=SHENYANG, year=2016).canonical == "沈阳市服务业委员会"


def test_a_land_and_housing_bureau() -> None:
    assert resolve("市国土房屋局", jurisdiction=SHENYANG, year=2016).canonical == "沈阳市国土资源和房屋局"
    assert resolve("市国土资源局", jurisdiction=SHENYANG, year=2016).canonical == "沈阳市国土资源局"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("市金融局", GUANGZHOU, 2016, "广州市金融工作局"),
    ("市金融局", TIANJIN, 2020, "天津市地方金融监督管理局"),  # after the 2018 reforms, unchanged
    ("市金融办", GUANGZHOU, 2015, "广州市人民政府金融工作办公室"),
])
def test_a_finance_bureau_before_the_reforms(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_a_finance_work_bureau_printed_in_full_keeps_its_name() -> None:
    # (places4 had it written out unresolved: 金融工作局 is now a body, named as printed in any year)
    r = resolve("区金融工作局", jurisdiction="440605", year=2024)
    assert (r.canonical, r.resolved) == ("佛山市南海区金融工作局", True)


def test_a_loan_target_to_add() -> None:
    got = extract_targets(normalize("一、工作目标\n到2022年底，全省普惠小微贷款新增800亿元。"), year=2022)
    assert [(t.value, t.unit, t.deadline) for t in got] == [(800, "亿元", 2022)]


def test_money_lent_is_no_target() -> None:
    got = extract_targets(normalize("一、工作目标\n对符合条件的企业给予贴息贷款500万元。"), year=2022)
    assert list(got) == []
