"""Causes of prose rounds 33-34's first-run misses and false positives (docs/made-eval-forms.md "Prose rounds 33–34 (a
blind hand)"), on sentences of our own: districts whose full name opens with a preposition's character (``向阳区``), an
apposition ``X为…的责任主体，…``, a member's line opened by a word of guide (``X：指导…``), a body holding others to account
(``由X进行约谈``, ``由X进行通报批评``), the joint body a notice sets up printed bare (``领导小组负责…``) and its office after
``下设``, schools by their one-character head (``各地各校``), a banner's townships (``各沿河苏木镇``), a word of support inside a
quoted slogan, and minutes titled ``X专题会议纪要`` (no ordinal). With guards."""

from __future__ import annotations

import pytest

from graph.departments.written_out import adhoc_full_names
from graph.extract.minutes import minutes_issuer
from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a district (and a county) whose full name opens with a character that elsewhere is a preposition
    ("兴山区、向阳区要按照职责分工，做好辖区违法建设的排查建档。",
     [[("兴山区", "responsible", False), ("向阳区", "responsible", False)]]),
    ("向阳区人民政府负责辖区排查。", [[("向阳区人民政府", "responsible", False)]]),
    ("将乐县要加快推进老旧管网改造。", [[("将乐县", "responsible", False)]]),
    ("各街道要向全区推广经验。", [[("各街道", "responsible", True)]]),  # guard: 向 then no division's name
    # an apposition by 为 naming the unit the one accountable, then the cue after the comma
    ("市综合执法局为垃圾分类工作的责任主体，负责本方案的组织实施和跟踪评估。", [[("市综合执法局", "responsible", False)]]),
    ("长汀县人民政府为长汀水土流失综合治理的责任主体，要持续推进崩岗治理。", [[("长汀县人民政府", "responsible", False)]]),
    ("县级人民政府为农村公路养护管理的责任主体。", []),  # guard: no duty word (docs/readings.md)
    ("市财政局为中小企业提供融资担保服务。", []),  # guard: 为 "for", no cue
    # a member's line opened by a word of guide; a bare word of guide after a subject stays none (unseen set 3, E3)
    ("（四）市教育局：指导各中小学校落实健康教育课程。", [[("市教育局", "guide", False)]]),
    ("市住房城乡建设局指导各区住房城乡建设部门做好供热计量改造工作。", []),
    ("市妇联指导各村（社区）妇联组织做好家庭垃圾分类宣传。", []),
    # a body holding to account a place or a unit that fell behind
    ("对工作推进不力的乡镇（街道），由市综合执法局进行约谈。", [[("市综合执法局", "responsible", False)]]),
    ("对未按期完成拆除任务的区，由市政府进行通报批评。", [[("市政府", "responsible", True)]]),
    # the joint body the notice sets up, printed bare; its office after 下设 (the group itself no name with 下设)
    ("领导小组负责统筹协调全市创建国家卫生城市工作，研究解决创建工作中的重大问题。", [[("领导小组", "responsible", False)]]),
    ("领导小组下设办公室，办公室设在市卫生计生委，负责领导小组日常工作。", [[("办公室", "responsible", False)]]),
    ("领导小组办公室设在州农业农村局，承担领导小组日常工作。", []),  # guard (docs/readings.md)
    ("联席会议由县农业农村局、县财政局组成，县农业农村局为牵头单位。", []),  # guard (docs/readings.md)
    # schools by their one-character head after each place; a banner's townships named with 苏木
    ("请各地各校于9月30日前完成资助政策宣传。", [[("各地各校", "responsible", True)]]),
    ("各校要严格执行认定程序。", [[("各校", "responsible", True)]]),
    ("市委党校要加强干部培训。", [[("市委党校", "responsible", False)]]),  # guard: a named school
    ("黄河防凌工作仍由旗水利局牵头，各沿河苏木镇按照职责分工做好巡堤查险。",
     [[("旗水利局", "lead", False), ("各沿河苏木镇", "responsible", True)]]),
    # a word of support inside a quoted slogan is no role; outside the quotes it stays one
    ("长汀县人民政府要按照“政府主导、群众主体、社会参与”的要求，持续推进崩岗治理。", [[("长汀县人民政府", "responsible", False)]]),
    ("县文联要结合职能积极参与“文明城市”创建。", [[("县文联", "support", False)]]),
])
def test_prose33_causes(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(("title", "issuer"), [
    ("土默特右旗人民政府专题会议纪要", "土默特右旗人民政府"),  # a meeting's kind with no ordinal
    ("贞丰县人民政府第十二次常务会议纪要", "贞丰县人民政府"),  # guard: with its ordinal, as before
    ("关于甲的会议纪要", None),  # guard: no body before
    ("市财政局关于会议纪要", None),  # guard: 关于 after the body is a title's, no meeting's kind
])
def test_minutes_issuer_without_ordinal(title: str, issuer: str | None) -> None:
    assert minutes_issuer(title) == issuer


@pytest.mark.parametrize(("text", "full"), [
    # a joint body adjusted, after who decides it: the full name starts after the verb
    ("因人事变动和工作需要，市政府决定调整三亚市创建国家卫生城市工作领导小组（以下简称领导小组）。", "三亚市创建国家卫生城市工作领导小组"),
    ("决定成立黔南州农村人居环境整治工作领导小组（以下简称领导小组）", "黔南州农村人居环境整治工作领导小组"),
    ("建立国务院职业教育工作部际联席会议（以下简称联席会议）", "国务院职业教育工作部际联席会议"),  # guard: as before
])
def test_adhoc_full_name_after_a_decision(text: str, full: str) -> None:
    assert adhoc_full_names(text)["领导小组" if "领导小组" in full else "联席会议"] == full
