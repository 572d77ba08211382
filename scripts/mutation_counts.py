"""Counts of a mutation run of scripts/mutation.sh, per module: killed, survived, timeout, no tests,
not checked; then the names of the mutants that were not killed.

    python scripts/mutation_counts.py /tmp/policykg-mutation/rdf
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

# mutmut 3 records the test run's exit code per mutant; the names are those of mutmut.stats
# status_by_exit_code (mutmut 3.8.1), any other code is "suspicious"; but 255 (which mutmut calls
# a timeout) is its worker giving up before a test ran (docs/mutation.md, eighth pass): "not run"
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 2: "interrupted", None: "not checked",
          33: "no tests", 34: "skipped", 35: "suspicious", 36: "timeout", 37: "caught by type check",
          -24: "timeout", 24: "timeout", 152: "timeout", 255: "not run", -11: "segfault", -9: "segfault"}
ORDER = ["killed", "survived", "timeout", "no tests", "not checked"]


def main(scratch: str) -> None:
    rows: list[tuple[str, Counter[str]]] = []
    alive: list[tuple[str, str]] = []
    for meta in sorted(Path(scratch, "mutants").rglob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if not codes:
            continue
        counts: Counter[str] = Counter()
        for name, code in codes.items():
            status = STATUS.get(code, "suspicious")
            counts[status] += 1
            if status not in ("killed", "not checked"):
                alive.append((name, status))
        rows.append((str(meta.relative_to(Path(scratch, "mutants")))[: -len(".meta")], counts))
    keys = ORDER + sorted({k for _, c in rows for k in c} - set(ORDER))
    print("| module | mutants | " + " | ".join(keys) + " |")
    print("|---|---:|" + "---:|" * len(keys))
    total: Counter[str] = Counter()
    for module, counts in rows:
        total.update(counts)
        print(f"| {module} | {sum(counts.values())} | " + " | ".join(str(counts[k]) for k in keys) + " |")
    print(f"| all | {sum(total.values())} | " + " | ".join(str(total[k]) for k in keys) + " |")
    print()
    for name, status in alive:
        print(f"{status}: {name}")


if __name__ == "__main__":
    main(sys.argv[1])
