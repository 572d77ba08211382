"""Causes found by the thirty-eighth made set (tests/made_gold/places38, first run on branch newplaces at
a8ababf): a 天津 district's 住房和建设委员会 printed 区住房建设委 and a 行政审批局 printed 区审批局 were kept
unexpanded, and so were a 上海 district's 规划和土地管理局 printed 区规土局 and a 建设和交通委员会 printed 区建交委
(before the 2018–2019 reforms). The places here are not those of the made documents (docs/made-eval.md,
places38: 上海市宝山区, 张家港市, 凉山彝族自治州, 天津市滨海新区)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

XIQING, BEICHEN, JIADING, SONGJIANG = "120111", "120113", "310114", "310117"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("区住房建设委", XIQING, "天津市西青区住房和建设委员会"),
    ("区住房和建设委", BEICHEN, "天津市北辰区住房和建设委员会"),
])
def test_a_tianjin_districts_housing_committee(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


def test_tianjins_own_and_other_housing_committees_are_unchanged() -> None:
    assert resolve("市住建委", jurisdiction="120000", year=2020).canonical == "天津市住房和城乡建设委员会"
    assert resolve("区住建委", jurisdiction="500112", year=2020).canonical == "重庆市渝北区住房和城乡建设委员会"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("区审批局", BEICHEN, "天津市北辰区行政审批局"),
    ("县审批局", "130725", "尚义县行政审批局"),  # 河北, a county of 张家口
])
def test_an_approval_bureau_printed_shenpiju(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


def test_qingdaos_approval_bureau_keeps_its_own_name() -> None:
    assert resolve("市审批局", jurisdiction="370200", year=2020).canonical == "青岛市行政审批服务局"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("区规土局", JIADING, "上海市嘉定区规划和土地管理局"),
    ("区规划土地局", SONGJIANG, "上海市松江区规划和土地管理局"),
    ("区建交委", SONGJIANG, "上海市松江区建设和交通委员会"),
])
def test_a_shanghai_districts_bodies_before_the_reforms(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2016).canonical == expected


def test_shanghais_own_planning_body_is_unchanged() -> None:
    assert resolve("市规划国土资源局", jurisdiction="310000", year=2016).canonical == "上海市规划和国土资源管理局"
