"""Moved to :mod:`graph.departments`; this name stays for code that imports it from here."""

from ..departments.registry import (  # noqa: F401
    CENTRAL,
    PROVINCES,
    Department,
    Reform,
    Registry,
    Resolution,
    is_generic,
    jurisdiction_of,
    normalize_mention,
    placed_name,
    registry,
    resolve,
    split_issuers,
    successor,
)

__all__ = [
    "PROVINCES",
    "Department",
    "Reform",
    "Registry",
    "Resolution",
    "is_generic",
    "jurisdiction_of",
    "normalize_mention",
    "placed_name",
    "registry",
    "resolve",
    "split_issuers",
    "successor",
]
