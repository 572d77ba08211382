"""One process's share of an exact betweenness computation (Brandes' sum over source vertices).

:func:`graph.analysis.engine_igraph._betweenness_igraph` cuts the sources into blocks, writes the
graph to a ``.npz`` file and starts this file as a script in fresh interpreters (``python -P
betweenness_worker.py GRAPH.npz TMPDIR J``): python-igraph holds the GIL, so threads would not
help. Every process, the parent included (:func:`sweep`), claims blocks one at a time through a
file only one process can create, and adds up the betweenness of the sources it claimed; a worker
writes its sum and the blocks it did to ``TMPDIR/outJ.npz``.

Run as a script it imports only numpy and igraph (not policykg, not matplotlib), so it starts in a
fraction of a second.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["claim", "main", "sweep"]


def claim(tmp: str, block: int) -> bool:
    """Atomically claim a block of sources (a file only one process can create)."""
    try:
        os.close(os.open(os.path.join(tmp, f"claim{block}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def sweep(h: Any, blocks: Sequence[np.ndarray], tmp: str) -> tuple[np.ndarray, list[int]]:
    """The betweenness summed over the sources of every block this process claims, and those blocks."""
    n = h.vcount()
    directed = h.is_directed()
    total = np.zeros(n)
    done: list[int] = []
    for b, chunk in enumerate(blocks):
        if claim(tmp, b):
            total += h.betweenness(directed=directed, sources=chunk.tolist(), targets=range(n))
            done.append(b)
    return total, done


def main(argv: Sequence[str]) -> int:
    """``GRAPH.npz TMPDIR J``: claim and compute blocks, write ``TMPDIR/outJ.npz``."""
    data, tmp, job = argv
    import igraph as ig

    d = np.load(data)
    n, directed = int(d["n"]), bool(d["directed"])
    blocks = np.array_split(np.arange(n), int(d["blocks"]))
    h = ig.Graph(n=n, edges=d["edges"].tolist(), directed=directed)
    total, done = sweep(h, blocks, tmp)
    np.savez(os.path.join(tmp, f"out{job}.npz"), total=total, done=np.asarray(done, dtype=np.int64))
    return 0


if __name__ == "__main__":
    sys.modules.setdefault("matplotlib", None)  # type: ignore[arg-type]  # igraph imports it for drawing only (~0.6 s)
    sys.exit(main(sys.argv[1:]))
