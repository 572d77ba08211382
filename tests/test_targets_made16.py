"""Targets: a Chinese numeral inside a fixed phrase (a slogan or a service standard: 实现一次告知,
“最多跑一次”, “一件事一次办”, 一网通办, 一次性告知) is no count (``rules.toml [targets]
numeral_phrases``); held-out set twenty's table shapes (made_tg_90–93)."""

from __future__ import annotations

import pytest

from graph.extract.indicator_tables import indicator_rows
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


DOC = "某县农业农村局关于下达2026年高标准农田建设任务的通知"
BY_PLACE = (
    "序号\t乡镇（街道）\t新建高标准农田（亩）\t高效节水灌溉（亩）\n"
    "1\t城关镇\t3000\t800\n"
    "2\t河口乡\t2500\t600\n"
)


@pytest.mark.parametrize("lead", ["二、分镇安排\n", "二、分镇安排\n2026年，各乡镇（街道）建设规模如下：\n"])
def test_a_table_by_place_with_no_title_line_takes_the_documents_title(lead: str) -> None:
    rows = indicator_rows(lead + BY_PLACE, 2026, DOC)
    assert [(r.indicator, r.value, r.unit) for r in rows] == [
        ("城关镇新建高标准农田", 3000, "亩"), ("城关镇高效节水灌溉", 800, "亩"),
        ("河口乡新建高标准农田", 2500, "亩"), ("河口乡高效节水灌溉", 600, "亩"),
    ]


def test_a_table_by_place_with_no_title_line_under_a_title_of_no_targets() -> None:
    # the document's title names no targets (a report of results): nothing
    assert indicator_rows("二、分镇安排\n" + BY_PLACE, 2026, "某县2025年高标准农田建设情况的报告") == []
    # a title line of its own that names no targets still rules (as before)
    assert indicator_rows("各乡镇（街道）高标准农田基本情况\n" + BY_PLACE, 2026, DOC) == []


def test_a_first_year_column_later_than_the_document_is_a_goal() -> None:
    text = "类别\t指标名称\t单位\t2026年\t2028年\t属性\n数字化\t智能工厂\t家\t12\t30\t预期性\n"
    assert [(r.value, r.year) for r in indicator_rows(text, 2025)] == [(12, 2026), (30, 2028)]
    # in the document's own year, the first year's column is the base (as before)
    assert [(r.value, r.year) for r in indicator_rows(text, 2026)] == [(30, 2028)]


def test_a_table_row_of_a_loan_or_subsidy_in_money_is_no_goal() -> None:
    text = (
        "序号\t指标\t单位\t2025年完成\t2026年目标\n"
        "1\t发放创业担保贷款\t亿元\t8\t10\n"
        "2\t普惠小微贷款余额\t亿元\t300\t360\n"
        "3\t发放一次性吸纳就业补贴\t万元\t500\t600\n"
        "4\t扶持创业\t人\t3000\t3500\n"
    )
    assert [(r.indicator, r.value) for r in indicator_rows(text, 2026)] == [("普惠小微贷款余额", 360), ("扶持创业", 3500)]
