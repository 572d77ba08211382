"""Targets: the causes found on the ninth held-out set of our own made documents (made_tg_46..49,
docs/made-eval-targets.md "Held-out set nine"), each in new sentences of our own."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year in Chinese numerals (到二〇二七年) governs as 到2027年 does
        ("到二〇二七年，全区新建社区食堂25个。", [(25, "个", 2027)]),
        ("——到二〇三〇年，城市绿道总长度达到300公里。", [(300, "公里", 2030)]),
        # a due date with its month and day after the number (…，2027年9月底前建成; 6月30日前)
        ("新建应急避难场所4处，2027年9月底前建成。", [(4, "处", 2027)]),
        ("2026年6月30日前，建成智慧农贸市场5个。", [(5, "个", 2026)]),
        # 千分之N is a rate in ‰, as 百分之N is one in %
        ("到2027年，孕产妇死亡率降低到千分之二以下。", [(2, "‰", 2027)]),
        ("到2026年，全市低保对象比例压减至百分之二十以下。", [(20, "%", 2026)]),
        # units of transport and land
        ("新增内河运输船舶50艘，港口集装箱吞吐量达到80万标箱。", [(50, "艘", None), (80, "万标箱", None)]),
        ("全年保障通用航空飞行不少于3000架次。", [(3000, "架次", None)]),
        ("新增货运运力12万载重吨。", [(12, "万载重吨", None)]),
        ("到2027年，完成沙化土地治理200千公顷、水土流失治理900平方千米。",
         [(200, "千公顷", 2027), (900, "平方千米", 2027)]),
    ],
)
def test_causes_of_set_nine(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_year_in_chinese_numerals_in_a_title_is_no_deadline() -> None:
    text = "按照《某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，新建公园12个。"
    assert values(text) == [(12, "个", None)]


def test_a_cue_in_a_relative_clause_before_the_number_sets_no_goal() -> None:
    # found by the corpus build after the unit 艘: the airships approved are described, not committed
    assert values("一、同意该单位装备无人船（从国外引进的3艘X-20型无人船），用于巡查。") == []
    assert values("同意购置消防船（新建的2艘）。") == []
    # a goal with a cue of its own after the number still counts
    assert values("将引进的5艘新型渡船全部投入运营，新增运力达到2万载重吨。") == [(2, "万载重吨", None)]
