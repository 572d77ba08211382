"""Rounds 135-142 (tests/made_gold/forms135 … forms142, docs/made-eval-forms.md "Rounds 135–142"): the causes of
the first run's misses, each on inputs of our own (not the round's documents):

- a table printed one cell per line whose task cell reads like a body's name (``申报农产品加工业示范园区``: it ends as a
  park's name does) was taken for a units cell and its row lost; without row numbers, the deadline of the row above
  (``2025年``) was read as the next row's task;
- a web page with no article container printing its menu (``网站首页 | 政务公开 | 政策文件``) above the title: the
  menu was read as the title;
- the size of a kind of plant retired (``有序退出炭化室高度4.3米焦炉``) was read as a target.
"""

from __future__ import annotations

import pytest

from graph.extract.tables import table_tasks
from graph.extract.targets import extract_targets
from graph.ingest.html import read_html

ROWS = [("1", "建设农产品加工检验检测中心", "市市场监督管理局", "市科学技术局", "2025年"),
        ("2", "申报农产品加工业示范园区", "市农业农村局", "市发展和改革局、市财政局", "2025年"),
        ("3", "培育农产品加工龙头企业", "市农业农村局", "市工业和信息化局", "2026年")]
HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
WANT = [("建设农产品加工检验检测中心", [("市市场监督管理局", "lead"), ("市科学技术局", "support")]),
        ("申报农产品加工业示范园区", [("市农业农村局", "lead"), ("市发展和改革局", "support"), ("市财政局", "support")]),
        ("培育农产品加工龙头企业", [("市农业农村局", "lead"), ("市工业和信息化局", "support")])]


def _read(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(t.text_span.quote(text), [(a.mention, a.role) for a in t.assignees]) for t in table_tasks(text)]


def test_a_task_cell_reading_like_a_park_s_name_keeps_its_row_in_a_numbered_copy() -> None:
    text = "\n".join(c for row in (HEADER, *ROWS) for c in row) + "\n"
    assert _read(text) == WANT


def test_a_task_cell_reading_like_a_park_s_name_keeps_its_row_in_a_blank_line_copy() -> None:
    text = "\n\n".join(c for row in (HEADER, *ROWS) for c in row) + "\n"
    assert _read(text) == WANT


def test_a_date_is_no_task_and_a_park_like_task_keeps_its_row_in_a_copy_without_row_numbers() -> None:
    text = "\n".join(c for row in (HEADER, *ROWS) for c in row[1:]) + "\n"
    assert _read(text) == WANT


@pytest.mark.parametrize("first", ["市财政局", "发展和改革局"])
def test_a_row_opening_with_a_unit_s_name_without_numbers_makes_no_task_of_it(first: str) -> None:
    # guard: the project reading is for a cell opening as no name opens (not 市财政局, not 发展和改革局)
    rows = [ROWS[0], ("2", first, "市农业农村局", "市发展和改革局、市财政局", "2025年"), ROWS[2]]
    text = "\n".join(c for row in (HEADER, *rows) for c in row[1:]) + "\n"
    assert first not in [task for task, _ in _read(text)]


def test_a_row_whose_task_is_merged_away_still_prints_no_task_of_its_units() -> None:
    # guard: a row printing fewer cells than the columns (its task merged from above) is not re-read as a project
    text = ("序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n建设农产品加工检验检测中心\n市市场监督管理局\n市科学技术局\n2025年\n"
            "2\n市财政局\n2026年\n3\n培育农产品加工龙头企业\n市农业农村局\n市工业和信息化局\n2026年\n")
    assert all(task != "市财政局" for task, _ in _read(text))


PAGE = ("<html><head><meta charset='utf-8'><title>x</title></head><body>"
        "<table width='100%'><tr><td>网站首页 | 政务公开 | 政策文件</td></tr></table>"
        "<h1>某市人民政府关于印发某市火腿产业发展方案的通知</h1><p>某政发〔2023〕15号</p>"
        "<p>各乡镇人民政府，市直各有关单位：</p><p>现将《某市火腿产业发展方案》印发给你们，请认真组织实施。</p>"
        "<p>某市人民政府</p><p>2023年6月30日</p></body></html>")


def test_a_site_menu_above_a_page_s_title_is_no_line_of_the_document() -> None:
    doc = read_html(PAGE.encode("utf-8"), "p.html")
    assert doc.text.splitlines()[0] == "某市人民政府关于印发某市火腿产业发展方案的通知"


def test_a_breadcrumb_alone_is_dropped_but_a_title_with_a_bar_is_kept() -> None:
    page = PAGE.replace("网站首页 | 政务公开 | 政策文件", "首页 &gt; 信息公开 &gt; 政策文件")
    assert read_html(page.encode("utf-8"), "p.html").text.splitlines()[0].startswith("某市人民政府关于")


def test_the_size_of_a_kind_of_plant_retired_is_no_target() -> None:
    assert extract_targets("一、产能优化\n有序退出炭化室高度4.3米焦炉，2025年底前完成。\n") == ()


def test_a_length_to_reach_stays_a_target() -> None:
    found = extract_targets("一、目标\n到2025年，新建城市道路长度达到50公里。\n")
    assert [(t.value, t.unit) for t in found] == [(50.0, "公里")]
