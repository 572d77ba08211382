"""Causes found by the sixth made set (tests/made_gold/places6): a town's or 街道's government printed
without its county; a prefecture's 银监分局 and 保监分局 before 2018; 农粮局 (农业和粮食局) before the
2019 reform; a party committee's 农工部 (农村工作部); 广州's districts' 科工信局 (科技工业和信息化局).
The sentences are our own and the places are not those of the made documents; the expected names
are the bodies' official full names (docs/made-eval.md)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

TONGXIANG, JIAXING, JIANGAN, YIBIN, SUZHOU, YICHUN, YUEYANG, HUANGPU = (
    "330483", "330400", "420102", "511500", "320500", "360900", "430600", "440112")


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    # in a county's or district's document, a town or 街道 printed alone is that county's
    ("濮院镇人民政府", TONGXIANG, "桐乡市濮院镇人民政府"),
    ("四唯街道办事处", JIANGAN, "武汉市江岸区四唯街道办事处"),
])
def test_town_of_the_documents_county(mention: str, jurisdiction: str, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2021)
    assert (r.canonical, r.resolved) == (expected, True)


def test_town_in_a_prefectures_document_is_not_guessed() -> None:
    # which county's town is not said: it stays as printed, the document's own
    r = resolve("濮院镇人民政府", jurisdiction=JIAXING, year=2021)
    assert (r.canonical, r.resolved) == ("濮院镇人民政府", False)
    # and a collective stays a collective
    assert resolve("各镇人民政府", jurisdiction=TONGXIANG, year=2021).department_id is None


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("宜宾银监分局", YIBIN, 2016, "中国银行业监督管理委员会宜宾监管分局"),
    ("苏州保监分局", SUZHOU, 2015, "中国保险监督管理委员会苏州监管分局"),
    ("宜宾银保监分局", YIBIN, 2020, "中国银行保险监督管理委员会宜宾监管分局"),
    ("市农粮局", YICHUN, 2017, "宜春市农业和粮食局"),
    ("市委农工部", YUEYANG, 2016, "中共岳阳市委农村工作部"),
    ("区科工信局", HUANGPU, 2021, "广州市黄埔区科技工业和信息化局"),
])
def test_templates_of_the_sixth_set(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=year)
    assert (r.canonical, r.resolved) == (expected, True)
    assert r.department_id is not None and r.department_id.startswith("d" + jurisdiction)
