"""Tests added for the mutants the mutation run found alive in graph/extract/deadlines.py
(docs/mutation.md, seventh pass): which year governs a target, read through ``extract_targets``
on sentences of the corpus's shape: a year inside a cited title, a start year before a due year,
a plan period opening a statement of goals, the goals after a run-in heading, a row's last cell.
"""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def deadlines(text: str) -> list[tuple[float, str, int | None, str]]:
    return [(t.value, t.unit, t.deadline, t.period) for t in extract_targets(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number before the clause a year opens is not governed by that year
        ("补充乡村教师80名，到2026年，教师本科学历比例达到70%。", [(80, "名", None, ""), (70, "%", 2026, "")]),
        # a 《title》 closed before the year, or cited after it
        ("到2025年，建成5G基站1万个，落实《5G发展规划》。", [(1, "万个", 2025, "")]),
        ("现将《行动计划》印发给你们。\n到2025年，培育骨干企业30家。", [(30, "家", 2025, "")]),
        ("按照《行动计划》要求，到2025年，培育骨干企业30家。", [(30, "家", 2025, "")]),
        # a year inside a title, then the due year
        ("按照《行动计划（2021—2023年）》，到2025年，新增高新技术企业100家。", [(100, "家", 2025, "")]),
        # a start year, then the due year
        ("从1995年开始，到1998年，培训乡村教师2000名。", [(2000, "名", 1998, "")]),
        # the later of two years before the number, not the one that describes a thing
        ("到2020年，淘汰2012年底前注册的国三柴油货车，基本淘汰全市范围内的3万辆老旧柴油货车。", [(3, "万辆", 2020, "")]),
        # a plan period opening a statement of goals governs the sentences after it, and says so
        ("“十三五”科技创新的总体目标是：国家科技实力大幅跃升。科技进步贡献率达到60%。", [(60, "%", 2020, "十三五")]),
        ("三、发展目标\n“十三五”科技创新的总体目标是：国家科技实力大幅跃升。\n科技进步贡献率达到60%。", [(60, "%", 2020, "十三五")]),
        # a title closed in an earlier sentence does not open one in this sentence
        ("按照《实施意见》要求。落实《行动计划（2021—2023年）》，新增高新技术企业100家。", [(100, "家", None, "")]),
        # a year skipped (a baseline, a number's year, a start year) does not end the search
        ("与2015年相比，到2020年，单位产值能耗下降15%。", [(15, "%", 2020, "")]),
        ("根据2019年第237号公告，到2025年，新增高新技术企业100家。", [(100, "家", 2025, "")]),
        ("自2019年起，到2025年，每年新增高新技术企业100家。", [(100, "家", 2025, "")]),
        # a start year with its month
        ("从2020年3月起，每年新增高新技术企业100家。", [(100, "家", None, "")]),
        ("2020年3月开始，每年新增高新技术企业100家。", [(100, "家", None, "")]),
        ("2019年版标准实施后，到2025年，新增高新技术企业100家。", [(100, "家", 2025, "")]),
    ],
)
def test_the_year_that_governs_a_target(text: str, expected: list[tuple[float, str, int | None, str]]) -> None:
    assert deadlines(text) == expected


def test_the_goals_after_a_run_in_heading_govern_the_units_later_paragraphs() -> None:
    text = (
        "一、总体目标\n（一）主要指标。到2022年，污水处理率达到90%。到2026年，污水处理率达到95%。\n"
        "城市黑臭水体比例比2020年下降20%。\n（二）工作原则。"
    )
    assert deadlines(text) == [(90, "%", 2022, ""), (95, "%", 2026, ""), (20, "%", 2026, "")]


def test_a_year_in_the_middle_of_a_paragraph_of_tasks_governs_that_paragraph_only() -> None:
    text = "一、重点任务\n（一）治理扬尘。加强工地管理。到2019年，全面淘汰燃煤小锅炉。\n推进公交电动化。每年新增的公交车中新能源车比例达到70%以上。\n"
    assert deadlines(text) == [(70, "%", None, "")]


def test_the_last_cell_of_a_text_may_be_a_rows_time_limit() -> None:
    text = "序号\t任务内容\t责任单位\t完成时限\n1\t新建城区幼儿园2所\t县教育局\t2024年底"
    assert deadlines(text) == [(2, "所", 2024, "")]


_HEAD = "序号\t任务内容\t完成时限\t责任单位\n"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the time-limit cell between other cells
        ("1\t新建城区幼儿园2所\t2024年底\t县教育局\n", [(2, "所", 2024, "")]),
        # the time-limit cell last in its row, another row after it
        ("1\t新建城区幼儿园2所\t县教育局\t2024年底\n2\t改造食堂3个\t县教育局\t2025年底\n", [(2, "所", 2024, ""), (3, "个", 2025, "")]),
        (
            "1\t新建城区幼儿园2所\t县教育局\t2024年底\n2\t改造农村学校食堂和学生宿舍及配套设施15个并同步完善相关管理制度\t县教育局\n",
            [(2, "所", 2024, ""), (15, "个", None, "")],
        ),
        ("1\t新建城区幼儿园2所\t县教育局\t2024年底\n合计\t\t\t\n", [(2, "所", 2024, "")]),
        # a year in a long cell is no time limit
        ("1\t新建城区幼儿园2所\t对照2024年标准执行并持续完善相关配套设施确保满足全县适龄儿童就近入园需求的各项具体要求和标准\n", [(2, "所", None, "")]),
    ],
)
def test_a_rows_time_limit_cell(rows: str, expected: list[tuple[float, str, int | None, str]]) -> None:
    assert deadlines(_HEAD + rows) == expected


def test_a_year_opening_a_later_sentence_or_paragraph_does_not_govern_a_target_before_it() -> None:
    assert deadlines("到2020年，完成试点。全省新增企业10家。到2025年，全面推广。") == [(10, "家", 2020, "")]
    text = "二、主要目标\n到2020年，完成试点。\n全省新增企业10家。\n到2025年，全面推广。"
    assert deadlines(text) == [(10, "家", 2020, "")]


def test_a_paragraph_opening_with_the_documents_own_year_governs_the_next_ones() -> None:
    text = "二、主要目标\n到2020年，完成试点。\n全省新增示范基地20个。"
    got = [(t.value, t.deadline) for t in extract_targets(normalize(text), year=2020)]
    assert got == [(20, 2020)]
