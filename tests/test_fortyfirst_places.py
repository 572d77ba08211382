"""Cause found by the forty-first made set (tests/made_gold/places41, first run on branch newplaces at
the code of c58c7a4): a 政务服务管理办公室 printed 政务办 (江苏's) was kept unexpanded. The places here are not
those of the made documents (docs/made-eval.md, places41: 江苏省, 云南省, 四川省, 陵水黎族自治县)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("市政务办", "320100", "南京市政务服务管理办公室"),
    ("市政务办", "320400", "常州市政务服务管理办公室"),
])
def test_a_government_services_office_printed_zhengwuban(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2022).canonical == expected


def test_a_government_services_bureau_is_unchanged() -> None:
    assert resolve("市政务服务局", jurisdiction="340100", year=2022).canonical == "合肥市政务服务管理局"
