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
from dataclasses import dataclass
from functools import cache

from ..data import rules
from ..model import Assignee, Span, Task, Unit, frozen
from .brackets import depth_split, parentheticals
from .spans import enclosing
from .structure import PathIndex, numbered_units
from .tables import table_tasks

__all__ = ["extract_tasks", "is_generic", "looks_like_unit", "parse_clause"]

_ROLE_ORDER = ("lead", "responsible", "support", "guide")


@dataclass(frozen=True)
class _Cues:
    role_suffixes: tuple[tuple[str, str], ...]  # (cue, role), longest first
    fields: tuple[tuple[str, str], ...]
    with_words: tuple[str, ...]
    prefixes: tuple[str, ...]
    strip: tuple[str, ...]
    explanations: tuple[str, ...]
    first_lead: tuple[re.Pattern[str], ...]
    same_below: tuple[str, ...]
    implicit: tuple[re.Pattern[str], ...]
    generic: tuple[re.Pattern[str], ...]
    suffixes: tuple[str, ...]
    field_line: re.Pattern[str]
    # Derived, for speed; each test below equals the plain loop over the lists above.
    role_by_length: tuple[tuple[int, dict[str, str]], ...]  # role cues by length, longest first
    role_ends: tuple[str, ...]  # every role cue (a fast "ends with any" test)
    plain_roles: frozenset[str]
    field_roles: dict[str, str]
    generic_any: re.Pattern[str] | None  # the generic patterns joined; None: test them one by one
    clause_words: re.Pattern[str] | None  # any role cue or field name; None: do not prefilter
    standing_any: re.Pattern[str] | None  # the standing rules joined; None: test them one by one
    same_below_words: tuple[re.Pattern[str], ...]
    field_line_at: re.Pattern[str]  # a field line from its start (field_line without the anchor)
    label_heads: tuple[tuple[str, str], ...]  # [field_labels] head words and their roles, longest first
    label_nouns: tuple[str, ...]
    label_persons: tuple[str, ...]
    not_in_name: re.Pattern[str]
    # Characters that make looks_like_unit False and that splitting a list never removes (not
    # separators, joiners or part of a word stripped off): a list holding one is no list of names.
    never_in_names: re.Pattern[str]


def _joined(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern that matches where any of ``patterns`` does; None when they cannot be joined.

    Named groups become plain groups (two patterns may name a group alike); a pattern that
    refers back to a group, or sets flags for the whole pattern, cannot be joined.
    """
    if any("(?P=" in p or re.search(r"\\[1-9]", p) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{_NAMED_GROUP.sub('(?:', p)})" for p in patterns) or "(?!)")
    except re.error:
        return None


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _label_patterns(r: dict[str, object]) -> tuple[str, str]:
    """The regex of a field label (no colon): for field lines (labels longer than 2 characters)
    and for fields inside a clause (every label of ``[fields]``, 牵头 too).

    A label is one of ``[fields]``, a head word of ``[field_labels]`` followed by up to ``between``
    characters and a noun (牵头考核单位), or a label that names people (牵头领导); each may carry
    its noun's alternative in brackets (责任部门（单位）).
    """
    fields = sorted(r["fields"], key=len, reverse=True)  # type: ignore[call-overload]
    spec = r["field_labels"]
    heads = sorted(spec["heads"], key=len, reverse=True)  # type: ignore[index]
    nouns = "|".join(re.escape(n) for n in sorted(spec["nouns"], key=len, reverse=True))  # type: ignore[index]
    persons = "|".join(re.escape(n) for n in sorted(spec["persons"], key=len, reverse=True))  # type: ignore[index]
    others = [re.escape(n) for n in sorted(spec["others"], key=len, reverse=True)]  # type: ignore[index]
    head_alt = "|".join(re.escape(h) for h in heads)
    general = rf"(?:{head_alt})[\u4e00-\u9fff]{{0,{int(spec['between'])}}}?(?:{nouns})"  # type: ignore[index]
    person = rf"[\u4e00-\u9fff]{{0,3}}?(?:{persons})"  # (not 加强组织领导：, a heading)
    tail = rf"(?:（(?:{nouns})）)?"

    def alt(names: list[str]) -> str:
        return "(?:" + "|".join([*(re.escape(n) for n in names), general, person, *others]) + ")" + tail

    return alt([f for f in fields if len(f) > 2]), alt(fields)


@cache
def _cues() -> _Cues:
    r = rules()
    pairs = [(cue, role) for role in _ROLE_ORDER for cue in r["roles"][role]]
    pairs.sort(key=lambda p: -len(p[0]))
    fields = sorted(r["fields"].items(), key=lambda p: -len(p[0]))
    line_label, _ = _label_patterns(r)
    by_length: dict[int, dict[str, str]] = {}
    for cue, role in pairs:
        by_length.setdefault(len(cue), {}).setdefault(cue, role)
    heads = r["field_labels"]["heads"]
    words = sorted({cue for cue, _ in pairs} | {f for f, _ in fields} | set(heads), key=len, reverse=True)
    # Standing rules blank words out with spaces and field gaps become "；": a cue holding one of
    # those could appear in the working copy without being in the clause, so do not prefilter then.
    blankable = any(ch in w for w in words for ch in " 　\t；")
    return _Cues(
        role_suffixes=tuple(pairs),
        fields=tuple(fields),
        with_words=tuple(r["clause"]["with_word"]),
        prefixes=tuple(sorted(r["clause"]["prefixes"], key=len, reverse=True)),
        strip=tuple(sorted(r["clause"]["strip"], key=len, reverse=True)),
        explanations=tuple(r["clause"]["explanations"]),
        first_lead=tuple(re.compile(p) for p in r["standing"]["first_lead"]),
        same_below=tuple(r["standing"]["same_below"]),
        implicit=tuple(re.compile(p) for p in r["standing"]["implicit"]),
        generic=tuple(re.compile(p) for p in r["generic"]["patterns"]),
        suffixes=tuple(sorted(r["units"]["suffixes"], key=len, reverse=True)),
        field_line=re.compile(rf"(?:^|(?<=[\n。；]))[ ]*(?:{line_label})[ ]*：", re.M),
        role_by_length=tuple(sorted(by_length.items(), reverse=True)),
        role_ends=tuple(cue for cue, _ in pairs),
        plain_roles=frozenset(r["roles"]["plain"]),
        field_roles=dict(fields),
        generic_any=_joined(r["generic"]["patterns"]),
        clause_words=None if blankable else re.compile("|".join(re.escape(w) for w in words)),
        standing_any=_joined(r["standing"]["implicit"] + r["standing"]["first_lead"]),
        same_below_words=tuple(re.compile(re.escape(w)) for w in r["standing"]["same_below"]),
        field_line_at=re.compile(rf"[ ]*(?:{line_label})[ ]*："),
        label_heads=tuple(sorted(heads.items(), key=lambda p: -len(p[0]))),
        label_nouns=tuple(r["field_labels"]["nouns"]),
        label_persons=tuple(r["field_labels"]["persons"]) + tuple(r["field_labels"]["others"]),
        not_in_name=re.compile(r["units"]["not_in_name"]),
        never_in_names=_never_in_names(r["clause"]["prefixes"] + r["clause"]["strip"]),
    )


_LABEL_BRACKET = re.compile(r"（[^（）]*）$")


def label_role(label: str) -> str | None:
    """The role of a field label: ``[fields]``, else its head word; ``""`` for a label naming people;
    None for a label that names no role.

    >>> label_role("牵头考核单位"), label_role("责任部门（单位）"), label_role("支撑单位"), label_role("牵头领导")
    ('lead', 'responsible', 'support', '')
    """
    cues = _cues()
    name = _LABEL_BRACKET.sub("", label.replace(" ", ""))
    role = cues.field_roles.get(name)
    if role is not None:
        return role
    if name.endswith(cues.label_persons):
        return ""
    if not name.endswith(cues.label_nouns):
        return None
    for head, role in cues.label_heads:
        if name.startswith(head):
            return role
    return None


def _never_in_names(words: list[str]) -> re.Pattern[str]:
    removable = set(_JOINERS + "　\n、,，以及等") | {ch for w in words for ch in w}
    chars = "".join(sorted(set("。；：:%“”《》") - removable))
    digits = "" if any(ch.isdigit() for ch in removable) else r"\d"
    return re.compile(f"[{re.escape(chars)}{digits}]" if chars or digits else "(?!)")


def is_generic(mention: str) -> bool:
    """A collective or unnamed assignee (有关部门, 各市、县（区）政府, 试点城市政府…).

    One search of the ``[generic]`` patterns joined as alternatives: it matches wherever one of
    them does (see :func:`_joined`).

    >>> is_generic("有关部门"), is_generic("各市、县（区）政府"), is_generic("国务院办公厅")
    (True, True, False)
    """
    cues = _cues()
    if cues.generic_any is None:
        return any(p.search(mention) for p in cues.generic)
    return cues.generic_any.search(mention) is not None


_TRAILING_BRACKET = re.compile(r"（[^（）]*）$|〔[^〔〕]*〕$")
_NOT_IN_UNIT = re.compile(r"[，。；：:\d%“”《》]")


def looks_like_unit(mention: str) -> bool:
    """Whether ``mention`` reads as the name of a body (by how it ends) or a collective."""
    if not 2 <= len(mention) <= 40:
        return False
    if _NOT_IN_UNIT.search(mention):
        return False
    if is_generic(mention):
        return True
    # "技工院校内由X负责" is a condition, not a name
    m = _TRAILING_BRACKET.sub("", mention)
    cues = _cues()
    return m.endswith(cues.suffixes) and not cues.not_in_name.search(m)


# ---------------------------------------------------------------------------------------------
# Clause parsing


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


_JOINERS = "、，,及和与 "
# A place level alone (各市, 有关设区市): it names a collective with the next piece (各市、县（区）政府).
_BARE_PLACE = re.compile(
    r"^(各|全|有关|相关|所在|沿线)?(省|市|县|区|设区市|设区的市|地|州|盟|地市|市州|乡|镇|乡镇|旗|县级市|县市|自治区|直辖市|"
    r"计划单列市)(级)?$"
)
# What the next piece of such a collective starts with: 县（区）政府, 县〔区〕人民政府, 县级市.
_PLACE_NEXT = re.compile(r"(?:县级市|(?:省|市|县|区|州|盟|旗|乡|镇|地|设区|自治|直辖|计划单列)(?![直属级]))")
# A kind of body alone after 和/及 (有关部门和单位): one collective, not two mentions.
_BARE_KIND = re.compile(r"^(单位|部门|机构|企业|组织|团体|人民团体|社会组织|地方|地区)$")


_TRIM_LEFT = _JOINERS + "　\n"
_TRIM_RIGHT = "、，, 　\n"


def _trim(s: str, start: int) -> tuple[str, int]:
    """Strip joiners and spaces at both ends; return the piece and its new start."""
    s2 = s.lstrip(_TRIM_LEFT)
    return s2.rstrip(_TRIM_RIGHT), start + len(s) - len(s2)


def _strip_words(piece: str, start: int) -> tuple[str, int]:
    """Strip clause prefixes and trailing words (and joiners) off a name; return it and its start."""
    cues = _cues()
    if not piece.startswith(cues.prefixes) and not piece.endswith(cues.strip):
        return _trim(piece, start)  # what the loop comes to when no word is there
    return _strip_words_loop(piece, start)


def _strip_words_loop(piece: str, start: int) -> tuple[str, int]:
    cues = _cues()
    changed = True
    while changed:
        changed = False
        for p in cues.prefixes:
            if piece.startswith(p) and len(piece) > len(p) + 1:
                piece, start = piece[len(p) :], start + len(p)
                changed = True
        for w in cues.strip:
            if piece.endswith(w) and len(piece) > len(w):
                piece = piece[: -len(w)]
                changed = True
        piece, start = _trim(piece, start)
    return piece, start


def _split_names(text: str, base: int) -> list[tuple[str, int, int]] | None:
    """Split a list of unit names; None when a piece is not a name."""
    text, base = _strip_words(text, base)
    if not text:
        return []
    pieces = [(text[a:b], base + a) for a, b in depth_split(text, "、,，")]
    merged: list[tuple[str, int]] = []
    carry: tuple[str, int] | None = None
    for piece, start in pieces:
        if carry is not None:
            # "各市、县（区）政府": a bare place word belongs to the next name, when that goes on
            # naming places (not 各市、省直有关部门)
            if _PLACE_NEXT.match(piece.lstrip(_TRIM_LEFT)):
                alone, _ = _trim(piece, start)
                piece, start = text[carry[1] - base : start - base + len(piece)], carry[1]
                if _BARE_PLACE.match(alone):  # 各省、自治区、直辖市人民政府: still a place level
                    carry = (piece, start)
                    continue
            else:
                merged.append(carry)
            carry = None
        bare, _ = _trim(piece, start)
        if _BARE_PLACE.match(bare):
            carry = (piece, start)
            continue
        merged.append((piece, start))
    if carry is not None:
        merged.append(carry)
    out: list[tuple[str, int, int]] = []
    for piece, start in merged:
        piece, start = _trim(piece, start)
        piece, start = _strip_words(piece, start)
        if not piece:
            continue
        for sub, s in _split_deng(piece, start):
            for sub2, s2 in _split_and(sub, s):
                sub2, s2 = _trim(sub2, s2)
                if sub2:
                    out.extend(_split_spaces(sub2, s2))
    if not out or not all(looks_like_unit(m) for m, _, _ in out):
        return None
    return out


_BODY_ONLY = re.compile(r"^(?:管委会|管理委员会|办公室|人民政府|政府|委员会|领导小组|指挥部|工作组|党委|党工委|分公司|公司)$")


def _split_spaces(name: str, start: int) -> list[tuple[str, int, int]]:
    """``市财政局 市商务局`` (units apart by spaces, as a cell's or a line's units are printed) as
    one mention each; a name broken by a space (``井冈山经开区 管委会``) stays one."""
    if " " not in name:
        return [(name, start, start + len(name))]
    parts: list[tuple[str, int, int]] = []
    pos = 0
    for piece in name.split(" "):
        if piece:
            if len(piece) < 3 or _BODY_ONLY.match(piece) or not looks_like_unit(piece):
                return [(name, start, start + len(name))]
            parts.append((piece, start + pos, start + pos + len(piece)))
        pos += len(piece) + 1
    return parts


_DENG = re.compile(r"等(?=(有关|相关|其他|其它|部门|单位|地方|各|和|及|与|$))")


def _split_deng(piece: str, start: int) -> list[tuple[str, int]]:
    """``X等有关部门`` -> X, 有关部门; ``X等`` -> X (a bare 等 adds nothing)."""
    m = _DENG.search(piece)
    if m is None:
        return [(piece, start)]
    left, right = piece[: m.start()], piece[m.end() :]
    out = [(left, start)] if left else []
    rs = start + m.end()
    right2, rs2 = _trim(right, rs)
    if right2:
        out.extend(_split_deng(right2, rs2))
    return out


_AND = re.compile(r"以及|和|及|与")


def _split_and(piece: str, start: int) -> list[tuple[str, int]]:
    """Split ``A和B`` only when both sides are names on their own (not 国家发展和改革委员会)."""
    suffixes = _cues().suffixes
    for m in _AND.finditer(piece):
        left, right = piece[: m.start()], piece[m.end() :]
        if _BARE_KIND.match(right) and is_generic(left):
            continue  # 有关部门和单位
        if left.endswith(suffixes) and len(left) >= 2 and looks_like_unit(right) and len(right) >= 2:
            return [(left, start), *_split_and(right, start + m.end())]
    return [(piece, start)]


def _role_suffix(segment: str) -> tuple[str, str, bool] | None:
    """``(cue, role, plain)`` when the segment ends with a role cue."""
    cues = _cues()
    if not segment.endswith(cues.role_ends):
        return None
    for length, roles in cues.role_by_length:  # the longest cue the segment ends with
        role = roles.get(segment[-length:])
        if role is not None:
            return segment[-length:], role, role in cues.plain_roles
    return None  # pragma: no cover - role_ends holds every cue


@cache
def _field_pattern() -> re.Pattern[str]:
    _, label = _label_patterns(rules())
    return re.compile(rf"[ ]*({label})[ ]*[：:][ ]*")


@cache
def _field_gap_pattern() -> re.Pattern[str]:
    label, _ = _label_patterns(rules())
    return re.compile(rf"[ 　\t]+(?=(?:{label})[ ]*[：:])")


def _field(segment: str) -> tuple[str, str, int] | None:
    """``(label, role, end of the label and colon)`` when the segment starts with a field label;
    role ``""`` for a label naming people (牵头领导：)."""
    m = _field_pattern().match(segment)
    if m is None:
        return None
    name = m.group(1)
    role = label_role(name)
    if role is None:
        return None
    return name, role, m.end()


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


def parse_bare_list(content: str, base: int = 0) -> Clause | None:
    """A parenthetical that is only a list of unit names, e.g. ``（省发展改革委、省财政厅）``.

    Read as responsible (plain, so a first-listed-is-lead rule applies); the caller accepts it only
    where a clause stands: closing a sentence that it follows, or, once the document has declared
    that the first-listed unit leads in every later clause (``下同``), closing any sentence.
    """
    cues = _cues()
    if cues.never_in_names.search(content) or content.strip().startswith(cues.explanations):
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


def parse_clause(content: str, base: int = 0) -> Clause | None:
    """Parse the inside of a parenthetical (or a field line); None when it is not a clause.

    >>> c = parse_clause("国家发展改革委会同有关部门负责")
    >>> [(a.mention, a.role) for a in c.assignees]
    [('国家发展改革委', 'lead'), ('有关部门', 'support')]
    """
    cues = _cues()
    stripped = content.strip()
    if not stripped or stripped.startswith(cues.explanations):
        return None
    if not _may_be_clause(content, cues):
        return None
    # Standing rules are read first and blanked out, so that their words are not names.
    work = content
    first_lead = same_below = False
    implicit: list[str] = []
    # (when the standing rules joined find nothing in the content, no rule does: skip them)
    if cues.standing_any is None or cues.standing_any.search(content) is not None:
        for pat in cues.implicit:
            for m in pat.finditer(work):
                implicit.append(m.group("who").strip())
                work = work[: m.start()] + " " * (m.end() - m.start()) + work[m.end() :]
        for pat in cues.first_lead:
            for m in pat.finditer(work):
                first_lead = True
                work = work[: m.start()] + " " * (m.end() - m.start()) + work[m.end() :]
    for word, pattern in zip(cues.same_below, cues.same_below_words, strict=True):
        if word not in work:  # the pattern is the word escaped: it matches where the word is
            continue
        for m in pattern.finditer(work):
            same_below = True
            work = work[: m.start()] + " " * (m.end() - m.start()) + work[m.end() :]

    # "牵头部门：X  配合部门：Y" on one line: the spaces before a field label end a segment
    work = _field_gap_pattern().sub(lambda m: "；" * len(m.group(0)), work)
    out: list[_Raw] = []
    pending: list[tuple[str, int, int]] = []
    field_role: tuple[str, bool] | None = None
    ok = True
    for a, b in depth_split(work, "，；。;\n"):
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
            names = _split_names(seg[cut:], s + cut)
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
            out.extend(_Raw(m, x, y, role, field_role[1]) for m, x, y in names)
            continue
        suf = _role_suffix(seg)
        if suf is not None:
            cue, role, plain = suf
            body = seg[: -len(cue)]
            field_role = None
            for w in cues.with_words:
                if w in body:
                    i = body.index(w)
                    left = _split_names(body[:i], s)
                    right = _split_names(body[i + len(w) :], s + i + len(w))
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


# ---------------------------------------------------------------------------------------------
# Finding clauses and cutting tasks


_LINE_SEPS = "\n。；"
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
            # the label starts at `start`: before it only spaces back to a separator or the start
            if start > 0 and text[start - 1] not in " " + _LINE_SEPS:
                continue
            t = start
            while t > 0 and text[t - 1] == " ":
                t -= 1
            if t > 0 and text[t - 1] not in _LINE_SEPS:
                continue
            m = cues.field_line_at.match(text, t)
            if m is not None and m.end() == colon + 1:
                out.append((t, m.end()))
                break
        colon = text.find("：", colon + 1)
    return out


def _at(clause: Clause, span: Span) -> Clause:
    """``dataclasses.replace(clause, span=span)``, without its overhead."""
    return Clause(span, clause.assignees, clause.first_lead, clause.same_below, clause.implicit)


# (one level of brackets inside: 【责任单位：省发展改革委，各市、县〔区〕政府】)
_SQUARE = re.compile(r"〔((?:[^〔〕（）\n]|（[^〔〕（）\n]*）|〔[^〔〕（）\n]*〕){2,300})〕")


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
        if clause is None and (end == len(text) or text[end] in "\n。；") and (
            lists_below or text[max(0, start - 1) : start] in ("。", "；")
        ):
            clause = parse_bare_list(content, start + 1)
        if clause is not None:
            found.append(_at(clause, Span(start, end)))
            lists_below = lists_below or (clause.first_lead and clause.same_below)
        elif "（" in content and not content.lstrip().startswith(cues.explanations):
            # （由各级复工复产牵头部门统筹协调，…（责任单位：X、Y））: a clause inside a group that is none
            groups.extend((start + 1 + a, start + 1 + b) for a, b in list(parentheticals(content))[::-1])
    # 【牵头单位：X；配合单位：Y】 or [X负责]: square brackets (normalised to 〔〕) around a clause
    if "〔" in text:
        # (the round-bracket clauses are outermost groups: in order and apart, one bisect tells)
        starts, ends = [c.span.start for c in found], [c.span.end for c in found]
        for m in _SQUARE.finditer(text):
            content = m.group(1)
            k = bisect.bisect_right(starts, m.start()) - 1
            if not _may_be_clause(content, cues) or (k >= 0 and m.start() < ends[k]):
                continue
            clause = parse_clause(content, m.start() + 1)
            if clause is not None and clause.assignees:
                found.append(_at(clause, Span(m.start(), m.end())))
    taken = [(c.span.start, c.span.end) for c in found]
    # Field lines: "牵头单位：X" / "责任单位：X、Y" / "配合单位：Z", consecutive lines form one clause.
    i = 0
    matches = _field_lines(text)
    while i < len(matches):
        start, m_end = matches[i]
        if any(a <= start < b for a, b in taken):
            i += 1
            continue
        end = enclosing(text, m_end, "\n", window=2000)[1]
        j = i + 1
        while j < len(matches) and text[end : matches[j][0]].strip(" \n") == "":
            end = enclosing(text, matches[j][1], "\n", window=2000)[1]
            j += 1
        body = text[start:end]
        # a field line ends at the sentence end
        stop = body.rstrip(" \n")
        trail = len(stop) - len(stop.rstrip("。；"))
        lead = len(body) - len(body.lstrip(" "))
        clause = parse_clause(stop[lead : len(stop) - trail], start + lead)
        if clause is not None and clause.assignees:
            found.append(_at(clause, Span(start + lead, start + len(stop))))
        i = j
    found.sort(key=lambda c: c.span.start)
    return found


_OPENERS = "（(〔【[［"  # a clause in brackets; a field line starts with its label

_LEADING = re.compile(r"^[\s，。；、：:！!？?）)\-—]+")


@cache
def _bracketed_label() -> re.Pattern[str]:
    _, alt = _label_patterns(rules())
    # (not after a name: 省发展改革委〔牵头〕 is a role in brackets)
    return re.compile(rf"(?<![\u4e00-\u9fff])〔({alt})〕([：:]?)")


def _unbracket_labels(text: str) -> str:
    """``【牵头单位】X`` (normalised to ``〔牵头单位〕X``) as the field line ``牵头单位： X``.

    The same length, so every offset stays where it was (the clause starts where 【 was).

    >>> _unbracket_labels("〔牵头单位〕省财政厅；〔配合单位〕：省商务厅")
    '牵头单位： 省财政厅；配合单位：  省商务厅'
    """
    if "〔" not in text:
        return text
    return _bracketed_label().sub(lambda m: m.group(1) + "：" + " " * (1 + len(m.group(2))), text)


def extract_tasks(text: str, units: tuple[Unit, ...] | None = None) -> tuple[Task, ...]:
    """Every task of a normalised document text, in reading order."""
    if units is None:
        units = numbered_units(text)
    text = _unbracket_labels(text)
    index = PathIndex(units)
    tasks: list[Task] = []
    prev_end = 0
    rule_first_lead = False
    rule_from: int | None = None  # where a first-listed-is-lead rule with 下同 starts to hold
    implicit_rule: list[str] = []
    for clause in _find_clauses(text):
        unit = index.unit_at(clause.span.start)
        start = max(prev_end, unit.body_start if unit is not None else 0)
        if start > clause.span.start:
            start = clause.span.start
        raw = text[start : clause.span.start]
        lead = _LEADING.match(raw)
        if lead:
            start += lead.end()
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
                rule_from = clause.span.end
            rule_first_lead = True
        if clause.implicit:
            implicit_rule = list(dict.fromkeys([*implicit_rule, *clause.implicit]))
        prev_end = clause.span.end
        if not assignees:
            continue
        tasks.append(
            Task(
                path=unit.path if unit is not None else (),
                text_span=Span(start, clause.span.start),
                clause_span=clause.span,
                assignees=tuple(assignees),
                form="clause" if text[clause.span.start] in _OPENERS else "field",
            )
        )
    rows = table_tasks(text, units, first_lead_from=rule_from)
    if rows:
        # a clause inside a table row (a cell that reads 省商务厅（牵头）) is the row's, read once
        starts = [t.text_span.start for t in rows]
        ends = [t.clause_span.end for t in rows]

        def in_row(pos: int) -> bool:
            k = bisect.bisect_right(starts, pos) - 1
            return k >= 0 and pos < ends[k]

        tasks = [t for t in tasks if not in_row(t.clause_span.start)]
    merged = sorted([*tasks, *rows], key=lambda t: (t.clause_span.start, t.text_span.start))
    # (each Task built anew with its ordinal: what dataclasses.replace does, without its overhead)
    return tuple(
        Task(t.path, t.text_span, t.clause_span, t.assignees, k, t.form, t.deadline)
        for k, t in enumerate(merged, start=1)
    )
