"""Targets: a Chinese numeral inside a fixed phrase (a slogan or a service standard: 实现一次告知,
“最多跑一次”, “一件事一次办”, 一网通办, 一次性告知) is no count (``rules.toml [targets]
numeral_phrases``); held-out set twenty's table shapes (made_tg_90–93)."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[str, float, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    "text",
    [
        "到2026年，不动产登记全面实现一次告知、一次办结。",
        "到2026年，全县涉企事项实现一次办好。",
        "到2026年，群众办事做到一次办成，推行一次性告知。",
        "到2026年，高频事项全部实现“最多跑一次”。",
        "到2026年，实现“一件事一次办”事项全覆盖。",
        "到2026年，新生儿出生等事项实现一次申报、一次审核。",
    ],
)
def test_a_numeral_in_a_fixed_phrase_is_no_count(text: str) -> None:
    assert values(text, 2025) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count of 次 outside a phrase stays a target (举办一次, 一期)
        ("到2026年，全县举办一次招聘会。", [("招聘会", 1, "次", 2026)]),
        ("到2026年，全县举办一期乡村振兴培训班。", [("乡村振兴培训班", 1, "期", 2026)]),
        # a rate named by the phrase keeps its value and its name
        ("到2026年，企业开办一次办结率达到98%以上。", [("企业开办一次办结率", 98, "%", 2026)]),
        # beside a slogan, the real quantity
        ("到2026年，实现一次告知，新增便民服务点30个。", [("便民服务点", 30, "个", 2026)]),
    ],
)
def test_a_count_beside_a_fixed_phrase_stays(text: str, expected: list[tuple[str, float, str, int | None]]) -> None:
    assert values(text, 2025) == expected
