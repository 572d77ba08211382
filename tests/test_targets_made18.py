"""Targets: the forms held-out sets thirty-five to thirty-eight (made_tg_144–159) showed missed or wrong,
in our own sentences: a run-in heading naming a year's goals (（一）2018年目标。, （二）远期目标（2023—2025年）。),
a sentence of facts opening with a past year that does not govern the next sentences, 增加至, and the
base of a ratio right after 每 (每10万人口)."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run-in heading opening with the year of its goals governs its paragraph
        ("一、目标任务\n（一）2019年目标。新增城镇就业5万人以上，城镇调查失业率控制在5%以内。\n",
         [(5, "万人", 2019), (5, "%", 2019)]),
        # a range inside a run-in heading naming goals: its last year
        ("一、发展目标\n（二）中期目标（2024—2026年）。游客接待量年均增长8%以上。\n", [(8, "%", 2026)]),
    ],
)
def test_a_run_in_heading_naming_a_years_goals_governs_its_paragraph(
        text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text, 2019) == expected


def test_the_year_opening_a_units_first_sentence_governs_the_next() -> None:
    assert values("二、重点任务\n（一）2020年，完成全部老旧小区改造任务。新建口袋公园30个。\n", 2019) == [(30, "个", 2020)]
    # not a year before the document's: a past year's facts govern nothing after them
    assert values("二、重点任务\n（一）2018年情况。新增城镇就业5万人以上。\n", 2019) == [(5, "万人", None)]
    # a year inside a first sentence that names no goals and does not open it governs nothing
    assert values("二、重点任务\n（一）提升质量（2024—2026年）。游客接待量年均增长8%以上。\n", 2019) == [(8, "%", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence of facts opening with a year before the document's: its year does not govern the next
        ("（二）完善网络。2018年全市已建成公共充电桩3000个。每个街道至少建成1座充电站。", [(1, "座", None)]),
        ("（二）开展培训。2017年全省完成技能培训8万人次。2018年起，每年开展技能培训10万人次以上。",
         [(10, "万人次", None)]),
        # ... but it governs the later clauses of its own sentence (the past: no targets)
        ("（二）开展培训。2017年，全省完成技能培训8万人次；全省技能人才总量达到120万人。", []),
        # a sentence opening with the document's year or later still governs the next (as before)
        ("（二）开展培训。2019年，完成技能培训8万人次。全年新增技能人才2万人。",
         [(8, "万人次", 2019), (2, "万人", 2019)]),
    ],
)
def test_a_past_year_opening_a_sentence_of_facts_governs_nothing_after(
        text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text, 2019) == expected


def test_zeng_jia_zhi_is_a_cue() -> None:
    assert values("到2025年，营收超百亿元企业由3家增加至6家。", 2023) == [(6, "家", 2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2025年，每10万人口康复医师达到8人。", [(8, "人", 2025)]),
        ("到2025年，每1000名老年人配备养老护理员5名。", [(5, "名", 2025)]),
    ],
)
def test_the_base_of_a_ratio_after_mei_is_no_goal(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text, 2023) == expected
