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
