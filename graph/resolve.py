"""Mentions -> department keys for the RDF builder. Until the department registry lands, a
department is its mention as printed (issue 4 replaces this with canonical resolution)."""

from __future__ import annotations

from .extract.responsibility import is_generic
from .model import Extraction
from .rdf.build import Resolver

__all__ = ["default_resolver"]


def default_resolver() -> Resolver:
    def resolve(mention: str, ex: Extraction) -> tuple[str, str, bool]:
        return mention, mention, is_generic(mention)

    return resolve
