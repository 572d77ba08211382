"""Expand the starts of a made round's gold.txt in place: `~X` -> the first 12 characters of the document's text from X
(X must occur once in the document; the start stops at a line end), `=X` -> X (checked to occur in the document).

Run from the project root: python tests/made_gold/forms_prose7/src/expand.py tests/made_gold/forms127 …
"""

from __future__ import annotations

import sys
from pathlib import Path


def expand(folder: Path) -> None:
    lines = (folder / "src" / "gold.txt").read_text(encoding="utf-8").splitlines()
    text = ""
    out = []
    for line in lines:
        if line.startswith("@ "):
            text = (folder / "docs" / line[2:].strip()).read_text(encoding="utf-8")
        elif line.startswith("T ") and "|" in line:
            parts = line.split("|")
            start = parts[2].strip()
            if start.startswith("~"):
                key = start[1:]
                if text.count(key) != 1:
                    raise SystemExit(f"{folder.name}: {key!r} occurs {text.count(key)} times")
                i = text.index(key)
                start = text[i:i + 12].split("\n")[0]
            elif start.startswith("="):
                start = start[1:]
                if start not in text:
                    raise SystemExit(f"{folder.name}: {start!r} not in the document")
            parts[2] = f" {start} "
            line = "|".join(parts)
        out.append(line)
    (folder / "src" / "gold.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        expand(Path(arg))
