"""快 right before a number of 个百分点 is a cue (docs/mutation.md, pass eight, targets.py
`extract_targets` 156): a growth rate committed to run faster than another's is a target (GUIDE
"Targets": a quantity the document commits to reach, a percentage with its unit), as 高于/快于 are."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def targets(text: str) -> list[tuple[str, float, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(text))]


def test_faster_by_points_before_the_number_is_a_target() -> None:
    assert targets("到2025年，全省地区生产总值增速比全国快1个百分点。") == [("地区生产总值增速比全国快", 1.0, "个百分点", 2025)]
    # as 快于 and 高于 already were
    assert targets("到2025年，全省地区生产总值增速快于全国1个百分点。") == [("地区生产总值增速快于全国", 1.0, "个百分点", 2025)]


@pytest.mark.parametrize(
    "text",
    [
        "加快推进产业升级，研发投入占比比上年多1个百分点。",  # 加快 elsewhere in the clause is no cue
        "全省增速比全国快1%。",  # only with 个百分点
        "近年来，全省增速比全国快1个百分点。",  # the past
    ],
)
def test_faster_is_no_cue_elsewhere(text: str) -> None:
    assert targets(text) == []
