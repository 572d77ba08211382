"""Causes of the misses of the fourth unseen set (docs/unseen-eval4.md), each on text of our own:
a numbered unit whose heading opens with 要, collectives of place levels (省、自治区、直辖市), the armed
forces' units by their kind, 由X and how X does it before its cue, a kind of body qualified by a phrase
and 的, a collective whose 各 reads over bare kinds before 和, co-signers on lines of their own, a
signature date with the attachments' heading run on, and the bodies the resolver did not know."""

from __future__ import annotations

import pytest

from graph.extract.metadata import extract_metadata
from graph.extract.prose import prose_tasks
from graph.extract.structure import numbered_units
from graph.ingest.normalize import normalize


def read(text: str) -> list[list[tuple[str, str, bool]]]:
    """(mention, role, generic) of every prose task of a text, task by task."""
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(normalize(text))]


def test_a_heading_that_opens_with_yao_is_a_unit() -> None:
    text = "一、总体要求。\n二、要严格落实责任。各县要认真组织。\n三，要加强宣传。\n"
    assert [u.path for u in numbered_units(text)] == [("一",), ("二",)]  # 三，要…: a sentence, not a unit


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # place levels listed as one collective, after 各, 有关 or (three or more) alone
        ("各省、自治区、直辖市应按时报送统计数据。", [[("各省、自治区、直辖市", "responsible", True)]]),
        ("有关省、市、自治区要尽快落实补助资金。", [[("有关省、市、自治区", "responsible", True)]]),
        ("培训所需费用，由省、自治区、直辖市负责安排。", [[("省、自治区、直辖市", "responsible", True)]]),
        # the armed forces' units named by their kind
        ("往返路费由部队负责报销。", [[("部队", "responsible", True)]]),
        ("所需物资由武警总队负责调配。", [[("武警总队", "responsible", True)]]),
        # 由X, then how X does it, then its cue
        ("检测费用由省卫生健康委按规定的标准负责核拨。", [[("省卫生健康委", "responsible", False)]]),
        ("验收工作由市水利局按照有关规定负责组织。", [[("市水利局", "responsible", False)]]),
        ("宣传材料由市文明办统一负责印制。", [[("市文明办", "responsible", False)]]),
        ("检测费用由省卫生健康委按规定核拨。", []),  # no cue after the manner: no duty word
        # 由X和Y组成 a body that 负责…: X and Y are the units printed; 由X和Y组成 alone is no duty
        (
            "由市公安局和市交通运输局组成联合督查组，负责专项检查。",
            [[("市公安局", "responsible", False), ("市交通运输局", "responsible", False)]],
        ),
        ("联合督查组由市公安局和市交通运输局组成。", []),
        # a province's military district
        ("甘肃省军区要做好兵员征集保障。", [[("甘肃省军区", "responsible", False)]]),
        ("由省人民政府和宁夏军区组成领导小组，负责组织实施。", [[("省人民政府", "responsible", False), ("宁夏军区", "responsible", False)]]),
        # a kind of body qualified by a phrase and 的
        ("承担试点任务的单位要按期报送进展情况。", [[("承担试点任务的单位", "responsible", True)]]),
        ("入选名单的企业要发挥示范作用。", [[("入选名单的企业", "responsible", True)]]),
        ("对违规经营的企业要依法查处。", []),  # 对: the firms are objects
        ("已经入选名单的企业要发挥示范作用。", []),  # (已: what was done is no qualifier read here)
        ("考核不合格的企业将被撤销称号。", []),  # 将被: what will be done to them, no duty
        # the armed police as a whole is a named body, not a kind (its 总队 are)
        ("武警部队要加强对飞艇使用的管理。", [[("武警部队", "responsible", False)]]),
        # 各 reads over the bare kind after it, then 和 and another collective
        (
            "对这项工作，各级党委、政府和各级人武部要统筹安排。",
            [[("各级党委、政府", "responsible", True), ("各级人武部", "responsible", True)]],
        ),
    ],
)
def test_subjects_of_duties(sentence: str, expected: list[list[tuple[str, str, bool]]]) -> None:
    assert read(sentence) == expected


def test_co_signers_on_lines_of_their_own() -> None:
    text = "关于做好春季防火工作的命令\n各有关单位：\n请认真做好防火工作。\n市人民政府          \n市总工会\n二〇二〇年三月一日\n"
    meta = extract_metadata(normalize(text))
    assert (meta.issuer, meta.date) == ("市人民政府、市总工会", "2020-03-01")


def test_one_signer_under_the_text_stays_alone() -> None:
    text = "关于做好春季防火工作的通知\n各有关单位：\n请认真做好防火工作。\n省应急管理厅\n2020年3月1日\n"
    assert extract_metadata(normalize(text)).issuer == "省应急管理厅"


def test_a_signature_date_with_the_attachment_run_on() -> None:
    text = "工信厅科函〔2021〕1号\n各有关单位：\n请认真做好工作。\n附件：名单\n        省工业和信息化厅\n   2021年8月31日附件：名单序号企业名称1某某有限公司\n"
    meta = extract_metadata(normalize(text))
    assert (meta.issuer, meta.date) == ("省工业和信息化厅", "2021-08-31")


def test_bodies_the_resolver_did_not_know() -> None:
    from graph.departments.resolution import resolve

    assert resolve("国家农委", year=1981).canonical == "国家农业委员会"


def test_a_regions_government_in_a_reply_to_it() -> None:
    from graph.resolve import _relative

    assert _relative("自治区人民政府") and _relative("自治州人民政府") and not _relative("自然资源部")
