"""Indicator boundaries from the sentence's structure (issue #14 "Indicators are cut in the wrong
place"), lists of values and lists of targets sharing one cue."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def found(text: str) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.unit) for t in extract_targets(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number closing a table cell: the cells after it (units, time limit) are no indicator
        ("1\t新建城区幼儿园2所\t县教育局\t2024年底", [("城区幼儿园", 2, "所")]),
        # 其中 opens a sub-indicator; it is not part of it
        ("到2020年，全国农机总动力超过10亿千瓦，其中灌排机械动力达到1亿千瓦。",
         [("农机总动力", 10, "亿千瓦"), ("灌排机械动力", 1, "亿千瓦")]),
        # a 、 inside brackets does not cut the indicator (not 区）农作物…)
        ("各省（区、市）农作物耕种收综合机械化率达到70%。", [("各省（区、市）农作物耕种收综合机械化率", 70, "%")]),
        # the verb after the indicator is not part of it (not 农机总动力稳定)
        ("全国农机总动力稳定在10亿千瓦左右。", [("农机总动力", 10, "亿千瓦")]),
        ("到2021年底，全国数据中心平均利用率力争提升到55%以上。", [("数据中心平均利用率", 55, "%")]),
        ("以2015年为基期，单位产值能耗下降10%。", [("单位产值能耗", 10, "%")]),
        # a coordinated list with a shared head and 分别: one target per value (not 收获机械化率分别, 65%和)
        ("花生种植、收获机械化率分别达到65%和55%。", [("花生种植机械化率", 65, "%"), ("收获机械化率", 55, "%")]),
        ("货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%。",
         [("货物贸易占比", 30, "%"), ("对外投资占比", 20, "%"), ("实际利用外资占比", 10, "%")]),
        ("京津冀、长三角、珠三角等区域细颗粒物浓度分别下降25%、20%、15%左右。",
         [("京津冀区域细颗粒物浓度", 25, "%"), ("长三角区域细颗粒物浓度", 20, "%"), ("珠三角区域细颗粒物浓度", 15, "%")]),
        # a list of targets sharing one cue: the later clauses open with their numbers
        ("培育3家综合型工业互联网平台，20家行业型工业互联网平台，100家企业级工业互联网平台。",
         [("综合型工业互联网平台", 3, "家"), ("行业型工业互联网平台", 20, "家"), ("企业级工业互联网平台", 100, "家")]),
        # round 6: the counted thing after a number ends at 和 before the next number (T7), at a
        # verb (T4); 年均 in 年均浓度 is no cue to cut at (T11); 共举办 is the verb (T12)
        ("建设50所高水平高等职业学校和150个骨干专业（群）。",
         [("高水平高等职业学校", 50, "所"), ("骨干专业（群）", 150, "个")]),
        ("面向3万名专业技术人才和企业高级管理人员开展工业互联网素质提升培训。", [("专业技术人才和企业高级管理人员", 3, "万名")]),
        ("推动职业院校在10个左右技术技能人才紧缺领域大力开展职业培训。", [("技术技能人才紧缺领域", 10, "个")]),
        ("其中北京市细颗粒物年均浓度控制在60微克/立方米左右。", [("北京市细颗粒物年均浓度", 60, "微克/立方米")]),
        ("区域赛共举办35场，由各省负责组织。", [("区域赛", 35, "场")]),
        # 推广应用 is one verb (round 7 T2: not 应用工业机器人)
        ("每年推广应用工业机器人8000台以上。", [("工业机器人", 8000, "台")]),
        # a magnitude alone is the unit (known gap: 用户数超过5.6亿); not before a measure word or a noun
        ("5G个人用户普及率超过40%，用户数超过5.6亿。", [("5G个人用户普及率", 40, "%"), ("用户数", 5.6, "亿")]),
        ("实现标识注册总量突破5亿。", [("标识注册总量", 5, "亿")]),
        ("新增就业岗位超过5万个。", [("就业岗位", 5, "万个")]),
        ("培育超过5万家企业上云。", [("企业上云", 5, "万家")]),
        ("投资超过5亿的项目要报国务院核准。", []),
        ("建设专业化示范基地10个。", [("专业化示范基地", 10, "个")]),
    ],
)
def test_indicator(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert found(text) == expected


def test_cues_for_the_people_or_firms_a_plan_reaches() -> None:
    assert [(v, u) for _, v, u in found("面向3万名专业技术人才开展培训。推动全省100家企业实施分类分级管理。")] == [
        (3, "万名"), (100, "家")]


def test_a_clause_without_a_cue_after_a_sentence_break_is_no_continuation() -> None:
    assert found("培育3家综合型平台。20家行业型平台正在建设。") == [("综合型平台", 3, "家")]


def test_an_indicator_after_thousands_of_unmatched_brackets_does_not_recurse() -> None:
    from graph.extract.targets import _trim_head

    assert _trim_head("）" * 5000 + "农作物耕种收综合机械化率") == "农作物耕种收综合机械化率"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2025年，小学、初中入学率分别达到100%和99%。", ["小学入学率", "初中入学率"]),
        ("到2025年，粮食、蔬菜自给率分别达到95%和90%。", ["粮食自给率", "蔬菜自给率"]),
        ("到2025年，一级、二级公路优良率分别达到90%和80%。", ["一级公路优良率", "二级公路优良率"]),
        ("到2020年，户籍人口、常住人口城镇化率分别达到45%和60%。", ["户籍人口城镇化率", "常住人口城镇化率"]),
    ],
)
def test_a_shared_rate_noun_starts_where_the_parallel_part_ends(text: str, expected: list[str]) -> None:
    # the items before the last are as long as the last one's own part: the rest is the shared
    # head (入学率), not its leftmost three characters and 率 (中入学率)
    assert [t.indicator for t in extract_targets(normalize(text))] == expected
