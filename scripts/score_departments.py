"""Score canonical departments: the `department` column of `policykg query responsibilities`
against a table of the right canonical body per (source, mention), as ../shared/eval/departments.tsv.

    python scripts/score_departments.py departments.tsv responsibilities.csv [--show]

Prints the share of named mentions (distinct per document) whose department is the table's
canonical name, the same share over every assignment row, and, with --show, each miss.
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from pathlib import Path


def _n(s: str) -> str:
    return unicodedata.normalize("NFKC", s or "").strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("table", type=Path)
    ap.add_argument("responsibilities", type=Path)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args(argv)
    with a.table.open(encoding="utf-8", newline="") as fh:
        gold = {(Path(_n(r["source"])).stem, _n(r["mention"])): _n(r["canonical"]) for r in csv.DictReader(fh, delimiter="\t")}
    seen: dict[tuple[str, str], str] = {}
    row_hits = rows = 0
    with a.responsibilities.open(encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh):
            k = (Path(_n(r["source"])).stem, _n(r["mention"]))
            if k in gold:
                seen[k] = _n(r["department"])
                rows += 1
                row_hits += seen[k] == gold[k]
    hits = sum(seen[k] == gold[k] for k in seen)
    if a.show:
        for k in sorted(seen):
            if seen[k] != gold[k]:
                print(f"  {k[0]}  {k[1]}: {seen[k]} (expected {gold[k]})")
    print(f"canonical departments: {hits}/{len(seen)} = {hits / len(seen) if seen else 0:.3f} "
          f"({len(gold) - len(seen)} table rows not named by the responsibilities)")
    print(f"assignments with the right canonical department: {row_hits}/{rows} = {row_hits / rows if rows else 0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
