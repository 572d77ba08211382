"""Targets: the causes found on the seventeenth and eighteenth held-out sets of our own made documents
(made_tg_83..85, docs/made-eval-targets.md "Held-out sets ten to eighteen"), each in new sentences of
our own."""

from __future__ import annotations

import pytest

from graph.extract.target_rules import year_value
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


def test_a_year_written_with_a_circle_for_zero() -> None:
    assert year_value("二○二七") == 2027
    assert values("到二○二七年，全县新建村级文化广场30个。") == [(30, "个", 2027)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("改造城镇危旧住房120栋。", [(120, "栋", None)]),
        ("新增太阳能路灯800盏。", [(800, "盏", None)]),
        ("推广植保无人机等智能农机装备300台套。", [(300, "台套", None)]),
        ("新建标准化实验室45间。", [(45, "间", None)]),
        ("为乡镇卫生院配备救护车20辆。", [(20, "辆", None)]),
    ],
)
def test_causes_of_set_seventeen(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_an_indicator_cell_spanning_the_category_column() -> None:
    # a cell merged over 类别 and 指标 (colspan) stands at its first column; the indicator cell is empty
    from graph.extract.indicator_tables import indicator_rows

    text = "类别\t指标\t单位\t2024年\t2027年\n常住人口城镇化率\t\t%\t66\t70\n1\t\t%\t1\t2\n"
    assert [(r.indicator, r.value) for r in indicator_rows(text, 2025)] == [("常住人口城镇化率", 70)]
