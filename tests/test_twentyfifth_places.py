"""Causes found by the twenty-fifth made set (tests/made_gold/places25, first run on branch newplaces
at 56bf868): a city bureau's district office named after the bureau's short name (市市场监管局X监管局), whose
short name was not written out, and a state forest farm in a field line (…林场总场), not read as a unit.
The places here are not those of the made documents (docs/made-eval.md, places25)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.extract.responsibility import extract_tasks
from graph.ingest.normalize import normalize

FUTIAN, NANSHAN, HAIDIAN, JIANGNING, YANCHI = "440304", "440305", "110108", "320115", "640323"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # 深圳's market regulator's district office, printed after the bureau's short name
    ("市市场监管局福田监管局", FUTIAN, 2023, "深圳市市场监督管理局福田监管局"),
    ("市场监管局南山监管局", NANSHAN, 2022, "深圳市市场监督管理局南山监管局"),
    # a 管理局 of a municipal bureau (printed in full, as before)
    ("市规划和自然资源局南山管理局", NANSHAN, 2022, "深圳市规划和自然资源局南山管理局"),
    # the 分局 branches, as before
    ("市规划资源局江宁分局", JIANGNING, 2021, "南京市规划和自然资源局江宁分局"),
    ("规划自然资源委海淀分局", HAIDIAN, 2021, "北京市规划和自然资源委员会海淀分局"),
    ("生态环境局盐池分局", YANCHI, 2021, "吴忠市生态环境局盐池分局"),
    # a word after 市 that is no body's short name stays as it was
    ("市市场化改革办公室", FUTIAN, 2023, "市市场化改革办公室"),
])
def test_a_city_bodys_district_office(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_a_forest_farm_in_a_field_line_is_a_unit() -> None:
    # 伊春: a forest bureau and a forest farm support; 黑龙江's 农场总场 the same
    text = "1.推进森林康养基地建设。\n牵头单位：市林业和草原局\n配合单位：带岭林业实验局、凉水林场\n"
    assert [a.mention for t in extract_tasks(normalize(text)) for a in t.assignees] == [
        "市林业和草原局", "带岭林业实验局", "凉水林场"]
    text = "2.推进垦区旅游。\n牵头单位：市文化和旅游局\n配合单位：宝泉岭农场总场\n"
    assert [a.mention for t in extract_tasks(normalize(text)) for a in t.assignees] == ["市文化和旅游局", "宝泉岭农场总场"]
