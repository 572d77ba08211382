"""Tests added for the mutants the mutation run found alive in graph/extract/dates.py
(docs/mutation.md): dates printed in Chinese numerals with 十, and numeric dates."""

from __future__ import annotations

import pytest

from graph.extract.dates import parse_date


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
    ],
)
def test_dates_in_chinese_numerals_and_digits(printed: str, iso: str | None) -> None:
    assert parse_date(printed) == iso
