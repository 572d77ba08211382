"""Subjects introduced by 由 in running text (GUIDE.md "Assignments in running text"): ``由X牵头``,
``由X负责``, ``由X会同Y…``, ``由X承担…`` (a duty, not a cost), at a clause's start or after its topic (具体指标由X负责拟定).

A 由 that opens another word (由于 "because", 由此, 由衷: ``[prose] by_not_inside``) introduces a unit only
when the name after 由 opens with a place's full name (由于都县人民政府负责…: 于都县, a county of Jiangxi);
else the word is read (由于财政部负责…: "because 财政部 is responsible", the case, no duty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import rules
from .prose_cues import _cues
from .prose_lists import _longest_list
from .prose_units import _Name, _place_first

__all__: list[str] = []

_DUTY_TOPIC = re.compile(rules()["prose"]["by_then_duty_topic"])  # 运营管理工作由X承担。: the work is X's
_ENDS_CLAUSE = re.compile("承担(?:$|[，。；])")
_NOT_IN_LAWS = frozenset(rules()["prose"]["by_cues_not_in_laws"])  # 由X责令改正 in a law: a penalty
_NEGATED = tuple(rules()["prose"]["by_negated"])  # 不再由X负责: who no longer does it
_CLOSING = tuple(rules()["prose"]["by_closing"])  # 考核工作由X组织，…: the work given to X
_JOINT_NOT = tuple(rules()["prose"]["by_joint_not"])  # 联合社 (a name), 联合发布 (who publishes)
_GIVEN_TO = tuple(rules()["prose"]["given_to"])  # …工作，划归Y。: the work given to Y
_CONSULT = frozenset(rules()["prose"]["by_cues_consult"])  # 由X商Y确定: X leads, Y consulted supports


@dataclass(frozen=True)
class _Found:
    """The subjects of a duty found in a clause, their role and their partners after 会同."""

    names: tuple[_Name, ...]
    role: str
    partners: tuple[_Name, ...] = ()
    said: bool = False  # named to the role by 以…为 and a label


def _by_subject(text: str, p: int, q: int, b: int, strict: bool) -> _Found | None:
    """The units of ``由X牵头`` / ``由X负责`` / ``由X会同Y…`` / ``由X承担…并负责…`` with 由 at ``q``
    in the clause ``[p, b)``; 由 opening a word (由于, 由此) only before a place's full name (由于都县…)."""
    cues = _cues()
    if text[p:b].rstrip().endswith(cues.by_not_end) or cues.by_condition.search(text, p, b):
        return None  # 由专区监管部门会同运营单位审核同意后，…: a condition
    got = _longest_list(text, q + len(cues.by_word), b, strict, follows=cues.by_cues) or _by_manner(text, q + len(cues.by_word), b, strict)
    if got is not None and text.startswith(_JOINT_NOT, got[1]):
        got = None  # 由X联合发布 (who publishes); 由县供销合作社|联合社作为…: a name, read with 作为 below
    if got is None and (closing := _closing(text, q, b, strict)) is not None:
        return closing  # 考核工作由X组织，Y参与
    then = got is None  # 由X承担日常工作并负责具体实施
    if then:
        got = _longest_list(text, q + len(cues.by_word), b, strict, follows=cues.by_then_word)
    if got is None or (text.startswith(cues.by_not_inside, q) and not _place_first(got[0][0].mention)):
        return None  # 由于财政部负责… (because), 由此…; but 由于都县人民政府负责… (于都县, a county)
    if then:  # (…组成专门领导班子，负责…: the cue may follow a comma, not a colon or a line end)
        end = min((i for i in (text.find(c, b) for c in "。；：:\n") if i >= 0), default=len(text))
        topic = _topic(text, q)
        duty = cues.by_then.match(text, got[1], end) is not None or (
            cues.by_then_object.match(text, got[1], b) is not None and not (
                cues.by_then_not.match(text, got[1], b) or cues.by_then_not_topic.search(text, *topic))) or (
            _ENDS_CLAUSE.match(text, got[1], b) is not None and _DUTY_TOPIC.search(text, *topic) is not None)
        role = "lead" if text.startswith(cues.lead_as, got[1]) else "responsible"  # 由X作为牵头单位，负责…
        return _Found(tuple(got[0]), role) if duty else None
    names, j = got
    cue = next(c for c in cues.by_cues if text.startswith(c, j))
    if strict and cue in _NOT_IN_LAWS:
        return None  # 违反本条例规定的，由X部门责令改正: a law's penalty, no task
    after = j + len(cue)
    if text.startswith("的", after) or text.startswith(cues.not_cues, j):
        return None  # 由国务院领导同志牵头负责的…制度: a name, not a duty
    if cue in cues.with_words or text.startswith(cues.with_words, after):  # 由X牵头会同Y…, 由X负责会同Y… (as X负责会同Y…)
        after += next((len(w) for w in cues.with_words if text.startswith(w, after)), 0)
        partners = _longest_list(text, after, b, False)  # (a named lead's partners may be collectives)
        return _Found(tuple(names), "lead", tuple(partners[0]) if partners else ())
    if cue in _CONSULT:  # 由X商Y确定: X leads, Y supports (as 由X会同Y…); 由双方商定 (no unit right after): none
        partners = _longest_list(text, after, b, False)
        if partners is None or partners[0][0].start != after:
            return None
        return _Found(tuple(names), "lead", tuple(partners[0]))
    if cue in cues.lead_with:  # 由X、Y联合开展…: each responsible; 由X联合Y、Z开展…: X leads, Y and Z support
        partners = _longest_list(text, after, b, False)
        if partners is not None and partners[0][0].start == after:
            return _Found(tuple(names), "lead", tuple(partners[0]))
    role = next((r for c, r in cues.roles if c == cue), "responsible")
    return _Found(tuple(names), role)


def _given_to(text: str, p: int, b: int, strict: bool) -> _Found | None:
    """The units a clause ``[p, b)`` gives a work to with a ``[prose] given_to`` word, ending the clause or followed by
    a cue (``原由X负责的…工作，划归Y。``, ``…工作划归Y，由Y负责…``): they are responsible; None when the clause has none."""
    while b > p and text[b - 1] in " \u3000。；;，,\n":
        b -= 1
    for word in _GIVEN_TO:
        q = text.find(word, p, b)
        if q < 0:
            continue
        got = _longest_list(text, q + len(word), b, strict)
        if got is not None and got[0][0].start == q + len(word) and got[1] == b:
            return _Found(tuple(got[0]), "responsible")
    return None


def _by_manner(text: str, pos: int, b: int, strict: bool) -> tuple[list[_Name], int] | None:
    """The units of ``由X按规定负责…`` / ``由X统一负责…`` (``[prose] by_manner``): the list after 由 and
    the offset of the cue after the words that say how."""
    cues = _cues()
    got = _longest_list(text, pos, b, strict, follows=cues.by_manner_openers)
    if got is None:
        return None
    m = cues.by_manner.match(text, got[1], b)
    return (got[0], m.end()) if m is not None and text.startswith(cues.by_cues, m.end()) else None


def _closing(text: str, q: int, b: int, strict: bool) -> _Found | None:
    """``…工作由X组织`` with the word closing the clause after a topic naming work (``[prose] by_closing``,
    ``by_then_duty_topic``): X responsible; ``由X组织出版…`` (an object after it) none."""
    got = _longest_list(text, q + len(_cues().by_word), b, strict, follows=_CLOSING)
    if got is None:
        return None
    end = got[1] + next(len(w) for w in _CLOSING if text.startswith(w, got[1]))
    if text[end:b].strip(" 　") or _DUTY_TOPIC.search(text, *_topic(text, q)) is None:
        return None
    return _Found(tuple(got[0]), "responsible")


_CLAUSE_ENDS = "，,；;。：:\n"


def _topic(text: str, q: int) -> tuple[int, int]:
    """The span of the topic before 由 at ``q``: its clause's words before it (所需费用由X承担), or the clause before
    when 由 opens its own (所需经费，由X承担), not the whole sentence (按照本条第二款规定，加强资金监管，由X承担…工作)."""
    end = q
    while end > 0 and text[end - 1] in " 　":
        end -= 1
    if end > 0 and text[end - 1] in _CLAUSE_ENDS and text[end - 1] not in "。\n":
        end -= 1  # 由 opens its clause: the topic is the clause before
    start = max(text.rfind(c, 0, end) for c in _CLAUSE_ENDS) + 1
    return start, end


def _by_inside(text: str, p: int, b: int, strict: bool) -> _Found | None:
    """``由X负责`` after the clause's topic: 具体指标由X负责拟定 (a 由 that ends no word: 自由, 理由)."""
    cues = _cues()
    q = text.find(cues.by_word, p + 1, b)
    while q != -1:
        if cues.by_not_topic.match(text, p, q):
            return None
        if text[q - 1] not in cues.by_not_after and not text.endswith(_NEGATED, p, q):  # (不再由X负责: none)
            found = _by_subject(text, p, q, b, strict)
            if found is not None:
                return found
        q = text.find(cues.by_word, q + 1, b)
    return None
