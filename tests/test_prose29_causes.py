"""Causes of prose rounds 29-30's first-run misses and false positives (docs/made-eval-forms.md "Prose rounds 29–30 (a
blind hand)"), on sentences of our own: a bare 等 closing a list before its cue (``X、Y等配合``), a negated 由X (``不再由X负责``),
a check with its kind between (``由X组织检查验收``), a bare ``由X组织`` closing a clause of work, a single rule before 追究 (``由X依纪追究``), a time of recurrence before the cue (``X每年应当…``), the townships and a committee's
members as subjects of a county's 办法 in articles, and a provincial department naming itself ``省厅``. With guards."""

from __future__ import annotations

import pytest

from graph.extract.pronouns import stray_company_self
from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a bare 等 before the cue closes the list and adds no mention (GUIDE.md: X、Y等负责)
    ("由市国土资源局牵头，市规划局、市林业局等配合。",
     [[("市国土资源局", "lead", False), ("市规划局", "support", False), ("市林业局", "support", False)]]),
    ("县教育局、县卫健局等要加强校园食品安全监管。", [[("县教育局", "responsible", False), ("县卫健局", "responsible", False)]]),
    # guard: 等 before a noun stays a collective of its own
    ("由市质量技术监督局负责，市农业局、市工商局等部门配合。",
     [[("市质量技术监督局", "responsible", False), ("市农业局", "support", False), ("市工商局", "support", False),
       ("部门", "support", True)]]),
    # a negated 由X: no duty of X; the body it passes to keeps its own
    ("从今年起，农民沼气技术培训不再由市科协负责，改由市农业局负责，各乡镇农技站配合。",
     [[("市农业局", "responsible", False), ("各乡镇农技站", "support", True)]]),
    ("该项审批不再由县发改局负责。", []),
    # guard: 再由 after a condition stays a duty
    ("经审核后，再由县财政局负责拨付资金。", [[("县财政局", "responsible", False)]]),
    # a check with its kind between 组织 and 验收
    ("由县整治工作领导小组办公室组织检查验收。", [[("县整治工作领导小组办公室", "responsible", False)]]),
    # a bare 由X组织 closing a clause of work; its partners support
    ("考核工作由县安全生产委员会办公室组织，县委组织部、县纪委监委参与。",
     [[("县安全生产委员会办公室", "responsible", False), ("县委组织部", "support", False), ("县纪委监委", "support", False)]]),
    # guard: 由X组织 before its object, or after a topic of no work, stays none
    ("以上电子行业标准由工业和信息化部组织出版。", []),
    ("本次比赛由县教育局组织。", []),
    # guard: a member's later clause 配合… adds no role (prose round 8's gold; round 30's was corrected to it)
    ("县交通局：负责采砂船舶的航行安全监管，配合做好非法采砂船舶的扣押工作。", [[("县交通局", "responsible", False)]]),
    # guard: a division of the department named by its short name for itself stays whole
    ("厅办公室要会同省厅救灾处组成督查组，对各地救助工作开展督查。",
     [[("厅办公室", "lead", False), ("省厅救灾处", "support", False)]]),
    # guard: 密切配合 after a comma says how all work together (rounds 22 and 28's gold)
    ("各成员单位要各司其职，密切配合，形成合力。", [[("各成员单位", "responsible", True)]]),
    # one rule before 追究
    ("对工作不力、造成严重后果的，由县监察局依纪追究有关人员的责任。", [[("县监察局", "responsible", False)]]),
    # a time the duty recurs at, right before its cue; not before 都 (a practice told: prose rounds 17, 18, 20's gold)
    ("2024年，各牵头部门每季度都要报送落实情况，全年共报送进展情况4次。", []),
    ("县人民政府每年应当向县人民代表大会常务委员会报告水环境保护工作情况。", [[("县人民政府", "responsible", True)]]),
    ("县农业局每季度要通报一次工作进展。", [[("县农业局", "responsible", False)]]),
])
def test_prose29_causes(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


def test_townships_and_members_in_a_county_measure_in_articles() -> None:
    """In a county's 办法 in articles (read strictly, as a regulation) the townships and a committee's members are subjects;
    a law's parties stay none."""
    rule = ("休宁县安全生产工作考核办法\n第一条　为落实安全生产责任，制定本办法。\n"
            "第二条　各乡镇、县安委会各成员单位应于每年12月10日前将自查报告报县安委会办公室。\n"
            "第三条　生产经营单位应当建立安全生产责任制。\n")
    assert _read(rule) == [[("各乡镇", "responsible", True), ("县安委会各成员单位", "responsible", True)]]


def test_provincial_department_naming_itself() -> None:
    """省厅将… in a provincial department's own text is the issuer (as 我局); in a city's notice no subject."""
    own = "江西省林业厅关于进一步加强林木种苗质量管理的意见\n一、各地要严格执行许可证制度，省厅将适时组织专项检查。\n"
    assert _read(own) == [[("各地", "responsible", True), ("省厅", "responsible", False)]]
    city = "某市林业局关于做好林木种苗管理的通知\n一、各县要严格执行许可证制度，省厅将适时组织专项检查。\n"
    assert _read(city) == [[("各县", "responsible", True)]]
    assert not stray_company_self("省厅", "江西省林业厅关于…的意见") and stray_company_self("省厅", "某市林业局关于…的通知")
