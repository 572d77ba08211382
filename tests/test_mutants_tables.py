"""Tests added for the mutants the mutation run found alive in graph/extract/tables.py
(docs/mutation.md, tenth pass): the cells of a row, the runs of tab-separated rows, a header row
(a units column merged over two, the first-listed-is-lead header), the rows of a tab table and of
a table printed one cell per line (serial numbers, section rows, the row's span).
"""

from __future__ import annotations

import pytest

from graph.extract.table_cells import _Cell
from graph.extract.tables import row_cells, table_rows, table_tasks

T = "\t"

RowView = tuple[str, list[tuple[str, str]], str | None, tuple[int, int], str, bool]


def rows(text: str) -> list[RowView]:
    return [(r.task.text, [(role, c.text) for role, c in r.roles], r.deadline.text if r.deadline else None,
             (r.span.start, r.span.end), r.shape, r.first_lead) for r in table_rows(text)]


def brief(text: str) -> list[tuple[str, list[tuple[str, str]], str | None]]:
    return [(r.task.text, [(role, c.text) for role, c in r.roles], r.deadline.text if r.deadline else None)
            for r in table_rows(text)]


# ------------------------------------------------------------------------------ row_cells


def test_the_cells_of_a_tab_line_at_their_offsets_in_the_line() -> None:
    assert row_cells("甲\t乙") == [_Cell("甲", 0, 1), _Cell("乙", 2, 3)]
    assert row_cells(" 甲 \t乙", 10) == [_Cell("甲", 11, 12), _Cell("乙", 14, 15)]


def test_a_line_split_by_runs_of_spaces_is_a_row_from_three_cells() -> None:
    assert row_cells("甲  乙  丙") == [_Cell("甲", 0, 1), _Cell("乙", 3, 4), _Cell("丙", 6, 7)]
    assert row_cells("　甲　　乙　　丙　　丁") == [_Cell("甲", 1, 2), _Cell("乙", 4, 5), _Cell("丙", 7, 8), _Cell("丁", 10, 11)]
    assert row_cells("甲  乙") is None  # two cells: a line with a gap, not a row
    assert row_cells("甲 乙 丙") is None  # single spaces: no cells


# ------------------------------------------------------------------------------ tab tables


def test_one_other_line_between_two_rows_does_not_end_the_table() -> None:
    text = f"工作任务{T}牵头单位{T}配合单位\n推进消费升级{T}省商务厅{T}省财政厅\n（本表所列任务按季度调度）\n完善流通网络{T}省发展改革委{T}省交通运输厅\n"
    assert rows(text) == [
        ("推进消费升级", [("lead", "省商务厅"), ("support", "省财政厅")], None, (15, 31), "rows", False),
        ("完善流通网络", [("lead", "省发展改革委"), ("support", "省交通运输厅")], None, (46, 66), "rows", False),
    ]


def test_two_other_lines_end_the_table_and_the_rows_after_them_have_no_header() -> None:
    text = (f"工作任务{T}牵头单位{T}配合单位\n推进消费升级{T}省商务厅{T}省财政厅\n这是一段说明文字。\n这是另一段说明文字。\n"
            f"完善流通网络{T}省发展改革委{T}省交通运输厅\n")
    assert brief(text) == [("推进消费升级", [("lead", "省商务厅"), ("support", "省财政厅")], None)]


def test_a_units_header_merged_over_the_first_two_columns() -> None:
    text = f"责任单位{T}{T}工作任务\n省商务厅{T}省财政厅{T}推进消费升级\n"
    assert rows(text) == [("推进消费升级", [("responsible", "省商务厅"), ("responsible", "省财政厅")], None, (11, 27), "rows", False)]


def test_an_empty_header_cell_takes_the_role_of_the_cell_just_before_it() -> None:
    text = f"工作任务{T}牵头单位{T}配合单位{T}\n推进消费升级{T}省商务厅{T}省财政厅{T}省统计局\n"
    assert brief(text) == [("推进消费升级", [("lead", "省商务厅"), ("support", "省财政厅"), ("support", "省统计局")], None)]


def test_a_tab_header_that_says_the_first_unit_listed_leads() -> None:
    text = f"工作任务{T}责任单位（排第一位的为牵头单位）\n推进消费升级{T}省商务厅、省财政厅\n"
    assert rows(text) == [("推进消费升级", [("responsible", "省商务厅、省财政厅")], None, (22, 38), "rows", True)]
    assert [[(a.mention, a.role) for a in t.assignees] for t in table_tasks(text)] == [
        [("省商务厅", "lead"), ("省财政厅", "responsible")]]


def test_a_header_of_role_columns_alone_has_no_task_column() -> None:
    assert table_rows(f"牵头单位{T}配合单位\n省商务厅{T}省财政厅\n") == []


def test_a_tab_table_with_no_header_in_its_first_rows_is_no_task_table() -> None:
    assert table_rows(f"指标{T}2020年{T}2025年\n甲{T}1{T}2\n乙{T}3{T}4\n丙{T}5{T}6\n") == []
    # a header in its fourth row is not looked for
    assert table_rows(f"一级{T}二级{T}三级\n一{T}二{T}三\n四{T}五{T}六\n工作任务{T}牵头单位{T}配合单位\n推进消费升级{T}省商务厅{T}省财政厅\n") == []
    # one row before the header (a caption printed in a cell) is passed over
    assert brief(f"附表一{T}\n工作任务{T}牵头单位{T}配合单位\n推进消费升级{T}省商务厅{T}省财政厅\n") == [
        ("推进消费升级", [("lead", "省商务厅"), ("support", "省财政厅")], None)]


def test_rows_with_no_task_cell_are_passed_over_and_the_table_goes_on() -> None:
    text = f"工作任务{T}牵头单位{T}配合单位\n{T}省商务厅{T}省财政厅\n完善流通网络{T}省发展改革委{T}省交通运输厅\n"
    assert rows(text) == [("完善流通网络", [("lead", "省发展改革委"), ("support", "省交通运输厅")], None, (26, 46), "rows", False)]
    text = f"序号{T}类别{T}工作任务{T}牵头单位\n1{T}甲\n2{T}乙{T}完善流通网络{T}省发展改革委\n"
    assert rows(text) == [("完善流通网络", [("lead", "省发展改革委")], None, (20, 37), "rows", False)]


def test_an_empty_deadline_cell_is_no_deadline() -> None:
    assert rows(f"工作任务{T}牵头单位{T}完成时限\n推进消费升级{T}省商务厅{T}\n") == [
        ("推进消费升级", [("lead", "省商务厅")], None, (15, 27), "rows", False)]


def test_a_tab_rows_span_opens_at_its_first_cell() -> None:
    assert rows(f"序号{T}工作任务{T}牵头单位\n1{T}推进消费升级{T}省商务厅\n") == [
        ("推进消费升级", [("lead", "省商务厅")], None, (13, 26), "rows", False)]


# ------------------------------------------------------------------------------ one cell per line

HEAD = "附件\n序号\n工作任务\n牵头单位\n完成时限\n"


def test_rows_one_cell_per_line_with_a_units_cell_on_two_lines_and_the_signature_after() -> None:
    text = (HEAD + "1\n推进消费升级。\n省商务厅\n2021年底\n2\n完善流通网络。\n省发展改革委\n省交通运输厅\n长期\n"
            "3\n加强组织保障。\n省财政厅\n2022年\n江西省人民政府办公厅\n2021年3月1日\n")
    assert rows(text) == [
        ("推进消费升级。", [("lead", "省商务厅")], "2021年底", (21, 42), "cells", False),
        ("完善流通网络。", [("lead", "省发展改革委"), ("lead", "省交通运输厅")], "长期", (43, 69), "cells", False),
        ("加强组织保障。", [("lead", "省财政厅")], "2022年", (70, 90), "cells", False),
    ]


def test_rows_numbered_under_a_header_without_a_serial_cell() -> None:
    for first, second in (("1", "2"), ("1-1", "1-2")):
        text = f"附件\n工作任务\n牵头单位\n完成时限\n{first}\n推进消费升级。\n省商务厅\n2021年底\n{second}\n完善流通网络。\n省发展改革委\n长期\n"
        gap = len(first) - 1
        assert rows(text) == [
            ("推进消费升级。", [("lead", "省商务厅")], "2021年底", (18, 39 + gap), "cells", False),
            ("完善流通网络。", [("lead", "省发展改革委")], "长期", (40 + gap, 59 + 2 * gap), "cells", False),
        ]


def test_rows_one_cell_per_line_without_serial_numbers() -> None:
    text = "附件\n工作任务\n牵头单位\n完成时限\n推进消费升级。\n省商务厅\n2021年底\n完善流通网络。\n省发展改革委\n长期\n"
    assert rows(text) == [
        ("推进消费升级。", [("lead", "省商务厅")], "2021年底", (18, 37), "cells", False),
        ("完善流通网络。", [("lead", "省发展改革委")], "长期", (38, 55), "cells", False),
    ]
    text = ("附件\n工作任务\n责任单位（排第一位的为牵头单位）\n完成时限\n推进消费升级。\n省商务厅、省财政厅\n2021年底\n"
            "完善流通网络。\n省发展改革委\n")
    assert [r[-1] for r in rows(text)] == [True, True]


def test_section_rows_between_numbered_rows_and_a_number_after_a_jump() -> None:
    text = (HEAD + "一、消费方面\n1\n推进消费升级。\n省商务厅\n2021年底\n2\n完善流通网络。\n省发展改革委\n长期\n"
            "二、保障方面\n5\n加强组织保障。\n省财政厅\n2022年\n")
    assert rows(text) == [
        ("推进消费升级。", [("lead", "省商务厅")], "2021年底", (28, 49), "cells", False),
        ("完善流通网络。", [("lead", "省发展改革委")], "长期", (50, 69), "cells", False),
        ("加强组织保障。", [("lead", "省财政厅")], "2022年", (77, 97), "cells", False),
    ]


def test_a_lead_and_a_supporting_column_carry_down_only_the_units_a_row_leaves_out() -> None:
    # (rows 2-3 print their empty 配合单位 cell as a blank line: the one unit each prints is its own lead, and the
    # supporting units of the row above are not carried down)
    text = ("附件\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n推进消费升级。\n省商务厅\n省财政厅\n2021年底\n"
            "2\n完善流通网络。\n省发展改革委\n\n长期\n3\n加强组织保障。\n省财政厅\n\n2022年\n")
    assert brief(text) == [
        ("推进消费升级。", [("lead", "省商务厅"), ("support", "省财政厅")], "2021年底"),
        ("完善流通网络。", [("lead", "省发展改革委")], "长期"),
        ("加强组织保障。", [("lead", "省财政厅")], "2022年"),
    ]


def test_a_row_short_by_its_merged_lead_cell_takes_the_lead_above() -> None:
    # (since rounds 87-96: a row one cell short, no blank line in it, left out its lead cell, merged with the row
    # above's and printed once; its one unit is its partner; the partners above are still not carried down)
    text = ("附件\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n推进消费升级。\n省商务厅\n省财政厅\n2021年底\n"
            "2\n完善流通网络。\n省发展改革委\n长期\n")
    assert brief(text) == [
        ("推进消费升级。", [("lead", "省商务厅"), ("support", "省财政厅")], "2021年底"),
        ("完善流通网络。", [("lead", "省商务厅"), ("support", "省发展改革委")], "长期"),
    ]


def test_a_one_units_column_carries_its_cell_down_to_a_row_that_prints_none() -> None:
    text = HEAD.replace("牵头单位", "责任单位") + "1\n推进消费升级。\n省商务厅\n2021年底\n2\n完善流通网络。\n长期\n"
    assert brief(text) == [("推进消费升级。", [("responsible", "省商务厅")], "2021年底"),
                           ("完善流通网络。", [("responsible", "省商务厅")], "长期")]


def test_a_task_cell_printed_on_two_lines_is_joined() -> None:
    text = HEAD + "1\n推进消费升级，\n培育新型消费。\n省商务厅\n2021年底\n2\n完善流通网络。\n省发展改革委\n长期\n"
    assert brief(text)[0] == ("推进消费升级，培育新型消费。", [("lead", "省商务厅")], "2021年底")


def test_a_header_that_ends_the_text_has_no_rows() -> None:
    assert table_rows("附件\n工作任务\n牵头单位\n完成时限\n") == []


ROW1 = "1\n推进消费升级。\n省商务厅\n2021年底\n"
FIRST = ("推进消费升级。", [("lead", "省商务厅")], "2021年底")


@pytest.mark.parametrize(("number", "read"), [("32", True), ("33", False)])
def test_a_number_after_a_section_row_may_jump_thirty_rows_ahead(number: str, read: bool) -> None:
    text = HEAD + ROW1 + f"一、甲方面\n{number}\n完善流通网络。\n省发展改革委\n长期\n"
    assert brief(text) == [FIRST] + ([("完善流通网络。", [("lead", "省发展改革委")], "长期")] if read else [])


@pytest.mark.parametrize(("sections", "read"), [(5, True), (6, False)])
def test_up_to_five_section_rows_stand_between_two_rows(sections: int, read: bool) -> None:
    text = HEAD + ROW1 + "".join(f"{n}、甲方面\n" for n in "一二三四五六"[:sections]) + "2\n完善流通网络。\n省发展改革委\n长期\n"
    assert brief(text) == [FIRST] + ([("完善流通网络。", [("lead", "省发展改革委")], "长期")] if read else [])


def test_a_task_cell_over_seven_lines_before_the_next_number() -> None:
    lines = ["推进消费升级，", "培育新型消费，", "扩大服务消费，", "发展假日经济，", "繁荣夜间经济，", "提升消费品质，", "促进消费回流。"]
    text = HEAD + "1\n" + "\n".join(lines) + "\n省商务厅\n2021年底\n2\n完善流通网络。\n省发展改革委\n长期\n"
    assert brief(text) == [("".join(lines), [("lead", "省商务厅")], "2021年底"), ("完善流通网络。", [("lead", "省发展改革委")], "长期")]


def test_a_number_far_after_the_last_row_is_no_next_row() -> None:
    # a paragraph of eight lines after the table, then a page's number: the window for the next
    # row's number (twice the columns) ends before it
    text = (HEAD + ROW1 + "各地要加强组织领导，\n明确责任分工，\n细化工作措施，\n强化督促检查，\n确保各项任务落到实处。\n"
            "各部门要密切配合，\n形成工作合力，\n共同推进。\n2\n（此页无正文）\n")
    assert rows(text) == [(*FIRST, (21, 42), "cells", False)]


def test_a_tab_separated_line_ends_a_table_printed_one_cell_per_line() -> None:
    text = HEAD + ROW1 + "甲\t乙\n2\n完善流通网络。\n省发展改革委\n长期\n"
    assert rows(text) == [(*FIRST, (21, 42), "cells", False)]
    text = "附件\n序号\n工作任务\n牵头单位\n备注\n1\n推进消费升级。\n省商务厅\n试点\n2\n完善流通网络。\n省发展改革委\n甲\t乙\n"
    assert rows(text) == [("推进消费升级。", [("lead", "省商务厅")], None, (19, 36), "cells", False),
                          ("完善流通网络。", [("lead", "省发展改革委")], None, (37, 53), "cells", False)]


def test_a_row_of_one_task_line_before_a_section_row_takes_the_units_above() -> None:
    text = (HEAD.replace("牵头单位", "责任单位") + "1\n推进消费升级。\n省商务厅\n2021年底\n2\n完善流通网络。\n二、保障方面\n"
            "3\n加强组织保障。\n省财政厅\n2022年\n")
    assert brief(text) == [("推进消费升级。", [("responsible", "省商务厅")], "2021年底"),
                           ("完善流通网络。", [("responsible", "省商务厅")], "2021年底"),
                           ("加强组织保障。", [("responsible", "省财政厅")], "2022年")]


def test_the_last_row_of_one_line_at_the_texts_end() -> None:
    text = HEAD.replace("牵头单位", "责任单位") + "1\n推进消费升级。\n省商务厅\n2021年底\n2\n完善流通网络。\n"
    assert brief(text) == [("推进消费升级。", [("responsible", "省商务厅")], "2021年底"),
                           ("完善流通网络。", [("responsible", "省商务厅")], "2021年底")]


def test_the_last_row_takes_the_lines_that_fit_its_columns() -> None:
    # 此页无正文。 fits no column after the units: the row is its task and units
    text = HEAD.replace("牵头单位", "责任单位") + "1\n推进消费升级。\n省商务厅\n2021年底\n2\n完善流通网络。\n省发展改革委\n此页无正文。\n"
    assert rows(text)[1] == ("完善流通网络。", [("responsible", "省发展改革委")], "2021年底", (43, 59), "cells", False)


def test_a_row_that_fits_no_way_is_left_out_and_the_table_goes_on() -> None:
    text = (HEAD + ROW1 + "2\n完善流通网络。\n省发展改革委\n这是一段很长的说明文字，不是时限。\n"
            "3\n加强组织保障。\n省财政厅\n2022年\n")
    assert brief(text) == [FIRST, ("加强组织保障。", [("lead", "省财政厅")], "2022年")]


def test_a_number_that_ends_the_text_is_no_row() -> None:
    text = HEAD + ROW1 + "2\n完善流通网络。\n省发展改革委\n长期\n3\n"
    assert brief(text) == [FIRST, ("完善流通网络。", [("lead", "省发展改革委")], "长期")]


def test_a_row_that_names_its_lead_only_still_takes_the_deadline_above() -> None:
    text = ("附件\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n1\n推进消费升级。\n省商务厅\n省财政厅\n2021年底\n"
            "2\n完善流通网络。\n省发展改革委\n")
    assert brief(text) == [("推进消费升级。", [("lead", "省商务厅"), ("support", "省财政厅")], "2021年底"),
                           ("完善流通网络。", [("lead", "省发展改革委")], "2021年底")]


def test_a_row_with_no_task_cell_is_passed_over() -> None:
    text = HEAD + ROW1 + "2\n省发展改革委\n长期\n3\n加强组织保障。\n省财政厅\n2022年\n"
    assert brief(text) == [FIRST, ("加强组织保障。", [("lead", "省财政厅")], "2022年")]


# ---------------------------------------------------------- a number equal to the next row's (_later_start)

PROJECTS = "附件\n序号\n项目名称\n牵头单位\n投资（亿元）\n"


def test_an_amount_equal_to_the_rows_own_number_does_not_join_two_rows() -> None:
    text = PROJECTS + "1\n建设物流园\n省商务厅\n5\n2\n建设冷链中心\n省发展改革委\n2\n3\n建设仓储基地\n省交通运输厅\n8\n"
    assert brief(text) == [("建设物流园", [("lead", "省商务厅")], None), ("建设冷链中心", [("lead", "省发展改革委")], None),
                           ("建设仓储基地", [("lead", "省交通运输厅")], None)]


def test_an_amount_equal_to_the_next_number_printed_right_before_it() -> None:
    text = PROJECTS + "1\n建设物流园\n省商务厅\n2\n2\n建设冷链中心\n省发展改革委\n12\n"
    assert rows(text) == [("建设物流园", [("lead", "省商务厅")], None, (23, 37), "cells", False),
                          ("建设冷链中心", [("lead", "省发展改革委")], None, (38, 56), "cells", False)]


def test_the_number_printed_again_is_looked_for_as_far_as_twice_the_columns() -> None:
    # 2 (the amount) then five units a line each: the serial 2 stands at the eighth line of the row
    text = ("附件\n序号\n项目名称\n投资（亿元）\n牵头单位\n1\n建设物流园\n2\n省商务厅\n省财政厅\n省统计局\n省交通运输厅\n省农业农村厅\n"
            "2\n建设冷链中心\n12\n省发展改革委\n")
    assert [(r.task.text, (r.span.start, r.span.end)) for r in table_rows(text)] == [("建设物流园", (23, 61)), ("建设冷链中心", (62, 80))]


def test_the_search_for_the_number_again_stops_at_a_tab_separated_line() -> None:
    text = "附件\n序号\n工作任务\n牵头单位\n备注\n1\n推进消费升级。\n省商务厅\n2\n完善流通网络。\n省发展改革委\n甲\t乙\n2\n"
    assert rows(text) == [("推进消费升级。", [("lead", "省商务厅")], None, (19, 33), "cells", False),
                          ("完善流通网络。", [("lead", "省发展改革委")], None, (34, 50), "cells", False)]
    text = "附件\n序号\n工作任务\n牵头单位\n备注\n1\n推进消费升级。\n省商务厅\n试点\n2\n完善流通网络。\n省发展改革委\n甲\t乙\n说明\n"
    assert rows(text) == [("推进消费升级。", [("lead", "省商务厅")], None, (19, 36), "cells", False),
                          ("完善流通网络。", [("lead", "省发展改革委")], None, (37, 53), "cells", False)]


def test_a_number_printed_again_where_the_row_cannot_end_is_the_next_row() -> None:
    # a stray 2 after row 2 (a page's number): row 1 with the lines up to it fits no way
    text = HEAD + "1\n推进消费升级。\n省商务厅\n2\n完善流通网络。\n省发展改革委\n2\n"
    assert rows(text) == [("推进消费升级。", [("lead", "省商务厅")], None, (21, 35), "cells", False),
                          ("完善流通网络。", [("lead", "省发展改革委")], None, (36, 52), "cells", False)]


def test_the_first_listed_is_lead_header_after_lines_of_prose_and_over_numbered_tasks() -> None:
    text = ("一、总体要求\n坚持问题导向。\n二、重点任务\n附件\n工作任务\n责任单位（排第一位的为牵头单位）\n完成时限\n"
            "推进消费升级。\n省商务厅、省财政厅\n2021年底\n完善流通网络。\n省发展改革委\n")
    assert [(r.task.text, r.first_lead) for r in table_rows(text)] == [("推进消费升级。", True), ("完善流通网络。", True)]
    # 序号 in the header, the numbers printed with the tasks (1.推进…): the rows are read without numbers, the number
    # their 序号 cell (round 197: the task cell the text after it, the line's start the row's number)
    text = ("附件\n序号\n工作任务\n责任单位（排第一位的为牵头单位）\n完成时限\n1.推进消费升级。\n省商务厅、省财政厅\n2021年底\n"
            "2.完善流通网络。\n省发展改革委\n长期\n")
    assert [(r.task.text, r.first_lead, text[r.number:r.number + 2]) for r in table_rows(text)] == [
        ("推进消费升级。", True, "1."), ("完善流通网络。", True, "2.")]


# ------------------------------------------------------------------------------ table_tasks


def test_the_assignees_of_a_row_with_their_spans() -> None:
    from graph.model import Assignee, Span

    text = f"工作任务{T}责任单位\n推进消费升级{T}省商务厅、省财政厅\n"
    assert [t.assignees for t in table_tasks(text)] == [(
        Assignee("省商务厅", "responsible", False, False, Span(17, 21)),
        Assignee("省财政厅", "responsible", False, False, Span(22, 26)),
    )]
    # the rule 列第一位的为牵头单位 declared from the row's own first offset on: the first unit leads
    assert [[a.role for a in t.assignees] for t in table_tasks(text, first_lead_from=10)] == [["lead", "responsible"]]
    assert [[a.role for a in t.assignees] for t in table_tasks(text, first_lead_from=11)] == [["responsible", "responsible"]]
    text = f"工作任务{T}责任单位\n推进消费升级{T}省商务厅（牵头）、省财政厅\n"
    assert [t.assignees for t in table_tasks(text)] == [(
        Assignee("省商务厅", "lead", False, False, Span(17, 21)),
        Assignee("省财政厅", "responsible", False, False, Span(26, 30)),
    )]


def test_a_row_whose_units_cell_names_nobody_is_no_task_and_the_rows_after_it_are_read() -> None:
    text = f"工作任务{T}牵头单位\n推进消费升级{T}—\n完善流通网络{T}省发展改革委\n"
    assert [(t.text_span.quote(text), [a.mention for a in t.assignees]) for t in table_tasks(text)] == [("完善流通网络", ["省发展改革委"])]


def test_an_amount_equal_to_a_number_two_rows_on_does_not_swallow_the_rows_between() -> None:
    # fault found in pass 10: row 1 prints no units, so its next number 2 stands right after its
    # task; the amount 2 of row 3 was read as that number printed again, and rows 2 and 3 were lost
    # in row 1 (the 投资 column took every line). The number 3 between them says 2 was row 2's.
    text = PROJECTS + "1\n建设物流园\n2\n建设冷链中心\n省发展改革委\n5\n3\n建设仓储基地\n省交通运输厅\n2\n"
    assert brief(text) == [("建设物流园", [], None), ("建设冷链中心", [("lead", "省发展改革委")], None),
                           ("建设仓储基地", [("lead", "省交通运输厅")], None)]
