"""Bold names in a web page's table cells (graph/ingest/bold.py): the sign of a bold name after each unit's name printed
bold, each printed line of a bold element marked by itself (a name is never read across a ``<br>``), the element's
tags and line breaks kept."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from .bold import SIGN, marked
from .html_tags import _BLOCK, _SKIP, _hidden_style

__all__ = ["mark_bold"]

_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_NORMAL_STYLE = re.compile(r"font-weight\s*:\s*(?:normal|lighter|[1-5]00)", re.I)


def mark_bold(soup: BeautifulSoup) -> None:
    """The sign of a bold name after each unit's name printed bold in a table's cell (graph/ingest/bold.py), each
    line of a bold element marked by itself and its line breaks (``<br>``, block elements) and tags kept: a name is
    never read across a line break.

    >>> soup = BeautifulSoup("<td><b>市住建局<br/>市财政局</b></td>", "html.parser")
    >>> mark_bold(soup); str(soup).replace(SIGN, "*")
    '<td><b>市住建局*<br/>市财政局*</b></td>'
    """
    def bold(t: Tag) -> bool:
        return t.name in ("b", "strong") or bool(_BOLD_STYLE.search(str(t.get("style") or "")))

    for cell in soup.find_all(["td", "th"]):
        for el in cell.find_all(bold):
            up = el.parent
            while up is not None and up is not cell and not bold(up):
                up = up.parent
            if up is not cell:
                continue  # (inside a bold element: marked with it)
            lines: list[list[NavigableString]] = [[]]
            _text_lines(el, lines)
            for line in lines:
                _mark_line(line)


def _text_lines(node: Tag, lines: list[list[NavigableString]]) -> None:
    """The printed strings under ``node``, a new line started at each ``<br>`` and around each block element; the
    strings of an element set back to a normal weight (``font-weight: normal``) left out, a break too.

    >>> soup = BeautifulSoup('<b>甲<br>乙<span style="font-weight:normal">丙</span>丁<p>戊</p></b>', "html.parser")
    >>> lines: list[list[NavigableString]] = [[]]
    >>> _text_lines(soup.b, lines); [[str(s) for s in ln] for ln in lines if ln]
    [['甲'], ['乙'], ['丁'], ['戊']]
    """
    for child in node.children:
        if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            lines[-1].append(child)
        elif isinstance(child, Tag) and child.name not in _SKIP and child.get("hidden") is None \
                and not _hidden_style(child):
            if child.name == "br" or _NORMAL_STYLE.search(str(child.get("style") or "")):
                lines.append([])
                continue
            if child.name in _BLOCK:
                lines.append([])
            _text_lines(child, lines)
            if child.name in _BLOCK:
                lines.append([])


def _mark_line(strings: list[NavigableString]) -> None:
    """The strings of one printed line of a bold element with the sign after each unit's name of their joined text
    (a name may run over several strings, 市生态<span>环境局</span>: the sign goes into the string it ends in)."""
    text = "".join(strings)
    new = marked(text)
    if new == text:
        return
    ends: list[int] = []  # offsets in ``text`` where a sign goes
    for k, ch in enumerate(new):
        if ch == SIGN:
            ends.append(k - len(ends))
    pos = 0
    for s in strings:
        a, b = pos, pos + len(s)
        pos = b
        mine = [e for e in ends if a < e <= b]
        if not mine:
            continue
        out, last = "", a
        for e in mine:
            out += text[last:e] + SIGN
            last = e
        s.replace_with(NavigableString(out + text[last:b]))
        ends = [e for e in ends if e > b]
