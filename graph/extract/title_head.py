"""Lines above a document's title that are no title: a red head (``舞钢市人民政府办公室文件``, the 文号 under it) and the
issuer's name alone above a title that does not go on from it (``项城市教育体育局`` ⏎ ``2024年全市教育工作要点``)."""

from __future__ import annotations

import re

from ..data import rules
from .doc_number import DOC_NUMBER

__all__ = ["dated_under_title", "fuller_signature", "lines_before_title", "short_form_of", "signer"]

_META = rules()["metadata"]
_ORG_END = tuple(_META["org_ends"])
_TITLE_END = tuple(_META["title_ends"])
_SECOND = tuple(_META["title_second_line"])
_ISSUER_CUT = re.compile("|".join(_META["issuer_cut"]))
_CORPS_SIGNER = re.compile(_META["corps_signer"])
_RED_HEAD = re.compile(r"[\u4e00-\u9fff\s（）()]{2,60}文件")  # (陕西鼓风机（集团）有限公司文件)


_INFO_WORDS = sorted({*_META["head_info_labels"], *_META["page_info"], *_META["number_labels"]}, key=len, reverse=True)
_INFO_CELL = re.compile("(?:" + "|".join(map(re.escape, _INFO_WORDS)) + r")\s*[:：]")


def _page_info(line: str) -> bool:
    """``索引号：… ⇥ 发布机构：…``: a line of a web page's labelled data, each cell a label and its value."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    return bool(cells) and all(_INFO_CELL.match(c) for c in cells)


def _org_alone(line: str) -> bool:
    return line.endswith(_ORG_END) and not line.endswith(_TITLE_END) and not _ISSUER_CUT.search(line) and len(line) <= 40


def _red_head(line: str) -> bool:
    """``某市人民政府办公室文件``: a red head, a body's name and 文件."""
    line = line.strip()
    return _RED_HEAD.fullmatch(line) is not None and line[:-2].rstrip().endswith(_ORG_END)


def lines_before_title(head: list[tuple[int, str]]) -> int:
    """How many of the head's first lines stand above the title and are none of it.

    >>> lines_before_title([(0, "某市人民政府办公室文件"), (12, "某政办〔2025〕6号"), (24, "某市人民政府办公室"), (34, "关于印发某方案的通知")])
    2
    >>> lines_before_title([(0, "某市教育体育局"), (8, "2024年全市教育工作要点"), (22, "某教体〔2024〕3号")])
    1
    >>> lines_before_title([(0, "济南市人民政府办公厅"), (11, "关于印发数字经济行动方案的通知")])
    0
    >>> lines_before_title([(0, "某区某街道办事处"), (9, "某街办发〔2024〕15号"), (22, "某区某街道办事处关于印发某清单的通知")])
    2
    >>> lines_before_title([(0, "某（集团）有限公司文件"), (12, "某集团发〔2021〕9号"), (24, "某（集团）有限公司关于印发某分解的通知")])
    2
    >>> lines_before_title([(0, "某市人民政府办公室"), (9, "某市人民政府办公室文件"), (21, "某政办发〔2023〕8号"), (33, "某市人民政府办公室关于印发《某要点》的通知")])
    3
    >>> lines_before_title([(0, "某政办发〔2023〕9号"), (12, "某县人民政府办公室关于印发《某方案》的通知"), (40, "各乡镇：")])
    1
    >>> lines_before_title([(0, "某政办发〔2023〕9号"), (12, "各乡镇人民政府："), (22, "现将《某方案》印发给你们的通知")])
    0
    >>> lines_before_title([(0, "索引号：0001/2024-1\t发布机构：某县人民政府办公室"), (30, "文号：某政办〔2024〕1号\t发布日期：2024-05-30"),
    ...                     (60, "某县人民政府办公室关于做好某工作的通知"), (80, "某政办〔2024〕1号")])
    2
    >>> lines_before_title([(0, "国某〔2020〕4号"), (9, "各有关单位：《某办法》已经审议通过，现印发。"), (30, "某局2020年12月17日某办法")])
    0
    """
    info = 0
    while info < min(len(head) - 1, 4) and _page_info(head[info][1]):
        info += 1  # a web page's data grid above the title (索引号：… 发布机构：…)
    head = head[info:]
    skip = 0
    if len(head) > 1 and _org_alone(head[0][1].strip()) and _red_head(head[1][1]):
        skip = 1  # a PDF's running header (the issuer's name on every page) printed above the red head
    if len(head) > skip and _red_head(head[skip][1]):
        skip += 1
        if len(head) > skip and DOC_NUMBER.fullmatch(re.sub(r"\s+", "", head[skip][1])):
            skip += 1
    elif len(head) > 2 and _org_alone(head[0][1].strip()) and DOC_NUMBER.fullmatch(re.sub(r"\s+", "", head[1][1])):
        skip = 2  # a red head printing the issuer's name alone, its 文号 under it (重庆市渝北区龙山街道办事处)
    elif len(head) > 1 and DOC_NUMBER.fullmatch(re.sub(r"\s+", "", head[0][1])) \
            and "：" not in head[1][1] and not head[1][1].rstrip().endswith(":") \
            and any(ln.strip().endswith(_TITLE_END) for _, ln in head[1:3]):
        skip = 1  # the 文号 alone above the title (the red head an image: an OFD's or a scan's first page)
    if len(head) > skip + 1:
        first, second = head[skip][1].strip(), head[skip + 1][1].strip()
        if (_org_alone(first) and not second.startswith(_SECOND) and second.endswith(_TITLE_END)
                and not second.endswith(("：", ":")) and DOC_NUMBER.search(second) is None):
            skip += 1
    return info + skip


_BRACKETED_DATE = re.compile(
    r"[（(]\s*([\u4e00-\u9fff、\s]{0,60}?)\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[）)]")


def dated_under_title(lines: list[tuple[int, str]]) -> tuple[str | None, str] | None:
    """``(signer, date)`` of a line in brackets under the title that dates the text (``（灵宝市人民政府　2024年9月3日）``,
    or ``（2025年4月1日）`` under the issuer's name alone), as a plan printed without a signature shows them.

    >>> dated_under_title([(9, "（某市人民政府　2024年9月3日）")])
    ('某市人民政府', '2024年9月3日')
    >>> dated_under_title([(9, "某市人民政府办公室"), (19, "（2025年4月1日）")])
    ('某市人民政府办公室', '2025年4月1日')
    """
    for k, (_pos, line) in enumerate(lines):
        m = _BRACKETED_DATE.fullmatch(line.strip())
        if m is None:
            continue
        signer = re.sub(r"\s+", "、", m.group(1).strip())
        if not signer and k and _org_alone(lines[k - 1][1].strip()):
            signer = lines[k - 1][1].strip()
        # a day alone, with no body beside it or above it, dates no notice (tests/test_prose_rounds45_causes.py)
        return (signer, m.group(2)) if signer.endswith(_ORG_END) else None
    return None


def short_form_of(short: str, full: str) -> bool:
    """``省政府办公厅`` is a short form of ``江西省人民政府办公厅``: its characters appear in order in
    the full name, which is longer, and the two end alike.

    >>> short_form_of("省政府办公厅", "江西省人民政府办公厅"), short_form_of("省商务厅", "江西省人民政府办公厅")
    (True, False)
    """
    if len(short) >= len(full) or short[-1:] != full[-1:]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def signer(name: str) -> bool:
    """A name that may sign a document: a body's, or a Corps division-city's, division's or regiment's (第六师五家渠市,
    新疆生产建设兵团第十师, 第八师一四三团)."""
    return name.endswith(_ORG_END) or _CORPS_SIGNER.match(name) is not None


def fuller_signature(signed: str, printed: str) -> bool:
    """Whether the signature names the title's one issuer with more before it (a town signs with its county:
    鄂温克族自治旗巴彦塔拉达斡尔族乡人民政府 / 巴彦塔拉达斡尔族乡人民政府; found by places105)."""
    return "、" not in printed and len(signed) > len(printed) and signed.endswith(printed) and signed.isalnum()
