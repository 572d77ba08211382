"""What may follow the subject of a duty in running text (GUIDE.md "Assignments in running text"): adverbs, a
prepositional phrase and a comma, then a cue word that gives the subject's role (``X也要…``, ``X在测算…时，将…``,
``X、Y按照职责分工，指导…``, ``X要按照职责分工密切配合``). Cue words are data: ``[prose]`` in ``rules.toml``."""

from __future__ import annotations

import re

from ..data import rules
from .prose_cues import _cue_at, _cues, _skip
from .prose_phrases import _guide_after_phrase, _manner_role, _qualifies, _support_after_phrase

__all__: list[str] = []

_MANNER = frozenset(rules()["prose"]["manner_cues"])  # 按照职责分工: how the work is shared, before its role word
_CONDITION = re.compile(rules()["prose"]["phrase_condition"])  # X经核准登记后，…: a condition, no phrase before a duty
_BASIS_END = re.compile(rules()["prose"]["phrase_basis_end"])  # 按照…的要求，督促指导…
_APPOSITION = re.compile(rules()["prose"]["apposition_as"])  # X为…的责任主体，负责…: an apposition before the cue
_RECURRING = tuple(rules()["prose"]["recurring"])  # 每年: an adverb only right before the cue (not 每季度都要…)


def _role_after(text: str, pos: int, end: int, role: str) -> tuple[str, int]:
    """The role said after a plain 要/应/将 (要会同, 将积极配合, 要加强指导; 要负责的事项 as X负责的: a noun phrase)."""
    cues = _cues()
    p = _skip(text, pos, cues.adverbs)
    if p < end:
        found = _cue_at(text, p)
        if found is not None and found[0] in _MANNER and (shared := _manner_role(text, p + len(found[0]))) is not None:
            return shared  # 要按照职责分工密切配合: the word of support after it
        if found is not None:
            return found[1], p + len(found[0])
        if text.startswith(cues.prepositions, p) and not text.startswith(cues.not_prepositions, p):
            if _guide_after_phrase(text, p, end) is not None:
                return "guide", pos  # 要对社会组织开展的…活动给予业务指导: guide
            return _after_phrase_comma(text, p, end) or _support_after_phrase(text, p, end, role, pos)
    return role, pos


def _after_phrase_comma(text: str, p: int, end: int) -> tuple[str, int] | None:
    """要按照本地党委、政府的要求，督促指导…: a phrase from ``p`` closed by a comma, then a word of guide or support that takes
    its work (not ``…，密切配合，形成工作合力``, as ``_manner_role``): that role, and the offset after the word; else None."""
    cues = _cues()
    for q in range(p + 1, min(end, p + cues.phrase_length)):
        if text[q] in "。；：\n":
            return None
        if text[q] == "，":
            if _CONDITION.match(text[p:q]) or not _BASIS_END.search(text, p, q):
                return None  # (…按照网络安全国家标准制定实施指南和规范，指导…: the duty itself before the comma)
            r = _skip(text, q + 1, cues.adverbs)
            then = _cue_at(text, r)
            if then is None or then[1] not in ("support", "guide"):
                return None
            after = r + len(then[0])
            return None if after >= len(text) or text[after] in "，。；\n" else (then[1], after)
    return None


def _cue_after_adverbs(text: str, p: int, *, inside: bool = False) -> tuple[str, str, int] | None:
    """``(cue, role, offset after it)`` when adverbs and then a cue stand at ``p`` (X也要…, X正在抓紧…)."""
    cues = _cues()
    while True:
        found = _cue_at(text, p, inside=inside)
        if found is not None:
            cue, role = found
            after = p + len(cue)
            if cue in _MANNER and (shared := _manner_role(text, after)) is not None:
                role, after = shared  # X、Y按照职责分工，指导…: guide
            elif role == "responsible" and not cue.startswith(cues.plain_cues):
                role, after = _role_after(text, after, len(text), role)
            elif role == "responsible":  # 负责牵头…, 负责会同Y…: the unit leads all the same
                q = _skip(text, after, cues.adverbs)
                then = _cue_at(text, q) if text.startswith(cues.plain_then, q) else None
                if then is not None:
                    return then[0], then[1], q + len(then[0])
            return cue, role, after
        word = next((w for w in cues.adverbs if text.startswith(w, p)), None)
        if word is None or (word in _RECURRING and _cue_at(text, p + len(word)) is None):
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
    if p > pos and text.startswith("，", p):  # 农业部也表示，对…将…; X与Y合作，共同负责…: the cue after the comma
        if (found := _cue_after_adverbs(text, p + 1)) is not None:
            return found
        p = _skip(text, p + 1, cues.adverbs)
    if (not text.startswith(cues.prepositions, p) or text.startswith(cues.not_prepositions, p)) and not _APPOSITION.match(text, p):
        return None
    limit = min(sentence_end, p + cues.phrase_length)
    q = p + 1
    while q < limit:
        ch = text[q]
        if ch in "。；":
            return None
        if ch == "，" and _CONDITION.match(text[p:q]):
            return None  # X经核准登记后，应当…: a condition X meets, not X's duty
        if ch == "，":  # the phrase ends here: the cue opens the next clause, or there is none
            found = _cue_after_adverbs(text, q + 1)
            if found is not None and found[1] == "responsible" and text[p:q] in cues.lead_as:
                return found[0], "lead", found[2]  # X作为牵头单位，要…
            return found
        found = _cue_after_adverbs(text, q, inside=True) if q > p + 1 else None
        if found is not None and found[0] == text[q : q + len(found[0])]:
            return None if _qualifies(text, p, q) else found
        q += 1
    return None
