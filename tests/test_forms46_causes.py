"""Round 46 (tests/made_gold/forms46, docs/made-eval-forms.md "Rounds 46–"): the causes of the round's first-run
misses, on documents of our own (not the round's): an enterprise's 部室 and a township's 站所 as label nouns, a column
of villages (责任村（社区）) and villages named in a cell, 牵头抓总, a township's own bodies and its villages as prose
subjects, co-issuers printed apart by a space before the title's 关于, a university as an issuer, and a merged task
column over a column of the rows' own tasks."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph
from graph.extract.cues import label_role
from graph.extract.prose import prose_tasks
from graph.extract.table_headers import own_task_column


@pytest.mark.parametrize(("label", "role"), [
    ("责任部室", "responsible"), ("牵头部室", "lead"), ("配合部室", "support"), ("主责部室", "responsible"),
    ("牵头站所", "lead"), ("配合站所", "support"), ("责任站所", "responsible"),
    ("责任村（社区）", "responsible"), ("责任乡镇（街道）", "responsible"), ("责任社区", "responsible"),
])
def test_labels_of_enterprises_townships_and_villages(label: str, role: str) -> None:
    assert label_role(label) == role


def test_a_task_header_naming_no_label_stays_none() -> None:
    assert label_role("美丽乡村") is None and label_role("支持完整社区") is None


def _tasks(tmp_path: Path, name: str, text: str) -> list[list[tuple[str, str]]]:
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    return [[(a.mention, a.role) for a in t.assignees] for t in graph.extract_file(doc).tasks]


def test_an_enterprise_task_sheet_with_bushi_columns(tmp_path: Path) -> None:
    text = ("某能源集团2025年重点工作任务清单\n序号\t重点任务\t牵头部室\t配合部室\t完成时间\n"
            "1\t推进数字化转型，建设智慧矿山平台\t信息中心\t生产技术部、财务部\t2025年12月\n")
    assert _tasks(tmp_path, "qiye.txt", text) == [[("信息中心", "lead"), ("生产技术部", "support"), ("财务部", "support")]]


def test_a_township_table_with_a_village_column_and_villages_named(tmp_path: Path) -> None:
    doc = tmp_path / "zhen.html"
    doc.write_text(
        "<html><body><h1>某镇人民政府关于印发2025年重点工作的通知</h1><p>一、重点工作</p><table border='1'>"
        "<tr><th rowspan='2'>序号</th><th rowspan='2'>工作任务</th><th colspan='2'>责任分工</th></tr>"
        "<tr><th>牵头站所</th><th>责任村（社区）</th></tr>"
        "<tr><td>1</td><td>实施高标准农田建设项目</td><td>镇农业综合服务中心</td><td>李家村、王家庄村</td></tr>"
        "<tr><td>2</td><td>开展森林防火专项巡查</td><td>镇应急管理办公室</td><td>各村（社区）</td></tr>"
        "</table></body></html>", encoding="utf-8")
    ex = graph.extract_file(doc)
    rows = [[(a.mention, a.role, a.generic) for a in t.assignees] for t in ex.tasks]
    assert rows == [[("镇农业综合服务中心", "lead", False), ("李家村", "responsible", False), ("王家庄村", "responsible", False)],
                    [("镇应急管理办公室", "lead", False), ("各村（社区）", "responsible", True)]]


def test_lead_and_take_overall_charge_is_lead(tmp_path: Path) -> None:
    text = "一、重点任务\n（一）推进医保支付方式改革。（县医保局牵头抓总，县卫生健康局配合）\n"
    assert _tasks(tmp_path, "zhuazong.txt", text) == [[("县医保局", "lead"), ("县卫生健康局", "support")]]


def test_a_townships_bodies_and_villages_are_subjects_in_running_text() -> None:
    text = ("三、保障措施\n乡农业综合服务中心要会同乡纪委加强督促检查。各社区要落实网格化管理。"
            "县乡村振兴局要会同县财政局做好资金保障。\n")
    found = [[(a.mention, a.role, a.generic) for a in t.assignees] for t in prose_tasks(text)]
    assert found == [[("乡农业综合服务中心", "lead", False), ("乡纪委", "support", False)],
                     [("各社区", "responsible", True)],
                     [("县乡村振兴局", "lead", False), ("县财政局", "support", False)]]


@pytest.mark.parametrize(("title", "issuer"), [
    ("中共某某县委办公室 某某县人民政府办公室关于印发某某县乡村振兴工作要点的通知", "中共某某县委办公室、某某县人民政府办公室"),
    ("中共某某大学委员会 某某大学关于印发2025年工作要点的通知", "中共某某大学委员会、某某大学"),
    ("某某理工大学关于印发实验室安全管理办法的通知", "某某理工大学"),
    # a title broken by a space inside one name: one issuer
    ("广东省人民 政府办公厅关于印发某某方案的通知", "广东省人民政府办公厅"),
])
def test_co_issuers_apart_by_a_space_and_universities(tmp_path: Path, title: str, issuer: str) -> None:
    doc = tmp_path / "meta.txt"
    doc.write_text(f"{title}\n某发〔2025〕1号\n各有关单位：\n现印发给你们，请认真贯彻落实。\n", encoding="utf-8")
    assert graph.extract_file(doc).meta.issuer == issuer


def test_a_merged_task_column_gives_way_to_the_rows_own_tasks(tmp_path: Path) -> None:
    text = ("某市2025年营商环境重点任务分解表\n序号\t重点任务\t主要措施\t责任单位\n"
            "1\t优化政务服务\t推行企业开办全程网办\t市行政审批局\n"
            "2\t优化政务服务\t推进不动产登记一网通办\t市自然资源局\n")
    doc = tmp_path / "merged.txt"
    doc.write_text(text, encoding="utf-8")
    starts = [doc.read_text(encoding="utf-8")[t.text_span.start : t.text_span.end][:6] for t in graph.extract_file(doc).tasks]
    assert starts == ["推行企业开办", "推进不动产登"]
    # a task column with a cell of its own in every row stays the task column
    assert own_task_column(["serial", "task", "task", "role:lead"], 1, [["1", "A", "x", "U"], ["2", "B", "x", "V"]]) == 1


def test_no_co_issuers_from_a_line_citing_titles(tmp_path: Path) -> None:
    # the issuers of a cited title apart by spaces (《财政部 税务总局关于…》) before the line's 关于 name no co-issuers
    doc = tmp_path / "cited.txt"
    doc.write_text("根据《财政部 税务总局关于延续实施小微企业税收优惠政策的公告》 税务总局关于做好有关工作的通知\n"
                   "税总发〔2025〕1号\n各省税务局：\n现就有关事项通知如下。\n", encoding="utf-8")
    issuer = graph.extract_file(doc).meta.issuer
    assert issuer is None or "、" not in issuer
