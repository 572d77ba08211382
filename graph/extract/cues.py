"""The cue words of responsibility clauses (``rules.toml``), compiled once, and the tests on
mentions built from them: field labels and their roles, collectives, names of units.

Shared by clause parsing, task-division tables and the task finder (GUIDE.md "Tasks and
assignees").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import rules
from ..literals import Gate
from ..model import ROLES
from .name_numbers import without_number_names
from .town_names import is_town_opening_with_preposition

__all__ = ["is_generic", "label_pair", "label_role", "looks_like_unit"]

_ROLE_ORDER = ROLES


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
    standing_gate: Gate  # False for a text none of the standing rules can match in (graph.literals)
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


def _label_patterns(r: dict[str, object], gap: bool = False) -> tuple[str, str]:
    """The regex of a field label (no colon): for field lines (labels longer than 2 characters)
    and for fields inside a clause (every label of ``[fields]``, 牵头 too).

    A label is one of ``[fields]``, a head word of ``[field_labels]`` followed by up to ``between``
    characters and a noun (牵头考核单位), or a label that names people (牵头领导); each may carry
    its noun's alternative in brackets (责任部门（单位）).
    """
    fields = sorted(r["fields"], key=len, reverse=True)  # type: ignore[call-overload]
    spec = r["field_labels"]
    heads = sorted(spec["heads"], key=len, reverse=True)  # type: ignore[index]
    nouns = "|".join(re.escape(n) for n in sorted(_noun_forms(spec["nouns"]), key=len, reverse=True))  # type: ignore[index]
    quals = "|".join(re.escape(q) for q in spec["qualifiers"])  # type: ignore[index]
    persons = "|".join(re.escape(n) for n in sorted(spec["persons"], key=len, reverse=True))  # type: ignore[index]
    others = [re.escape(n) for n in sorted(spec["others"], key=len, reverse=True)]  # type: ignore[index]
    head_alt = "|".join(re.escape(h) for h in heads)
    general = rf"(?:{quals})?(?:{head_alt})[\u4e00-\u9fff]{{0,{int(spec['between'])}}}?(?:{nouns})"  # type: ignore[index]
    person = rf"[\u4e00-\u9fff]{{0,3}}?(?:{persons})"  # (not 加强组织领导：, a heading)
    # 责任部门（单位）; or a role in brackets (责任单位（牵头）：, 责任单位（配合）：)
    roles = "|".join(re.escape(w) for w in sorted(r["clause"]["bracket_roles"], key=len, reverse=True))  # type: ignore[index]
    # ... or the first-listed-is-lead rule (责任单位（排名第一的为牵头单位）：, 责任单位（排在第一位的为牵头单位，下同）：)
    standing = r["standing"]
    lead_rule = "|".join(f"(?:{p})" for p in standing["first_lead"])  # type: ignore[index]
    below = "|".join(re.escape(w) for w in standing["same_below"])  # type: ignore[index]
    tail = rf"(?:（(?:{nouns}|{roles}|(?:{lead_rule})(?:[，,](?:{below}))?)）)?"

    joins = "|".join(re.escape(j) for j in spec["with_persons"])  # type: ignore[index]
    field_alt = "|".join(re.escape(n) for n in fields)

    slash = "|".join(re.escape(j) for j in spec["pairs"])  # type: ignore[index]

    def alt(names: list[str]) -> str:
        # 责任单位及责任人: a unit label with a person label after it
        both = rf"(?:{field_alt}|{general})(?:{joins})(?:{persons}|{'|'.join(others)})"  # (…及完成时限)
        pair = rf"(?:{field_alt}|{general})(?:{slash})(?:{field_alt}|{general})"  # 责任单位/配合单位
        return "(?:" + "|".join([both, pair, *(re.escape(n) for n in names), general, person, *others]) + ")" + tail

    short = set(spec["short_on_line"])  # type: ignore[index]  # 牵头：X on its own line, or after spaces
    if gap:  # ... and 责任：Y after spaces only (``gap``: the labels a gap of spaces may open)
        short |= set(spec["short_after_gap"])  # type: ignore[index]
    return alt([f for f in fields if len(f) > 2 or f in short]), alt(fields)


@cache
def _cues() -> _Cues:
    r = rules()
    pairs = [(cue, role) for role in _ROLE_ORDER for cue in r["roles"][role]]
    pairs.sort(key=lambda p: -len(p[0]))
    fields = sorted(r["fields"].items(), key=lambda p: -len(p[0]))
    line_label, _ = _label_patterns(r)
    marks = re.escape(r["field_labels"]["line_marks"])  # (◆牵头单位：X, ——责任单位：X)
    by_length: dict[int, dict[str, str]] = {}
    for cue, role in pairs:
        by_length.setdefault(len(cue), {}).setdefault(cue, role)
    heads = r["field_labels"]["heads"]
    words = sorted({cue for cue, _ in pairs} | {f for f, _ in fields} | set(heads), key=len, reverse=True)
    # Standing rules blank words out with spaces and field gaps become "；": a cue holding one of
    # those could appear in the working copy without being in the clause, so do not prefilter then.
    blankable = any(ch in w for w in words for ch in " 　\t；")
    standing_any = _joined(r["standing"]["implicit"] + r["standing"]["first_lead"])
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
        field_line=re.compile(rf"(?:^|(?<=[\n。；\t]))[ {marks}]*(?:{line_label})[ ]*：", re.M),
        role_by_length=tuple(sorted(by_length.items(), reverse=True)),
        role_ends=tuple(cue for cue, _ in pairs),
        plain_roles=frozenset(r["roles"]["plain"]),
        field_roles=dict(fields),
        generic_any=_joined(r["generic"]["patterns"]),
        clause_words=None if blankable else re.compile("|".join(re.escape(w) for w in words)),
        standing_any=standing_any,
        standing_gate=Gate(standing_any.pattern if standing_any is not None else ""),
        same_below_words=tuple(re.compile(re.escape(w)) for w in r["standing"]["same_below"]),
        field_line_at=re.compile(rf"[ {marks}]*(?:{line_label})[ ]*："),
        label_heads=tuple(sorted(heads.items(), key=lambda p: -len(p[0]))),
        label_nouns=tuple(r["field_labels"]["nouns"]),
        label_persons=tuple(r["field_labels"]["persons"]) + tuple(r["field_labels"]["others"]),
        not_in_name=re.compile(r["units"]["not_in_name"]),
        never_in_names=_never_in_names(r["clause"]["prefixes"] + r["clause"]["strip"]),
    )


_LABEL_BRACKET = re.compile(r"（[^（）]*）$")
_LAST_IN_BRACKET = re.compile(r"（([\u4e00-\u9fff])）")


def _noun_forms(nouns: list[str]) -> list[str]:
    """The nouns of labels and their forms with the second character in brackets (处室, 处（室）)."""
    return [*nouns, *(f"{n[0]}（{n[1]}）" for n in nouns if len(n) == 2)]


def _label_name(label: str) -> str:
    """A label as looked up: no spaces, a noun's bracketed character put back (责任处（室） ->
    责任处室), no alternative in brackets (责任部门（单位） -> 责任部门), no qualifier (具体责任单位 ->
    责任单位)."""
    spec = rules()["field_labels"]
    name = label.replace(" ", "")
    name = _LAST_IN_BRACKET.sub(lambda m: m.group(1) if (name[: m.start()] + m.group(1)).endswith(
        tuple(spec["nouns"])) else m.group(0), name)
    name = _LABEL_BRACKET.sub("", name)
    for q in spec["qualifiers"]:
        if name.startswith(q) and len(name) > len(q) + 2:
            return name[len(q):]
    return name


@cache
def with_persons(label: str) -> str | None:
    """The unit label of a label that joins one to a person label (``责任单位及责任人`` ->
    ``责任单位``), else None.

    >>> with_persons("责任单位及责任人"), with_persons("牵头领导"), with_persons("责任人")
    ('责任单位', None, None)
    """
    spec = rules()["field_labels"]
    for person in sorted(spec["persons"] + spec["others"], key=len, reverse=True):  # (责任单位及完成时限)
        if label.endswith(person):
            head = label[: -len(person)]
            for j in spec["with_persons"]:
                if head.endswith(j) and len(head) > len(j):
                    return head[: -len(j)]
    return None


def label_pair(label: str) -> tuple[str, str] | None:
    """The roles of two unit labels joined by a slash (``[field_labels] pairs``), else None.

    >>> label_pair("责任单位/配合单位"), label_pair("牵头单位／参与单位"), label_pair("责任单位/责任人")
    (('responsible', 'support'), ('lead', 'support'), None)
    """
    for j in rules()["field_labels"]["pairs"]:
        left, sep, right = label.replace(" ", "").partition(j)
        if sep and left and right:
            a, b = label_role(left), label_role(right)
            return (a, b) if a and b else None
    return None


def label_role(label: str) -> str | None:
    """The role of a field label: ``[fields]``, else its head word; ``""`` for a label naming people;
    None for a label that names no role.

    >>> label_role("牵头考核单位"), label_role("责任部门（单位）"), label_role("支撑单位"), label_role("牵头领导")
    ('lead', 'responsible', 'support', '')
    >>> label_role("责任单位及责任人"), label_role("牵头部门和负责人"), label_role("责任单位及完成时限")
    ('responsible', 'lead', 'responsible')
    >>> label_role("责任处（室）"), label_role("具体责任单位"), label_role("参办单位")
    ('responsible', 'responsible', 'support')
    >>> label_role("责任单位（牵头）"), label_role("责任单位（配合）"), label_role("主要责任单位")
    ('lead', 'support', 'responsible')
    """
    cues = _cues()
    name = _label_name(label)
    bare = label.replace(" ", "")
    bracket = _LABEL_BRACKET.search(bare)
    if bracket is not None:  # 责任单位（牵头）： the role in brackets
        said = rules()["clause"]["bracket_roles"].get(bracket.group(0)[1:-1])
        if said is not None and label_role(bare[: bracket.start()]):
            return str(said)
    role = cues.field_roles.get(name)
    if role is not None:
        return role
    units = with_persons(name)
    if units is not None:
        return label_role(units) or ""
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
    if _GENERIC_UNDER[0] is not cues:  # (the cues read again: what was remembered no longer holds)
        _GENERIC.clear()
        _GENERIC_UNDER[0] = cues
    found = _GENERIC.get(mention)
    if found is None:
        if len(_GENERIC) >= _REMEMBERED:
            _GENERIC.clear()
        if cues.generic_any is None:
            found = any(p.search(mention) for p in cues.generic)
        else:
            found = cues.generic_any.search(mention) is not None
        _GENERIC[mention] = found
    return found


# is_generic's answers, remembered: the same names come back (one search of the joined patterns
# is ≈ 3 µs, ≈ 40 searches per document)
_GENERIC: dict[str, bool] = {}
_GENERIC_UNDER: list[_Cues | None] = [None]
_REMEMBERED = 1 << 15


_TRAILING_BRACKET = re.compile(r"（[^（）]*）$|〔[^〔〕]*〕$")
_NOT_IN_UNIT = re.compile(r"[，。；：:\d%“”《》]")
_QUOTED_IN_NAME = re.compile(rules()["units"]["quoted_in_name"])
_CORPS_DIVISION = re.compile(rules()["prose"]["units"]["corps_division"])  # 兵团第五师: no body's suffix, a unit


def looks_like_unit(mention: str) -> bool:
    """Whether ``mention`` reads as the name of a body (by how it ends) or a collective."""
    if not 2 <= len(mention) <= 40:
        return False
    mention = _QUOTED_IN_NAME.sub("", mention)  # 省推进“三地一区”建设领导小组: a slogan in a name
    mention = without_number_names(mention)  # 市12345政务服务便民热线管理中心: a hotline's number
    if _NOT_IN_UNIT.search(mention):
        return False
    if is_generic(mention) or _CORPS_DIVISION.match(mention):
        return True
    # "技工院校内由X负责" is a condition, not a name
    m = _TRAILING_BRACKET.sub("", mention)
    cues = _cues()
    if is_town_opening_with_preposition(m, cues.not_in_name):
        return True  # 对湖街道办事处: a town whose name opens with 对
    return m.endswith(cues.suffixes) and not cues.not_in_name.search(_NAME_WORDS.sub(_masked, m))  # (对外贸易司)



_JOINERS = rules()["mentions"]["joiners"]
_NAME_WORDS = re.compile("|".join(re.escape(w) for w in rules()["units"]["name_words"]) or "(?!)")


def _masked(m: re.Match[str]) -> str:
    return "名" * len(m.group())
