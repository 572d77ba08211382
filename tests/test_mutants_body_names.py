"""Tests added for the mutants the mutation run found alive in graph/extract/town_names.py and
name_numbers.py (docs/mutation.md, ninth pass). Names of our own."""

from __future__ import annotations

import re

import pytest

from graph.extract.name_numbers import without_number_names
from graph.extract.town_names import is_town_opening_with_preposition

PREPOSITIONS = re.compile("[的由对将把向从被已了在是为]")


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("对湖街道", True),
        ("向阳镇人民政府", True),
        ("对湖街道办事处", True),
        ("珉谷街道", False),  # no preposition's character at its start
        ("对镇", False),  # too short to be a name past that character
        ("向对镇", False),  # a second such character right after the first
        ("对湖街道的", False),
        ("对重点镇", False),
        ("对该镇", False),
    ],
)
def test_a_town_whose_name_opens_with_a_prepositions_character(name: str, town: bool) -> None:
    assert is_town_opening_with_preposition(name, PREPOSITIONS) is town


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("市12345政务服务便民热线管理中心", "市政务服务便民热线管理中心"),
        ("12315消费者投诉举报中心", "消费者投诉举报中心"),
        ("全市123456家", "全市123456家"),
    ],
)
def test_a_hotlines_number_is_read_out_of_a_name(name: str, bare: str) -> None:
    assert without_number_names(name) == bare
