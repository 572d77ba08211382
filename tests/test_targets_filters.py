"""Numbers that are no targets (issue #14 "Non-targets are taken") and the document-kind filter."""

from __future__ import annotations

import pytest

from graph.extract.metadata import document_kind, states_facts
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, title: str | None = None) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in extract_targets(normalize(text), title=title)]


@pytest.mark.parametrize(
    "text",
    [
        # numbers inside a cited title
        "特别是学习贯彻落实《江西省人民政府印发关于有效应对疫情稳定经济增长20条政策措施的通知》，推动企业复工。",
        # "以上" before a number: the above
        "我局决定颁发以上4座研究堆为期5年的运行许可证。",
        "以上两种报名途径选择一种报名即可。",
        # budget caps
        "机场建设总投资控制在七千万元以内，由国家安排二千万元。",
        # thresholds of a rule: a condition ending in 的
        "拟发行境内上市外资股的面值总额超过3000万美元的，国务院证券委员会应当报国务院批准。",
        # eligibility rules
        "每个项目仅可选择1个试点方向。",
        # pilot scope: a count of the names just listed
        "选择北京、天津、上海、重庆和沈阳、大连、厦门、广州、深圳、成都、西安11个城市开展试点。",
        # the document's own content, a project's scope in a list of projects, an inspection's sample
        "一、推广的改革举措（共23项）",
        "61\n抚州创世纪大数据超算产业园项目\n50\n在建\n建设25万平方米T3级数据中心以及配套建设电力系统。",
        "项目分三期建设，建成后可形成年产20万吨电子铜带。",
        "每个县（市、区）随机抽查4个企业和项目，其中：2个规模以上工业企业，1个省大中型项目。",
        "计算方法：医院接受进修并返回原医院独立工作人数/医院同期招收进修总人数×100%。",
        # a specification's multiples and conditions
        "段落内文字的行距至少为1.3倍。",
        "避免需3个或以上手指才能完成的复杂手势操作。",
        # a rate to compute with, a routine's frequency, a selection already made
        "医保基金在总额预算的基础上，按不低于采购金额的30%提前预付给医疗机构。",
        "原则上每5年修订1次职业院校专业目录，每年调整1次专业。",
        "省政府办公厅在组织各地申报的基础上，遴选出64个具有示范引领作用的重大产业项目。",
        # a contest's structure (round 6 T22), a rule of conduct with a measure (round 5 T4)
        "大赛设立五个赛项，同一参赛单位可申报不同赛项。",
        "本次大赛设立一等奖5名、二等奖10名、三等奖20名。",
        "避免游客扎堆排队入园，游客间距原则上控制在1.5米以上。",
        # a threshold qualifying a noun, not at its clause's end (round 5 T14)
        "申请能效“领跑者”的企业应满足以下要求：\n（一）年能源消费量超过1万吨标准煤的独立法人单位；",
        # a weight in a scoring scheme (round 3; known gap), in a table flattened into one line
        "评测指标权重评测依据用户满意度评价40%组织满意度调查。自我评价20%参与改造的企业根据专项行动要求开展自评。",
        # a size class, not an amount (年产3000吨级…装备)
        "加强工艺技术攻关，实现年产3000吨级闪蒸非织造技术装备产业化。",
    ],
)
def test_not_targets(text: str) -> None:
    assert values(text) == []


def test_a_list_with_etc_before_the_count_is_a_target() -> None:
    assert values("重点培育电子信息、装备制造、新材料、生物医药等产业集群10个。") == [(10, "个")]


def test_a_number_in_the_documents_own_title_is_none() -> None:
    title = "国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知"
    text = title + "\n各省、自治区、直辖市人民政府：\n到2020年，培育骨干文化企业30家。"
    # the title names 规定: the issued documents are rules, which set no targets
    assert values(text, title) == []
    title2 = "国务院办公厅关于印发支持文化企业发展两个行动计划的通知"
    assert values(title2 + "\n到2020年，培育骨干文化企业30家。", title2) == [(30, "家")]


@pytest.mark.parametrize(
    ("title", "kind", "facts"),
    [
        ("国务院、中央军委关于同意新建宜昌黄龙寺民用机场的批复", "批复", True),
        ("国务院关于河北雄安新区总体规划（2018—2035年）的批复", "批复", True),
        ("国务院办公厅关于黄金经济政策有关问题的复函", "复函", True),
        ("国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函", "函", True),
        ("关于颁发岷江试验堆、中国脉冲堆运行许可证（延续）的通知", "许可证", True),
        ("国务院关于股份有限公司境内上市外资股的规定", "规定", True),
        ("中华人民共和国大气污染防治法", "法", True),
        ("阿坝州人民政府办公室关于印发《阿坝州政务数据资源管理暂行办法》的通知", "办法", True),
        ("移动互联网应用（APP）适老化通用设计规范", "规范", True),
        ("安徽省人民政府办公厅关于印发贯彻质量发展纲要推进质量安徽建设2016年行动计划的通知", "计划", False),
        ("国务院关于印发国家职业教育改革实施方案的通知", "方案", False),
        ("工业和信息化部财政部关于举办第七届“创客中国”中小企业创新创业大赛的通知", "通知", False),
        ("国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知", "请示", False),
        (None, None, False),
    ],
)
def test_document_kind(title: str | None, kind: str | None, facts: bool) -> None:
    assert document_kind(title) == kind
    assert states_facts(title) is facts


def test_an_approval_sets_no_targets() -> None:
    title = "国务院、中央军委关于同意新建安徽芜湖宣城民用机场的批复"
    text = title + "\n安徽省人民政府：\n建设1.5万平方米的航站楼、8个机位的站坪。"
    assert values(text, title) == []
    assert values(text) != []  # the same text in a plan would state goals


def test_a_report_of_work_done_sets_no_targets() -> None:
    # round 6 T1: a quarterly report with no title line
    text = ("工信部信管函〔2021〕73号\n根据《中华人民共和国电信条例》相关规定，现将2020年第四季度电信服务有关情况通告如下：\n"
            "一、贯彻落实工作部署情况\n组织7省通信管理局完成38家基础电信企业不正当竞争行为实地检查。")
    assert values(text) == []
    # a notice that issues a plan is no report
    assert values("现将《行动计划》印发给你们。\n到2025年，培育骨干企业30家。") == [(30, "家")]


def test_a_comparison_with_a_goal_phrase_after_it_stays_a_target() -> None:
    # 的 after the number, but a goal (规模, 目标) follows, not a noun it qualifies
    assert values("至1998年，招生人数达到2000名的招生规模。") == [(2000, "名")]
