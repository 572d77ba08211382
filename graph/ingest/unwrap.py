"""Plain text whose paragraphs are cut into lines, put back into paragraphs.

Two kinds of cut are told apart (``[text.unwrap]`` of ``rules.toml``):

- cut at one width (what a PDF's text copy gives: ``pdftotext`` prints each printed line on its own
  line): most of its long lines are exactly as long as each other; a line of that width goes on
  with the next line, unless the next line opens a paragraph (a numbered unit's label, an
  attachment) or the line ends a sentence;
- wrapped by hand at irregular widths (``[text.unwrap.ragged]``): several lines plainly break inside a
  sentence (they end with ``，`` or ``、``, go on after a ``。``, or leave a ``《`` or ``（`` open); a
  line of running text (one holding sentence punctuation) that does not end a sentence goes on with
  the next line, unless the next opens a paragraph. Titles, headings and signatures hold no such
  punctuation and stay lines of their own.

Other texts are returned as they are. First, a page's number printed on a line of its own (``— 3 —``,
``第 2 页 共 3 页``: ``[pdf] page_number``) and the blank lines around it are left out, as the PDF reader leaves
them out: a paragraph or a clause the page break cut goes on. And a unit's name wrapped over two lines in a
table printed one cell per line (市文体广电和旅游⏎局) is put back on one (``[text.unwrap.ragged] name_tail``).
"""

from __future__ import annotations

import re
from collections import Counter

from ..data import rules
from ..extract.clauses import parse_clause
from ..extract.cues import looks_like_unit
from ..extract.name_words import is_wrap_tail, name_grams
from ..extract.structure import label_length, opens_paragraph, starts_unit
from ..extract.tab_lines import may_hold_gap
from ..extract.table_cells import _SERIAL
from .layout import layout_rows
from .layout_centred import centred_rows
from .normalize import normalize

__all__ = ["heading_marks", "split_run_in", "unwrap"]

_SPEC = rules()["text"]["unwrap"]
_ENDS = tuple(_SPEC["ends"])
_RAGGED = _SPEC["ragged"]
_TAILS = tuple(_RAGGED["tails"])
_PUNCT = frozenset(_RAGGED["punctuation"])
_PAIRS = tuple((p[0], p[1]) for p in _RAGGED["pairs"])
_NOTE_END = re.compile("（[" + _RAGGED["note_levels"] + "]{1,8}）$")
_AFTER_NOTE = tuple(_RAGGED["after_note"])
_NOT_CUES = tuple(rules()["prose"]["not_cues"])
_SENTENCE_ENDS = tuple(e for e in _ENDS if e != "）")
_PAGE_NUMBER = re.compile(rules()["pdf"]["page_number"])
_CELL_ALONE = re.compile(_RAGGED["cell_alone"])
_NAME_TAIL = int(_RAGGED["name_tail"])
_HEAD_MAX = int(rules()["pdf"]["running_head_max"])
_HEADER_CELL = int(_SPEC["header_cell_max"])
_CELL_PUNCT = re.compile("[，。；：:（(]")  # a line holding any is running text, no cell printed alone
_HEADER_MIN = int(_SPEC["header_again_min"])
_AFTER_MARK = re.compile("[" + "".join(_RAGGED["marks"]) + "][^" + "".join(_RAGGED["marks"]) + "]+$")


def unwrap(text: str) -> str:
    """``text`` with the lines of a cut paragraph joined (see the module's docstring).

    >>> cut = "\\n".join(["一、任务", "（一）" + "建设物流枢纽完善多式联运集疏运体系推进港口工程建设甲", "乙（市交通运输局负责）。"] * 5)
    >>> unwrap(cut).splitlines()[1]
    '（一）建设物流枢纽完善多式联运集疏运体系推进港口工程建设甲乙（市交通运输局负责）。'
    >>> unwrap("甲\\n乙") == "甲\\n乙"
    True
    """
    text = _names_rejoined(_without_page_numbers(layout_rows(centred_rows(text))))
    lines = text.split("\n")
    lengths = [len(ln) for ln in lines if len(ln) >= _SPEC["min_length"]]
    if len(lengths) < _SPEC["min_lines"]:
        return _unwrap_ragged(text)
    width, n = Counter(lengths).most_common(1)[0]
    if n < _SPEC["min_lines"] or n < _SPEC["share"] * len(lengths):
        return _unwrap_ragged(text)
    out: list[str] = []
    joins = False
    for line in lines:
        if joins and line and not opens_paragraph(line):
            out[-1] += line
        else:
            out.append(line)
        # a line as long as the width or longer (digits and Latin letters are narrower: more of them fit) is full
        joins = len(line) >= width and not out[-1].rstrip().endswith(_ENDS) if out[-1] else False
    return "\n".join(out)


def _without_page_numbers(text: str) -> str:
    """``text`` without the lines that print a page's number, nor the blank lines around them, nor a running head: the
    same short line (``[pdf] running_head_max``) standing next after two page numbers or more, or after one when the
    text's first line is that line too (the head of page 1).

    >>> _without_page_numbers("（牵头单\\n\\n— 2 —\\n\\n位：市商务局）\\n第 3 页 共 3 页")
    '（牵头单\\n位：市商务局）'
    >>> _without_page_numbers("甲、市\\n— 2 —\\n某市公报\\n\\n财政局）\\n— 3 —\\n某市公报\\n乙")
    '甲、市\\n财政局）\\n乙'
    >>> _without_page_numbers("某市行政规范性文件\\n标题\\n甲、市\\n第 1 页 共 2 页\\n某市行政规范性文件\\n财政局）")
    '标题\\n甲、市\\n财政局）'
    >>> _without_page_numbers("标题\\n甲\\n— 1 —\\n乙")
    '标题\\n甲\\n乙'
    >>> _without_page_numbers("序号\\n任务\\n单位\\n1\\n甲\\n市商务局\\n— 3 —\\n序号\\n任务\\n单位\\n2\\n乙")
    '序号\\n任务\\n单位\\n1\\n甲\\n市商务局\\n2\\n乙'
    """
    lines = text.split("\n")
    norm = normalize(text).split("\n")  # length-preserving, no line end folded: norm[i] is line i normalised
    drop = [bool(_PAGE_NUMBER.match(n.strip())) if ln.strip() else False for ln, n in zip(lines, norm, strict=True)]
    if not any(drop):
        return text
    pages = [i for i, d in enumerate(drop) if d]
    after = [next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None) for i in pages]
    heads = Counter(lines[k].strip() for k in after if k is not None)
    top = next((k for k, ln in enumerate(lines) if ln.strip()), None)  # page 1's head: the text's first line
    again = {k for i, k in zip(pages, after, strict=True) if k is not None and _header_again(lines, i, k)}
    if top is not None and top not in after and heads[lines[top].strip()] and not any(
            lines[k].strip() == lines[top].strip() for k in again):  # (not a table's header row printed again)
        heads[lines[top].strip()] += 1
        after.append(top)
    for k in after:
        if k is not None and heads[lines[k].strip()] >= 2 and len(lines[k].strip()) <= _HEAD_MAX:
            drop[k] = True
    after = after[: len(pages)]
    for i, k in zip(pages, after, strict=True):
        for j in range(k, k + _header_again(lines, i, k)) if k is not None else ():
            drop[j] = True
    for i in [i for i, d in enumerate(drop) if d]:
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(lines) and not lines[k].strip():
                drop[k] = True
                k += step
    return "\n".join(ln for ln, d in zip(lines, drop, strict=True) if not d)


def _header_again(lines: list[str], page: int, k: int) -> int:
    """How many lines from ``k`` (the first after a page number at ``page``) print again, one per line, the header of
    a table printed one cell per line above the page number (a header row repeated on each page: 序号⏎重点任务⏎…):
    at least ``[text.unwrap] header_again_min`` short cells (``[text.unwrap.ragged] name_tail`` … a header cell's
    length, ``[text.unwrap] header_cell_max``) that stand in that order, one per line, before the page number; else 0."""
    cells = [ln.strip() for ln in lines[:page]]
    first = lines[k].strip()
    if not first or len(first) > _HEADER_CELL or first not in cells:
        return 0
    p = cells.index(first)
    m = 0
    while (k + m < len(lines) and p + m < page and lines[k + m].strip() == cells[p + m]
           and 0 < len(cells[p + m]) <= _HEADER_CELL and "\t" not in lines[k + m]):
        m += 1
    return m if m >= _HEADER_MIN else 0


def _names_rejoined(text: str) -> str:
    """``text`` with a unit's name printed over two lines put back on one: a line of at most ``name_tail``
    characters that names nothing alone (``局``) after a line whose last name (after its last ``、`` or ``，``)
    names nothing alone either, the two together a unit's name (a table's cell printed one per line, its
    name wrapped: 市文体广电和旅游⏎局). Likewise, after a line that is a cell (no punctuation but ``、``), a
    list of units cut after its ``、`` (the next line opening with a unit's name) and a line opening with ``，`` (a
    sentence never does) go on that line.

    >>> _names_rejoined("序号\\n1\\n举办博览会\\n市文体广电和旅游\\n局\\n2024年9月")
    '序号\\n1\\n举办博览会\\n市文体广电和旅游局\\n2024年9月'
    >>> _names_rejoined("1\\n推进改造\\n，降低能耗\\n市工信局\\n市发改委、\\n市生态环境局\\n2024年")
    '1\\n推进改造，降低能耗\\n市工信局\\n市发改委、市生态环境局\\n2024年'
    """
    lines = text.split("\n")
    out: list[str] = []
    last = ""  # normalize(out[-1]).strip(), made when out[-1] is (each line's once, not twice)
    for line in lines:
        s = normalize(line).strip()
        prev = last if out else ""
        if s and prev and "\t" not in line + out[-1] and not _CELL_PUNCT.search(prev) and (
                (prev.endswith("、") and all(map(looks_like_unit, (prev + re.split("[、，]", s)[0]).split("、"))))
                or s.startswith("，")):
            out[-1] = out[-1].rstrip() + line.strip()  # a cell's list cut after its 、, a cell cut before its ，
            last = normalize(out[-1]).strip()
            continue
        if out and s and len(s) <= _NAME_TAIL and "\t" not in line + out[-1] and _names_nothing(s):
            tail = re.split("[、，]", prev)[-1]
            if tail and not prev.endswith(_ENDS) and not looks_like_unit(tail) and looks_like_unit(tail + s) and (
                    not looks_like_unit(s) or _inside_a_name(tail, s)):
                out[-1] = out[-1].rstrip() + line.strip()
                last = normalize(out[-1]).strip()
                continue
        out.append(line)
        last = s
    return "\n".join(out)


def _names_nothing(s: str) -> bool:
    """A line that names no body alone: no unit's name, or the wrapped tail of one (输局 of 市交通运⏎输局:
    ``[tables.cells.wrap_tail]``)."""
    return not looks_like_unit(s) or is_wrap_tail(s)


def _inside_a_name(tail: str, s: str) -> bool:
    """Whether the characters about the break stand together in a known body's name (运输局 of 市交通运⏎输局)."""
    grams = name_grams()
    return tail[-2:] + s[:1] in grams or tail[-1:] + s[:2] in grams


def _goes_on(lines: list[str], i: int) -> bool:
    """Whether the line after ``lines[i]`` can continue it: not empty, no table row, no paragraph's opening, no
    cell of a table printed one cell per line that is never running text (a row's number, a deadline alone:
    ``[text.unwrap.ragged] cell_alone``; 市交通运输局（牵头）、市口岸办⏎2023年10月)."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return bool(nxt.strip()) and "\t" not in nxt and not opens_paragraph(nxt) and not _CELL_ALONE.match(nxt.strip())


def _running(line: str) -> bool:
    """Whether a normalised line (or paragraph so far) is running text: it holds sentence punctuation
    after its label, or leaves a bracket or quote open."""
    s = line[label_length(line):]
    return not _PUNCT.isdisjoint(s) or any(s.count(a) > s.count(b) for a, b in _PAIRS)  # (stops at the first)


def _plainly_broken(line: str) -> bool:
    s = line.strip()
    return (s.endswith(_TAILS) or _AFTER_MARK.search(s) is not None
            or any(s.count(a) > s.count(b) for a, b in _PAIRS))


def _note_inside(para: str) -> bool:
    """Whether ``para`` ends with a bracket that stands inside its sentence: a note on a name or a term
    (汕尾（陆丰）, 中国（汕尾）, 办公室（设在市发展改革局）, 总值（GOP）), not a responsibility clause
    (``（市农业农村局负责）``) and not after a sentence's end (``。（…）``).

    >>> _note_inside("加快推进汕尾（陆丰）"), _note_inside("完善设施（市农业农村局负责）"), _note_inside("完成。（长期坚持）")
    (True, False, False)
    """
    if not para.endswith("）"):
        return False
    depth = 0
    for k in range(len(para) - 1, -1, -1):
        depth += {"）": 1, "（": -1}.get(para[k], 0)
        if depth == 0:
            break
    else:
        return False
    before = para[:k].rstrip()
    if not before or before.endswith(_SENTENCE_ENDS):
        return False
    clause = parse_clause(para[k + 1 : -1])
    return clause is None or not clause.assignees


def _subject_after_note(para: str, lines: list[str], i: int) -> bool:
    """A line without sentence punctuation that ends with a note inside its sentence, and the next line
    opens with a subject's cue (市海洋经济发展领导小组办公室（设在市发展改革局）⏎要加强…)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return nxt.startswith(_AFTER_NOTE) and not nxt.startswith(_NOT_CUES) and _note_inside(para)


def _unwrap_ragged(text: str) -> str:
    """``text`` with the lines of a paragraph wrapped by hand joined (``[text.unwrap.ragged]``).

    >>> wrapped = "\\n".join(["二、重点任务", "（一）编制规划。按照总体思路，统筹", "编制建设规划。（市", "农业农村局牵头，市住房城乡",
    ...                       "建设局配合）", "（二）提升环境。推进污水、", "垃圾治理，打造一批美丽", "宜居村。（市住房城乡建设局负责）",
    ...                       "三、保障措施", "市委农办负责统筹协调，定期通报进展。市农业农", "村局要会同市财政局建立项目库。"])
    >>> for line in unwrap(wrapped).splitlines():
    ...     print(line)
    二、重点任务
    （一）编制规划。按照总体思路，统筹编制建设规划。（市农业农村局牵头，市住房城乡建设局配合）
    （二）提升环境。推进污水、垃圾治理，打造一批美丽宜居村。（市住房城乡建设局负责）
    三、保障措施
    市委农办负责统筹协调，定期通报进展。市农业农村局要会同市财政局建立项目库。
    """
    norm = normalize(text).split("\n")  # length-preserving: norm[i] stands for the raw line i
    lines = text.split("\n")
    held = [i for i, s in enumerate(norm) if "\t" not in s and _running(s)]
    broken = [i for i in held if not norm[i].rstrip().endswith(_ENDS) and _goes_on(norm, i) and _plainly_broken(norm[i])]
    if len(broken) < _RAGGED["min_lines"] or len(broken) < _RAGGED["share"] * len(held):
        return _lone_breaks(text, norm)
    out: list[str] = []
    para = ""  # the normalised paragraph out[-1] so far
    joins = False
    for i, line in enumerate(lines):
        if joins:
            out[-1] += line
            para += norm[i]
        else:
            out.append(line)
            para = norm[i]
        s = para.rstrip()
        # (各县（市、区）⏎人民政府, 汕尾（陆丰）⏎海上风电…: a name or a sentence goes on)
        ends = s.endswith(_ENDS) and _NOTE_END.search(s) is None and not _note_inside(s)
        joins = "\t" not in s and (_running(s) or _subject_after_note(s, norm, i)) and not ends and _goes_on(norm, i)
    return "\n".join(out)


def _lone_breaks(text: str, norm: list[str]) -> str:
    """``text`` (not wrapped) with a lone line break inside a sentence taken out: a line of running text that ends
    no sentence, before a line that goes on and ends the sentence, no other (新增规模以上⏎企业20家。), nor a body's name
    (a table's cell printed alone: 推进改造，降低能耗⏎市工信局。).

    >>> _lone_breaks("达到38%，新增规模以上\\n企业20家。\\n标题", ["达到38%，新增规模以上", "企业20家。", "标题"])
    '达到38%，新增规模以上企业20家。\\n标题'
    """
    lines = text.split("\n")
    joins = [i for i, s in enumerate(norm) if "\t" not in s and _running(s) and not s.rstrip().endswith(_ENDS)
             and _goes_on(norm, i) and _LONE_REST.fullmatch(n := norm[i + 1].strip()) is not None
             and not looks_like_unit(re.split("[，、。；]", n)[0]) and not lines[i + 1][:1].isspace()]
    for i in reversed(joins):  # (an indented next line opens a paragraph)
        lines[i : i + 2] = [lines[i] + lines[i + 1]]
    return "\n".join(lines)


_LONE_REST = re.compile(_RAGGED["lone_rest"])


# Two spaces or more inside a line (the indentation of a paragraph whose line break a copy lost) and
# the label of a numbered unit after them: ``　　七、做好资金保障　　（18）做好财政资金保障工作。``; the same runs
# that part a table's cells printed with spaces (``[tables] spaced_cells``)
_RUN_IN = re.compile(rules()["tables"]["spaced_cells"])


def split_run_in(text: str) -> str:
    """``text`` with a line break before each numbered unit's label that follows two or more spaces
    inside a line (in place of the first space: the text keeps its length and offsets). A label after a row's
    number alone is a table's cell printed with spaces (``1  （1）建立机制  市发改委``): the row is left whole.

    >>> split_run_in("一、健全机制\u3000\u3000（1）建立协调机制。").splitlines()
    ['一、健全机制', '\u3000（1）建立协调机制。']
    >>> split_run_in("一、目标  一是加强领导。三、指标  1.5万元") == "一、目标  一是加强领导。三、指标  1.5万元"
    True
    """
    norm = normalize(text)  # every kind of space is " " there
    if not may_hold_gap(norm):
        return text
    cuts = []
    prev = 0  # where the cell before the run starts: after the run before it, or its line's start
    for m in _RUN_IN.finditer(norm):
        cell = norm[max(prev, norm.rfind("\n", prev, m.start()) + 1) : m.start()]
        if starts_unit(norm, m.end()) and _SERIAL.match(cell.strip()) is None:
            cuts.append(m.start())
        prev = m.end()
    if not cuts:
        return text
    chars = list(text)
    for i in cuts:
        chars[i] = "\n"
    return "".join(chars)


# A Markdown heading's marks in a plain-text copy (``## 四、建立健全专项资金制度``): the label after them opens a unit.
_MARKS = re.compile(r"^[ \u3000]*#{1,6}[ \u3000]+", re.MULTILINE)


def heading_marks(text: str) -> str:
    """``text`` with a Markdown heading's ``#`` marks turned into spaces where a numbered unit's label
    follows them (the text keeps its length and offsets); other ``#`` lines (a title) are left as they are.

    >>> heading_marks("## 四、建立专项资金制度\\n# 国务院关于…的规定").splitlines()
    ['   四、建立专项资金制度', '# 国务院关于…的规定']
    """
    norm = normalize(text)
    if "#" not in norm:  # (the anchored pattern is tried at every offset)
        return text
    cuts = [m for m in _MARKS.finditer(norm) if starts_unit(norm, m.end())]
    if not cuts:
        return text
    chars = list(text)
    for m in cuts:
        for i in range(m.start(), m.end()):
            if chars[i] == "#":
                chars[i] = " "
    return "".join(chars)
