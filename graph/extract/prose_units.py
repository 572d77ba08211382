"""Units that may be the subject of a duty in running text, and lists of them as printed
(GUIDE.md "Assignments in running text"): names the registry knows, names qualified by a place,
collectives, bodies named by their kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import rules
from ..departments.corps import corps_city
from ..departments.places import Place, named_in_full, places, short_name
from ..departments.registry import is_generic, registry
from ..departments.written_out import is_adhoc
from .body_kinds import _NOT_IN_NAME, _PARTY, _holds_cue, _runs_on, _verb_opened, designated_body, is_body_kind
from .body_kinds import is_standard_body as _standard
from .brackets import depth_split
from .mentions import _AND, goes_up, joiner_opens_place
from .name_numbers import without_number_names
from .place_levels import _levels_listed
from .pronouns import ADDRESSEE_PRONOUN, SELF_PRONOUN  # 你省, 你市: the addressee (graph/extract/addressee.py); 我局
from .prose_cues import _cues
from .prose_sectors import _HAN, _is_sector, _qualified_collective, _sector_collective
from .town_names import is_town_opening_with_preposition, joiner_opens_town

_UNITS = rules()["prose"]["units"]
_TRAILING_BRACKET = re.compile(r"（[^（）]*）$|〔[^〔〕]*〕$")
_BARE_PLACE = re.compile(_UNITS["bare_place"])
_PLACE_NOTE = re.compile(rules()["mentions"]["place_note"])
_LEVEL_COLLECTIVE = re.compile(_UNITS["level_collective"])
_LEAGUE, _BARE_KIND = re.compile(_UNITS["league"]), re.compile(_UNITS["bare_kind"])
_REGIMENT, _VILLAGE = re.compile(f'{_UNITS["regiment"]}|{_UNITS["corps_division"]}'), re.compile(_UNITS["village"])  # 一〇二团, 第五师, 东岭村
_TOWN_OFFICE = re.compile(_UNITS["town_office"])  # 走马派出所
_ALIAS, _OWN_SCOPE, _EACH_OPENS = (re.compile(_UNITS[k]) for k in ("alias", "own_scope", "each_opens"))  # 市直有关部门, 县城区各
_DENG_WORDS = re.compile("|".join(rules()["prose"]["deng_words"]))  # 高等学校: its 等 closes no list
_PLACE_THEN = tuple(rules()["prose"]["place_then_words"])  # 省市场监管厅: 省 then 市场, not 省市
_SAME_LEVEL = tuple(_UNITS["same_level"])  # 同级有关部门: 同 opens no clause there
_LOOSE_AND, _AND_EACH = tuple(_UNITS["loose_and"]), re.compile("(?:以及|和|及|与)各")
_DENG = re.compile(_UNITS["deng"])
_TOWNSHIP = re.compile(rules()["scope"]["township_alone"])  # 矮寨镇, 乾州街道: a town by its own name
_PLACE_LEVELS = tuple(_UNITS["place_levels"])
_NAME_WORDS = re.compile("|".join(re.escape(w) for w in rules()["units"]["name_words"]) or "(?!)")
_NOT_TAILS = tuple(rules()["prose"]["generic_not_tails"])  # 各地农村: no collective
_DISTRIBUTED_FIRST, _DISTRIBUTED_NEXT = re.compile(_UNITS["distributed_first"]), re.compile(_UNITS["distributed_next"])


def is_subject_unit(mention: str, *, strict: bool = False) -> tuple[bool, bool]:
    """``(is a unit, generic)`` for a name that may be the subject of a duty.

    A unit is a name the department registry knows (any jurisdiction), a name qualified by a place
    that ends like a body's name, or (not ``strict``) a collective such as 各地区, 有关部门.

    >>> is_subject_unit("财政部"), is_subject_unit("各地区"), is_subject_unit("北京市大数据工作推进小组")
    ((True, False), (True, True), (True, False))
    >>> is_subject_unit("各地已经建设并使用的工作平台"), is_subject_unit("市场监管部门")
    ((False, False), (True, True))
    >>> is_subject_unit("各部门", strict=True), is_subject_unit("建设单位", strict=True)
    ((True, True), (False, True))
    """
    return _subject_unit(mention, strict)


@lru_cache(maxsize=1 << 16)
def _subject_unit(mention: str, strict: bool) -> tuple[bool, bool]:
    m = without_number_names(mention.strip())  # 市12345政务服务便民热线管理中心: read without its hotline's number
    if not 2 <= len(m) <= 40:
        return False, False
    bare = _TRAILING_BRACKET.sub("", m)
    if registry().by_label(m) or registry().by_label(bare) or ADDRESSEE_PRONOUN.match(m) or SELF_PRONOUN.match(m) or is_adhoc(bare):
        return True, False  # (中共中央对外联络部: known, though it holds 对; 你省: the addressee; 我局; 领导小组: the text's own, prose round 34)
    if designated_body(bare, lambda n: _subject_unit(n, False)[0]):
        return True, True  # 县（市、区）人民政府确定的城市绿化主管部门: one generic body
    if not strict and _qualified_collective(bare, is_subject_unit):
        return True, True  # 通过复核评价的企业要…, 接收新兵的武装警察总队: a kind of body, qualified
    if _NOT_IN_NAME.search(m):
        if is_town_opening_with_preposition(bare, _NOT_IN_NAME):
            return True, False  # 对湖街道要…, 向阳镇要…: a town whose name opens with 对, 向
        # 商务部对外贸易司: a known department's division whose name holds a word of names
        # ([units] name_words) that opens with a preposition
        masked = _NAME_WORDS.sub(lambda w: "名" * len(w.group()), bare)
        return (masked != bare and not _NOT_IN_NAME.search(masked) and _is_known_division(masked)), False
    cues = _cues()
    if strict:  # a law's subjects: named units, and collectives of government bodies (``[prose] regulation_heads``)
        named, generic = _subject_unit(mention, False)
        return named and (not generic or bare.endswith(cues.regulation_heads)), generic or is_generic(m)
    if m[0] in cues.not_first and _is_known_division(bare):
        return True, False  # 商务部流通发展司: 商 of a known name is no 商 "consult"
    if _holds_cue(m) or (m[0] in cues.not_first and not _place_first(m) and not joiner_opens_town(m, cues.not_first)
                             and not m.startswith(_SAME_LEVEL)) or "等" in _DENG_WORDS.sub("", m):
        return False, False  # 财政部会同有关部门研究制定…, 商有关部门: a clause, not a name
    if is_generic(m) or (bare != m and is_generic(bare)):  # 中央企业（集团）: a note on the kind
        each = _AND_EACH.search(bare)
        if each is not None and _BARE_KIND.match(bare[: each.start()]):
            return False, True  # 政府和各级人武部 (of 各级党委、政府和各级人武部): two names, the first a bare kind
        if any(w in cues.collective_nouns.sub("＿", _DENG_WORDS.sub("＿", m)) for w in cues.not_in_collective) or _PARTY.search(bare):
            return False, True  # 有关部门组织…, 你们同有关部门; 各施工单位: regulated parties
        head = next((h for h in cues.generic_heads if bare.endswith(h)), "") if not bare.endswith(_NOT_TAILS) else ""
        # 各省, 各设区市: a one-character head only in a short name (各数据专区 is no collective)
        short = len(bare) <= (4 if head in cues.place_heads else cues.generic_length)  # 各街道、镇: levels listed
        return bool(head) and (short or _levels_listed(bare)), True
    if (not m.startswith(cues.not_place_words) or m[1:].startswith(_PLACE_THEN)) and "、" not in bare:  # 省市场监管厅
        for place in cues.places:  # 北京市经济和信息化局, 河北省委
            if m.startswith(place):
                rest = bare[len(place) :]
                if 1 <= len(rest) <= cues.place_name_length and rest.endswith(cues.place_name_suffixes) and not cues.place_name_kinds.match(rest):
                    return not _runs_on(bare, lambda n: _subject_unit(n, False) == (True, False)), False
                break
        for place in cues.place_prefixes:  # 省计划生育协会, 市财政局
            if m.startswith(place):
                rest = bare[len(place) :]
                if 2 <= len(rest) <= cues.place_name_length and rest.endswith(cues.place_name_suffixes) and not cues.place_name_kinds.match(rest) and (
                    not rest.startswith(cues.place_prefixes) or rest.startswith(cues.not_place_words)):  # 市市场监管局
                    return not _runs_on(bare, lambda n: _subject_unit(n, False) == (True, False)), False
                break
    if _is_national_body(bare) or _is_named_body(bare) or _is_division(bare) or _is_place_government(bare) or _is_known_division(bare) \
            or _TOWNSHIP.match(bare) or _of_a_city(bare) or _LEAGUE.match(bare) or _REGIMENT.match(bare) or _VILLAGE.match(bare) \
            or _TOWN_OFFICE.match(bare) \
            or _village_of_town(bare) or _standard(bare):
        return True, False  # 联合采购办公室, 医药集中招标采购事务管理所, 计划财务处, 大理市人民政府, 财政局 (bare)
    if _is_place(m):
        return True, False  # 北京市、天津市等各地区要…: a province or city named in full
    return is_body_kind(m), True  # 审核机构, 市场监管部门: a body named by its kind


def _village_of_town(name: str) -> bool:
    """A village by its name after its township's (城关镇东岭村, 乾州街道东岭村; found by prose round 2)."""
    return any(_TOWNSHIP.match(name[:i]) is not None and _VILLAGE.match(name[i:]) is not None for i in range(3, len(name) - 2))


def _is_place(name: str) -> bool:
    """A province, a prefecture-level city or a county by its full name (``[prose.units] place_levels``):
    河北省, 北京市, 新疆维吾尔自治区, 大同市, 惠农区 (not 河北, not 城区: ``place_not_alone``)."""
    return named_in_full(name, _PLACE_LEVELS) and name not in _UNITS["place_not_alone"]


def _is_national_body(name: str) -> bool:
    """A national body named in full that the registry may not list (``[prose.units]
    national_openings`` … ``national_heads``): 中国农业发展银行, 国家融资担保基金, 国家粮食应急工作指挥部."""
    cues = _cues()
    low, high = cues.national_length
    return (
        low <= len(name) <= high
        and name.startswith(cues.national_openings)
        and not name.startswith(cues.national_not_openings)
        and name.endswith(cues.national_heads)
        and _HAN.match(name) is not None  # (no 、 either)
        and not _holds_cue(name)
    )


def _is_named_body(name: str) -> bool:
    """A body named without a place, by a name that ends like an ad hoc or a service body's
    (``[prose.units] named_heads``): 联合采购办公室, 试点工作小组办公室, 采购事务管理所; a university by a
    two-character name (``short_heads``: 中南大学, 浙江大学; not a kind: 老年大学), a customs office by its port's
    (南坪海关; not 属地海关, 申报地海关)."""
    cues = _cues()
    low, high = cues.named_length
    short = next((h for h in cues.short_heads if name.endswith(h)), "")
    by_short = bool(short) and len(name) == len(short) + 2 and name[:2] not in cues.short_not_names
    if by_short:
        low = len(name)
    return (
        low <= len(name) <= high
        and (name.endswith(cues.named_heads) or by_short)
        and _HAN.match(name) is not None
        and (name[0] not in cues.not_first + cues.verb_first or name.startswith(cues.named_may_open))  # (经济…)
        and not _verb_opened(name)
        and not name.startswith(cues.not_place_words)
        and not _holds_cue(name)
    )


def _is_division(name: str) -> bool:
    """A division of the issuing department, printed without a place: 计划财务处, 规划财务股, an internal
    bureau (生态环境执法局, ``bureau_heads``), or after its department's kind: 厅农田建设管理处, 局办公室
    (``[prose.units] division_heads``)."""
    cues = _cues()
    if name in cues.own_offices or name in cues.own_bare:  # 局办: the department's own office; 研究室
        return True
    low, high = cues.division_length
    prefix = next((p for p in cues.own_prefixes if name.startswith(p)), "")  # (longest first: 总局, then 局)
    own = bool(prefix)
    rest = name[len(prefix):]
    head = next((h for h in (*cues.division_heads, *(cues.own_heads if own else cues.bureau_heads)) if rest.endswith(h)), "")
    # 救援协调处, 综合协调处: a word right before the head is the division's field, no verb (not_in_collective)
    field = next((w for w in cues.not_in_collective if head and rest[: -len(head)].endswith(w)), "")
    masked = name[: len(name) - len(head) - len(field)] + "名" * len(field) + head if field else name
    return (
        low <= len(name) <= high
        and bool(head)
        and not name.endswith(cues.division_not_heads)
        and (own or len(rest) - len(head) >= 2)  # (a bare 办公室 is another body's office: 该委办公室)
        and (not field or len(field) < len(rest) - len(head))  # (a field and more: 协调处 alone is none)
        and _opens_as_name(masked, may_open=cues.division_may_open)  # (市场建设司: 市场 is no place here)
    )


def _is_known_division(name: str) -> bool:
    """A division or internal bureau after the full name of a department the registry knows:
    农业农村部乡村产业发展司, 国家卫生健康委医政医管局 (``[prose.units] of_known_heads``)."""
    cues = _cues()
    head = next((h for h in cues.of_known_heads if name.endswith(h)), "")
    # (the head is no verb: 研究 of 科学研究院 opens no duty; the known name opens it, so its first
    # characters are no preposition: 商 of 商务部流通发展司 is no 商 "consult")
    if not head or not _opens_as_name(name[: -len(head)], known_opening=True):
        return False
    for cut in range(len(name) - 3, 1, -1):  # the longest known name first; the division has 3+ characters
        if registry().by_label(name[:cut]):
            return len(name) - cut <= cues.division_length[1]
    return False


def _is_place_government(name: str) -> bool:
    """A local government named by its place: 大理市人民政府, 洱源县人民政府 (not 根据…人民政府);
    a place whose name opens with a joiner's character (和田地区行政公署) too."""
    return _cues().place_government.match(name) is not None and _opens_as_name(name, known_opening=_place_first(name))


def _of_a_city(name: str) -> bool:
    """A body named after a prefecture-level city, by its full or short name (``[prose.units]
    city_levels``): 湛江海关, 湛江市商务局 (not 湛江, not 湛江等城市, not an event: 杭州亚运会); a city
    bureau's branch named after a county-level division (``county_tails``): 江北公安分局."""
    cues = _cues()
    corps = corps_city(name)  # 第二师铁门关市发展改革委: the division-city's body, read after the division (places92–97)
    name = name if corps is None else name[len(corps[0]) - len(corps[1].name) :]
    tail = next((t for t in cues.county_tails if name.endswith(t)), "")
    stem = name[: len(name) - len(tail)]
    if tail and len(stem) >= 2 and _HAN.match(stem) is not None and any(
            p.level == "county" for k in (stem, *(stem + kind for kind in cues.county_kinds)) for p in places().named(k)):
        return True
    for n, ps in places().prefixes(name):
        # a county-level division by its full name (化州市人民医院, 隆回县财政局), a city by its full or short name
        if len(n) >= 2 and any(p.level in cues.city_levels or _county_in_full(p, n) for p in ps):
            rest = name[len(n) :]
            return (2 <= len(rest) <= cues.place_name_length and rest.endswith(cues.place_name_suffixes)
                    and not rest.endswith(cues.city_not_tails)
                    and _HAN.match(rest) is not None and not _holds_cue(rest)
                    and not any(w in rest for w in cues.not_in_collective))
    return False


def _county_in_full(p: Place, n: str) -> bool:
    """Whether ``n`` is county-level division ``p``'s full name (化州市, 隆回县; not 化州) or an autonomous county's short name and kind (围场县)."""
    return p.level == "county" and (n == p.name or (p.name.endswith(("自治县", "自治旗")) and n == short_name(p.name) + p.name[-1])) and len(n) >= 3 and n.endswith(_cues().county_kinds)


def _place_first(name: str) -> bool:
    """Whether ``name`` opens with the full name of a division (和田地区…: 和 is then no joiner)."""
    return any(len(n) >= 3 and n == ps[0].name for n, ps in places().prefixes(name))


def _opens_as_name(name: str, *, known_opening: bool = False, may_open: tuple[str, ...] = ()) -> bool:
    """Only Chinese characters, and no verb, preposition or cue where a name would stand (with
    ``known_opening``, a name the registry knows opens it: its first characters are not tested)."""
    cues = _cues()
    return (
        _HAN.match(name) is not None
        and (known_opening or (
            (name.startswith(may_open) or (  # (经济发展局: 经济 opens it, 经 no verb there)
                name[0] not in cues.not_first + cues.verb_first and not name.startswith(cues.not_place_words)))
            and not _verb_opened(name)))
        and not _holds_cue(name)
        and not any(w in name for w in cues.not_in_collective)
    )


@dataclass(frozen=True)
class _Name:
    mention: str
    start: int
    generic: bool


def _split_list(text: str, base: int, strict: bool) -> list[_Name] | None:
    """A list of units as printed (、 和 及 与 以及 等 between them); None when a piece is no unit.

    A collective whose 各 reads over the bare kinds after it, then 和 and more units (各级党委、政府和
    各级军区; 各镇人民政府、街道办事处和各有关部门: round 202), is read as the collective and the units after it."""
    out = _split_listed(text, base, strict)
    if "、" not in text:
        return out
    for am in _AND.finditer(text):
        left = text[: am.start()]
        if "、" not in left or "、" in text[am.end() :] or joiner_opens_place(text, am.start()):
            continue
        lhs = _split_listed(left, base, strict)
        if lhs is not None and len(lhs) == 1 and lhs[0].generic and lhs[0].mention == left:
            rhs = _split_listed(text[am.end() :], base + am.end(), strict)
            if rhs is not None and (out is None or len(lhs) + len(rhs) < len(out)):  # the collective kept whole
                return lhs + rhs
    return out


def _split_listed(text: str, base: int, strict: bool) -> list[_Name] | None:
    """:func:`_split_list` without a collective before 和."""
    if not text or (text[0] in "、，和及与" and not _place_first(text) and not joiner_opens_town(text, "和及与")) or text[-1] in "、，和及与等":
        return None
    if (not strict or text.endswith(_cues().regulation_heads)) and (_sector_collective(text, is_subject_unit) or _levels_listed(text)):
        return [_Name(text, base, True)]  # 工业和信息化、公安、市场监管部门, 各街道、镇: one collective
    out: list[_Name] = []
    carry: int | None = None  # 各省、自治区、直辖市人民政府: a bare place word belongs to the next name
    pieces = depth_split(text, "、")
    if text.startswith("各") and len(pieces) > 1 and all(_BARE_KIND.match(text[a:b]) for a, b in pieces[1:]) \
            and is_subject_unit(text[: pieces[0][1]], strict=strict) == (True, True):
        return [_Name(text, base, True)]  # 各地（市）行政公署、人民政府: 各 reads over the bare kinds after it
    # 民政、公安、国家安全、人民银行等部门: the sector words before 等部门 name no body
    sectors = len(pieces) > 1 and _DENG.search(text[pieces[-1][0] : pieces[-1][1]]) is not None
    for a, b in pieces:
        piece = text[a:b]
        if not piece:
            return None
        if sectors and (a, b) != pieces[-1] and _is_sector(piece, strict, is_subject_unit):
            continue
        if sectors and (a, b) == pieces[-1]:  # 财政等部门: a sector word before 等 too names no body
            m = _DENG.search(piece)
            if m is not None and m.start() > 0 and _is_sector(piece[: m.start()], strict, is_subject_unit):
                a, piece = a + m.end(), piece[m.end() :]
        levels = _AND.split(piece)
        if all(_is_level(p) for p in levels):  # 各市（州）、县（市、区）人民政府
            carry = a if carry is None else carry  # (直辖市及计划单列市: two levels, still bare)
            continue
        if carry is not None and (("各" in _AND.split(piece)[0] and (_PLACE_NOTE.search(text[carry : a - 1]) is not None or (
                piece.startswith("各") and _LEVEL_COLLECTIVE.match(text[carry : a - 1])))) or goes_up(text[carry : a - 1], piece)):
            # 各县（市、区）、市直各有关单位: the next piece opens a collective with its own 各, the noted level stands alone
            # (and 各乡镇、县农业农村局: a county's body after the townships)
            # (so too 各 and one level, 各地、各部门 / 各县、各部门: two collectives)
            out.append(_Name(text[carry : a - 1], base + carry, True))
            carry = None
        first = a if carry is None else carry
        names = _split_piece(text[first:b], base + first, strict)
        if carry == 0 and names and len(names) > 1 and _levels_listed(names[0].mention) and not _OWN_SCOPE.match(names[-1].mention):
            names = None  # 各省、自治区、直辖市及计划单列市教育行政部门: the levels open the name (read whole below)
        # (直辖市及计划单列市教育行政部门: the levels joined to the name by 及 are no part of it)
        tail = levels[-1] if all(_is_level(p) for p in levels[:-1]) else piece
        tails = _split_piece(tail, base + b - len(tail), strict)
        if names is None and carry == 0 and tails is not None and (
                not strict or text[carry:b].endswith(_cues().regulation_heads)):  # (in a law, a government body's)
            # 各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门: the levels and the name after them are
            # one collective, however long; with the first name only when more follow (…人民政府和国务院有关部门: two)
            whole = text[carry : tails[0].start - base + len(tails[0].mention)] if len(tails) > 1 else text[carry:b]
            alias = _ALIAS.search(whole)  # （以下统称省级主管部门）: no part of the name
            names = [_Name(whole[: alias.start()] if alias is not None else whole, base + carry, True), *tails[1:]]
        carry = None
        if names is None:
            return None
        out.extend(names)
    if carry is not None:
        # 各县（市、区）要…: a place level whose note names the levels under it is a collective of its own
        # (各乡镇要…: 各 and one level alone, the whole subject, is one too)
        tail = text[carry:]
        noted = _PLACE_NOTE.search(tail) is not None and is_subject_unit(tail, strict=strict)[0]
        if carry != pieces[-1][0] or not (noted or (carry == 0 and _LEVEL_COLLECTIVE.match(tail))):
            return None
        out.append(_Name(tail, base + carry, True))
    if len(out) > 1 and "各" in out[0].mention and _EACH_OPENS.match(text) and all(_BARE_KIND.match(n.mention) for n in out[1:]):
        return [_Name(text, base, True)]  # 各镇人民政府、街道办事处: 各 reads over the bare kinds after it
    if len(out) > 1 and _DISTRIBUTED_FIRST.match(out[0].mention):
        # 各地工业和信息化主管部门、卫生健康委: every place's health commission, a collective
        return [out[0], *(_Name(n.mention, n.start, True) if _DISTRIBUTED_NEXT.match(n.mention) else n for n in out[1:])]
    return out


def _is_level(piece: str) -> bool:
    """A place level alone, perhaps with a note (各省, 县（市、区）): it belongs to the next name."""
    return _BARE_PLACE.match(_PLACE_NOTE.sub("", piece)) is not None


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
        sector = piece[: m.start()]  # 市场监管等有关部门 (alone; not 各地区等部门: a collective)
        if before is None and ok and not is_generic(sector) and _is_sector(sector, strict, is_subject_unit):
            before = []  # the sector word names no body, as in a list (民政、公安等部门); the collective stays
        if before is not None and (ok or (len(noun) == 2 and is_generic(noun))):
            return [*before, _Name(noun, start + m.end(), True)]
    if piece.endswith("等") and len(piece) > 2:
        return _split_piece(piece[:-1], start, strict)
    for am in sorted(_AND.finditer(piece), key=lambda m: m.group() not in _LOOSE_AND):  # 以及 first
        # 各部门和各单位, 各级环保部门和企业: two names; 各有关部门和单位: one
        left, right = piece[: am.start()], piece[am.end() :]
        if not left or joiner_opens_place(piece, am.start()) or (len(right) < 3 and (right in _cues().body_heads or not is_generic(right))):
            continue  # (企业, 高校 are collectives of their own; 单位, 部门 alone only finish a name)
        lhs = _split_piece(left, start, strict)
        rhs = _split_piece(right, start + am.end(), strict)
        if lhs is not None and rhs is not None:
            return lhs + rhs
    ok, generic = is_subject_unit(piece, strict=strict)
    return [_Name(piece, start, generic)] if ok else None

