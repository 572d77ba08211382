"""A web page's metadata printed in labelled table cells (gov.cn's 标题 / 发文字号 / 成文日期 grid): split from
:mod:`graph.ingest.html`, which reads the article."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from ..data import rules
from ..extract.metadata import parse_date

__all__ = ["collapse", "page_meta"]

_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,6})[:：]")
_META_KEYS = {"标题": "title", "发文字号": "doc_number", "文号": "doc_number", "发文机关": "issuer",
              "成文日期": "date"}
_NO_VALUE = {"", "无", "-", "—", "/", "暂无", "空"}
_LABELS = frozenset([*_META_KEYS, *rules()["metadata"]["page_info"]])  # a page's labels: no value of another
# 发文字号：X (字号：X …: `[metadata] number_labels`) in a page's labelled line, X a 文号 (its year in brackets, then 号)
_NUMBER_WORDS = "|".join(re.escape(w) for w in sorted(rules()["metadata"]["number_labels"], key=len, reverse=True))
_NUMBER_LABEL = re.compile(rf"(?:{_NUMBER_WORDS})\s*[:：]\s*([^\s:：]{{1,16}}?[〔［\[(（](?:19|20)\d{{2}}[〕］\])）]第?\d{{1,5}}号)")
# a 文号 printed bare in a block of a page's labelled data (来源：X 发布时间：… 宁政办〔2022〕31号): an organ's code (no
# clause before it), its year in square brackets, then 号, standing apart between spaces
_BARE_NUMBER = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{1,10}[〔［\[](?:19|20)\d{2}[〕］\]]第?\d{1,5}号)(?=\s|$)")
_INFO_LABEL = re.compile("(?:" + "|".join(re.escape(w) for w in rules()["metadata"]["page_info"]) + r")\s*[:：]")
_BARE_MIN = int(rules()["metadata"]["bare_number_labels"])
_LEADS = tuple(rules()["metadata"]["number_lead"])  # 根据X〔…〕N号: a sentence citing a number, no organ's code
# the site's name after the page's title in <title> (…的通知_X市人民政府, …-X市人民政府网, … | X政府门户网站)
_SITE_TAIL = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|-|——)\s*[^_|｜\-–—]{2,24}$")
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u200b\ufeff]+")


def collapse(s: str) -> str:
    """``s`` with every run of white space (no-break and zero-width too) one space, stripped."""
    return _WS.sub(" ", s).strip()


def _norm_label(s: str) -> str:
    return re.sub(r"[\s\u00a0\u3000:：]", "", s)


def page_meta(soup: BeautifulSoup) -> dict[str, str]:
    """The metadata a page prints in labelled cells (标题：…, 发文字号 | 国发〔2019〕4号, <th>文号</th><td>…</td>),
    else its title from a <meta> tag."""
    meta: dict[str, str] = {}
    for cell in soup.find_all(["td", "th"]):
        raw = collapse(cell.get_text(" "))
        squeezed = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", raw)
        m = _LABEL.match(squeezed)
        # a label <th> without its colon (<th>文号</th><td>…</td>): the value is the next <td>, no label (not 标题 | 文号)
        label = _norm_label(m.group(1)) if m is not None else _norm_label(squeezed)
        key = _META_KEYS.get(label)
        if key is None or key in meta or (m is None and (len(squeezed) > 8 or cell.name != "th")):
            continue
        value = squeezed[m.end():].strip() if m is not None else ""
        if not value:
            # gov.cn: the value is the next cell, unless that cell is another label (Jiangxi's empty 文号)
            nxt = cell.find_next_sibling(["td", "th"])
            if isinstance(nxt, Tag):
                cand = collapse(nxt.get_text(" "))
                if not _LABEL.match(re.sub(r"\s+", "", cand)) and nxt.find("b") is None and (m is not None or (nxt.name == "td" and _norm_label(cand) not in _LABELS)):
                    value = cand
        value = value.strip()
        if key == "date":
            value = parse_date(value) or ""
        if key == "doc_number" and (value in _NO_VALUE or not re.search(r"\d", value)):
            value = ""
        if key == "title":
            value = collapse(value)
        if value and value not in _NO_VALUE:
            meta[key] = value
    if "doc_number" not in meta:  # a block of labelled data outside a table (<div>索引号：… 发文字号：X　发布日期：…</div>)
        for block in soup.find_all(["div", "p", "span", "li"]):
            m = _NUMBER_LABEL.search(collapse(block.get_text(" ")))
            if m is not None and not block.find(["div", "p", "table"]):
                meta["doc_number"] = m.group(1)
                break
    if "doc_number" not in meta:  # a bare 文号 among the labelled data (来源：… 发布时间：… 宁政办〔2022〕31号)
        for block in soup.find_all(["div", "p", "span", "li"]):
            text = collapse(block.get_text(" "))
            bare = _BARE_NUMBER.search(text)
            if (bare is not None and not bare.group(1).startswith(_LEADS) and not block.find(["div", "p", "table"])
                    and len(_INFO_LABEL.findall(text)) >= _BARE_MIN):
                meta["doc_number"] = bare.group(1)
                break
    if "title" not in meta:
        for attr in ("ArticleTitle", "title", "dc.title", "DC.Title"):
            tag = soup.find("meta", attrs={"name": attr})
            if isinstance(tag, Tag) and collapse(str(tag.get("content") or "")):
                meta["title"] = collapse(str(tag.get("content")))
                break
    if "title" not in meta and soup.title is not None:  # <title>X_站名</title>: X, used where the text gives no title
        page = _SITE_TAIL.sub("", collapse(soup.title.get_text(" ")))
        if len(page) >= 8:
            meta["page_title"] = page
    return meta
