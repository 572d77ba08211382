"""Causes found by the twenty-seventh made set (tests/made_gold/places27, first run on branch newplaces
at 6ae9b94): a banner's (旗) bodies and towns as subjects of running text, a list after 会同 running on
into the verb after a 委, a district's police branch named by the district's short name in running text,
a town printed alone that a division list also holds as a 台湾 county-level place (大溪镇), and 重庆's
pre-2018 district bodies (交委, 城乡建委, 文化委, the municipal 工商 bureau's district branches) and 浙江's
资源规划局. The places here are not those of the made documents (docs/made-eval.md, places27: 乌拉特前旗,
阿坝州, 重庆市江北区, 温岭市)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.departments.written_out import written_out
from graph.extract.prose import prose_tasks

YIWU, PUJIANG, SHAPINGBA, YUBEI, YUZHONG = "330782", "330726", "500106", "500112", "500103"
CHAOYANG, PUDONG = "110105", "310115"


def _prose(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # 浙江's counties' 自然资源和规划局, printed 资源规划局
    ("市资源规划局", YIWU, 2021, "义乌市自然资源和规划局"),
    ("县资源规划局", PUJIANG, 2022, "浦江县自然资源和规划局"),
    # 重庆's districts before the 2018 reform: committees
    ("区交委", SHAPINGBA, 2015, "重庆市沙坪坝区交通委员会"),
    ("区城乡建委", YUBEI, 2015, "重庆市渝北区城乡建设委员会"),
    ("区文化委", YUBEI, 2015, "重庆市渝北区文化委员会"),
    ("市城乡建委", "CQ", 2016, "重庆市城乡建设委员会"),
    # a municipal 工商 bureau's district branch (重庆 by the district's full name, 北京 by its short name)
    ("区工商分局", YUZHONG, 2015, "重庆市工商行政管理局渝中区分局"),
    ("区工商分局", CHAOYANG, 2014, "北京市工商行政管理局朝阳分局"),
    # 上海's districts' 城市管理行政执法局
    ("区城管执法局", PUDONG, 2021, "上海市浦东新区城市管理行政执法局"),
])
def test_district_and_county_bodies(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_a_banners_bodies_and_towns_in_running_text() -> None:
    assert _prose("三、保障\n（一）由旗环保局牵头，会同旗水务局、旗发改局建立联席会议制度。") == [
        [("旗环保局", "lead", False), ("旗水务局", "support", False), ("旗发改局", "support", False)]]
    assert _prose("三、保障\n旗委宣传部要加强宣传。旗财政局要统筹安排资金。各镇、苏木要结合实际抓好落实。") == [
        [("旗委宣传部", "responsible", False)], [("旗财政局", "responsible", False)], [("各镇、苏木", "responsible", True)]]
    assert _prose("三、保障\n旗帜鲜明地要求各部门加强领导。") == []


def test_a_list_after_hui_tong_ends_before_the_verb() -> None:
    assert _prose("三、保障\n由区发展改革委牵头，会同区财政局、区商务委建立服务业发展联席会议制度。") == [
        [("区发展改革委", "lead", False), ("区财政局", "support", False), ("区商务委", "support", False)]]


def test_a_police_branch_named_by_its_district() -> None:
    assert _prose("三、保障\n沙坪坝公安分局要加强重点商圈治安管理。") == [[("沙坪坝公安分局", "responsible", False)]]
    assert _prose("三、保障\n雁塔区公安分局要加强管理。") == [[("雁塔区公安分局", "responsible", False)]]
    assert _prose("三、保障\n该公安分局要加强巡逻。") == []


def test_a_town_printed_alone_is_no_county_level_place() -> None:
    # 大溪镇 is also a 台湾 county-level division in the list; printed alone it is the document's town
    assert written_out("大溪镇", {}) is None
    assert written_out("惠农区", {}) == "惠农区人民政府"
