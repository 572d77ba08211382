"""Round thirty (tests/made_gold/forms30, docs/made-eval-forms.md "Round 30"): the cause of its first run's one miss, on
a page of our own (not the round's): a 信息公开 table of the page's labelled data (索引号：… 发布机构：… 文号：…) right
before the title's element was taken into the heading, so its rows stood before the title."""

from __future__ import annotations

from graph.extract.metadata import extract_metadata
from graph.ingest.html import read_html

_META = ('<table class="meta"><tr><td>索引号：</td><td>11330000/2023-00042</td><td>发布机构：</td><td>某市农业农村局</td></tr>'
         '<tr><td>文号：</td><td>某农发〔2023〕9号</td><td>成文日期：</td><td>2023-06-01</td></tr></table>')
_REST = ('<div class="title">某市农业农村局关于印发某市2023年高标准农田建设工作方案的通知</div>'
         '<div class="content"><p>各县（市、区）农业农村局：</p><p>现将方案印发给你们，请认真贯彻落实。</p>'
         '<p>一、加快项目建设。新建高标准农田2万亩。（市农业农村局牵头，市财政局配合）</p></div>')


def _page(before: str) -> bytes:
    return f'<html><head><title>政策文件</title></head><body><div class="main">{before}{_REST}</div></body></html>'.encode()


def test_a_table_of_the_pages_labelled_data_before_the_title_is_no_heading() -> None:
    doc = read_html(_page(_META), "p.html")
    lines = doc.text.splitlines()
    assert lines[0] == "某市农业农村局关于印发某市2023年高标准农田建设工作方案的通知"
    assert not any("索引号" in ln for ln in lines)
    assert extract_metadata(doc.text).title == "某市农业农村局关于印发某市2023年高标准农田建设工作方案的通知"


def test_a_wenhao_element_with_one_label_before_the_title_is_still_heading() -> None:
    lines = read_html(_page("<div class=\"wh\">文号：某农发〔2023〕9号</div>"), "p.html").text.splitlines()
    assert lines[:2] == ["文号：某农发〔2023〕9号", "某市农业农村局关于印发某市2023年高标准农田建设工作方案的通知"]
