"""Parsing one responsibility clause: the inside of a parenthetical or a field line
(GUIDE.md "Tasks and assignees"): role words, field labels, 会同, standing rules.

>>> c = parse_clause("省发展改革委牵头，省财政厅、省科技厅配合")
>>> [(a.mention, a.role) for a in c.assignees]
[('省发展改革委', 'lead'), ('省财政厅', 'support'), ('省科技厅', 'support')]
>>> [(a.mention, a.role) for a in parse_clause("市自然资源局；市农业农村局配合").assignees]
[('市自然资源局', 'responsible'), ('市农业农村局', 'support')]
"""

from __future__ import annotations

import re
from functools import cache

from ..data import rules
from ..model import Span, frozen
from .brackets import depth_split
from .clause_fields import (  # noqa: F401  (re-exported: the names this module has always offered)
    _BLANKS_TABS,
    _PERSON_NOTE,
    _PERSON_SPACED,
    _PERSON_TITLE,
    _field,
    _field_pattern,
    _role_suffix,
    _without_persons,
)
from .clause_memo import offset_free
from .cues import _QUOTED_IN_NAME, _Cues, _cues, _label_patterns, is_generic, label_pair, with_persons
from .mentions import _split_names, _trim
from .prose_units import is_subject_unit
from .said_roles import said_at, said_parts, without_opener

__all__ = ["Clause", "parse_bare_list", "parse_clause"]


@frozen
class _Raw:
    mention: str
    start: int
    end: int
    role: str
    plain: bool  # the role came from plain 负责-type words (or a 责任单位 field)


@frozen
class Clause:
    """A parsed responsibility clause, offsets absolute."""

    span: Span
    assignees: tuple[_Raw, ...]
    first_lead: bool = False
    same_below: bool = False
    implicit: tuple[str, ...] = ()



def opens_explanation(content: str) -> bool:
    """A parenthetical that opens like an explanation (``[clause] explanations``: 以下简称…, 注：…), not a name that
    opens with such a character and ends with a role word (注册股负责, 即墨区人民政府负责, 指挥部办公室牵头).
    >>> opens_explanation("以下简称省发展改革委"), opens_explanation("注：下同"), opens_explanation("注册股负责")
    (True, True, False)"""
    stripped = content.strip()
    explanations = _cues().explanations
    if not stripped.startswith(explanations):  # (one test for all: most often none is there)
        return False
    word = next((w for w in explanations if stripped.startswith(w)), None)
    if word is None:
        return False
    return not (len(word) == 1 and "\u4e00" <= stripped[1:2] <= "\u9fff" and _role_suffix(stripped) is not None)


@cache
def _field_gap_pattern() -> re.Pattern[str]:
    label, _ = _label_patterns(rules(), gap=True)
    return re.compile(rf"[ 　\t]+(?=(?:{label})[ ]*[：:])")


@cache
def _role_gap_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c, _ in _cues().role_suffixes)  # (longest first)
    return re.compile(rf"({cues})([ 　]+)(?=[\u4e00-\u9fff])")


def _said_role(segment: str) -> tuple[int, int, str] | None:
    """``(where the list starts, where it ends, role)`` when the segment ends with 为 and a field label
    (X、Y为配合单位; 以X为牵头单位: the list after 以)."""
    if not segment.endswith(_cues().label_nouns):
        return None
    for i in range(1, len(segment) - 2):
        said = said_at(segment, i) if segment[i] in "为作" else None
        if said is not None and said[0] == len(segment):
            return without_opener(segment), i, said[1]
    return None


_EMPTIED = re.compile(r"[（(][；，, ]*[）)]")
# A bracket that closes a segment and is a clause itself (省财政厅负责〔省商务厅配合〕, 配合单位：X〔Y参与〕).
_INNER_GROUP = re.compile(r"(?:（[^（）〔〕]{2,200}）|〔[^（）〔〕]{2,200}〕)$")
# ... or a deadline, as a table's deadline cell holds one (省财政厅负责〔2024年底前完成〕): a remark, no name.
_INNER_DEADLINE = re.compile(rules()["tables"]["cells"]["deadline"])


def _names_nobody(note: str) -> bool:
    """A bracketed remark that holds no role word, field or standing rule and no unit's name anywhere
    (按要求报送, 约束性指标; not 含所属单位, 结果报省政府): it names nobody."""
    return not _may_be_clause(note, _cues()) and not any(
        is_subject_unit(note[i:j])[0] for i in range(len(note)) for j in range(i + 2, len(note) + 1))


def _open_inner_clauses(work: str) -> str:
    """Brackets read as separators where a segment that names units in a role (X负责, a field) ends with a
    bracketed clause: its units are the clause's too, in their own role (X responsible, Y support); or with
    a bracketed deadline that names no unit, or any remark that names nobody (〔按要求报送〕): a remark after
    the segment, as after a comma (X responsible)."""
    for a, b in depth_split(work, "，；。;\n"):
        m = _INNER_GROUP.search(work, a, b)
        head = _trim(work[a : m.start()], 0)[0] if m is not None else ""
        fld = _field(head) if head else None
        if m is None or not head or (_role_suffix(head) is None and (fld is None or not head[fld[2] :].strip())):
            continue
        inner = parse_clause(m.group()[1:-1])
        note = m.group()[1:-1]
        remark = len(m.group()) <= 42 and (
            (_INNER_DEADLINE.search(note) and _split_names(note, 0) is None)
            or (_role_suffix(head) is not None and _names_nobody(note)))  # (a field's X〔…〕 may be X's note: 各乡镇〔街道〕)
        if (inner is not None and inner.assignees) or remark:
            work = work[: m.start()] + "，" + work[m.start() + 1 : m.end() - 1] + "，" + work[m.end() :]
    return work



_BRACKET_ROLE = re.compile(r"^(.+?)[（〔]([^（）〔〕]{1,8})[）〕]$")


def _bracket_role(r: _Raw) -> _Raw:
    """``省商务厅（牵头）`` names 省商务厅 in the bracketed role (``[clause] bracket_roles``, or a
    role cue of ``[roles]``: ``市工信局（按职责分工负责）``)."""
    if "（" not in r.mention and "〔" not in r.mention:
        return r
    m = _BRACKET_ROLE.match(r.mention)
    if m is None:
        return r
    roles_ = rules()["clause"]["bracket_roles"]
    word = m.group(2)
    if word in roles_:
        role, plain = roles_[word], False
    else:
        found = _role_suffix(word)
        if found is None or found[0] != word:
            return r
        role, plain = found[1], found[2]
    name = m.group(1)
    return _Raw(name, r.start, r.start + len(name), role, plain)


def _paired(label: str, value: str, base: int) -> list[_Raw]:
    """``责任单位/配合单位：X/Y``: each part of the value, apart by the labels' slash, in its label's
    role (X responsible, Y support); [] when the label is no pair or the value has one part."""
    roles = label_pair(label)
    if roles is None:
        return []
    parts = depth_split(value, "".join(rules()["field_labels"]["pairs"]))
    if len(parts) != 2:
        return []
    out: list[_Raw] = []
    for (a, b), role in zip(parts, roles, strict=True):
        names = _split_names(value[a:b], base + a) or []
        out.extend(_Raw(m, x, y, role, role == "responsible") for m, x, y in names)
    return out


def _in_label(m: re.Match[str], work: str) -> bool:
    """Whether the blanks a gap pattern matched fall inside one field label (责任单位 及责任人：,
    配合 单位：): then they end no segment."""
    start = max(work.rfind(c, 0, m.start()) for c in "，；。;\n") + 1
    head = work[start : m.end()].lstrip()
    whole = _field(head + work[m.end() :]) if head else None
    return whole is not None and len(whole[0]) > len(_BLANKS_TABS.sub("", head))


def _with_right(body: str, at: int, base: int, words: tuple[str, ...]) -> list[tuple[str, int, int]] | None:
    """The units after a 会同 that starts at ``at``: a further 会同 among them is read as a joiner
    (X会同Y、Z会同有关部门: Y, Z and 有关部门 all support X, the first lead); None when a part names
    nobody or is no list of names."""
    cuts = sorted({j for w in words for j in (k.start() for k in re.finditer(re.escape(w), body)) if j >= at})
    out: list[tuple[str, int, int]] = []
    for j in [*cuts, len(body)]:
        part = _split_names(body[at:j], base + at)
        if part is None or (not part and j != len(body)):
            return None
        out.extend(part)
        at = j + next((len(w) for w in words if body.startswith(w, j)), 0)
    return out


def parse_bare_list(content: str, base: int = 0) -> Clause | None:
    """A parenthetical that is only a list of unit names, e.g. ``（省发展改革委、省财政厅）``.

    Read as responsible (plain, so a first-listed-is-lead rule applies); the caller accepts it only
    where a clause stands: closing a sentence that it follows, or, once the document has declared
    that the first-listed unit leads in every later clause (``下同``), closing any sentence.
    """
    cues = _cues()
    cut = max(content.rfind("，"), content.rfind("；"), content.rfind(","))
    tail = content[cut + 1 :]
    if cut > 0 and _INNER_DEADLINE.search(tail) and _split_names(tail, 0) is None:
        content = content[:cut]  # （X、Y，长期）, （X，2025年底前）: a deadline after the units, as a table's cell
    # (outside a quoted slogan, which a name may hold: 省推进“三地一区”建设领导小组)
    if cues.never_in_names.search(_QUOTED_IN_NAME.sub("", content)) or opens_explanation(content):
        return None  # a character no name holds survives the split into some name; 以下简称…
    names = _split_names(content, base)
    if not names or all(is_generic(m) for m, _, _ in names):
        return None
    raws = [_bracket_role(_Raw(m, a, b, "responsible", True)) for m, a, b in names]
    return Clause(span=Span(base, base + len(content)), assignees=tuple(raws))


def _may_be_clause(content: str, cues: _Cues) -> bool:
    """False when :func:`parse_clause` can only return None: the content holds no role cue and no
    field name (a clause needs one to name anybody) and no standing rule.

    The blanking of standing rules only turns characters into spaces, so when no rule matches the
    content, the working copy is the content and every cue found in it is in the content.
    """
    if cues.clause_words is None or cues.clause_words.search(content):
        return True
    if cues.standing_any is not None:
        return cues.standing_any.search(content) is not None
    return any(p.search(content) for p in cues.implicit) or any(p.search(content) for p in cues.first_lead)


def implicit_names(who: str) -> list[str]:
    """The units a standing rule names (``[standing] implicit``'s ``who``), split as a clause's list: 各地相关部门
    is one, 各市、县（市、区）政府 one, 省商务厅、各市县政府 two; the text kept whole when it is no list of names."""
    names = _split_names(who.strip(), 0)
    return [m for m, _, _ in names] if names else [who.strip()]


def _parse_clause(content: str, base: int = 0) -> Clause | None:
    """Parse the inside of a parenthetical (or a field line); None when it is not a clause.

    >>> c = parse_clause("国家发展改革委会同有关部门负责")
    >>> [(a.mention, a.role) for a in c.assignees]
    [('国家发展改革委', 'lead'), ('有关部门', 'support')]
    """
    cues = _cues()
    stripped = content.strip()
    if not stripped or opens_explanation(stripped):
        return None
    if not _may_be_clause(content, cues):
        return None
    # Standing rules are read first and blanked out with separators, so that their words are not
    # names and the names on either side stay apart (省下同省 is no name 省  省).
    work = content
    first_lead = same_below = False
    implicit: list[str] = []
    # (when the standing rules joined find nothing in the content, no rule does: skip them)
    if cues.standing_any is None or cues.standing_any.search(content) is not None:
        for pat in cues.implicit:
            for m in pat.finditer(work):
                implicit.extend(implicit_names(m.group("who")))
                work = work[: m.start()] + "；" * (m.end() - m.start()) + work[m.end() :]
        for pat in cues.first_lead:
            for m in pat.finditer(work):
                first_lead = True
                work = work[: m.start()] + "；" * (m.end() - m.start()) + work[m.end() :]
    for word, pattern in zip(cues.same_below, cues.same_below_words, strict=True):
        if word not in work:  # the pattern is the word escaped: it matches where the word is
            continue
        for m in pattern.finditer(work):
            same_below = True
            work = work[: m.start()] + "；" * (m.end() - m.start()) + work[m.end() :]

    if "：" in work or ":" in work:  # （分管领导：王某某）after a unit: blanked, as a person's field is no assignee
        work = _PERSON_NOTE.sub(lambda m: " " * len(m.group()), work)
    if work != content:  # 责任单位（排名第一的为牵头单位）：X、Y: a bracket emptied of its rule is no bracket
        work = _EMPTIED.sub(lambda m: " " * len(m.group()), work)
    # "牵头部门：X  配合部门：Y" on one line: the spaces before a field label end a segment
    work = _field_gap_pattern().sub(lambda m: m.group(0) if _in_label(m, work) else "；" * len(m.group(0)), work)
    # "X牵头　Y、Z配合": so do the spaces after a role word, before the next name
    if " " in work:
        work = _role_gap_pattern().sub(lambda m: m.group(0) if _in_label(m, work) else m.group(1) + "；" * len(m.group(2)), work)
    if "〔" in work or "（" in work:
        work = _open_inner_clauses(work)
    out: list[_Raw] = []
    pending: list[tuple[str, int, int]] = []
    field_role: tuple[str, bool] | None = None
    ok = True
    for a, b in (p for q in depth_split(work, "，；。;\n") for p in said_parts(work, *q)):
        seg, s = _trim(work[a:b], base + a)
        if not seg:
            continue
        fld = _field(seg)
        if fld is not None and not fld[1]:
            field_role = ("", False)  # 牵头领导：张三 names people: skip them up to the next label
            pending = []
            continue
        if fld is not None:
            _, role, cut = fld
            # 市交通运输局；配合单位：Y — units printed before the first label, without role words, are
            # responsible as a bare list is
            out.extend(_Raw(m, x, y, "responsible", True) for m, x, y in pending)
            pending = []
            value = seg[cut:]
            persons = with_persons(fld[0].replace(" ", "")) is not None  # 责任单位及责任人：
            if persons:  # 县教育局局长王五: the title and name of the unit's head are no name
                value = _PERSON_TITLE.sub(lambda p: " " * len(p.group()), value)
                value = _PERSON_SPACED.sub(lambda p: " " * len(p.group()), value)  # X　张某某
            names = _split_names(value, s + cut)
            field_role = (role, role == "responsible")
            if names is None:
                # "责任单位：省发展改革委牵头，省财政厅配合": the role word wins over the field's
                suf = _role_suffix(seg[cut:])
                names = _split_names(seg[cut : len(seg) - len(suf[0])], s + cut) if suf is not None else None
                if suf is None or not names:
                    ok = False
                    continue
                out.extend(_Raw(m, x, y, suf[1], suf[2]) for m, x, y in names)
                continue
            if persons:  # 责任单位及责任人：X（张三）
                names = [_without_persons(m, x) for m, x, _ in names]
            out.extend(_paired(fld[0], value, s + cut) or [_Raw(m, x, y, role, field_role[1]) for m, x, y in names])
            continue
        said = _said_role(seg)  # X、Y为配合单位
        if said is not None:
            names = _split_names(seg[said[0] : said[1]], s + said[0])
            if names:
                field_role = None
                out.extend(_Raw(m, x, y, said[2], said[2] == "responsible") for m, x, y in pending + names)
                pending = []
                continue
        suf = _role_suffix(seg)
        if suf is not None:
            cue, role, plain = suf
            body = seg[: -len(cue)]
            if pending and role in ("support", "guide") and not out and field_role is None:
                # （X；Y配合）, （X，Y指导）: the units listed before, with no role word of their own, are the ones
                # responsible, not partners of the units that follow
                out.extend(_Raw(m, x, y, "responsible", True) for m, x, y in pending)
                pending = []
            field_role = None
            for w in cues.with_words:
                if w in body:
                    i = body.index(w)
                    led = _role_suffix(body[:i])  # X牵头会同Y负责: X leads all the same
                    left = _split_names(body[: i - len(led[0])] if led and led[1] == "lead" else body[:i], s)
                    right = _with_right(body, i + len(w), s, cues.with_words)
                    if left is None or right is None or not left:
                        ok = False
                        break
                    out.extend(_Raw(m, x, y, "lead", False) for m, x, y in pending + left)
                    out.extend(_Raw(m, x, y, "support", False) for m, x, y in right)
                    pending = []
                    break
            else:
                names = _split_names(body, s)
                if names is None or (not names and not pending):
                    ok = False
                    continue
                out.extend(_Raw(m, x, y, role, plain) for m, x, y in pending + names)
                pending = []
            continue
        names = _split_names(seg, s)
        if names is None:
            # Deadlines and remarks inside a clause ("2020年底前完成") are not names.
            continue
        if field_role is not None:
            if field_role[0]:
                out.extend(_Raw(m, x, y, field_role[0], field_role[1]) for m, x, y in names)
        else:
            pending.extend(names)
    if out and pending:  # 省财政厅为牵头单位，省教育厅: units after the roles, with none of their own
        out.extend(_Raw(m, x, y, "responsible", True) for m, x, y in pending)
    elif pending and first_lead and ok and all(re.sub("（[^（）]*）$", "", m).endswith(cues.suffixes)
                                                and _field(m + "：") is None for m, _, _ in pending):
        # （X、Y、Z，排在第一位的为牵头单位，下同）: the rule's own bare list of units (round 191); 各项任务中 names none,
        # nor a label's name (（责任单位排名第一的为牵头单位）)
        out.extend(_Raw(m, x, y, "responsible", True) for m, x, y in pending)
    out = [_bracket_role(r) for r in out]
    if not out:
        if implicit and not ok:
            return None
        if not implicit and not first_lead:
            return None
    if not ok and not out:
        return None
    return Clause(
        span=Span(base, base + len(content)),
        assignees=tuple(out),
        first_lead=first_lead,
        same_below=same_below,
        implicit=tuple(implicit),
    )


parse_clause = offset_free(_parse_clause)  # remembered by content, the offsets moved (graph.extract.clause_memo)
