"""A Markdown file's text as the other readers print a document: a heading's ``#`` marks dropped (``# 关于…的
通知`` is the title ``关于…的通知``), and a pipe table's rows with their cells apart by a tab (``| 序号 | 任务 |
牵头单位 |`` becomes ``序号⇥任务⇥牵头单位``; the delimiter row ``| --- | :---: |`` is dropped), and the emphasis marks
``**`` / ``__`` around a run of text dropped (``**牵头单位：**X`` is the field line ``牵头单位：X``). Other lines are kept as
they are; a bullet list item's mark (``- ``, ``* ``, ``+ ``) is dropped with its indentation.

A plain text may hold such a table too (a Markdown or a plain-text table pasted into it), or one drawn with box
characters (``│序号│任务│牵头单位│`` between ``┌──┬──┐`` rules, as some converters print a Word table): its rows are
read the same way, its rules dropped (:func:`drawn_rows`).
"""

from __future__ import annotations

import re

__all__ = ["drawn_rows", "markdown_text"]

_HEADING = re.compile(r"^#{1,6}[ \t]+")
# A bullet list item's mark and indentation (``   - 牵头单位：X`` under an item): markup, no text; the item's words are
# the line (a field line of the item above; found by round 183). An ordered list's ``1.`` is the text's label, kept.
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?=\S)")
# Emphasis marks around a run of text (**牵头单位：**X, __重点__): the marks are no text (found by round 54).
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
_DELIMITER = re.compile(r"^[\s|:\-]+$")
_SPLIT = re.compile(r"(?<!\\)\|")
# A line break inside a cell, written as HTML (``规划科<br>各县（市、区）发展改革局``: Markdown's cells hold one line): a
# space, as a web page's ``<br>`` and a Word cell's paragraphs are read (found by probing after rounds 180–181).
_BREAK = re.compile(r"[ \t]*<br[ \t]*/?>[ \t]*", re.I)


def _cells(split: re.Pattern[str], inner: str) -> str:
    """A table row's inside (between its outer bars) as its cells apart by a tab, an escaped bar ``\\|`` kept as ``|``."""
    return "\t".join(_BREAK.sub(" ", c).strip().replace("\\|", "|") for c in split.split(inner))


def markdown_text(text: str) -> str:
    """``text`` without its headings' marks, with its pipe-table rows as tab-separated rows.

    >>> markdown_text("# 某市关于甲的通知\\n")
    '某市关于甲的通知\\n'
    >>> markdown_text("**牵头单位：**市商务局\\n")
    '牵头单位：市商务局\\n'
    >>> markdown_text("二、项目\\n| 序号 | 任务 | 牵头单位 |\\n| --- | --- | --- |\\n| 1 | 建设基地 | 市文旅局 |\\n")
    '二、项目\\n序号\\t任务\\t牵头单位\\n1\\t建设基地\\t市文旅局\\n'
    >>> markdown_text("| 1 | 建设基地<br>完善设施 | 市文旅局<br/>各县（市、区）政府 |\\n")
    '1\\t建设基地 完善设施\\t市文旅局 各县（市、区）政府\\n'
    """
    out: list[str] = []
    for line in text.split("\n"):
        m = _ROW.match(line) if "|" in line else None
        if m is None:
            out.append(_EMPHASIS.sub(r"\2", _BULLET.sub("", _HEADING.sub("", line))))
        elif not _DELIMITER.match(m.group(1)):
            out.append(_cells(_SPLIT, m.group(1)))
    return "\n".join(out)


_DRAWN_ROW = re.compile(r"^[ \t]*[|│┃]([^\n]*)[|│┃][ \t]*$")
_DRAWN_SPLIT = re.compile(r"(?<!\\)[|│┃]")
_RULE = re.compile(r"^[ \t]*[|│┃+├┌└┏┗┣╋┼┬┴┤┐┘─━═:\-=\s]+$")
_RULE_CHARS = re.compile(r"[─━═\-=]")
_DELIMITER_ONLY = re.compile(r"^[ \t]*\|[\s|:\-]+\|[ \t]*$")


def drawn_rows(text: str) -> str:
    """A plain text's table rows drawn with pipes or box characters (two rows of three cells or more) as tab-separated
    rows, its rules (``| --- |``, ``├──┼──┤``, ``+----+``) dropped; any other text as it is.

    >>> drawn_rows("一、任务\\n┌──┬──┐\\n│序号│任务│牵头单位│\\n├──┼──┤\\n│1│建设基地│市文旅局│\\n└──┴──┘\\n")
    '一、任务\\n序号\\t任务\\t牵头单位\\n1\\t建设基地\\t市文旅局\\n'
    >>> drawn_rows("┌─┬─┬─┐\\n│序号│任务│牵头单位│\\n├─┼─┼─┤\\n│1│建设旅游│市文旅│\\n│ │基地│局│\\n└─┴─┴─┘\\n")
    '序号\\t任务\\t牵头单位\\n1\\t建设旅游基地\\t市文旅局\\n'
    >>> drawn_rows("|序号|任务|责任单位| |\\n| | |牵头股室|配合单位|\\n|---|---|---|---|\\n|1|建设基地|农田股|农经站|\\n")
    '序号\\t任务\\t责任单位\\t\\n\\t\\t牵头股室\\t配合单位\\n1\\t建设基地\\t农田股\\t农经站\\n'
    >>> drawn_rows("甲|乙\\n")
    '甲|乙\\n'
    """
    lines = text.split("\n")
    rows = [i for i, line in enumerate(lines) if (m := _DRAWN_ROW.match(line)) and len(_DRAWN_SPLIT.split(m.group(1))) >= 3
            and not _RULE.match(line)]
    if len(rows) < 2:
        return text
    keep = set(rows)
    between = [i for i in range(1, len(lines) - 1) if i - 1 in keep and i + 1 in keep and _RULE.match(lines[i])]
    # rules between rows (box characters, a grid's +---+; a Markdown delimiter |---| only when it rules rows twice or
    # more: once, it closes the header, and a second header row above it is a row, 责任单位 ⏎ 牵头单位 | 配合单位)
    ruled = any(not _DELIMITER_ONLY.match(lines[i]) for i in between) or len(between) > 1
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in keep:
            m = _DRAWN_ROW.match(line)
            assert m is not None
            cells = [_BREAK.sub(" ", c).strip().replace("\\|", "|") for c in _DRAWN_SPLIT.split(m.group(1))]
            above = out[-1].split("\t") if out and i - 1 in keep else []
            if ruled and not cells[0] and len(above) == len(cells):
                # a row's cells wrapped onto the next printed line, no rule between: they go on those cells
                out[-1] = "\t".join(a + c for a, c in zip(above, cells, strict=True))
            else:
                out.append("\t".join(cells))
        elif not (line.strip() and _RULE.match(line) and _RULE_CHARS.search(line)):
            out.append(line)
    return "\n".join(out)
