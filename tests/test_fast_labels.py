"""Cheaper extraction with the same results (issue 19, round 8).

- ``〔牵头单位〕X`` labels: the pattern opens with 〔 (searched for first), the characters around a
  label are checked in Python; the old pattern opened with lookbehinds and was tried at every
  position of the text. Kept verbatim below, to compare.
- :func:`graph.extract.cues.is_generic` remembers its answers (the same names come back).
"""

from __future__ import annotations

import re

import pytest

import graph.extract.cues as cues_mod
from graph.data import rules
from graph.extract.cues import _cues, is_generic
from graph.extract.responsibility import _label_patterns, _unbracket_labels


def _old_unbracket(text: str) -> str:
    """The round-7 ``_unbracket_labels``, verbatim but for the pattern made here."""
    _, alt = _label_patterns(rules())
    pattern = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=〔(?:{alt})〕[：:]?[\u4e00-\u9fff]))〔({alt})〕([：:]?)")
    if "〔" not in text:
        return text

    def field(m: re.Match[str]) -> str:
        if m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff":
            return "；" + m.group(1) + "：" + " " * len(m.group(2))
        return m.group(1) + "：" + " " * (1 + len(m.group(2)))

    return pattern.sub(field, text)


@pytest.mark.parametrize("text", [
    "〔牵头单位〕省财政厅；〔配合单位〕：省商务厅",
    "〔牵头单位〕省财政厅〔配合单位〕省商务厅、省税务局",  # a second label after a name: ； parts them
    "省财政厅〔牵头〕、省商务厅",  # a role in brackets after a name: stays
    "省财政厅〔牵头〕：省商务厅",  # … unless a name follows it (after a colon)
    "省财政厅〔牵头〕：：省商务厅",
    "省财政厅〔牵头〕:",
    "省财政厅〔牵头〕",
    "〔牵头〕",
    "a〔牵头〕b",
    "1〔责任单位〕：市发展改革委",
    "\n〔责任单位〕\n市发展改革委",
    "〔〔牵头〕〕省",
    "财政厅〔牵头〕〔配合〕商务厅",
    "〔2020〕12号〔牵头单位〕市政府",
    "市政府〔2020〕12号",
])
def test_bracketed_labels_read_as_before(text: str) -> None:
    assert _unbracket_labels(text) == _old_unbracket(text)
    assert len(_unbracket_labels(text)) == len(text)  # every offset stays


def test_is_generic_remembers_and_forgets_with_the_cues() -> None:
    names = ["有关部门", "各市、县（区）政府", "国务院办公厅", "省财政厅", "各地", "试点城市政府", "有关部门"]
    cues = _cues()

    def searched(m: str) -> bool:
        if cues.generic_any is None:
            return any(p.search(m) for p in cues.generic)
        return cues.generic_any.search(m) is not None

    assert [is_generic(m) for m in names] == [searched(m) for m in names]
    assert [is_generic(m) for m in names] == [True, True, False, False, True, True, True]
    assert cues_mod._GENERIC["有关部门"] is True
    _cues.cache_clear()  # the cues read again (as a test that changes the rules does)
    try:
        assert is_generic("省财政厅") is False
        assert cues_mod._GENERIC_UNDER[0] is _cues() and "有关部门" not in cues_mod._GENERIC
    finally:
        _cues.cache_clear()


def test_is_generic_remembers_a_bounded_number_of_names(monkeypatch) -> None:
    monkeypatch.setattr(cues_mod, "_REMEMBERED", 3)
    for k in range(10):
        is_generic(f"第{k}个部门")
        assert len(cues_mod._GENERIC) <= 3
