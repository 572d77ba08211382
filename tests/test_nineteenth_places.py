"""Causes found by the nineteenth made set (tests/made_gold/places19, first run on the code of main
7d5674b): 安徽's county branches of a city's 生态环境局 (六安市霍邱县生态环境分局), a 地区's bodies as
subjects of running text (由地区商务局牵头…, 地委宣传部要…), and three short forms of bodies of before the
2018-2019 reforms (工商质监局, 扶贫移民局, 委农工办). The places are not those of the made documents; the
expected names are the bodies' official full names (docs/made-eval.md, places19)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.extract.prose import prose_tasks

FEIXI, NANLING, ANJI, FUCHENG, SANTAI, SUZHOU = "340123", "340223", "330523", "510703", "510722", "320500"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("县生态环境分局", FEIXI, "合肥市肥西县生态环境分局"),
    ("芜湖市南陵县生态环境分局", NANLING, "芜湖市南陵县生态环境分局"),  # printed in full: kept
    ("县生态环境分局", ANJI, "湖州市生态环境局安吉县分局"),  # other provinces as before
])
def test_anhui_county_ecology_branch(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2020).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("区工商质监局", FUCHENG, 2016, "绵阳市涪城区工商行政管理和质量技术监督局"),
    ("县扶贫移民局", SANTAI, 2017, "三台县扶贫和移民工作局"),
    ("县委农工办", SANTAI, 2017, "中共三台县委农村工作领导小组办公室"),
    ("市委农工办", SUZHOU, 2015, "中共苏州市委农村工作领导小组办公室"),
])
def test_short_forms_before_the_reforms(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def _prose(text: str) -> list[list[tuple[str, str, bool]]]:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


def test_a_prefecture_district_bodies_in_running_text() -> None:
    assert _prose("三、保障\n由地区发展改革委牵头，会同地区财政局建立台账。") == [
        [("地区发展改革委", "lead", False), ("地区财政局", "support", False)]]
    assert _prose("三、保障\n地委宣传部要做好宣传。") == [[("地委宣传部", "responsible", False)]]
    # 地区 as a word stays one
    assert _prose("三、保障\n地区差距要逐步缩小。") == []
    assert _prose("三、保障\n各地区要结合实际抓好落实。") == [[("各地区", "responsible", True)]]
