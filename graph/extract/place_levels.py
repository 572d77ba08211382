"""Place levels listed as one collective (``[prose.units] level_collective``, ``level_openers``): 各街道、镇, 各县、市、区,
有关省、市、自治区, 各乡镇、街道、社区, 各乡镇（街道）、村（社区）.

>>> _levels_listed("各乡镇、街道、社区"), _levels_listed("各乡镇（街道）、村（社区）"), _levels_listed("各乡镇、县住建局")
(True, True, False)
"""

from __future__ import annotations

import re

from ..data import rules
from .brackets import depth_split

_UNITS = rules()["prose"]["units"]
_LEVEL_COLLECTIVE = re.compile(_UNITS["level_collective"])
_LEVEL_NOTE = re.compile(r"[（(]([^（）()]+)[）)]$")
_LEVEL_OPENERS = tuple(_UNITS["level_openers"])
_TRAILING_BRACKET = re.compile(r"（[^（）]*）$|〔[^〔〕]*〕$")


def _levels_listed(name: str) -> bool:
    """Place levels listed after 各 or another opener (``[prose.units] level_collective``,
    ``level_openers``): 各街道、镇, 各县、市、区, 有关省、市、自治区; with no opener three levels or more
    (省、自治区、直辖市)."""
    opener = next((o for o in _LEVEL_OPENERS if name.startswith(o)), "")
    rest = name[len(opener) :]
    parts = [rest[a:b] for a, b in depth_split(rest, "、")]
    return len(parts) > (1 if opener else 2) and all(_level_noted(p) for p in parts)


def _level_noted(part: str) -> bool:
    """A place level, perhaps noting one level in its place (乡镇（街道）, 村（社区）; not 县（市、区）: other rules)."""
    m = _LEVEL_NOTE.search(part)
    if m is not None and _LEVEL_COLLECTIVE.match("各" + m.group(1)) is None:
        return False
    return _LEVEL_COLLECTIVE.match("各" + (part if m is None else part[: m.start()])) is not None
