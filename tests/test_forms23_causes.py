"""Round twenty-three (tests/made_gold/forms23, docs/made-eval-forms.md "Round 23"): the cause of its first run's one
miss, on a page of our own (not the round's): a site that prints the document's title in its own element, then a line
of the page's data (发布时间：… 来源：…), then the container of the text, gave no title."""

from __future__ import annotations

from graph.ingest.html import read_html


def _page(info: str) -> bytes:
    return ('<html><head><title>栏目_某县人民政府</title></head><body><div class="nav">首页 &gt; 政府文件</div>'
            '<div class="main"><h2 class="tit">某县人民政府办公室关于印发某县2024年文旅融合发展工作要点的通知</h2>'
            f'{info}<div class="content"><p>某政办〔2024〕7号</p><p>各乡镇人民政府，县直各单位：</p>'
            '<p>现将《某县2024年文旅融合发展工作要点》印发给你们，请认真抓好落实。</p>'
            '<p>一、打造精品线路。串联县域红色和生态旅游资源，推出精品线路3条。（县文旅局负责）</p>'
            '</div></div></body></html>').encode()


def test_the_title_before_a_line_of_the_pages_data_is_the_articles_heading() -> None:
    for info in ('<div class="info">发布时间：2024-04-02　来源：县政府办公室</div>',
                 '<p class="src">信息来源：县政府办　发布日期：2024-04-02</p>'):
        lines = read_html(_page(info), "p.html").text.splitlines()
        assert lines[:2] == ["某县人民政府办公室关于印发某县2024年文旅融合发展工作要点的通知", "某政办〔2024〕7号"], info
        assert not any("发布" in ln for ln in lines)  # the page's data line is no text


def test_without_the_data_line_the_heading_is_read_as_before_and_a_text_line_stops_it() -> None:
    lines = read_html(_page(""), "p.html").text.splitlines()
    assert lines[0] == "某县人民政府办公室关于印发某县2024年文旅融合发展工作要点的通知"
    # an element of running text between the title and the container is no page data: the title is not taken over it
    lines = read_html(_page("<p>本页面内容仅供参考，请以正式文件为准。</p>"), "p.html").text.splitlines()
    assert lines[0] == "某政办〔2024〕7号"


# Round twenty-four (tests/made_gold/forms24, docs/made-eval-forms.md "Round 24"): its first run's one cause, on text of
# our own: a standing rule of an implicit assignee stated in running text, not in a clause, and naming a unit that
# holds 、 (以下各项任务均需各市、县（市、区）政府落实，不再列出).

def _who(text: str) -> list[list[tuple[str, str, bool, bool]]]:
    from graph.extract.responsibility import extract_tasks
    from graph.ingest.normalize import normalize

    return [[(a.mention, a.role, a.generic, a.implicit) for a in t.assignees] for t in extract_tasks(normalize(text))]


def test_an_implicit_assignee_rule_stated_in_running_text_holds_for_the_clauses_after_it() -> None:
    text = ("某省人民政府办公厅关于推进数字乡村建设的实施意见\n"
            "（一）建设乡村信息基础设施。推进农村光纤网络改造。（省通信管理局负责）\n"
            "为推进数字乡村建设，现提出如下意见。以下各项任务均需各市、县（市、区）政府落实，不再列出。\n"
            "（二）发展农村电子商务。完善县乡村物流体系。（省商务厅牵头，省邮政管理局配合）\n"
            "（三）推进智慧农业。建设农业物联网示范基地。（省农业农村厅负责）\n")
    local = ("各市、县（市、区）政府", "responsible", True, True)
    assert _who(text) == [
        [("省通信管理局", "responsible", False, False)],  # (before the rule: not given)
        [("省商务厅", "lead", False, False), ("省邮政管理局", "support", False, False), local],
        [("省农业农村厅", "responsible", False, False), local]]


def test_an_implicit_rule_in_a_clause_naming_two_units_and_no_rule_without_its_words() -> None:
    text = ("（一）完善标准体系。制定地方标准。（省市场监管局负责。以下均需省商务厅、各设区市政府落实，不再列出）\n"
            "（二）培育品牌。开展品牌评价。（省工业和信息化厅负责）\n")
    assert _who(text)[1] == [("省工业和信息化厅", "responsible", False, False),
                             ("省商务厅", "responsible", False, True), ("各设区市政府", "responsible", True, True)]
    # a sentence of running text that states no rule (no 不再列出) gives nobody to later clauses
    text = ("以下各项任务均需各市、县（市、区）政府认真落实。\n"
            "（一）培育品牌。开展品牌评价。（省工业和信息化厅负责）\n")
    assert _who(text) == [[("省工业和信息化厅", "responsible", False, False)]]
