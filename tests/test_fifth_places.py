"""Causes found by the fifth made set (tests/made_gold/places5): a short form a national row also
carries (林草局, 统战部) printed elided in a prefecture's or county's document; 文广旅体局 (with 体育)
apart from 文广旅局; a 行政审批局 that keeps its own name; 辽宁's 营商环境建设局. The sentences are our
own and the places are not those of the made documents; the expected names are the bodies'
official full names (docs/made-eval.md)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

CHUXIONG, WEIXIAN, DEQING, BOLUO, HUZHOU, SHENYANG, YINCHUAN = (
    "532300", "130533", "330521", "441322", "330500", "210100", "640100")


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    # elided after a prefix of the document's own level: that place's body, not the national one
    ("林草局", CHUXIONG, "楚雄彝族自治州林业和草原局"),
    ("林草局", WEIXIAN, "威县林业和草原局"),
    ("统战部", CHUXIONG, "中共楚雄彝族自治州委统一战线工作部"),
    # the same for every national short form a template also knows
    ("发改委", WEIXIAN, "威县发展和改革委员会"),
    ("统计局", CHUXIONG, "楚雄彝族自治州统计局"),
    ("科协", WEIXIAN, "威县科学技术协会"),
    # a province's document already did so
    ("林草局", "LN", "辽宁省林业和草原局"),
])
def test_elided_short_form_is_the_documents_own_body(mention: str, jurisdiction: str, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2020)
    assert (r.canonical, r.resolved) == (expected, True)
    assert r.department_id is not None and not r.department_id.startswith("cn-")


@pytest.mark.parametrize("mention", ["国家林业和草原局", "国家林草局"])
def test_national_bodies_named_as_such_stay_national(mention: str) -> None:
    assert resolve(mention, jurisdiction=CHUXIONG, year=2020).department_id == "cn-nfga"
    # and a central document's bare short form is the national one
    assert resolve("林草局", jurisdiction="CN", year=2020).department_id == "cn-nfga"
    # central-only forms are not a local body
    assert resolve("税务总局", jurisdiction=WEIXIAN, year=2020).canonical == "国家税务总局"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    # 文广旅体局 keeps its 体育: 广东's counties print 文化广电旅游体育局 ...
    ("县文广旅体局", BOLUO, "博罗县文化广电旅游体育局"),
    ("县文化广电旅游体育局", BOLUO, "博罗县文化广电旅游体育局"),
    # ... 浙江's counties 文化和广电旅游体育局 (place_bodies.csv)
    ("县文广旅体局", DEQING, "德清县文化和广电旅游体育局"),
    # a city without sports in the bureau is still 文化广电和旅游局
    ("市文广旅局", HUZHOU, "湖州市文化广电和旅游局"),
])
def test_culture_bureau_with_sports(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


def test_both_forms_of_the_approval_bureau_keep_their_name() -> None:
    # 河北's counties print 行政审批局, 银川 行政审批服务局: neither is the other's full name
    weixian = resolve("县行政审批局", jurisdiction=WEIXIAN, year=2020)
    yinchuan = resolve("市行政审批服务局", jurisdiction=YINCHUAN, year=2020)
    assert (weixian.canonical, yinchuan.canonical) == ("威县行政审批局", "银川市行政审批服务局")
    # each is a standard body of its place (a template's id), not a name merely written out
    assert weixian.department_id == f"d{WEIXIAN}-approval-bureau"
    assert yinchuan.department_id == f"d{YINCHUAN}-approval"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("省营商局", "LN", "辽宁省营商环境建设局"),
    ("市营商局", SHENYANG, "沈阳市营商环境建设局"),
    ("市营商环境建设局", SHENYANG, "沈阳市营商环境建设局"),
])
def test_business_environment_bureau(mention: str, jurisdiction: str, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2019)
    assert (r.canonical, r.resolved) == (expected, True)
