"""The addressee a letter names by a pronoun (请你省…, 请你市…, 你们要…).

GUIDE.md says nothing of pronouns. A reply (复函) or a letter to one body names it in its header, on a line of
its own before the body (``辽宁省人民政府：``); 你省 in its text is that body, so 请你省继续保护好… is a duty of
the addressee: the mention stays as printed (你省) and resolves to the header's addressee. A document whose
header names no single addressee (none, or 各省、自治区、直辖市人民政府：) gives 你省 no unit: it is not
invented, nor is the sentence read without it (请你们同有关部门协商解决 to two addressees: no task; its partner
alone is no subject).
``[prose.units] addressee_pronoun`` and ``addressee_lines`` in ``rules.toml``.

>>> header_addressee("国务院办公厅关于…的函\\n国办函〔2004〕57号\\n辽宁省人民政府：\\n请你省继续做好…。")
'辽宁省人民政府'
>>> header_addressee("关于…的通知\\n各省、自治区、直辖市人民政府：\\n请你省…。") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import rules
from ..departments.registry import is_generic
from .body_kinds import _holds_cue, _verb_opened, is_body_kind
from .doc_number import DOC_NUMBER
from .name_words import HAN_ONLY
from .pronouns import is_addressee_pronoun
from .prose_cues import _cues
from .prose_units import is_subject_unit

__all__ = ["addressee_for", "header_addressee", "is_addressee_pronoun"]

_UNITS = rules()["prose"]["units"]
_LINES = int(_UNITS["addressee_lines"])
_ANY_KIND = tuple(_UNITS["addressee_any_kind"])
_KIND_WORDS: dict[str, list[str]] = dict(_UNITS["addressee_kind_words"])


def addressee_for(mention: str, text: str) -> str | None:
    """The unit the pronoun ``mention`` stands for in ``text``: the header's one addressee, when it is of the
    pronoun's kind (``[prose.units] addressee_any_kind``, ``addressee_kind_words``); else None.

    >>> head = "关于…的函\\n辽宁省人民政府：\\n"
    >>> addressee_for("你省", head), addressee_for("你们", head), addressee_for("你局", head)
    ('辽宁省人民政府', '辽宁省人民政府', None)
    """
    found = header_addressee(text)
    kind = mention.strip()[1:]
    if found is None or not is_addressee_pronoun(mention):
        return None
    return found if kind in _ANY_KIND or any(w in found for w in _KIND_WORDS.get(kind, [kind])) else None


_HEAD = 2000  # characters of a text its header stands in


def header_addressee(text: str) -> str | None:
    """The one unit the header of ``text`` addresses (a line of its first lines that is one named unit and
    ：, perhaps after the 文号), or None.

    Not read from :func:`graph.extract.metadata.extract_metadata`'s ``addressees``: that field keeps only a
    line of several addressees (joined by 、 or ，, or opening with 各: the graph's ``pkg:addressees``), lines
    this function answers None for, and a line of one (辽宁省人民政府：) is not kept there; their scans
    differ too (25 lines, ending at a long line, ``：`` only; here the first ``addressee_lines`` lines, ``：``
    or ``:``). Serving both from metadata would add ``pkg:addressees`` to one-addressee letters (a change of
    output), and ``prose_tasks`` takes the text alone, not its metadata."""
    return _header_addressee(text[:_HEAD])  # (remembered by the header alone: no document's whole text is kept)


@lru_cache(maxsize=1 << 10)
def _header_addressee(head: str) -> str | None:
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()][:_LINES]
    for ln in lines:
        if not ln.endswith(("：", ":")):
            continue
        opening = DOC_NUMBER.match(ln)
        name = (ln[opening.end() :] if opening else ln).strip().rstrip("：:").strip()
        if any(c in name for c in "、，,；; ") or is_addressee_pronoun(name):
            return None  # several addressees (各省、自治区…)
        ok, generic = is_subject_unit(name)
        if ok:
            return None if generic else name  # the first line ending in ： is the addressees' line
        return name if _named_organisation(name) else None  # 江南核电有限公司: no place before it
    return None


_INNER_BRACKET = re.compile(r"（[^（）]{1,6}）")  # 陕西鼓风机（集团）有限公司: a note on the kind inside the name


def _named_organisation(name: str) -> bool:
    """An organisation by its own name with no place before it (江南核电有限公司, 协和医院, 中核研究院): on the
    addressee's line it is the one addressee as 浙江江南核电有限公司 is. It ends as a body's name after a place does
    (``[prose.units] place_name_suffixes``: 公司, 集团, 院, 学校, 局 …) after two characters or more of its own name, in
    ``named_length``; no kind (牵头部门, 发文机关, 县中小学校: ``is_body_kind``, ``place_name_kinds``, ``[generic]``), no
    verb or cue opening it, no collective word in it (``not_in_collective``).

    >>> _named_organisation("江南核电有限公司"), _named_organisation("陕西鼓风机（集团）有限公司")
    (True, True)
    >>> _named_organisation("发文机关"), _named_organisation("附件"), _named_organisation("有限公司")
    (False, False, False)
    """
    cues = _cues()
    bare = _INNER_BRACKET.sub("", name)
    head = next((h for h in _heads() if bare.endswith(h)), "")
    stem = bare[: len(bare) - len(head)]
    return (
        len(stem) >= 2 and bool(head) and stem not in _heads()  # (集团公司: a kind)
        and len(bare) <= cues.named_length[1]
        and HAN_ONLY.match(bare) is not None and "的" not in bare
        and bare[0] not in cues.not_first + cues.verb_first
        and not bare.startswith((*cues.not_place_words, *cues.place_prefixes))  # (县中小学校: the place's reading's)
        and not _verb_opened(bare)
        and not _holds_cue(bare)
        and not is_body_kind(bare)
        and not is_generic(bare)
        and not cues.place_name_kinds.match(bare)
        and not any(w in stem for w in cues.not_in_collective)
    )


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """What an organisation's own name ends with, longest first: the heads of a name after a place, of a body named
    without one and of a national body (``[prose.units] place_name_suffixes``, ``named_heads``, ``national_heads``)."""
    cues = _cues()
    return tuple(sorted({*cues.place_name_suffixes, *cues.named_heads, *cues.national_heads}, key=len, reverse=True))
