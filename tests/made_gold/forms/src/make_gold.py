"""Write the gold JSON files (GUIDE.md format) from gold.txt, the hand-made answers in short form.

Run from anywhere: python tests/made_gold/forms/src/make_gold.py [GOLD_DIR] (default: ../, the
folder of this script's parent; tests/made_gold/forms2 holds the second round).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROLES = {"L": "lead", "R": "responsible", "S": "support", "G": "guide"}


def _null(s: str) -> str | None:
    s = s.strip()
    return None if s == "-" else s


def _number(s: str) -> int | float:
    f = float(s)
    return int(f) if f.is_integer() else f


def parse(text: str) -> list[dict]:
    docs: list[dict] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ "):
            docs.append({"source": line[2:].strip(), "prose_annotated": True, "tasks": [], "targets": [],
                         "citations": []})
            continue
        doc = docs[-1]
        if line[:2] == "T ":
            path, form, start, who = (x.strip() for x in line[2:].split("|"))
            path = "" if path == "-" else path
            assignees = []
            for a in who.split(";"):
                bits = a.split()
                assignees.append({"mention": bits[0], "role": ROLES[bits[1]], "generic": "g" in bits[2:],
                                  "implicit": "i" in bits[2:]})
            doc["tasks"].append({"path": path, "start": start, "form": form, "assignees": assignees})
        elif line[:2] == "G ":
            path, indicator, value, unit, deadline = (x.strip() for x in line[2:].split("|"))
            dl = _null(deadline)
            doc["targets"].append({"path": path, "indicator": indicator, "value": _number(value), "unit": unit,
                                   "deadline": int(dl) if dl else None})
        elif line[:2] == "C ":
            title, number, kind = (x.strip() for x in line[2:].split("|"))
            doc["citations"].append({"title": _null(title), "doc_number": _null(number), "kind": kind})
        else:
            k, _, v = line.partition("=")
            doc[k.strip()] = _null(v)
    return docs


def main(folder: Path = HERE.parent) -> None:
    order = ["source", "title", "doc_number", "issuer", "date", "prose_annotated", "tasks", "targets", "citations"]
    for doc in parse((folder / "src" / "gold.txt").read_text(encoding="utf-8")):
        out = folder / (Path(doc["source"]).stem + ".json")
        out.write_text(json.dumps({k: doc[k] for k in order}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(out.name, len(doc["tasks"]), "tasks")


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE.parent)
