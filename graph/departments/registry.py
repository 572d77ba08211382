"""Canonical departments: the registry of bodies, their aliases, and institutional reforms.

The registry is data (``graph/data/departments.csv`` and ``graph/data/reforms.csv``); this module
gathers the answers to three questions about a mention found in a document:

- which body does it name (:func:`resolve`), given the document's jurisdiction and year;
- in which jurisdiction was a document issued (:func:`jurisdiction_of`);
- which body carries a department on after reforms (:func:`successor`).

It re-exports them from where they live: :mod:`.model` (the values), :mod:`.catalogue` (the
registry and :func:`successor`), :mod:`.resolution` (:func:`resolve`) and :mod:`.issuers`.

>>> resolve("省商务厅", jurisdiction="AH", year=2016).canonical
'安徽省商务厅'
>>> resolve("省质监局", jurisdiction="AH", year=2016).canonical
'安徽省质量技术监督局'
>>> resolve("发展改革委", year=2019).department_id
'cn-ndrc'
>>> successor("cn-cbrc", 2024)
'cn-nfra'
"""

from __future__ import annotations

from .catalogue import Registry, registry, successor
from .issuers import jurisdiction_of, placed_name, split_issuers
from .model import PROVINCES, Department, Reform, Resolution, normalize_mention
from .resolution import is_generic, names_one_body, resolve

__all__ = [
    "PROVINCES",
    "Department",
    "Reform",
    "Registry",
    "Resolution",
    "is_generic",
    "jurisdiction_of",
    "names_one_body",
    "normalize_mention",
    "placed_name",
    "registry",
    "resolve",
    "split_issuers",
    "successor",
]
