"""Names a document writes out for a mention: a coordinating body named only by its kind takes
the full name the document declares for it, and a place named alone stands for its government."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import rules
from ..literals import required_text
from .places import named_in_full

__all__ = ["adhoc_full_names", "is_adhoc", "parent_unit", "written_out"]


def is_adhoc(name: str) -> bool:
    """A coordinating body named only by its kind, perhaps with its office (``联席会议办公室``)."""
    return _adhoc().match(name) is not None


def written_out(mention: str, adhoc: dict[str, str]) -> str | None:
    """The name to resolve instead of ``mention``: a joint body's office by the full name the
    document declares (``联席会议办公室`` -> ``国务院职业教育工作部际联席会议办公室``), a province or
    prefecture-level city or a county named alone by its government (``北京市`` -> ``北京市人民政府``); else None.

    >>> written_out("联席会议办公室", {"联席会议": "国务院职业教育工作部际联席会议"}), written_out("北京市", {})
    ('国务院职业教育工作部际联席会议办公室', '北京市人民政府')
    """
    if mention in adhoc:  # a bare 办公室 of a document that seats one (协调委办公室设在…)
        return adhoc[mention]
    if is_adhoc(mention):
        short = next((s for s in sorted(adhoc, key=len, reverse=True) if mention.startswith(s)), None)
        return None if short is None else adhoc[short] + mention[len(short) :]
    return _government_of(mention)


_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:处|科|室)$")


def parent_unit(mention: str, issuer: str | None) -> str | None:
    """A section of the issuer's parent printed after the parent's short name (``林管局营林生产处`` in the notice of
    内蒙古大兴安岭重点国有林管理局根河林业局, whose name prints its parent 内蒙古大兴安岭重点国有林管理局 before its own):
    written with the parent's name as the issuer prints it; None otherwise (``局营林科``: the issuer's own; a short name
    whose characters the parent does not hold in order; a joint notice; places111–113, the lead's follow-up).

    >>> parent_unit("林管局营林生产处", "内蒙古大兴安岭重点国有林管理局根河林业局")
    '内蒙古大兴安岭重点国有林管理局营林生产处'
    >>> parent_unit("局营林科", "内蒙古大兴安岭重点国有林管理局根河林业局"), parent_unit("林管局营林生产处", "黑龙江省大海林林业局")
    (None, None)
    >>> parent_unit("森工局计划处", "内蒙古大兴安岭重点国有林管理局根河林业局")
    """
    if not issuer or any(sep in issuer for sep in "、，, "):
        return None
    for cut in range(3, len(mention) - 2):
        short, unit = mention[:cut], mention[cut:]
        if short[-1] != "局" or not _SECTION.match(unit):
            continue
        for end in range(len(short), len(issuer) - 2):  # the parent, then a body of the issuer's own (…林业局)
            parent = issuer[: end + 1]
            if issuer[end] == "局" and issuer.endswith("局") and _in_order(short, parent):
                return parent + unit
    return None


def _in_order(short: str, name: str) -> bool:
    """Whether ``name`` holds the characters of ``short`` in order (林管局 in …重点国有林管理局)."""
    rest = iter(name)
    return all(ch in rest for ch in short)


@lru_cache(maxsize=1 << 16)  # a pure function of the name, asked for the same names file after file
def _government_of(mention: str) -> str | None:
    """The government a place named alone stands for (``北京市`` -> ``北京市人民政府``), or None."""
    units = rules()["prose"]["units"]
    if _township().match(mention):
        return None  # 大溪镇: a town printed alone is the document's county's (``[scope] township_alone``)
    if named_in_full(mention, tuple(units["place_levels"])) and mention not in units["place_not_alone"]:
        return str(mention + rules()["scope"]["place_government"])
    return None


@lru_cache(maxsize=1)
def _township() -> re.Pattern[str]:
    """A town or a 街道 printed alone (``[scope] township_alone``): not a county-level place, though a
    division list may hold one by that name (台湾's 大溪镇)."""
    return re.compile(rules()["scope"]["township_alone"])


@lru_cache(maxsize=1)
def _declared() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How a document declares a joint body's short form, and the verbs before its full name."""
    scope = rules()["scope"]
    words = "|".join(sorted(map(re.escape, scope["adhoc_short_form"]), key=len, reverse=True))
    verbs = "|".join(sorted(map(re.escape, scope["adhoc_set_up"]), key=len, reverse=True))
    return re.compile(f"（(?:{words})([\u4e00-\u9fff]{{2,12}})）"), re.compile(f"^(?:{scope['adhoc_decided']})?(?:{verbs})")


def adhoc_full_names(text: str) -> dict[str, str]:
    """Joint bodies a document names in full and then in short: ``{short: full}`` for each
    ``full（以下简称short）`` whose short form is a joint body's kind (``[scope] adhoc_bodies``) that
    ends the full name (建立国务院职业教育工作部际联席会议（以下简称联席会议） -> 联席会议); and ``办公室``, the office
    the document seats (``[scope] office_seated``: 协调委办公室设在民航总局 -> 协调委办公室)."""
    declared, set_up = _declared()
    kinds = set(rules()["scope"]["adhoc_bodies"])
    out: dict[str, str] = {}
    for m in declared.finditer(text):
        short = m.group(1)
        full = re.split(r"[，。；、：:\s]", text[max(0, m.start() - 40) : m.start()])[-1]
        full = set_up.sub("", full)
        if short in kinds and full.endswith(short) and len(full) > len(short):
            out.setdefault(short, full)
    seated_pattern, seated_words = _seated()
    seated = seated_pattern.search(text) if seated_words in text else None
    if seated is not None and seated.group(1) != _OFFICE:  # 协调委办公室设在民航总局: a bare 办公室 is that one
        out[_OFFICE] = written_out(seated.group(1), out) or seated.group(1)
    return out


_OFFICE = "办公室"


@lru_cache(maxsize=1)
def _seated() -> tuple[re.Pattern[str], str]:
    """How a document says where a joint body's office sits (``[scope] office_seated``), and the
    words each such sentence holds (the pattern opens with a character class: searched only there)."""
    return re.compile(rules()["scope"]["office_seated"]), required_text(rules()["scope"]["office_seated"])


@lru_cache(maxsize=1)
def _adhoc() -> re.Pattern[str]:
    """A coordinating body named only by its kind, perhaps with its office (``rules.toml [scope]``)."""
    scope = rules()["scope"]
    bodies = "|".join(sorted(map(re.escape, scope["adhoc_bodies"]), key=len, reverse=True))
    offices = "|".join(sorted(map(re.escape, scope["adhoc_offices"]), key=len, reverse=True))
    return re.compile(f"^(?:{bodies})(?:{offices})?$")
