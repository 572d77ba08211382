"""The igraph engine: the same centralities and whole-network figures as :mod:`.engine_networkx`,
15–60× faster at corpus scale.

The graph is built straight from edge arrays; exact betweenness is cut into blocks of sources that
several processes compute (:mod:`.betweenness_worker`); communities are igraph's Leiden (leidenalg
for directed graphs). Chosen by :func:`graph.analysis.engine.engine_for`.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Sequence
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from . import betweenness_worker
from .figures import _community_ids, _metrics_frame, _whole_network

__all__ = ["PARALLEL_BETWEENNESS_ABOVE", "coresponsibility", "node_values", "whole_network"]

#: The worker script, run by path in fresh interpreters (``-P``: its folder is not put on ``sys.path``).
_WORKER = os.path.abspath(betweenness_worker.__file__)


def _igraph_from_arrays(
    n: int, sources: np.ndarray, targets: np.ndarray, weights: np.ndarray | None, *, directed: bool = False
) -> Any:
    """An ``igraph.Graph`` on vertices ``0 … n-1`` straight from edge arrays; edge attribute
    ``weight`` (1.0 where ``weights`` is None)."""
    import igraph as ig

    edges = np.column_stack([np.asarray(sources, dtype=np.int64), np.asarray(targets, dtype=np.int64)])
    h = ig.Graph(n=n, edges=edges.tolist(), directed=directed)
    h.es["weight"] = (np.ones(len(edges)) if weights is None else np.asarray(weights, dtype=float)).tolist()
    return h


def _to_igraph(G: nx.Graph, weight: str | None) -> tuple[Any, list[Any]]:
    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    m = G.number_of_edges()
    src = np.fromiter((index[u] for u, _ in G.edges()), dtype=np.int64, count=m)
    dst = np.fromiter((index[v] for _, v in G.edges()), dtype=np.int64, count=m)
    w = None
    if weight:
        w = np.fromiter((float(d) for _, _, d in G.edges(data=weight, default=1)), dtype=float, count=m)
    return _igraph_from_arrays(len(nodes), src, dst, w, directed=G.is_directed()), nodes


#: In-process betweenness below this many vertex × edge steps (about a second of igraph).
PARALLEL_BETWEENNESS_ABOVE = 200_000_000


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _betweenness_igraph(
    h: Any, workers: int | None = None, *, min_work: int = PARALLEL_BETWEENNESS_ABOVE
) -> np.ndarray:
    """Exact, unweighted, unnormalised betweenness of every vertex of ``h`` (igraph's Brandes).

    Brandes' algorithm is a sum over source vertices, so on a large graph the sources are cut into
    blocks that this process and ``workers - 1`` fresh interpreters claim one at a time
    (python-igraph holds the GIL, so threads would not help; each runs
    :mod:`.betweenness_worker` as a script); the partial sums are added up. The
    result equals ``h.betweenness()`` up to floating-point summation order. Blocks of a worker that
    fails are computed here.

    Parameters
    ----------
    h : igraph.Graph
    workers : int, optional
        Processes to use; None = the CPUs this process may run on (at most 8). Graphs with fewer
        than ``min_work`` vertex × edge steps are always done in-process.
    min_work : int
        See ``workers``.

    Returns
    -------
    numpy.ndarray
        One value per vertex, as ``h.betweenness(directed=h.is_directed())``.
    """
    n, m = h.vcount(), h.ecount()
    directed = h.is_directed()
    k = min(_usable_cpus(), 8) if workers is None else max(1, int(workers))
    if k < 2 or n * m < min_work or not sys.executable:
        return np.asarray(h.betweenness(directed=directed), dtype=float)
    n_blocks = min(n, 24 * k)
    blocks = np.array_split(np.arange(n, dtype=np.int64), n_blocks)
    with tempfile.TemporaryDirectory(prefix="policykg-betweenness-") as tmp:
        data = os.path.join(tmp, "graph.npz")
        edges = np.asarray(h.get_edgelist(), dtype=np.int64).reshape(-1, 2)
        np.savez(data, n=n, directed=directed, edges=edges, blocks=n_blocks)
        procs = [
            subprocess.Popen(
                [sys.executable, "-P", _WORKER, data, tmp, str(j)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for j in range(1, k)
        ]
        total, mine = betweenness_worker.sweep(h, blocks, tmp)
        done = set(mine)
        for j, proc in enumerate(procs, start=1):
            out = os.path.join(tmp, f"out{j}.npz")
            if proc.wait() == 0 and os.path.exists(out):
                with np.load(out) as res:
                    total += res["total"]
                    done.update(res["done"].tolist())
        for b in sorted(set(range(n_blocks)) - done):  # claimed by a worker that failed
            total += h.betweenness(directed=directed, sources=blocks[b].tolist(), targets=range(n))
    return total


def _seeded_leiden(h: Any, weights: str | None, seed: int) -> list[int]:
    """Leiden (modularity) membership from igraph, iterated until stable; igraph draws from
    Python's :mod:`random`, seeded here with a private generator so global state is untouched."""
    import igraph as ig

    ig.set_random_number_generator(random.Random(seed))
    try:
        part = h.community_leiden(objective_function="modularity", weights=weights, n_iterations=-1)
    finally:
        ig.set_random_number_generator(random)
    return list(part.membership)


def _igraph_values(
    h: Any, labels: Sequence[str], weighted: bool, seed: int, workers: int | None
) -> dict[str, np.ndarray]:
    """The :data:`METRIC_COLUMNS` values of every vertex of ``h`` (position = vertex id).

    ``labels`` orders communities (see :func:`_community_ids`); ``h`` carries edge ``weight``.
    """
    n = h.vcount()
    w = "weight" if weighted else None
    directed = h.is_directed()
    scale = (1.0 if directed else 2.0) / ((n - 1) * (n - 2)) if n > 2 else 1.0
    bet = _betweenness_igraph(h, workers) * scale
    if h.ecount():
        import igraph as ig

        # igraph 1.0 rejects ``directed=False`` on an undirected graph ("invalid mode"). ARPACK
        # starts from a random vector drawn from igraph's RNG: seeded here (privately, as for
        # Leiden) so the last digits, and so every export's bytes, are the same on every run.
        ig.set_random_number_generator(random.Random(seed))
        try:
            with warnings.catch_warnings():
                # a disconnected network (the rule, for a corpus) scores 0 outside the main
                # component; documented in the notebooks' caveats, not worth a warning per command
                warnings.filterwarnings("ignore", message="Some eigenvector centralities are nearly zero")
                ev = np.asarray(
                    h.eigenvector_centrality(directed=True, scale=True, weights=w)
                    if directed
                    else h.eigenvector_centrality(scale=True, weights=w),
                    dtype=float,
                )
        finally:
            ig.set_random_number_generator(random)
        ev = ev / (float(np.linalg.norm(ev)) or 1.0)
    else:
        ev = np.zeros(n)
    pr = np.asarray(h.pagerank(directed=directed, damping=0.85, weights=w), dtype=float)
    if directed:  # igraph's own Leiden is for undirected graphs only
        import leidenalg

        part = leidenalg.find_partition(h, leidenalg.ModularityVertexPartition, weights=w, seed=seed)
        membership = list(part.membership)
    else:
        membership = _seeded_leiden(h, w, seed)
    groups: dict[int, list[int]] = {}
    for v, c in enumerate(membership):
        groups.setdefault(c, []).append(v)
    comm = _community_ids(groups.values(), dict(enumerate(labels)))
    return {
        "degree": np.asarray(h.degree(), dtype=np.int64),
        "weighted_degree": np.asarray(h.strength(weights=w), dtype=float) if h.ecount() else np.zeros(n),
        "betweenness": bet,
        "eigenvector": ev,
        "pagerank": pr,
        "community": np.array([comm[v] for v in range(n)], dtype=np.int64),
    }


def _metrics_igraph(G: nx.Graph, weight: str | None, seed: int, workers: int | None = None) -> dict[str, dict[Any, Any]]:
    h, nodes = _to_igraph(G, weight)
    labels = [str(G.nodes[v].get("label", v)) + "\0" + str(v) for v in nodes]
    values = _igraph_values(h, labels, weight is not None, seed, workers)
    return {key: dict(zip(nodes, arr.tolist(), strict=True)) for key, arr in values.items()}


def node_values(G: nx.Graph, weight: str | None, seed: int, workers: int | None = None) -> dict[str, dict[Any, Any]]:
    """The :data:`~graph.analysis.figures.METRIC_COLUMNS` values of every node of ``G``."""
    return _metrics_igraph(G, weight, seed, workers)


def whole_network(G: nx.Graph, weight: str | None, seed: int) -> dict[str, float]:
    """:func:`~graph.analysis.network_metrics` of an undirected graph with at least one node."""
    n = G.number_of_nodes()
    tasks = [data.get("tasks") for _, data in G.nodes(data=True)]
    has_tasks = all("tasks" in data for _, data in G.nodes(data=True))
    h, _ = _to_igraph(G, weight)
    w = "weight" if weight else None
    load = np.asarray(tasks, dtype=float) if has_tasks else np.asarray(h.strength(weights=w), dtype=float)
    out = _whole_network(
        n, h.ecount(), np.asarray(h.degree()), load, len(h.connected_components()), directed=False
    )
    if h.ecount():
        membership = _seeded_leiden(h, w, seed)
        out["communities"] = len(set(membership))
        out["modularity"] = float(h.modularity(membership, weights=w))
    else:
        out["communities"] = n
        out["modularity"] = 0.0
    return out


def coresponsibility(
    co: pd.DataFrame,
    departments: pd.Series,
    load: pd.Series,
    nodes: list[Any],
    labels: list[str],
    *,
    seed: int,
    workers: int | None = None,
) -> tuple[pd.DataFrame, dict[str, float]]:
    """The department table and whole-network figures of the co-responsibility network of ``co``
    on the vertices ``nodes`` (labelled ``labels``: the ends of ``co`` in order of appearance,
    then the isolated ``departments``), built from the edge arrays without a NetworkX graph."""
    src = [str(v) for v in co["source"].tolist()]
    tgt = [str(v) for v in co["target"].tolist()]
    index = pd.Index(nodes, dtype=object)
    s_idx, t_idx = index.get_indexer(src), index.get_indexer(tgt)
    weights = np.array([int(w or 1) for w in co["weight"].tolist()], dtype=float) if "weight" in co.columns else None
    # a pair listed twice (either way round) is one edge, the later weight winning, as in NetworkX
    key = pd.Series(np.minimum(s_idx, t_idx).astype(np.int64) * len(nodes) + np.maximum(s_idx, t_idx))
    last = ~key.duplicated(keep="last").to_numpy()
    h = _igraph_from_arrays(len(nodes), s_idx[last], t_idx[last], None if weights is None else weights[last])
    keyed = [str(lab) + "\0" + str(v) for lab, v in zip(labels, nodes, strict=True)]
    values = _igraph_values(h, keyed, True, seed, workers)
    net = _whole_network(
        h.vcount(),
        h.ecount(),
        values["degree"],
        load.reindex(index).fillna(0).to_numpy(dtype=float),
        len(h.connected_components()),
        directed=False,
    )
    net["communities"] = len(np.unique(values["community"]))
    net["modularity"] = float(h.modularity(values["community"].tolist(), weights="weight")) if h.ecount() else 0.0
    return _metrics_frame(nodes, [str(x) for x in labels], values), net
