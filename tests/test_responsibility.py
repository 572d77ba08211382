"""Table-driven cases, in real Chinese, for every responsibility rule of GUIDE.md."""

from __future__ import annotations

import pytest

from graph.extract.responsibility import extract_tasks, is_generic, parse_clause
from graph.ingest.normalize import normalize


def roles(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in t.assignees] for t in extract_tasks(normalize(text))]


CASES = [
    # plain responsible
    ("（一）推进试点。（省商务厅负责）", [[("省商务厅", "responsible")]]),
    ("（一）推进试点。（省发展改革委、省科技厅按职责分工负责）",
     [[("省发展改革委", "responsible"), ("省科技厅", "responsible")]]),
    ("（一）推进试点。（X省Y局、Z厅分别负责）".replace("X省Y局", "省财政厅").replace("Z厅", "省审计厅"),
     [[("省财政厅", "responsible"), ("省审计厅", "responsible")]]),
    ("（一）推进试点。（省教育厅负责落实）", [[("省教育厅", "responsible")]]),
    # lead / support
    ("（一）推进试点。（科技部牵头，财政部参与）", [[("科技部", "lead"), ("财政部", "support")]]),
    ("（一）推进试点。（科技部牵头负责，财政部、税务总局配合）",
     [[("科技部", "lead"), ("财政部", "support"), ("税务总局", "support")]]),
    ("（一）推进试点。（商务部指导，供销合作总社参与）", [[("商务部", "guide"), ("供销合作总社", "support")]]),
    ("（一）推进试点。（生态环境部督促指导，试点城市政府负责落实）",
     [[("生态环境部", "guide"), ("试点城市政府", "responsible")]]),
    ("（一）推进试点。（民政部协助）", [[("民政部", "support")]]),
    ("（一）推进试点。（教育部按职责分工牵头）", [[("教育部", "lead")]]),
    # 会同
    ("（一）推进试点。（国家发展改革委会同有关部门负责）",
     [[("国家发展改革委", "lead"), ("有关部门", "support")]]),
    ("（一）推进试点。（国家发展改革委、财政部会同有关部门负责）",
     [[("国家发展改革委", "lead"), ("财政部", "lead"), ("有关部门", "support")]]),
    # fields
    ("（一）推进试点。（责任单位：省教育厅，各市、县〔区〕政府）",
     [[("省教育厅", "responsible"), ("各市、县〔区〕政府", "responsible")]]),
    ("（一）推进试点。（负责部门：自然资源部）", [[("自然资源部", "responsible")]]),
    # a collective's note already names 市: the 市 after it opens the city's own bureau, not the collective
    ("（一）推进试点。（各县（市、区）、市财政局负责）",
     [[("各县（市、区）", "responsible"), ("市财政局", "responsible")]]),
    ("（一）推进试点。（各市（州）、县（市、区）人民政府负责）",
     [[("各市（州）、县（市、区）人民政府", "responsible")]]),
    ("（一）推进试点。\n牵头单位：省发展改革委\n配合单位：省财政厅、省统计局\n（二）下一项。",
     [[("省发展改革委", "lead"), ("省财政厅", "support"), ("省统计局", "support")]]),
    ("1.推进试点。责任单位：省教育厅、省人力资源社会保障厅\n2.下一项。",
     [[("省教育厅", "responsible"), ("省人力资源社会保障厅", "responsible")]]),
    # names containing separators and brackets, elided prefixes
    ("（一）推进试点。（各市、县（区）政府负责）", [[("各市、县（区）政府", "responsible")]]),
    ("（一）推进试点。（省工业和信息化厅、科技厅按职责分工负责）",
     [[("省工业和信息化厅", "responsible"), ("科技厅", "responsible")]]),
    ("（一）推进试点。（人力资源和社会保障部、住房和城乡建设部负责）",
     [[("人力资源和社会保障部", "responsible"), ("住房和城乡建设部", "responsible")]]),
    # 等
    ("（一）推进试点。（财政部等有关部门负责）", [[("财政部", "responsible"), ("有关部门", "responsible")]]),
    ("（一）推进试点。（财政部、商务部等部门负责）",
     [[("财政部", "responsible"), ("商务部", "responsible"), ("部门", "responsible")]]),
    ("（一）推进试点。（财政部、商务部等负责）", [[("财政部", "responsible"), ("商务部", "responsible")]]),
    ("（一）推进试点。（财政部等和各省级人民政府负责）",
     [[("财政部", "responsible"), ("各省级人民政府", "responsible")]]),
    # half-width brackets (the seed)
    ("(一)推进试点。(省质监局、合肥海关按职责分工负责)", [[("省质监局", "responsible"), ("合肥海关", "responsible")]]),
    # clause broken across lines
    ("（一）推进试点。（省发展改革委、\n省科技厅按职责分工负责）",
     [[("省发展改革委", "responsible"), ("省科技厅", "responsible")]]),
    # roles in brackets after a name; fields separated by ；; remarks inside the clause
    ("（一）甲。（责任单位：省发展改革委〔牵头〕、省财政厅）",
     [[("省发展改革委", "lead"), ("省财政厅", "responsible")]]),
    ("（一）甲。（省商务厅（牵头）、省财政厅负责）", [[("省商务厅", "lead"), ("省财政厅", "responsible")]]),
    ("（一）甲。（牵头单位：省发展改革委；责任单位：省财政厅、省商务厅）",
     [[("省发展改革委", "lead"), ("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
    ("（一）甲。（省科技厅、省财政厅负责，2020年底前完成）", [[("省科技厅", "responsible"), ("省财政厅", "responsible")]]),
    ("（一）甲。（由省商务厅牵头，省财政厅配合）", [[("省商务厅", "lead"), ("省财政厅", "support")]]),
    ("（一）甲。（共青团中央、全国妇联按职责分工负责）", [[("共青团中央", "responsible"), ("全国妇联", "responsible")]]),
    ("（一）甲。（国务院国资委负责指导）", [[("国务院国资委", "guide")]]),
    ("（一）甲。（省林业局牵头，省财政厅配合，各设区市政府落实）",
     [[("省林业局", "lead"), ("省财政厅", "support"), ("各设区市政府", "responsible")]]),
    ("（一）甲。\n牵头部门：省发展改革委  配合部门：省财政厅、省商务厅\n（二）乙。",
     [[("省发展改革委", "lead"), ("省财政厅", "support"), ("省商务厅", "support")]]),
    ("（一）甲。（各市人民政府负责，省民政厅指导）", [[("各市人民政府", "responsible"), ("省民政厅", "guide")]]),
    ("（一）甲。（各设区市、县（市、区）人民政府负责）", [[("各设区市、县（市、区）人民政府", "responsible")]]),
    ("（一）甲。（省科技厅负责，省财政厅给予支持）", [[("省科技厅", "responsible"), ("省财政厅", "support")]]),
    # a role word after a field's names wins over the field's role
    ("（一）甲。（责任单位：省发展改革委牵头，省财政厅配合）", [[("省发展改革委", "lead"), ("省财政厅", "support")]]),
    # square brackets (【】 and [] are normalised to 〔〕) around a clause
    ("（一）甲。【牵头单位：省数据资源局；配合单位：省政务服务中心】",
     [[("省数据资源局", "lead"), ("省政务服务中心", "support")]]),
    ("（一）甲。[省商务厅牵头，省财政厅配合]", [[("省商务厅", "lead"), ("省财政厅", "support")]]),
    ("（一）甲（省发展改革委〔牵头〕、省财政厅负责）。根据国发〔2019〕3号文件。",
     [[("省发展改革委", "lead"), ("省财政厅", "responsible")]]),
    # field labels in square brackets, with or without a colon
    ("（一）甲。\n【牵头单位】省发展改革委\n【配合单位】省财政厅、省商务厅\n",
     [[("省发展改革委", "lead"), ("省财政厅", "support"), ("省商务厅", "support")]]),
    ("（一）甲。【责任单位】：省数据资源局、各市人民政府", [[("省数据资源局", "responsible"), ("各市人民政府", "responsible")]]),
    # a bare list of units closing a paragraph
    ("（一）甲。（省政府办公厅、省政府研究室）\n", [[("省政府办公厅", "responsible"), ("省政府研究室", "responsible")]]),
    ("（一）由有关部门（国家发展改革委、财政部）研究。", []),
    # explanatory parentheses are not clauses
    ("（一）推进试点（以下简称试点）。", []),
    ("（一）按照《通知》（国办发〔2016〕18号）要求推进。", []),
    ("（一）申报（牵头单位1家，联合单位不超过8家）。", []),
    ("（一）扩大招生（其中1995年广东省、福建省共落实了165名扩招任务）。", []),
    ("（一）推进试点（技工院校内由人力资源社会保障行政部门负责）。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_clause_forms(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


def test_first_listed_is_lead_with_same_below() -> None:
    text = (
        "1.拓展市场。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）\n"
        "2.提前适用。（海关总署、财政部按职责分工负责）\n"
        "3.释放产能。（商务部负责）\n"
        "4.优化服务。（商务部牵头，海关总署配合）\n"
        "5.统筹推进。（有关部门、海关总署负责）\n"
    )
    assert roles(text) == [
        [("税务总局", "lead"), ("财政部", "responsible"), ("海关总署", "responsible")],
        [("海关总署", "lead"), ("财政部", "responsible")],
        [("商务部", "lead")],
        [("商务部", "lead"), ("海关总署", "support")],
        [("有关部门", "lead"), ("海关总署", "responsible")],
    ]


def test_first_listed_variant_wording() -> None:
    text = "（一）甲。（人力资源社会保障部、教育部负责，列第一位者为牵头部门，下同）\n（二）乙。（教育部、财政部负责）\n"
    assert roles(text) == [
        [("人力资源社会保障部", "lead"), ("教育部", "responsible")],
        [("教育部", "lead"), ("财政部", "responsible")],
    ]


def test_first_listed_without_same_below_applies_once() -> None:
    text = "1.甲。（省发展改革委、省商务厅按职责分工负责，列第一的为牵头单位）\n2.乙。（省财政厅、省商务厅负责）\n"
    assert roles(text) == [
        [("省发展改革委", "lead"), ("省商务厅", "responsible")],
        [("省财政厅", "responsible"), ("省商务厅", "responsible")],
    ]


def test_bare_lists_after_a_first_listed_rule_with_same_below() -> None:
    # GUIDE: the rule applies "to every later clause of the document that lists several units
    # without its own role words", also where the list closes a sentence it does not follow
    text = (
        "（排在第一位的为牵头单位，下同）\n"
        "1.实施质量提升行动（省市场监管局、省工业和信息化厅、省商务厅）。\n"
        "2.推进标准化（省市场监管局，各市政府）。\n"
        "3.加强计量（省市场监管局）；强化认证（省商务厅、省市场监管局）\n"
        "4.设立质量奖（以下简称质量奖）。\n"
    )
    assert roles(text) == [
        [("省市场监管局", "lead"), ("省工业和信息化厅", "responsible"), ("省商务厅", "responsible")],
        [("省市场监管局", "lead"), ("各市政府", "responsible")],
        [("省市场监管局", "lead")],
        [("省商务厅", "lead"), ("省市场监管局", "responsible")],
    ]


def test_bare_list_inside_a_sentence_without_a_rule_is_not_a_clause() -> None:
    # an abbreviation or a sub-office in brackets reads like a bare list: without the rule, a list right after a
    # sentence's words is a clause only when its names are units' names and it is no second name of a unit before it
    # (rounds 149-154: 建设良种繁育基地（X，Y）。)
    assert roles("1.报送工业和信息化部（产业政策与法规司）。\n2.实施行动（省市场监管局、省商务厅）。\n") == [
        [("省市场监管局", "responsible"), ("省商务厅", "responsible")]]
    assert roles("1.报送工业和信息化部（产业政策与法规司）。\n2.设立质量奖（以下简称质量奖）。\n") == []
    assert roles("1.实施行动。（省市场监管局、省商务厅）\n") == [
        [("省市场监管局", "responsible"), ("省商务厅", "responsible")]]


def test_implicit_assignee_after_standing_rule() -> None:
    text = (
        "（一）甲。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）\n"
        "（二）乙。（财政部指导）\n"
        "（三）丙。（试点城市政府负责）\n"
    )
    tasks = extract_tasks(normalize(text))
    got = [[(a.mention, a.role, a.generic, a.implicit) for a in t.assignees] for t in tasks]
    assert got == [
        [("生态环境部", "guide", False, False), ("试点城市政府", "responsible", True, False)],
        [("财政部", "guide", False, False), ("试点城市政府", "responsible", True, True)],
        [("试点城市政府", "responsible", True, False)],
    ]


def test_a_bracketed_label_starts_its_clause() -> None:
    text = normalize("（二）优化服务。推进一网通办。【责任单位】省数据资源局\n")
    (task,) = extract_tasks(text)
    assert text[task.text_span.start : task.text_span.end] == "优化服务。推进一网通办。"
    assert text[task.clause_span.start : task.clause_span.end] == "〔责任单位〕省数据资源局"
    assert [text[a.span.start : a.span.end] for a in task.assignees] == ["省数据资源局"]


def test_task_text_runs_from_previous_clause_or_unit_start() -> None:
    text = normalize("一、总体\n（一）推进改革。开展试点。（省财政厅负责）建立机制。（省商务厅负责）\n（二）加强监管。（省市场监管局负责）")
    tasks = extract_tasks(text)
    assert [t.text_span.quote(text) for t in tasks] == ["推进改革。开展试点。", "建立机制。", "加强监管。"]
    assert ["/".join(t.path) for t in tasks] == ["一/一", "一/一", "一/二"]


@pytest.mark.parametrize(
    ("mention", "generic"),
    [
        ("有关部门", True),
        ("各有关部门和单位", True),
        ("各地相关部门", True),
        ("省质量工作领导小组其他成员单位", True),
        ("各市、县（区）政府", True),
        ("试点城市政府", True),
        ("国务院办公厅", False),
        ("省质监局", False),
        ("部门", True),
        # collectives named by their kind only
        ("国务院各部门", True),
        ("行业协会", True),
        ("省属企业", True),
        ("中央企业", True),
        ("驻皖金融机构", True),
        ("高校", True),
        ("设区市政府", True),
        ("省级人民政府", True),
        ("省级住房城乡建设主管部门", True),
        # named bodies of the same kinds
        ("中国科学技术协会", False),
        ("国家开发银行安徽省分行", False),
        ("中国科学技术大学", False),
        ("国家电网公司", False),
        ("省投资集团", False),
    ],
)
def test_generic(mention: str, generic: bool) -> None:
    assert is_generic(mention) is generic


def test_not_a_clause_without_names() -> None:
    assert parse_clause("详见附件") is None
    assert parse_clause("2020年底前完成") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a support clause in brackets inside a responsibility clause: both units, each in its own role
        ("（一）推进试点。（省财政厅负责〔省商务厅配合〕）", [[("省财政厅", "responsible"), ("省商务厅", "support")]]),
        ("（一）推进试点。（省财政厅牵头〔省商务厅、省税务局配合〕）",
         [[("省财政厅", "lead"), ("省商务厅", "support"), ("省税务局", "support")]]),
        ("（一）推进试点。（省财政厅负责（省商务厅配合））", [[("省财政厅", "responsible"), ("省商务厅", "support")]]),
        # square outside, round inside: one clause, the round group not read a second time
        ("（一）推进试点。【省财政厅负责（省商务厅配合）】", [[("省财政厅", "responsible"), ("省商务厅", "support")]]),
        # a unit of a field with a bracketed clause after it: two units, not one mention 省商务厅〔省税务局参与〕
        ("（一）推进试点。（配合单位：省商务厅〔省税务局参与〕）", [[("省商务厅", "support"), ("省税务局", "support")]]),
        ("（一）推进试点。\n牵头单位：省财政厅\n配合单位：省商务厅（省税务局参与）\n",
         [[("省财政厅", "lead"), ("省商务厅", "support"), ("省税务局", "support")]]),
        # a bracketed role or a bracket that is no clause stays as it was read
        ("（一）推进试点。（省商务厅（牵头）、省财政厅）", [[("省商务厅", "lead"), ("省财政厅", "responsible")]]),
        ("（一）推进试点。（责任单位：各市、县〔区〕政府）", [[("各市、县〔区〕政府", "responsible")]]),
    ],
)
def test_a_clause_in_brackets_inside_a_clause_adds_its_units(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


def test_a_clause_in_brackets_inside_a_clause_ends_the_task_before_the_outer_bracket() -> None:
    text = normalize("（一）推进试点。（省财政厅负责〔省商务厅配合〕）")
    (task,) = extract_tasks(text)
    assert text[task.text_span.start : task.text_span.end] == "推进试点。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed deadline right after the role word (or a field's units) is a remark, as after a comma:
        # the units are read in their role (the clause was dropped); the deadline names nobody
        ("（一）推进试点。（省财政厅负责〔2024年底前完成〕）", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。（省财政厅负责（2024年6月底前））", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。（省财政厅牵头〔长期坚持〕）", [[("省财政厅", "lead")]]),
        ("（一）推进试点。（省财政厅牵头，省商务厅配合〔2024年底前完成〕）", [[("省财政厅", "lead"), ("省商务厅", "support")]]),
        ("（一）推进试点。（责任单位：省财政厅〔2024年底前完成〕）", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。【省财政厅负责（2024年底前完成）】", [[("省财政厅", "responsible")]]),
        # a place level's note is no deadline: the name keeps it
        ("（一）推进试点。（责任单位：省财政厅、各县〔区〕）", [[("省财政厅", "responsible"), ("各县〔区〕", "responsible")]]),
    ],
)
def test_a_deadline_in_brackets_after_the_role_word_is_a_remark(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


def test_a_deadline_in_brackets_after_the_role_word_ends_the_task_before_the_clause() -> None:
    text = normalize("（一）推进试点。（省财政厅负责〔2024年底前完成〕）")
    (task,) = extract_tasks(text)
    assert text[task.text_span.start : task.text_span.end] == "推进试点。"
    assert task.deadline is None  # (a clause's deadline is no task deadline: only a table's 完成时限 column gives one)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # （X与Y合作负责）: the word of acting together is stripped as 共同 is, X and Y responsible as （X、Y负责）
        # (the clause gave nothing)
        ("（一）推进试点。（省财政厅与省商务厅合作负责）", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        ("（一）推进试点。（省财政厅和省商务厅携手负责）", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        ("（一）推进试点。（省财政厅与省商务厅合作牵头）", [[("省财政厅", "lead"), ("省商务厅", "lead")]]),
        # 同 joins two units in a clause as 与 does (was one mention 省财政厅同省商务厅)
        ("（一）推进试点。（省财政厅同省商务厅负责）", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
        ("（一）推进试点。（省财政厅同省商务厅合作负责）", [[("省财政厅", "responsible"), ("省商务厅", "responsible")]]),
    ],
)
def test_x_and_y_acting_together_in_a_clause_are_both_responsible(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed remark right after the role word that holds no unit name and no role word is read as a
        # remark after a separator, as a deadline is: the units in their roles (the clause was dropped)
        ("（一）推进试点。（省财政厅负责〔按要求报送〕）", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。（省财政厅负责（重点任务））", [[("省财政厅", "responsible")]]),
        ("（一）推进试点。（省财政厅牵头，省商务厅配合〔约束性指标〕）", [[("省财政厅", "lead"), ("省商务厅", "support")]]),
        # ... not one that names a unit (it may be a clause or a note on the units): left as it was
        ("（一）推进试点。（省财政厅负责〔结果报省政府〕）", []),
        ("（一）推进试点。（省财政厅负责〔含所属单位〕）", []),
        # ... and a field's units keep their bracketed note (各乡镇〔街道〕: no remark after a role word)
        ("（一）推进试点。（责任单位：省财政厅、各乡镇〔街道〕）", [[("省财政厅", "responsible"), ("各乡镇〔街道〕", "responsible")]]),
    ],
)
def test_a_remark_in_brackets_after_the_role_word_names_nobody(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert roles(text) == expected


def test_a_remark_in_brackets_after_the_role_word_ends_the_task_before_the_clause() -> None:
    text = normalize("（一）推进试点。（省财政厅负责〔按要求报送〕）")
    (task,) = extract_tasks(text)
    assert text[task.text_span.start : task.text_span.end] == "推进试点。"
