"""Causes found by the eighth made set (tests/made_gold/places8, first run on the code fixed for
places6, places7 and a probe): an autonomous region's own document (`自治区党委宣传部`, `团区委` meaning
the region's league, a 厅 of market regulation), the full name of an autonomous region's party
organs (中共X自治区委员会…), 四川's 文化广播电视和旅游局 (成都 apart), and a town's government as a
subject in running text. The sentences are our own and the places are not those of the made
documents; the expected names are the bodies' official full names (docs/made-eval.md)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.extract.prose import prose_tasks

NANCHONG, CHENGDU, XICHONG, NANNING_QINGXIU = "511300", "510100", "511325", "450103"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    # in an autonomous region's own document
    ("自治区党委组织部", "GX", "中共广西壮族自治区委员会组织部"),
    ("自治区党委网信办", "XJ", "中共新疆维吾尔自治区委员会网络安全和信息化委员会办公室"),
    ("自治区党委", "XZ", "中共西藏自治区委员会"),
    ("团区委", "GX", "共青团广西壮族自治区委员会"),
    ("区党委", "GX", "中共广西壮族自治区委员会"),
    ("自治区市场监管厅", "XJ", "新疆维吾尔自治区市场监督管理厅"),
    # a region named in full, in any document
    ("广西壮族自治区党委宣传部", "CN", "中共广西壮族自治区委员会宣传部"),
    # a district's own 团区委 and 区委 are unchanged
    ("团区委", NANNING_QINGXIU, "共青团南宁市青秀区委员会"),
    ("区委宣传部", NANNING_QINGXIU, "中共南宁市青秀区委宣传部"),
    # a province's party organs keep the short form of their committee
    ("省委宣传部", "SC", "中共四川省委宣传部"),
])
def test_autonomous_region_forms(mention: str, jurisdiction: str, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2021)
    assert (r.canonical, r.resolved) == (expected, True)


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("市文广旅局", NANCHONG, "南充市文化广播电视和旅游局"),
    ("市文广旅局", CHENGDU, "成都市文化广电旅游局"),
    ("县文广旅局", XICHONG, "西充县文化广播电视和旅游局"),
])
def test_sichuan_culture_bureau(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


def test_a_towns_government_is_a_subject_in_running_text() -> None:
    got = [(a.mention, a.role, a.generic) for t in prose_tasks("柏林镇人民政府要做好场地保障。") for a in t.assignees]
    assert got == [("柏林镇人民政府", "responsible", False)]
