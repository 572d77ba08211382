"""Targets: the causes found on the fifteenth held-out set of our own made documents
(made_tg_75..79, docs/made-eval-targets.md "Held-out sets ten to fifteen"), each in new sentences of
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
        # the ninth and tenth plans (1996–2000, 2001–2005)
        ("“九五”期间，全省新建乡镇卫生院300所。", [(300, "所", 2000)]),
        ("到“十五”末，全市城市燃气普及率达到90%。", [(90, "%", 2005)]),
        ("“十五五”期间，新建城市绿道500公里。", [(500, "公里", 2030)]),  # not 十五 then 五
    ],
)
def test_old_plan_periods(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_year_on_year_growth_due_in_the_documents_year_is_a_goal() -> None:
    assert values("2027年，全县社会消费品零售总额同比增长6%。", year=2027) == [(6, "%", 2027)]
    # a report of last year's growth stays out
    assert values("2026年全县社会消费品零售总额同比增长5.2%。", year=2027) == []


def test_a_phase_of_a_facility_is_no_count() -> None:
    assert values("2027年底前建成城东物流园二期，入驻企业80家以上。") == [(80, "家", 2027)]
    assert values("举办一期乡村振兴研讨班。") == [(1, "期", None)]


def test_a_table_whose_rows_are_years() -> None:
    text = ("全县分年度目标任务如下：\n年度\t新增造林面积（万亩）\t森林抚育（万亩）\n"
            "2026年\t3.5\t8\n2027年\t4\t9\n")
    assert [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text, 2026)] == [
        ("2026年新增造林面积", 3.5, "万亩", 2026), ("2026年森林抚育", 8, "万亩", 2026),
        ("2027年新增造林面积", 4, "万亩", 2027), ("2027年森林抚育", 9, "万亩", 2027)]
    # a table of years' results stays out (its title names no targets)
    text = "近年完成情况如下：\n年度\t新增造林面积（万亩）\n2024年\t3.1\n"
    assert indicator_rows(text, 2026) == []
