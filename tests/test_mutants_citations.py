"""Tests added for the mutants the mutation run found alive in graph/extract/citations.py
(docs/mutation.md): which sentences after a document the issuer made issue it, which titles in
the document's own title name its own plan, which titles the text issues or attaches, and the line
a bare 文号 stands on.
"""

from __future__ import annotations

import pytest

from graph.extract.citations import extract_citations, valid_doc_number
from graph.ingest.normalize import normalize

MADE = "我局编制了《军工行业标准制定工作程序要求》"
CITED = [("军工行业标准制定工作程序要求", None, "cites")]


def cites(text: str, own_title: str | None = None) -> list[tuple[str | None, str | None, str]]:
    return [(c.title, c.doc_number, c.kind) for c in extract_citations(normalize(text), own_title=own_title)]


@pytest.mark.parametrize(
    ("after", "issued"),
    [
        # the issuing words in the first or second sentence after the title issue it
        ("，对工作要求进行了细化。现印发你们，请遵照执行。", True),
        ("。现印发你们，请遵照执行。", True),
        ("，现印发你们", True),  # a text that ends without a full stop
        ("现印发，请遵照执行。", True),  # the words right after the title
        # in the third sentence they issue something else: the document made before is cited
        ("，对工作要求进行了细化。经研究。现印发你们。", False),
        ("。经研究。现印发你们。", False),
        ("。。现印发你们。", False),  # an empty sentence is a sentence
        # a line ends the two sentences
        ("，对工作要求进行了细化\n现印发你们\n请遵照执行。", False),
        ("\n现印发你们。", False),
        # and so do two hundred characters
        ("，" + "甲" * 196 + "现印发你们。", True),
        ("，" + "甲" * 197 + "现印发你们。", False),
    ],
)
def test_a_document_made_before_is_issued_by_the_next_two_sentences(after: str, issued: bool) -> None:
    assert cites(MADE + after) == ([] if issued else CITED)


@pytest.mark.parametrize(
    "own",
    [
        "某市质量提升行动方案的通知",  # the plan at the start of the title
        "某市质量提升行动方案和某市质量提升行动方案实施细则的通知",  # the first of two mentions
        "关于印发某市质量提升行动方案实施细则、某市质量提升行动方案和某市质量提升行动方案考核办法的通知",
    ],
)
def test_a_title_the_own_title_issues_is_no_citation(own: str) -> None:
    assert cites("请认真贯彻落实《某市质量提升行动方案》。", own) == []


def test_a_title_the_own_title_only_mentions_is_cited() -> None:
    own = "关于印发某市质量提升行动方案实施细则的通知"
    assert cites("请认真贯彻落实《某市质量提升行动方案》。", own) == [("某市质量提升行动方案", None, "cites")]


def test_a_doc_number_after_other_characters_on_its_line_is_cited() -> None:
    # only a 文号 alone on its line (a heading) is left out; a Latin letter before it is part of the line
    assert cites("附件X国发〔2016〕18号\n") == [(None, "国发〔2016〕18号", "cites")]
    assert cites("附件\n国发〔2016〕18号\n") == []


def test_doc_numbers_are_cut_to_a_code_year_and_serial() -> None:
    assert valid_doc_number("国发〔2016〕 18号") == "国发〔2016〕18号"  # spaces go
    assert valid_doc_number("国务院令第707号") == "国务院令第707号"
    assert valid_doc_number("第707号") is None  # no issuer code


def test_the_own_title_printed_with_inner_quotes_is_no_citation() -> None:
    assert cites("贯彻《某市“质量”提升行动方案》。", "某市质量提升行动方案") == []


@pytest.mark.parametrize(
    "text",
    [
        "按照《X射线探伤装置目录》执行。\n附件：X射线探伤装置目录\n",  # a Latin letter at an end of the name
        "按照《X射线探伤装置目录》执行。\n附件：\n1.X射线探伤装置目录\n",  # the same, numbered under 附件：
        "按照《申报指南》和《推荐工作方案》执行。\n附件1：申报指南\n附件2：推荐工作方案\n",  # every 附件 line
    ],
)
def test_the_texts_own_attachments_are_no_citations(text: str) -> None:
    assert cites(text) == []


def test_twenty_numbered_lines_under_a_bare_attachment_word_are_attachments() -> None:
    names = "\n".join(f"{i}.第{i}号指南" for i in range(1, 22))
    text = f"按照《第20号指南》和《第21号指南》执行。\n附件：\n{names}\n"
    assert cites(text) == [("第21号指南", None, "cites")]


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("现将《某市质量提升行动方案》予以印发，请认真执行。", True),  # 现将 at the text's start
        ("《某市质量提升行动方案》附后，请认真贯彻执行。", True),  # the word right after the title
        # the issuing words within 120 characters after the title, brackets left out
        ("《某市质量提升行动方案》（" + "甲" * 113 + "）印发给你们。", True),
        ("《某市质量提升行动方案》（" + "甲" * 114 + "）印发给你们。", False),
        # the first 。, ； or line end, even inside brackets, ends the sentence
        ("请按照《某市质量提升行动方案》（试行。）印发给你们。", False),
        ("请按照《某市质量提升行动方案》（甲；乙）印发给你们；请执行。", False),
        ("请按照《某市质量提升行动方案》（甲\n乙）印发给你们\n请执行。", False),
    ],
)
def test_a_title_the_text_issues_in_its_sentence_is_no_citation(text: str, issued: bool) -> None:
    assert cites(text) == ([] if issued else [("某市质量提升行动方案", None, "cites")])


def test_a_doc_number_cited_with_its_title_is_not_cited_again_bare() -> None:
    text = "根据《国务院关于加快发展现代职业教育的决定》（国发〔2014〕19号），按照国发〔2014〕19号的要求开展工作。"
    assert cites(text) == [("国务院关于加快发展现代职业教育的决定", "国发〔2014〕19号", "cites")]


def test_titles_after_a_footer_title_are_read() -> None:
    assert cites("扫一扫：《甲办法》\n根据《中华人民共和国标准化法》开展工作。") == [("中华人民共和国标准化法", None, "cites")]


def test_a_title_after_a_produced_one_in_another_sentence_has_its_own_kind() -> None:
    assert cites("研究制定《某市质量奖管理办法》。贯彻《中华人民共和国标准化法》。") == [
        ("某市质量奖管理办法", None, "produces"), ("中华人民共和国标准化法", None, "cites")]


def test_titles_are_given_as_printed() -> None:
    printed = "贯彻《ＡＢＣ管理办法》。"
    assert [c.title for c in extract_citations(normalize(printed), printed=printed)] == ["ＡＢＣ管理办法"]


def test_titles_of_one_to_two_hundred_characters_anywhere_in_the_text() -> None:
    assert cites("学习《诗》。") == [("诗", None, "cites")]
    assert cites("学习《》。") == []
    assert cites("甲" * 300 + "。贯彻《中华人民共和国标准化法》。") == [("中华人民共和国标准化法", None, "cites")]
    longest = "甲" * 198 + "法"
    assert cites(f"贯彻《{longest}》。") == [(longest, None, "cites")]
    assert cites(f"贯彻《甲{longest}》。") == []


# ---------------------------------------------------------------- survivors of the second look


def test_titles_on_later_lines_are_read_once_each() -> None:
    text = "一、《甲规划纲要》\n二、根据《乙条例》，\n三、研究制定《丙管理办法》。"
    assert cites(text) == [("甲规划纲要", None, "cites"), ("乙条例", None, "cites"), ("丙管理办法", None, "produces")]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("相关链接" + "甲" * 996 + "《乙条例》", False),  # a footer word within 1,000 characters before the title on its line
        ("相关链接" + "甲" * 997 + "《乙条例》", True),  # and further: the title is read
        ("相关链接：X射线装置《放射诊疗管理规定》", False),  # a Latin X ends no line
    ],
)
def test_a_footer_word_on_a_titles_line_hides_it_within_a_thousand_characters(text: str, cited: bool) -> None:
    assert bool(cites(text)) is cited


@pytest.mark.parametrize(
    ("spaces", "cited"),
    [
        (68, [("某条例", "国发〔2019〕3号", "cites")]),  # the bracket ends within 80 characters of the title
        (69, [("某条例", None, "cites"), (None, "国发〔2019〕3号", "cites")]),  # further on: a 文号 of its own
    ],
)
def test_the_brackets_of_a_title_are_read_within_eighty_characters(spaces: int, cited: list[tuple[str | None, str | None, str]]) -> None:
    assert cites("根据《某条例》" + " " * spaces + "（国发〔2019〕3号）要求") == cited


def test_a_title_before_empty_brackets_is_cited() -> None:
    assert cites("根据《某市管理条例》（　）规定办理。") == [("某市管理条例", None, "cites")]


@pytest.mark.parametrize(
    "later",
    [
        "落实《质量纲要》要求。",
        "落实《质量纲要》（　）要求。",  # empty brackets after it declare nothing
    ],
)
def test_a_declared_short_form_is_no_citation_of_its_own(later: str) -> None:
    text = "根据《质量强国建设纲要》（以下简称《质量纲要》），" + later
    assert cites(text) == [("质量强国建设纲要", None, "cites")]


def test_an_undeclared_short_form_of_four_characters_is_no_citation() -> None:
    text = "根据《国务院关于加强质量工作的指导意见》，落实市场监管总局《指导意见》。"
    assert cites(text) == [("国务院关于加强质量工作的指导意见", None, "cites")]


def test_a_four_character_plan_of_the_own_title_is_no_citation() -> None:
    assert cites("《质量方案》明确了目标。", own_title="某市人民政府关于印发《质量方案》的通知") == []


def test_titles_after_a_form_are_read() -> None:
    assert cites("填写《项目申请表》，根据《某市管理条例》办理。") == [("某市管理条例", None, "cites")]


def test_titles_after_a_repeated_one_are_read() -> None:
    assert cites("根据《甲条例》，按照《甲条例》，依据《乙办法》。") == [("甲条例", None, "cites"), ("乙办法", None, "cites")]


def test_a_title_attached_with_its_short_form_is_no_citation() -> None:
    assert cites("按照《某市质量提升行动方案》（以下简称《方案》，见附件）执行。") == []


def test_the_own_doc_number_is_compared_without_spaces() -> None:
    text = normalize("根据国发〔2019〕3号文件精神。")
    assert extract_citations(text, own_number="国发 〔2019〕 3号") == ()
    assert [c.doc_number for c in extract_citations(text, own_number="国发〔2019〕4号")] == ["国发〔2019〕3号"]


def test_bare_doc_numbers_after_a_titles_or_a_repeated_one_are_read() -> None:
    assert cites("根据《关于X的意见》（国发〔2019〕3号）和国办发〔2020〕5号文件要求，") == [
        ("关于X的意见", "国发〔2019〕3号", "cites"), (None, "国办发〔2020〕5号", "cites")]
    assert cites("根据国发〔2019〕3号文件精神，按照国发〔2019〕3号要求，及国办发〔2020〕5号规定。") == [
        (None, "国发〔2019〕3号", "cites"), (None, "国办发〔2020〕5号", "cites")]


def test_a_doc_number_alone_on_its_line_in_brackets_is_no_citation() -> None:
    assert cites("关于X的通知\n（某政发〔2019〕3号）\n各单位：按要求执行。") == []


def test_bare_doc_numbers_after_one_given_to_the_next_title_are_read() -> None:
    text = "关于X问题的批复\n吉林省人民政府：\n吉政文〔1988〕49号《关于X的请示》收悉。根据国发〔2019〕3号文件精神，现批复如下。"
    assert cites(text) == [("关于X的请示", "吉政文〔1988〕49号", "cites"), (None, "国发〔2019〕3号", "cites")]
