"""The co-responsibility pairs counted in NumPy are those of the sparse product ``BᵀB`` (the
reference, kept here: SciPy is no longer imported by ``rank``/``map``/``export`` at start)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from graph.analysis.networks import _cooccurrence


def _by_sparse_product(tasks: pd.Series, departments: pd.Series) -> tuple[np.ndarray, ...]:
    t_codes, task_index = pd.factorize(tasks)
    d_codes, depts = pd.factorize(departments, sort=True)
    keep = (t_codes >= 0) & (d_codes >= 0)
    t_codes, d_codes = t_codes[keep], d_codes[keep]
    B = sp.csr_array((np.ones(len(t_codes), dtype=np.int64), (t_codes, d_codes)),
                     shape=(len(task_index), len(depts)))
    B.sum_duplicates()
    B.data[:] = 1
    U = sp.triu(B.T @ B, k=1, format="csr")
    U.sort_indices()
    rows = np.repeat(np.arange(U.shape[0], dtype=np.int64), np.diff(U.indptr))
    return rows, U.indices.astype(np.int64), U.data.astype(np.int64), np.asarray(depts, dtype=object)


def test_cooccurrence_equals_the_sparse_product_on_random_tables() -> None:
    rng = np.random.default_rng(0)
    for _ in range(300):
        n, n_tasks, n_depts = int(rng.integers(0, 200)), int(rng.integers(1, 30)), int(rng.integers(1, 20))
        tasks = pd.Series([None if rng.random() < 0.05 else f"t{x}" for x in rng.integers(0, n_tasks, n)], dtype=object)
        depts = pd.Series([None if rng.random() < 0.05 else f"d{x}" for x in rng.integers(0, n_depts, n)], dtype=object)
        got = _cooccurrence(tasks, depts)
        want = _by_sparse_product(tasks, depts)
        for a, b in zip(got[:3], want[:3], strict=True):
            assert a.dtype == b.dtype == np.int64 and np.array_equal(a, b)
        assert got[3].tolist() == want[3].tolist()
