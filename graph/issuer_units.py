"""A body's own units in its own notice: its divisions (``省局计量处``, ``计量处``, ``执法支队``, a county bureau's
``股``), the issuer named by itself (``省局``), and a city bureau's branch in one of its counties (``岳阳县分局``), as
the resolver (:mod:`graph.resolve`) writes them after the issuer's full name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .data import rules
from .departments.local import parse_mention
from .departments.model import Resolution
from .departments.places import Place, places
from .departments.written_out import is_adhoc
from .departments.zones import governed_zones, zone_forms

__all__ = ["after_own_name", "branch_of_issuer", "co_issuer_of_kind", "division_of_issuer", "is_committee",
           "named_issuer", "opens_with_committee"]

# the issuer named by itself, and the words that open the name of one of its divisions
_SELF = frozenset(
    {"省局", "市局", "县局", "区局", "本局", "我局", "省厅", "本厅", "我厅", "本委", "我委", "总局", "本部"}
)
_OWN = ("省局", "市局", "县局", "区局", "本局", "我局", "省厅", "本厅", "我厅", "总局", "局", "厅")
_COMMITTEE = ("委员会", "委")  # how a committee's name ends; only a committee names its units after 委
_DIVISION = re.compile(r"^[\u4e00-\u9fff]{1,14}?(?:处|科|股|室|司|中心|所|站|队|局|办公室|办)$")
# a division's name even without 省局 before it (a bureau's own enforcement unit: 执法支队; a county bureau's
# 股 and a market regulator's offices in its 街道 and towns, 西街市场监管所)
_SURE = ("处", "科", "股", "室", "执法支队", "执法大队", "执法总队", "稽查支队", "稽查大队", "稽查总队", "市场监管所",
         "市场监督管理所")


@lru_cache(maxsize=1)
def _not_division_heads() -> tuple[str, ...]:
    """Heads of a body of its own, never a division (``rules.toml [scope] not_division_heads``: 发展局, 分局)."""
    return tuple(rules()["scope"]["not_division_heads"])


@lru_cache(maxsize=1)
def _zone_kinds() -> tuple[str, ...]:
    """A zone's kind or a park's generic name (``zones.csv``: 高新区, 经开区, 开发区, 园区), longest first."""
    _, kinds, _, parks = zone_forms()
    return tuple(sorted({short for short, _ in (*kinds, *parks)}, key=lambda k: (-len(k), k)))


def _zone_body(unit: str) -> bool:
    """A body named after a zone's kind (高新区发展局, 开发区服务中心): the zone's, not a division of the issuer
    (a division of the zones' work, 开发区处 or 园区科, ends with a division's head).

    >>> _zone_body("高新区发展局"), _zone_body("开发区服务中心"), _zone_body("开发区处"), _zone_body("信息中心")
    (True, True, False, False)
    """
    return unit.startswith(_zone_kinds()) and not unit.endswith(_SURE)


def named_issuer(r: Resolution) -> Resolution | None:
    """The issuer as a body of its own when no template names it but its printed name places it and ends like a body
    that names its own sections (``[scope] named_issuer_heads``: 黑龙江省大海林林业局, written out with its province):
    its node, the name as printed (``pattern:`` as any such name); else None.

    >>> named_issuer(Resolution("黑龙江省大海林林业局", None, "黑龙江省大海林林业局", False, True)).department_id
    'pattern:黑龙江省大海林林业局'
    >>> named_issuer(Resolution("大海林林业局", None, "大海林林业局", False, False))
    """
    parsed = parse_mention(r.canonical)
    heads = tuple(rules()["scope"]["named_issuer_heads"])
    if not r.resolved or not parsed.chain or parsed.rel or not r.canonical.endswith(heads):
        return None
    return Resolution(r.mention, "pattern:" + r.canonical, r.canonical, False, True)


def opens_with_committee(key: str, issuer: str) -> bool:
    """True when a committee (发展和改革委员会) names one of its own units after its kind (委办公室 in its own
    notice: its 办公室, not the party committee's office that a bare 委 would be elsewhere).

    >>> opens_with_committee("委办公室", "宁国市发展和改革委员会"), opens_with_committee("委办公室", "宁国市财政局")
    (True, False)
    """
    return key.startswith("委") and is_committee(issuer) and bool(_DIVISION.match(key[1:]))


def is_committee(issuer: str) -> bool:
    """True when the issuer is a committee (…委员会, …委), whose notice may name its units after 委."""
    return issuer.endswith(_COMMITTEE)


def co_issuer_of_kind(key: str, issuers: Sequence[str]) -> int | None:
    """In a joint notice, which co-issuer a unit printed after a body's kind belongs to: the one issuer of
    that kind (委规划科, 委办公室 with 宁国市发展和改革委员会 the one committee among the issuers: its 规划科, its
    办公室; 局预算股 with one 局 among them), else None (no issuer of that kind, or two: not certain whose).

    >>> co_issuer_of_kind("委规划科", ["宁国市发展和改革委员会", "宁国市财政局"])
    0
    >>> co_issuer_of_kind("局预算股", ["宁国市发展和改革委员会", "宁国市财政局"])
    1
    >>> co_issuer_of_kind("委规划科", ["宁国市财政局", "宁国市教育局"]), co_issuer_of_kind("局预算股", ["A局", "B局"])
    (None, None)
    """
    own = next((p for p in (*_OWN, "委") if key.startswith(p) and len(key) > len(p)), None)
    own = own if own is not None else (key if key in _SELF else None)
    if own is None:
        return None
    kind = "总局" if own.endswith("总局") else own[-1]  # 省局 -> 局, 本厅 -> 厅, 我委 -> 委
    hits = [i for i, name in enumerate(issuers) if (is_committee(name) if kind == "委" else name.endswith(kind))]
    return hits[0] if len(hits) == 1 else None


def after_own_name(key: str, issuer: str) -> str | None:
    """The division's name when ``key`` prints one of the issuer's divisions after the issuer's own
    full name (``生态环境部生态环境执法局`` in 生态环境部's notice -> ``生态环境执法局``), else None.

    >>> after_own_name("生态环境部生态环境执法局", "生态环境部"), after_own_name("生态环境部", "生态环境部")
    ('生态环境执法局', None)
    """
    rest = key[len(issuer) :] if key.startswith(issuer) else ""
    return rest if rest and _DIVISION.match(rest) else None


@lru_cache(maxsize=1)
def division_of_issuer(key: str, resolved: bool, committee: bool = False) -> str | None:
    """``""`` when the mention names the issuer itself (``省局``), the division's own name when it
    names one of the issuer's divisions (``省局计量处`` -> ``计量处``), else None. Only a committee's
    (``committee``) units are named after 委 (委办公室); in another body's notice 委… is not its own.

    >>> division_of_issuer("计量处", False), division_of_issuer("联席会议办公室", False)
    ('计量处', None)
    >>> division_of_issuer("省农业信息中心", False), division_of_issuer("市场监管处", False)
    (None, '市场监管处')
    >>> division_of_issuer("委法规科", False, True), division_of_issuer("委法规科", False)
    ('法规科', None)

    A bare name ending like a place's or a zone's bureau or a branch (``[scope] not_division_heads``), or named
    after a zone's kind, is a body of its own (a branch of the issuer: :func:`branch_of_issuer`).

    >>> division_of_issuer("经济发展局", False), division_of_issuer("自然资源分局", False), division_of_issuer("高新区管理局", False)
    (None, None, None)
    >>> division_of_issuer("执法稽查局", False), division_of_issuer("省局南昌分局", False)
    ('执法稽查局', '南昌分局')
    """
    if key in _SELF:
        return ""
    if is_adhoc(key):
        return None  # this document's own joint meeting, leading group or secretariat
    if key.startswith("委") and not committee:
        return None  # a committee's unit (委法规科) in a bureau's notice: not the bureau's
    own = next((p for p in (*_OWN, "委") if key.startswith(p) and len(key) > len(p)), None)
    if own is None and (parse_mention(key).rel or key.startswith(governed_zones())):
        return None  # a body named with its place (省农业信息中心: 湖北省农业信息中心; 平潭综合实验区社会事业局), no division
    unit = key[len(own) :] if own else key
    if not _DIVISION.match(unit):
        return None
    if own is None and (resolved or not unit.endswith((*_SURE, "中心", "局"))):
        return None  # a body with a place of its own (省大数据中心), or not a division's name
    if own is None and (unit.endswith(_not_division_heads()) or _zone_body(unit)):
        return None  # 经济发展局, 公安分局, 高新区管理局: a place's or a zone's body, or some bureau's branch
    return unit


def branch_of_issuer(key: str, issuer: str, jurisdiction: str) -> str | None:
    """In a city bureau's own notice, its branch in one of the city's counties printed with the county's
    name (岳阳县分局 in 岳阳市生态环境局's: 岳阳市生态环境局岳阳县分局), or its short name (平江分局: 平江县), or
    in the city's zone printed with the zone's kind (高新区分局): the branch's name, else None (公安分局,
    自然资源分局: some bureau's branch; a county's short name of another city).

    >>> branch_of_issuer("平江分局", "岳阳市生态环境局", "430600"), branch_of_issuer("高新区分局", "岳阳市生态环境局", "430600")
    ('平江分局', '高新区分局')
    >>> branch_of_issuer("公安分局", "岳阳市生态环境局", "430600"), branch_of_issuer("长兴分局", "岳阳市生态环境局", "430600")
    (None, None)
    """
    city = places().get(jurisdiction)
    if city is None or not issuer.endswith("局") or not key.endswith(_BRANCH) or len(key) <= len(_BRANCH):
        return None
    stem = key[: -len(_BRANCH)]
    if stem in _zone_kinds():
        return key
    parsed = parse_mention(key)
    if not parsed.rel and parsed.core == _BRANCH and len(parsed.chain) == 1:
        counties: tuple[Place, ...] = parsed.chain
    else:  # a county's short name: 平江 (平江县), 萧山 (萧山区)
        kinds = rules()["prose"]["county_kinds"]
        counties = tuple(p for k in kinds for p in places().named(stem + k))
    return key if any(p.level == "county" and p.parent == city.code for p in counties) else None


_BRANCH = "分局"
