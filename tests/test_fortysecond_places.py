"""Cause found by the forty-second made set (tests/made_gold/places42, first run on branch newplaces at
aa692c5): in a document of a prefecture-level city over no county-level unit (东莞市, 嘉峪关市), its towns'
governments and 街道办事处 were kept as printed instead of written out with the city. The places here are not
those of the made documents (docs/made-eval.md, places42: 东莞市, 嘉峪关市, 海东市, 博乐市)."""

from __future__ import annotations

import pytest

from graph.departments.places import places
from graph.departments.registry import resolve

ZHONGSHAN, DANZHOU = "442000", "460400"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("小榄镇人民政府", ZHONGSHAN, "中山市小榄镇人民政府"),
    ("石岐街道办事处", ZHONGSHAN, "中山市石岐街道办事处"),
    ("那大镇人民政府", DANZHOU, "儋州市那大镇人民政府"),
])
def test_a_town_of_a_city_over_no_county(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2022).canonical == expected


def test_only_cities_over_no_county_hold_their_towns() -> None:
    ps = places()
    assert [c for c in ("441900", "442000", "460400", "620200", "440100", "133100")
            if ps.towns_under(ps.get(c))] == ["441900", "442000", "460400", "620200"]
