"""Tests added for the mutants the mutation run found alive in graph/extract/target_filters.py
(docs/mutation.md): numbers that are no targets by the shape of their clause (in a 《title》, in a
formula, on the title line, in a list of projects), the share of a set a percentage qualifies,
and numbers without a cue of their own that continue the list of targets before them."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def _targets(text: str, title: str | None = None) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.unit) for t in extract_targets(normalize(text), year=2021, title=title)]


def _values(text: str) -> list[tuple[float, str]]:
    return [(value, unit) for _, value, unit in _targets(text)]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("到2025年，在50%以上的各类国家级园区实施循环化改造。", [("各类国家级园区", 50.0, "%")]),
        ("到2025年，对80%以上的规模以上工业企业实施数字化改造。", [("规模以上工业企业", 80.0, "%")]),
        ("到2025年，在30%左右的县和50%以上的乡镇开展试点。", [("乡镇", 50.0, "%")]),  # 县: one character, no set
        ("到2025年，在50%以上的县开展试点。", []),
        ("到2025年，在20个以上的省级园区实施循环化改造。", []),  # no percentage: a threshold
    ],
)
def test_a_percentage_of_a_set_the_document_acts_in(text: str, targets: list[tuple[str, float, str]]) -> None:
    assert _targets(text) == targets


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("到2025年，培育3家综合型平台，20家行业型平台，100家企业级平台。", [(3.0, "家"), (20.0, "家"), (100.0, "家")]),
        ("到2025年，全年培训5000人次，其中新型职业农民800人。", [(5000.0, "人次"), (800.0, "人")]),
        ("到2025年，培育3家综合型平台。\n20家行业型平台，100家企业级平台。", [(3.0, "家")]),  # another sentence
        ("到2025年，培育3家综合型平台，加强监管，20家行业型平台。", [(3.0, "家")]),  # two commas between
        ("到2025年，培育3家综合型平台，另有20家行业型平台。", [(3.0, "家")]),  # words before it, not 其中
        ("到2025年，培育3家综合型平台，\t20家行业型平台。", [(3.0, "家")]),  # a tab is no blank here
        # the clause itself may be long: the gap before it is measured
        ("到2025年，培育3家综合型平台，20家面向装备制造电子信息生物医药新材料新能源汽车人工智能节能环保"
         "现代农业文化旅游现代物流等重点产业链的行业型平台。", [(3.0, "家"), (20.0, "家")]),
        # far into the text: the gap is measured, not the offset
        ("为深入贯彻落实党中央国务院关于加快发展数字经济的决策部署，进一步推动全省平台经济高质量发展，"
         "现提出如下意见：到2025年，培育3家综合型平台，20家行业型平台。", [(3.0, "家"), (20.0, "家")]),
    ],
)
def test_a_number_without_a_cue_continues_the_list_of_targets_before_it(text: str, values: list[tuple[float, str]]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("gap", "continues"), [(59, True), (60, True), (61, False)])
def test_a_list_of_targets_goes_on_across_at_most_sixty_characters(gap: int, continues: bool) -> None:
    # the gap runs from the end of the last target (3家) to the start of the next clause
    filler = ("综合型服务平台和行业型服务平台" * 5)[: gap - 1]
    text = f"到2025年，培育3家{filler}，20家行业型平台。"
    assert _values(text) == [(3.0, "家"), (20.0, "家")][: 2 if continues else 1]


@pytest.mark.parametrize(
    "text",
    [
        "到2025年，城镇覆盖率达到90%（覆盖率=覆盖人数/总人数×100%）。",
        "到2025年，城镇覆盖率达到90%（覆盖率=覆盖人数/总人数*100%）。",
        "到2025年，城镇覆盖率达到90%（人均面积=总面积/10000人）。",
        "到2025年，城镇覆盖率达到90%（人均指标=总量÷10000人）。",
    ],
)
def test_a_number_after_a_sign_of_a_formula_is_no_target(text: str) -> None:
    assert _targets(text) == [("城镇覆盖率", 90.0, "%")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("到2025年，建成5G基站1万个，落实《5G发展规划》。", [(1.0, "万个")]),  # a title after it on its line
        ("依据《中华人民共和国网络安全法》。\n到2025年，落实《关于新建5G基站1万个的实施方案》。", []),  # inside one
        ("到2025年，依据《关于新建5G基站1万个的实施方案》推进。\n其他工作。", []),
    ],
)
def test_a_number_inside_a_title_on_its_line_is_no_target(text: str, values: list[tuple[float, str]]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize("before", [301, 340])
def test_a_long_line_after_a_projects_status_is_no_row_of_a_list_of_projects(before: int) -> None:
    # the line before is looked at only when the number's line starts within 300 characters of it
    head = ("到2025年，" + "加快推进数字政府建设，" * 40)[: before - 1 - len("建成5G基站")]
    text = f"在建\n{head}建成5G基站1万个。"
    assert text.index("1万个") - text.index("\n") == before
    assert _values(text) == [(1.0, "万个")]


@pytest.mark.parametrize(
    ("text", "title", "values"),
    [
        ("关于印发支持5G发展若干措施的通知\n到2025年，建成5G基站1万个。", "关于印发支持5G发展若干措施的通知", [(1.0, "万个")]),
        ("关于加快建设10个省级重点实验室的通知\n到2025年，建成省级重点实验室10个。", "关于加快建设10个省级重点实验室的通知",
         [(10.0, "个")]),
        # a line of the body that is no part of the title, though it holds a Latin X
        ("关于建设10个省级重点实验室的通知\n建设10个X射线检测实验室。", "关于建设10个省级重点实验室的通知", [(10.0, "个")]),
        # the title line printed with spaces is still the title
        ("关于印发 支持5G发展若干措施 的通知\n到2025年，建成5G基站1万个。", "关于印发支持5G发展若干措施的通知", [(1.0, "万个")]),
        ("关于到2025年建成5G基站1万个 的实施意见\n各市人民政府：\n", "关于到2025年建成5G基站1万个的实施意见", []),
        # a title printed over three lines: a line of four characters is part of it
        ("关于印发\n新增5家\n示范园区建设方案的通知\n", "关于印发新增5家示范园区建设方案的通知", []),
    ],
)
def test_a_number_on_the_title_line_is_no_target(text: str, title: str, values: list[tuple[float, str]]) -> None:
    assert [(v, u) for _, v, u in _targets(text, title)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("附件\n重点项目表\n序号\t项目名称\t建设内容\n1\t省数据中心\t建设机房5000平方米\n2\t省算力平台\t2025年底前建成5G基站1000个\n",
         [(1000.0, "个")]),  # a row's number describes its project, unless the row says when it is due
        ("附件\n重点项目表\n序号\n项目名称\n建设内容\n1\n省数据中心\n建设机房5000平方米\n", []),
        # the line of prose after the table (long, with a 。, no tab) is no row, from its first character
        ("附件\n重点项目表\n序号\t项目名称\t建设内容\n1\t省数据中心\t建设机房5000平方米\n1000家企业完成数字化改造，"
         + "全面提升全省制造业数字化、网络化、智能化水平，" * 6 + "推动制造业高质量发展。\n", [(1000.0, "家")]),
    ],
)
def test_numbers_in_a_list_of_projects(text: str, values: list[tuple[float, str]]) -> None:
    assert _values(text) == values


_ROW = "1\t省数据中心\t建设机房5000平方米\n"
_PROSE = "1000家企业完成数字化改造，" + "全面提升全省制造业数字化、网络化、智能化水平，" * 6 + "推动制造业高质量发展。\n"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("序号\t项目名称\t建设内容\n" + _ROW, []),  # the header is the text's first line
        ("序号\n项目名称\n建设内容\n1\n省数据中心\n建设机房5000平方米\n", []),  # one cell a line, from the start
        ("附件\n重点工程项目和建设项目表（工程名称以批复为准）\n序号\t项目名称\t建设内容\n" + _ROW, []),  # every header word
        ("附件\n项目名称\t建设内容\n省数据中心\t建设机房5000平方米\n", [(5000.0, "平方米")]),  # no serial cell: no list
        ("附件\n重点任务表\n序号\t重点任务\t牵头单位\n1\t建设机房5000平方米\t省数据局\n", [(5000.0, "平方米")]),  # no project cell
        # the serial cell at most three lines above the project cell
        ("附件\n序号\n类别\n地区\n项目名称\n建设内容\n1\n省数据中心\n建设机房5000平方米\n", []),
        ("附件\n序号\n类别\n地区\n单位\n项目名称\n建设内容\n1\n省数据中心\n建设机房5000平方米\n", [(5000.0, "平方米")]),
        # a long paragraph right before the header does not end the list before it starts
        ("为加快推进全省重大项目建设，" + "进一步扩大有效投资、优化投资结构、增强发展后劲，" * 6 + "现将2022年省重点项目清单印发如下。\n"
         "序号\t项目名称\t建设内容\n" + _ROW, []),
        ("附件\n序号\t项目名称\t建设内容\n" + _PROSE, [(1000.0, "家")]),  # a header with no rows, then prose
        ("附件\n项目\n序号\t重点任务\t牵头单位\n1\t建设机房5000平方米\t省数据局\n", [(5000.0, "平方米")]),  # 项目 above a task table
        # a cell ending with 。 is no line of prose: the list goes on; nor is a long row with tabs
        ("附件\n序号\t项目名称\t建设内容\n1\t省数据中心\t" + _PROSE.strip() + "\n2\t省算力中心\t建设机房8000平方米\n", []),
        ("附件\n序号\n项目名称\n建设内容\n1\n省数据中心\n建设机房5000平方米。\n2\n省算力中心\n建设机房8000平方米。\n", []),
        # the line of prose ends the list even when it holds a space
        ("附件\n重点项目表\n序号\t项目名称\t建设内容\n" + _ROW + _PROSE.replace("水平，", "水平， ", 1), [(1000.0, "家")]),
    ],
)
def test_what_makes_a_list_of_projects(text: str, values: list[tuple[float, str]]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize("text", ["评价20%达到优秀等次。", "（共23项）达到"])
def test_a_weight_or_an_own_count_at_the_texts_start_is_no_target(text: str) -> None:
    # 评价20%: a weight in a scoring scheme; （共23项）: the document's own content — from offset 0 on
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # between the cue (建成) and the number, a list of four names joined by 、: it counts them
        ("到2025年，建成合肥、芜湖、蚌埠、马鞍山4个示范城市。", []),
        ("到2025年，建成合肥、芜湖、蚌埠、马鞍山经开区4个示范区。", []),  # a last name of six characters
        ("到2025年，建成合肥、芜湖、蚌埠3个示范城市。", [(3.0, "个")]),  # three names: too short a list
        ("到2025年，建成合肥、芜湖、蚌埠、黄山风景名胜区4个示范区。", [(4.0, "个")]),  # seven characters: no name
        ("到2025年，培育电子、装备、化工、医药等集群10个。", [(10.0, "个")]),  # 等: a goal, not a count
        # no cue before the list: the rule does not apply
        ("到2025年，合肥、芜湖、蚌埠、马鞍山4个城市达到国家标准。", [(4.0, "个")]),
    ],
)
def test_a_number_counting_the_list_of_names_before_it_is_no_target(text: str, values: list[tuple[float, str]]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("每5年修订1次。", []),  # 每…次: a routine's frequency
        ("到2025年，每年培训农民5000人次。", [(5000.0, "人次")]),  # 人次 counts people
    ],
)
def test_a_routines_frequency_is_no_target_but_a_count_of_person_times_is(text: str, values: list[tuple[float, str]]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("length", "values"), [(150, [(1000.0, "家")]), (149, [])])
def test_a_line_of_prose_is_at_least_150_characters_long(length: int, values: list[tuple[float, str]]) -> None:
    line = (_PROSE[:-2] * 2)[: length - 1] + "。"
    assert len(line) == length
    assert _values("附件\n序号\t项目名称\t建设内容\n" + _ROW + line + "\n") == values
