"""Lists of projects with a units column are task-division tables (GUIDE: "a task-division table
… gives one task per row that names units"): the task cell is the project column (项目名称,
工程名称, 建设项目), the units column gives the assignees, a merged units cell covers the rows below."""

from __future__ import annotations

from pathlib import Path

from test_fields_tables import read

import graph

_FLAT = (
    "附件\n重点建设项目表\n"
    "序号\n项目名称\n投资总额\n（亿元）\n建设性质\n主要建设内容\n责任\n单位\n"
    "一、柳州市（3个）\n"
    "1\n柳州智能网联汽车零部件产业园项目\n36\n新建\n新建厂房12万平方米。\n柳东新区管委会\n"
    # the amount of row 2 is the next row's number: still a cell of row 2
    "2\n广西华塑新材料有限公司年产5万吨改性塑料项目\n3\n续建\n年产改性塑料5万吨。\n"
    "3\n柳江区物流园二期工程\n12\n新建\n建设仓储设施。\n柳江区政府\n"
    "二、桂林市（1个）\n"
    "4\n桂林电子信息产业园标准厂房建设项目\n20\n在建\n建设标准厂房。\n桂林高新区管委会\n"
)


def test_flattened_project_list_gives_one_task_per_row() -> None:
    assert read(_FLAT) == [
        ("一", "柳州智能网联汽车零部件产", [("柳东新区管委会", "responsible")]),
        # no units of its own: the merged cell of the row above covers it
        ("一", "广西华塑新材料有限公司年", [("柳东新区管委会", "responsible")]),
        ("一", "柳江区物流园二期工程", [("柳江区政府", "responsible")]),
        ("二", "桂林电子信息产业园标准厂", [("桂林高新区管委会", "responsible")]),
    ]


def test_an_amount_equal_to_the_next_number_is_a_cell_of_its_row() -> None:
    text = (
        "序号\n工程名称\n投资额\n建设内容\n牵头单位\n"
        "1\n滨江大道综合改造工程\n2\n改造道路3.5公里。\n市住房城乡建设局\n"
        "2\n城北污水处理厂扩建工程\n5\n扩建处理能力每日5万吨。\n市水务局\n"
    )
    assert read(text) == [
        ("", "滨江大道综合改造工程", [("市住房城乡建设局", "lead")]),
        ("", "城北污水处理厂扩建工程", [("市水务局", "lead")]),
    ]


def test_tab_separated_project_list() -> None:
    text = (
        "序号\t建设项目\t建设规模\t责任单位\t完成时限\n"
        "1\t南湖湿地公园提升项目\t提升湿地800亩\t市园林局、南湖区政府\t2024年底\n"
        "2\t西城区中小学扩容项目\t新增学位3000个\t市教育局\t2025年9月\n"
    )
    assert read(text) == [
        ("", "南湖湿地公园提升项目", [("市园林局", "responsible"), ("南湖区政府", "responsible")]),
        ("", "西城区中小学扩容项目", [("市教育局", "responsible")]),
    ]


def test_html_project_list_with_a_merged_units_cell(tmp_path: Path) -> None:
    page = tmp_path / "gx.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><div id="zoom">'
        "<p>关于下达2024年市级重点项目计划的通知</p><p>一、工业项目</p>"
        "<table><tr><td>序号</td><td>项目名称</td><td>投资额（亿元）</td><td>责任单位</td></tr>"
        '<tr><td>1</td><td>锂电池隔膜生产线项目</td><td>15</td><td rowspan="2">临港经济区管委会</td></tr>'
        "<tr><td>2</td><td>高端装备制造基地项目</td><td>22</td></tr>"
        "</table></div></body></html>",
        encoding="utf-8",
    )
    ex = graph.extract_file(page)
    text = ex.document.text
    got = [("/".join(t.path), t.text_span.quote(text), [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks]
    assert got == [
        ("一", "锂电池隔膜生产线项目", [("临港经济区管委会", "responsible")]),
        ("一", "高端装备制造基地项目", [("临港经济区管委会", "responsible")]),
    ]
    assert {t.form for t in ex.tasks} == {"table"}
