"""Causes of prose rounds 35-36's first-run misses and false positives (docs/made-eval-forms.md "Prose rounds 35–36 (a
blind hand)"), on sentences of our own: the body a decision gives the follow-up to (``由X督促检查``), a 批复's description
of the requester's plan (``你市在请示中提出，…由X负责…``), a 已 right after 对 qualifying the object, a 督查通报's order to
rectify (``责令X于…前完成…``), a plan's item opened by its doer and a colon (``（五）X：推动…``; ``（二）X：牵头…，Y配合`` no item
tail), and last year's count opened by ``去年，`` (no target). With guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract.prose import prose_tasks
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize
from tests.plan_text import task_rows

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the follow-up of a decision given to a body
    ("本意见贯彻落实情况，由国务院办公厅督促检查。", [[("国务院办公厅", "responsible", False)]]),
    ("本办法由市住房城乡建设局负责解释。", []),  # guard: who interprets the document (docs/readings.md)
    # a 已 right after 对 qualifies the object; the duty is still to be done
    ("市环保局要会同市水利局对已销号问题开展“回头看”，防止问题反弹。",
     [[("市环保局", "lead", False), ("市水利局", "support", False)]]),
    ("市环保局已对销号问题开展“回头看”。", []),  # guard: done
    ("市环保局会同市水利局对销号问题开展了“回头看”。", []),  # guard: done (了)
    # a 督查通报's order to rectify names who must
    ("（一）责令咸安区于7月31日前完成城区黑臭水体整治，并将整改情况报市政府督查室。", [[("咸安区", "responsible", False)]]),
    ("（二）责令崇阳县、赤壁市于8月15日前完成畜禽养殖禁养区内养殖场关闭搬迁。",
     [[("崇阳县", "responsible", False), ("赤壁市", "responsible", False)]]),
    ("对整改不到位的，责令限期整改。", []),  # guard: no unit ordered
    ("责令左权县人民政府县长孙光堂向晋中市人民政府写出书面检查。", []),  # guard: a person ordered (unseen set 3)
    ("请县财政局主要负责同志亲自协调。", []),  # guard: a person asked
])
def test_prose_sentences(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


def test_a_penalty_in_a_regulation_stays_none() -> None:
    text = ("泰州市城市地下管线管理办法\n第一条　为了加强管理，制定本办法。\n"
            "第九条　违反本办法第六条规定的，由市城乡建设局责令限期改正，可处1000元以上1万元以下罚款。\n")
    assert _read(text) == []


_REPLY = "广西壮族自治区人民政府关于同意设立北海铁山港临港产业园的批复\n北海市人民政府：\n"


def test_a_reply_describing_the_request() -> None:
    text = _REPLY + "二、你市在请示中提出，园区将重点发展石化产业，由市工业和信息化局负责招商引资。\n三、你市要严格落实园区规划。\n"
    assert _read(text) == [[("你市", "responsible", False)]]  # the described plan none; the addressee's duty read
    # guard: the request's sentence alone; the reply's own sentences after it in its paragraph are read
    text = _REPLY + "二、你市在请示中提出，将廊道建设纳入规划统筹安排。请你市会同自治区自然资源厅抓紧完善管控措施。\n"
    assert _read(text) == [[("你市", "lead", False), ("自治区自然资源厅", "support", False)]]


_PLAN = ("绵阳市人民政府办公室关于印发绵阳市2021年优化营商环境工作要点的通知\n绵府办发〔2021〕8号\n市级各部门：\n"
         "现印发给你们，请认真贯彻执行。\n\n绵阳市人民政府办公室\n2021年3月15日\n\n绵阳市2021年优化营商环境工作要点\n"
         "一、提升政务服务效能\n")


def _plan(tmp_path: Path, title: str, lines: str) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    p = tmp_path / "plan.txt"
    p.write_text(_PLAN.replace("关于印发绵阳市2021年优化营商环境工作要点的通知", title) + lines, encoding="utf-8")
    return task_rows(p)


def test_an_item_opened_by_its_doer_and_a_colon(tmp_path: Path) -> None:
    rows = _plan(tmp_path, "关于印发绵阳市2021年优化营商环境工作要点的通知",
                 "（一）市发展改革委：牵头开展全市营商环境自评估，市统计局配合。\n"
                 "（二）市经济和信息化局：推动供电企业压减获得电力办理时限。\n")
    assert rows == [("一/一", [("市发展改革委", "lead", False), ("市统计局", "support", False)]),
                    ("一/二", [("市经济和信息化局", "responsible", False)])]


def test_an_item_tail_after_a_heading_stays_a_clause(tmp_path: Path) -> None:
    rows = _plan(tmp_path, "关于印发绵阳市2021年优化营商环境工作要点的通知", "（一）强化宣传引导：市委宣传部牵头，市文明办配合。\n")
    assert rows == [("一/一", [("市委宣传部", "lead", False), ("市文明办", "support", False)])]


def test_a_doer_line_with_a_bare_verb_outside_a_plan_stays_none(tmp_path: Path) -> None:
    rows = _plan(tmp_path, "关于2021年第一季度优化营商环境工作督查情况的通报", "（一）市经济和信息化局：推动供电企业压减获得电力办理时限。\n")
    assert rows == []


def test_last_years_count_is_no_target() -> None:
    text = "去年，全市新建改建农村卫生厕所3.2万座。2023年，各县区要坚持数量服从质量，全市新建改建农村卫生厕所2.5万座以上。"
    assert [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=2023)] == [(2.5, "万座", 2023)]
    text = "到2023年，全市粮食产量比去年增长5%以上。"  # guard: 去年 inside the sentence, no comma after it
    assert [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=2023)] == [(5, "%", 2023)]


# Left by prose rounds 35-36: the follow-up's other words, an item's doer then an earlier year, a 已 inside the object.

@pytest.mark.parametrize(("sentence", "expected"), [
    ("本方案落实情况，由市政府办公室跟踪督办。", [[("市政府办公室", "responsible", False)]]),
    ("本意见落实情况，由市发展改革委督查落实。", [[("市发展改革委", "responsible", False)]]),
    ("各项任务完成情况由市财政局督促落实。", [[("市财政局", "responsible", False)]]),
    ("本办法执行情况，由市应急管理局监督检查。", [[("市应急管理局", "responsible", False)]]),
    ("由市住建局督促指导各县区落实。", []),  # guard: not made responsible (督促指导 is guide by the GUIDE)
    # a 已 inside the object of 对 / 针对 / 把 after a word that looks ahead tells of the object
    ("市环保局要会同市水利局对此前已销号问题开展“回头看”。", [[("市环保局", "lead", False), ("市水利局", "support", False)]]),
    ("市信访局负责对群众已反映问题开展回访。", [[("市信访局", "responsible", False)]]),
    ("请市住建局针对前期已排查出来但尚未整改到位的隐患逐一督办。", [[("市住建局", "responsible", False)]]),
    ("各县区要把此前已摸排问题全部纳入整改台账。", [[("各县区", "responsible", True)]]),
    ("市环保局会同市水利局对销号问题已开展“回头看”。", []),  # guard: done (no word that looks ahead)
    ("市环保局已要求各县区对问题开展整改。", []),  # guard: done (已 before 对)
])
def test_left_sentences(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


def test_an_item_doer_then_an_earlier_year_is_done(tmp_path: Path) -> None:
    rows = _plan(tmp_path, "关于印发绵阳市2021年优化营商环境工作要点的通知",
                 "（一）市财政局：2020年完成全市预算一体化系统建设。\n"
                 "（二）市发展改革委：2020年，牵头完成营商环境自评估。\n"
                 "（三）市经济和信息化局：2021年6月底前推动供电企业压减获得电力办理时限。\n"
                 "（四）市自然资源和规划局：2020年至2022年持续推进不动产登记便利化。\n")
    assert rows == [("一/三", [("市经济和信息化局", "responsible", False)]),
                    ("一/四", [("市自然资源和规划局", "responsible", False)])]
