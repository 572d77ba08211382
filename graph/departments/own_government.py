"""A bare ``县人民政府`` (``市政府``, ``区人民政府``) in a document of that very place: its own government.

``[generic]`` reads these forms as collectives (every county's government), which they are in a plan of a
place above (a province's ``县人民政府``); in a county's own plan (or its bureau's notice) the singular bare form
whose kind is the place's own (县 of 罗山县, 市 of 杭州市 or 瑞金市, 区 of 萧山区) is that place's government.

>>> own_government("县人民政府", "411521"), own_government("县政府", "411521"), own_government("市人民政府", "330100")
('罗山县人民政府', '罗山县人民政府', '杭州市人民政府')
>>> own_government("区政府", "330109"), own_government("市人民政府", "SH")
('杭州市萧山区人民政府', '上海市人民政府')
>>> own_government("县人民政府", "ZJ"), own_government("市人民政府", "411521"), own_government("各县人民政府", "411521")
(None, None, None)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .places import places

__all__ = ["own_government"]

_BARE = re.compile(r"^([县市区])(?:人民)?政府$")


@lru_cache(maxsize=4096)
def own_government(key: str, jurisdiction: str) -> str | None:
    """The full name of the document's own place's government when ``key`` (a normalised mention) is the bare
    singular form of that place's kind, else None (a collective, as ``[generic]`` reads it)."""
    m = _BARE.match(key)
    p = places().get(jurisdiction) if m and jurisdiction else None
    if m is None or p is None or not p.name.endswith(m.group(1)):
        return None  # a province's (省) plan, or another level's (市人民政府 in a county's plan: its city's? not said)
    return places().body_prefix(p) + "人民政府"
