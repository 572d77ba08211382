"""Targets: the causes found on our own made documents (docs/made-eval-targets.md), each in new
sentences of our own, from the GUIDE's "Targets"."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def targets(text: str) -> list[tuple[str, float, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(text))]


def values(text: str) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese numeral closing the noun phrase its cue opened (not right after the cue)
        ("到2026年，新建物流枢纽园区四个，培育链主企业六家、配套企业三十家。",
         [(4, "个", 2026), (6, "家", 2026), (30, "家", 2026)]),
        ("打造文旅消费街区七条、康养小镇三个。", [(7, "条", None), (3, "个", None)]),
        # with a magnitude it keeps it in the unit, as 12万亩 does
        ("2025年底前，改造中低产茶园十二万亩。", [(12, "万亩", 2025)]),
        # rhetoric: no cue opens the phrase, or the numeral does not close it
        ("坚持两个毫不动摇，统筹两个市场资源。", []),
    ],
)
def test_chinese_numerals_closing_a_noun_phrase(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money: a size to reach, by the indicator's head noun (收入, 利润, 产值 …)
        ("到2027年，全区数字经济核心产业营业收入突破800亿元。", [("数字经济核心产业营业收入", 800, "亿元", 2027)]),
        ("到2024年底，脱贫户人均纯收入达到16000元。", [("脱贫户人均纯收入", 16000, "元", 2024)]),
        ("力争到2026年，规模以上食品企业实现利润45亿元。", [("利润", 45, "亿元", 2026)]),
        # a loan balance to reach (贷款余额), not money lent (贷款 alone, 担保贷款)
        ("到2027年，全市绿色贷款余额突破900亿元。", [("绿色贷款余额", 900, "亿元", 2027)]),
        ("今年向小微企业发放创业担保贷款3亿元。", []),
        # money granted, a cap, or an amount that qualifies a noun: no target
        ("对认定的星级农家乐，给予一次性奖励5万元。", []),
        ("单个企业年度补助总额不超过300万元。", []),
        ("新增年销售收入超20亿元的龙头企业八家。", [("年销售收入超20亿元的龙头企业", 8, "家", None)]),
    ],
)
def test_money_by_the_head_of_the_indicator(text: str, expected: list[tuple[str, float, str, int | None]]) -> None:
    assert targets(text) == expected


def test_eligibility_conditions_are_no_targets() -> None:
    assert targets("研发人员占职工总数比例不低于10%且不少于20人的企业，方可申报。") == []


def test_a_sub_indicator_opened_by_qizhong_continues_its_target() -> None:
    assert values("每年组织家政服务培训8000人次，其中农村妇女3000人。") == [(8000, "人次", None), (3000, "人", None)]


def test_a_threshold_qualifying_the_counted_noun_is_part_of_the_indicator() -> None:
    assert targets("到2026年，年接待游客50万人次以上的景区达到12个。") == [("年接待游客50万人次以上的景区", 12, "个", 2026)]


def test_the_last_year_of_a_run_in_goals_paragraph_governs_the_next_paragraph() -> None:
    text = (
        "一、总体目标\n（一）主要指标。到2022年，污水处理率达到90%。到2026年，污水处理率达到95%。\n"
        "城市黑臭水体比例比2020年下降20%。\n（二）工作原则。"
    )
    assert values(text) == [(90, "%", 2022), (95, "%", 2026), (20, "%", 2026)]


def test_a_year_mid_paragraph_elsewhere_does_not_govern_later_paragraphs() -> None:
    text = (
        "一、重点任务\n（一）治理扬尘。加强工地管理。到2019年，全面淘汰燃煤小锅炉。\n"
        "推进公交电动化。每年新增的公交车中新能源车比例达到70%以上。\n"
    )
    assert values(text) == [(70, "%", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one value that several coordinated items reach each (分别): a target per item, shared head
        ("到2027年，二氧化硫和氮氧化物排放总量分别比2022年下降8%。",
         [("二氧化硫排放总量", 8, "%", 2027), ("氮氧化物排放总量", 8, "%", 2027)]),
        # a listed shared head, not three characters of it
        ("到2026年，粉煤灰、冶炼渣综合利用率分别达到85%和92%。",
         [("粉煤灰综合利用率", 85, "%", 2026), ("冶炼渣综合利用率", 92, "%", 2026)]),
        # a cue inside a noun (建成区) does not cut the indicator; 保持 is a verb before the value
        ("县城建成区绿地率保持40%以上。", [("县城建成区绿地率", 40, "%", None)]),
        # a numbered label opening the line is no part of the indicator
        ("2.农村自来水普及率达到96%。", [("农村自来水普及率", 96, "%", None)]),
    ],
)
def test_indicator_boundaries(text: str, expected: list[tuple[str, float, str, int | None]]) -> None:
    assert targets(text) == expected


def test_compared_with_last_year_is_a_goal_when_due_in_the_documents_year() -> None:
    text = "2025年，全市单位生产总值能耗较上年下降2.5%。"
    assert [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(text, year=2025)] == [
        ("单位生产总值能耗", 2.5, "%", 2025)
    ]
    # a report of the past year, or no year it is due in: a description
    assert extract_targets(text, year=2026) == ()
    assert extract_targets("全市单位生产总值能耗较上年下降2.5%。", year=2025) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年底前，制修订地方标准十二项。", [(12, "项", 2026)]),
        ("年内制定团体标准15项以上。", [(15, "项", None)]),
    ],
)
def test_more_cue_verbs(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_clause_without_a_noun_measures_the_indicator_before_it() -> None:
    assert targets("到2026年，全县旅游总收入达到60亿元，年均增长12%。") == [
        ("全县旅游总收入", 60, "亿元", 2026), ("全县旅游总收入年均增长", 12, "%", 2026)
    ]
    assert targets("到2026年，城区PM2.5平均浓度比2020年下降8%，降至30微克/立方米。") == [
        ("城区PM2.5平均浓度", 8, "%", 2026), ("城区PM2.5平均浓度", 30, "微克/立方米", 2026)
    ]


def test_a_cap_on_a_fee_rate_is_no_target() -> None:
    # 高于 is no cue: 不高于 caps a rate (GUIDE: fee rates are not targets)
    assert targets("再担保业务收费，原则上不高于承担风险责任的0.5%。") == []


def test_a_procedure_time_cut_to_a_goal_is_a_target() -> None:
    assert targets("到2027年，不动产登记办理时间压缩至2个工作日以内。") == [("不动产登记办理时间", 2, "个工作日", 2027)]
    # a time limit of a procedure stays a rule
    assert targets("材料齐全的，受理部门应当在10个工作日内作出决定。") == []


def test_an_exclusion_word_inside_a_quoted_name_excludes_nothing() -> None:
    # 受理 excludes a case handled (受理投诉12件), not the name of a service
    assert targets("推广“马上受理”服务专区60个。") == [("“马上受理”服务专区", 60, "个", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("补充乡村医生300名。", [(300, "名", None)]),
        ("2026年，全县实施农村公路提升项目45个。", [(45, "个", 2026)]),
        ("推行惠企政策“免申即享”事项50项。", [(50, "项", None)]),
    ],
)
def test_cue_verbs_of_staffing_and_projects(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_dash_opening_a_goal_line_is_no_part_of_the_indicator() -> None:
    assert targets("——城乡居民健康素养水平达到30%。") == [("城乡居民健康素养水平", 30, "%", None)]


def test_a_due_year_after_the_number_governs_the_clause_it_opens() -> None:
    assert values("补充乡村教师80名，到2026年，教师本科学历比例达到70%。") == [(80, "名", None), (70, "%", 2026)]
    assert values("新建污水管网120公里，2025年底前完成。") == [(120, "公里", 2025)]


def test_a_growth_faster_than_another_by_points_is_a_target() -> None:
    assert targets("到2026年，县域居民收入增速高于全省平均水平0.5个百分点。") == [
        ("县域居民收入增速高于全省平均水平", 0.5, "个百分点", 2026)
    ]
    # 高于 with a percentage caps a rate
    assert targets("服务费率原则上不高于贷款本金的0.8%。") == []


# --- causes found by the second held-out set (13-20) and by round 9 of the error analysis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure word that counts the noun after 以上, with a cue before the number: a count
        ("每年带动500家以上小微企业完成技术改造。", [(500, "家", None)]),
        ("新增200个以上村级服务站开展代办服务。", [(200, "个", None)]),
        # a size before a noun, or a 的-phrase after it: a threshold, as before
        ("全面消除56人以上大班额。", []),
        ("对拥有5项以上发明专利的企业给予奖励。", []),
    ],
)
def test_a_count_with_yishang_before_its_noun(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_money_word_made_an_adjective_excludes_nothing() -> None:
    # 补贴性培训 counts people trained; a 补贴 amount stays no target
    assert values("2026年，开展补贴性技能培训80万人次。") == [(80, "万人次", 2026)]
    assert values("对参训人员给予每人500元培训补贴。") == []


def test_repair_is_a_cue_verb() -> None:
    assert values("修复老旧供水管网120公里。") == [(120, "公里", None)]


def test_a_per_capita_norm_to_build_by_is_no_goal() -> None:
    # 按照每…不少于N: the norm each new project is planned to, not a quantity to reach
    assert values("新建住宅小区要按照每百户不少于20平方米配建社区养老用房。") == []
    # with a year that governs it, a retrofit due by then: a goal
    assert values("老旧小区2027年前要按照每百户不少于15平方米补齐养老用房。") == [(15, "平方米", 2027)]
    # a ratio to reach stays one
    assert values("到2027年，每千人口拥有托位数达到4.5个。") == [(4.5, "个", 2027)]


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        # 及 inside 普及率 joins no list
        ("到2026年，智能电表、光纤入户普及率分别达到98%和90%。", ["智能电表普及率", "光纤入户普及率"]),
        ("学校、医院与社区网络安全培训普及率分别达到100%、95%和90%。", None),
        # 达标率: the 达 is in the noun
        ("城镇污水处理厂出水达标率达到98%。", ["城镇污水处理厂出水达标率"]),
        # 年底 after a removed year is no part of the indicator
        ("到2026年底接入平台的商户达到900家。", ["接入平台的商户"]),
    ],
)
def test_indicators_keep_words_that_hold_a_joiner_or_a_cue(text: str, indicators: list[str] | None) -> None:
    got = [t[0] for t in targets(text)]
    if indicators is None:  # three items, three values: each item its own rate
        assert len(got) == 3 and all(x.endswith("普及率") for x in got)
    else:
        assert got == indicators


def test_a_cue_word_alone_is_no_indicator() -> None:
    # issue 14: an indicator `建设` (the verb, with no noun of its own)
    assert targets("全省建设30个。") == [("", 30, "个", None)]
    assert targets("推动100个重点项目建设。") == [("重点项目建设", 100, "个", None)]


def test_a_share_of_risk_each_party_bears_is_a_contract_term() -> None:
    # the census of corpus targets (docs/error-analysis.md): a risk-sharing ratio is no goal
    assert values("原则上合作银行承担的风险责任比例不低于30%。") == []
    assert values("省级再担保基金的代偿分担比例不低于15%。") == []
    # a share of business to reach stays a goal
    assert values("确保支农担保业务占比达到70%以上。") == [(70, "%", None)]
