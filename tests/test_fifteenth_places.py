"""Causes found by the fifteenth made set (tests/made_gold/places15, a measurement of main bc27a78):
广西's counties' 文化广电体育和旅游局 (文广体旅局), 海南's 旅游和文化广电体育局 (旅文局) and
自然资源和规划局 printed 资规局, a district police branch named by the district's short name in
some cities (大连市公安局甘井子分局), and 海南's statutory 博鳌乐城 bureau. The places below are not
those of the made documents; the expected names are the bodies' official full names
(docs/made-eval.md)."""

from __future__ import annotations

import pytest

from graph.departments.bodies import bodies
from graph.departments.places import places
from graph.departments.registry import resolve

YANGSHUO, SANYA, WANNING, HAIKOU = "450321", "460200", "469006", "460100"
QINGDAO_SHINAN, SHENYANG_HEPING, CHENGDU_JINJIANG, WUHAN_WUCHANG = "370202", "210102", "510104", "420106"
DALIAN_ZHUANGHE, ANJI = "210283", "330523"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # 广西's counties: 文化广电体育和旅游局 (2019 on), printed 文广体旅局
    ("县文广体旅局", YANGSHUO, 2020, "阳朔县文化广电体育和旅游局"),
    ("县文化广电体育和旅游局", YANGSHUO, 2022, "阳朔县文化广电体育和旅游局"),
    # 海南's 旅游和文化广电体育厅/局 (旅文厅, 旅文局); elsewhere 旅文局 stays as printed
    ("省旅文厅", "HI", 2019, "海南省旅游和文化广电体育厅"),
    ("市旅文局", SANYA, 2021, "三亚市旅游和文化广电体育局"),
    ("市旅文局", WANNING, 2022, "万宁市旅游和文化广电体育局"),
    # 资规局/资规厅: 自然资源和规划局/厅
    ("市资规局", SANYA, 2021, "三亚市自然资源和规划局"),
    ("省资规厅", "HI", 2020, "海南省自然资源和规划厅"),
    ("县资规局", ANJI, 2021, "安吉县自然资源和规划局"),
    # a district's police branch: by the district's short name in 青岛, 沈阳 …; with 区 in 成都, 武汉
    ("区公安分局", QINGDAO_SHINAN, 2020, "青岛市公安局市南分局"),
    ("区公安分局", SHENYANG_HEPING, 2019, "沈阳市公安局和平分局"),
    ("区公安分局", CHENGDU_JINJIANG, 2021, "成都市公安局锦江区分局"),
    ("区公安分局", WUHAN_WUCHANG, 2021, "武汉市公安局武昌区分局"),
    # a county-level city of 大连 keeps its own 公安局
    ("市公安局", DALIAN_ZHUANGHE, 2020, "庄河市公安局"),
    # 海南's statutory bodies (法定机构)
    ("乐城先行区管理局", "HI", 2021, "海南博鳌乐城国际医疗旅游先行区管理局"),
    ("江东新区管理局", HAIKOU, 2021, "海口江东新区管理局"),
])
def test_fifteenth_set_causes(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_tourism_culture_short_form_elsewhere_stays_as_printed() -> None:
    # 旅文局 names 海南's body by its own name only; another city's stays what it printed
    assert resolve("市旅文局", jurisdiction="440300", year=2022).canonical == "深圳市旅文局"


def test_city_row_names_its_districts_body_only() -> None:
    # a prefecture's place_bodies row at level K reaches its districts, not the city itself
    # nor another city's districts
    b = bodies()
    p = places().get(QINGDAO_SHINAN)
    assert p is not None
    body = b.choose("公安分局", "K", 2020, short=False)
    assert body is not None
    assert b.full_name(body, p, "公安分局") == "青岛市公安局市南分局"
    other = places().get(CHENGDU_JINJIANG)
    assert other is not None
    assert b.full_name(body, other, "公安分局") == "成都市公安局锦江区分局"
