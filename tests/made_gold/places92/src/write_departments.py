"""Writes departments.tsv of a made-gold folder (places92 … places97) from the rows typed by hand in its
src/gold_<folder>.py (DEPTS: one line per mention, ``stem|mention|canonical|level|confidence|note``, kind
``government`` unless the line's level is written ``level/kind``). Run: python write_departments.py GOLD_DIR."""

import importlib
import sys
from pathlib import Path

here = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(here / "src"))
rows = ["source\tmention\tcanonical\tlevel\tkind\tconfidence\tnote"]
for line in importlib.import_module("gold_" + here.name).DEPTS.strip().splitlines():
    stem, mention, canonical, level, confidence, note = [*line.strip().split("|"), ""][:6]
    level, _, kind = level.partition("/")
    rows.append("\t".join((stem + ".txt", mention, canonical, level, kind or "government", confidence, note)))
(here / "departments.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
