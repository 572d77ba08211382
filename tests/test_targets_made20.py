"""Targets: the blind held-out sets forty-three and forty-four (made_tg_176–183) showed missed, in our own sentences:
numbered items under a lead line with a year and a colon, a number after 为 that counts whom the act serves, money
drawn in (到位资金), grids divided (划分), a table by city (市 | 2026年…目标（%）), and a table row whose last year's
cell is empty (—) while an earlier goal column holds its milestone."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


LEAD = "2026年，街道将集中力量办好以下民生实事，年底前全部完成：\n一、养老服务。新增社区养老服务站2个。\n二、公园绿地。新建口袋公园4个。\n"


def test_numbered_items_take_the_year_of_the_line_leading_them() -> None:
    assert values(LEAD, 2026) == [(2, "个", 2026), (4, "个", 2026)]
    # sub-units of an earlier item do not break the run of items
    text = LEAD.replace("\n二、", "\n（一）新增托育位120个。\n二、")
    assert values(text, 2026) == [(2, "个", 2026), (120, "个", 2026), (4, "个", 2026)]
    # an item's own year still governs it
    assert values(LEAD.replace("二、公园绿地。", "二、公园绿地。到2027年，"), 2026) == [(2, "个", 2026), (4, "个", 2027)]


def test_a_lead_line_without_a_year_or_a_colon_gives_none() -> None:
    assert values(LEAD.replace("2026年，", ""), 2026) == [(2, "个", None), (4, "个", None)]
    assert values(LEAD.replace("：\n", "。\n"), 2026) == [(2, "个", None), (4, "个", None)]
    # a past fact before the lead's own year: the lead's year
    assert values("2025年，全街道建成口袋公园3个。2026年，重点办好以下实事：\n一、新建口袋公园4个。\n", 2026) == [(4, "个", 2026)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2026年，为200户特殊困难老年人家庭实施居家适老化改造。", [(200, "户", 2026)]),
        ("2025年底前，为30个乡镇卫生院配备数字影像设备，推进紧密型县域医共体建设。", [(30, "个", 2025)]),
    ],
)
def test_a_number_after_wei_counts_whom_a_cued_act_serves(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text, 2025) == expected


@pytest.mark.parametrize(
    "text",
    [
        "到2026年，为5000名老年人免费体检。",  # no cue after the number
        "到2026年，为3家企业发放奖励资金。",  # money granted
        "到2026年，将其列为5个示范点实施管理。",  # 为 inside a verb, not opening the clause
    ],
)
def test_wei_without_a_cue_or_inside_a_verb_is_no_target(text: str) -> None:
    assert values(text, 2025) == []


def test_money_drawn_in_and_grids_divided() -> None:
    assert values("2026年，全年招商引资到位资金突破150亿元。", 2026) == [(150, "亿元", 2026)]
    assert values("到2025年底，全街道划分基础网格86个，网格员配备率达到100%。", 2025) == [(86, "个", 2025), (100, "%", 2025)]
    # 划分 of a description, not a count to reach
    assert values("按照标准划分为3个等级。", 2025) == []


def test_a_table_by_city_under_a_title_of_goals() -> None:
    text = "附表：2026年各市能耗强度降低目标\n市\t2026年能耗强度降低目标（%）\n合肥市\t3.0\n芜湖市\t2.8\n"
    assert values(text, 2026) == [(3.0, "%", 2026), (2.8, "%", 2026)]


def test_a_row_whose_last_year_cell_is_empty_keeps_its_milestone() -> None:
    text = ("主要指标\n序号\t指标名称\t单位\t2025年\t2030年\t2035年\n1\t高新技术企业数\t家\t1100\t1800\t2500\n"
            "2\t省级以上创新平台\t个\t210\t300\t—\n")
    assert values(text, 2026) == [(1800, "家", 2030), (2500, "家", 2035), (300, "个", 2030)]
