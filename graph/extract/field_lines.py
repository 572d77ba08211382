"""Field lines found from their colons (``牵头单位：X`` on a line of its own or after a sentence's end, perhaps after a
line's mark: ``◆牵头单位：X``, ``——责任单位：X``), and the end of a task's text before its clause."""

from __future__ import annotations

import re

from ..data import rules
from .cues import _cues

__all__: list[str] = []

_LINE_SEPS = "\n。；\t"  # (a tab: a table row's cell that opens with a label, 1⇥任务⇥牵头单位：X)
_LINE_MARKS = str(rules()["field_labels"]["line_marks"])
_MARKS_AFTER_BREAK = re.compile(f"(?:^|(?<=\n))[ ]*[{re.escape(_LINE_MARKS)}]+")
_LABEL_MAX = 24  # no label (with its bracketed noun) is longer


def _field_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every ``_cues().field_line`` match, found from the colons.

    A match ends at a colon; it starts at the text's start or just after a line, sentence or
    clause end, then come spaces, a label and spaces. Colons are few: for each, step back over
    the spaces before it and over at most ``_LABEL_MAX`` characters to the separator before the
    label (and the spaces before that), and match there. Matches cannot overlap: each starts
    after a separator and holds no colon but its last character.
    """
    cues = _cues()
    out: list[tuple[int, int]] = []
    colon = text.find("：")
    while colon >= 0:
        end = colon
        while end > 0 and text[end - 1] == " ":
            end -= 1
        lo = max(0, end - _LABEL_MAX)
        for start in range(lo, end):
            # the label starts at `start`: before it only spaces (and a line's marks: ◆, ★, ——) back to a
            # separator or the start
            if start > 0 and text[start - 1] not in " " + _LINE_SEPS + _LINE_MARKS:
                continue
            t = start
            while t > 0 and text[t - 1] in " " + _LINE_MARKS:
                t -= 1
            if t > 0 and text[t - 1] not in _LINE_SEPS:
                continue
            m = cues.field_line_at.match(text, t)
            if m is not None and m.end() == colon + 1:
                out.append((t, m.end()))
                break
            # a label printed with blanks inside (责任单位 及责任人：): read without them
            printed = text[t : colon + 1]
            if " " in printed.strip() and cues.field_line_at.fullmatch(printed.replace(" ", "")):
                out.append((t, colon + 1))
                break
        colon = text.find("：", colon + 1)
    return out


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the line breaks, blanks and marks before it (a field line's task text ends with
    its sentence, not with the break or the ◆ before the field's label)."""
    while end > start and text[end - 1] in "\n \t\u3000" + _LINE_MARKS:
        end -= 1
    return end
