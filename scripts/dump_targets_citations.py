"""Every target and citation ``graph.extract.extract`` finds, one a line, for counting and for
reading what a change of the rules changed (docs/error-analysis.md, "After round 6").

    .venv/bin/python scripts/dump_targets_citations.py OUT.tsv [DOCS_DIR ...]

Prints the counts per folder (default: ../shared/corpus/docs and ../shared/corpus/docs2, all
documents, the dev ones included) and writes ``T file indicator value unit deadline`` and
``C file title 文号 kind`` rows to OUT.tsv; ``diff`` two such files to see what changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from graph.extract import extract
from graph.ingest import read_document

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def main() -> None:
    out_path, *dirs = sys.argv[1:]
    folders = [Path(d) for d in dirs] or [SHARED / "corpus" / "docs", SHARED / "corpus" / "docs2"]
    with open(out_path, "w", encoding="utf-8") as out:
        for d in folders:
            t = c = 0
            for f in sorted(d.glob("*.txt")):
                ex = extract(read_document(f))
                for x in ex.targets:
                    out.write(f"T\t{f.name}\t{x.indicator}\t{x.value:g}\t{x.unit}\t{x.deadline}\n")
                for y in ex.citations:
                    out.write(f"C\t{f.name}\t{y.title}\t{y.doc_number}\t{y.kind}\n")
                t += len(ex.targets)
                c += len(ex.citations)
            print(d, "targets", t, "citations", c)


if __name__ == "__main__":
    main()
