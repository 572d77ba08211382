"""Tests added for the mutants the mutation run found alive in graph/extract/dates.py,
doc_number.py and document_kinds.py (docs/mutation.md): dates printed in Chinese numerals with
十, and numeric dates; 文号 with either bracket, glued to the words or the title before them."""

from __future__ import annotations

import pytest

from graph.extract.dates import parse_date
from graph.extract.doc_number import DOC_NUMBER, clean_doc_number, doc_numbers, number_after_title
from graph.extract.document_kinds import document_kind


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("二〇二一年五月五日", "2021-05-05"),
        ("二〇二一年三月十日", "2021-03-10"),
        ("二〇一六年十月十二日", "2016-10-12"),
        ("二〇一六年五月二十四日", "2016-05-24"),
        ("二〇二一年十二月三十一日", "2021-12-31"),
        ("二〇二一年十一月二十日", "2021-11-20"),
        ("2016年5月24日", "2016-05-24"),
        ("印发日期：2018.12.06", "2018-12-06"),
        ("二〇二一年一月一日", "2021-01-01"),
        ("2021年1月31日", "2021-01-31"),
        ("二〇二一年十三月一日", None),
        ("2021年0月1日", None),
        ("年度报告于2021年5月1日印发", "2021-05-01"),  # a 年 that starts no date, then a date
        ("印发于2021 年 5 月 1 日", "2021-05-01"),  # a space before 年
        ("印发于2021 年5月1日", "2021-05-01"),
        ("2021年1月32日", None),
        ("年度报告于2021年5月1日印发，2022年3月1日施行", "2021-05-01"),  # the first of two dates after such a 年
    ],
)
def test_dates_in_chinese_numerals_and_digits(printed: str, iso: str | None) -> None:
    assert parse_date(printed) == iso


@pytest.mark.parametrize(
    "text",
    [
        "依据国办发（2019）3号印发",  # only round brackets
        "依据国发〔2019〕3号、（2020）5号、皖政〔2016〕76号",
        "国发〔2019〕3号〔2020〕5号、皖政〔2016〕76号",  # a bracket right after the last match
        "无文号的文本（见附件）",
    ],
)
def test_doc_numbers_are_those_of_the_plain_regex(text: str) -> None:
    assert [m.group() for m in doc_numbers(text)] == [m.group() for m in DOC_NUMBER.finditer(text)]


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("依据国发〔2019〕3号", "国发〔2019〕3号"),  # the words glued before it dropped
        ("国发 〔2019〕 3号", "国发〔2019〕3号"),  # spaces dropped
        ("根据〔2019〕3号", "根据〔2019〕3号"),  # nothing but such words: kept as it is
    ],
)
def test_a_doc_number_is_cleaned_of_spaces_and_the_words_before_it(printed: str, number: str) -> None:
    assert clean_doc_number(printed) == number


@pytest.mark.parametrize(
    ("glued", "number"),
    [
        ("二次排雷问题的复函国办函（1997）42号", "国办函（1997）42号"),  # round brackets; 函 of the code is no title end
        ("二次排雷问题的复函国函〔1997〕42号", "国函〔1997〕42号"),  # a two-character code
        ("纪要国办发〔2019〕3号", "国办发〔2019〕3号"),  # the title's last word at the start
        ("国务院关于加强管理的复函", "国务院关于加强管理的复函"),  # no 文号 at all: as it is
    ],
)
def test_a_doc_number_glued_to_a_title_starts_after_the_titles_last_word(glued: str, number: str) -> None:
    assert number_after_title(glued) == number


def test_a_document_kind_is_read_through_spaces_in_the_title() -> None:
    assert document_kind("关于印发《某市质量奖管理办法》的 通知") == "办法"
