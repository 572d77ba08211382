"""Phrases between a subject and its duty in running text (GUIDE.md "Assignments in running text"):
``X对A、Y对B要…`` (Y a subject too), ``X要结合职能积极参与…`` (X supports), ``由X牵头，Y给予支持`` (Y supports) and ``由X负责，Y落实。`` (Y responsible)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..data import rules
from ..model import Span, Unit
from .prose_by import _Found
from .prose_cues import _cue_at, _cues, _skip
from .prose_lists import _longest_list
from .prose_units import _Name

__all__: list[str] = []

_NOT_AFTER = tuple(rules()["prose"]["support_not_after"])  # 与: X要与Y协同配合
_INSIDE_BEFORE = tuple(rules()["prose"]["support_inside_before"])  # 的: 对…的配合
_OBJECT_VERBS = tuple(rules()["prose"]["support_object_verbs"])  # 支持Y参与: Y takes part
_INSIDE_AFTER = tuple(rules()["prose"]["support_inside_after"])  # 下, 的: 在Y的配合下, 对参与企业
_CARRIED_LEAD = re.compile(rules()["prose"]["carried_lead"])  # X负责…，对…负总责: X leads too
_CARRIED_ROLES = {role: re.compile(p) for role, p in rules()["prose"]["carried_roles"].items()}  # …，牵头推进…: X leads too
_CARRIED_WHOLE = frozenset(rules()["prose"]["carried_whole"])  # …，并给予技术指导。: the whole clause
_AFTER_CHARGE = re.compile(rules()["prose"]["carried_after_charge"])  # X对…负总责，要…: X responsible too
_CHARGE_END = re.compile(rules()["prose"]["charge_end"])
_SUPPORT_GIVEN = tuple(sorted(rules()["prose"]["support_given"], key=len, reverse=True))  # 由X牵头，Y给予支持
_DONE_GIVEN = tuple(sorted(rules()["prose"]["done_given"], key=len, reverse=True))  # 由X负责，Y落实。
_HABITUAL = str(rules()["prose"]["habitual"])  # 都要: what is done each time, in a report or a reply
_CONTINUED = tuple(rules()["prose"]["continued_verbs"])  # X负责…，Y做好…
_GIVEN_OPENERS = tuple(rules()["prose"]["support_given_openers"])  # Y给予必要的经费支持
_GIVEN_KIND = re.compile(rules()["prose"]["support_given_kind"])
_GUIDE_PHRASE = tuple(rules()["prose"]["please_guide_phrase"])  # 请X对…给予指导
_GUIDE_END = str(rules()["prose"]["please_guide_end"])
_REVIEW = re.compile(rules()["prose"]["review_heading"])  # 一、2019年工作回顾


def _support_after_phrase(text: str, p: int, end: int, role: str, pos: int) -> tuple[str, int]:
    """X要结合职能积极参与…: a phrase after 要, then a word of support (GUIDE.md: a subject whose duty is 参与 /
    配合 / 协助 supports); not one inside the phrase (在Y的配合下, 对参与企业: after 的, or before 下 / 的), nor one quoted."""
    cues = _cues()
    if text.startswith(_NOT_AFTER, p):
        return role, pos  # X要与Y协同配合…: acting together, no support
    quoted = False  # (要按照“政府主导、群众主体、社会参与”的要求，…: a word of support inside a quoted slogan; prose round 34)
    for q in range(p + 2, min(end, p + cues.phrase_length)):
        if text[q] in "“”":
            quoted = text[q] == "“"
        if text[q] in "，。；：\n" or text.startswith(_OBJECT_VERBS, q):
            break  # (…支持社会组织参与…: the organisations take part)
        found = None if quoted else _cue_at(text, q, inside=True)
        if found is not None and found[1] == "support" and not text.endswith(_INSIDE_BEFORE, 0, q) \
                and not text.startswith(_INSIDE_AFTER, q + len(found[0])):
            return "support", q + len(found[0])
    return role, pos


def _manner_role(text: str, after: int) -> tuple[str, int] | None:
    """The role of the word after one saying how the work is shared (``[prose] manner_cues``), perhaps after a comma:
    ``X要按照职责分工密切配合`` support, ``X、Y按照职责分工，指导…`` guide; else None (``…，抓好落实``: the duty's own).
    After a comma the word must take its work (``，配合做好…``): ``…，密切配合，形成工作合力`` says how all work together (the
    gold of rounds 22 and 28: responsible)."""
    cues = _cues()
    p = comma = _skip(text, after, cues.adverbs)
    if text.startswith("，", p):
        p = _skip(text, p + 1, cues.adverbs)
    then = _cue_at(text, p)
    if then is None or then[1] not in ("support", "guide"):
        return None
    end = p + len(then[0])
    return None if p > comma and (end >= len(text) or text[end] in "，。；\n") else (then[1], end)


def _paired(text: str, j: int, after: int, strict: bool) -> list[_Name]:
    """The units of a phrase ``X对A、Y对B要…`` between the subject's end ``j`` and its cue: after each 、, a list of
    units followed by the preposition that opened the phrase (Y before 对B) is a subject too."""
    cues = _cues()
    p = _skip(text, j, cues.adverbs)
    word = next((w for w in cues.prepositions if text.startswith(w, p)), None)
    if word is None or text.startswith(cues.not_prepositions, p):
        return []
    out: list[_Name] = []
    q = text.find("、", p, after)
    while q != -1:
        found = _longest_list(text, q + 1, after, strict, follows=(word,))
        if found is not None and found[0][0].start == q + 1:
            out.extend(found[0])
        q = text.find("、", q + 1, after)
    return out


def _support_given(text: str, p: int, b: int, strict: bool) -> _Found | None:
    """The units that open a clause ``[p, b)`` followed right away by a word of support given (``[prose]
    support_given``: ``Y给予支持``), read after a clause of the sentence whose subject has a duty: they support."""
    found = _longest_list(text, p, b, strict, follows=_SUPPORT_GIVEN)
    if found is None or found[0][0].start != p:  # Y给予必要的经费支持, Y提供技术支撑: the kind between
        given = _longest_list(text, p, b, strict, follows=_GIVEN_OPENERS)
        if given is None or given[0][0].start != p or _GIVEN_KIND.match(text, given[1], b) is None:
            return None
        return _Found(tuple(given[0]), "support")
    end = found[1] + next(len(w) for w in _SUPPORT_GIVEN if text.startswith(w, found[1]))
    return None if text.startswith("的", end) else _Found(tuple(found[0]), "support")


def _done_given(text: str, p: int, b: int, strict: bool) -> _Found | None:
    """The units that make up a clause ``[p, b)`` with a word of carrying the work out that ends it (``[prose]
    done_given``: ``Y落实。``), read after a clause of the sentence whose subject has a duty: they are responsible."""
    found = _longest_list(text, p, b, strict, follows=_DONE_GIVEN)
    if found is None or found[0][0].start != p:
        return None
    end = found[1] + next(len(w) for w in _DONE_GIVEN if text.startswith(w, found[1]))
    return _Found(tuple(found[0]), "responsible") if not text[end:b].strip(" 　。；;，,") else None


def _continued(text: str, p: int, b: int, strict: bool) -> _Found | None:
    """The units that open a later clause ``[p, b)`` followed right away by a ``[prose] continued_verbs`` word, after a
    clause of the sentence whose subject has a duty (``X负责…，Y做好…``): they are responsible (not in laws)."""
    found = None if strict else _longest_list(text, p, b, strict, follows=_CONTINUED)
    return _Found(tuple(found[0]), "responsible") if found is not None and found[0][0].start == p else None


def _carried_lead(text: str, p: int, b: int, subjects: list[_Name], before: tuple[int, int] | None = None) -> _Found | None:
    """A clause ``[p, b)`` with no subject of its own that says the latest subject carries the whole charge
    (``[prose] carried_lead``: ``X负责…，对…负总责``): that subject leads too. So for the other ``carried_roles``
    (``X负责…，牵头推进…``: lead; ``X负责…，并给予技术指导``: guide) and for a duty word after a clause ``before``
    ending with 负总责 (``X对…负总责，要组织…``: responsible)."""
    if not subjects:
        return None
    m = _CARRIED_LEAD.match(text, p, b)
    if m is not None and not text[m.end():b].strip("。；;"):
        return _Found(tuple(subjects), "lead")
    for role, pattern in _CARRIED_ROLES.items():
        m = pattern.match(text, p, b)
        if m is not None and (role not in _CARRIED_WHOLE or not text[m.end():b].strip("。；;")):
            return _Found(tuple(subjects), role)
    if before is not None and _CHARGE_END.search(text, *before) and _AFTER_CHARGE.match(text, p, b):
        return _Found(tuple(subjects), "responsible")
    return None


def _guide_after_phrase(text: str, j: int, end: int) -> tuple[str, str, int] | None:
    """请X对我县…给予指导: after the asked units ending at ``j``, a phrase opened by a ``[prose] please_guide_phrase``
    word whose clause ends with a word of guide (``please_guide_end``): the cue (``guide``, at ``j``) for X; else None."""
    cues = _cues()
    p = _skip(text, j, cues.adverbs)
    if not text.startswith(_GUIDE_PHRASE, p):
        return None
    for q in range(p + 1, min(end, p + cues.phrase_length)):
        if text[q] in "，。；：\n":
            return (_GUIDE_END, "guide", j) if text.endswith(_GUIDE_END, 0, q) else None
    return None


def _given(text: str, p: int, b: int, strict: bool) -> _Found | None:
    """The units of a clause ``[p, b)`` after a clause of the sentence whose subject has a duty: ``Y给予支持`` (support),
    ``Y落实。``, ``Y做好…`` (responsible); else None."""
    return _support_given(text, p, b, strict) or _done_given(text, p, b, strict) or _continued(text, p, b, strict)


def _qualifies(text: str, p: int, q: int) -> bool:
    """A 在-phrase from ``p`` to the cue at ``q`` holding a 的 that does not close it: the unit before
    it is the subject of a clause qualifying another noun (X在平台上开设的账号应…; not X在…的比例上要…)."""
    cues = _cues()
    while (w := next((w for w in cues.located_skip if text.startswith(w, q - len(w))), None)) is not None and q - len(w) > p:
        q -= len(w)  # (在…的比例上也要: the phrase ends before the adverbs; 原则上 closes none)
    if not text.startswith(cues.located, p) or text[p:q].endswith(cues.located_close):
        return False
    return any(not text.startswith(cues.located_of, i + 1) for i in range(p, q) if text[i] == "的")


def _habitual(text: str, span: Span, mentions: list[str]) -> bool:
    """Whether a sentence of a report or a reply tells how work is done (``[prose] habitual``: its first cue is 要 after 都,
    ``县司法局对…都要进行合法性审核``), not a duty: none of its subjects is a collective of 各 (``各地都要…``, ``市政府各部门都要…``: 都 counts them)."""
    m = _cues().any_cue.search(text, span.start, span.end)
    return m is not None and m.start() > 0 and text.startswith(_HABITUAL, m.start() - 1) and not any("各" in w for w in mentions)


def _reviews(text: str, units: Sequence[Unit]) -> list[tuple[int, int]]:
    """The spans of the numbered units whose heading is a review of past work (``[prose] review_heading``: 一、2019年工作
    回顾), each up to the next unit of its level or above: what is told there was done, no duty."""
    out = []
    for k, u in enumerate(units):
        end = text.find("\n", u.body_start)
        if _REVIEW.match(text[u.body_start : end if end >= 0 else len(text)]):
            nxt = next((v.span.start for v in units[k + 1 :] if len(v.path) <= len(u.path)), len(text))
            out.append((u.span.start, nxt))
    return out


def _partners_first(text: str, p: int, b: int) -> list[_Name] | None:
    """The units of a sentence's first clause ``[p, b)`` that is only 会同 and a list, before a comma (``会同县气象局、
    县水利局，由县农业局牵头做好…``): the partners of the subject the next clause names, printed before it."""
    cues = _cues()
    q = _skip(text, p, cues.adverbs)
    w = next((w for w in cues.with_words if text.startswith(w, q)), None)
    if w is None or b >= len(text) or text[b] != "，":
        return None
    found = _longest_list(text, q + len(w), b, False)
    return found[0] if found is not None and not text[found[1] : b].strip(" \u3000") else None
