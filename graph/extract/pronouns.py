"""The pronoun a letter names its addressee by (你省, 你市, 你们, 你局 …: ``[prose.units] addressee_pronoun`` in
``rules.toml``), in one place for both the units a duty may fall to (:mod:`graph.extract.prose_units`) and the
addressee it stands for (:mod:`graph.extract.addressee`), which imports those units."""

from __future__ import annotations

import re

from ..data import rules

__all__ = ["ADDRESSEE_PRONOUN", "SELF_PRONOUN", "is_addressee_pronoun", "is_self_pronoun"]

ADDRESSEE_PRONOUN = re.compile(rules()["prose"]["units"]["addressee_pronoun"])
SELF_PRONOUN = re.compile(rules()["prose"]["units"]["self_pronoun"])


def is_addressee_pronoun(mention: str) -> bool:
    """你省, 你市, 你们, 你局 …: a pronoun for the addressee (``[prose.units] addressee_pronoun``).

    >>> is_addressee_pronoun("你省"), is_addressee_pronoun(" 你们 "), is_addressee_pronoun("我省")
    (True, True, False)
    """
    return ADDRESSEE_PRONOUN.match(mention.strip()) is not None


def is_self_pronoun(mention: str) -> bool:
    """我局, 我委, 我厅: the issuer naming itself (``[prose.units] self_pronoun``).

    >>> is_self_pronoun("我局"), is_self_pronoun("我省"), is_self_pronoun("我们")
    (True, False, False)
    """
    return SELF_PRONOUN.match(mention.strip()) is not None
