"""Count how well the indicator texts of targets.csv match a gold folder's.

    python scripts/indicator_match.py GOLD_DIR OUT_DIR [--list]

Each gold target with an indicator is paired with an output row of its document with the same
value and unit (same path first); the pair is `exact` (same text, punctuation and spaces aside),
`near` (one text holds the other) or `wrong`; a gold target with no such row is `missing`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

PUNCT = re.compile(r"[\s,，。、；;:：“”\"'‘’()（）《》〈〉\[\]【】·\-—]")


def norm(s: object) -> str:
    return PUNCT.sub("", unicodedata.normalize("NFKC", "" if s is None else str(s)))


def num(v: object) -> object:
    try:
        f = float(norm(v).replace(",", ""))
    except ValueError:
        return norm(v)
    return int(f) if f.is_integer() else round(f, 6)


def grade(gold: str, got: str) -> str:
    if gold == got:
        return "exact"
    if got and (gold in got or got in gold):
        return "near"
    return "wrong"


RANK = {"exact": 0, "near": 1, "wrong": 2}


def main(argv: list[str]) -> int:
    gold_dir, out_dir = Path(argv[0]), Path(argv[1])
    listing = "--list" in argv
    rows: dict[tuple, list[dict]] = defaultdict(list)
    with (out_dir / "targets.csv").open(encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh):
            rows[(Path(r["source"]).stem, num(r["value"]), norm(r["unit"]))].append(r)
    counts: Counter[str] = Counter()
    for j in sorted(gold_dir.glob("*.json")):
        g = json.loads(j.read_text(encoding="utf-8"))
        for t in g.get("targets", []):
            if not t.get("indicator"):
                continue
            cands = rows.get((j.stem, num(t["value"]), norm(t["unit"])), [])
            if not cands:
                counts["missing"] += 1
                continue
            gi = norm(t["indicator"])
            best = min(
                cands,
                key=lambda r: (RANK[grade(gi, norm(r["indicator"]))], norm(r["path"]) != norm(t.get("path"))),
            )
            cands.remove(best)
            k = grade(gi, norm(best["indicator"]))
            counts[k] += 1
            if listing and k != "exact":
                print(f"{k}\t{j.stem}\t{t['indicator']}\t{best['indicator']}")
    total = sum(counts.values())
    print(" ".join(f"{k} {counts[k]}" for k in ("exact", "near", "wrong", "missing")), f"of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
