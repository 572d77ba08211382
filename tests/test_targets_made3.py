"""Targets: the causes found on the third held-out set of our own made documents (made_tg_21..24,
docs/made-eval-targets.md "Third held-out set"), each in new sentences of our own."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shares in Chinese numerals: 成 (一 counts with it)
        ("到2027年，全镇茶农人均收入比2022年增长四成以上。", [(4, "成", 2027)]),
        # a multiple of another quantity is none (翻两番, as 倍: tests/unseen_gold/src/h.py's reading)
        ("力争到2030年，园区工业产值翻两番。", []),
        ("到2026年，学校食堂“明厨亮灶”覆盖率达到八成，投诉量下降一成左右。", [(8, "成", 2026), (1, "成", 2026)]),
        # a score to reach
        ("到2025年，群众安全感测评达到95分以上。", [(95, "分", 2025)]),
        # such a unit only when its clause or list item ends after it
        ("开展培训十分必要，约三分之一的企业完成申报，每次宣讲不少于20分钟，工作一成不变。", []),
    ],
)
def test_shares_multiples_and_scores(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 提高 / 提升 with 个百分点: a rise to reach, in Arabic or Chinese numerals
        ("到2026年，县域义务教育巩固率提高2个百分点。", [(2, "个百分点", 2026)]),
        ("到2028年，绿色建筑占新建建筑比例提升十个百分点。", [(10, "个百分点", 2028)]),
        # keep a level; rebuild; treat
        ("到2027年，建制村通邮率保持100%。", [(100, "%", 2027)]),
        ("改建乡镇客运站6个，治理水土流失面积80平方公里。", [(6, "个", None), (80, "平方公里", None)]),
    ],
)
def test_cue_words(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_cue_that_must_open_its_clause() -> None:
    # 治理 opening the clause is its verb; inside a list of named measures it is a noun, and the
    # number counts the measures just named
    assert values("新增湿地面积20万亩，治理沙化土地30万亩。") == [(20, "万亩", None), (30, "万亩", None)]
    assert values("重点抓好宣传教育、河道保洁治理、应急值守3项工作。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a procedure's time in hours or days, cut to a goal (the time before the cut is no target)
        ("不动产抵押登记办理时间由5天压缩至2天，电力接入时间压缩至48个小时以内，跨境贸易通关时间压缩至30小时以内。",
         [(2, "天", None), (48, "个小时", None), (30, "小时", None)]),
        # a time limit (a rule), no goal
        ("投诉事项须在24小时内响应，3天内反馈，窗口每天开放8小时。", []),
    ],
)
def test_times_cut_to_a_goal(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_list_of_numbers_shares_the_last_unit() -> None:
    # 个 of each item is the start of the unit the last item prints in full
    assert values("2026年底前，供水、供气、排水接入时间分别压缩至4个、6个和8个工作日以内。") == [
        (4, "个工作日", 2026), (6, "个工作日", 2026), (8, "个工作日", 2026)
    ]
    # each item with its own full unit keeps it
    assert values("到2026年，新建驿站12个、书屋5家和球场3处。") == [(12, "个", 2026), (5, "家", 2026), (3, "处", 2026)]


def test_a_counted_noun_after_the_measure_word_is_not_in_the_unit() -> None:
    # 个县: 个 is the unit, 县 the thing counted (GUIDE: the number with its unit)
    assert values("到2027年，遴选20个县开展整县推进试点，新建4所学校。") == [(20, "个", 2027), (4, "所", 2027)]


def test_a_clause_of_effort_before_the_year_opening_the_paragraph() -> None:
    text = "经过五年努力，到2028年，全市河湖水质优良比例达到85%；黑臭水体消除比例不低于九成。"
    assert values(text) == [(85, "%", 2028), (9, "成", 2028)]


TABLE = (
    "二、主要目标\n"
    "到2027年，城乡环境明显改善。\n"
    "序号\t指标名称\t单位\t2022年\t2027年\t指标属性\n"
    "1\t城镇生活垃圾回收利用率\t%\t32\t≥40\t预期性\n"
    "2\t新增城市绿道长度\t公里\t—\t〔150〕\t约束性\n"
    "3\t人均公园绿地面积（平方米）\t\t13.5\t15\t预期性\n"
    "4\t智慧停车泊位\t个\t1200\t待定\t预期性\n"
    "三、重点任务\n"
)


def test_a_table_of_indicators_gives_the_last_years_column() -> None:
    got = [(t.path, t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(TABLE), year=2023)]
    assert got == [
        (("二",), "城镇生活垃圾回收利用率", 40, "%", 2027),
        (("二",), "新增城市绿道长度", 150, "公里", 2027),
        (("二",), "人均公园绿地面积", 15, "平方米", 2027),
    ]


def test_a_table_of_what_was_reached_gives_no_goal() -> None:
    # its last year is before the document's own: facts
    text = "指标\t单位\t2019年\t2020年\n森林覆盖率\t%\t44.6\t45.0\n"
    assert values(text, year=2021) == []
    # a row of cells with no header of indicators: not such a table
    assert values("项目\t单位\t数量\n路灯\t盏\t300\n") == []


# The fourth held-out set (made_tg_25..28), measured after the fixes above.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cue verbs 培养 (people trained), 招聘 (staff hired)
        ("到2027年，为乡村培养农技骨干800名，公开招聘社区工作者260名。", [(800, "名", 2027), (260, "名", 2027)]),
        # a spending to reach: the indicator ends with 投入
        ("到2026年，全社会研发经费投入达到120亿元。", [(120, "亿元", 2026)]),
        # money granted stays out, whatever its verb
        ("市财政投入奖补资金3000万元。", []),
    ],
)
def test_cue_verbs_and_spending(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_threshold_with_its_own_amount_qualifies_the_counted_noun() -> None:
    # 营业收入超十亿元企业: the threshold has its own amount before the count, with or without 的
    assert values("到2026年，营业收入超十亿元企业达到12家。") == [(12, "家", 2026)]
    assert values("到2026年，营业收入10亿元以上的企业达到12家。") == [(12, "家", 2026)]
    # a cap over a list of amounts stays a cap
    assert values("各市推荐的示范企业分别不超过8个和4个。") == []
    # the threshold alone is none
    assert values("对营业收入超过2000万元的企业给予奖励。") == []


# The fifth held-out set (made_tg_29..32), measured after the fixes above.

FLAT = (
    "二、发展目标\n"
    "到2028年，全县养老服务体系基本健全。主要指标如下：\n"
    "序号\n指标\n单位\n2023年\n2028年\n属性\n"
    "1\n养老机构护理型床位占比\n%\n48\n65\n约束性\n"
    "2\n社区老年食堂\n个\n12\n40\n预期性\n"
    "三、重点任务\n"
)


def test_a_table_of_indicators_flattened_one_cell_per_line() -> None:
    got = [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(FLAT), year=2024)]
    assert got == [("养老机构护理型床位占比", 65, "%", 2028), ("社区老年食堂", 40, "个", 2028)]
    # a row that does not open with its serial number ends the table (a merged cell, prose)
    broken = FLAT.replace("2\n社区老年食堂", "社区老年食堂\n2")
    assert [t.value for t in extract_targets(normalize(broken), year=2024)] == [65]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # events counted in 场次
        ("每年举办农民丰收节系列活动30场次以上。", [(30, "场次", None)]),
        # a short noun in the same unit continues the target before it in its sentence
        ("全县耕地保有量稳定在86万亩，永久基本农田72万亩。", [(86, "万亩", None), (72, "万亩", None)]),
        # and after a ；the next circled item of the list the target before opened
        ("新建高标准农田3万亩，其中①旱改水1万亩；②坡改梯0.5万亩。", [(3, "万亩", None), (1, "万亩", None), (0.5, "万亩", None)]),
        # in another unit too (园区新增建设用地3000亩，标准化厂房100万平方米)
        ("新增仓储用地500亩，冷库容量2万吨。", [(500, "亩", None), (2, "万吨", None)]),
        # a head stating what there is continues nothing
        ("新建停车场10个，车位总数为3000个。", [(10, "个", None)]),
        # a rate to compute with, after a short subject (按照…的20%)
        ("省级财政资金按照不高于项目总投资的15%给予补助。", []),
    ],
)
def test_events_parallel_clauses_and_rates(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


# The sixth held-out set (made_tg_33..36), measured after the fixes above.


def test_days_counted_and_task_rows_due() -> None:
    # a count of days the clause names (天数) is a goal; a time of day is none
    assert values("2026年，城区空气质量优良天数达到300天以上，图书馆每天开放10小时。") == [(300, "天", 2026)]
    # a number in a task table's row with a time limit is committed, with no cue word
    table = "序号\t工作任务\t责任单位\t完成时限\n1\t组织农技专家下乡指导500人次\t县农业农村局\t2025年11月底\n"
    assert values(table) == [(500, "人次", 2025)]
    # a register's row with dates, under no deadline column, is none
    register = "序号\t单位名称\t许可内容\t有效期自\n1\t某县计量所\t6项检定项目\t2021年4月2日\n"
    assert values(register) == []


def test_a_money_threshold_before_a_count() -> None:
    # 产值超5亿元企业: a threshold of the counted noun, with or without 其中
    assert values("到2027年，规上企业达到180户，其中产值超5亿元企业12户。") == [(180, "户", 2027), (12, "户", 2027)]
    # a list of amounts is none of that
    assert values("到2027年，两大产业集群分别实现产值80亿元、60亿元。") == [(80, "亿元", 2027), (60, "亿元", 2027)]
