"""A plan written as text for a causes test, and its tasks as plain rows (shared by the held-out rounds' causes tests)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from graph import extract_file


def write_plan(tmp_path: Path, head: Sequence[str], lines: Sequence[str], tail: Sequence[str]) -> Path:
    """``plan.txt`` in ``tmp_path``: the title, 文号 and addressee lines, the body, then the signature and date."""
    p = tmp_path / "plan.txt"
    p.write_text("\n".join([*head, *lines, *tail]) + "\n", encoding="utf-8")
    return p


def task_rows(path: Path) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """Each task of the file as (path, [(mention, role, generic)])."""
    return [("/".join(t.path), [(a.mention, a.role, a.generic) for a in t.assignees]) for t in extract_file(path).tasks]
