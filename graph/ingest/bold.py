"""Bold names in a table's cells, when the document says bold marks a role (加粗的为牵头单位: ``[standing.marks]
bold_notes``): the readers of Word files and web pages write ``[standing.marks] bold_sign`` after each unit's name
printed in bold, so that the marks are read as signs are (graph/extract/marked_leads.py). A header cell (牵头单位) is
no name; a document without such a note is read as before.

>>> marked("市住建局、市财政局"), marked("牵头单位"), marked("推进老旧小区改造")
('市住建局\\ue000、市财政局\\ue000', '牵头单位', '推进老旧小区改造')
"""

from __future__ import annotations

import re

from ..data import rules
from ..extract.cues import looks_like_unit
from ..extract.marked_leads import bold_noted
from ..extract.table_headers import _kind

__all__ = ["SIGN", "bold_noted", "marked"]

SIGN = str(rules()["standing"]["marks"]["bold_sign"])
_PIECES = re.compile(r"[^、，,；;\s]+")


def marked(stretch: str) -> str:
    """A bold stretch of a cell's text with the sign after each unit's name in it."""
    if _kind(stretch.strip()):
        return stretch
    return _PIECES.sub(lambda m: m.group() + SIGN if looks_like_unit(m.group()) else m.group(), stretch)
