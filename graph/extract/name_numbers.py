"""Numbers that are part of a body's name: a service hotline's (市12345政务服务便民热线管理中心,
12315消费者投诉举报中心; ``[units] number_names``). A name holds no other digits (2024年, 3家 are no names), so a name
is read without its hotline number: what is left must read as a body's name.
"""

from __future__ import annotations

import re

from ..data import rules

__all__ = ["without_number_names"]

# (the number between name characters or at the name's start, not inside a longer run of digits: not 2012345 nor 123456)
_NUMBER_NAMES = re.compile("(?<![0-9])(?:" + "|".join(re.escape(w) for w in rules()["units"]["number_names"])
                           + ")(?![0-9])(?=[\u4e00-\u9fff])")


def without_number_names(name: str) -> str:
    """``name`` without the hotline numbers in it.

    >>> without_number_names("市12345政务服务便民热线管理中心"), without_number_names("全市123456家")
    ('市政务服务便民热线管理中心', '全市123456家')
    """
    return _NUMBER_NAMES.sub("", name)
