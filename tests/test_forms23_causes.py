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
