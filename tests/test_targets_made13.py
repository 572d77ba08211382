"""Targets: the causes found on the sixteenth held-out set of our own made documents
(made_tg_80..82, docs/made-eval-targets.md "Held-out sets ten to sixteen"), each in new sentences of
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
        # a space before the percent sign
        ("到2027年，县城污水处理率达到97 %以上。", [(97, "%", 2027)]),
        # a capacity per day; lengths and volumes in Latin letters
        ("新增再生水利用能力5万吨/日。", [(5, "万吨/日", None)]),
        ("新建雨污分流管网85km。", [(85, "km", None)]),
        ("新增水库库容1200万m³。", [(1200, "万m³", None)]),
        # 于 + a year after the number, closing the sentence, governs it
        ("新建乡镇污水处理站12座，于2027年10月底建成投运。", [(12, "座", 2027)]),
        # … but not a clause with a number of its own
        ("新建乡镇污水处理站12座，于2027年再新建8座。", [(12, "座", None), (8, "座", 2027)]),
    ],
)
def test_causes_of_set_sixteen(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_table_of_yearly_goal_columns_has_no_base() -> None:
    text = "指标\t单位\t2026年目标\t2027年目标\t2028年目标\n港口吞吐量\t亿吨\t1.1\t1.2\t1.3\n"
    assert [(r.value, r.year) for r in indicator_rows(text, 2026)] == [(1.1, 2026), (1.2, 2027), (1.3, 2028)]
    # with a plain first year, that column is still the base
    text = "指标\t单位\t2025年\t2027年目标\n港口吞吐量\t亿吨\t1.0\t1.2\n"
    assert [(r.value, r.year) for r in indicator_rows(text, 2025)] == [(1.2, 2027)]
