"""Causes found by held-out prose rounds 11-12 (docs/made-eval-forms.md "Prose rounds 11–12"), each on sentences or
pages of our own: persons asked by 请 (委员), a paragraph that goes on reviewing the past year, 由X组织实施, a subject
before an approval phrase (X经Y授权，将…; not X经…后，应当…, a condition), a township's 监管所 and 资源所, and a work
report's issuer in its title."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import extract_file
from graph.extract.prose import prose_tasks

Read = list[list[tuple[str, str, bool]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # persons asked: no unit (not 县政协委 cut from 县政协委员)
    ("现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。", []),
    # the body the work is given to carry out, after an approval of another
    ("温泉旅游提质工程经县人民政府批准后，由县文体广电旅游局组织实施。", [[("县文体广电旅游局", "responsible", False)]]),
    # an approval phrase between the subject and its duty word
    ("县应急管理局经县人民政府授权，将对履职不力的单位负责人进行约谈。", [[("县应急管理局", "responsible", False)]]),
    # guard: a 经…后 phrase is a condition a party meets (a rule for it, no duty of a unit)
    ("婴幼儿照护服务机构经核准登记后，应当向所在地卫生健康部门备案。", []),
    # a township's stations
    ("镇应急办负责统筹全镇安全生产工作，镇市场监管所、镇自然资源所按照职责分工抓好行业领域安全监管。",
     [[("镇应急办", "responsible", False), ("镇市场监管所", "responsible", False), ("镇自然资源所", "responsible", False)]]),
])
def test_sentence(sentence: str, expected: Read) -> None:
    assert _read(f"一、重点工作\n（一）推进。{sentence}\n") == expected


def test_a_paragraph_opened_by_the_past_year_reviews_it_to_a_time_still_to_come() -> None:
    text = ("一、工作回顾\n　　过去一年，全县地区生产总值增长5.6%。县农业农村局会同县财政局争取衔接资金2.3亿元。"
            "今年，县农业农村局要会同县财政局争取更多资金。\n　　县水利局要加快水库建设。\n")
    assert _read(text) == [[("县农业农村局", "lead", False), ("县财政局", "support", False)],
                           [("县水利局", "responsible", False)]]


def test_a_work_report_titled_by_its_government_names_its_issuer(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("某某县人民政府工作报告\n——2025年1月9日在某某县第十八届人民代表大会第五次会议上\n各位代表：\n"
                    "　　现在，我代表县人民政府，向大会报告工作。\n", encoding="utf-8")
    assert extract_file(path).meta.issuer == "某某县人民政府"
