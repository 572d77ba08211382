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


def write_notice(folder: Path, stem: str, issuer: str, date: str, body: str, *, signature: str | None = None,
                 addressee: str = "各有关单位") -> Path:
    """``<stem>.txt``: a notice of ``issuer`` issuing a 工作方案 (title, addressee, one line, its signature and date), then
    the plan's ``body`` signed and dated again; ``signature`` when the signature prints more than the title's issuer."""
    signed = issuer if signature is None else signature
    p = folder / f"{stem}.txt"
    p.write_text(f"{issuer}关于印发工作方案的通知\n\n{addressee}：\n现将方案印发给你们。\n\n{signed}\n{date}\n\n工作方案\n\n"
                 f"{body}\n\n{signed}\n{date}\n", encoding="utf-8")
    return p
