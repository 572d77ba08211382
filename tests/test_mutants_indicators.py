"""Tests added for the mutants the mutation run found alive in graph/extract/indicators.py
(docs/mutation.md): where the noun phrase before a number is cut (the last cue that is a verb, not
a cue inside a noun), brackets and quotes in it, coordinated items sharing a rate noun, and the
indicator a clause without a noun takes from the target before it.
"""

from __future__ import annotations

import pytest

from graph.extract.indicators import _trim_quotes
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def found(text: str) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.unit) for t in extract_targets(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建100个基地。", [("基地", 100, "个")]),
        ("培育50家X射线检测机构。", [("X射线检测机构", 50, "家")]),
        # the counted thing after the number is at most 40 characters long
        ("建设100个" + "甲" * 38 + "基地。", [("甲" * 38 + "基地", 100, "个")]),
        ("建设100个" + "甲" * 39 + "基地。", [("", 100, "个")]),
    ],
)
def test_the_counted_thing_after_a_number(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue inside a noun of `cue_in_nouns` (建成区, 建设项目) is no verb to cut at, wherever
        # the noun stands and however often it comes
        ("建成区绿化覆盖率达到40%。", [("建成区绿化覆盖率", 40, "%")]),
        ("全市建成区和县城建成区绿化覆盖率达到40%。", [("建成区和县城建成区绿化覆盖率", 40, "%")]),
        # the cut is at the last cue that is a verb
        ("某某物流园建设项目建设仓储用房8万平方米。", [("仓储用房", 8, "万平方米")]),
        ("建设污水处理厂配套管网建设项目20个。", [("污水处理厂配套管网建设项目", 20, "个")]),
        ("建设城乡示范区和建设园区建设项目20个。", [("园区建设项目", 20, "个")]),
        # the phrase after the verb when it has two characters or more (培训 is no cue inside 技能培训)
        ("2026年，开展补贴性技能培训80万人次。", [("补贴性技能培训", 80, "万人次")]),
        ("到2025年，每年培训农民5000人次。", [("农民", 5000, "人次")]),
        ("到2027年，不动产登记办理时间压缩至2个工作日以内。", [("不动产登记办理时间", 2, "个工作日")]),
        ("1\t省数据中心\t建设机房5000平方米\n", [("机房", 5000, "平方米")]),
        # the number in a cell of its own: the tab before it is no part of the indicator
        ("1\t省数据中心\t新建机房\t5000平方米\n", [("机房", 5000, "平方米")]),
        # a Latin letter at either end is part of it
        ("新增X射线探伤装置100台。", [("X射线探伤装置", 100, "台")]),
        # a cue word alone names nothing
        ("全省建设30个。", [("", 30, "个")]),
        # else the phrase before the verb, without the adverb that ends it (均)
        ("各乡镇均新建站1个。", [("各乡镇", 1, "个")]),
    ],
)
def test_the_noun_phrase_before_a_number_is_cut_after_its_last_verb(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that opens inside brackets: the text up to the unmatched ）is not the indicator's
        ("各类园区（含开发区，工业园区）污水集中处理率达到95%。", [("污水集中处理率", 95, "%")]),
        ("各类园区（含开发区，工业园区（集中区））污水集中处理率达到95%。", [("污水集中处理率", 95, "%")]),
        # nor is the ）left at the start of the phrase after the verb (新建）示范园区)
        ("各地（含新建）示范园区达到20个。", [("示范园区", 20, "个")]),
        # a clause that opens inside quotation marks keeps the quoted words (the ” is no bracket
        # to cut at: it may close a name whose “ the clause's start cut off)
        ("推进“一县一品，新建一村一韵”特色村100个。", [("一村一韵”特色村", 100, "个")]),
        # nor does a 、 inside brackets within brackets
        ("各省（区（含兵团）、市）农作物耕种收综合机械化率达到70%。", [("各省（区（含兵团）、市）农作物耕种收综合机械化率", 70, "%")]),
        # a 、 or 及 inside brackets or quotes does not split the items of a list
        ("淘汰水泥（熟料及粉磨能力）1亿吨、平板玻璃2000万重量箱。",
         [("水泥（熟料及粉磨能力）", 1, "亿吨"), ("平板玻璃", 2000, "万重量箱")]),
        ("新增省优“黄山杯”90项、安徽老字号30个。", [("省优“黄山杯”", 90, "项"), ("安徽老字号", 30, "个")]),
    ],
)
def test_brackets_and_quotes_in_the_phrase_before_a_number(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # items sharing a rate noun: one listed (普及率, kept whole: its 及 joins nothing), one
        # found by its shape (城镇化率)
        ("到2026年，智能电表、光纤入户普及率分别达到98%和90%。", [("智能电表普及率", 98, "%"), ("光纤入户普及率", 90, "%")]),
        ("常住人口、户籍人口城镇化率分别达到60%和45%。", [("常住人口城镇化率", 60, "%"), ("户籍人口城镇化率", 45, "%")]),
        # without 分别 too
        ("花生种植、收获机械化率达到65%和55%。", [("花生种植机械化率", 65, "%"), ("收获机械化率", 55, "%")]),
        # the head is the last item's, however many items come before it
        ("小麦、水稻、玉米耕种收综合机械化率分别达到95%、90%和85%。",
         [("小麦机械化率", 95, "%"), ("水稻机械化率", 90, "%"), ("玉米耕种收综合机械化率", 85, "%")]),
        # items with no head to share are their own indicators
        ("货物贸易、服务贸易分别增长10%和8%。", [("货物贸易", 10, "%"), ("服务贸易", 8, "%")]),
        # a Latin letter in an item splits nothing
        ("X射线机、CT机覆盖率分别达到90%和80%。", [("X射线机覆盖率", 90, "%"), ("CT机覆盖率", 80, "%")]),
    ],
)
def test_coordinated_items_share_their_rate_noun(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert found(text) == expected


def test_a_clause_without_a_noun_measures_the_target_before_it_with_its_verb() -> None:
    assert found("到2026年，全县旅游总收入达到60亿元，年均增长12%。") == [
        ("全县旅游总收入", 60, "亿元"), ("全县旅游总收入年均增长", 12, "%")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“安徽名牌”", "安徽名牌"),
        ("”示范区“", "示范区"),
        ("”，安徽名牌", "安徽名牌"),
        ("”X射线检测“", "X射线检测"),
        # a quotation mark that closes or opens a quote inside the indicator stays
        ("省优“黄山杯”", "省优“黄山杯”"),
        ("“黄山杯”品牌", "“黄山杯”品牌"),
        ("“黄山杯”奖", "“黄山杯”奖"),
    ],
)
def test_quotation_marks_are_trimmed_off_an_indicators_ends_only(text: str, expected: str) -> None:
    assert _trim_quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("氮氧化物和挥发性有机物排放总量分别下降10%。", [("氮氧化物排放总量", 10, "%"), ("挥发性有机物排放总量", 10, "%")]),
        ("二氧化硫、氮氧化物和挥发性有机物排放总量分别下降10%。",
         [("二氧化硫排放总量", 10, "%"), ("氮氧化物排放总量", 10, "%"), ("挥发性有机物排放总量", 10, "%")]),
        ("X射线机和CT机覆盖率分别达到90%。", [("X射线机覆盖率", 90, "%"), ("CT机覆盖率", 90, "%")]),
        ("城市和农村分别增长10%。", [("城市", 10, "%"), ("农村", 10, "%")]),
    ],
)
def test_a_lone_value_that_several_items_reach_each_is_one_target_per_item(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert found(text) == expected
