"""Duties written in running text (GUIDE.md "Assignments in running text").

Central 意见 and 通知, and many local ones, assign work inside sentences instead of in a closing
clause: ``由工业和信息化部牵头，会同发展改革委、财政部抓紧制定…``, ``发展改革委要会同有关部门加强指导``,
``请财政部…``. A sentence is a prose task when a unit is the subject of a duty still to be done: the
unit is followed by a cue word (要 / 应 / 应当 / 负责 / 牵头 / 会同 / 将 / 抓紧 / 按照职责 …, perhaps after
adverbs or a prepositional phrase), or introduced by 由…牵头/负责 or 请.

Conservative by design. Not prose tasks: what has been done or is the case (``X已…``, ``X印发了…``,
``…研究提出了办理意见``), units only as objects (``支持X``, ``向X报告``: a subject opens its clause),
the addressees line and the signature (no cue), sentences inside the text of a task that ends in a
responsibility clause, and, in laws and regulations (a part titled …办法/条例/规定…, or articles
第X条), the general duties of unnamed bodies: there only units the registry knows are subjects.

Units are the names the department registry knows (in any jurisdiction), names qualified by a place
(``北京市大数据工作推进小组``, ``省计划生育协会``), and collectives (``各地区``, ``各省级人民政府``).
Cue words are data: the ``[prose]`` section of ``rules.toml``.

>>> t = "一、任务\\n（一）加快立法。由工业和信息化部牵头，会同发展改革委、财政部抓紧制定配套办法。"
>>> [[(a.mention, a.role) for a in task.assignees] for task in prose_tasks(t)]
[[('工业和信息化部', 'lead'), ('发展改革委', 'support'), ('财政部', 'support')]]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..data import rules
from ..departments.registry import PROVINCES, is_generic, registry
from ..model import Assignee, Span, Task, Unit
from .brackets import depth_split
from .structure import PathIndex, numbered_units

__all__ = ["is_body_kind", "is_subject_unit", "prose_tasks", "sentences"]

_OPEN = "（〔【“‘《「『"
_CLOSE = "）〕】”’》」』"
_ENDS = "。；！？"
_NOT_IN_NAME = re.compile(r"[的由对将把向从被已了在是为，。；：:“”《》\d%]|正在|以及其")
_TRAILING_BRACKET = re.compile(r"（[^（）]*）$|〔[^〔〕]*〕$")
_BARE_PLACE = re.compile(r"^各?(?:省|市|县|区|自治区|直辖市|计划单列市|设区市|设区的市|州|盟|乡|镇|乡镇|旗)级?$")
_ALIAS = re.compile(r"（(?:以下)?(?:简称|统称|称)[^（）]*）$")
_DENG = re.compile(r"等(?=(?:有关|相关|其他|其它)?(?:部门|单位|机构|方面|地方|地区)$)")


@dataclass(frozen=True)
class _Cues:
    roles: tuple[tuple[str, str], ...]  # (cue, role), longest first
    with_words: tuple[str, ...]
    not_cues: tuple[str, ...]
    adverbs: tuple[str, ...]
    prepositions: tuple[str, ...]
    phrase_length: int
    by_word: str
    by_cues: tuple[str, ...]
    by_adverbs: tuple[str, ...]
    by_not_end: tuple[str, ...]
    by_condition: re.Pattern[str]
    please: str
    openers: tuple[str, ...]
    label: re.Pattern[str]
    past: re.Pattern[str]
    place_prefixes: tuple[str, ...]
    not_place_words: tuple[str, ...]
    suffixes: tuple[str, ...]
    regulation_title: re.Pattern[str]
    regulation_title_max: int
    regulation_self: re.Pattern[str]
    list_length: int
    any_cue: re.Pattern[str]  # where a cue word or an introducer stands: sentences without one are skipped
    places: tuple[str, ...]  # province names with their level words, longest first
    cue_in_name: re.Pattern[str]  # a cue word or 会同 inside a would-be name
    predicate_start: re.Pattern[str]  # what may follow a subject: an adverb, a cue, a preposition
    generic_heads: tuple[str, ...]
    reporting: tuple[str, ...]
    relative: re.Pattern[str]
    regulation_cues: tuple[str, ...]
    not_in_collective: tuple[str, ...]
    not_first: str
    place_name_suffixes: tuple[str, ...]
    place_name_length: int
    body_heads: tuple[str, ...]
    verb_openers: tuple[str, ...]
    verb_first: str
    body_length: tuple[int, int]
    sector_length: int
    not_after: dict[str, str]  # cue's first character -> characters that make it part of a word
    plain_cues: tuple[str, ...]  # cues that a following role word does not override (负责参与)
    generic_length: int


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _cues() -> _Cues:
    r = rules()["prose"]
    roles = [(cue, role) for role in ("lead", "guide", "support", "responsible") for cue in r[role]]
    roles.sort(key=lambda p: -len(p[0]))
    words = [c for c, _ in roles] + list(r["with_word"]) + [r["by_word"], r["please_word"]]
    places: list[str] = []
    for _code, name, _abbr, extra in PROVINCES:
        places += [name + "省", name + "市", name + "自治区", name, *(c + "市" for c in extra)]
    return _Cues(
        roles=tuple(roles),
        with_words=_longest_first(r["with_word"]),
        not_cues=_longest_first(r["not_cues"]),
        adverbs=_longest_first(r["adverbs"]),
        prepositions=_longest_first(r["prepositions"]),
        phrase_length=int(r["phrase_length"]),
        by_word=r["by_word"],
        by_cues=_longest_first(r["by_cues"]),
        by_adverbs=_longest_first(r["by_adverbs"]),
        by_not_end=tuple(r["by_not_end"]),
        by_condition=re.compile(r["by_condition"]),
        please=r["please_word"],
        openers=_longest_first(r["openers"]),
        label=re.compile(r["label"]),
        past=re.compile(r["past"]),
        place_prefixes=_longest_first(r["place_prefixes"]),
        not_place_words=tuple(r["not_place_words"]),
        suffixes=_longest_first(rules()["units"]["suffixes"]),
        regulation_title=re.compile(r["regulation_title"]),
        regulation_title_max=int(r["regulation_title_max"]),
        regulation_self=re.compile(r["regulation_self"]),
        list_length=int(r["list_length"]),
        any_cue=re.compile("|".join(re.escape(w) for w in _longest_first(words))),
        places=_longest_first(places),
        generic_heads=_longest_first(r["generic_heads"]),
        reporting=tuple(r["reporting"]),
        relative=re.compile(r["relative"]),
        regulation_cues=_longest_first(r["regulation_cues"]),
        not_in_collective=tuple(r["not_in_collective"]),
        not_first=r["not_first"],
        place_name_suffixes=_longest_first(r["place_name_suffixes"]),
        place_name_length=int(r["place_name_length"]),
        body_heads=_longest_first(r["body_heads"]),
        verb_openers=tuple(r["verb_openers"]),
        verb_first=r["verb_first"],
        body_length=(int(r["body_length"][0]), int(r["body_length"][1])),
        sector_length=int(r["sector_length"]),
        not_after=dict(r["not_after"]),
        plain_cues=tuple(r["plain_cues"]),
        generic_length=int(r["generic_length"]),
        predicate_start=re.compile("|".join(re.escape(w) for w in _longest_first(
            [c for c, _ in roles] + list(r["with_word"]) + list(r["adverbs"]) + list(r["prepositions"])))),
        cue_in_name=re.compile("|".join(re.escape(w) for w in _longest_first([c for c, _ in roles] + list(r["with_word"])))),
    )


# ---------------------------------------------------------------------------------------------
# Sentences


def sentences(text: str, units: Sequence[Unit] = ()) -> list[Span]:
    """The sentences of ``text``: pieces ending with 。；！？ or a line end, never inside brackets or
    quotes (《》 “” （） 〔〕…); a numbered unit's label starts a new sentence after it (the label is
    not part of the sentence). Leading spaces are left out; empty pieces are dropped.

    >>> s = "一、总体要求\\n各地要落实“放管服”改革。请财政部（会同有关部门；下同）负责；\\n二、其他"
    >>> [s[x.start:x.end] for x in sentences(s, numbered_units(s))]
    ['总体要求', '各地要落实“放管服”改革。', '请财政部（会同有关部门；下同）负责；', '其他']
    """
    bodies = {u.span.start: u.body_start for u in units}
    out: list[Span] = []
    depth = 0
    start = 0
    i, n = 0, len(text)

    def close(a: int, b: int) -> None:
        while a < b and text[a] in " \u3000\t\n":
            a += 1
        while b > a and text[b - 1] in " \u3000\t\n":
            b -= 1
        if a < b:
            out.append(Span(a, b))

    while i < n:
        if i in bodies and bodies[i] > i:
            close(start, i)
            start = i = bodies[i]
            depth = 0
            continue
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "\n":
            close(start, i)
            start, depth = i + 1, 0
        elif ch in _ENDS and depth == 0:
            close(start, i + 1)
            start = i + 1
        i += 1
    close(start, n)
    return out


def _clauses(text: str, span: Span) -> list[tuple[int, int]]:
    """The clauses of a sentence: pieces between top-level ， and ： (absolute offsets)."""
    s = text[span.start : span.end]
    out: list[tuple[int, int]] = []
    depth, last = 0, 0
    for i, ch in enumerate(s):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in "，：" and depth == 0:
            out.append((span.start + last, span.start + i))
            last = i + 1
    out.append((span.start + last, span.end))
    return out


# ---------------------------------------------------------------------------------------------
# Units


def is_subject_unit(mention: str, *, strict: bool = False) -> tuple[bool, bool]:
    """``(is a unit, generic)`` for a name that may be the subject of a duty.

    A unit is a name the department registry knows (any jurisdiction), a name qualified by a place
    that ends like a body's name, or (not ``strict``) a collective such as 各地区, 有关部门.

    >>> is_subject_unit("财政部"), is_subject_unit("各地区"), is_subject_unit("北京市大数据工作推进小组")
    ((True, False), (True, True), (True, False))
    >>> is_subject_unit("各地已经建设并使用的工作平台"), is_subject_unit("市场监管部门")
    ((False, False), (True, True))
    >>> is_subject_unit("各部门", strict=True)
    (False, True)
    """
    return _subject_unit(mention, strict)


@lru_cache(maxsize=1 << 16)
def _subject_unit(mention: str, strict: bool) -> tuple[bool, bool]:
    m = mention.strip()
    if not 2 <= len(m) <= 40 or _NOT_IN_NAME.search(m):
        return False, False
    cues = _cues()
    bare = _TRAILING_BRACKET.sub("", m)
    if registry().by_label(m) or registry().by_label(bare):
        return True, False
    if strict:
        return False, is_generic(m)
    if _holds_cue(m) or m[0] in cues.not_first or "等" in m:
        return False, False  # 财政部会同有关部门研究制定…, 商有关部门: a clause, not a name
    if is_generic(m):
        if any(w in m for w in cues.not_in_collective):
            return False, True  # 有关部门组织…, 你们同有关部门
        head = next((h for h in cues.generic_heads if bare.endswith(h)), "")
        # 各省, 各设区市: a one-character head only in a short name (各数据专区 is no collective)
        return bool(head) and len(m) <= (cues.generic_length if len(head) > 1 else 4), True
    if not m.startswith(cues.not_place_words) and "、" not in bare:
        for place in cues.places:  # 北京市经济和信息化局, 河北省委
            if m.startswith(place):
                rest = bare[len(place) :]
                if 1 <= len(rest) <= cues.place_name_length and rest.endswith(cues.place_name_suffixes):
                    return True, False
                break
        for place in cues.place_prefixes:  # 省计划生育协会, 市财政局
            if m.startswith(place):
                rest = bare[len(place) :]
                if 2 <= len(rest) <= cues.place_name_length and rest.endswith(cues.place_name_suffixes) and not rest.startswith(cues.place_prefixes):
                    return True, False
                break
    return is_body_kind(m), True  # 审核机构, 市场监管部门: a body named by its kind


def is_body_kind(mention: str) -> bool:
    """A body named only by its kind: 审核机构, 社会团体登记管理机关, 项目管理部门 (a collective).

    >>> is_body_kind("审核机构"), is_body_kind("市场监管部门"), is_body_kind("有关部门组织"), is_body_kind("工作平台")
    (True, True, False, False)
    >>> is_body_kind("构建政府性融资担保机构"), is_body_kind("对外联络机构")
    (False, False)
    """
    cues = _cues()
    low, high = cues.body_length
    return (
        low <= len(mention) <= high
        and mention.endswith(cues.body_heads)
        and not _NOT_IN_NAME.search(mention)
        and mention[0] not in cues.not_first + cues.verb_first
        and not mention.startswith(cues.verb_openers)
        and not _holds_cue(mention)
        and not any(w in mention for w in cues.not_in_collective)
    )


def _holds_cue(name: str) -> bool:
    """Whether a cue word stands in ``name`` (words such as 应急 and 负责人 are not cues)."""
    cues = _cues()
    for w in cues.not_cues:
        name = name.replace(w, "　" * len(w))
    return cues.cue_in_name.search(name) is not None


@dataclass(frozen=True)
class _Name:
    mention: str
    start: int
    generic: bool


def _split_list(text: str, base: int, strict: bool) -> list[_Name] | None:
    """A list of units as printed (、 和 及 与 以及 等 between them); None when a piece is no unit."""
    if not text or text[0] in "、，和及与" or text[-1] in "、，和及与等":
        return None
    out: list[_Name] = []
    carry: int | None = None  # 各省、自治区、直辖市人民政府: a bare place word belongs to the next name
    pieces = depth_split(text, "、")
    # 民政、公安、国家安全、人民银行等部门: the sector words before 等部门 name no body
    sectors = len(pieces) > 1 and _DENG.search(text[pieces[-1][0] : pieces[-1][1]]) is not None
    for a, b in pieces:
        piece = text[a:b]
        if not piece:
            return None
        if sectors and (a, b) != pieces[-1] and _is_sector(piece, strict):
            continue
        if _BARE_PLACE.match(piece):
            carry = a if carry is None else carry
            continue
        if carry is not None:
            a, piece, carry = carry, text[carry:b], None
        names = _split_piece(piece, base + a, strict)
        if names is None:
            return None
        out.extend(names)
    if carry is not None:
        return None
    return out


_AND = re.compile(r"以及|和|及|与")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def _is_sector(piece: str, strict: bool) -> bool:
    """A sector word in a list (民政, 公安, 国家安全): short, only Chinese characters, no unit, no cue."""
    return (
        2 <= len(piece) <= _cues().sector_length
        and _HAN.match(piece) is not None
        and not is_subject_unit(piece, strict=strict)[0]
        and not _holds_cue(piece)
        and not any(w in piece for w in _cues().not_in_collective)
    )


def _split_piece(piece: str, start: int, strict: bool) -> list[_Name] | None:
    """One piece of a list between 、: a name, or names joined by 等 / 和 / 及 / 与 / 以及."""
    alias = _ALIAS.search(piece)
    if alias is not None and alias.start() >= 2:  # 有关行业协会（以下简称行业协会）
        piece = piece[: alias.start()]
    if registry().by_label(piece):  # 国家发展和改革委员会, 工业和信息化部: a name holding 和
        return [_Name(piece, start, False)]
    m = _DENG.search(piece)
    if m is not None:  # 科技部等有关部门: 科技部 and 有关部门; X等部门: X and 部门
        before = _split_piece(piece[: m.start()], start, strict)
        noun = piece[m.end() :]
        ok, _ = is_subject_unit(noun, strict=strict)
        if before is not None and (ok or (len(noun) == 2 and is_generic(noun))):
            return [*before, _Name(noun, start + m.end(), True)]
    if piece.endswith("等") and len(piece) > 2:
        return _split_piece(piece[:-1], start, strict)
    for am in _AND.finditer(piece):
        # 各部门和各单位, 各级环保部门和企业: two names; 各有关部门和单位: one
        left, right = piece[: am.start()], piece[am.end() :]
        if not left or (len(right) < 3 and (right in _cues().body_heads or not is_generic(right))):
            continue  # (企业, 高校 are collectives of their own; 单位, 部门 alone only finish a name)
        lhs = _split_piece(left, start, strict)
        rhs = _split_piece(right, start + am.end(), strict)
        if lhs is not None and rhs is not None:
            return lhs + rhs
    ok, generic = is_subject_unit(piece, strict=strict)
    return [_Name(piece, start, generic)] if ok else None


def _longest_list(text: str, pos: int, end: int, strict: bool, follows: tuple[str, ...] = ()) -> tuple[list[_Name], int] | None:
    """The longest list of units printed from ``pos`` (before ``end``), with the offset after it.

    With ``follows``, the list must be followed by one of those words (its predicate)."""
    limit = min(end, pos + _cues().list_length)
    for j in range(limit, pos + 1, -1):
        if follows and not text.startswith(follows, j):
            continue
        names = _split_list(text[pos:j], pos, strict)
        if names:
            return names, j
    return None


# ---------------------------------------------------------------------------------------------
# Subjects and cues


@dataclass(frozen=True)
class _Found:
    names: tuple[_Name, ...]
    role: str
    partners: tuple[_Name, ...] = ()


def _skip(text: str, pos: int, words: tuple[str, ...]) -> int:
    changed = True
    while changed:
        changed = False
        for w in words:
            if text.startswith(w, pos):
                pos += len(w)
                changed = True
                break
    return pos


def _cue_at(text: str, pos: int, *, inside: bool = False) -> tuple[str, str] | None:
    """``(cue, role)`` of the cue word at ``pos``; None when none (or a word like 要求 stands there).

    ``inside`` a phrase, a cue must not end a word that begins before it (主要, 相应, 分工负责)."""
    cues = _cues()
    if text.startswith(cues.not_cues, pos):
        return None
    if inside and pos > 0 and text[pos - 1] in cues.not_after.get(text[pos], ""):
        return None
    for w in cues.with_words:
        if text.startswith(w, pos):
            return w, "with"
    for cue, role in cues.roles:
        if text.startswith(cue, pos):
            return cue, role
    return None


def _role_after(text: str, pos: int, end: int, role: str) -> tuple[str, int]:
    """A plain 要/应/将 may be followed by a word that says more: 要会同, 将积极配合, 要加强指导."""
    cues = _cues()
    p = _skip(text, pos, cues.adverbs)
    if p < end:
        found = _cue_at(text, p)
        if found is not None and found[1] != "responsible":
            return found[1], p + len(found[0])
    return role, pos


def _cue_after_adverbs(text: str, p: int, *, inside: bool = False) -> tuple[str, str, int] | None:
    """``(cue, role, offset after it)`` when adverbs and then a cue stand at ``p`` (X也要…, X正在抓紧…)."""
    cues = _cues()
    while True:
        found = _cue_at(text, p, inside=inside)
        if found is not None:
            cue, role = found
            after = p + len(cue)
            if role == "responsible" and not cue.startswith(cues.plain_cues):
                role, after = _role_after(text, after, len(text), role)
            return cue, role, after
        word = next((w for w in cues.adverbs if text.startswith(w, p)), None)
        if word is None:
            return None
        p += len(word)
        inside = False


def _predicate(text: str, pos: int, end: int, sentence_end: int) -> tuple[str, str, int] | None:
    """From just after a subject: adverbs, perhaps a prepositional phrase and a comma, then a cue.

    Returns the cue, the role and the offset after the cue. ``end`` closes the subject's clause; a phrase
    may run on into the next clause of the sentence (``X在测算…时，将继续…``)."""
    cues = _cues()
    found = _cue_after_adverbs(text, pos)
    if found is not None:
        return found
    p = _skip(text, pos, cues.adverbs)
    if p > pos and text.startswith("，", p):  # 农业部也表示，对…将…
        p = _skip(text, p + 1, cues.adverbs)
    if not text.startswith(cues.prepositions, p):
        return None
    limit = min(sentence_end, p + cues.phrase_length)
    q = p + 1
    while q < limit:
        ch = text[q]
        if ch in "。；":
            return None
        if ch == "，":  # the phrase ends here: the cue opens the next clause, or there is none
            return _cue_after_adverbs(text, q + 1)
        found = _cue_after_adverbs(text, q, inside=True) if q > p + 1 else None
        if found is not None and found[0] == text[q : q + len(found[0])]:
            return found
        q += 1
    return None


def _past(text: str, a: int, b: int) -> bool:
    return _cues().past.search(text, a, b) is not None


def _clause_start(text: str, a: int, b: int) -> int:
    """Where a clause's subject may start: after its leading spaces, openers and inline label."""
    cues = _cues()
    p = a
    while p < b and text[p] in " \u3000":
        p += 1
    m = cues.label.match(text[p:b])
    if m is not None:
        p += m.end()
    return _skip(text, p, cues.openers)


def _read_sentence(text: str, span: Span, strict: bool) -> list[tuple[_Name, str]]:
    """``(unit, role)`` for every subject of a duty in one sentence, in printed order."""
    cues = _cues()
    out: list[tuple[_Name, str]] = []
    last_subject: list[int] = []  # indexes into out of the latest subject (会同 in a later clause)
    clauses = _clauses(text, span)
    for a, b in clauses:
        p = _clause_start(text, a, b)
        if p >= b:
            continue
        if b < len(text) and text[b] == "：" and any(w in text[p:b] for w in cues.reporting):
            continue  # 发展改革委会同有关部门研究提出：… reports, assigns nothing
        # 会同Y… in a later clause: the latest subject leads, Y supports
        for w in cues.with_words:
            q = _skip(text, p, cues.adverbs)
            if last_subject and text.startswith(w, q):
                if _past(text, q, b):
                    break
                for k in last_subject:
                    out[k] = (out[k][0], "lead")
                partners = _longest_list(text, q + len(w), b, False)
                if partners is not None:
                    out.extend((x, "support") for x in partners[0])
                break
        else:
            found = _subject(text, p, b, span.end, strict)
            if found is None:
                continue
            if _past(text, p, b):
                continue
            last_subject = list(range(len(out), len(out) + len(found.names)))
            out.extend((x, found.role) for x in found.names)
            out.extend((x, "support") for x in found.partners)
    seen: set[tuple[str, str]] = set()
    unique = []
    for name, role in out:
        if (name.mention, role) not in seen:
            seen.add((name.mention, role))
            unique.append((name, role))
    return unique


def _subject(text: str, p: int, b: int, sentence_end: int, strict: bool) -> _Found | None:
    """The subject of a duty opening the clause ``[p, b)``, if there is one."""
    cues = _cues()
    # 由X牵头 / 由X负责 / 由X会同Y…
    q = _skip(text, p, cues.by_adverbs)
    if text.startswith(cues.by_word, q):
        if text[p:b].rstrip().endswith(cues.by_not_end) or cues.by_condition.search(text, p, b):
            return None  # 由专区监管部门会同运营单位审核同意后，…: a condition
        got = _longest_list(text, q + len(cues.by_word), b, strict, follows=cues.by_cues)
        if got is None:
            return None
        names, j = got
        cue = next(c for c in cues.by_cues if text.startswith(c, j))
        after = j + len(cue)
        if text.startswith("的", after) or text.startswith(cues.not_cues, j):
            return None  # 由国务院领导同志牵头负责的…制度: a name, not a duty
        if cue in cues.with_words:
            partners = _longest_list(text, after, b, False)  # (a named lead's partners may be collectives)
            return _Found(tuple(names), "lead", tuple(partners[0]) if partners else ())
        role = next((r for c, r in cues.roles if c == cue), "responsible")
        return _Found(tuple(names), role)
    please = text.startswith(cues.please, p)
    start = p + len(cues.please) if please else p
    limit = min(b, start + cues.list_length)
    starts = cues.predicate_start
    for j in range(limit, start + 1, -1):
        if not please and starts.match(text, j) is None:
            continue  # no predicate can start here (the plain reading would find none either)
        listed = _split_list(text[start:j], start, strict)
        if not listed:
            continue
        pred: tuple[str, str, int] | None
        if please:  # 请X研究制定…: the duty needs no cue word; a cue right after it still gives the role
            pred = _cue_after_adverbs(text, j) or ("", "responsible", j)
        else:
            pred = _predicate(text, j, b, sentence_end)
        if pred is None:
            continue
        cue, role, after = pred
        if strict and cue not in cues.regulation_cues:
            continue  # a law's general duties: 国务院及各部门要…, 民航局应当…
        if text.startswith("的", after) or (cue.startswith(cues.plain_cues) and cues.relative.match(text, after)):
            continue  # 国务院负责商标…工作的部门, …全面负责的原则: the cue is inside a noun phrase
        if role == "with":
            partners = _longest_list(text, after, b, False)  # (a named lead's partners may be collectives)
            return _Found(tuple(listed), "lead", tuple(partners[0]) if partners else ())
        return _Found(tuple(listed), role)
    return None


# ---------------------------------------------------------------------------------------------
# Regulations


def _regulation_start(text: str, units: Sequence[Unit]) -> int:
    """Where the text of a law or regulation begins (its title line, the line that says it makes
    one, or its first article); ``len(text)`` when it holds none."""
    cues = _cues()
    starts = [len(text)]
    unit_starts = {u.span.start for u in units}
    pos = 0
    for line in text.split("\n"):
        s = re.sub(r"[ \u3000\t]+", "", line)  # 国 务 院 工 作 规 则
        if s and pos not in unit_starts and len(s) <= cues.regulation_title_max and not re.search(r"[，。；：《]", s) and (
            cues.regulation_title.search(s) is not None and "关于印发" not in s and not s.endswith("的通知")
        ):
            starts.append(pos)
            break
        pos += len(line) + 1
    self_ = cues.regulation_self.search(text)
    if self_ is not None:  # 为了…，制定本办法。
        starts.append(text.rfind("\n", 0, self_.start()) + 1)
    articles = [u for u in units if u.style == "article"]
    if len(articles) >= 3:
        starts.append(articles[0].span.start)
    return min(starts)


# ---------------------------------------------------------------------------------------------


def prose_tasks(text: str, units: Sequence[Unit] | None = None, clause_tasks: Sequence[Task] = ()) -> tuple[Task, ...]:
    """Every prose task of a normalised document text, in reading order (ordinals 0: the caller
    numbers them with the other tasks).

    A sentence that lies inside the text of a task read from a clause, field line or table is left
    to that task.

    >>> t = "各地区、各部门要加强组织领导。发展改革委已印发实施方案。请财政部会同有关部门研究制定具体办法。"
    >>> [(text[0:0], [(a.mention, a.role, a.generic) for a in x.assignees]) for x in prose_tasks(t) for text in [t]]
    [('', [('各地区', 'responsible', True), ('各部门', 'responsible', True)]), ('', [('财政部', 'lead', False), ('有关部门', 'support', True)])]
    """
    if units is None:
        units = numbered_units(text)
    cues = _cues()
    index = PathIndex(units)
    taken = sorted((t.text_span.start, max(t.text_span.end, t.clause_span.end)) for t in clause_tasks)
    taken_starts = [a for a, _ in taken]
    reg_start = _regulation_start(text, units)
    out: list[Task] = []
    for span in sentences(text, units):
        if cues.any_cue.search(text, span.start, span.end) is None:
            continue
        k = bisect.bisect_left(taken_starts, span.end)
        if any(a < span.end and span.start < b for a, b in taken[max(0, k - 4) : k]):
            continue  # inside a task that ends in a responsibility clause: the clause governs it
        strict = span.start >= reg_start
        found = _read_sentence(text, span, strict)
        if not found:
            continue
        assignees = tuple(
            Assignee(n.mention, role, n.generic, False, Span(n.start, n.start + len(n.mention))) for n, role in found
        )
        out.append(Task(index.path_at(span.start), span, span, assignees, 0, "prose"))
    return tuple(out)
