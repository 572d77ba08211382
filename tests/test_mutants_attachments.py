"""Tests added for the mutants the mutation run found alive in graph/extract/attachments.py
(docs/mutation.md): which names a text's 附件 lines give, and which titles an announcement approves.
"""

from __future__ import annotations

import pytest

from graph.extract.attachments import approved, attachment_names, flat_title
from graph.extract.citations import extract_citations
from graph.ingest.normalize import normalize


def names(text: str) -> set[str]:
    return attachment_names(normalize(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("特此公告。", set()),  # no 附件 at all
        ("附件：\n", set()),  # a bare 附件 with nothing under it
        ("附件：《》\n", set()),  # an empty name is no name
        ("附件：甲目录\n", {"甲目录"}),
        ("附件：X射线探伤装置目录X\n", {"X射线探伤装置目录X"}),  # a Latin letter at an end of the name
        ("附件2：乙办法\n", {"乙办法"}),
        ("附件：《甲 “乙”办法》\n", {"甲乙办法"}),  # compared as titles are
        ("附件：甲目录（第3批）\n", {"甲目录（第3批）", "甲目录"}),  # the batch dropped as well
        ("附件：甲办法（征求意见稿）\n", {"甲办法（征求意见稿）", "甲办法"}),
        # a bare 附件： with a numbered list under it, indented or not, up to the first other line
        ("附件：\n1.甲\n  2 ． 乙\n3、丙\n说明\n4.丁\n", {"甲", "乙", "丙"}),
        # the list's first item on the 附件 line
        ("附件：1.甲\n2.乙\n", {"甲", "乙"}),
        # a named attachment: the numbered lines after it are not attachments
        ("附件：甲\n1.乙\n", {"甲"}),
        ("附件1：申报指南\n附件2：推荐工作方案\n", {"申报指南", "推荐工作方案"}),  # every 附件 line
        # several files on one line, in any case of the extension
        ("附件：1.甲目录（第3批）.doc2.乙目录.WPS\n", {"甲目录（第3批）", "甲目录", "乙目录"}),
        ("附件：甲.docs\n", {"甲.docs"}),  # not a file's extension
        # several items on one line, two blanks apart
        ("附件：1.甲  2.乙\n", {"甲", "乙"}),
        # after a full stop on the same line
        ("特此公告。附件：甲目录\n", {"甲目录"}),
    ],
)
def test_the_names_of_a_texts_attachments(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_a_bare_attachment_word_lists_at_most_twenty_numbered_lines() -> None:
    lines = "\n".join(f"{i}.第{i}号指南" for i in range(1, 23))
    assert names(f"附件：\n{lines}\n") == {f"第{i}号指南" for i in range(1, 21)}


def test_a_flat_title_has_no_spaces_quotes_or_inner_title_marks() -> None:
    assert flat_title(" 《甲》〈乙〉“丙”\"丁\"'戊'‘己’\t庚") == "甲乙丙丁戊己庚"


@pytest.mark.parametrize(
    ("text", "title", "issued"),
    [
        ("批准《甲标准》为国家环境保护标准。", "甲标准", True),  # 批准 at the text's start
        ("现批准《甲标准》为国家环境保护标准。", "甲标准", True),
        ("现批准《甲》《乙》为国家环境保护标准。", "甲", True),  # a chain of titles before 为
        ("现批准《甲》（试行）、《乙》（2020年版）为行业标准。", "甲", True),
        ("批准《霍尔元件 通用技术条件》等669项行业标准。", "霍尔元件 通用技术条件", True),
        ("批准《甲》等 12 项行业标准。", "甲", True),
        ("现批准，《甲标准》为国家环境保护标准。", "甲标准", False),  # 批准 not right before
        ("现批准《甲标准》为国家环境保护的。", "甲标准", False),  # no standard approved
        ("现批准《甲标准》，为国家环境保护标准。", "甲标准", False),
    ],
)
def test_a_standard_the_text_approves_is_no_citation(text: str, title: str, issued: bool) -> None:
    t = normalize(text)
    start = t.index("《" + title)
    assert approved(t, start, t.index("》", start) + 1) is issued
    cited = [c.title for c in extract_citations(t)]
    assert (title not in cited) is issued
