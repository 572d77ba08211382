"""Causes of prose rounds 31-32's first-run misses and false positives (docs/made-eval-forms.md "Prose rounds 31–32 (a
blind hand)"), on sentences of our own: a ministry naming itself ``我部`` and a county bureau ``县局`` in its own text, two
bodies given a work together (``由X、Y联合…``), a work given over (``…工作，划归Y。``), a word of guide after a phrase that
follows 要 (``X要对…给予业务指导``, ``X要按照…的要求，督促指导…``), a support word whose subject is the object of a verb
before it (``X要通过…支持社会组织参与…``), a title line split inside 关于, and a collective after listed levels that names
its own scope (``各镇、街道和市直有关部门``). With guards."""

from __future__ import annotations

import pytest

from graph.extract.pronouns import is_self_pronoun, stray_company_self
from graph.extract.prose import prose_tasks
from graph.extract.prose_units import _split_list

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # 由X、Y联合…: each responsible; 由X联合Y、Z…: X leads, the others support
    ("按照国务院的统一部署，由民政部、全国老龄办联合开展老年人助餐服务示范活动。",
     [[("民政部", "responsible", False), ("全国老龄办", "responsible", False)]]),
    ("对成效突出的单位，由市生态环境局、市民政局联合予以通报表扬。",
     [[("市生态环境局", "responsible", False), ("市民政局", "responsible", False)]]),
    ("由县公安局联合县交通运输局、县应急管理局开展专项检查。",
     [[("县公安局", "lead", False), ("县交通运输局", "support", False), ("县应急管理局", "support", False)]]),
    ("县公安局、县交通运输局联合开展专项检查。", []),  # guard: no 由, no cue (docs/readings.md)
    # guards: 联合 ending a name; 联合发布 says who publishes the document (as 由X组织出版)
    ("项目由县供销合作社联合社作为实施主体，负责项目建设和运营管理。", [[("县供销合作社联合社", "responsible", False)]]),
    ("现批准《某监测通用要求》为国家标准，并由生态环境部与国家市场监督管理总局联合发布。", []),
    # a work given over: the body it goes to; the one that had it none
    ("原由省林业厅负责的北江沿岸湿地保护指导工作，划归省林业局。", [[("省林业局", "responsible", False)]]),
    ("原由市林业局负责的古树名木保护工作，划归市园林局，由市园林局负责建立档案。", [[("市园林局", "responsible", False)]]),
    ("原由市林业局负责的古树名木保护工作已划归市园林局。", []),  # guard: done
    # a word of guide after a phrase that follows 要
    ("市生态环境局要对社会组织开展的环境监督活动给予业务指导。", [[("市生态环境局", "guide", False)]]),
    ("各省级文化和旅游行政部门要按照本地党委、政府的要求，督促指导市县文化和旅游部门落实属地管理责任。",
     [[("各省级文化和旅游行政部门", "guide", True)]]),
    ("县公安局要按照县政府的统一部署，积极配合县林业局开展巡查。", [[("县公安局", "support", False)]]),
    ("区人民政府应当根据本行政区域内的水资源状况，指导农业生产经营单位调整种植结构。", [[("区人民政府", "guide", True)]]),
    # guards: the words before the comma are the duty itself (no phrase of what the work follows)
    ("各行业主管监管部门要按照网络安全国家标准制定实施指南和规范，指导网络安全管理工作。",
     [[("各行业主管监管部门", "responsible", True)]]),
    ("卫生健康行政主管部门应当根据应急预案组建急救转运专门队伍，并指导社会急救医疗救治工作。",
     [[("卫生健康行政主管部门", "responsible", True)]]),
    # guards: 指导 as the noun of 加强 stays responsible; a bare 密切配合 after the comma too (rounds 22 and 28)
    ("市教育局要加强对学校安全工作的指导。", [[("市教育局", "responsible", False)]]),
    ("县林业局要按照规定，密切配合，形成合力。", [[("县林业局", "responsible", False)]]),
    # a support word whose subject is the object of a verb before it
    ("市财政局要通过政府购买服务方式支持社会组织参与生态保护。", [[("市财政局", "responsible", False)]]),
    ("县公安局要结合职能积极参与整治。", [[("县公安局", "support", False)]]),  # guard (docs/readings.md)
    # a title line: no subject split inside 关于
    ("丹江口市人民政府关于动员社会力量参与水源区生态保护的意见", []),
    # a collective after listed levels that names its own scope
    ("各镇、街道和市直有关部门要加强对社会力量参与生态保护的支持。",
     [[("各镇、街道", "responsible", True), ("市直有关部门", "responsible", True)]]),
    # the 各 after a place's part reads over the bare kinds after it
    ("县城区各机关、企事业单位负责本单位门前及院内环境卫生。", [[("县城区各机关、企事业单位", "responsible", True)]]),
    ("各机关、企事业单位要加强门前环境卫生管理。", [[("各机关、企事业单位", "responsible", True)]]),
])
def test_prose31_causes(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


def test_a_kind_the_levels_open_stays_one_collective() -> None:
    assert [n.mention for n in _split_list("各省、自治区、直辖市及计划单列市教育行政部门", 0, False) or []] == [
        "各省、自治区、直辖市及计划单列市教育行政部门"]


def test_a_ministry_and_a_county_bureau_naming_themselves() -> None:
    assert is_self_pronoun("我部") and is_self_pronoun("县局")
    plan = "蒙城县农业农村局2021年工作计划\n一、重点工作\n县局将立足养殖业布局，加快实施整县推进项目。局属各单位要按照县局的要求，按月报送进展。"
    assert _read(plan) == [[("县局", "responsible", False)], [("局属各单位", "responsible", True)]]
    notice = "文化和旅游部办公厅关于做好暑期安全工作的通知\n一、提示\n我部将会同中国气象局发布旅游出行提示。"
    assert _read(notice) == [[("我部", "lead", False), ("中国气象局", "support", False)]]
    # guards: 县局 in another body's text, or of another level, names no body of the document
    assert _read("某市农业农村局关于做好畜禽粪污治理的通知\n一、要求\n县局将加快实施整县推进项目。") == []
    assert stray_company_self("市局", "蒙城县农业农村局2021年工作计划\n…")
    assert not stray_company_self("县局", "蒙城县农业农村局2021年工作计划\n…")


def test_a_meeting_news_report_dated_by_its_opening_day() -> None:
    from graph.extract.minutes import news_date
    head = [(0, "宿松县召开2023年森林防火工作会议"), (20, ""), (21, "　　2023年2月28日上午，宿松县召开2023年森林防火工作会议。")]
    assert news_date(head[0][1], head) == "2023-02-28"
    # guards: a notice calling a meeting, and a report that opens with no day
    assert news_date("关于召开全县森林防火工作会议的通知", head) is None
    assert news_date("宿松县召开2023年森林防火工作会议", [head[0], (20, "　　会议要求，各乡镇要…")]) is None
