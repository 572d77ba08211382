"""Causes found by the tenth made set (tests/made_gold/places10, first run on the code fixed for
places9): state-level new areas and an agricultural zone the registry lacked, a city's 人民银行
中心支行 printed by the city's short name, and a branch of a city's bureau printed with the bureau's
short form. The sentences' places are not those of the made documents, except the one-place zones;
the expected names are the bodies' official full names (docs/made-eval.md)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

SUZHOU, NANCHANG, QIANDONGNAN, XIAOSHAN, YANCHI = "320500", "360100", "522600", "330109", "640323"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("西咸新区管委会", "SN", "陕西省西咸新区管理委员会"),
    ("杨凌示范区管委会", "SN", "杨凌农业高新技术产业示范区管理委员会"),
    ("兰州新区管委会", "GS", "兰州新区管理委员会"),
    ("长春新区管委会", "JL", "长春新区管理委员会"),
])
def test_new_areas_and_zones(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("人行苏州中心支行", SUZHOU, "中国人民银行苏州市中心支行"),
    ("人民银行苏州中心支行", SUZHOU, "中国人民银行苏州市中心支行"),
    # a provincial capital's office is named by its short name, a 州's as printed
    ("人行南昌中心支行", NANCHANG, "中国人民银行南昌中心支行"),
    ("人行黔东南州中心支行", QIANDONGNAN, "中国人民银行黔东南州中心支行"),
    ("人行苏州市中心支行", SUZHOU, "中国人民银行苏州市中心支行"),
])
def test_a_city_bank_office(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("市规划资源局萧山分局", XIAOSHAN, "杭州市规划和自然资源局萧山分局"),
    # a body the templates name as printed: as before
    ("市生态环境局盐池分局", YANCHI, "吴忠市生态环境局盐池分局"),
])
def test_a_branch_of_a_city_bureau(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected
