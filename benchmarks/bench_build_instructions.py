"""The workers' per-document path (read, key, extract, the lines' bytes) for an instruction count, which a shared
machine's load does not move as it moves CPU seconds (round 13, benchmarks/RESULTS-commands.md):

    PYTHONPATH=SRC valgrind --tool=callgrind --callgrind-out-file=OUT.N python benchmarks/bench_build_instructions.py DOCS N

for N = 0 and N = 150; the documents' instructions per document = (totals(N) - totals(0)) / N (``grep ^totals OUT.N``).
DOCS: a folder of synthetic documents (``python scripts/synthetic_documents.py 10000 -o DOCS``); the 20 documents
after the 5,000th warm the caches first."""

from __future__ import annotations

import sys
from pathlib import Path

from graph.extract import extract
from graph.fragments import _key, encoded_fragment
from graph.ingest import read_document


def main(folder: str, n: int) -> None:
    files = sorted(str(p) for p in Path(folder).iterdir())
    for f in files[5000:5020]:
        encoded_fragment(extract(read_document(f)), f, "k")
    for f in files[:n]:
        encoded_fragment(extract(read_document(f)), f, _key(Path(f).read_bytes(), Path(f).name))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
