"""Tests added for the mutants the mutation run found alive in graph/extract/deadlines.py
(docs/mutation.md, seventh and eighth passes): which year governs a target, read through
``extract_targets`` on sentences of the corpus's shape: a year inside a cited title, a start year
before a due year, a plan period opening a statement of goals, the goals after a run-in heading, a
row's time-limit cell, a unit's short heading, the parents of a unit.
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


# eighth pass


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title closed inside the 200 characters before the year, opened before them, does not
        # hide that the year is inside the next title
        ("贯彻《中华人民共和国教育法》" + "加强组织领导，" * 26 + "落实《行动计划（2021—2023年）》，新增高新技术企业100家。", [(100, "家", None, "")]),
        # a year in a title after a title cited inside it
        ("按照《关于印发《行动计划》2023年工作要点的通知》要求，新增高新技术企业100家。", [(100, "家", None, "")]),
        # a plan period followed by 规划 is a plan's name, and the years after it are still read
        ("落实“十四五”时期规划，全省新增企业100家。", [(100, "家", None, "")]),
        ("落实“十三五”时期规划，到2025年，全省新增企业100家。", [(100, "家", 2025, "")]),
        # a plan period, then a later due year: the later one
        ("“十三五”期间打好基础，到2025年，全省新增企业100家。", [(100, "家", 2025, "")]),
        # a baseline year, then the due year
        ("在能耗比2015年下降的基础上，到2020年，单位产值能耗再下降15%。", [(15, "%", 2020, "")]),
        # a start word at the text's start is not after the year
        ("起步阶段，到2025年，全省新增企业100家。", [(100, "家", 2025, "")]),
        # a due year after the number: 力争到2025年…, 2025年底前 (a number after it in the next sentence)
        ("全省新增企业100家，力争到2025年实现全覆盖。", [(100, "家", 2025, "")]),
        ("新增企业100家，到2025年底前完成。全省新增基地20个。", [(100, "家", 2025, ""), (20, "个", None, "")]),
        # a due year after the number that opens a clause with a number of its own: the year
        # opening an earlier sentence of the paragraph governs the first number
        ("到2022年，完成试点。补充乡村教师80名，到2026年，教师本科学历比例达到70%。", [(80, "名", 2022, ""), (70, "%", 2026, "")]),
        # a paragraph is cut at line ends only (X射线 holds no separator)
        ("到2020年，建成X射线检测中心。全省新增企业10家。", [(10, "家", 2020, "")]),
    ],
)
def test_the_year_that_governs_a_target_eighth_pass(text: str, expected: list[tuple[float, str, int | None, str]]) -> None:
    assert deadlines(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plan period opens the target's own sentence, which states goals
        ("“十三五”科技创新的目标是：科技进步贡献率达到60%。", [(60, "%", 2020, "十三五")]),
        # a goal word after the period's sentence, or more than 20 characters after the period
        ("“十三五”成效显著。今后的目标是：建成强省。全省新增企业100家。", [(100, "家", None, "")]),
        ("“十三五”科技创新成效显著，为实现全省中长期发展目标奠定基础。科技进步贡献率达到60%。", [(60, "%", None, "")]),
    ],
)
def test_a_plan_period_governs_only_a_statement_of_goals(text: str, expected: list[tuple[float, str, int | None, str]]) -> None:
    assert deadlines(text) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # the time-limit cell with two cells after it
        ("1\t新建城区幼儿园2所\t2024年底\t县教育局\t新建\n", [(2, "所", 2024, "")]),
        # the cell ends at its line's end, 40 characters or more from the text's start, though a
        # tab follows on the next line
        ("1\t新建城区幼儿园2所并配套建设幼儿园运动场\t县教育局\t2024年底\n合计\t2所\t\t\n", [(2, "所", 2024, "")]),
    ],
)
def test_a_rows_time_limit_cell_eighth_pass(rows: str, expected: list[tuple[float, str, int | None, str]]) -> None:
    assert deadlines("序号\t任务内容\t完成时限\t责任单位\t备注\n" + rows) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year opening the unit's body right after its number governs its later paragraphs
        ("一、目标\n（一）到2020年，建成示范区。\n全省新增企业10家。", [(10, "家", 2020, "")]),
        # a run-in heading of 16 characters at most before the goals' year
        ("一、总体目标\n（一）全市主要污染物排放总量控制指标。到2022年，排放下降10%。\n城市黑臭水体比例下降20%。", [(10, "%", 2022, ""), (20, "%", 2022, "")]),
        # a year in a later sentence of the unit's first paragraph governs no number before it
        ("一、重点任务\n（一）推进试点，新增企业100家。到2025年，全面推广。\n", [(100, "家", None, "")]),
        # nor a year of another unit, before this one's parent
        ("一、目标\n到2020年，完成试点。\n二、任务\n（一）推进试点，新增企业100家。", [(100, "家", None, "")]),
        # a year in the unit's short heading, not at its start; the heading is its first line only
        ("关于进一步推进全省制造业高质量发展的实施方案（征求意见稿）起草说明附件一\n二、发展目标（2025年）\n全省新增企业100家。", [(100, "家", 2025, "")]),
        ("二、发展目标（2025年）\n推进试点工作。\n全省新增企业100家。", [(100, "家", 2025, "")]),
        # a heading of 40 characters, not one of 41
        ("二、坚持政府引导市场主导结合统筹推进全省数字经济和实体经济深度融合发展（2025年）\n全省新增企业100家。", [(100, "家", 2025, "")]),
        ("二、坚持政府引导市场主导相结合统筹推进全省数字经济和实体经济深度融合发展（2025年）\n全省新增企业100家。", [(100, "家", None, "")]),
        # the unit's body in the target's own line is no heading
        ("一、任务\n（一）新增企业100家；2019年已建成5家\n", [(100, "家", None, "")]),
        # the parents: the grandparent's paragraphs, none at all
        ("一、发展目标\n到2025年，完成试点。\n（一）重点任务\n1.全省新增企业100家。", [(100, "家", 2025, "")]),
        ("一、任务\n（一）重点\n1.全省新增企业100家。", [(100, "家", None, "")]),
    ],
)
def test_the_year_a_unit_gives_its_paragraphs(text: str, expected: list[tuple[float, str, int | None, str]]) -> None:
    assert deadlines(text) == expected


def test_a_headings_year_before_the_documents_own_year_governs_nothing() -> None:
    def got(text: str) -> list[tuple[float, int | None]]:
        return [(t.value, t.deadline) for t in extract_targets(normalize(text), year=2020)]

    assert got("二、发展目标（2019年）\n全省新增企业100家。") == [(100, None)]
    assert got("二、发展目标（2025年）\n全省新增企业100家。") == [(100, 2025)]
