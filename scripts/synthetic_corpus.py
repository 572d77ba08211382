"""A synthetic corpus for benchmarks, written directly as a ``projection-task-department`` table
(a pandas DataFrame with the query's columns), not as RDF: at 50,000 tasks an rdflib graph would
hold ~3 million triples and the benchmark would measure rdflib, not the analysis.

Departments get a Zipf-like popularity (a few carry many tasks, as in real plans); every task has
one lead and 1–6 other departments (responsible, support or guide). Deterministic for a seed.

    python scripts/synthetic_corpus.py --tasks 50000 --departments 3000 -o synthetic.parquet|.csv
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd

ROLES_OTHER = np.array(["responsible", "support", "guide"])


def synthetic_projection(tasks: int = 50_000, departments: int = 3_000, *, documents: int = 500,
                         seed: int = 0) -> pd.DataFrame:
    """A task–department table with the columns of the ``projection-task-department`` query."""
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, departments + 1) ** 0.9
    weights /= weights.sum()
    rows_task, rows_dept, rows_role = [], [], []
    sizes = rng.integers(2, 8, size=tasks)
    for t in range(tasks):
        chosen = rng.choice(departments, size=sizes[t], replace=False, p=weights)
        rows_task.extend([t] * len(chosen))
        rows_dept.extend(chosen.tolist())
        rows_role.append("lead")
        rows_role.extend(rng.choice(ROLES_OTHER, size=len(chosen) - 1, p=[0.7, 0.25, 0.05]).tolist())
    task = np.array(rows_task)
    dept = np.array(rows_dept)
    doc = task % documents
    return pd.DataFrame({
        "source": [f"https://example.org/doc/{d}/task/{t}" for d, t in zip(doc, task, strict=True)],
        "target": [f"https://example.org/org/d{d:05d}" for d in dept],
        "weight": 1,
        "role": rows_role,
        "path": [f"{t % 9 + 1}/{t % 7 + 1}" for t in task],
        "text": [f"合成任务 {t}" for t in task],
        "quote": [f"合成任务 {t}（部门 {d}）" for t, d in zip(task, dept, strict=True)],
        "document": [f"doc{d:04d}.txt" for d in doc],
        "title": [f"合成文件 {d}" for d in doc],
        "department": [f"部门{d:05d}" for d in dept],
        "collective": False,
        "level": None,
        "kind": None,
    })


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", type=int, default=50_000)
    ap.add_argument("--departments", type=int, default=3_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    df = synthetic_projection(a.tasks, a.departments, seed=a.seed)
    df.to_csv(a.output, index=False)


if __name__ == "__main__":
    main()
