"""Read a policy web page (gov.cn, jiangxi.gov.cn or any page with an article) into a Document.

The text is the article body only, one line per block element (``<p>``, ``<div>``, ``<br>``,
headings, ``<li>``), data-table rows as tab-separated cells, whitespace collapsed inside a line
and empty lines dropped. The page's metadata table (标题, 发文字号/文号, 发文机关, 成文日期) goes
into :attr:`Document.meta`; the title is put on the first line when the body does not start
with it, so that line-based extraction sees the same shape as a plain-text document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from ..data import rules
from ..errors import InputError
from ..model import Document
from .bold import bold_noted
from .html_bold import mark_bold
from .html_frames import inline_frames
from .html_heading import heading_before
from .html_meta import collapse as _collapse
from .html_meta import page_meta
from .html_tags import _BLOCK, _SKIP, _hidden_style
from .nested import nested_lines
from .text import decode_bytes

__all__ = ["html_to_text", "read_html"]

# class/id fragments of site chrome (navigation, share bars, related links...).
_CHROME = re.compile(
    r"(^|[-_ ])(nav|navbar|menu|breadcrumb|crumb|position|footer|foot|header|head|share|bdshare|"
    r"toolbar|sidebar|side|related|xgwj|xgjd|xg-box|pagination|prevpage|nextpage|main-word|qrcode|"
    r"search|login|copyright|friendlink|links?)($|[-_ ])",
    re.I,
)
# The article container of known sites, best first.
_ARTICLE_SELECTORS = ("#UCAP-CONTENT", ".pages_content", "td.b12c", ".b12c", "#zoom", ".article-content",
                      ".TRS_Editor", "#content", ".content")

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MENU = re.compile(rules()["metadata"]["site_menu"])
# Runs of ASCII whitespace, no-break and zero-width spaces collapse to one space; the ideographic
# space U+3000 is typography the drafters typed (第一条　…, 总理　　李克强) and is kept as printed.
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _cjk(s: str) -> int:
    return len(_CJK.findall(s))


def _decode(data: bytes, name: str) -> tuple[str, str]:
    m = _CHARSET.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii", "replace").lower()
        if enc in ("gb2312", "gbk"):
            enc = "gb18030"  # the superset: pages labelled gb2312 often hold GBK characters
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, name)


def _is_chrome(tag: Tag) -> bool:
    if tag.name in ("nav", "header", "footer", "aside"):
        return True
    attrs = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
    return bool(attrs) and bool(_CHROME.search(attrs))


# --------------------------------------------------------------------------- text rendering


class _Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []

    def add(self, s: str) -> None:
        self.buf.append(s)

    def flush(self) -> None:
        line = _collapse("".join(self.buf))
        self.buf = []
        if line:
            self.lines.append(line)


def _is_layout_row(row: Tag) -> bool:
    """A row that holds a nested table is page layout, not data, but for a row of three cells or more whose nested
    tables are small lists (units listed in a table of their own: none deeper, cells of ``_LIST_CELL`` characters at
    most). So is a row of one cell holding paragraphs (a page's text laid out in a table cell)."""
    cells = _cells(row)
    nested = [t for cell in cells for t in cell.find_all("table")]
    if nested:
        return len(cells) < 3 or not all(t.find("table") is None and all(
            len(_collapse(c.get_text())) <= _LIST_CELL for c in t.find_all(["td", "th"])) for t in nested)
    return len(cells) == 1 and len(cells[0].find_all(["p", "div"], recursive=False)) > 1


_LIST_CELL = 30


def _cells(row: Tag) -> list[Tag]:
    return [c for c in row.find_all(["td", "th"], recursive=False) if isinstance(c, Tag)]


def _cell_text(cell: Tag) -> str:
    out = _Lines()
    _walk(cell, out, in_cell=True)
    out.flush()
    # A cell is one field of its row's line: its own lines (paragraphs, <br>) join with a space,
    # which keeps a name apart from a phone number and an item apart from the next item's number.
    return " ".join(out.lines)


def _walk(node: Tag, out: _Lines, in_cell: bool = False) -> None:
    for child in node.children:
        if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            out.add(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in _SKIP or child.get("hidden") is not None or _hidden_style(child):
            continue
        if name == "br":
            out.flush()
            continue
        if name == "table" and in_cell:  # a small table inside a cell: its lines (nested.py)
            out.flush()
            out.lines.extend(nested_lines([[_cell_text(c) for c in _cells(tr)] for tr in _rows_of(child)]))
            continue
        if name == "tr":
            out.flush()
            if not in_cell and _is_layout_row(child):
                for cell in _cells(child):
                    _walk(cell, out)
                    out.flush()
                continue
            cells = [_cell_text(c) for c in _cells(child)]
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):  # (a row of a small table inside a cell: one line of the cell)
                out.lines.append((" " if in_cell else "\t").join(cells))
            continue
        if name in _BLOCK:
            out.flush()
            _walk(child, out, in_cell)
            out.flush()
            continue
        _walk(child, out, in_cell)


def _rows_of(table: Tag) -> list[Tag]:
    """The rows of ``table`` itself (in thead/tbody/tfoot or directly), not of tables inside it."""
    out: list[Tag] = []
    for child in table.children:
        if not isinstance(child, Tag):
            continue
        if child.name == "tr":
            out.append(child)
        elif child.name in ("thead", "tbody", "tfoot"):
            out.extend(r for r in child.find_all("tr", recursive=False) if isinstance(r, Tag))
    return out


def _span(cell: Tag, attr: str) -> int:
    try:
        return max(1, min(100, int(str(cell.get(attr) or "1").strip() or "1")))
    except ValueError:
        return 1


def expand_merged_cells(soup: BeautifulSoup | Tag) -> None:
    """Give every row of a data table one cell per column: a cell merged over several rows
    (``rowspan``) is copied into each row it covers, a cell merged over several columns
    (``colspan``) is followed by empty cells. Rows then print as tab-separated lines whose cells
    stand in their columns (a task-division table's unit cell applies to every row it covers).
    Layout tables (a row holding a table) are left as they are."""
    for table in soup.find_all("table"):
        if not isinstance(table, Tag):
            continue
        rows = _rows_of(table)
        if not any(_span(c, "rowspan") > 1 or _span(c, "colspan") > 1 for r in rows for c in _cells(r)):
            continue
        if any(_is_layout_row(r) for r in rows):
            continue
        pending: dict[int, tuple[int, Tag]] = {}  # column -> (rows still covered, the cell)
        for row in rows:
            cells = _cells(row)
            col = 0
            out: list[Tag] = []
            k = 0
            while k < len(cells) or any(c >= col for c in pending):
                if col in pending:
                    left, cell = pending[col]
                    copy = BeautifulSoup(str(cell), "lxml").find(cell.name)
                    if isinstance(copy, Tag):
                        del copy["rowspan"]
                        out.append(copy)
                    if left > 1:
                        pending[col] = (left - 1, cell)
                    else:
                        del pending[col]
                    col += 1
                    continue
                if k >= len(cells):
                    out.append(soup.new_tag("td") if isinstance(soup, BeautifulSoup) else Tag(name="td"))
                    col += 1
                    continue
                cell = cells[k]
                k += 1
                out.append(cell)
                down = _span(cell, "rowspan")
                if down > 1:
                    pending[col] = (down - 1, cell)
                col += 1
                for _ in range(_span(cell, "colspan") - 1):
                    out.append(soup.new_tag("td") if isinstance(soup, BeautifulSoup) else Tag(name="td"))
                    col += 1
            for cell in cells:
                cell.extract()
            for cell in out:
                row.append(cell)


def _render(nodes: list[Tag]) -> list[str]:
    out = _Lines()
    for n in nodes:
        out.flush()
        _walk(n, out)
        out.flush()
    return out.lines


def html_to_text(node: Tag) -> str:
    """The text of ``node``, one line per block, table rows as tab-separated cells."""
    return "\n".join(_render([node]))


# --------------------------------------------------------------------------- the article


def _own_text_cjk(tag: Tag) -> int:
    """CJK characters of ``tag`` outside links and site chrome (the reading text)."""
    total = 0
    for s in tag.find_all(string=True):
        if isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        skip = False
        for parent in s.parents:
            if parent is tag:
                break
            if parent.name == "a" or parent.name in _SKIP or _is_chrome(parent):
                skip = True
                break
        if not skip:
            total += _cjk(str(s))
    return total


def _iter_containers(soup: BeautifulSoup) -> Iterator[Tag]:
    for tag in soup.find_all(["div", "td", "article", "section", "main", "body"]):
        if isinstance(tag, Tag) and not _is_chrome(tag):
            yield tag


def _generic_article(soup: BeautifulSoup) -> Tag | None:
    """The deepest container holding most of the page's reading text (not links, not chrome)."""
    root = soup.body or soup
    best = _own_text_cjk(root)
    if best < 20:
        return None
    chosen: Tag | None = root if isinstance(root, Tag) else None
    depth = -1
    for tag in _iter_containers(soup):
        n = _own_text_cjk(tag)
        if n >= 0.8 * best:
            d = len(list(tag.parents))
            if d > depth:
                chosen, depth = tag, d
    return chosen


def _article(soup: BeautifulSoup) -> list[Tag]:
    """The nodes whose text is the document (heading first when the site prints one apart)."""
    for sel in _ARTICLE_SELECTORS:
        found = soup.select_one(sel)
        if isinstance(found, Tag) and _own_text_cjk(found) >= 10:
            nodes = [found]
            if sel == "#zoom":
                # Jiangxi prints the heading in p.sp_title just before the content div.
                heading = found.find_previous(class_="sp_title")
                if isinstance(heading, Tag):
                    nodes.insert(0, heading)
            return nodes if len(nodes) > 1 else [*heading_before(found), found]
    generic = _generic_article(soup)
    return [*heading_before(generic), generic] if generic is not None else []


def _same_title(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"[\s\W_]", "", s)

    return bool(key(a)) and key(a) == key(b)


def read_html(data: bytes, name: str, path: str = "", sha256: str = "") -> Document:
    """Parse an HTML page into a Document (``media_type="text/html"``)."""
    text, encoding = _decode(data, name)
    if "<" not in text:
        raise InputError(name, "not HTML: no tags")
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # lxml raises many kinds on garbage
        raise InputError(name, f"malformed HTML ({exc.__class__.__name__})") from None
    inline_frames(soup)
    meta = page_meta(soup)
    # Metadata tables are not body text; drop them before looking for the article.
    for t in soup.find_all(["script", "style", "noscript", "template"]):
        t.decompose()
    expand_merged_cells(soup)
    if bold_noted(soup.get_text()):
        mark_bold(soup)
    nodes = _article(soup)
    lines = _render(nodes)
    while lines and _MENU.fullmatch(lines[0].replace(" ", "")):
        lines.pop(0)  # the site's menu or breadcrumb above a page's text (no article container)
    # The article must say something: a page of links or a cut-off head has no paragraph.
    if not lines or sum(_cjk(ln) for ln in lines) < 20:
        raise InputError(name, "truncated or malformed HTML: no body text")
    # (<title> is not used: sites put their name and the column in it, not the document's title.)
    title = meta.get("title")
    if title and not _same_title(lines[0], title):
        lines.insert(0, title)
    return Document(
        source=name,
        text="\n".join(lines) + "\n",
        path=path,
        encoding=encoding,
        media_type="text/html",
        sha256=sha256,
        meta=tuple(sorted(meta.items())),
    )
