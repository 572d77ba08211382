"""A Markdown file's text as the other readers print a document: a heading's ``#`` marks dropped (``# 关于…的
通知`` is the title ``关于…的通知``), and a pipe table's rows with their cells apart by a tab (``| 序号 | 任务 |
牵头单位 |`` becomes ``序号⇥任务⇥牵头单位``; the delimiter row ``| --- | :---: |`` is dropped). Other lines are
kept as they are.
"""

from __future__ import annotations

import re

__all__ = ["markdown_text"]

_HEADING = re.compile(r"^#{1,6}[ \t]+")
_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")
_DELIMITER = re.compile(r"^[\s|:\-]+$")
_SPLIT = re.compile(r"(?<!\\)\|")


def markdown_text(text: str) -> str:
    """``text`` without its headings' marks, with its pipe-table rows as tab-separated rows.

    >>> markdown_text("# 某市关于甲的通知\\n")
    '某市关于甲的通知\\n'
    >>> markdown_text("二、项目\\n| 序号 | 任务 | 牵头单位 |\\n| --- | --- | --- |\\n| 1 | 建设基地 | 市文旅局 |\\n")
    '二、项目\\n序号\\t任务\\t牵头单位\\n1\\t建设基地\\t市文旅局\\n'
    """
    out: list[str] = []
    for line in text.split("\n"):
        m = _ROW.match(line) if "|" in line else None
        if m is None:
            out.append(_HEADING.sub("", line))
        elif not _DELIMITER.match(m.group(1)):
            out.append("\t".join(c.strip().replace("\\|", "|") for c in _SPLIT.split(m.group(1))))
    return "\n".join(out)
