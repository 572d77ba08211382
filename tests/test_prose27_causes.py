"""Causes of prose rounds 27-28's first-run misses and false positives (docs/made-eval-forms.md "Prose rounds 27–28 (a
blind hand)"), on sentences of our own: partners printed before the lead (``会同Y、Z，由X牵头…``), a finding of how a unit did
its part (``X与Y…配合不够紧密``), a body placed by where an event happens and a township's government with its other kind in
brackets (``事发地乡（镇）人民政府``), a check given to a body (``由X组织验收``), and a company naming itself bare in its own
text (``公司将…``). With guards (a 细则's penalty article: 责令 none, 依法处理 a duty, as before)."""

from __future__ import annotations

import pytest

from graph.extract.pronouns import stray_company_self
from graph.extract.prose import is_subject_unit, prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the partners after 会同 printed before the lead the next clause names: they support it, it leads
    ("会同县气象局、县水利局，由县农业局牵头做好春季防灾减灾工作。",
     [[("县气象局", "support", False), ("县水利局", "support", False), ("县农业局", "lead", False)]]),
    ("会同市环保局，由市农委牵头开展畜禽养殖污染专项整治，年底前关闭搬迁禁养区内的养殖场。",
     [[("市环保局", "support", False), ("市农委", "lead", False)]]),
    ("会同县财政局，县教育局要抓好校舍维修。", [[("县财政局", "support", False), ("县教育局", "lead", False)]]),
    # guard: 会同 with no subject after it names no task; 会同 after a subject reads as before
    ("会同有关部门，研究制定具体办法。", []),
    ("由县住建局牵头，会同县财政局抓紧完成初步设计。", [[("县住建局", "lead", False), ("县财政局", "support", False)]]),
    # guard: a past sentence opened so stays none
    ("会同县财政局，县住建局完成了一期工程建设。", []),
    # a role word judged wanting is a finding, no duty
    ("市国土资源局与旌阳区人民政府在征地拆迁工作中配合不够紧密，个别地块交地时间一再推迟。", []),
    ("县农业局牵头不力，项目进度滞后。", []),
    ("个别乡镇对村级组织指导不到位。", []),
    # guard: the same words as duties stay
    ("县财政局要积极配合，确保资金及时到位。", [[("县财政局", "support", False)]]),
    ("县农业局牵头制定实施方案。", [[("县农业局", "lead", False)]]),
    # a body placed by where the event happens; a township's government with its other kind in brackets: collectives
    ("在县应急指挥部统一领导下，事发地乡（镇）人民政府负责先期处置。", [[("事发地乡（镇）人民政府", "responsible", True)]]),
    ("乡（镇）人民政府负责本辖区隐患点的群测群防工作。", [[("乡（镇）人民政府", "responsible", True)]]),
    # guard: the collective with 各 and a county's named government stay as before
    ("各乡（镇）人民政府负责本辖区地质灾害隐患点的群测群防工作。", [[("各乡（镇）人民政府", "responsible", True)]]),
    ("罗平县人民政府负责组织实施。", [[("罗平县人民政府", "responsible", False)]]),
    # a check or a draft given to a body, as 由X组织实施
    ("供热工程竣工后，由市建设局组织验收；验收不合格的，不得交付使用。", [[("市建设局", "responsible", False)]]),
    ("专项规划由县自然资源局组织编制。", [[("县自然资源局", "responsible", False)]]),
    # guard: a bare 组织 before another body stays none (由X组织Y…)
    ("以上电子行业标准由工业和信息化部组织出版。", []),
])
def test_prose27_causes(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


def test_penalty_article_of_a_regulation() -> None:
    """Guard (no change): in a 细则 read strictly, 由X责令… is a penalty, no task, but 由Y依法处理 / 依法查处 stays Y's duty
    (docs/readings.md `由X依法查处（…依法处理…）`, forms_prose15's 办法); round 28's gold was corrected to this after its first run."""
    rule = ("某市城市供热管理实施细则\n第一章　总则\n第一条　为加强城市供热管理，制定本细则。\n"
            "第二条　违反本细则规定的，由市建设局责令限期改正。\n"
            "第三条　供热单位擅自停止供热的，由市建设局责令改正，并由市物价局依法处理。\n")
    assert _read(rule) == [[("市物价局", "responsible", False)]]


def test_company_naming_itself_bare_in_its_own_text() -> None:
    """公司将… in a company's own text (its title opens with the company's name) is the issuer, as 我公司; elsewhere none."""
    own = "蔚州矿业集团有限公司关于印发2007年安全生产工作要点的通知\n三、加强安全培训\n公司将于6月底前完成全员安全培训。\n"
    assert _read(own) == [[("公司", "responsible", False)]]
    plan = "某市人民政府关于加强燃气安全管理的通知\n一、公司要定期开展燃气设施巡检。\n"
    assert _read(plan) == []
    law = "某公司法\n第一条　为规范公司的组织和行为，制定本法。\n第二条　公司应当遵守法律。\n第三条　公司应当依法纳税。\n"
    assert _read(law) == []
    assert stray_company_self("本公司", "某市人民政府关于…的通知") and not stray_company_self("我公司", "某市人民政府关于…")
    assert is_subject_unit("集团公司") == (True, False)  # guard: round 173's reading stays
