"""Causes found by the twenty-fourth made set (tests/made_gold/places24, first run on branch newplaces
at e0aefad): a branch of a higher body printed without its place's prefix (规划自然资源委X分局), which
stayed as printed. The places here are not those of the made documents (docs/made-eval.md, places24)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

HAIDIAN, YANCHI, JIANGNING = "110108", "640323", "320115"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # a district of 北京: the municipal commission's branch named by the district
    ("规划自然资源委海淀分局", HAIDIAN, 2021, "北京市规划和自然资源委员会海淀分局"),
    # a county of a city: the city's bureau's branch
    ("生态环境局盐池分局", YANCHI, 2021, "吴忠市生态环境局盐池分局"),
    # with the relative prefix, as before
    ("市生态环境局盐池分局", YANCHI, 2021, "吴忠市生态环境局盐池分局"),
])
def test_a_branch_of_a_higher_body_without_its_prefix(mention: str, jurisdiction: str, year: int,
                                                       expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_a_branch_named_by_another_place_is_not_written_out() -> None:
    # 江宁's document naming a branch in 海淀: no place of the document, kept as it was
    assert resolve("规划自然资源委海淀分局", jurisdiction=JIANGNING, year=2021).canonical \
        != "北京市规划和自然资源委员会海淀分局"
