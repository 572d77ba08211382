"""Causes found by rounds 176-177's first run (a blind hand; docs/made-eval-forms.md "Rounds 176–177"), each on inputs
of our own:

- a table's unit column headed ``责任单位（牵头）`` was read as ``责任单位`` (responsible): the bracketed role was dropped
  with the brackets, though the same words as a field label (``责任单位（牵头）：``) were read as lead;
- a page's 文号 printed only as ``字号：X`` in its metadata line (来源：… 发布时间：… 字号：…) was not read;
- edible fungi counted in bags (``食用菌种植规模达到1500万袋``) gave no target.
"""

from __future__ import annotations

from pathlib import Path

from graph import extract_file
from graph.extract.table_headers import _role_of_header
from graph.model import DocMeta


def _page(tmp_path: Path, info: str, body: str) -> tuple[DocMeta, list]:
    p = tmp_path / "page.html"
    p.write_text('<html><head><meta charset="utf-8"><title>通知_某县人民政府</title></head><body>'
                 '<div class="crumb">当前位置：首页 &gt; 政务公开</div>'
                 '<h1>某县人民政府办公室关于印发某县营商环境重点任务分工方案的通知</h1>'
                 f'<div class="info">{info}</div><div class="TRS_Editor">{body}</div>'
                 '<div class="footer">网站标识码：4310260001 湘ICP备05000233号</div></body></html>', encoding="utf-8")
    ex = extract_file(p)
    return ex.meta, [(t.form, [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks]


_TABLE = ("<p>二、重点任务分工</p><table border='1'><tr><td>序号</td><td>重点任务</td><td>{head}</td><td>配合单位</td>"
          "<td>完成时限</td></tr><tr><td>1</td><td>开展涉企违规收费专项整治</td><td rowspan='2'>县市场监督管理局</td>"
          "<td>县财政局</td><td>2024年10月底</td></tr><tr><td>2</td><td>推进跨部门联合抽查</td><td>县直有关执法部门</td>"
          "<td>2024年12月底</td></tr></table>")


def test_a_units_column_headed_with_its_role_in_brackets_takes_that_role(tmp_path: Path) -> None:
    _, tasks = _page(tmp_path, "来源：县政府办", _TABLE.format(head="责任单位（牵头）"))
    assert tasks == [("table", [("县市场监督管理局", "lead"), ("县财政局", "support")]),
                     ("table", [("县市场监督管理局", "lead"), ("县直有关执法部门", "support")])]
    assert _role_of_header("责任单位(牵头)") == "lead" and _role_of_header("责任单位（配合）") == "support"


def test_a_units_column_with_a_noun_in_brackets_keeps_its_head_word_s_role(tmp_path: Path) -> None:
    # guards: 责任单位（部门） and 责任单位（盖章） name no role in brackets: the head word's
    _, tasks = _page(tmp_path, "来源：县政府办", _TABLE.format(head="责任单位（部门）"))
    assert tasks == [("table", [("县市场监督管理局", "responsible"), ("县财政局", "support")]),
                     ("table", [("县市场监督管理局", "responsible"), ("县直有关执法部门", "support")])]
    assert _role_of_header("责任单位（盖章）") == "responsible" and _role_of_header("牵头单位") == "lead"


def test_a_doc_number_labelled_zihao_in_a_pages_info_line(tmp_path: Path) -> None:
    meta, _ = _page(tmp_path, "来源：某县人民政府办公室 发布时间：2024-03-22 10:15 字号：汝政办发〔2024〕9号 浏览次数：1386",
                    "<p>各乡镇人民政府：</p><p>现将方案印发给你们。</p>")
    assert meta.doc_number == "汝政办发〔2024〕9号"


def test_a_font_size_bar_is_no_doc_number(tmp_path: Path) -> None:
    # guard: 【字号：大 中 小】 (a page's font-size bar) holds no 文号
    meta, _ = _page(tmp_path, "来源：某县人民政府办公室 发布时间：2024-03-22 【字号：大 中 小】 【打印】",
                    "<p>各乡镇人民政府：</p><p>现将方案印发给你们。</p>")
    assert meta.doc_number is None


def test_edible_fungi_counted_in_bags_are_a_target(tmp_path: Path) -> None:
    p = tmp_path / "plan.txt"
    p.write_text("某县2022年乡村振兴重点工作方案\n一、重点工作\n（二）发展特色产业。到2022年底，全县食用菌种植规模达到1500万袋。\n"
                 "主要责任单位：县农业农村局\n", encoding="utf-8")
    assert [(t.value, t.unit, t.deadline) for t in extract_file(p).targets] == [(1500, "万袋", 2022)]
