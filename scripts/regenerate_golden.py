"""Regenerate tests/golden/seed.ttl from the bundled example.

Run after a deliberate change to extraction or the RDF model, then review the diff
(`git diff tests/golden/seed.ttl`) before committing: the golden graph is a reviewed answer.

    python scripts/regenerate_golden.py
"""

from __future__ import annotations

from pathlib import Path

import graph
from graph.rdf.io import write_graph

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "tests" / "golden" / "seed.ttl"
    write_graph(graph.build_graph([graph.example_path()]), out)
    print(f"wrote {out}")
