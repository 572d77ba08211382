"""Text copied out of a scanned or typeset PDF with a space between every two characters
(``一 、 加 强 组 织 领 导 （ 市 财 政 局 负 责 ）``): the lines so spaced, joined again; and a scanned copy with a
space between some characters only (``加 强组织领导（市财 政局负责）``): its sentences joined, but for a space that
stands between two units' names (``市财政局 市商务局``)."""

from __future__ import annotations

import re

from ..data import rules

__all__ = ["spaced_names", "unspace", "unspace_cells", "unspace_lines", "unspace_partial"]

_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_GAP = re.compile(r"(?<=\S) (?=\S)")
_LINES_MIN = 3  # (a few such lines: a text spaced so; one spaced heading is a heading's style)


def _spaced(line: str) -> bool:
    """Whether nearly every two characters of ``line`` stand apart by one space (its CJK characters many)."""
    body = line.strip()
    if len(_CJK.findall(body)) < 6:
        return False
    tokens = body.split(" ")
    return "" not in tokens and sum(len(t) == 1 or t.isascii() for t in tokens) >= 0.9 * len(tokens)


def unspace(text: str) -> str:
    """``text`` with the spaces between characters of its spaced lines removed, when several lines are spaced so.

    >>> unspace("标题\\n一 、 总 体 要 求\\n（ 一 ） 加 强 领 导 （ 市 财 政 局 负 责 ） 。\\n2024 年 8 月 9 日 印 发 机 关\\n")
    '标题\\n一、总体要求\\n（一）加强领导（市财政局负责）。\\n2024年8月9日印发机关\\n'
    """
    if text.count(" ") < 20:
        return text
    return "\n".join(unspace_lines(text.split("\n")))


def unspace_lines(lines: list[str]) -> list[str]:
    """``lines`` with the spaces between characters of the spaced ones removed, when several are spaced so (a PDF
    whose characters are set apart: its text layer gives ``枝 城 镇 人 民 政 府``).

    >>> unspace_lines(["一 、 总 体 要 求", "（ 一 ） 加 强 领 导 （ 市 财 政 局 负 责 ） 。", "市 商 务 局 负 责 牵 头"])
    ['一、总体要求', '（一）加强领导（市财政局负责）。', '市商务局负责牵头']
    >>> unspace_lines(["国 务 院 文 件", "一、总体要求"])
    ['国 务 院 文 件', '一、总体要求']
    """
    marks = [_spaced(line) for line in lines]
    if sum(marks) < _LINES_MIN:
        return lines
    marks = [m or _spaced_short(line) for m, line in zip(marks, lines, strict=True)]
    return [_GAP.sub("", line) if spaced else line for line, spaced in zip(lines, marks, strict=True)]


def unspace_cells(row: str) -> str:
    """A table row's tab-separated cells, in a text spaced so, each with its spaces removed when it is spaced too.

    >>> unspace_cells("1\\t镇 水 利 站\\t镇 综 合 执 法 队\\t2 0 2 1 年 6月")
    '1\\t镇水利站\\t镇综合执法队\\t2021年6月'
    """
    return "\t".join(_GAP.sub("", c) if _spaced(c) or _spaced_short(c) else c for c in row.split("\t"))


def _spaced_short(line: str) -> bool:
    """In a text spaced so, a short line spaced the same way (``2 0 1 9 年 3 月 1 8 日``, a wrapped line's tail
    ``责 ）``): three in four of its tokens one character or Latin (``2 0 2 1 年 6月``), one of them Chinese.

    >>> _spaced_short("2 0 1 9 年 3 月 1 8 日"), _spaced_short("责 ）"), _spaced_short("市财政局 市商务局")
    (True, True, False)
    """
    tokens = line.strip().split(" ")
    return len(tokens) > 1 and "" not in tokens and sum(len(t) == 1 or t.isascii() for t in tokens) >= 0.75 * len(tokens) \
        and _CJK.search(line) is not None


# (partial OCR spacing: a space between two ideographs here and there inside the sentences of a scanned copy)
_IDEO_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_SENTENCE = re.compile(r"[。，；]|^[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、])")
_RUN_END = re.compile(r"[^\s。，；、：:（）()《》“”\"]{1,24}$")
_ARTICLE = re.compile(r"第[〇零一二三四五六七八九十百千\d]{1,6}[条章节款编]$")  # (第四条 县级以上…: a law's label)
_PARTIAL_LINES_MIN = 3  # (lines of sentences, each with two such gaps or more: a spaced label or two is a style)
_PARTIAL_GAPS_MIN = 2


def _kept_gap(before: str) -> bool:
    """Whether a gap after ``before`` is a real one: after a unit's name or a label (市财政局 市商务局, 牵头单位 市商务局,
    各镇人民政府 推进…: a name and the text after it) or a law's article (第四条 县级以上…)."""
    from ..extract.cues import looks_like_unit

    left = _RUN_END.search(before)
    if left is None:
        return True
    lw = left.group()
    return _ARTICLE.search(lw) is not None or any(looks_like_unit(lw[-k:]) for k in range(2, len(lw) + 1))


def _joined_line(line: str) -> tuple[str, int]:
    """``line`` with its gaps between ideographs removed but after a name, a label or an article, and how many were."""
    out: list[str] = []
    last, n = 0, 0
    for m in _IDEO_GAP.finditer(line):
        before = "".join(out) + line[last : m.start()]
        if _kept_gap(before):
            continue
        out.append(line[last : m.start()])
        last, n = m.end(), n + 1
    out.append(line[last:])
    return "".join(out), n


def unspace_partial(text: str) -> str:
    """``text`` with the stray spaces of a scanned copy removed from its sentences (``加 强组织领导（市财 政局负责）``),
    when three or more lines of sentences hold two such spaces or more; a space after a unit's name (and so between
    two units' names), a label or a law's article is kept.

    >>> t = "一、加 强领导\\n（一）建立机 制，明确责任（市财 政局 市商务局负责）。\\n（二）完善制 度，强化考 核。\\n"
    >>> t += "（三）开展督 查，通报结 果。\\n"
    >>> print(unspace_partial(t), end="")
    一、加强领导
    （一）建立机制，明确责任（市财政局 市商务局负责）。
    （二）完善制度，强化考核。
    （三）开展督查，通报结果。
    >>> unspace_partial("市财政局 市商务局\\n一、加 强领导\\n")
    '市财政局 市商务局\\n一、加 强领导\\n'
    """
    if " " not in text:
        return text
    lines = text.split("\n")
    joined = [_joined_line(line) if " " in line and _SENTENCE.search(line) and _IDEO_GAP.search(line) else (line, 0)
              for line in lines]
    if sum(n >= _PARTIAL_GAPS_MIN for _, n in joined) < _PARTIAL_LINES_MIN:
        return text
    return "\n".join(j for j, _ in joined)


# A short unit's name spaced out to the width of longer ones (a table's 责任科室 cell: 党　建　办 beside 社区事务办; a clause's
# 平　安　办): two to five characters, each alone between spaces, the last one a unit's end ([tables] cell_unit_ends of one
# character). Found by rounds 180–181 (a 街道's PDF).
_UNIT_END = "".join(e for e in rules()["tables"]["cell_unit_ends"] if len(e) == 1)
_SPACED_NAME = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,4}(?![\u4e00-\u9fff])")


def spaced_names(text: str) -> str:
    """``text`` with the spaces inside short units' names spaced out removed (``党　建　办`` -> ``党建办``).

    >>> spaced_names("1\\t党　建　办\\t社区事务办、各社区居委会\\n（责任科室：平 安 办；配合单位：司法所）\\n局　长：张　三\\n")
    '1\\t党建办\\t社区事务办、各社区居委会\\n（责任科室：平安办；配合单位：司法所）\\n局　长：张　三\\n'
    >>> spaced_names("市发改委　市财政局")
    '市发改委　市财政局'
    """
    if " " not in text and "\u3000" not in text:
        return text
    return _SPACED_NAME.sub(lambda m: re.sub(r"[ \u3000]", "", m.group()) if m.group()[-1] in _UNIT_END else m.group(), text)
