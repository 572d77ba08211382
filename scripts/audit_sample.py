"""Draw a corpus audit's random sample (docs/audit-2026-12-05.md) from the exported CSVs.

    python scripts/audit_sample.py responsibilities.csv targets.csv [--seed 20261205]

Leaves out the dev gold documents (the .json names of ../shared/eval/gold) and every .html copy;
shuffles the rows with random.Random(seed) (assignments first, then targets, one generator) and
keeps at most two rows per document: 60 assignment rows, 20 target rows, printed tab-separated
(id, source, path, mention or indicator, …). Then the documents with at most two assignment rows,
five of them drawn with the same generator, for the check of missed assignments.

    python scripts/audit_sample.py resp.csv targets.csv --seed 20261206 --prose 10 --citations citations.csv

(docs/audit-4.md) then also draws, each with a fresh random.Random(seed), `--prose` rows of form
prose from documents none of the 60 assignment rows came from (one per document; P rows) and 10
rows of the citations CSV (one per document; C rows). The draws above are the same with or without.
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import random
from pathlib import Path

SHARED = Path(os.environ.get("POLICYKG_SHARED", "/work/shared"))


def _pick(rows: list[dict[str, str]], n: int, cap: int, rng: random.Random) -> list[int]:
    order = list(range(len(rows)))
    rng.shuffle(order)
    per: collections.Counter[str] = collections.Counter()
    out: list[int] = []
    for i in order:
        source = rows[i]["source"]
        if per[source] < cap:
            per[source] += 1
            out.append(i)
        if len(out) == n:
            break
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("responsibilities")
    ap.add_argument("targets")
    ap.add_argument("--seed", type=int, default=20261205)
    ap.add_argument("--prose", type=int, default=0)
    ap.add_argument("--citations")
    args = ap.parse_args()
    gold = {p.stem for p in (SHARED / "eval" / "gold").glob("*.json")}

    def keep(row: dict[str, str]) -> bool:
        return not row["source"].endswith(".html") and row["source"].rsplit(".", 1)[0] not in gold

    with open(args.responsibilities, encoding="utf-8") as f:
        resp = [r for r in csv.DictReader(f) if keep(r)]
    with open(args.targets, encoding="utf-8") as f:
        targets = [r for r in csv.DictReader(f) if keep(r)]
    rng = random.Random(args.seed)
    picked = _pick(resp, 60, 2, rng)
    for k, i in enumerate(picked, 1):
        r = resp[i]
        task = r["task"][:60].replace("\n", "⏎")
        print("\t".join([f"A{k}", r["source"], r["path"], r["mention"], r["department"], r["role"], r["form"], task]))
    for k, i in enumerate(_pick(targets, 20, 2, rng), 1):
        r = targets[i]
        print("\t".join([f"T{k}", r["source"], r["path"], r["indicator"], r["value"], r["unit"], r["deadline"]]))
    count = collections.Counter(r["source"] for r in resp)
    docs = sorted(
        p.name
        for d in ("docs", "docs2")
        for p in (SHARED / "corpus" / d).glob("*.txt")
        if p.stem not in gold
    )
    few = [d for d in docs if count[d] <= 2]
    for d in sorted(random.Random(args.seed).sample(few, 5)):
        print("\t".join(["F", d, str(count[d])]))
    if args.prose:
        seen = {resp[i]["source"] for i in picked}
        prose = [r for r in resp if r["form"] == "prose" and r["source"] not in seen]
        for k, i in enumerate(_pick(prose, args.prose, 1, random.Random(args.seed)), 1):
            r = prose[i]
            task = r["task"][:60].replace("\n", "⏎")
            print("\t".join([f"P{k}", r["source"], r["path"], r["mention"], r["department"], r["role"], task]))
    if args.citations:
        with open(args.citations, encoding="utf-8") as f:
            cites = [r for r in csv.DictReader(f) if keep(r)]
        for k, i in enumerate(_pick(cites, 10, 1, random.Random(args.seed)), 1):
            r = cites[i]
            print("\t".join([f"C{k}", r["source"], r["title"], r["doc_number"], r["kind"]]))


if __name__ == "__main__":
    main()
