"""Helpers the hand annotation was written with: each of a.py … h.py writes one gold file of
tests/unseen_gold4. They are the first set's (``tests/unseen_gold/src/lib.py``), loaded from there."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "unseen_gold_lib", Path(__file__).resolve().parents[2] / "unseen_gold" / "src" / "lib.py"
)
assert _spec is not None and _spec.loader is not None
_lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_lib)

CORPUS = _lib.CORPUS
assignee, citation, generic, prose, start_at = _lib.assignee, _lib.citation, _lib.generic, _lib.prose, _lib.start_at
target, text, write = _lib.target, _lib.text, _lib.write
