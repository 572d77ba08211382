"""``heads.csv``: national bodies printed before a local office's place (国家税务总局山东省税务局,
人行济南分行), read once."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

__all__ = ["heads", "heads_by_start"]


@cache
def heads() -> dict[str, dict[str, str]]:
    """``heads.csv``: national bodies printed before a local office's place (国家税务总局山东省税务局,
    人行济南分行), and what the core after the place means under each."""
    out: dict[str, dict[str, str]] = {}
    text = resources.files("graph.data").joinpath("heads.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        out.setdefault(row["head"], {})[row["core"]] = row["as_core"]
    return out


@cache
def heads_by_start() -> dict[str, tuple[str, ...]]:
    """The heads by their first character, longest first."""
    out: dict[str, list[str]] = {}
    for h in sorted(heads(), key=len, reverse=True):
        out.setdefault(h[:1], []).append(h)
    return {k: tuple(v) for k, v in out.items()}

