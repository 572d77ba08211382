"""Targets: the blind held-out sets fifty-one and fifty-two (made_tg_210–217) showed, in our own sentences: a unit printed
with its other count word in brackets (`筹集保障性租赁住房3000套（间）`, `存栏60万头（只）`), 筹集 as the verb of a housing goal,
a fall by a share against the year before in a goal's sentence with no year (`…控制在60人以内，较上年下降百分之五`), and a
price charged to the public cut by a share (`门票价格降低20%`), which is a fee's cut, no target."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = 2026) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


def test_a_unit_with_its_other_count_word_in_brackets() -> None:
    text = "2026年，全市筹集保障性租赁住房3000套（间），其中新建1800套（间），开工建设配售型保障性住房800套。"
    assert values(text) == [(3000, "套（间）", 2026), (1800, "套（间）", 2026), (800, "套", 2026)]
    assert values("到2021年底，全县牲畜存栏稳定在60万头（只）。", 2021) == [(60, "万头（只）", 2021)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket holding more than a count word is no part of the unit
        ("到2027年，新增保障性租赁住房3000套（其中新建1800套）。", [(3000, "套", 2027), (1800, "套", 2027)]),
        # a bracket holding a place, not a count word
        ("到2027年，新建乡镇综合文化站12个（区）。", [(12, "个", 2027)]),
    ],
)
def test_a_bracket_that_is_no_count_word_stays_out_of_the_unit(text: str, expected: list[tuple[float, str, int]]) -> None:
    assert values(text) == expected


def test_housing_raised_is_a_goal_money_raised_is_not() -> None:
    assert values("筹集保障性租赁住房3000套（间），改造城镇老旧小区150个。") == [(3000, "套（间）", None), (150, "个", None)]
    assert values("2026年，多渠道筹集资金5亿元，用于保障性住房建设。") == []


def test_a_fall_against_the_year_before_goes_on_the_goal_of_its_sentence() -> None:
    text = "（一）道路交通。全年道路交通事故死亡人数控制在60人以内，较上年下降百分之五。"
    assert values(text) == [(60, "人", None), (5, "%", None)]
    assert values(text.replace("百分之五", "5%")) == [(60, "人", None), (5, "%", None)]


@pytest.mark.parametrize(
    "text",
    [
        "（一）道路交通。全年道路交通事故死亡人数60人，较上年下降5%。",  # a fact: no goal before it in its sentence
        "（一）全市粮食产量较上年增长3%。",  # no year and no goal: as before
    ],
)
def test_a_change_against_the_year_before_without_a_goal_or_a_year_stays_none(text: str) -> None:
    assert values(text) == []


def test_a_price_charged_cut_by_a_share_is_no_target() -> None:
    assert values("推动国有景区门票价格降低20%，对60周岁以上老年人实行门票减免。") == []
    assert values("到2027年，固定宽带和移动流量平均资费下降15%。") == []
    # revenue from tickets is a size to reach
    assert values("到2027年，景区门票收入达到5亿元。") == [(5, "亿元", 2027)]


def test_a_round_size_with_its_mark_after_it() -> None:
    # probing after the fixes: 大关 after the amount names no counted thing, as 台阶 does not
    assert values("到2027年，旅游综合收入突破1000亿元大关。") == [(1000, "亿元", 2027)]
    assert values("到2027年，全市接待游客突破1亿人次大关。") == [(1, "亿人次", 2027)]


def test_accidents_counted_in_qi() -> None:
    # probing after the fixes: 起 counts accidents or cases, a cap to keep
    text = "2026年，全市较大及以上生产安全事故起数控制在3起以内，亡人火灾控制在2起以内。"
    assert values(text) == [(3, "起", 2026), (2, "起", 2026)]
    assert values("去年春防期间，全市共发生森林火灾2起。") == []  # the past
    assert values("2026年，各部门要一起推进，查处一起、曝光一起。") == []  # 一起: together, one case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probing after the fixes: money granted in the next item of a list is that item's
        ("2026年，全市筹集保障性租赁住房3000套（间）、发放租赁补贴1000户。", [(3000, "套（间）", 2026)]),
        ("2026年，改造农村危房300户、每户补助1万元。", [(300, "户", 2026)]),
        # before the number, or with no list item between, it still says the money is granted
        ("2026年，对新增规模以上企业50家给予补贴。", []),
        ("2026年，发放租赁补贴1000户，筹集保障性租赁住房3000套（间）。", [(3000, "套（间）", 2026)]),
    ],
)
def test_money_granted_in_the_next_item_of_a_list(text: str, expected: list[tuple[float, str, int]]) -> None:
    assert values(text) == expected


def test_a_rate_named_with_a_grade_reached_keeps_its_name() -> None:
    # probing after the fixes: 达到或优于 inside the rate's name is no cue that cuts it
    ts = extract_targets(normalize("到2030年，县级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例保持100%。"), year=2026)
    assert [(t.indicator, t.value, t.unit, t.deadline) for t in ts] == [
        ("县级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例", 100, "%", 2030)]
