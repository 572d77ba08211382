"""Targets: the forms held-out sets thirty-nine to forty-two (made_tg_160–175) showed missed or wrong, in our own
sentences: a dash list led by a line whose first sentence is a past fact, 分别 lists after a list of years (one per
value, the 分别 of each list), a year list with 年底, a range of years opening a sentence and its clauses after ；,
Chinese numerals with decimals (百分之九十二点五) and with 万亿 (五万亿元), 提高 right before a number, 开设, a
forecast (预计), and a table whose indicator column names the unit in each row's brackets (指标（单位）)."""

from __future__ import annotations

import pytest

from graph.extract.citations import extract_citations
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


def test_a_dash_list_takes_the_year_of_its_lead_sentence_not_a_past_fact_before_it() -> None:
    text = "一、工作目标\n2023年，全区家具产业集群产值突破2500亿元。2024年，力争实现：\n——新增规模以上家具企业120家；\n——家具出口额达到五十亿元。\n"
    assert values(text, 2024) == [(120, "家", 2024), (50, "亿元", 2024)]
    # a lead line of one sentence, as before
    assert values("一、工作目标\n2024年，力争实现：\n——新增企业120家。\n", 2024) == [(120, "家", 2024)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two 分别 lists after one list of years: each list counts its own values
        ("到2027年和2030年，综合利用率分别达到60%和65%，回收利用量分别达到4.5亿吨和5亿吨。",
         [(60, "%", 2027), (65, "%", 2030), (4.5, "亿吨", 2027), (5, "亿吨", 2030)]),
        # a year list whose years end with 底
        ("到2023年底和2025年底，分别建成口袋公园50个和120个。", [(50, "个", 2023), (120, "个", 2025)]),
    ],
)
def test_a_list_of_years_gives_each_value_its_year(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text, 2022) == expected


def test_a_range_of_years_opening_a_sentence_governs_its_clauses_after_a_semicolon() -> None:
    text = "2023—2025年，全市累计完成固定资产投资2.4万亿元以上；其中，工业投资累计完成7000亿元，年均增长12%。"
    assert values(text, 2023) == [(2.4, "万亿元", 2025), (7000, "亿元", 2025), (12, "%", 2025)]
    assert values("（一）2021年至2023年，新建公园30个；改造绿道50公里。", 2021) == [(30, "个", 2023), (50, "公里", 2023)]
    # a past range still states facts
    assert values("2016—2020年，全市累计完成投资900亿元；新建公园30个。", 2021) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2025年，空气质量优良天数比率达到百分之九十二点五。", [(92.5, "%", 2025)]),
        ("到2025年，建成高标准农田三点五万亩。", [(3.5, "万亩", 2025)]),
        # 万 of the numeral and 亿 its magnitude: 5 万亿元, as 5万亿元 is
        ("到2030年，工业资源综合利用产值突破五万亿元。", [(5, "万亿元", 2030)]),
    ],
)
def test_chinese_numerals_with_decimals_and_wan_yi(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text, 2024) == expected


def test_ti_gao_right_before_a_number_is_a_cue() -> None:
    assert values("到2026年，产业数字化转型率提高10%—15%。", 2024) == [(10, "%", 2026)]
    # elsewhere in the clause it names no amount
    assert values("到2026年，着力提高企业数字化水平，重点企业占12%。", 2024) == []


def test_kai_she_is_a_cue() -> None:
    assert values("（三）拓展市场。在省外开设茶叶专卖店三百家。", 2025) == [(300, "家", None)]


def test_a_forecast_is_no_target() -> None:
    text = "2023年夏季，全国最大电力负荷达到13.39亿千瓦。预计2024年迎峰度夏期间全国最大电力负荷同比增长超过1亿千瓦。"
    assert values(text, 2024) == []
    assert values("各地要确保2024年6月底前，新增煤电装机投产1500万千瓦以上。", 2024) == [(1500, "万千瓦", 2024)]


def test_an_indicator_column_naming_the_unit_in_brackets() -> None:
    text = ("二、发展目标\n到2030年，主要指标见下表：\n类别\t指标（单位）\t2025年\t2030年\t属性\n"
            "设施网络\t铁路营业里程（公里）\t5000\t6500\t预期性\n服务质量\t设区市15分钟上高速比例（%）\t90\t95\t预期性\n")
    # in a plan of 2026 the 2025 column is the base
    assert values(text, 2026) == [(6500, "公里", 2030), (95, "%", 2030)]


def test_a_place_before_a_title_in_the_own_title_names_another_document() -> None:
    own = "湖北省人民政府关于印发湖北省“十五五”数字经济发展规划的通知"
    text = "为贯彻落实《“十五五”数字经济发展规划》，制定本规划。现将《湖北省“十五五”数字经济发展规划》印发给你们。"
    assert [c.title for c in extract_citations(normalize(text), own_title=own)] == ["“十五五”数字经济发展规划"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range whose lower bound prints the magnitude of the upper: the lower bound, in that magnitude
        ("到2026年，新增市场主体5万—8万家。", [(5, "万家", 2026)]),
        ("到2026年，新增市场主体5万至8万家。", [(5, "万家", 2026)]),
        # ranges without a magnitude, as before
        ("到2026年，新增市场主体2-3个，年均增长10%—15%。", [(2, "个", 2026), (10, "%", 2026)]),
    ],
)
def test_a_range_printing_the_magnitude_on_both_bounds(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text, 2024) == expected
