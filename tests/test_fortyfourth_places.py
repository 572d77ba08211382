"""Causes found by the forty-fourth made set (tests/made_gold/places44, first run on branch newplaces at
286a5b2): a task-table row whose task cell opens with 引进 and ends like a body's kind (引进培育金融机构) was read
as a cell of units, and the row was lost; collectives of 行政公署 (各盟行政公署、市人民政府; 各地（市）行政公署、人民
政府) were no subject in running text. The places here are not those of the made documents (docs/made-eval.md,
places44: 西藏自治区, 内蒙古自治区, 珲春市, 南昌市红谷滩区)."""

from __future__ import annotations

import graph
from graph.extract.prose import prose_tasks


def test_a_task_cell_opening_with_yinjin(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "a.txt"
    doc.write_text("滨江区2023年工作要点\n\n二、任务分工\n序号\n工作任务\n责任单位\n1\n引进培育总部企业\n区商务局\n"
                   "2\n招引科技型企业\n区科技局\n3\n建设人才公寓\n区住房城乡建设局\n", encoding="utf-8")
    got = graph.query_df(graph.build_graph([doc]), "responsibilities")[["task", "mention"]].values.tolist()
    assert got == [["引进培育总部企业", "区商务局"], ["招引科技型企业", "区科技局"], ["建设人才公寓", "区住房城乡建设局"]]


def test_collectives_of_administrative_offices_in_running_text() -> None:
    text = "三、保障措施\n各地区行政公署、州人民政府要做好配合。各地区行政公署要抓好落实。"
    assert [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks(text)] == [
        [("各地区行政公署、州人民政府", True)], [("各地区行政公署", True)]]


def test_a_named_office_after_a_collective_stays_apart() -> None:
    text = "三、保障措施\n各县人民政府、市财政局要抓好落实。"
    assert [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks(text)] == [
        [("各县人民政府", True), ("市财政局", False)]]
