"""Targets the third unseen set (docs/unseen-eval3.md) showed were missed: a share of a set that a
clause commits to reach, after the year it is due by (``2022年实现98%以上…机构接入互联网``), and
bandwidths (``100Mb/s以上``). Sentences of our own (GUIDE.md "Targets")."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def read(text: str) -> list[tuple[str, float, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("提升接入水平，2023年实现95%以上乡镇卫生院接入专线网络。", [("乡镇卫生院", 95, "%", 2023)]),
        ("到2025年，确保90%以上的行政村具备光纤接入能力。", [("行政村", 90, "%", 2025)]),
        ("在60%以上的省级园区实施循环化改造。", [("省级园区", 60, "%", None)]),  # as before
        ("学校出口带宽提升至1000Mb/s以上。", [("学校出口带宽", 1000, "Mb/s", None)]),
        ("到2022年，家庭宽带接入速率达到100Mbps以上。", [("家庭宽带接入速率", 100, "Mbps", 2022)]),
        # a threshold that qualifies a noun stays none
        ("对营业收入增长20%以上的企业给予奖励。", []),
    ],
)
def test_shares_and_bandwidths(sentence: str, expected: list[tuple[str, float, str, int | None]]) -> None:
    assert read(sentence) == expected
