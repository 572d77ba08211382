"""Clauses of list items that print their units without brackets: after a dash or a colon that closes the item's
text (``1.推进…体系——X负责，Y落实``, ``10.建立…制度，落实…人员：X、Y负责``), and fields that open an item before its
text (``1.【牵头单位】X【配合单位】Y 推进…``, whose task is the text after the units)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..data import rules
from .cues import _label_patterns
from .prose_lists import _unit_list

__all__ = ["first_field", "item_tails"]

# (a list item (numbered, or a bullet: ——, ●) whose text runs on to its units after a dash or a colon, no 。 between:
# 1.推进…体系——X负责，Y落实;
# 10.建立…制度，落实…人员：X、Y负责. The units must close on a role word: a bare list there is a task's own words)
ITEM_LINE = r"(?m)^[ \u3000]*(?:——(?!——)|[●•](?=\S)|\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
_ITEM_DASH = re.compile(ITEM_LINE + r"[^\n]*?[^\s—。；，：:](——)[ ]*((?:[^\n。；—（）〔〕]|（[^（）\n]*）){2,120}?)[。；]?[ ]*(?=\n|$)")
# (the item's words before the colon may be a short heading: 6.强化宣传引导：X牵头，Y配合 (not a field's label: 牵头单位：X))
_ITEM_COLON = re.compile(ITEM_LINE + r"([^\n：:]*?[^\s—。；，：:])(：)[ ]*([^\n。；：:（）—]{2,80}?(?:负责|落实|牵头|配合))[。；]?[ ]*(?=\n|$)")


_DUTY = re.compile(r"要(?!素)|应当|务必|必须|认真|抓好|切实|积极|努力|进一步")
_ITEM_LABEL = re.compile(r"\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、")


def item_tails(text: str) -> Iterator[tuple[int, int, str]]:
    """``(clause start, units start, units)`` of every item closed by its units after a dash or a colon.

    >>> [c for _, _, c in item_tails("1.推进垃圾分类——市住房和城乡建设局负责\\n2.建立管护制度，落实人员：市财政局负责")]
    ['市住房和城乡建设局负责', '市财政局负责']
    """
    # (each match is one line, from its start: only the lines that hold the dash or the colon are tried, not
    # every character of the text as finditer does with a line-start anchor)
    for start in _lines_with(text, "——"):
        if (m := _ITEM_DASH.match(text, start)) and not _DUTY.search(m.group(2)):
            yield m.start(1), m.start(2), m.group(2)  # (…：各地各部门要认真抓好落实 is a sentence of duty, prose)
    if "：" in text:
        label = _field_label()
        for start in _lines_with(text, "："):
            m = _ITEM_COLON.match(text, start)
            if m and not _DUTY.search(m.group(3)) and not label.fullmatch(m.group(1).strip(" \u3000")) \
                    and not _unit_list(m.group(1), 0, False):
                yield m.start(2), m.start(3), m.group(3)  # (not a doer's line: （二）市发展改革委：牵头…，市统计局配合)


def _lines_with(text: str, word: str) -> list[int]:
    """The start of each line of ``text`` that holds ``word``, in order.

    >>> _lines_with("甲——乙\\n丙\\n丁——戊——己", "——")
    [0, 7]
    """
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(text.rfind("\n", 0, i) + 1)
        end = text.find("\n", i)
        if end < 0:
            break
        i = text.find(word, end)
    return out


@cache
def _field_label() -> re.Pattern[str]:
    _, alt = _label_patterns(rules())
    return re.compile(rf"(?:{alt})")


def first_field(text: str, at: int) -> bool:
    """A field that opens its item (``1.牵头单位：X 推进…``): only the item's label before it on its line."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return bool(line.strip()) and _ITEM_LABEL.fullmatch(line.strip(" \u3000")) is not None
