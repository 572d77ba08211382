"""Bodies named only by their kind (审核机构, 市场监管部门) and the tests of a name's first words
and cues that the units of running text share (``rules.toml [prose.units]``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..data import rules
from ..departments.bodies import bodies
from .name_words import reads_as_name_part
from .pronouns import SELF_PRONOUN
from .prose_cues import _cues

_NOT_IN_NAME = re.compile(rules()["prose"]["units"]["not_in_name"])
_RUN_ON = tuple(rules()["prose"]["run_on"])
_DESIGNATED = re.compile(rules()["prose"]["units"]["designated"])  # 县（市、区）人民政府确定的城市绿化主管部门
_PARTY = re.compile(rules()["prose"]["party_kinds"])  # 施工单位, 监理单位: a regulated party, no unit of a plan


def _verb_opened(name: str) -> bool:
    """Whether a name opens with a verb (构建…, 推动…), not with a word that only looks like one
    (``[prose.units] named_may_open``: 联合采购办公室, 发展改革部门)."""
    cues = _cues()
    return name.startswith(cues.verb_openers) and not name.startswith(cues.named_may_open)


def is_body_kind(mention: str) -> bool:
    """A body named only by its kind: 审核机构, 社会团体登记管理机关, 项目管理部门 (a collective).

    >>> is_body_kind("审核机构"), is_body_kind("市场监管部门"), is_body_kind("有关部门组织"), is_body_kind("工作平台")
    (True, True, False, False)
    >>> is_body_kind("构建政府性融资担保机构"), is_body_kind("对外联络机构"), is_body_kind("发展改革部门")
    (False, False, True)
    """
    cues = _cues()
    low, high = cues.body_length
    return (
        low <= len(mention) <= high
        and mention.endswith(cues.body_heads)
        and not _NOT_IN_NAME.search(mention)
        and mention[0] not in cues.not_first + cues.verb_first
        and not _verb_opened(mention)
        and not _holds_cue(mention)
        and not any(w in mention for w in cues.not_in_collective)
        and not _PARTY.search(mention)
    )


def is_standard_body(name: str) -> bool:
    """A standard body of a city or a county printed without its place, as its own minutes and speeches print it
    (财政局要…, 由应急管理局牵头…; ``bodies.csv``: a core name of a body every city or county has; found by prose round 6).

    >>> is_standard_body("财政局"), is_standard_body("消防救援大队"), is_standard_body("人民政府"), is_standard_body("局")
    (True, True, False, False)
    """
    return len(name) >= 3 and not name.endswith(("政府", "行政公署", "行署")) and any(
        b.kind != "party" and ("C" in b.levels or "K" in b.levels) and b.pattern == "{place}{full}"
        for b in bodies().by_core(name))


def designated_body(name: str, is_unit: Callable[[str], bool]) -> bool:
    """A body a government designates, named by that government, 确定的 and a body's kind (``[prose.units]
    designated``): ``is_unit`` tells the government a subject.

    >>> designated_body("县（市、区）人民政府确定的城市绿化主管部门", lambda n: True)
    True
    >>> designated_body("县人民政府确定的原则", lambda n: True), designated_body("国务院授权的公司审批部门", lambda n: True)
    (False, False)
    """
    m = _DESIGNATED.match(name)
    return m is not None and is_unit(m["by"]) and is_body_kind(m["kind"])


def _holds_cue(name: str) -> bool:
    """Whether a cue word stands in ``name`` (words such as 应急 and 负责人 are not cues)."""
    cues = _cues()
    for w in cues.not_cues:
        name = name.replace(w, "　" * len(w))
    return cues.cue_in_name.search(name) is not None


def _runs_on(name: str, is_name: Callable[[str], bool]) -> bool:
    """Whether ``name`` runs on over a verb after a shorter name that opens it (市财政局|研究制定具体办 of
    请市财政局研究制定具体办法): the part after that name opens with a verb (``[prose]
    not_in_collective``, ``verb_openers``) or an adverb (``adverbs``, ``run_on``: 进一步, 尽快),
    followed by more than a body's head (市委|组织部, 市人力资源社会|保障局, 市委|研究室 and 省|发展改革委 are
    names; ``is_name`` tells the shorter name)."""
    cues = _cues()
    heads = (*cues.place_name_suffixes, *cues.generic_heads)
    words = (*cues.not_in_collective, *cues.verb_openers, *(a for a in cues.adverbs if len(a) > 1), *_RUN_ON)
    for i in range(2, len(name) - 2):
        if SELF_PRONOUN.match(name[:i]):
            continue  # 省厅|救灾处: a body's short name for itself opens its divisions' names (省厅救灾处, 我局办公室)
        rest = name[i:]
        verb = next((v for v in words if rest.startswith(v)), "")
        if verb and not rest.startswith(cues.named_may_open) and rest[len(verb):] not in heads and is_name(name[:i]):
            return True
        # 市消防救援支队|巩固口岸通关 of 请市消防救援支队巩固口岸通关秩序: what follows a complete name opens and ends
        # as no known name does (``name_words``): a duty, whatever its verb
        if not verb and not reads_as_name_part(rest) and is_name(name[:i]):
            return True
    return False
