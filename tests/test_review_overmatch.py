"""Over-matches found by reviewing the session's rules with sentences of our own: each reading below was
wrong before its fix (the topic of money before 由X承担, a 完成 that is no workload, a spaced table row cut
as a run-in label)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract.prose import prose_tasks
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize

Read = list[list[tuple[str, str]]]


def _read(text: str) -> Read:
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(normalize(text))]


# 由X承担 + a duty: who pays only when the topic right before 由 is money (所需经费，由X承担), not when 款 of 第二款
# or a money word stands anywhere earlier in the sentence
BY_THEN: list[tuple[str, Read]] = [
    ("按照本条第二款规定，由县水利局承担日常监督检查工作。", [[("县水利局", "responsible")]]),
    ("加强条款审查，由市司法局承担合同合法性审查工作。", [[("市司法局", "responsible")]]),
    ("加强资金监管，落实项目管理，由县发改局承担项目日常调度工作。", [[("县发改局", "responsible")]]),
    # (guards: who pays)
    ("所需经费，由县财政局承担。", []),
    ("所需费用由县财政局承担。", []),
    ("项目所需资金，由县财政局承担主要部分。", []),
    ("场馆投资，由市财政局、区财政局承担三分之二。", []),
]


@pytest.mark.parametrize(("text", "expected"), BY_THEN)
def test_by_then_topic(text: str, expected: Read) -> None:
    assert _read(text) == expected


def _values(text: str) -> list[tuple[str, float]]:
    return [(t.indicator, t.value) for t in extract_targets(normalize(text))]


def test_sampling_goal_is_the_sampling_itself() -> None:
    # 完成 commits to the inspections only when it governs them (完成…抽检N批次); 完成改造的小区 is whom a sample takes
    assert _values("全区完成食品安全监督抽检3000批次。") == [("食品安全监督抽检", 3000.0)]
    assert _values("对完成改造的小区抽检200个。") == []


def test_run_in_label_not_cut_out_of_a_spaced_table_row() -> None:
    from graph.extract.tables import table_rows
    from graph.ingest.unwrap import split_run_in

    table = ("序号  重点任务  牵头单位  配合单位\n1  （1）建立协调机制  市发改委  市财政局\n"
             "2  （2）完善考核办法  市人社局  市财政局\n")
    assert split_run_in(table) == table  # a row of cells apart by spaces is a table's row, no paragraph run in
    rows = table_rows(normalize(split_run_in(table)))
    assert [(r.task.text, [c.text for _, c in r.roles]) for r in rows] == [
        ("（1）建立协调机制", ["市发改委", "市财政局"]), ("（2）完善考核办法", ["市人社局", "市财政局"])]
    # (the run-in label of the audit of 2026-12-06 is still cut)
    assert split_run_in("　　七、做好资金保障　　（18）做好财政资金保障工作。").splitlines() == [
        "　　七、做好资金保障", "　（18）做好财政资金保障工作。"]


def test_addressee_pronoun_in_a_clause_follows_the_header() -> None:
    # graph/extract/addressee.py reads 你省 only when the header names one addressee; a clause's （你省负责） too
    from graph.extract import extract
    from graph.model import Document

    def assignees(text: str) -> list[list[str]]:
        ex = extract(Document(text=text, source="a.txt"))
        return [[a.mention for a in t.assignees] for t in ex.tasks]

    many = "关于做好防汛工作的通知\n各省、自治区、直辖市人民政府：\n一、加强监测预警。（你省负责）\n二、做好物资储备。（省应急厅负责）\n"
    assert assignees(many) == [["省应急厅"]]
    one = "关于做好防汛工作的函\n辽宁省人民政府：\n一、加强监测预警。（你省负责）\n"
    assert assignees(one) == [["你省"]]


@pytest.mark.parametrize("cell", ["th", "td"])
def test_a_table_header_in_the_text_is_no_page_metadata(tmp_path: Path, cell: str) -> None:
    # a colon-less label is the page's metadata only as <th>文号</th><td>value</td>, not a column header of a table
    from graph.extract import extract
    from graph.ingest import read_document

    head = "".join(f"<{cell}>{w}</{cell}>" for w in ("序号", "标题", "文号", "成文日期"))
    page = tmp_path / "notice.html"
    page.write_text("<html><head><meta charset='utf-8'></head><body><h1>某市人民政府关于清理规范性文件的通知</h1>"
                    "<p>各县（区）人民政府：</p><p>经清理，决定废止以下文件。</p>"
                    f"<table><tr>{head}</tr><tr><td>1</td><td>某市关于加强管理的通知</td><td>某政发〔2015〕3号</td>"
                    "<td>2015年3月1日</td></tr></table><p>某市人民政府</p><p>2024年5月6日</p></body></html>",
                    encoding="utf-8")
    assert extract(read_document(page)).meta.title == "某市人民政府关于清理规范性文件的通知"


def test_addressee_pronoun_of_another_kind_stands_for_no_addressee() -> None:
    # 你局 in a letter to 辽宁省人民政府 is not that government (the resolver gave it its name): no unit invented
    from graph.extract import extract
    from graph.model import Document
    from graph.resolve import default_resolver

    text = "关于做好防汛工作的函\n辽宁省人民政府：\n请你省继续做好防汛工作。\n一、加强监测预警。（你局负责）\n二、做好物资储备。（你省负责）\n"
    ex = extract(Document(text=text, source="a.txt"))
    assert [[a.mention for a in t.assignees] for t in ex.tasks] == [["你省"], ["你省"]]
    resolve = default_resolver()
    assert [resolve(t.assignees[0].mention, ex)[1] for t in ex.tasks] == ["辽宁省人民政府", "辽宁省人民政府"]
