"""Writes the gold JSON of tests/made_gold/places from the hand-made answers in src/gold_<folder>.py.

The answers (tasks, roles, targets, citations, title, number, issuer, date) are typed by hand from
reading each document; this script only spells them out in the GUIDE's JSON format and takes the
12-character `start` of a task from the line or sentence named by hand (after its label).
Run from the worktree root: python tests/made_gold/places/src/make_gold.py [GOLD_DIR]
(GOLD_DIR: another made-gold folder, whose src/gold_<folder>.py holds its answers).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）)")
PUNCT = " \t　，。、；：,.;:"


def start(doc: str, key: str) -> str:
    """First 12 characters of the unit that opens with `key` (label removed) or of the sentence `key`."""
    text = (HERE / "docs" / f"{doc}.txt").read_text(encoding="utf-8")
    i = text.index(key)
    body = text[i:].split("\n", 1)[0]
    if i == 0 or text[i - 1] == "\n":
        m = LABEL.match(body)
        body = body[m.end():] if m else body
    # the task text ends where its clause begins: a closing （…） or a field label on the line
    if body.endswith("）"):
        body = body[: body.rfind("（")]
    body = re.split(r"(?:牵头单位|责任单位|配合单位)：", body)[0]
    return body.lstrip(PUNCT)[:12]


def a(mention: str, role: str, generic: bool = False) -> dict:
    return {"mention": mention, "role": role, "generic": generic, "implicit": False}


def L(*names: str) -> list[dict]:
    return [a(n, "lead") for n in names]


def R(*names: str) -> list[dict]:
    return [a(n, "responsible", n.startswith("各") or n.startswith("有关")) for n in names]


def S(*names: str) -> list[dict]:
    return [a(n, "support", n.startswith("各") or n.startswith("有关")) for n in names]


def G(*names: str) -> list[dict]:
    return [a(n, "guide") for n in names]


# the forms of a task the gold scripts name (GUIDE.md "form")
P = "prose"
T = "table"


def doc(stem: str, title: str, number: str | None, issuer: str, date: str, tasks: list, target: dict) -> dict:
    """A notice's answers with one target and no citation (places114-116)."""
    return dict(stem=stem, title=title, number=number, issuer=issuer, date=date, tasks=tasks, targets=[target],
                citations=[])


def write(stem: str, title: str, number: str | None, issuer: str, date: str,
          tasks: list, targets: list, citations: list) -> None:
    out = {"source": f"{stem}.txt", "title": title, "doc_number": number, "issuer": issuer, "date": date,
           "prose_annotated": True, "tasks": [], "targets": [], "citations": []}
    for t in tasks:
        path, key, assignees, *form = t
        task = {"path": path, "start": start(stem, key), "assignees": assignees}
        if form:
            task["form"] = form[0]
        out["tasks"].append(task)
    out["targets"] = [{"path": p, "indicator": i, "value": v, "unit": u, "deadline": d} for p, i, v, u, d in targets]
    out["citations"] = [{"title": t, "doc_number": n, "kind": k} for t, n, k in citations]
    (HERE / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        HERE = Path(sys.argv[1]).resolve()
        sys.path.insert(0, str(HERE / "src"))
    import importlib

    for d in importlib.import_module("gold_" + HERE.name).DOCS:
        write(**d)
