"""Tasks and their assignees (GUIDE.md "Tasks and assignees").

Two passes over the normalised text: find responsibility clauses (parentheticals and labelled
field lines), then cut the task text before each clause. Cue words come from ``rules.toml``.

>>> t = "（一）推进改革。开展试点。（省发展改革委牵头，省财政厅、省科技厅配合）"
>>> [(a.mention, a.role) for a in extract_tasks(t)[0].assignees]
[('省发展改革委', 'lead'), ('省财政厅', 'support'), ('省科技厅', 'support')]
"""

from __future__ import annotations

import bisect
import re

from ..model import Assignee, Span, Task, Unit
from .bare_lists import stands_as_clause
from .brackets import parentheticals
from .clauses import (  # noqa: F401  (re-exported: the names this module has always offered)
    _BRACKET_ROLE,
    Clause,
    _bracket_role,
    _field,
    _field_gap_pattern,
    _field_pattern,
    _may_be_clause,
    _Raw,
    _role_suffix,
    implicit_names,
    opens_explanation,
    parse_bare_list,
    parse_clause,
)
from .cues import (  # noqa: F401  (re-exported)
    _JOINERS,
    _LABEL_BRACKET,
    _NAMED_GROUP,
    _NOT_IN_UNIT,
    _ROLE_ORDER,
    _TRAILING_BRACKET,
    _Cues,
    _cues,
    _joined,
    _label_patterns,
    _never_in_names,
    is_generic,
    label_role,
    looks_like_unit,
)
from .field_lines import (  # noqa: F401  (re-exported)
    _LINE_MARKS,
    _LINE_SEPS,
    _MARKS_AFTER_BREAK,
    _bracketed_label,
    _field_lines,
    _spaced_label,
    _tab_label,
    _trimmed_end,
    _unbracket_labels,
    _untab_labels,
    clause_first_spans,
    named_task,
)
from .item_clauses import first_field as _first_field
from .item_clauses import item_tails
from .mark_tables import mark_legends
from .marked_leads import lead_marked, unmark
from .mentions import (  # noqa: F401  (re-exported)
    _AND,
    _BARE_KIND,
    _BARE_PLACE,
    _BODY_ONLY,
    _DENG,
    _PLACE_NEXT,
    _TRIM_LEFT,
    _TRIM_RIGHT,
    _split_and,
    _split_deng,
    _split_names,
    _split_spaces,
    _strip_words,
    _strip_words_loop,
    _trim,
)
from .row_numbers import row_ends
from .spans import enclosing
from .structure import PathIndex, numbered_units
from .table_headers import cell_row_above
from .tables import table_rows, table_tasks

__all__ = ["extract_tasks", "is_generic", "looks_like_unit", "parse_clause"]


# ---------------------------------------------------------------------------------------------
# Finding clauses and cutting tasks


_LINE_OF_NAMES = 40  # a line of units after a label alone on its line is no longer


def _at(clause: Clause, span: Span) -> Clause:
    """``dataclasses.replace(clause, span=span)``, without its overhead."""
    return Clause(span, clause.assignees, clause.first_lead, clause.same_below, clause.implicit)


# (one level of brackets inside: 【责任单位：省发展改革委，各市、县〔区〕政府】)
_SQUARE = re.compile(r"〔((?:[^〔〕（）\n]|（[^〔〕（）\n]*）|〔[^〔〕（）\n]*〕){2,300})〕")


# (after the sentence's 。 or ；, the units alone up to the line's end: a 工作要点's item closed by its units)
_DASH_CLAUSE = re.compile(
    r"(?<=[。；])[ ]*(——)[ ]*((?:[^\n。；—（）〔〕]|（[^（）\n]*）|〔[^〔〕\n]*〕){2,120}?)[。；]?[ ]*(?=\n|$)")


def _text_after(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """A clause right after its unit's label (``1.（X负责，Y配合）推进…``) has no text before it: the task is the
    text after it on its line (docs/readings.md). Else the empty span stands."""
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    lead = _LEADING.match(text[at:stop])
    first = at + (lead.end() if lead else 0)
    return (first, _trimmed_end(text, first, stop)) if first < stop else (start, end)


def _find_clauses(text: str) -> list[Clause]:
    found: list[Clause] = []
    cues = _cues()
    lists_below = False  # a clause has declared the first-listed unit the lead of every later list
    groups = list(parentheticals(text))[::-1]  # a stack: the next group last
    while groups:
        start, end = groups.pop()
        content = text[start + 1 : end - 1]
        # parse_clause finds nothing where no cue word and no standing rule is (see _may_be_clause)
        clause = parse_clause(content, start + 1) if _may_be_clause(content, cues) else None
        if clause is None and (end == len(text) or text[end] in "\n。；"):
            bare = parse_bare_list(content, start + 1)
            names = [a.mention for a in bare.assignees] if bare is not None else []
            if bare is not None and (lists_below or stands_as_clause(text, start, end, names)):
                clause = bare
        if clause is not None:
            found.append(_at(clause, Span(start, end)))
            lists_below = lists_below or (clause.first_lead and clause.same_below)
        elif "（" in content and not opens_explanation(content):
            # （由各级复工复产牵头部门统筹协调，…（责任单位：X、Y））: a clause inside a group that is none
            groups.extend((start + 1 + a, start + 1 + b) for a, b in list(parentheticals(content))[::-1])
    # 【牵头单位：X；配合单位：Y】 or [X负责]: square brackets (normalised to 〔〕) around a clause
    if "〔" in text:
        # (the round-bracket clauses are outermost groups: in order and apart, one bisect tells)
        starts, ends = [c.span.start for c in found], [c.span.end for c in found]
        for m in _SQUARE.finditer(text):
            content = m.group(1)
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < ends[k]:
                continue
            clause = parse_clause(content, m.start() + 1) if _may_be_clause(content, cues) else None
            if clause is None and (m.end() == len(text) or text[m.end()] in "\n。；"):  # 〔X、Y〕 as （X、Y）
                bare = parse_bare_list(content, m.start() + 1)
                names = [a.mention for a in bare.assignees] if bare is not None else []
                clause = bare if bare is not None and stands_as_clause(text, m.start(), m.end(), names) else None
            if clause is not None and clause.assignees:
                found.append(_at(clause, Span(m.start(), m.end())))
    # 。——X牵头，Y配合 / 。——X、Y: the units after a dash that closes a sentence, up to the line's end
    if "——" in text:
        for m in _DASH_CLAUSE.finditer(text):
            content = m.group(2)
            clause = parse_clause(content, m.start(2)) if _may_be_clause(content, cues) else None
            clause = clause if clause is not None and clause.assignees else parse_bare_list(content, m.start(2))
            if clause is not None and clause.assignees:
                found.append(_at(clause, Span(m.start(1), m.end(2))))
    for at, first, content in item_tails(text):  # 1.推进…体系——X负责 / …人员：X、Y负责
        if any(c.span.start <= at < c.span.end for c in found) or not _may_be_clause(content, cues):
            continue
        clause = parse_clause(content, first)
        if clause is not None and clause.assignees:
            found.append(_at(clause, Span(at, first + len(content))))
    for a, b in clause_first_spans(text):  # 1.【牵头单位】X【配合单位】Y 推进…: the fields before the item's text
        clause = parse_clause(text[a:b], a)
        if clause is not None and clause.assignees:
            found.append(_at(clause, Span(a, b)))
    taken = [(c.span.start, c.span.end) for c in found]
    # Field lines: "牵头单位：X" / "责任单位：X、Y" / "配合单位：Z", consecutive lines form one clause.
    i = 0
    matches = _field_lines(text)
    while i < len(matches):
        start, m_end = matches[i]
        if any(a <= start < b for a, b in taken):
            i += 1
            continue
        end = _field_end(text, m_end, matches[i + 1][0] if i + 1 < len(matches) else len(text))
        j = i + 1
        # (a tab before the next label indents its line: 牵头单位：X ⏎ ⇥配合单位：Y is one clause)
        while j < len(matches) and text[end : matches[j][0]].strip(" \n\t" + _LINE_MARKS) == "":
            end = _field_end(text, matches[j][1], matches[j + 1][0] if j + 1 < len(matches) else len(text))
            j += 1
        body = text[start:end]
        # a field line ends at the sentence end (and before an empty cell: 1⇥任务⇥牵头单位：X⇥)
        stop = body.rstrip(" \n\t")
        trail = len(stop) - len(stop.rstrip("。；"))
        lead = len(body) - len(body.lstrip(" "))
        content = _MARKS_AFTER_BREAK.sub(lambda m: " " * len(m.group()), stop[lead : len(stop) - trail])
        clause = parse_clause(content, start + lead)  # (◆牵头单位：X ⏎ ◆配合单位：Y: the marks blanked)
        if clause is not None and clause.assignees:
            found.append(_at(clause, Span(start + lead, start + len(stop))))
        i = j
    found.sort(key=lambda c: (c.span.start, -c.span.end))
    # a clause inside another that names its units too (〔X负责（Y配合）〕, 配合单位：X〔Y参与〕 on a line): one clause
    return [c for i, c in enumerate(found) if not c.assignees or not any(o.span.start <= c.span.start and c.span.end <= o.span.end
            and {a.mention for a in c.assignees} <= {a.mention for a in o.assignees} for o in found[max(0, i - 4) : i])]


def _field_end(text: str, colon_end: int, next_field: int) -> int:
    """Where the field whose label ends at ``colon_end`` ends: its line's end, or the next line's
    when the label stands alone on its line (责任单位：⏎市政务服务中心、市司法局) and no field comes next, or the
    last of the indented lines of units under its own (责任单位：X⏎　　Y)."""
    end = enclosing(text, colon_end, "\n", window=2000)[1]
    if text[colon_end:end].strip(" \n") == "" and end < next_field:
        after = enclosing(text, min(end + 1, len(text)), "\n", window=2000)[1]
        for _ in range(2):  # 责任单位：⏎⏎X: a text printed with a blank line between its lines
            if text[end:after].strip() or after >= min(next_field, len(text)):
                break
            after = enclosing(text, min(after + 1, len(text)), "\n", window=2000)[1]
        if after <= next_field and text[end:after].strip():
            # 责任单位：⏎X⏎Y: a unit on each of the next lines, while a line is only names
            while after < next_field:
                nxt = enclosing(text, after + 1, "\n", window=2000)[1]
                line = text[after + 1 : nxt].strip()
                if nxt > next_field or not line or len(line) > _LINE_OF_NAMES or not _split_names(line, 0):
                    break
                after = nxt
            return after
    # 责任单位：X⏎　　　　　Y⏎　　　　　Z: units indented to stand under X (not a signature indented further)
    width = colon_end - enclosing(text, colon_end, "\n", window=2000)[0]
    while end < next_field and text.startswith(" ", end + 1):
        nxt = enclosing(text, end + 1, "\n", window=2000)[1]
        line = text[end + 1 : nxt].strip()
        indent = len(text[end + 1 : nxt]) - len(text[end + 1 : nxt].lstrip(" "))
        if nxt > next_field or not line or len(line) > _LINE_OF_NAMES or not _split_names(line, 0) or not (
                width - 1 <= indent <= width + 1):
            break
        end = nxt
    return end


_OPENERS = "（(〔【[［"  # a clause in brackets; a field line starts with its label
_GAP = " \u3000\n"  # what may stand between two bracketed clauses of one task: blanks, a line end (a clause wrapped)

_LEADING = re.compile(r"^(?:[\s，。；、：:！!？?）)\-—]|\d{1,3}\t)+")  # (and a row's serial cell: 2⇥改造…)


def _row_cell_above(text: str, start: int, at: int) -> tuple[int, int] | None:
    r"""A field line at the start of a line right under a table row after ``start`` (the task's row, then a
    row merged across holding its units: ``1⇥建设…⇥2024年12月⏎牵头单位：X；配合单位：Y``): the row's longest cell,
    its task cell, as (start, end); else None.

    >>> t = "序号\t重点任务\t完成时限\n1\t建设产业园\t2024年\n牵头单位：市发改委"
    >>> a, b = _row_cell_above(t, 0, t.index("牵头"))
    >>> t[a:b]
    '建设产业园'
    """
    if at == 0 or text[at - 1] != "\n":
        return None
    row = text.rfind("\n", 0, at - 1) + 1
    if row < start or "\t" not in text[row : at - 1]:
        return None
    best, pos = (0, 0), row
    for piece in text[row : at - 1].split("\t"):
        a = pos + len(piece) - len(piece.lstrip())
        b = pos + len(piece.rstrip())
        if b - a > best[1] - best[0]:
            best = (a, b)
        pos += len(piece) + 1
    return best if best[1] > best[0] else None


def _first_lead_note(text: str) -> int | None:
    """The end of the first line that states the first-listed-is-lead rule for what follows (``[standing]
    first_lead`` with ``same_below``) outside any clause: a note above a task table (注：责任单位中排在第一位的为
    牵头单位，下同。). None when no line does."""
    cues = _cues()
    if not cues.standing_gate(text) or cues.standing_any is None or cues.standing_any.search(text) is None:
        return None
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if any(w in line for w in cues.same_below) and any(p.search(line) for p in cues.first_lead):
            return end
        pos = end + 1
    return None


def _implicit_notes(text: str) -> list[tuple[int, str]]:
    """Standing rules of an implicit assignee (``[standing] implicit``) stated in the text, outside or inside a
    clause (以下各项任务均需各市、县（市、区）政府落实，不再列出。): (where the rule ends, a unit it names), in order."""
    cues = _cues()
    if not cues.standing_gate(text) or cues.standing_any is None or cues.standing_any.search(text) is None:
        return []
    found = [(m.end(), who) for p in cues.implicit for m in p.finditer(text) for who in implicit_names(m.group("who"))]
    return sorted(found, key=lambda x: x[0])


def extract_tasks(text: str, units: tuple[Unit, ...] | None = None, repeated: bool = False) -> tuple[Task, ...]:
    """Every task of a normalised document text, in reading order."""
    if units is None:
        units = numbered_units(text)
    legends = mark_legends(text)  # (a mark table's legend, ★为牵头单位，√为责任单位: read before unmark blanks it)
    text, marks = unmark(_untab_labels(_unbracket_labels(text)))  # （责任单位：X*、Y；带*的为牵头单位）
    index = PathIndex(units)
    tasks: list[Task] = []
    prev_end = 0
    rule_from = _first_lead_note(text)  # where a first-listed-is-lead rule with 下同 starts to hold
    rule_first_lead = False
    implicit_rule: list[str] = []
    notes = _implicit_notes(text)  # (a rule in running text holds for the clauses after it)
    table = table_rows(text, repeated, legends)
    row_starts, row_stops = row_ends(table)  # (a task table ends as a clause does: the text after it starts there)
    for clause in _find_clauses(text):
        last_end = prev_end
        while notes and notes[0][0] <= clause.span.start:
            implicit_rule = list(dict.fromkeys([*implicit_rule, notes.pop(0)[1]]))
        if rule_from is not None and clause.span.start >= rule_from:
            rule_first_lead = True  # (a note line before the clause stated the rule for all below)
        unit = index.unit_at(clause.span.start)
        start = max(prev_end, unit.body_start if unit is not None else 0)
        if start > clause.span.start:
            start = clause.span.start
        k = bisect.bisect_right(row_stops, clause.span.start) - 1
        if k >= 0 and row_stops[k] > start and bisect.bisect_right(row_starts, clause.span.start) == k + 1:
            start = row_stops[k]  # a clause paragraph right after a task table (no row of it holds the clause)
        row = text.rfind("\n", 0, clause.span.start) + 1  # a label in a table row's cell (1⇥任务⇥牵头单位：X): the row
        if "\t" in text[row : clause.span.start] and row > start:
            start = row
        raw = text[start : clause.span.start]
        lead = _LEADING.match(raw)
        if lead:
            start += lead.end()
        start = named_task(text, start, clause.span.start, (unit.body_start, unit.span.end) if unit is not None else None)
        end = _trimmed_end(text, start, clause.span.start)
        start, end = (_row_cell_above(text, last_end, clause.span.start)
                      or cell_row_above(text, last_end, clause.span.start) or (start, end))
        if end <= start and (text[clause.span.start] in _OPENERS or _first_field(text, clause.span.start)):
            start, end = _text_after(text, clause.span.end, start, end)
        raws = list(clause.assignees)
        first_lead = clause.first_lead or rule_first_lead
        if first_lead and raws and all(r.plain for r in raws):
            raws = [_Raw(r.mention, r.start, r.end, "lead" if k == 0 else "responsible", r.plain) for k, r in enumerate(raws)]
        assignees = [
            Assignee(r.mention, r.role, is_generic(r.mention), False, Span(r.start, r.end)) for r in raws
        ]
        named = {a.mention for a in assignees}
        for who in implicit_rule:
            if who not in named:
                assignees.append(Assignee(who, "responsible", is_generic(who), True, None))
        if clause.first_lead and clause.same_below:
            if not rule_first_lead:
                rule_from = clause.span.end if rule_from is None else min(rule_from, clause.span.end)
            rule_first_lead = True
        if clause.implicit:
            implicit_rule = list(dict.fromkeys([*implicit_rule, *clause.implicit]))
        prev_end = clause.span.end
        if not assignees:
            continue
        last = tasks[-1] if tasks else None
        if (
            last is not None
            and last.clause_span.end == last_end
            and text[last.clause_span.start] in _OPENERS
            and text[clause.span.start] in _OPENERS
            and not text[last_end : clause.span.start].strip(_GAP)
        ):
            # （牵头单位：X）（配合单位：Y）: brackets side by side, nothing between (or a line end: the second has no
            # task text of its own), are one clause of one task
            tasks[-1] = Task(last.path, last.text_span, Span(last.clause_span.start, clause.span.end),
                             (*last.assignees, *assignees), form=last.form)
            continue
        tasks.append(
            Task(
                path=unit.path if unit is not None else (),
                text_span=Span(start, end),
                clause_span=clause.span,
                assignees=tuple(assignees),
                form="clause" if text[clause.span.start] in _OPENERS + "—" else "field",
            )
        )
    rows = table_tasks(text, units, first_lead_from=rule_from, repeated=repeated, legends=legends, rows=table)
    if rows:
        # a clause inside a table row (a cell that reads 省商务厅（牵头）) is the row's, read once
        starts = [t.text_span.start for t in rows]
        ends = [t.clause_span.end for t in rows]

        def in_row(pos: int) -> bool:
            k = bisect.bisect_right(starts, pos) - 1
            return k >= 0 and pos < ends[k]

        tasks = [t for t in tasks if not in_row(t.clause_span.start)]
    merged = sorted(lead_marked([*tasks, *rows], marks), key=lambda t: (t.clause_span.start, t.text_span.start))
    # (each Task built anew with its ordinal: what dataclasses.replace does, without its overhead)
    return tuple(
        Task(t.path, t.text_span, t.clause_span, t.assignees, k, t.form, t.deadline)
        for k, t in enumerate(merged, start=1)
    )
