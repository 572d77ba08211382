"""Helpers the hand annotation was written with: each of a.py … g.py writes one gold file of tests/unseen_gold2.

The tasks, targets and citations in those files were read off the documents by hand; these helpers
only build the JSON of ../shared/eval/GUIDE.md ("File format") from them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

# the corpus: $POLICYKG_CORPUS, else ../shared/corpus next to the worktree
CORPUS = Path(os.environ.get("POLICYKG_CORPUS") or Path(__file__).resolve().parents[3].parent / "shared" / "corpus")


def text(relative: str) -> str:
    """A corpus document's text (``docs/x.txt`` or ``docs2/y.txt``)."""
    return (CORPUS / relative).read_text(encoding="utf-8")


def assignee(mention: str, role: str, generic: bool = False, implicit: bool = False) -> dict:
    return {"mention": mention, "role": role, "generic": generic, "implicit": implicit}


def generic(mention: str, role: str = "responsible") -> dict:
    return assignee(mention, role, True)


def task(path: str, start: str, assignees: list[dict], form: str | None = None) -> dict:
    d: dict = {"path": path, "start": start, "assignees": assignees}
    if form:
        d["form"] = form
    return d


def prose(path: str, start: str, assignees: list[dict]) -> dict:
    return task(path, start, assignees, "prose")


def target(path: str, indicator: str, value: float, unit: str, deadline: int | None) -> dict:
    return {"path": path, "indicator": indicator, "value": value, "unit": unit, "deadline": deadline}


def citation(title: str | None, doc_number: str | None, kind: str = "cites") -> dict:
    return {"title": title, "doc_number": doc_number, "kind": kind}


def start_at(doc: str, anchor: str, n: int = 12) -> str:
    """The n characters of the document from a hand-chosen anchor (where a task's text begins)."""
    assert anchor in doc, anchor
    i = doc.index(anchor)
    return doc[i : i + n]


def write(out: str, **kw) -> None:
    d = {
        "source": kw["source"],
        "title": kw["title"],
        "doc_number": kw["doc_number"],
        "issuer": kw["issuer"],
        "date": kw["date"],
        "prose_annotated": kw.get("prose_annotated", True),
        **({"project_table": True} if kw.get("project_table") else {}),
        "tasks": kw["tasks"],
        "targets": kw.get("targets", []),
        "citations": kw.get("citations", []),
    }
    Path(out).write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
