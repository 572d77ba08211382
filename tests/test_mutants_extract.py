"""Tests added for the mutants the mutation run found alive in graph/extract (docs/mutation.md).

Behaviour by public functions only (the modules are being split; their import paths stay).
"""

from __future__ import annotations

import pytest

from graph.extract.numbers import to_number
from graph.extract.responsibility import extract_tasks
from graph.extract.structure import numbered_units, path_at
from graph.extract.targets import extract_targets
from graph.extract.unread import warnings
from graph.ingest.normalize import normalize


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


def test_show_warns_of_bracketed_groups_with_role_words_when_no_task_is_read() -> None:
    # what `policykg show` points out when the rules read no task from a text that looks assigned
    text = normalize(
        "（技术支持）\n"  # four characters: a role word alone is no clause
        "（一）推进改革。（省发展改革委负责）\n"
        "（二）加强监管。（牵头单位：省市场监管局）\n"
        "（三）做好服务。\n"
        "（四）完善制度。（教育局负责）\n"
        "（五）开展考评。（考评单位：市委办）\n"  # a label naming no role
        "（六）开展试点（以下简称“试点工作”）。\n"
        "（七）压实责任。（牵头领导：张三）\n"  # a person is not an assignee (GUIDE)
    )
    assert warnings(text, ()) == [
        "unknown field label 考评单位： (add it to rules.toml [fields] or [field_labels])",
        "3 bracketed groups with role words but no task read: an unread form?",
    ]
    # with tasks read, only the unknown label is worth a word
    assert warnings(text, extract_tasks(text)) == [
        "unknown field label 考评单位： (add it to rules.toml [fields] or [field_labels])"]


def test_show_names_the_first_three_units_columns_of_an_unread_table() -> None:
    text = normalize(
        "责任单位：市教育局\n"  # a field line, not a column header
        "主责\n"  # too short to tell
        "责任单位（牵头单位列第一）\n"  # too long for a header
        "附件\n序号\t重点任务\t牵头 单位\t责任单位\t配合单位\t推进单位\t完成时限\n"
    )
    assert warnings(text, ()) == ["a units column (牵头 单位、责任单位、配合单位) but no task read: an unread table?"]
    # twelve characters are still a header
    assert warnings(normalize("责任单位（第一个为牵头）\n") + text, ()) == [
        "a units column (责任单位（第一个为牵头）、牵头 单位、责任单位) but no task read: an unread table?",
        "1 bracketed groups with role words but no task read: an unread form?"]


def test_a_piece_without_separators_stops_four_thousand_characters_each_way() -> None:
    from graph.extract.spans import Around, enclosing

    text = "全面推进" * 2500 + "。"  # 10,000 characters without a sentence end, then one
    assert enclosing(text, 5000, "。") == (1000, 9000)
    assert Around(text)(5000, "。") == (1000, 9000)
    assert Around(text)(9500, "。") == enclosing(text, 9500, "。") == (5500, 10000)
