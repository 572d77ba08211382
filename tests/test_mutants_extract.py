"""Tests added for the mutants the mutation run found alive in graph/extract (docs/mutation.md).

Behaviour by public functions only (the modules are being split; their import paths stay).
"""

from __future__ import annotations

import pytest

from graph.extract.numbers import to_number
from graph.extract.structure import numbered_units, path_at
from graph.extract.targets import extract_targets


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("1.5万", 15000.0),
        ("12万", 120000.0),
        ("2亿", 200000000.0),
        ("3万亿", 3000000000000.0),
        ("1,000", 1000.0),
        ("12,500万", 125000000.0),
        ("2.5万亿", 2500000000000.0),
        ("三十", 30.0),
        ("两千", 2000.0),
        ("二〇二五", 2025.0),
        ("95", 95.0),
    ],
)
def test_numbers_with_their_multipliers_and_thousands_separators(printed: str, value: float) -> None:
    assert to_number(printed) == value


def test_a_target_printed_with_a_thousands_separator() -> None:
    # GUIDE "Targets": the value is the number; a comma between thousands is part of it
    text = "关于加快发展高新技术产业的实施意见\n到2025年，全省新增高新技术企业1,000家。\n"
    found = [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(text)]
    assert found == [("高新技术企业", 1000.0, "家", 2025)]


def test_a_target_counted_in_chinese_numerals_with_liang() -> None:
    # GUIDE "Targets": Chinese numerals count too; 两 is how 2 is printed before 千/百/万
    text = "关于培育专精特新企业的实施意见\n到2025年，全省培育两千家专精特新企业。\n"
    found = [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(text)]
    assert found == [("专精特新企业", 2000.0, "家", 2025)]


def test_the_path_of_an_offset_is_that_of_its_innermost_unit() -> None:
    # the GUIDE's example of a path: 四、 > （一） > 1.  ->  四/一/1
    text = "前言不属于任何单元。\n四、主要任务\n（一）统筹两个市场。\n1.拓展两个市场。加强合作。\n五、保障措施\n"
    units = numbered_units(text)
    assert path_at(units, text.index("加强合作")) == ("四", "一", "1")
    assert path_at(units, text.index("统筹")) == ("四", "一")
    assert path_at(units, text.index("保障")) == ("五",)
    assert path_at(units, 0) == ()
