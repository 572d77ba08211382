"""Draw the seeded random sample of targets and citations judged by hand in docs/error-analysis.md.

    .venv/bin/python scripts/sample_targets_citations.py --seed 5 [-n 30] [DOCS_DIR ...]

The population is every target and every citation ``graph.extract.extract`` finds in the given
folders (default: ../shared/corpus/docs and ../shared/corpus/docs2), documents sorted by file
name and items in reading order, without the documents that have a dev gold file
(../shared/eval/gold). ``random.Random(seed).sample`` picks ``n`` of each; each is printed with
the text around it.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from graph.extract import extract
from graph.ingest import read_document
from graph.ingest.normalize import normalize

HERE = Path(__file__).resolve().parent.parent
SHARED = HERE.parent / "shared"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path,
                    default=[SHARED / "corpus" / "docs", SHARED / "corpus" / "docs2"])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "gold")
    a = ap.parse_args()
    gold = {p.stem for p in a.gold.glob("*.json")}
    files = sorted((f for d in a.dirs for f in d.glob("*.txt") if f.stem not in gold), key=lambda f: f.name)
    targets, citations, texts = [], [], {}
    for f in files:
        ex = extract(read_document(f))
        texts[f.name] = normalize(ex.document.text)
        targets += [(f.name, t) for t in ex.targets]
        citations += [(f.name, c) for c in ex.citations]
    print(f"population: {len(targets)} targets, {len(citations)} citations in {len(files)} documents")
    rng = random.Random(a.seed)
    for i, (name, t) in enumerate(rng.sample(targets, min(a.n, len(targets))), 1):
        s = t.span.start
        around = texts[name][max(0, s - 60) : s + 20].replace("\n", "/")
        print(f"T{i}\t{name}\t{t.indicator}\t{t.value:g}\t{t.unit}\t{t.deadline}\t{around}")
    for i, (name, c) in enumerate(rng.sample(citations, min(a.n, len(citations))), 1):
        s = c.span.start
        around = texts[name][max(0, s - 30) : c.span.end + 20].replace("\n", "/")
        print(f"C{i}\t{name}\t{c.title}\t{c.doc_number}\t{c.kind}\t{around}")


if __name__ == "__main__":
    main()
