"""Targets: the causes found on the fourteenth held-out set of our own made documents
(made_tg_70..74, docs/made-eval-targets.md "Held-out sets ten to fourteen"), each in new sentences of
our own."""

from __future__ import annotations

import pytest

from graph.extract.indicator_tables import indicator_rows
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round size after its cue: 千亿元 is 1000 亿元, 万亿元 is 1 万亿元 (a unit of its own)
        ("到2027年，全省数字经济核心产业增加值突破千亿元。", [(1000, "亿元", 2027)]),
        ("全市地区生产总值力争迈上万亿元台阶。", [(1, "万亿元", None)]),
        # an amount whose clause names no noun goes on the money target before it
        ("到2026年，全市软件业务收入达到3000亿元，力争2028年迈上5000亿元台阶。",
         [(3000, "亿元", 2026), (5000, "亿元", 2028)]),
        # GDP is a size to reach
        ("到2030年，人均GDP达到2.5万美元。", [(2.5, "万美元", 2030)]),
        # a transformer's capacity; grain in jin
        ("新增主变容量120万千伏安。", [(120, "万千伏安", None)]),
        ("全县粮食总产稳定在12亿斤以上。", [(12, "亿斤", None)]),
        # routes opened, products certified
        ("开通国际货运航线15条。", [(15, "条", None)]),
        ("新认证有机产品80个。", [(80, "个", None)]),
    ],
)
def test_causes_of_set_fourteen(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "培育千亿级产业集群。",  # a class, no count
        "对企业奖励500万元，力争2027年达到1亿元。",  # an award does not make the next amount a goal
        "迈上新台阶。",
    ],
)
def test_what_set_fourteen_keeps_out_stays_out(text: str) -> None:
    assert values(text) == []


def test_a_sheet_by_city_under_its_title() -> None:
    text = "2027年全省油料生产目标任务分解表\n序号\t设区市\t油料播种面积（万亩）\t油料产量（万斤）\n1\t赣州市\t95\t2.1\n"
    assert [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text, None)] == [
        ("赣州市油料播种面积", 95, "万亩", 2027), ("赣州市油料产量", 2.1, "万斤", 2027)]


def test_opening_a_route_is_a_cue_only_when_it_opens_the_clause() -> None:
    assert values("——开通城际公交线路12条；") == [(12, "条", None)]
    assert values("全省已有26个地市开通了政务服务热线。") == []
