"""Causes found by the eighteenth made set (tests/made_gold/places18, first run on the code of main
498fc18): a city's district police branches named by the district's short name (福州市公安局仓山分局),
贵州's cities' 文化广电旅游局, a town whose name opens with a character that is elsewhere a
preposition (对湖街道, 向阳镇), and 各 with place levels listed after it (各街道、镇) as subjects of
running text. The places are not those of the made documents; the expected names are the bodies'
official full names (docs/made-eval.md, places18)."""

from __future__ import annotations

import pytest

from graph.departments.places import short_name
from graph.departments.registry import resolve
from graph.extract.cues import looks_like_unit
from graph.extract.prose import prose_tasks

GULOU_FZ, WUHUA_KM, HUANGPU_SH, PUDONG, HEPING_TJ, BINHAI_TJ, WUHOU = (
    "350102", "530102", "310101", "310115", "120101", "120116", "510107")
ZUNYI, LIUPANSHUI, YIBIN, SHIJIAZHUANG, DAOZHEN = "520300", "520200", "511500", "130100", "520325"


@pytest.mark.parametrize(("jurisdiction", "expected"), [
    (GULOU_FZ, "福州市公安局鼓楼分局"),
    (WUHUA_KM, "昆明市公安局五华分局"),
    (HUANGPU_SH, "上海市公安局黄浦分局"),
    (PUDONG, "上海市公安局浦东分局"),  # 浦东新区's short name is 浦东
    (HEPING_TJ, "天津市公安局和平分局"),
    (BINHAI_TJ, "天津市公安局滨海分局"),
    (WUHOU, "成都市公安局武侯区分局"),  # other cities keep the district's full name
])
def test_a_district_police_branch(jurisdiction: str, expected: str) -> None:
    assert resolve("区公安分局", jurisdiction=jurisdiction, year=2020).canonical == expected


def test_a_new_area_short_name() -> None:
    assert (short_name("浦东新区"), short_name("滨海新区"), short_name("清新区")) == ("浦东", "滨海", "清新")
    # its other bodies keep the full name
    assert resolve("区发展改革委", jurisdiction=BINHAI_TJ, year=2020).canonical == "天津市滨海新区发展和改革委员会"
    assert resolve("浦东新区人民政府", jurisdiction="310000", year=2020).canonical == "上海市浦东新区人民政府"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("市文化广电旅游局", ZUNYI, "遵义市文化广电旅游局"),
    ("市文广旅局", LIUPANSHUI, "六盘水市文化广电旅游局"),  # one node for both spellings
    ("市文化广电和旅游局", ZUNYI, "遵义市文化广电旅游局"),
    ("市文广旅局", YIBIN, "宜宾市文化广播电视和旅游局"),  # 四川's own name, as before
    ("市文化广电和旅游局", SHIJIAZHUANG, "石家庄市文化广电和旅游局"),  # other provinces as before
    ("县文广旅局", DAOZHEN, "道真仡佬族苗族自治县文化广电和旅游局"),  # 贵州's counties: no row
])
def test_guizhou_cities_culture_bureau(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


def _prose(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def test_a_town_whose_name_opens_with_a_preposition() -> None:
    assert _prose("三、保障\n向阳镇要做好服务保障。") == [[("向阳镇", "responsible", False)]]
    assert _prose("三、保障\n由将军乡牵头，会同县农业农村局建立台账。") == [
        [("将军乡", "lead", False), ("县农业农村局", "support", False)]]
    assert looks_like_unit("向阳街道办事处") and looks_like_unit("对江镇人民政府")
    # a preposition and its object stay what they are
    assert _prose("三、保障\n对重点镇要加大支持力度。") == []
    assert _prose("三、保障\n对该镇要加强指导。") == []
    assert not looks_like_unit("对小城镇")


def test_each_with_levels_listed() -> None:
    assert _prose("三、保障\n各县、市、区要结合实际抓好落实。") == [[("各县、市、区", "responsible", True)]]
    assert _prose("三、保障\n各乡、镇要明确专人负责。") == [[("各乡、镇", "responsible", True)]]
    assert _prose("三、保障\n各街道、乡镇要做好宣传。") == [[("各街道、乡镇", "responsible", True)]]
    # not a level: no collective of levels
    assert _prose("三、保障\n各县、数据专区要做好宣传。") == []
