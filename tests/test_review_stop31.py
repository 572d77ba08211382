"""Over-matches and losses found by the review of stop 31's change (each fails before its mend)."""

from __future__ import annotations

from graph.extract.prose import prose_tasks
from graph.ingest.layout import _block_row
from graph.ingest.xlsx_join import joined_sheets


def _read(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)]


def test_a_person_in_charge_after_作为_is_no_duty() -> None:
    # 负责人 / 负责同志 are persons, not 负责 "is responsible" (by_then)
    assert _read("该项目由市水利局作为业主单位，负责人：张三，联系电话：123。") == []
    assert _read("由市水利局作为典型，负责同志要介绍经验。") == []
    assert _read("明确由县住建局作为项目业主单位，负责项目建设管理。") == [[("县住建局", "responsible")]]


def test_units_printed_one_to_a_line_in_a_layout_cell_stay_apart() -> None:
    lines = ["", "        推进园区建设    市商务局    市财政局", "1       与招商引资      市发改委    市税务局", ""]
    row, _ = _block_row(lines, 1) or ("", 0)
    assert row.split("\t")[2:4] == ["市商务局、市发改委", "市财政局、市税务局"]


def test_a_partner_sheet_whose_numbers_the_table_has_not_is_kept_whole() -> None:
    tasks = [("序号", "重点任务", "牵头单位"), ("一", "建设园区", "市商务局"), ("二", "举办展会", "市贸促会")]
    partners = [("序号", "配合单位"), ("1", "市财政局"), ("2", "市文旅局")]
    out = joined_sheets([("任务", tasks), ("配合", partners)])
    assert [rows for _, rows in out] == [tasks, partners]
    again = [("序号", "配合单位"), ("1", "市财政局"), ("1", "市文旅局")]  # numbers starting again: no join either
    tasks1 = [("序号", "重点任务", "牵头单位"), ("1", "建设园区", "市商务局")]
    assert [rows for _, rows in joined_sheets([("任务", tasks1), ("配合", again)])] == [tasks1, again]
