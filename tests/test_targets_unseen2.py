"""A Chinese 一 before 万/亿 is a number (一万名), not the rhetorical 一 of 建设一支队伍 (GUIDE.md
"Targets": Chinese numerals 一 to 十万). Sentences of our own (docs/unseen-eval2.md)."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def read(text: str) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2022年，培育一万名乡村工匠。", [(1, "万名", 2022)]),
        ("到2022年，培育三万名乡村工匠。", [(3, "万名", 2022)]),
        ("到2022年，建设一支专业化的乡村工匠队伍。", []),
        ("到2022年，举办一期乡村工匠培训班。", [(1, "期", 2022)]),
    ],
)
def test_chinese_one_with_a_magnitude(sentence: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert read(sentence) == expected
