"""Phrases between a subject and its duty in running text (GUIDE.md "Assignments in running text"):
``X对A、Y对B要…`` (Y a subject too), ``X要结合职能积极参与…`` (X supports), ``由X牵头，Y给予支持`` (Y supports) and ``由X负责，Y落实。`` (Y responsible)."""

from __future__ import annotations

import re

from ..data import rules
from .prose_by import _Found
from .prose_cues import _cue_at, _cues, _skip
from .prose_lists import _longest_list
from .prose_units import _Name

__all__: list[str] = []

_NOT_AFTER = tuple(rules()["prose"]["support_not_after"])  # 与: X要与Y协同配合
_INSIDE_BEFORE = tuple(rules()["prose"]["support_inside_before"])  # 的: 对…的配合
_INSIDE_AFTER = tuple(rules()["prose"]["support_inside_after"])  # 下, 的: 在Y的配合下, 对参与企业
_CARRIED_LEAD = re.compile(rules()["prose"]["carried_lead"])  # X负责…，对…负总责: X leads too
_SUPPORT_GIVEN = tuple(sorted(rules()["prose"]["support_given"], key=len, reverse=True))  # 由X牵头，Y给予支持
_DONE_GIVEN = tuple(sorted(rules()["prose"]["done_given"], key=len, reverse=True))  # 由X负责，Y落实。
_GUIDE_PHRASE = tuple(rules()["prose"]["please_guide_phrase"])  # 请X对…给予指导
_GUIDE_END = str(rules()["prose"]["please_guide_end"])


def _support_after_phrase(text: str, p: int, end: int, role: str, pos: int) -> tuple[str, int]:
    """X要结合职能积极参与…: a phrase after 要, then a word of support (GUIDE.md: a subject whose duty is 参与 /
    配合 / 协助 supports); not one inside the phrase (在Y的配合下, 对参与企业: after 的, or before 下 / 的)."""
    cues = _cues()
    if text.startswith(_NOT_AFTER, p):
        return role, pos  # X要与Y协同配合…: acting together, no support
    for q in range(p + 2, min(end, p + cues.phrase_length)):
        if text[q] in "，。；：\n":
            break
        found = _cue_at(text, q, inside=True)
        if found is not None and found[1] == "support" and not text.endswith(_INSIDE_BEFORE, 0, q) \
                and not text.startswith(_INSIDE_AFTER, q + len(found[0])):
            return "support", q + len(found[0])
    return role, pos


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
    if found is None or found[0][0].start != p:
        return None
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


def _carried_lead(text: str, p: int, b: int, subjects: list[_Name]) -> _Found | None:
    """A clause ``[p, b)`` with no subject of its own that says the latest subject carries the whole charge
    (``[prose] carried_lead``: ``X负责…，对…负总责``): that subject leads too."""
    m = _CARRIED_LEAD.match(text, p, b) if subjects else None
    return _Found(tuple(subjects), "lead") if m is not None and not text[m.end():b].strip("。；;") else None


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
    ``Y落实。`` (responsible); else None."""
    return _support_given(text, p, b, strict) or _done_given(text, p, b, strict)
