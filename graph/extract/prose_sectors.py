"""Sector words in lists of units (民政、公安、人民银行等部门; 医保、医疗、医药主管部门): they name no body,
a list of them before one head noun is one collective; and kinds of body qualified by a phrase and 的
(通过复核评价的企业). Split from :mod:`graph.extract.prose_units`, which reads them."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..data import rules
from ..departments.registry import is_generic
from .body_kinds import _NOT_IN_NAME, _holds_cue, _verb_opened
from .name_words import HAN_ONLY as _HAN
from .prose_cues import _cues

_UNITS = rules()["prose"]["units"]
_SECTOR_PREFIX = re.compile(_UNITS["sector_prefix"])
_SECTOR_HEADS = tuple(sorted(_UNITS["sector_heads"], key=len, reverse=True))
_NOT_TAILS = tuple(rules()["prose"]["generic_not_tails"])  # 各地农村: no collective
# graph.extract.prose_units.is_subject_unit, passed in by that module (which reads this one)
Unit = Callable[..., tuple[bool, bool]]



def _is_sector(piece: str, strict: bool, unit: Unit) -> bool:
    """A sector word in a list (民政, 公安, 国家安全): short, only Chinese characters, no unit, no cue."""
    return (
        2 <= len(piece) <= _cues().sector_length
        and _HAN.match(piece) is not None
        and not unit(piece, strict=strict)[0]
        and not _holds_cue(piece)
        and not any(w in piece for w in _cues().not_in_collective)
    )


def _sector_collective(text: str, unit: Unit) -> bool:
    """A list of sector words before one head noun (``[prose.units] sector_heads``), perhaps after
    level words: 省、市两级工业和信息化、公安、市场监管部门, 医保、医疗、医药主管部门.

    >>> from graph.extract.prose_units import is_subject_unit as unit
    >>> _sector_collective("医保、医疗、医药主管部门", unit), _sector_collective("财政部、商务部", unit)
    (True, False)
    """
    m = _SECTOR_PREFIX.match(text)
    rest = text[m.end() :] if m is not None else text
    pieces = rest.split("、")
    if len(pieces) < 2 or "等" in rest:  # (民政、公安、人民银行等部门: see _split_list)
        return False
    last = pieces[-1]
    head = next((h for h in _SECTOR_HEADS if last.endswith(h)), None)
    if head is None:
        return False
    cues = _cues()
    words = [*pieces[:-1], last[: -len(head)]]
    return all(
        2 <= len(w) <= cues.sector_length and _HAN.match(w) is not None and not unit(w)[0]
        and not _holds_cue(w) and not w.startswith(cues.not_in_collective) and not _verb_opened(w) and not is_generic(w) and (not w.endswith(cues.generic_heads) or w.endswith(_NOT_TAILS))
        for w in words
    )


def _qualified_collective(name: str, unit: Unit) -> bool:
    """A collective or a kind of body after a phrase and 的 that says which (通过复核评价的企业, 承担任务的单位,
    接收新兵的武装警察总队; found by unseen set 4): the phrase is short and holds no cue, no verb of a
    clause (``[prose] not_in_collective``) and nothing that ends a name (``[prose.units] not_in_name``:
    对违规的企业 is an object, 已通过评估的企业 says what was done)."""
    phrase, de, head = name.rpartition("的")
    cues = _cues()
    return (
        bool(de) and 2 <= len(phrase) <= cues.qualifier_length and phrase[0] not in cues.not_first
        and not _NOT_IN_NAME.search(phrase) and not _holds_cue(phrase)
        and not any(w in phrase for w in cues.not_in_collective)
        and unit(head) == (True, True)
    )
