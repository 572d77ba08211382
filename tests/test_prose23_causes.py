"""Causes of prose rounds 23-24's first-run misses and false positives (docs/made-eval-forms.md "Prose rounds 23–24 (a
blind hand)"), on sentences of our own: a speech's review section (``一、2019年工作回顾``), a contracted operator
(``第三方运维单位应当…``), every county's safety committee (``各县（区）安委会``), ``由X依规依纪依法严肃追责问责``, a
partner before 修订, and 指导 after ``按照职责分工，``. With guards."""

from __future__ import annotations

import pytest

from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a review section: what was done, whatever its words (会同, 都要 after a 各-collective), until the next heading of its level
    ("一、2021年工作回顾\n2021年，全县防汛形势平稳。县水利局会同县应急管理局开展隐患排查，每月都要通报一次。"
     "各乡镇都要落实巡堤查险制度，取得了良好效果。\n二、2022年重点工作\n（一）压实责任。各乡镇要落实防汛责任。",
     [[("各乡镇", "responsible", True)]]),
    ("一、过去五年工作回顾\n（一）基础设施。县交通运输局要加快农村公路建设。\n二、今后五年的主要任务\n县交通运输局要加快农村公路建设。",
     [[("县交通运输局", "responsible", False)]]),
    # guard: a heading that goes on to the work ahead is no review
    ("一、2021年工作回顾和2022年工作安排\n县水利局要会同县应急管理局开展隐患排查。",
     [[("县水利局", "lead", False), ("县应急管理局", "support", False)]]),
    # guard: a task heading about a review is no review section
    ("（三）开展回顾检查。县教育局要对各学校开展回顾检查。", [[("县教育局", "responsible", False)]]),
])
def test_review_sections(text: str, expected: Read) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a contracted operator is a regulated party, with or without 第三方 (docs/readings.md)
    ("第三方运维单位应当按照合同约定做好设施的巡检和维护。", []),
    ("维保单位要落实电梯维护保养责任。", []),
    # guard: a body's own division named 运维 stays a subject
    ("运维检修部要加强设备巡视。", [[("运维检修部", "responsible", False)]]),
    # every county's safety committee, flood headquarters: collectives
    ("各县（区）安委会要督促辖区企业落实汛期安全防范措施。", [[("各县（区）安委会", "responsible", True)]]),
    ("各县（市、区）防指要严格执行24小时值班制度。", [[("各县（市、区）防指", "responsible", True)]]),
    # guard: the city's own safety committee stays named
    ("市安委会要加强统筹协调。", [[("市安委会", "responsible", False)]]),
    # 由X and three rules before holding to account
    ("对整治工作不力的，由纪检监察机关依规依纪依法严肃追责问责。", [[("纪检监察机关", "responsible", True)]]),
    ("对履职不力的，由县纪委监委依规依纪依法追责问责。", [[("县纪委监委", "responsible", False)]]),
    # guard: 依法 alone before a word that is no cue names no duty
    ("对违法行为，由县市场监管局依法公示。", []),
    # a partner then a verb of revising or drafting: the name ends before it
    ("市政府办公室要会同市司法局修订市政府重大行政决策程序规定。",
     [[("市政府办公室", "lead", False), ("市司法局", "support", False)]]),
    ("县政府办公室要会同县司法局起草县政府规范性文件管理办法。",
     [[("县政府办公室", "lead", False), ("县司法局", "support", False)]]),
    # 按照职责分工 then, after a comma, a word of guide or support: that role
    ("市委编办、市司法局按照职责分工，指导各县市区推进综合行政执法改革。",
     [[("市委编办", "guide", False), ("市司法局", "guide", False)]]),
    ("县财政局、县审计局按照各自职责，配合做好资金监管工作。",
     [[("县财政局", "support", False), ("县审计局", "support", False)]]),
    # guards: the duty's own word after it (docs/readings.md: 按照职责分工，抓好落实 stays responsible); no comma as before
    ("县民政局要按照职责分工，抓好落实。", [[("县民政局", "responsible", False)]]),
    ("县民政局要按照职责分工密切配合。", [[("县民政局", "support", False)]]),
    # guard: after a comma a bare word of support says how all work together (rounds 22 and 28's gold: responsible)
    ("各成员单位要按照职责分工，密切配合，形成工作合力。", [[("各成员单位", "responsible", True)]]),
    ("县交通运输局按照职责分工负责道路巡查。", [[("县交通运输局", "responsible", False)]]),
])
def test_prose_round_23_24_causes(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


def test_work_report_issuer_from_its_byline() -> None:
    """A report titled only 政府工作报告: its government printed in the byline with the head who delivers it is the issuer;
    a speech's byline stays a person's (no issuer, prose round 17's reading)."""
    from graph.extract.metadata import extract_metadata

    report = "政府工作报告\n——2024年1月10日在池州市第五届人民代表大会第四次会议上\n池州市人民政府市长　陈某某\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n"
    speech = "在全市安全生产工作会议上的讲话\n亳州市人民政府副市长　刘某某\n（2020年4月10日）\n同志们：\n今天召开会议。\n"
    assert (extract_metadata(report).issuer, extract_metadata(report).date) == ("池州市人民政府", "2024-01-10")
    assert extract_metadata(speech).issuer is None


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence under a review heading opened by a time still to come is read (past_paragraph_ends)
    ("一、2021年工作回顾\n2021年，县水利局会同县应急管理局开展隐患排查。今年，县水利局要会同县应急管理局完善预案。",
     [[("县水利局", "lead", False), ("县应急管理局", "support", False)]]),
    # a bare 工作回顾 names no past time: its paragraphs are read as any (tests/test_prose11_causes.py)
    ("一、工作回顾\n县水利局要加快水库建设。", [[("县水利局", "responsible", False)]]),
])
def test_review_sections_end(text: str, expected: Read) -> None:
    assert _read(text) == expected
