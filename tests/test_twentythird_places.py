"""Causes found by the twenty-third made set (tests/made_gold/places23, first run on branch newplaces
at 4db6140): a 街道 named X村 and a 民族乡 printed alone as prose subjects, which `township_alone` kept
out, and 天津's districts' 市场和质量监督管理局 (2014-2018), which no row named. The places here are not
those of the made documents (docs/made-eval.md, places23)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.extract.prose import prose_tasks
from graph.extract.tables import table_rows

HAIDIAN, HUAIROU, BINHAI, HEPING, CHAOYANG_BJ = "110108", "110116", "120116", "120101", "110105"


def _prose(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def test_a_street_office_named_after_a_village() -> None:
    assert _prose("三、保障\n中关村街道要做好企业服务。") == [[("中关村街道", "responsible", False)]]
    assert resolve("中关村街道", jurisdiction=HAIDIAN, year=2021).canonical == "北京市海淀区中关村街道办事处"
    # kinds of place, not names
    assert _prose("三、保障\n乡村街道要保持整洁。") == []
    assert _prose("三、保障\n村镇要加强环境整治。") == []


def test_an_ethnic_township_printed_alone() -> None:
    assert _prose("三、保障\n喇叭沟门满族乡要做好林下经济服务。") == [[("喇叭沟门满族乡", "responsible", False)]]
    assert resolve("喇叭沟门满族乡", jurisdiction=HUAIROU, year=2020).canonical == "北京市怀柔区喇叭沟门满族乡人民政府"
    assert _prose("三、保障\n少数民族乡要加强指导。") == []
    assert _prose("三、保障\n民族乡要加强指导。") == []


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("区市场监管局", BINHAI, 2016, "天津市滨海新区市场和质量监督管理局"),
    ("区市场和质量监管局", HEPING, 2017, "天津市和平区市场和质量监督管理局"),
    # from 2019 the district's 市场监督管理局, and other places keep theirs
    ("区市场监管局", BINHAI, 2020, "天津市滨海新区市场监督管理局"),
    ("区市场监管局", CHAOYANG_BJ, 2017, "北京市朝阳区市场监督管理局"),
])
def test_tianjin_districts_market_and_quality_regulator(mention: str, jurisdiction: str, year: int,
                                                        expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def _rows(text: str) -> list[tuple[str, list[str]]]:
    return [(r.task.text, [c.text for _, c in r.roles]) for r in table_rows(text)]


def test_a_project_named_after_the_body_it_builds() -> None:
    text = ("三、重点项目\n序号\n项目名称\n责任单位\n1\n冷链物流园扩建\n县发改局\n2\n县级融媒体中心\n县委宣传部\n"
            "3\n农产品质量安全检测中心\n县农业农村局\n\n四、保障措施\n")
    assert _rows(text) == [("冷链物流园扩建", ["县发改局"]), ("县级融媒体中心", ["县委宣传部"]),
                           ("农产品质量安全检测中心", ["县农业农村局"])]


def test_units_under_a_project_list_stay_units() -> None:
    # two units on a row of a list with a lead and a support column: the units, not a project
    text = ("三、重点项目\n序号\n项目名称\n牵头单位\n配合单位\n1\n冷链物流园扩建\n县发改局\n县商务局\n2\n"
            "县农业农村局\n县市场监管局\n\n四、保障措施\n")
    assert _rows(text) == [("冷链物流园扩建", ["县发改局", "县商务局"])]
