"""Gold of a held-out prose round, written by hand from the documents (GUIDE.md), not from the tool.

Each task: (path, the sentence's text as printed from its start, [(mention, role, generic)]); ``start`` is
the text's first 12 characters after leading spaces and punctuation (GUIDE.md "Tasks and assignees").
Run from this set's folder: ``python3 src/gold.py`` writes one JSON file per document."""

from __future__ import annotations

import json
import sys
from pathlib import Path

PUNCT = " \u3000\t，。；：、,.;:（）()“”\"'《》"


def start_of(text: str) -> str:
    return text.lstrip(PUNCT)[:12]


def write(here: Path, source: str, meta: dict, tasks: list, citations: list) -> None:
    gold = {"source": source, **meta, "prose_annotated": True, "tasks": [
        {"path": path, "start": start_of(text), "form": "prose",
         "assignees": [{"mention": m, "role": r, "generic": g, "implicit": False} for m, r, g in who]}
        for path, text, who in tasks], "targets": [], "citations": citations}
    (here / (Path(source).stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    import docs_gold

    for source, meta, tasks, citations in docs_gold.GOLD:
        write(Path(__file__).resolve().parents[1], source, meta, tasks, citations)
