"""Gold of a held-out prose round, written by hand from the documents (GUIDE.md), not from the tool.

Each task: (path, the task's text as printed from its start, [(mention, role, generic)]) and, for a task of a
responsibility clause, a fourth item "clause" (no ``form``); prose tasks get ``"form": "prose"``. ``start`` is the
text's first 12 characters after leading spaces and punctuation (GUIDE.md "Tasks and assignees").
Run from this set's folder: ``python3 src/gold.py`` writes one JSON file per document."""

from __future__ import annotations

import json
import sys
from pathlib import Path

PUNCT = " \u3000\t，。；：、,.;:（）()“”\"'《》"


def start_of(text: str) -> str:
    return text.lstrip(PUNCT)[:12]


def _task(path: str, text: str, who: list, *form: str) -> dict:
    task: dict = {"path": path, "start": start_of(text)}
    if not form:
        task["form"] = "prose"
    task["assignees"] = [{"mention": m, "role": r, "generic": g, "implicit": False} for m, r, g in who]
    return task


def write(here: Path, source: str, meta: dict, tasks: list, targets: list, citations: list) -> None:
    gold = {"source": source, **meta, "prose_annotated": True, "tasks": [_task(*t) for t in tasks],
            "targets": targets, "citations": citations}
    (here / (Path(source).stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    import docs_gold

    for source, meta, tasks, targets, citations in docs_gold.GOLD:
        write(Path(__file__).resolve().parents[1], source, meta, tasks, targets, citations)
