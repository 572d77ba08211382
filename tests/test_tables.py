"""Task-division tables in text, HTML and DOCX become tasks with roles."""

from __future__ import annotations

import io
from pathlib import Path

import graph
from graph.extract.responsibility import extract_tasks
from graph.extract.tables import table_tasks
from graph.ingest.normalize import normalize

TABLE = (
    "附件\n重点任务分工表\n"
    "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t推进消费升级，培育新型消费。\t省商务厅\t省财政厅、省统计局\t2020年底\n"
    "2\t完善流通网络。\t省发展改革委\t\t长期\n"
    "3\t加强组织保障。\t\t\t\n"
)


def test_text_table_rows_become_tasks() -> None:
    text = normalize(TABLE)
    tasks = table_tasks(text)
    assert [t.text_span.quote(text) for t in tasks] == ["推进消费升级，培育新型消费。", "完善流通网络。"]
    assert [[(a.mention, a.role) for a in t.assignees] for t in tasks] == [
        [("省商务厅", "lead"), ("省财政厅", "support"), ("省统计局", "support")],
        [("省发展改革委", "lead")],
    ]
    # merged with clause tasks in reading order
    both = normalize("一、任务\n（一）甲。（省教育厅负责）\n" + TABLE)
    assert [t.ordinal for t in extract_tasks(both)] == [1, 2, 3]


def test_responsibility_column_with_brackets_in_header() -> None:
    text = normalize("主要任务\t责任单位（部门）\n建设示范区\t省科技厅，各市、县（区）政府\n")
    (task,) = table_tasks(text)
    assert [(a.mention, a.role, a.generic) for a in task.assignees] == [
        ("省科技厅", "responsible", False),
        ("各市、县（区）政府", "responsible", True),
    ]


def test_a_table_without_role_columns_is_not_tasks() -> None:
    assert table_tasks(normalize("指标\t2020年\t2025年\n地区生产总值\t100\t150\n")) == ()


def _docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("江西省人民政府办公厅关于加快发展流通的实施意见")
    d.add_paragraph("一、重点任务")
    t = d.add_table(rows=3, cols=3)
    for r, cells in enumerate([("任务", "牵头单位", "配合单位"), ("推进消费升级。", "省商务厅", "省财政厅"),
                               ("完善流通网络。", "省发展改革委", "省交通运输厅、南昌海关")]):
        for c, value in enumerate(cells):
            t.cell(r, c).text = value
    d.save(str(path))


def test_docx_table(tmp_path: Path) -> None:
    p = tmp_path / "plan.docx"
    _docx(p)
    df = graph.query_df(graph.build_graph([p]), "responsibilities")
    assert list(zip(df["mention"], df["role"], strict=True)) == [
        ("省商务厅", "lead"), ("省财政厅", "support"),
        ("省发展改革委", "lead"), ("省交通运输厅", "support"), ("南昌海关", "support"),
    ]
    assert set(df["path"]) == {"一"}
    assert df.iloc[0]["department"] == "江西省商务厅"


def test_html_table(tmp_path: Path) -> None:
    html = io.StringIO()
    html.write("<html><body><h1>安徽省人民政府办公厅关于推进质量建设的通知</h1>")
    html.write("<p>一、重点任务</p><table><tr><td>工作任务</td><td>责任单位</td></tr>")
    html.write("<tr><td>开展质量提升行动。</td><td>省质监局、省商务厅</td></tr></table></body></html>")
    p = tmp_path / "plan.html"
    p.write_text(html.getvalue(), encoding="utf-8")
    df = graph.query_df(graph.build_graph([p]), "responsibilities")
    assert list(zip(df["mention"], df["role"], strict=True)) == [("省质监局", "responsible"), ("省商务厅", "responsible")]
