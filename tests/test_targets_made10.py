"""Targets: the causes found on the thirteenth held-out set of our own made documents
(made_tg_65..69, docs/made-eval-targets.md "Held-out sets ten to thirteen"), each in new sentences
of our own."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time cut to a goal in minutes (as in hours and days), none without a cut
        ("到2027年，120急救平均到达时间缩短至15分钟以内。", [(15, "分钟", 2027)]),
        # 百分之百: 100%
        ("到2026年，行政村快递服务覆盖率达到百分之百。", [(100, "%", 2026)]),
        # data volumes, equipment placed
        ("建成政务数据共享平台，汇聚数据资源500TB以上。", [(500, "TB", None)]),
        ("全市公共场所新增配置应急救护箱800个。", [(800, "个", None)]),
        # a second count glued to the first (N户M人)
        ("实施整村搬迁120户480人。", [(120, "户", None), (480, "人", None)]),
        # a phone in the name of the rate measured
        ("12345政务服务热线电话一次接通率达到90%以上。", [(90, "%", None)]),
        # a count of the document's own items before a colon
        ("到2027年，实现两个目标：一是新建养老服务中心12个；二是培训护理员3000人次。",
         [(12, "个", 2027), (3000, "人次", 2027)]),
    ],
)
def test_causes_of_set_thirteen(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    ["会议发言时间不超过10分钟。", "服务热线电话：12345。", "每次培训时间为90分钟。"],
)
def test_what_set_thirteen_keeps_out_stays_out(text: str) -> None:
    assert values(text) == []


def test_a_year_after_jiezhi_governs_the_paragraph_only_when_ahead() -> None:
    text = "截至2028年底，全县累计建成村级寄递物流站点260个；快递进村率保持在100%。"
    assert values(text, year=2026) == [(260, "个", 2028), (100, "%", 2028)]
    # in a later plan it describes the past: it governs nothing after it
    text = "截至2024年底，全县已建成村级寄递物流站点160个；全年新增站点30个。"
    assert values(text, year=2025) == [(30, "个", None)]


def test_a_time_cell_with_a_season() -> None:
    text = "序号\t重点任务\t牵头单位\t完成时限\n1\t新建排涝泵站6座\t县水利局\t2027年汛期前\n"
    assert values(text, year=2026) == [(6, "座", 2027)]
