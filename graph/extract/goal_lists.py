"""A colon list of goals by place or item (GUIDE.md "Targets"): a sentence that says its list holds goals
before the colon, then short names each with its amount joined by 、.

>>> t = "各县（市、区）2026年外贸进出口目标任务：万秀区120亿元、长洲区80亿元。"
>>> goal_item(t, t.index("：") + 1, t.index("120"), t.index("120") + 5)
'万秀区外贸进出口目标任务'
>>> goal_item(t, t.index("：") + 1, t.index("80"), t.index("80") + 4)
'长洲区外贸进出口目标任务'
>>> t = "年度目标：培育示范村30个。"
>>> goal_item(t, t.index("：") + 1, t.index("30"), t.index("30") + 3)
''
>>> t = "资金分配：万秀区120万元、长洲区80万元。"
>>> goal_item(t, t.index("：") + 1, t.index("120"), t.index("120") + 5)
''
"""

from __future__ import annotations

import re

from ..data import rules
from .target_rules import _rules

_CFG = rules()["targets"]["goal_lists"]
_LEAD = re.compile(_CFG["lead"])  # …目标任务：
_ITEM = re.compile(_CFG["item"])  # 万秀区: a short name, no digit, no cue
_ITEM_END = re.compile(_CFG["item_end"])  # 、 or the clause's end after the amount
_LEAD_NOT = re.compile("|".join(map(re.escape, _CFG["lead_not"])))  # 补助, 资金: money granted, no goal
_SCOPE = re.compile(_CFG["scope"])  # 各县（市、区）2026年: who and when, not what is measured
_LEAD_REACH = 60


def goal_item(text: str, clause_start: int, start: int, end: int) -> str:
    """The indicator of an amount in a colon list of goals (``…目标任务：万秀区120亿元、长洲区80亿元。``:
    the item's name and what the lead says the list measures), or "" when the number is no such item:
    its clause opens right after a colon whose lead (back to the sentence's start) ends with a goal
    word, the text between the colon or the last 、 and the number is a short name with no cue, and
    the list item ends after the amount."""
    if text[clause_start - 1 : clause_start] not in "：:" or _ITEM_END.match(text, end) is None:
        return ""
    colon = clause_start - 1
    lead_start = max(text.rfind(c, max(0, colon - _LEAD_REACH), colon) for c in "。；！？\n") + 1
    lead = text[lead_start:colon].strip()
    if _LEAD.search(lead) is None or _LEAD_NOT.search(lead):
        return ""
    item_start = max(clause_start, text.rfind("、", clause_start, start) + 1)
    item = text[item_start:start].strip()
    if _ITEM.fullmatch(item) is None or _rules().any_cue.search(item):
        return ""  # (年度目标：培育农村电商示范村30个: a cue's own clause, read as any)
    return item + _SCOPE.sub("", lead)
