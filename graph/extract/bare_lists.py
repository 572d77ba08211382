"""Where a parenthetical that is only a list of units (``（X、Y）``, ``（X，Y）``) stands as a responsibility clause.

GUIDE.md: a clause is a parenthetical naming who is responsible. A bare list of names has no role word, so its
place tells: it closes a sentence or a line (``。`` ``；`` or the line's end after it) and it is no second name of
the unit printed right before it (``市政府办公室（市政府督查室）。``, an alias or a parent's name).
"""

from __future__ import annotations

from .prose_units import is_subject_unit

_TAIL = 12  # how far back a unit's name printed right before the bracket is looked for


def _names_before(text: str, start: int) -> bool:
    """Whether the words right before ``start`` end as a unit's name does (…会同市财政局（…）)."""
    tail = text[max(0, start - _TAIL) : start]
    return any(is_subject_unit(tail[-k:])[0] for k in range(2, len(tail) + 1))


def stands_as_clause(text: str, start: int, end: int, names: list[str]) -> bool:
    """Whether a bare list of ``names`` at ``text[start:end]`` (brackets included) stands where a clause stands: it
    ends a sentence or a line, and it follows a sentence's end; or, every name a unit's name as units are named
    (not 试行, 市、区, 病室, a post), it stands alone on its line (after a paragraph: ``⏎（X，Y）⏎``), holds two
    names or more, or follows words that are no unit's name.

    >>> t = "建设良种繁育基地（市农业农村局，市农技中心）。"
    >>> stands_as_clause(t, 8, 22, ["市农业农村局", "市农技中心"])
    True
    >>> t = "由市政府办公室（市政府督查室）。"
    >>> stands_as_clause(t, 7, 15, ["市政府督查室"])
    False
    >>> t = "落实安全管理措施。⏎　　（市应急管理局）⏎".replace("⏎", "\\n")
    >>> stands_as_clause(t, 12, 20, ["市应急管理局"])
    True
    >>> stands_as_clause("按此办法执行（试行）。", 6, 10, ["试行"])
    False
    """
    if end < len(text) and text[end] not in "\n。；":
        return False
    before = text[max(0, start - 1) : start]
    if before in ("。", "；"):
        return True
    if not all(is_subject_unit(n, strict=True) == (True, False) for n in names):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if not line.strip(" 　\t"):
        return True
    return len(names) >= 2 or not _names_before(text, start)
