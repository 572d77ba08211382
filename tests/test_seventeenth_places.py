"""Causes found by the seventeenth made set (tests/made_gold/places17, first run on the code of main
498fc18): 上海's own names of its districts' bodies (建设和管理委员会, 城市管理行政执法局,
住房保障和房屋管理局) and its and 天津's district police branches named without 区, a county's
扶贫办 written as its 扶贫开发办公室, a 上海 zone's committee, and a county-level district named alone as
the subject of running text. The places are not those of the made documents where a rule is
general; the expected names are the bodies' official full names (docs/made-eval.md, places17)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.departments.written_out import written_out
from graph.extract.prose import prose_tasks

XUHUI, PUDONG, NANKAI, BINHAI, WEIFANG, JIANGHAN = "310104", "310115", "120104", "120116", "370700", "420103"
TAIHE, QIANNAN, PINGLUO, SHIZUISHAN = "360826", "522700", "640221", "640200"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("区建设管理委", XUHUI, "上海市徐汇区建设和管理委员会"),
    ("区建管委", XUHUI, "上海市徐汇区建设和管理委员会"),
    ("区城管执法局", XUHUI, "上海市徐汇区城市管理行政执法局"),
    ("区房管局", XUHUI, "上海市徐汇区住房保障和房屋管理局"),
    ("市房管局", "310000", "上海市房屋管理局"),
    ("区公安分局", XUHUI, "上海市公安局徐汇分局"),
    ("区公安分局", PUDONG, "上海市公安局浦东分局"),  # not 浦东新分局
    ("区公安分局", NANKAI, "天津市公安局南开分局"),
    ("区公安分局", BINHAI, "天津市公安局滨海分局"),
    ("区绿化市容局", XUHUI, "上海市徐汇区绿化和市容管理局"),  # as before
])
def test_shanghai_and_tianjin_districts_own_names(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("市城管执法局", WEIFANG, "潍坊市城管执法局"),  # other places' names vary: as printed, with the place
    # 武汉's districts' own name from 2019 (place_bodies.csv, added for places26; our places17 row expects it)
    ("区城管执法局", JIANGHAN, "武汉市江汉区城市管理执法局"),
    ("区公安分局", JIANGHAN, "武汉市公安局江汉区分局"),
])
def test_other_places_keep_their_names(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


def test_a_poverty_office_by_its_short_form() -> None:
    assert resolve("县扶贫办", jurisdiction=TAIHE, year=2019).canonical == "泰和县扶贫开发办公室"
    assert resolve("州扶贫办", jurisdiction=QIANNAN, year=2020).canonical == "黔南布依族苗族自治州扶贫开发办公室"
    # other printed names keep theirs
    assert resolve("县扶贫工作办公室", jurisdiction=TAIHE, year=2019).canonical == "泰和县扶贫工作办公室"


def test_a_shanghai_zone_committee() -> None:
    r = resolve("莘庄工业区管委会", jurisdiction="310112", year=2021)
    assert r.canonical == "上海市莘庄工业区管理委员会" and r.department_id is not None


def test_a_county_named_alone_in_running_text() -> None:
    got = prose_tasks("三、保障\n平罗县要加快推进工业园区改造。城区要加快老旧小区改造。各县区人民政府要抓好落实。")
    assert [[(a.mention, a.role) for a in t.assignees] for t in got] == [
        [("平罗县", "responsible")], [("各县区人民政府", "responsible")]]
    assert written_out("平罗县", {}) == "平罗县人民政府"
    assert written_out("城区", {}) is None  # a common noun that is also a district's name
    assert resolve("平罗县人民政府", jurisdiction=SHIZUISHAN, year=2022).canonical == "平罗县人民政府"
    assert resolve("县财政局", jurisdiction=PINGLUO, year=2022).canonical == "平罗县财政局"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("寿光银监办", "370783", 2017, "中国银行业监督管理委员会潍坊监管分局寿光监管办事处"),  # in its own document
    ("县银监办", "130425", 2016, "中国银行业监督管理委员会邯郸监管分局大名监管办事处"),
])
def test_a_county_office_of_the_banking_regulator(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_a_county_short_name_before_a_body_only_in_its_own_document() -> None:
    # in its city's document the county's short name is not read (which body it names is not known)
    assert resolve("寿光银监办", jurisdiction="370700", year=2017).canonical == "寿光银监办"
    assert resolve("昆山海关", jurisdiction="320583", year=2019).canonical == "昆山海关"
