"""The heading and 文号 a page prints apart from its article container.

Some sites put the title and the 文号 in their own elements just before the container of the text
(``<div class="title">…</div><div class="wh">…〔2023〕15号</div><div class="content">…``); the
container chosen as the article then lacks them. The elements right before it that read as a
document's title (关于…的通知) or hold a 文号 are its heading.
"""

from __future__ import annotations

import re

from bs4 import Tag

from ..data import rules

__all__ = ["heading_before"]

_META = rules()["metadata"]
_TITLE = re.compile("关于.{2,100}(?:" + "|".join(re.escape(w) for w in _META["title_ends"] + _META["title_last_words"]) + ")$")
_NUMBER = re.compile(r"[〔［\[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]\s*第?\s*\d{1,5}\s*号")
# A line of the page's own data between the title and the text (发布日期：2024-05-20　来源：区府办).
_INFO = re.compile("(?:" + "|".join(re.escape(w) for w in _META["page_info"]) + r")\s*[：:]")
# A block of the page's labelled data (a 信息公开 table: 索引号：… 发布机构：… 文号：…): two labels or more. Read for
# metadata elsewhere; as heading it would put its rows before the title.
_LABELS = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{2,5}\s*[：:]")
_LONGEST = 120  # a heading element holds no more characters than this
_MOST = 3  # nor are there more than this many of them


def heading_before(tag: Tag) -> list[Tag]:
    """The elements just before ``tag`` (its earlier siblings, nearest last) that hold its title or 文号.

    A line of the page's own data right before the container (发布时间：… 来源：…) is skipped: sites
    print it between the title and the text. A table cell that opens its row (a page laid out in
    tables) has its heading in the rows above its row: a title row, then such a line."""
    out = _before(tag, skip_info=True)
    if out or tag.name not in ("td", "th") or any(
            isinstance(s, Tag) and s.get_text(strip=True) for s in tag.find_previous_siblings()):
        return out
    row = tag.find_parent("tr")
    return _before(row, skip_info=True) if isinstance(row, Tag) else []


def _before(tag: Tag, *, skip_info: bool) -> list[Tag]:
    out: list[Tag] = []
    sibling = tag.previous_sibling
    while sibling is not None and len(out) < _MOST:
        if isinstance(sibling, Tag):
            text = " ".join(sibling.get_text(" ").split())
            # (a block of labelled data right before the text, 索引号：… 发文字号：…, is skipped as that line is: the
            # title stands before it; found by rounds 113-120)
            if text and not (skip_info and not out and (_INFO.match(text) or len(_LABELS.findall(text)) > 1)):
                if len(text) > _LONGEST or not (_TITLE.search(text) or _NUMBER.search(text)) or len(_LABELS.findall(text)) > 1:
                    break
                out.insert(0, sibling)
        sibling = sibling.previous_sibling
    return out
