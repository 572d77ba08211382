"""Splitting a list of unit names as printed in a clause (GUIDE.md "Tasks and assignees"):
``省发展改革委、省财政厅``, ``各市、县（区）政府``, ``X等有关部门``, ``A和B``, names apart by spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import rules
from ..departments.places import places
from ..departments.zones import governed_zones
from .brackets import depth_split
from .cues import _JOINERS, _cues, is_generic, looks_like_unit
from .town_names import joiner_opens_town

# A place level alone (各市, 有关设区市): it names a collective with the next piece (各市、县（区）政府).
_MENTIONS = rules()["mentions"]
_BARE_PLACE = re.compile(_MENTIONS["bare_place"])
# What the next piece of such a collective starts with: 县（区）政府, 县〔区〕人民政府, 县级市.
_PLACE_NEXT = re.compile(_MENTIONS["place_next"])
_UNDER_COUNTY = re.compile(_MENTIONS["under_county"])
_COUNTY_OR_ABOVE = re.compile(_MENTIONS["county_or_above"])
_PLACE_NOTE = re.compile(_MENTIONS["place_note"])
# A kind of body alone after 和/及 (有关部门和单位): one collective, not two mentions.
_BARE_KIND = re.compile(_MENTIONS["bare_kind"])
_SEPARATORS = _MENTIONS["separators"]
# a body's kind alone (街道办事处) after a collective of governments opened by 各 (各乡镇人民政府): one collective
_KIND_AFTER = re.compile(rules()["prose"]["units"]["bare_kind"])
_GOVERNMENTS = re.compile(_MENTIONS["governments_collective"])
_EACH, _EACH_KIND = re.compile(_MENTIONS["each_collective"]), re.compile(_MENTIONS["each_kind"])  # 各党总支、党支部


_TRIM_LEFT = _JOINERS + "　\n"
_TRIM_RIGHT = "、，, 　\n"


def _trim(s: str, start: int) -> tuple[str, int]:
    """Strip joiners and spaces at both ends; return the piece and its new start (a joiner's character
    that opens a town's name stays: 和平乡人民政府)."""
    s2 = s.lstrip(_TRIM_LEFT)
    if s2 != s and (joiner_opens_town(s[len(s) - len(s2) - 1 :], _JOINERS) or joiner_opens_place(s, len(s) - len(s2) - 1)
                    or (len(s2) == len(s) - 1 and joiner_opens_short_place(s))):
        s2 = s[len(s) - len(s2) - 1 :]
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


def goes_up(carry: str, piece: str) -> bool:
    """``piece`` opens with a county's or a higher level after ``carry``, a level under a county: the two are no
    one collective (各乡镇、县住建局: the townships, then the county's own bureau).

    >>> goes_up("各乡镇", "县住建局"), goes_up("各乡镇（街道）", "市生态环境局"), goes_up("各市", "县（区）政府")
    (True, True, False)
    """
    return _UNDER_COUNTY.search(carry.rstrip(_TRIM_RIGHT)) is not None and _COUNTY_OR_ABOVE.match(piece) is not None


def _continues_places(carry: str, piece: str) -> bool:
    """Whether ``piece`` goes on the collective a bare place level ``carry`` opens: it starts with a
    place level (县（区）政府 after 各市), and not with one the carry's note already lists (市财政局
    after 各县（市、区） is the city's own bureau: a collective does not name a level twice)."""
    level = _PLACE_NEXT.match(piece)
    if level is None:
        return piece.startswith(governed_zones())  # 各设区市、平潭综合实验区民政部门: a zone listed after the levels
    if goes_up(carry, piece):
        return False  # 各乡镇、县住建局: the county's own bureau after the townships
    note = _PLACE_NOTE.search(carry.rstrip(_TRIM_RIGHT))
    return note is None or level.group(0) not in re.split(r"[、（）〔〕()]", note.group(0))


def _split_names(text: str, base: int) -> list[tuple[str, int, int]] | None:
    """Split a list of unit names; None when a piece is not a name. Offsets are ``base`` + their
    place in ``text``: the split of a text is remembered (a clause's list is read several times)."""
    names = _split_names_at0(text)
    return None if names is None else [(m, a + base, b + base) for m, a, b in names]


@lru_cache(maxsize=4096)
def _split_names_at0(text: str) -> tuple[tuple[str, int, int], ...] | None:
    found = _split_names_plain(text, 0)
    return None if found is None else tuple(found)


def _split_names_plain(text: str, base: int) -> list[tuple[str, int, int]] | None:
    """:func:`_split_names` without the memory (every offset is moved by ``base`` alone)."""
    text, base = _strip_words(text, base)
    if not text:
        return []
    pieces = [(text[a:b], base + a) for a, b in depth_split(text, _SEPARATORS)]
    merged: list[tuple[str, int]] = []
    carry: tuple[str, int] | None = None
    for piece, start in pieces:
        if carry is not None:
            # "各市、县（区）政府": a bare place word belongs to the next name, when that goes on
            # naming places (not 各市、省直有关部门)
            if _continues_places(carry[0], piece.lstrip(_TRIM_LEFT)):
                alone, _ = _trim(piece, start)
                piece, start = text[carry[1] - base : start - base + len(piece)], carry[1]
                if _BARE_PLACE.match(alone):  # 各省、自治区、直辖市人民政府: still a place level
                    carry = (piece, start)
                    continue
            else:
                merged.append(carry)
            carry = None
        bare, bare_start = _trim(piece, start)
        prev = _trim(*merged[-1])[0] if merged else ""
        kind_then = _kind_then_and(bare, prev) if merged else None
        if kind_then is not None:
            # 各镇人民政府、街道办事处和各有关部门: the kind closes the collective, the joiner opens the next name
            _, first = merged.pop()
            merged.append((text[first - base : bare_start - base + kind_then.start()], first))
            merged.append((bare[kind_then.end() :], bare_start + kind_then.end()))
            continue
        governments = _KIND_AFTER.match(bare) and _GOVERNMENTS.match(prev)
        if merged and (governments or (_EACH_KIND.match(bare) and _EACH.match(prev))):
            # 各乡镇人民政府、街道办事处, 各党总支、党支部, 各中小学校、幼儿园: 各 reads over a body's kind alone after it (one collective, as in prose)
            _, first = merged.pop()
            merged.append((text[first - base : start - base + len(piece)], first))
            continue
        if _BARE_PLACE.match(_PLACE_NOTE.sub("", bare)):
            carry = (piece, start)
            continue
        head, space, tail = piece.rpartition(" ")
        if space and head.strip() and _BARE_PLACE.match(_PLACE_NOTE.sub("", _trim(tail, 0)[0])):
            # units apart by spaces whose last opens a collective (市商务局 各县、区人民政府: a cell's paragraphs)
            merged.append((head, start))
            carry = (tail, start + len(head) + 1)
            continue
        merged.append((piece, start))
    if carry is not None:
        merged.append(carry)
    out: list[tuple[str, int, int]] = []
    units = True
    for piece, start in merged:
        names, all_units = _piece_names(piece)
        out.extend([(m, a + start, b + start) for m, a, b in names])
        units = units and all_units
    if not out or not units:
        return None
    return out


def _kind_then_and(bare: str, prev: str) -> re.Match[str] | None:
    """The joiner after a body's kind alone that goes on the collective ``prev`` opens (``街道办事处`` after
    ``各镇人民政府``, ``幼儿园`` after ``各中小学校``) when another name follows it (``街道办事处和各有关部门``):
    the collective ends at the kind, as it does when the list ends there.

    >>> [m is not None for m in (_kind_then_and("街道办事处和各有关部门", "各镇人民政府"),
    ...  _kind_then_and("街道办事处和各有关部门", "市财政局"), _kind_then_and("街道办事处", "各镇人民政府"))]
    [True, False, False]
    """
    joiner = _AND.search(bare)
    if joiner is None or joiner.start() == 0 or joiner.end() == len(bare):
        return None
    head = bare[: joiner.start()]
    if (_KIND_AFTER.match(head) and _GOVERNMENTS.match(prev)) or (_EACH_KIND.match(head) and _EACH.match(prev)):
        return joiner
    return None


@lru_cache(maxsize=1 << 14)
def _piece_names(piece: str) -> tuple[tuple[tuple[str, int, int], ...], bool]:
    """The names in one piece of a list (offsets from the piece's start: every step below only
    adds its start), and whether each reads as a unit. Remembered: the same names come back in
    list after list (省财政厅, 有关部门), in lists that differ as a whole."""
    out: list[tuple[str, int, int]] = []
    piece, start = _trim(piece, 0)
    piece, start = _strip_words(piece, start)
    if piece:
        for sub, s in _split_deng(piece, start):
            for sub2, s2 in _split_and(sub, s):
                sub2, s2 = _trim(sub2, s2)
                if sub2:
                    out.extend(_split_spaces(sub2, s2))
    return tuple(out), all(looks_like_unit(m) for m, _, _ in out)


_BODY_ONLY = re.compile(_MENTIONS["body_only"])


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


_DENG = re.compile(_MENTIONS["deng"])


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




def _and_pattern(joiners: list[str], opening: list[str], ending: list[str]) -> re.Pattern[str]:
    """A joiner (和, 与, 同 …) that opens no other word (同级, 同步) and ends none (会同, 协同)."""
    def one(j: str) -> str:
        behind = "".join(f"(?<!{re.escape(w[: -len(j)])})" for w in ending if w.endswith(j) and len(w) > len(j))
        ahead = "|".join(re.escape(w[len(j) :]) for w in opening if w.startswith(j) and len(w) > len(j))
        return behind + re.escape(j) + (f"(?!{ahead})" if ahead else "")
    return re.compile("|".join(one(j) for j in joiners))


_AND = _and_pattern(_MENTIONS["and_words"], _MENTIONS["and_not_opening"], _MENTIONS["and_not_ending"])
_NAME_NOTE = re.compile(r"[（〔][^（）〔〕]*[）〕]$")


def joiner_opens_place(piece: str, at: int) -> bool:
    """Whether the joiner at ``at`` opens a division's full name (天津市和平区人民政府, 厦门市同安区财政局): no joiner."""
    return any(len(n) >= 3 and n == ps[0].name for n, ps in places().prefixes(piece[at:]))


def joiner_opens_short_place(piece: str) -> bool:
    """Whether a piece opening with a joiner's character (nothing before it in the list but a separator) is a
    body named by a prefecture's or a province's short name opening with that character (和田职业技术学院: 和田地区):
    a joiner opens no list's piece, so the character is the name's.

    >>> [joiner_opens_short_place(p) for p in ("和田职业技术学院", "和田地区农科所、X参与", "和财政局", "及时", "和田间管理")]
    [True, True, False, False, False]
    """
    first = re.split("[、，,；;（(]", piece, maxsplit=1)[0]
    return any(len(n) >= 2 and any(p.level in ("province", "prefecture") for p in ps)
               and any(looks_like_unit(first[len(n) : k]) for k in range(len(n) + 2, len(first) + 1))
               for n, ps in places().prefixes(first))


_NOT_NAMES_ALONE = frozenset(_MENTIONS["not_names_alone"])
_NOT_NAME_ENDINGS = tuple(_MENTIONS["not_name_endings"])


def _split_and(piece: str, start: int) -> list[tuple[str, int]]:
    """Split ``A和B`` only when both sides are names on their own (not 国家发展和改革委员会)."""
    suffixes = _cues().suffixes
    for m in _AND.finditer(piece):
        left, right = piece[: m.start()], piece[m.end() :]
        if joiner_opens_place(piece, m.start()):
            continue
        if _BARE_KIND.match(right) and is_generic(left):
            continue  # 有关部门和单位
        bare = _NAME_NOTE.sub("", left)  # 各区镇人民政府〔街道办事处〕及有关部门
        if _BARE_PLACE.match(bare) and _continues_places(bare, right):
            continue  # 中央和省驻市有关单位: levels joined by 和, one collective (as with 、)
        if bare in _NOT_NAMES_ALONE or bare.endswith(_NOT_NAME_ENDINGS):
            continue  # 实验室与设备管理处, 市场运行和消费促进处: one name
        if bare.endswith(suffixes) and len(bare) >= 2 and looks_like_unit(right) and len(right) >= 2:
            return [(left, start), *_split_and(right, start + m.end())]
    return [(piece, start)]
