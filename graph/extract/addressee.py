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

from functools import lru_cache

from ..data import rules
from .doc_number import DOC_NUMBER
from .pronouns import is_addressee_pronoun
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
        return name if ok and not generic else None  # the first line ending in ： is the addressees' line
    return None
