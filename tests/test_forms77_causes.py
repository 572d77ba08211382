"""Rounds 77-86 (tests/made_gold/forms77 … forms86, docs/made-eval-forms.md "Rounds 77–86 (containers)"): the
causes of the first runs' misses, on inputs of our own (not the rounds'):

- a text copied out of a PDF: a page's number on a line of its own (``— 2 —``, ``第 2 页 共 3 页``) cut a clause;
  a one-cell-per-line table whose units cell, run on after its ``、``, swallowed the deadline and the next rows; a
  unit's name wrapped inside its cell (``市文体广电和旅游⏎局``);
- a tab-separated table (a web page copied into text): a line break inside a units cell cut its row in two; a
  targets table in the same run of tab rows before the task table hid the task table;
- a PDF: the rows of a ruled task table that a page break carried over, one row without its header; a running head
  on every page (a 公报's name and issue) read as the title;
- the second batch: a text copy's running head under its page numbers, a line wider than the others (digits are
  narrower), a lead printed empty in a Word table saved as text, a PDF table without rules whose cells stand in the
  middle of their rows, a page's metadata label without its colon (<th>文号</th>), a workbook's cover sheet.
"""

from __future__ import annotations

import sys
from pathlib import Path

from graph import extract_file

sys.path.insert(0, str(Path(__file__).resolve().parent / "made_gold"))
from containers import write_pdf

HEAD = ("某市人民政府办公室关于印发某市2024年港口物流发展工作方案的通知\n某政办发〔2024〕3号\n各区人民政府，市直各单位：\n"
        "某市人民政府办公室\n2024年3月1日\n")


def _tasks(tmp_path: Path, body: str, suffix: str = ".txt") -> list[tuple[str, list[tuple[str, str]]]]:
    doc = tmp_path / ("plan" + suffix)
    doc.write_text(HEAD + body, encoding="utf-8")
    return [("/".join(t.path), [(a.mention, a.role) for a in t.assignees]) for t in extract_file(doc).tasks]


# a paragraph wrapped by hand, as a PDF's text copy gives it
PARAS = ("一、主要任务\n"
         "（一）完善港口集疏运体系，推进铁路专用线进港，\n提升多式联运比重。（责任单位：市交通运输局、\n市发展和改革委员会）\n"
         "（二）培育港航服务业，引进航运代理、船舶管理、\n海事服务等企业，发展航运金融和海事法律服务。（牵头单\n")


def test_a_page_number_between_the_lines_of_a_clause(tmp_path: Path) -> None:
    for number in ("— 2 —", "第 2 页 共 3 页", "- 2 -"):
        body = PARAS + "\n" + number + "\n\n位：市商务局；配合单位：市金融工作局、市司法局）\n"
        assert _tasks(tmp_path, body)[1] == ("一/二", [("市商务局", "lead"), ("市金融工作局", "support"),
                                                      ("市司法局", "support")])


TABLE = ("二、任务分工\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
         "1\n建设港口智慧物流平台\n市交通运输局\n市工业和信息化局、\n市大数据管理局\n2024年10月\n"
         "2\n开通至东盟国家集装箱航线\n市商务局\n市港航事务中心、\n某海关\n2024年12月\n"
         "3\n推进冷链仓储设施建设\n市港航事务中心\n市市场监督管理局\n持续推进\n")


def test_a_units_cell_run_on_after_its_comma_ends_before_the_deadline(tmp_path: Path) -> None:
    got = _tasks(tmp_path, PARAS + "位：市商务局）\n" + TABLE)
    assert got[2:] == [
        ("二", [("市交通运输局", "lead"), ("市工业和信息化局", "support"), ("市大数据管理局", "support")]),
        ("二", [("市商务局", "lead"), ("市港航事务中心", "support"), ("某海关", "support")]),
        ("二", [("市港航事务中心", "lead"), ("市市场监督管理局", "support")]),
    ]


def test_a_name_wrapped_inside_its_cell(tmp_path: Path) -> None:
    table = TABLE.replace("1\n建设港口智慧物流平台\n市交通运输局\n", "1\n建设港口智慧物流平台\n市交通运输\n局\n")
    got = _tasks(tmp_path, PARAS + "位：市商务局）\n" + table)
    assert got[2] == ("二", [("市交通运输局", "lead"), ("市工业和信息化局", "support"), ("市大数据管理局", "support")])


def test_a_tab_row_broken_inside_its_units_cell(tmp_path: Path) -> None:
    body = ("一、任务分工\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t建设港口智慧物流平台\t市交通运输局\t市工业和信息化局、\n市大数据管理局\t2024年10月\n"
            "2\t推进冷链仓储设施建设\t市商务局\t市市场监督管理局\t持续推进\n")
    assert _tasks(tmp_path, body) == [
        ("一", [("市交通运输局", "lead"), ("市工业和信息化局", "support"), ("市大数据管理局", "support")]),
        ("一", [("市商务局", "lead"), ("市市场监督管理局", "support")]),
    ]


def test_a_task_table_after_a_targets_table(tmp_path: Path) -> None:
    body = ("一、主要目标\n指标\t2023年\t2024年目标\n港口吞吐量（万吨）\t5200\t5600\n集装箱吞吐量（万标箱）\t48\t55\n"
            "二、重点任务\n序号\t工作任务\t责任单位\t完成时限\n1\t建设港口智慧物流平台\t市交通运输局、市大数据管理局\t2024年10月\n")
    assert _tasks(tmp_path, body) == [("二", [("市交通运输局", "responsible"), ("市大数据管理局", "responsible")])]


def test_a_ruled_table_going_on_over_a_page_without_its_header(tmp_path: Path) -> None:
    # one filler paragraph: the table's last row goes over the page, alone and without its header
    filler = "加快建设现代化港口，完善港口功能布局，提升港口综合服务能力和辐射带动作用。" * 3
    rows = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]]
    rows += [[str(k), f"推进第{k}批港口物流项目建设", "市交通运输局", "市商务局、市财政局", "2024年12月"] for k in range(1, 9)]
    out = write_pdf(tmp_path / "plan.pdf", ["^某市人民政府办公室关于印发某市2024年港口物流发展工作方案的通知",
                                            "某政办发〔2024〕3号", "一、总体要求", filler, "二、任务分工", rows],
                    widths=[0.6, 3.0, 1.6, 2.0, 1.2], small=True)
    tasks = extract_file(out).tasks
    assert ["/".join(t.path) for t in tasks] == ["二"] * 8
    assert all([(a.mention, a.role) for a in t.assignees] == [("市交通运输局", "lead"), ("市商务局", "support"),
                                                             ("市财政局", "support")] for t in tasks)


def test_a_running_head_on_every_page_is_no_title(tmp_path: Path) -> None:
    filler = "加快建设现代化港口，完善港口功能布局，提升港口综合服务能力和辐射带动作用。" * 3
    title = "某市人民政府办公室关于印发某市2024年港口物流发展工作方案的通知"
    out = write_pdf(tmp_path / "plan.pdf", ["^" + title, "^某政办发〔2024〕3号", "一、总体要求", *([filler] * 12)],
                    header="某市人民政府公报　2024年第2期", small=True)
    got = extract_file(out)
    assert got.meta.title == title
    assert "公报" not in got.document.text


# the second batch (written after the fixes above): a text copy whose pages carry a running head under the page number,
# its lines cut at one width (a line holding digits a character or two longer: digits are narrower), and a Word table
# saved as text
def _cut(paragraph: str, width: int = 27) -> list[str]:
    """``paragraph`` printed on lines ``width`` characters wide (an ASCII digit half a character), first line indented."""
    lines, line, room = [], "　　", width - 2.0
    for ch in paragraph:
        w = 0.5 if ch.isascii() else 1.0
        if room - w < 0:
            lines.append(line)
            line, room = "", float(width)
        line, room = line + ch, room - w
    return [*lines, line]


ITEMS = ["（一）推进紧密型县域医共体建设，完善县乡村三级医疗服务网络，提升基层首诊能力，2023年县域就诊率达到90%以上。"
         "（责任单位：市卫生健康委、市医保局）",
         "（二）加强市级医院重点专科建设，争取国家和自治区重点专科项目支持，减少患者外转就医。"
         "（责任单位：市卫生健康委、市中医医院、市财政局）",
         "（三）完善重特大疾病医疗保险和救助制度，防范因病致贫返贫，健全防止返贫动态监测和帮扶机制。"
         "（牵头单位：市医保局；配合单位：市民政局、市乡村振兴局）"]


def _wide() -> str:
    lines = ["一、主要任务"]
    for k, item in enumerate(ITEMS):
        cut = _cut(item)
        if k == 1:  # the page's foot and the next page's head inside a name (市卫生健⏎康委)
            cut[-2:-1] = [cut[-2], "", "— 2 —", "", "某市人民政府行政规范性文件", ""]
        lines += cut
    return "\n".join([*lines, "", "— 3 —", "", "某市人民政府行政规范性文件", ""])


def test_a_running_head_under_the_page_numbers_of_a_text_copy(tmp_path: Path) -> None:
    from graph.ingest import document_from_bytes

    text = document_from_bytes((HEAD + _wide()).encode("utf-8"), "plan.txt").text
    assert "2023年县域就诊率达到90%以上。" in text  # a line wider than the others (its digits narrower) goes on
    assert "行政规范性文件" not in text
    assert _tasks(tmp_path, _wide()) == [
        ("一/一", [("市卫生健康委", "responsible"), ("市医保局", "responsible")]),
        ("一/二", [("市卫生健康委", "responsible"), ("市中医医院", "responsible"), ("市财政局", "responsible")]),
        ("一/三", [("市医保局", "lead"), ("市民政局", "support"), ("市乡村振兴局", "support")]),
    ]


def test_a_lead_cell_printed_empty_under_a_lead_is_merged_down(tmp_path: Path) -> None:
    body = ("序号\t领域\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t政务服务\t推行集成服务\t市政务服务和大数据管理局\t市公安局\t2024年12月\n"
            "2\t\t深化一网通办\t\t市直各有关部门\t2024年10月\n"
            "3\t市场监管\t推行跨部门综合监管\t市市场监督管理局\t市司法局\t2024年12月\n")
    assert _tasks(tmp_path, body) == [
        ("", [("市政务服务和大数据管理局", "lead"), ("市公安局", "support")]),
        ("", [("市政务服务和大数据管理局", "lead"), ("市直各有关部门", "support")]),
        ("", [("市市场监督管理局", "lead"), ("市司法局", "support")]),
    ]


def test_a_table_without_rules_whose_cells_stand_in_the_middle_of_their_rows(tmp_path: Path) -> None:
    rows = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "推进港口智慧物流平台建设，建成自动化集装箱码头泊位2个", "市交通运输局",
             "市工业和信息化局、各区人民政府", "2025年6月"],
            ["2", "发展冷链物流，建设冷链仓储中心", "市商务局", "市市场监督管理局", "2025年12月"]]
    out = write_pdf(tmp_path / "plan.pdf", ["^某市人民政府办公室关于印发某市2024年港口物流发展工作方案的通知",
                                            "某政办发〔2024〕3号", "一、任务分工", rows],
                    widths=[0.5, 3.0, 1.6, 2.4, 1.0], ruled=False)
    tasks = extract_file(out).tasks
    assert [("/".join(t.path), [(a.mention, a.role) for a in t.assignees]) for t in tasks] == [
        ("一", [("市交通运输局", "lead"), ("市工业和信息化局", "support"), ("各区人民政府", "support")]),
        ("一", [("市商务局", "lead"), ("市市场监督管理局", "support")]),
    ]


def test_a_page_metadata_label_without_its_colon(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text("<html><body><table><tr><th>文号</th><td>某政办发〔2024〕3号</td><th>发布机构</th><td>某市人民政府办公室</td>"
                    "</tr></table><div class='article'><h1>某市人民政府办公室关于印发某市港口物流发展工作方案的通知</h1>"
                    "<p>各区人民政府：</p><p>现将方案印发给你们，请认真组织实施。</p><p>某市人民政府办公室</p><p>2024年3月1日</p>"
                    "</div></body></html>", encoding="utf-8")
    assert extract_file(page).meta.doc_number == "某政办发〔2024〕3号"


def test_a_workbook_cover_gives_the_title(tmp_path: Path) -> None:
    from containers import write_xlsx

    out = write_xlsx(tmp_path / "list.xlsx", [
        ("封面", [[], ["某市2024年港口物流重点任务分解表"], [], ["（2024年3月）"]], []),
        ("分解表", [["序号", "重点任务", "牵头单位", "配合单位"], [1, "建设港口智慧物流平台", "市交通运输局", "市商务局"]], []),
    ])
    got = extract_file(out)
    assert got.meta.title == "某市2024年港口物流重点任务分解表"
    assert [[(a.mention, a.role) for a in t.assignees] for t in got.tasks] == [[("市交通运输局", "lead"), ("市商务局", "support")]]
