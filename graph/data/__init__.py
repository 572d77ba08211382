"""Package data: extraction cue words (``rules.toml``) and department tables. Read, never written."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import tomllib

__all__ = ["read_text", "rules"]


def read_text(name: str, package: str = "graph.data") -> str:
    """The text of a data file shipped in ``package``."""
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


@cache
def rules() -> dict[str, Any]:
    """The cue words of ``rules.toml`` (parsed once; treat as read-only)."""
    return tomllib.loads(read_text("rules.toml"))
