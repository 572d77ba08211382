"""Causes found by the sixteenth made set (tests/made_gold/places16, first run on the code of main
bc27a78): an autonomous county printed by its short name, a 街道 named after a street that
carries a city's name, a county's 教育体育局 printed in full, the national regulators' offices of
重庆's districts that were prefectures, and the Youth League's committee and a 各 list as subjects
of running text. The places are not those of the made documents where a rule is general; the
expected names are the bodies' official full names (docs/made-eval.md, places16)."""

from __future__ import annotations

import pytest

from graph.departments.places import places
from graph.departments.registry import resolve
from graph.extract.prose import prose_tasks

YICHANG, BENXI, BENXI_COUNTY, SHIZHU, CHONGQING = "420500", "210500", "210521", "500240", "500000"
YUEXIU, HUANGPU, JIANSHUI, TAIHE, WANZHOU, FULING, QIANJIANG, BISHAN = (
    "440104", "310101", "532524", "360826", "500101", "500102", "500114", "500120")


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("长阳县人民政府", YICHANG, "长阳土家族自治县人民政府"),  # in its city's document
    ("长阳县发展改革局", YICHANG, "长阳土家族自治县发展和改革局"),
    ("石柱县人民政府", CHONGQING, "石柱土家族自治县人民政府"),
    ("本溪县人民政府", BENXI, "本溪满族自治县人民政府"),  # 本溪 alone stays 本溪市
    ("本溪市财政局", BENXI, "本溪市财政局"),
    ("县财政局", BENXI_COUNTY, "本溪满族自治县财政局"),
])
def test_an_autonomous_county_by_its_short_name(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


def test_a_province_short_name_makes_no_county() -> None:
    # 河南蒙古族自治县 is not 河南县: 河南 is a province's short name
    assert places().named("河南县") == ()
    assert resolve("河南省发展改革委", year=2021).canonical == "河南省发展和改革委员会"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("北京路街道办事处", YUEXIU, "广州市越秀区北京路街道办事处"),
    ("南京东路街道办事处", HUANGPU, "上海市黄浦区南京东路街道办事处"),
    ("中山街道办事处", WANZHOU, "重庆市万州区中山街道办事处"),
])
def test_a_street_named_after_a_city_is_no_city(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2022).canonical == expected


def test_a_printed_edu_sport_bureau_keeps_its_name() -> None:
    # both names are in use: 教育体育局 printed in full is not rewritten as 教育和体育局
    assert resolve("县教育体育局", jurisdiction=TAIHE, year=2023).canonical == "泰和县教育体育局"
    assert resolve("县教体局", jurisdiction=TAIHE, year=2023).canonical == "泰和县教育和体育局"
    assert resolve("县教育和体育局", jurisdiction=TAIHE, year=2023).canonical == "泰和县教育和体育局"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("万州银保监分局", WANZHOU, 2020, "中国银行保险监督管理委员会万州监管分局"),
    ("区银保监分局", FULING, 2021, "中国银行保险监督管理委员会涪陵监管分局"),
    ("涪陵金融监管分局", FULING, 2024, "国家金融监督管理总局涪陵监管分局"),
    ("黔江调查队", QIANJIANG, 2022, "国家统计局黔江调查队"),
    ("区发展改革委", WANZHOU, 2022, "重庆市万州区发展和改革委员会"),  # its own bodies as before
    ("区税务局", WANZHOU, 2022, "国家税务总局重庆市万州区税务局"),
])
def test_chongqing_districts_that_were_prefectures(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_other_chongqing_districts_have_no_such_office() -> None:
    r = resolve("璧山银保监分局", jurisdiction=BISHAN, year=2021)
    assert r.department_id is None and r.canonical == "璧山银保监分局"


def _prose(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)]


def test_the_league_committee_in_running_text() -> None:
    assert _prose("三、保障\n由县人社局牵头，会同团县委建立工作机制，定期调度进展。") == [
        [("县人社局", "lead"), ("团县委", "support")]]
    assert _prose("三、保障\n市教育局要会同团市委做好宣传。") == [[("市教育局", "lead"), ("团市委", "support")]]
    assert _prose("三、保障\n团省委要组织开展青年志愿服务。") == [[("团省委", "responsible")]]


def test_each_reads_over_bare_kinds_after_it() -> None:
    got = prose_tasks("三、保障\n各乡镇人民政府、街道办事处要明确专人负责，抓好落实。")
    assert [(a.mention, a.generic) for t in got for a in t.assignees] == [("各乡镇人民政府、街道办事处", True)]
    # a named body after a collective stays a body of its own
    got = prose_tasks("三、保障\n各区县人民政府、市财政局要加强资金保障。")
    assert [(a.mention, a.generic) for t in got for a in t.assignees] == [("各区县人民政府", True), ("市财政局", False)]
