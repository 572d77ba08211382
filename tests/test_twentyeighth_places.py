"""Causes found by the twenty-eighth made set (tests/made_gold/places28, first run on branch newplaces
at cf3dc58): an autonomous county's bodies printed after its kind (自治县民宗局), not read as the county's,
and 新疆's 文化体育广播电视和旅游局 printed 文体广旅局. The places here are not those of the made documents
(docs/made-eval.md, places28: 阿勒泰地区, 固原市, 威宁自治县, 沈阳市铁西区)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.extract.prose import prose_tasks

GONGCHENG, XIANGXI, JINPING, TACHENG, CHANGJI, KARAMAY, YIXING = (
    "450332", "433100", "522628", "654200", "652300", "650200", "320282")


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # an autonomous county's or prefecture's bodies by its kind
    ("自治县农业农村局", GONGCHENG, 2021, "恭城瑶族自治县农业农村局"),
    ("自治县民宗局", GONGCHENG, 2021, "恭城瑶族自治县民族宗教事务局"),
    ("自治州发改委", XIANGXI, 2020, "湘西土家族苗族自治州发展和改革委员会"),
    # ... only there: a county that is no autonomous one keeps the printed name
    ("自治县民宗局", JINPING, 2021, "自治县民宗局"),
    # 新疆's prefectures' culture, sports, radio and tourism bureau (2019 on)
    ("地区文体广旅局", TACHENG, 2020, "塔城地区文化体育广播电视和旅游局"),
    ("州文体广旅局", CHANGJI, 2021, "昌吉回族自治州文化体育广播电视和旅游局"),
    ("市文体广旅局", KARAMAY, 2020, "克拉玛依市文化体育广播电视和旅游局"),
    # elsewhere the name varies (江苏's 文化体育广电和旅游局?): as printed, with the place
    ("市文体广旅局", YIXING, 2022, "宜兴市文体广旅局"),
])
def test_autonomous_and_culture_bodies(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_an_autonomous_countys_body_in_running_text() -> None:
    text = "三、保障\n（一）由县农业农村局牵头，会同自治县民宗局、县财政局建立工作专班。"
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("县农业农村局", "lead"), ("自治县民宗局", "support"), ("县财政局", "support")]]
    assert not prose_tasks("三、保障\n自治县成立六十周年庆祝活动要隆重热烈。")
