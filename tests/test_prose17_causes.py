"""Causes of prose rounds 17-20's misses (docs/made-eval-forms.md "Prose rounds 17–20") and the leftovers settled with
them, on sentences of our own: regulated parties in a plan, ``都要`` telling practice in a report or a reply, a lone
sector word before ``等有关部门``, roles a clause without a subject carries, ``由X依规依纪追究…`` and ``由X责令…``, support
given with its kind between, ``Y做好…`` after a duty, names (a highway section, a militia company, 建设用地审批处, the 2005
name 国家安全监管局, 产煤省（区、市）人民政府), a member's ``X：按规定…`` line; a seal note and a news dateline. With guards."""

from __future__ import annotations

import pytest

from graph.extract.metadata import extract_metadata
from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # regulated parties, in a plan as in a law: no units of the plan
    ("施工单位应当在施工现场设置硬质围挡。", []),
    ("监理单位要将扬尘防治纳入监理范围，发现问题及时督促整改。", []),
    ("各施工单位要落实扬尘防治措施。", []),
    ("林区经营单位应当建立防火责任制。", []),
    # guards: collectives of the plan's own units stay
    ("各有关单位要加强监管。", [[("各有关单位", "responsible", True)]]),
    ("各成员单位要按照职责分工抓好落实。", [[("各成员单位", "responsible", True)]]),
    # a lone sector word before 等有关部门 names no body, as in a list; the collective supports
    ("市卫健委要会同市场监管等有关部门开展检查。", [[("市卫健委", "lead", False), ("有关部门", "support", True)]]),
    ("市卫健委要会同民政、公安等部门开展检查。", [[("市卫健委", "lead", False), ("部门", "support", True)]]),
    # roles a clause with no subject of its own carries to the latest subject
    ("各乡镇人民政府对本辖区防控工作负总责，要组织村（社区）清除积水容器。",
     [[("各乡镇人民政府", "lead", True), ("各乡镇人民政府", "responsible", True)]]),
    ("县疾病预防控制中心负责对医务人员开展培训，并给予技术指导。",
     [[("县疾病预防控制中心", "responsible", False), ("县疾病预防控制中心", "guide", False)]]),
    ("民政部：负责联席会议的组织协调，牵头推进养老服务体系建设。", [[("民政部", "responsible", False), ("民政部", "lead", False)]]),
    # guards: a duty word after a lead that is no charge, a 指导 clause with its object, 牵头单位 a noun
    ("由县财政局牵头，会同县审计局开展检查，要在6月底前完成。", [[("县财政局", "lead", False), ("县审计局", "support", False)]]),
    ("县财政局负责拨付资金，指导各乡镇做好资金使用。", [[("县财政局", "responsible", False)]]),
    ("县财政局负责拨付资金，牵头单位要加强督促。", [[("县财政局", "responsible", False), ("牵头单位", "responsible", True)]]),
    # the body that acts by the rules or orders by law
    ("对防控工作不力的，由县纪委监委依规依纪追究相关人员责任。", [[("县纪委监委", "responsible", False)]]),
    ("对违反规定增加基层负担的，由市纪委监委严肃追责问责。", [[("市纪委监委", "responsible", False)]]),
    ("对发生重大事故的，由监察机关依法追究有关领导的责任。", [[("监察机关", "responsible", True)]]),
    ("对整改不力的乡镇，由县政府督查室责令限期整改。", [[("县政府督查室", "responsible", False)]]),
    # support given with its kind between, or by its other noun
    ("各县人民政府要建立监管机构，省财政厅给予必要的经费支持。",
     [[("各县人民政府", "responsible", True), ("省财政厅", "support", False)]]),
    ("详细规划编制由国土空间规划处牵头，厅规划研究中心提供技术支撑。",
     [[("国土空间规划处", "lead", False), ("厅规划研究中心", "support", False)]]),
    ("县教育局要加强管理，县财政局提供资金保障。", [[("县教育局", "responsible", False)]]),  # guard: no word of support
    # Y做好… after a clause whose subject has a duty; a verb opening the clause names no unit
    ("火灾扑灭后，县林业和草原局负责组织损失评估，县民政局做好受灾群众的生活救助。",
     [[("县林业和草原局", "responsible", False), ("县民政局", "responsible", False)]]),
    ("办公室负责督促落实议定事项，领导首都国际机场管理委员会做好保障工作。", [[("办公室", "responsible", False)]]),
    ("领导小组办公室要加强统筹协调。", [[("领导小组办公室", "responsible", False)]]),
    # names
    ("市公路管理段要加强养护作业的质量检查。", [[("市公路管理段", "responsible", False)]]),
    ("由县森林防灭火指挥部统一组织，县消防救援大队、县民兵应急连负责具体扑救。",
     [[("县森林防灭火指挥部", "responsible", False), ("县消防救援大队", "responsible", False), ("县民兵应急连", "responsible", False)]]),
    ("用途管制处、建设用地审批处按照职责分工，做好用地报批工作。",
     [[("用途管制处", "responsible", False), ("建设用地审批处", "responsible", False)]]),
    ("财政部负责会同国家安全监管局制定管理办法。", [[("财政部", "lead", False), ("国家安全监管局", "support", False)]]),
    ("产煤省（区、市）人民政府要在2006年底前关闭小煤矿。", [[("产煤省（区、市）人民政府", "responsible", True)]]),
    # a member's duty line after its colon, opened by 按规定
    ("财政部：按规定做好相关经费保障。", [[("财政部", "responsible", False)]]),
    ("县财政局按规定拨付资金。", []),  # guard: only after a member's colon
])
def test_prose_round_17_20_sentences(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


PRACTICE = ("一、2024年工作开展情况\n（一）健全决策机制。凡涉及群众切身利益的重大事项，县政府都要组织召开听证会。"
            "县司法局对各部门的规范性文件都要进行合法性审核，全年审核文件46件。\n"
            "二、2025年工作安排\n（一）各乡镇、各部门都要专题研究法治政府建设工作。县司法局要会同县委依法治县办制定工作要点。\n")


def test_a_penalty_article_of_a_law_is_no_task() -> None:
    """由X责令… in a law or a 办法 (read strictly) opens a penalty: the body's power, no task (a plan's stays, above)."""
    text = "某市建筑垃圾管理办法\n第一条　为加强管理，制定本办法。\n第八条　违反本办法第五条规定的，由市城市管理局责令限期改正，处五千元罚款。\n"
    assert _read(text) == []


def test_habitual_dou_yao_in_a_report_tells_practice() -> None:
    """In a report or a reply, ``X都要…`` tells how the work is done (none); a collective opened by 各 (都 counts its
    members) and 要 without 都 stay duties; in a plan the same sentences are duties."""
    report = "某县人民政府关于2024年度法治政府建设工作情况的报告\n" + PRACTICE
    assert _read(report) == [[("各乡镇", "responsible", True), ("各部门", "responsible", True)],
                             [("县司法局", "lead", False), ("县委依法治县办", "support", False)]]
    plan = "某县人民政府关于加强法治政府建设的实施意见\n" + PRACTICE
    assert len(_read(plan)) == 4
    work = "某市人民政府工作报告\n二、2025年工作安排\n市政府各部门都要把优化营商环境摆在突出位置。\n"
    assert _read(work) == [[("市政府各部门", "responsible", True)]]  # 各 inside the collective: 都 counts its members


def test_a_reply_keeps_its_duties_still_to_be_done() -> None:
    text = ("某市交通运输局关于市人大第12号建议的答复\n李明代表：\n市公路管理段每季度都要对养护质量进行考核。"
            "下一步，我局将会同市财政局积极争取上级补助资金。请各乡镇人民政府落实养护主体责任。\n某市交通运输局\n2025年6月12日\n")
    assert _read(text) == [[("我局", "lead", False), ("市财政局", "support", False)], [("各乡镇人民政府", "responsible", True)]]


def test_a_seal_note_under_the_signature_and_a_news_dateline() -> None:
    notice = ("某县登革热防控联防联控工作机制关于做好防控工作的通知\n某防发〔2025〕2号\n各乡镇人民政府：\n现就有关工作通知如下。\n"
              "某县登革热防控联防联控工作机制\n（县卫生健康局代章）\n2025年7月3日\n")
    meta = extract_metadata(notice)
    assert (meta.issuer, meta.date) == ("某县登革热防控联防联控工作机制", "2025-07-03")
    release = "国务院常务会议部署推进城市更新工作\n新华社北京2025年3月21日电\n会议要求，各地区要把城市更新作为重要抓手。\n"
    assert extract_metadata(release).date == "2025-03-21"
