"""Causes found by the fourth corpus audit (docs/audit-4.md), each on sentences of our own."""

from __future__ import annotations

from graph.extract import extract
from graph.extract.targets import extract_targets
from graph.ingest import document_from_bytes
from graph.ingest.normalize import normalize
from graph.resolve import default_resolver


def _targets(raw: str) -> list[tuple[str, float, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(raw))]


def test_a_size_after_its_number_is_the_indicator_or_measures_the_subject() -> None:
    # 达到N人的规模 (T5, a bare size: the subject of the clause before); 达到N名的招生规模 (the size named)
    got = _targets("市属职业院校从现有办学规模起步，逐年扩招，2027年达到5000人的规模。")
    assert got == [("市属职业院校", 5000, "人", 2027)]
    got = _targets("（二）扩大县级托育中心招生规模，以2024年实际入托人数为基数，至2026年达到800名的招生规模。")
    assert got == [("招生规模", 800, "名", 2026)]
    # a noun before the number in its own clause keeps it (as before)
    assert _targets("到2026年，全市托位总量达到3000个的规模。") == [("托位总量", 3000, "个", 2026)]
    # no clause opening with a subject: nothing invented (as before)
    assert _targets("逐步扩大，2026年达到3000人的规模。") == [("", 3000, "人", 2026)]


def _roles(raw: str) -> list[tuple[str, str, str]]:
    """(path, mention, role) of each assignee of a plain-text file, read as the package reads a corpus file."""
    ex = extract(document_from_bytes(raw.encode("utf-8"), "x.txt"))
    return [("/".join(t.path), a.mention, a.role) for t in ex.tasks for a in t.assignees]


def test_by_a_body_after_consulting_units_it_leads_and_they_support() -> None:
    # 由X商Y确定 (odkg_archived_test5_256's reply, the law govcn_2018_5341736 第三十条/第三十一条): X leads, the units
    # consulted support, as 由X会同Y…; was no task
    reply = ("省人民政府关于开通甲市至乙市航线的批复\n省交通运输厅：\n你厅《关于开通航线的请示》收悉。现批复如下：\n"
             "一、同意开通甲市至乙市航线。\n二、具体运营事宜，由省交通运输厅商省公安厅、省气象局确定。\n省人民政府\n2024年5月6日\n")
    assert _roles(reply) == [("二", "省交通运输厅", "lead"), ("二", "省公安厅", "support"), ("二", "省气象局", "support")]
    law = ("某某服务管理条例\n第一章　总则\n第一条　为了规范服务，制定本条例。\n"
           "第二条　涉密服务机构的管理办法，由国务院教育行政部门商国务院财政部门另行制定。\n")
    assert _roles(law) == [("一/二", "国务院教育行政部门", "lead"), ("一/二", "国务院财政部门", "support")]
    # 商 with no unit right after it (由双方商定; 由X商定…) and 商 inside a name (商务部): as before
    assert _roles("二、具体价格由双方商定。\n三、收费标准由市财政局商定。\n") == []
    assert _roles("四、由财政部、商务部负责。\n") == [("四", "财政部", "responsible"), ("四", "商务部", "responsible")]


def test_the_navy_and_the_air_force_are_named_bodies() -> None:
    # 海军, 空军 in State Council / CMC documents (odkg_archived_test5_235, _256, _262): were no units, their duties missed
    raw = ("国务院、中央军委关于扩建某机场的批复\n某省人民政府，空军：\n一、同意扩建某机场。\n"
           "二、场道部分由空军负责设计与施工，其余工程由某省负责。\n三、请海军和中国民航局共同研究，提出航路建设方案。\n")
    ex = extract(document_from_bytes(raw.encode("utf-8"), "x.txt"))
    resolver = default_resolver()
    got = [(a.mention, resolver(a.mention, ex)[1], a.role) for t in ex.tasks for a in t.assignees]
    assert ("空军", "中国人民解放军空军", "responsible") in got
    assert ("海军", "中国人民解放军海军", "responsible") in got
    assert [g for g in got if g[0] in ("空军", "海军")] == [
        ("空军", "中国人民解放军空军", "responsible"), ("海军", "中国人民解放军海军", "responsible")]


def test_a_subject_with_a_duty_word_then_partners_after_lianhe_leads() -> None:
    # X将联合Y… (odkg_archived_test4_172, P8; the blind gold of forms_prose8 reads 我局将联合县人力资源社会保障局… so): X lead,
    # Y support, as X将会同Y…; was X responsible and Y missed
    got = _roles("三、省交通运输厅将联合省公安厅、有关行业协会开展专项检查。\n")
    assert got == [("三", "省交通运输厅", "lead"), ("三", "省公安厅", "support"), ("三", "有关行业协会", "support")]
    # 要联合开展… (no unit right after 联合): the subject alone, responsible, as before
    assert _roles("三、省交通运输厅要联合开展专项检查。\n") == [("三", "省交通运输厅", "responsible")]


def test_units_before_a_change_in_their_own_state_are_the_subject_of_the_duty_after() -> None:
    # X变更…，应… (odkg_archived_test4_177, read for missed duties): the licence holder's duty if it changes its name; was none
    raw = ("浙江江南核电有限公司：\n你公司《关于申请运行许可证的请示》收悉。\n"
           "你公司变更单位名称、注册地址和法定代表人，应自变更之日起二十个工作日内，向我局申请办理许可证变更手续。\n"
           "国家核安全局\n2023年4月1日\n")
    assert [(m, r) for _, m, r in _roles(raw)] == [("你公司", "responsible")]
    assert _roles("五、县供电公司终止供电协议时，应提前三十日书面告知用户。\n") == [("五", "县供电公司", "responsible")]
    # a clause of units and another verb before the duty: as before, none (县财政局下达资金后，应…: who shall is not said)
    assert _roles("五、县财政局下达资金后，应及时组织验收。\n") == []
    # a change that befalls the unit (发生变化的): none, as unseen set 2's hand gold reads 政务新媒体主办单位发生变化的，应…
    assert _roles("五、县融媒体中心发生变化的，应及时注销账号。\n") == []
