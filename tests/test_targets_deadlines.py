"""Deadlines of targets, the GUIDE's rules one by one (GUIDE.md "Targets": deadline), and the
examples of issue #14 in real Chinese."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def deadlines(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year in the same sentence
        ("到2023年，再生原料利用比例达到5%。", [(5, "%", 2023)]),
        ("2020年底前，培育龙头企业30家。", [(30, "家", 2020)]),
        # a due year after the number in its sentence
        ("全省新增企业10家，2025年底前完成。", [(10, "家", 2025)]),
        # the year opening the paragraph, not replaced before the target
        ("到2020年，全国农机总动力超过10亿千瓦。主要农作物耕种收综合机械化率达到70%。",
         [(10, "亿千瓦", 2020), (70, "%", 2020)]),
        # … and replaced by a later year
        ("到2020年，全国农机总动力超过10亿千瓦。到2025年，农作物耕种收综合机械化率达到75%。",
         [(10, "亿千瓦", 2020), (75, "%", 2025)]),
        ("到2020年，全国农机总动力超过10亿千瓦；到2025年，全国农机总动力稳定在11亿千瓦左右。",
         [(10, "亿千瓦", 2020), (11, "亿千瓦", 2025)]),
        # the year opening the enclosing numbered unit governs the unit's later paragraphs
        ("二、主要目标\n到2025年，全省培育龙头企业100家。\n新增示范基地20个。",
         [(100, "家", 2025), (20, "个", 2025)]),
        ("（二）发展目标\n到2023年，工业互联网建设量质并进。\n——平台建设长足进步。培育3家综合型工业互联网平台。",
         [(3, "家", 2023)]),
        # … and its parent's: a unit whose own text opens with the year
        ("三、发展目标\n到2025年，实现以下目标：\n1.产业规模。培育龙头企业50家。\n2.创新能力。建成研发中心10个。",
         [(50, "家", 2025), (10, "个", 2025)]),
        # a year in a short heading
        ("二、2025年主要目标\n（一）培育龙头企业50家。", [(50, "家", 2025)]),
        # ranges of years: the last one
        ("2021—2025年，全省新增高新技术企业1000家。", [(1000, "家", 2025)]),
        ("2021年至2025年，全省新增高新技术企业1000家。", [(1000, "家", 2025)]),
        # plan periods: the period's last year
        ("“十三五”期间，全省新增高新技术企业1000家。", [(1000, "家", 2020)]),
        ("“十四五”期间，全省新增高新技术企业1000家。", [(1000, "家", 2025)]),
        ("到“十四五”末，全省新增高新技术企业1000家。", [(1000, "家", 2025)]),
        ("“十五五”时期，全省新增高新技术企业1000家。", [(1000, "家", 2030)]),
        ("三、发展目标\n“十三五”科技创新的总体目标是：国家科技实力大幅跃升。\n科技进步贡献率达到60%。", [(60, "%", 2020)]),
        # start years are not deadlines
        ("自2019年起，每年新增高新技术企业100家。", [(100, "家", None)]),
        ("自2019年开始，每年新增高新技术企业100家。", [(100, "家", None)]),
        ("从2020年1月1日起，每年新增高新技术企业100家。", [(100, "家", None)]),
        # baselines are not deadlines
        ("以2015年为基期，单位产值能耗下降10%。", [(10, "%", None)]),
        ("到2020年，单位能耗较2015年降低15%。", [(15, "%", 2020)]),
        # a year in a cited title is not a deadline
        ("按照《行动计划（2021—2023年）》，新增高新技术企业100家。", [(100, "家", None)]),
        # a plan's name is not a time
        ("落实“十四五”规划，新增高新技术企业100家。", [(100, "家", None)]),
        # no year: no deadline
        ("全省新增高新技术企业500家。", [(500, "家", None)]),
    ],
)
def test_deadline(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert deadlines(text) == expected


def test_a_year_in_an_earlier_paragraph_of_a_unit_that_is_not_its_opening_does_not_govern() -> None:
    text = "（三）强化移动源污染防治。\n淘汰黄标车。到2017年，基本淘汰全国范围的黄标车。\n大力推广新能源汽车。新能源车比例达到60%以上。"
    assert deadlines(text) == [(60, "%", None)]


def test_a_past_paragraph_of_the_unit_does_not_govern_the_next_ones() -> None:
    text = "（一）发展现状\n2015年，全省建成基地10个。\n（二）发展目标\n2019年，全省完成改造。\n新增示范基地20个。"
    assert deadlines(text, year=2020) == [(20, "个", None)]


def test_a_year_in_a_sibling_unit_does_not_govern() -> None:
    text = "（一）发展目标\n到2025年，建成基地10个。\n（二）重点任务\n新增示范基地20个。"
    assert deadlines(text) == [(10, "个", 2025), (20, "个", None)]


def test_a_deadline_from_a_plan_period_says_so() -> None:
    got = [(t.deadline, t.period) for t in extract_targets(normalize("“十四五”期间，全省新增高新技术企业1000家。到2025年，新增基地10个。"))]
    assert got == [(2025, "十四五"), (2025, "")]
    assert all(type(t.deadline) is int for t in extract_targets(normalize("“十四五”期间，全省新增高新技术企业1000家。")))


def test_the_graph_says_which_period_a_deadline_ends(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import graph
    from graph.rdf.namespaces import PKG
    from graph.rdf.validate import validate

    doc = tmp_path / "plan.txt"
    doc.write_text("某省关于印发行动计划的通知\n“十四五”期间，全省新增高新技术企业1000家。\n", encoding="utf-8")
    kg = graph.build_graph([doc])
    periods = [(str(o), o.language) for o in kg.objects(None, PKG.deadlinePeriod)]
    years = [o.toPython() for o in kg.objects(None, PKG.deadlineYear)]
    assert periods == [("十四五", "zh")] and years == [2025]
    assert validate(kg).conforms


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # a task table's row: its time-limit cell governs the targets of the row
        ("1\t新建城区幼儿园2所\t县教育局\t2024年底", [(2, "所", 2024)]),
        ("2\t改造农村学校食堂15个\t县教育局\t2023—2025年", [(15, "个", 2025)]),
        ("3\t新增停车泊位800个\t市住建局\t2025年6月底前", [(800, "个", 2025)]),
        # a cell that is not only a time, or no time at all: no deadline from it
        ("4\t培训教师300人次\t县教育局\t长期坚持", [(300, "人次", None)]),
        ("5\t培训教师300人次\t县教育局、2024年新设的县教师发展中心", [(300, "人次", None)]),
        # a year in the task's own text still wins (it governs the sentence)
        ("6\t到2026年，建成智慧校园10所\t县教育局\t2024年12月底前", [(10, "所", 2026)]),
    ],
)
def test_a_table_rows_time_limit_governs_its_targets(row: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert deadlines("序号\t任务内容\t责任单位\t完成时限\n" + row + "\n") == expected
