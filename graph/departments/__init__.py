"""Department identity: which real body each mention names, in every province, city and county.

- :mod:`.places` — China's administrative divisions (``divisions.csv``);
- :mod:`.bodies` — the standard bodies of every place as templates (``bodies.csv``) and the
  reforms every place went through (``body_reforms.csv``);
- :mod:`.model` — the values: a body, a reform, a resolution, the provincial-level units;
- :mod:`.catalogue` — bodies listed by hand (central bodies, places studied in detail) and their
  reforms (``departments.csv``, ``reforms.csv``), and :func:`successor`;
- :mod:`.resolution` — :func:`resolve`: which body a mention names;
- :mod:`.issuers` — places of issuers, co-issuers, a document's province;
- :mod:`.registry` — all of these under one name (the import path older code uses);
- :mod:`.local` — reading a mention's place, relative prefix and core;
- :mod:`.jurisdiction` — the place a document belongs to.
"""

from .jurisdiction import document_jurisdiction
from .registry import (
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
    "document_jurisdiction",
    "is_generic",
    "jurisdiction_of",
    "normalize_mention",
    "placed_name",
    "registry",
    "resolve",
    "split_issuers",
    "successor",
]
