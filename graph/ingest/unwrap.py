"""Plain text cut into lines of one width (what a PDF's text copy gives: ``pdftotext`` prints each
printed line on its own line), put back into paragraphs.

A text is cut when most of its long lines are exactly as long as each other (``[text] unwrap``);
then a line of that width goes on with the next line, unless the next line opens a paragraph (a
numbered unit's label, an attachment) or the line ends a sentence. Other texts are returned as they are.
"""

from __future__ import annotations

from collections import Counter

from ..data import rules
from ..extract.structure import opens_paragraph

__all__ = ["unwrap"]

_SPEC = rules()["text"]["unwrap"]
_ENDS = tuple(_SPEC["ends"])


def unwrap(text: str) -> str:
    """``text`` with the lines of a cut paragraph joined (see the module's docstring).

    >>> cut = "\\n".join(["一、任务", "（一）" + "建设物流枢纽完善多式联运集疏运体系推进港口工程建设甲", "乙（市交通运输局负责）。"] * 5)
    >>> unwrap(cut).splitlines()[1]
    '（一）建设物流枢纽完善多式联运集疏运体系推进港口工程建设甲乙（市交通运输局负责）。'
    >>> unwrap("甲\\n乙") == "甲\\n乙"
    True
    """
    lines = text.split("\n")
    lengths = [len(ln) for ln in lines if len(ln) >= _SPEC["min_length"]]
    if len(lengths) < _SPEC["min_lines"]:
        return text
    width, n = Counter(lengths).most_common(1)[0]
    if n < _SPEC["min_lines"] or n < _SPEC["share"] * len(lengths):
        return text
    out: list[str] = []
    joins = False
    for line in lines:
        if joins and line and not opens_paragraph(line):
            out[-1] += line
        else:
            out.append(line)
        joins = len(out[-1]) % width == 0 and not out[-1].rstrip().endswith(_ENDS) if out[-1] else False
    return "\n".join(out)
