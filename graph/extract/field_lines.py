"""Field lines found from their colons (``牵头单位：X`` on a line of its own or after a sentence's end, perhaps after a
line's mark: ``◆牵头单位：X``, ``——责任单位：X``), the end of a task's text before its clause, and labels printed
in brackets (``【牵头单位】X``) or before a tab or spaces (``牵头单位⇥X``) rewritten as field lines."""

from __future__ import annotations

import re
from functools import cache

from ..data import rules
from .cues import _cues, _label_patterns
from .mentions import _split_names
from .table_headers import _kind, _role_of_header

__all__: list[str] = []

_LINE_SEPS = "\n。；\t"  # (a tab: a table row's cell that opens with a label, 1⇥任务⇥牵头单位：X)
_LINE_MARKS = str(rules()["field_labels"]["line_marks"])
_MARKS_AFTER_BREAK = re.compile(f"(?:^|(?<=\n))[ ]*[{re.escape(_LINE_MARKS)}]+")
_LABEL_MAX = 24  # no label (with its bracketed noun) is longer


def _field_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every ``_cues().field_line`` match, found from the colons.

    A match ends at a colon; it starts at the text's start or just after a line, sentence or
    clause end, then come spaces, a label and spaces. Colons are few: for each, step back over
    the spaces before it and over at most ``_LABEL_MAX`` characters to the separator before the
    label (and the spaces before that), and match there. Matches cannot overlap: each starts
    after a separator and holds no colon but its last character.
    """
    cues = _cues()
    out: list[tuple[int, int]] = []
    colon = text.find("：")
    while colon >= 0:
        end = colon
        while end > 0 and text[end - 1] == " ":
            end -= 1
        lo = max(0, end - _LABEL_MAX)
        for start in range(lo, end):
            # the label starts at `start`: before it only spaces (and a line's marks: ◆, ★, ——) back to a
            # separator or the start
            if start > 0 and text[start - 1] not in " " + _LINE_SEPS + _LINE_MARKS:
                continue
            t = start
            while t > 0 and text[t - 1] in " " + _LINE_MARKS:
                t -= 1
            if t > 0 and text[t - 1] not in _LINE_SEPS:
                continue
            m = cues.field_line_at.match(text, t)
            if m is not None and m.end() == colon + 1:
                out.append((t, m.end()))
                break
            # a label printed with blanks inside (责任单位 及责任人：): read without them
            printed = text[t : colon + 1]
            if " " in printed.strip() and cues.field_line_at.fullmatch(printed.replace(" ", "")):
                out.append((t, colon + 1))
                break
        colon = text.find("：", colon + 1)
    return out


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the line breaks, blanks and marks before it (a field line's task text ends with
    its sentence, not with the break or the ◆ before the field's label)."""
    while end > start and text[end - 1] in "\n \t\u3000" + _LINE_MARKS:
        end -= 1
    return end


@cache
def _bracketed_label() -> re.Pattern[str]:
    _, alt = _label_patterns(rules())
    # (a pattern that opens with 〔 is searched for 〔 first; the characters around it are checked
    # by _unbracket_labels: a pattern opening with lookbehinds is tried at every position)
    return re.compile(rf"〔({alt})〕([：:]?)")


def _unbracket_labels(text: str) -> str:
    """``【牵头单位】X`` (normalised to ``〔牵头单位〕X``) as the field line ``牵头单位： X``.

    The same length, so every offset stays where it was (the clause starts where 【 was).

    >>> _unbracket_labels("〔牵头单位〕省财政厅；〔配合单位〕：省商务厅")
    '牵头单位： 省财政厅；配合单位：  省商务厅'
    >>> _unbracket_labels("〔牵头单位〕省财政厅〔配合单位〕省商务厅、省税务局")
    '牵头单位： 省财政厅；配合单位：省商务厅、省税务局'
    >>> _unbracket_labels("省财政厅〔牵头〕、省商务厅")
    '省财政厅〔牵头〕、省商务厅'
    """
    if "〔" not in text:
        return text
    def field(m: re.Match[str]) -> str:
        if m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff":
            # Not after a name (省发展改革委〔牵头〕、Y is a role in brackets) unless a name follows
            # it: a second label on the line (〔牵头单位〕X〔配合单位〕Y), where ； parts the fields
            if not "\u4e00" <= text[m.end() : m.end() + 1] <= "\u9fff":
                return m.group()
            return "；" + m.group(1) + "：" + " " * len(m.group(2))
        return m.group(1) + "：" + " " * (1 + len(m.group(2)))

    return _bracketed_label().sub(field, text)


@cache
def _tab_label() -> re.Pattern[str]:
    _, alt = _label_patterns(rules())
    return re.compile(rf"^([ ]*(?:{alt})[ ]*)\t(?=([^\t\n]+)$)", re.M)


@cache
def _spaced_label() -> re.Pattern[str]:
    _, alt = _label_patterns(rules())
    return re.compile(rf"^([ ]*(?:{alt}))[ \u3000](?=[ \u3000]*([^\t\n \u3000：:][^\t\n]*)$)", re.M)


def _untab_labels(text: str) -> str:
    r"""``牵头单位⇥X`` (a row of a two-column form: label, then value) as the field line ``牵头单位：X``; so too a
    label apart from its units by spaces, no colon (``牵头单位　X``, an ideographic space printed as a space once
    normalised), when what follows is a list of units.

    The same length. A row whose value is itself a column header (牵头单位⇥配合单位) stays a row.

    >>> _untab_labels("牵头单位\t省财政厅\n配合单位\t省商务厅、省税务局\n牵头单位\t配合单位\n")
    '牵头单位：省财政厅\n配合单位：省商务厅、省税务局\n牵头单位\t配合单位\n'
    >>> _untab_labels("牵头单位 省财政厅\n配合单位  省商务厅、省税务局\n牵头单位 配合单位 完成时限\n")
    '牵头单位：省财政厅\n配合单位： 省商务厅、省税务局\n牵头单位 配合单位 完成时限\n'
    """
    if " " in text or "\u3000" in text:
        text = _spaced_label().sub(
            lambda m: m.group(1) + "：" if _split_names(m.group(2).strip(), 0) and not _role_of_header(m.group(2).strip())
            else m.group(0), text)
    if "\t" not in text:
        return text
    return _tab_label().sub(lambda m: m.group(0) if _role_of_header(m.group(2).strip()) else m.group(1) + "：", text)


@cache
def _item_first_field() -> re.Pattern[str]:
    # 1.【牵头单位】X【配合单位】Y 推进… (the labels already rewritten as 牵头单位： X；配合单位：Y): an item whose clause
    # comes first, its task text after the units on the same line
    _, alt = _label_patterns(rules())
    item = r"(?:\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
    return re.compile(rf"(?m)^[ \u3000]*{item}[ \u3000]*(?=(?:{alt})[：:])")


def clause_first_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the fields that open a list item before its text (``1.【牵头单位】X【配合单位】Y 推进…``):
    from the first label to the end of the last unit, where a blank or the first word that no name holds begins
    the text (``…【配合单位】市文化旅游体育局发展旅游商品``: the text after 局).

    >>> t = "1.牵头单位： 市商务局；配合单位：市财政局、市税务局 推进项目建设。"
    >>> [t[a:b] for a, b in clause_first_spans(t)]
    ['牵头单位： 市商务局；配合单位：市财政局、市税务局']
    >>> t = "2.责任单位： 市商务局发展旅游商品和特色餐饮。"
    >>> [t[a:b] for a, b in clause_first_spans(t)]
    ['责任单位： 市商务局']
    """
    from .cues import looks_like_unit
    from .name_words import reads_as_name_part

    out: list[tuple[int, int]] = []
    for m in _item_first_field().finditer(text):
        start = m.end()
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        line = text[start:stop]
        colon = max(line.rfind("："), line.rfind(":"))
        lead = colon + 1
        while lead < len(line) and line[lead] in " \u3000":
            lead += 1
        last = line[lead:]
        gap = re.search(r"[ \u3000]+(?=\S)", last)
        if gap is not None:
            cut = lead + gap.start()
        else:
            # glued: the last unit ends at the shortest end that reads as a body's name and goes on to no longer
            # one, the text after it (a longer name only when the words that lengthen it open as known names
            # open: 市委|网信办, not 市委网信办|加强网 — 网 ends names, 加强网 opens none)
            cut = -1
            for k in range(2, min(len(last) - 3, 120)):
                ns = max(last.rfind("、", 0, k), last.rfind("，", 0, k)) + 1
                name = last[ns:k]  # (a collective reads as a unit whatever follows: it ends at 政府, 部门, 单位)
                if k - ns >= 2 and last[k] not in "、，和及" and looks_like_unit(name) and (name.endswith(
                        ("政府", "部门", "单位")) or not any(looks_like_unit(last[ns : k + j]) and reads_as_name_part(
                            last[k : k + max(j, 2)]) for j in range(1, 7))):
                    cut = lead + k
                    break
            if cut < 0:
                continue
        rest = line[cut:].strip(" \u3000。；")
        # (the text a task's: no unit's name, not a name's tail — 主办单位：X、湖南省人民政府。 is a list of units)
        if cut > lead and len(rest) >= 6 and not looks_like_unit(rest):
            out.append((start, start + cut))
    return out


_TASK_LINE = re.compile(r"(?:^|(?<=\n))[ ]*([\u4e00-\u9fff]{1,8})[ ]*[\t：:][ ]*(?=\S)", re.M)
_TASK_KINDS = ("task", "task~", "task!", "project")


def named_task(text: str, start: int, end: int, unit: tuple[int, int] | None) -> int:
    """Where a task's text starts when a line before its clause names it under a task label (a task card:
    ``任务名称⇥X`` or ``工作任务：X`` above ``牵头单位：…``): after the last such label; else ``start``.

    In a numbered unit (``unit``, its body) only when it holds several cards: one card under a heading (``（一）问题⏎整改
    措施：…⏎整改责任单位：X``) is the unit's one task, its text from the unit's start (GUIDE.md)."""
    if "\t" not in text[start:end] and "：" not in text[start:end]:
        return start
    cards = [m.end() for m in _TASK_LINE.finditer(text, *(unit or (start, end))) if _kind(m.group(1)) in _TASK_KINDS]
    found = [k for k in cards if start <= k <= end]
    return found[-1] if found and (unit is None or len(cards) > 1) else start
