"""Causes found by rounds 184-185's first run (whole documents, a blind hand; docs/made-eval-forms.md "Rounds 184–185"),
each on inputs of our own:

- ``各街道办事处、镇人民政府`` (the 街道's offices first) was split in a clause into ``各街道办事处`` + ``镇人民政府``, both named;
- ``区数字政府建设工作领导小组办公室`` was no subject: ``区数字政府`` read as a district's government, the rest as its duty;
- ``中储粮总公司要积极配合…`` gave no task: the registry did not know the company's short name;
- ``2024年，X会同Y完成…`` in a plan of 2025 (a review without 已 or 了) was a prose task;
- ``全县食品安全抽检量达到3000批次以上，…合格率…达到98%…`` gave no target: 抽检 read as a sample drawn, for the whole sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_text import task_rows, write_plan

from graph import extract_file
from graph.extract.prose_units import is_subject_unit


def _doc(tmp_path: Path, lines: list[str], year: int = 2025) -> Path:
    head = ["某区人民政府办公室关于印发某区重点工作方案的通知", f"某府办发〔{year}〕5号", "各街道办事处、镇人民政府，区政府各部门："]
    return write_plan(tmp_path, head, lines, ["某区人民政府办公室", f"{year}年4月25日"])


def test_street_offices_before_town_governments_stay_one_collective(tmp_path: Path) -> None:
    assert task_rows(_doc(tmp_path, [
        "一、重点任务",
        "1.完善电子政务外网。（区大数据发展局负责，各街道办事处、镇人民政府落实）",
        "2.建设智慧社区。（各街道办事处、镇人民政府负责，区民政局指导）",
        "3.开展培训。（各街道办事处、区人力社保局负责）"])) == [
        ("一/1", [("区大数据发展局", "responsible", False), ("各街道办事处、镇人民政府", "responsible", True)]),
        ("一/2", [("各街道办事处、镇人民政府", "responsible", True), ("区民政局", "guide", False)]),
        # guard: a named bureau after the collective is a unit of its own
        ("一/3", [("各街道办事处", "responsible", True), ("区人力社保局", "responsible", False)])]


def test_a_kind_of_government_in_a_group_office_name_is_no_government(tmp_path: Path) -> None:
    assert task_rows(_doc(tmp_path, [
        "一、保障措施",
        "（一）加强组织领导。区数字政府建设工作领导小组办公室设在区大数据发展局，负责统筹推进各项工作。",
        "（二）强化督查。区法治政府建设工作领导小组办公室要加强督查。"])) == [
        ("一/一", [("区数字政府建设工作领导小组办公室", "responsible", False)]),
        ("一/二", [("区法治政府建设工作领导小组办公室", "responsible", False)])]
    assert is_subject_unit("区数字政府") == (False, True)
    assert is_subject_unit("区政府")[0] and is_subject_unit("市人民政府")[0]  # guards: the place's governments stay units


def test_the_grain_reserve_company_by_its_short_name(tmp_path: Path) -> None:
    assert task_rows(_doc(tmp_path, [
        "一、保障措施",
        "中储粮总公司要积极配合地方粮食行政管理部门做好仓储设施建设工作。",
        "中国储备粮管理总公司要加强储备粮管理。"])) == [
        ("一", [("中储粮总公司", "support", False)]),
        ("一", [("中国储备粮管理总公司", "responsible", False)])]


def test_a_sentence_opened_by_a_year_before_the_documents_own_is_done(tmp_path: Path) -> None:
    lines = ["一、总体要求",
             "坚持以人民为中心。2024年，县市场监督管理局会同县农业农村局完成食品抽检2800批次。县卫生健康委员会会同县教育局开展了专项检查。",
             "二、保障措施",
             "2025年，县财政局要保障抽检经费。"]
    # the review's paragraph gives nothing; a year of the plan's own still assigns
    assert task_rows(_doc(tmp_path, lines)) == [("二", [("县财政局", "responsible", False)])]
    # guard: in a plan of 2024 the same sentence is a duty of its year
    assert ("一", [("县市场监督管理局", "lead", False), ("县农业农村局", "support", False)]) in task_rows(_doc(tmp_path, lines, 2024))


def test_the_amount_of_inspections_to_reach_is_a_target(tmp_path: Path) -> None:
    targets = extract_file(_doc(tmp_path, [
        "一、工作目标",
        "2025年，全县食品安全抽检量达到3000批次以上，农产品质量安全例行监测合格率稳定在98%以上，群众食品安全满意度达到85%以上。",
        "二、重点任务",
        "每月随机抽检食品100批次，对抽检不合格的食品依法处置。"])).targets
    # guard: a sample drawn (抽检食品100批次) stays none
    assert [(t.value, t.unit, t.deadline) for t in targets] == [(3000, "批次", 2025), (98, "%", 2025), (85, "%", 2025)]


@pytest.mark.parametrize(("year", "expected"), [(2005, "中国储备粮管理总公司"), (2016, "中国储备粮管理总公司"),
                                                (2018, "中国储备粮管理集团有限公司")])
def test_sinograin_is_named_as_it_was_that_year(year: int, expected: str) -> None:
    # the company became 中国储备粮管理集团有限公司 in 2017: a 2005 plan's 中国储备粮管理总公司 is the body of its year (the
    # corpus check of this stop: govcn_2005_5345459 had been given the later name)
    from graph.departments import resolve

    for printed in ("中储粮总公司", "中国储备粮管理总公司"):
        assert resolve(printed, jurisdiction="CN", year=year).canonical == expected
