"""Causes found by rounds 149-154's first run (docs/made-eval-forms.md "Rounds 149–154"), each on inputs of our own:

- ``（X；Y配合）``, ``（X，Y配合）``, ``（X、Y，Z指导）``: the units before the partners, with no role word of their own,
  were read in the partners' role; they are the ones responsible (GUIDE: a clause's plain units are responsible);
- a parenthetical that is only a list of units (``（X，Y）``) closing a sentence right after its words, or standing
  alone on a line under a section's paragraph, was no clause (only one after 。 or ； was);
- a PDF's running head printed at the top of page 1 and again after the one page number of a short text was the
  title, and the head after the page number was glued into a clause (``市工业和信息化磐石市…文件局``);
- an HTML page whose title stands in a ``div`` outside the article and in ``<title>`` only had no title.
"""

from __future__ import annotations

from graph.extract import extract
from graph.extract.bare_lists import stands_as_clause
from graph.ingest import document_from_bytes


def _tasks(text: str, name: str = "t.txt") -> list[tuple[str, list[tuple[str, str]]]]:
    ex = extract(document_from_bytes(text.encode("utf-8"), name))
    return [("/".join(t.path), [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks if t.form != "prose"]


def test_units_before_the_partners_are_responsible() -> None:
    text = ("一、措施\n（一）稳定面积。第一，落实耕地保护（市自然资源局；市农业农村局配合）。"
            "第二，强化金融支持（市金融服务中心，市财政局配合）。第三，开展培训（市人社局、市应急局，省应急厅指导）。\n")
    assert _tasks(text) == [
        ("一/一", [("市自然资源局", "responsible"), ("市农业农村局", "support")]),
        ("一/一", [("市金融服务中心", "responsible"), ("市财政局", "support")]),
        ("一/一", [("市人社局", "responsible"), ("市应急局", "responsible"), ("省应急厅", "guide")])]


def test_units_after_a_lead_keep_the_partners_role() -> None:
    # guard: a unit after the lead, with none of its own, goes with the partners as before
    text = "一、措施\n（一）建设物流园区（市交通运输局牵头，市商务局，市财政局配合）。\n"
    assert _tasks(text) == [("一/一", [("市交通运输局", "lead"), ("市商务局", "support"), ("市财政局", "support")])]


def test_a_bare_list_closing_a_sentence_after_its_words_is_a_clause() -> None:
    text = "一、措施\n（一）推广优质品种，建设良种繁育基地（市农业农村局，市农业技术推广中心）。再做别的事。\n"
    assert _tasks(text) == [("一/一", [("市农业农村局", "responsible"), ("市农业技术推广中心", "responsible")])]


def test_a_bare_list_alone_on_a_line_under_a_paragraph_is_a_clause() -> None:
    text = ("某市关于某事的通知\n　　一、加强监管\n　　开展隐患排查，落实安全管理措施。\n　　（市应急管理局）\n"
            "　　二、严格管理\n　　依法清理到期矿业权。\n　　（市自然资源局，市林业局）\n")
    assert _tasks(text) == [("一", [("市应急管理局", "responsible")]),
                            ("二", [("市自然资源局", "responsible"), ("市林业局", "responsible")])]


def test_a_second_name_after_a_unit_s_name_is_no_clause() -> None:
    # guard: one name in brackets right after a unit's name is its other name, not who is responsible
    text = "由市政府办公室（市政府督查室）。"
    assert not stands_as_clause(text, 7, 15, ["市政府督查室"])


def test_a_running_head_on_page_one_and_after_one_page_number_is_left_out() -> None:
    text = ("某某市人民政府行政规范性文件\n某某市人民政府关于印发某某方案的通知\n某政发〔2025〕4号\n一、任务\n"
            "（一）推进改造。实施改造（牵头单位：市工业和信息化\n第 1 页 共 2 页\n某某市人民政府行政规范性文件\n"
            "局；配合单位：市财政局）。\n")
    ex = extract(document_from_bytes(text.encode("utf-8"), "t.txt"))
    assert ex.meta.title == "某某市人民政府关于印发某某方案的通知"
    assert "规范性文件" not in ex.document.text  # (the head no longer parts the lead's name: the wrap is joined as wraps are)


def test_a_page_title_only_in_the_title_element_is_the_title() -> None:
    page = ("<html><head><title>某某市人民政府办公室关于印发某某分工的通知-某某市人民政府网</title></head><body>"
            "<ul id='menu'><li><a href='/'>网站首页</a></li><li><a href='/zwgk/'>信息公开</a></li></ul>"
            "<div class='position'>您现在的位置：<a href='/'>首页</a> &gt;&gt; <a href='/zwgk/'>信息公开</a></div>"
            "<div class='title'>某某市人民政府办公室关于印发某某分工的通知</div><div class='bshare'><a>分享</a></div>"
            "<div class='TRS_Editor'><p>各乡镇人民政府，市政府各有关部门：</p><p>　　现将《某某分工》印发给你们。</p>"
            "<p align='right'>某某市人民政府办公室</p><p align='right'>2025年3月12日</p><p align='center'>某某分工</p>"
            "<p>一、加强就业服务。开展招聘活动（市人力资源和社会保障局负责）。</p></div>"
            "<div id='footer'>版权所有：某某市人民政府</div></body></html>")
    ex = extract(document_from_bytes(page.encode("utf-8"), "t.html"))
    assert ex.meta.title == "某某市人民政府办公室关于印发某某分工的通知"


def test_a_title_in_the_text_wins_over_the_title_element() -> None:
    # guard: the <title> is used only where the text gives none
    page = ("<html><head><title>政策文件_某某市人民政府</title></head><body><div class='content'>"
            "<p>某某市人民政府关于加强某事的通知</p><p>某政发〔2025〕3号</p><p>各乡镇人民政府：</p><p>现通知如下。</p>"
            "</div></body></html>")
    ex = extract(document_from_bytes(page.encode("utf-8"), "t.html"))
    assert ex.meta.title == "某某市人民政府关于加强某事的通知"


def test_a_customs_office_by_its_port_s_name_is_a_unit_in_prose() -> None:
    text = "某市关于某事的意见\n四、加强组织保障。请延边州商务局和南坪海关给予业务指导。\n"
    ex = extract(document_from_bytes(text.encode("utf-8"), "t.txt"))
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("延边州商务局", "guide"), ("南坪海关", "guide")]]


def test_a_kind_of_customs_office_is_no_named_unit() -> None:
    # guard: 属地海关, 申报地海关 name a kind, not a body
    from graph.extract.prose_units import is_subject_unit
    assert is_subject_unit("黄埔海关") == (True, False)
    assert is_subject_unit("属地海关")[1] and is_subject_unit("申报地海关")[1]
