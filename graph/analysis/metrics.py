"""Centrality tables over department networks, and the department ranking of a knowledge graph.

Two engines compute the same numbers: NetworkX (the reference) and igraph (15–60× faster at corpus
scale: the graph is built straight from edge arrays, exact betweenness runs in several processes,
communities are igraph's Leiden; leidenalg only for directed graphs). ``engine="auto"`` picks igraph
whenever it is installed (:data:`IGRAPH_ABOVE` is 0), so rank, map, export and report all run on one
engine; NetworkX is the reference (``engine="networkx"``). Tests check that both agree.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx
import numpy as np
import pandas as pd

from ..errors import PolicyKGError
from .networks import ROLES, apply_as_of, coresponsibility_edges, coresponsibility_graph

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = [
    "IGRAPH_ABOVE",
    "METRIC_COLUMNS",
    "Engine",
    "department_metrics",
    "ei_index",
    "gini",
    "network_figures",
    "network_metrics",
    "rank",
    "rank_table",
    "resolve_engine",
]

Engine = Literal["auto", "networkx", "igraph"]

#: ``engine="auto"`` uses igraph for graphs with more nodes than this (0: whenever it is installed,
#: so rank, map, export and report all run on the same engine; NetworkX stays the reference that
#: ``engine="networkx"`` selects and the tests compare against).
IGRAPH_ABOVE = 0

METRIC_COLUMNS = [
    "node",
    "label",
    "degree",
    "weighted_degree",
    "betweenness",
    "eigenvector",
    "pagerank",
    "community",
]


def _import_igraph() -> Any:
    """``import igraph`` without its plotting back-end: python-igraph imports matplotlib for
    drawing (2 s of every command's start-up; policykg never plots with igraph). matplotlib is
    hidden only while igraph loads, so policykg's own charts import it as usual afterwards."""
    if "igraph" in sys.modules:
        return sys.modules["igraph"]
    hide = "matplotlib" not in sys.modules
    if hide:
        sys.modules["matplotlib"] = None  # type: ignore[assignment]
    try:
        import igraph
    finally:
        if hide and sys.modules.get("matplotlib", False) is None:
            del sys.modules["matplotlib"]
    return igraph


def _has_igraph() -> bool:
    try:
        _import_igraph()
        import leidenalg  # noqa: F401
    except ImportError:
        return False
    return True


def resolve_engine(engine: str, n_nodes: int) -> str:
    """The engine that will run: ``"networkx"`` or ``"igraph"``.

    >>> resolve_engine("networkx", 10_000)
    'networkx'
    >>> resolve_engine("auto", 10) == ("igraph" if _has_igraph() else "networkx")
    True
    """
    if engine not in ("auto", "networkx", "igraph"):
        raise PolicyKGError(f"unknown engine {engine!r} (use auto, networkx or igraph)")
    if engine == "igraph" and not _has_igraph():
        raise PolicyKGError("engine 'igraph' needs the python-igraph and leidenalg packages")
    if engine == "auto":
        return "igraph" if n_nodes > IGRAPH_ABOVE and _has_igraph() else "networkx"
    return engine


def _community_ids(groups: Iterable[Iterable[Any]], label: dict[Any, str]) -> dict[Any, int]:
    """Number communities 0, 1, … by size (largest first), ties by their smallest label, so that
    the numbering does not depend on the algorithm's internal order."""
    ordered = sorted(
        (sorted(g, key=lambda n: label[n]) for g in groups), key=lambda g: (-len(g), label[g[0]])
    )
    return {n: k for k, g in enumerate(ordered) for n in g}


def _eigenvector_arpack(G: nx.Graph, weight: str | None) -> dict[Any, float]:
    """networkx's ``eigenvector_centrality_numpy`` with a fixed ARPACK start vector: networkx lets
    ARPACK start from a random vector, which changed the last digits from run to run (and so the
    bytes of every export)."""
    import scipy.sparse.linalg

    nodes = list(G)
    A = nx.to_scipy_sparse_array(G, nodelist=nodes, weight=weight, dtype=float)
    M = A.T if G.is_directed() else A  # in-edges, as networkx
    _, vectors = scipy.sparse.linalg.eigs(M, k=1, which="LR", maxiter=10_000, tol=1e-12, v0=np.ones(len(nodes)))
    largest = vectors.flatten().real
    norm = float(np.sign(largest.sum()) * np.linalg.norm(largest))
    return dict(zip(nodes, (largest / norm).tolist(), strict=True))


def _eigenvector_nx(G: nx.Graph, weight: str | None) -> dict[Any, float]:
    if G.number_of_edges() == 0:
        return dict.fromkeys(G, 0.0)
    try:
        if G.number_of_nodes() > 2:
            return _eigenvector_arpack(G, weight)
    except (nx.NetworkXException, ArithmeticError, ValueError, RuntimeError):
        pass
    return dict(nx.eigenvector_centrality(G, weight=weight, max_iter=10_000, tol=1e-12))


def _metrics_networkx(G: nx.Graph, weight: str | None, seed: int) -> dict[str, dict[Any, Any]]:
    wdeg = dict(G.degree(weight=weight))
    return {
        "degree": dict(G.degree()),
        "weighted_degree": wdeg,
        "betweenness": dict(nx.betweenness_centrality(G, normalized=True)),
        "eigenvector": _eigenvector_nx(G, weight),
        "pagerank": dict(nx.pagerank(G, alpha=0.85, weight=weight, tol=1e-12, max_iter=10_000)),
        "community": _community_ids(
            nx.community.louvain_communities(G, weight=weight, seed=seed),
            {n: str(G.nodes[n].get("label", n)) + "\0" + str(n) for n in G},
        ),
    }


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

_BETWEENNESS_WORKER = """
import os, sys
sys.modules.setdefault("matplotlib", None)  # igraph imports it for drawing only (~0.6 s)
import igraph as ig
import numpy as np
d = np.load(sys.argv[1])
n, directed, blocks = int(d["n"]), bool(d["directed"]), np.array_split(np.arange(int(d["n"])), int(d["blocks"]))
h = ig.Graph(n=n, edges=d["edges"].tolist(), directed=directed)
total, done = np.zeros(n), []
for b, chunk in enumerate(blocks):
    try:
        os.close(os.open(os.path.join(sys.argv[2], f"claim{b}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        continue
    total += h.betweenness(directed=directed, sources=chunk.tolist(), targets=range(n))
    done.append(b)
np.savez(os.path.join(sys.argv[2], f"out{sys.argv[3]}.npz"), total=total, done=np.asarray(done, dtype=np.int64))
"""


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _claim(tmp: str, block: int) -> bool:
    """Atomically claim a block of sources (a file only one process can create)."""
    try:
        os.close(os.open(os.path.join(tmp, f"claim{block}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def _betweenness_igraph(
    h: Any, workers: int | None = None, *, min_work: int = PARALLEL_BETWEENNESS_ABOVE
) -> np.ndarray:
    """Exact, unweighted, unnormalised betweenness of every vertex of ``h`` (igraph's Brandes).

    Brandes' algorithm is a sum over source vertices, so on a large graph the sources are cut into
    blocks that this process and ``workers - 1`` fresh interpreters claim one at a time
    (python-igraph holds the GIL, so threads would not help); the partial sums are added up. The
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
    total = np.zeros(n)
    mine: set[int] = set()
    with tempfile.TemporaryDirectory(prefix="policykg-betweenness-") as tmp:
        data = os.path.join(tmp, "graph.npz")
        edges = np.asarray(h.get_edgelist(), dtype=np.int64).reshape(-1, 2)
        np.savez(data, n=n, directed=directed, edges=edges, blocks=n_blocks)
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", _BETWEENNESS_WORKER, data, tmp, str(j)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for j in range(1, k)
        ]
        for b, chunk in enumerate(blocks):
            if _claim(tmp, b):
                total += h.betweenness(directed=directed, sources=chunk.tolist(), targets=range(n))
                mine.add(b)
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


def _metrics_frame(nodes: Sequence[Any], labels: Sequence[str], values: dict[str, Any]) -> pd.DataFrame:
    """The :func:`department_metrics` table from per-node values (dicts keyed by node, or arrays
    in ``nodes`` order)."""
    df = pd.DataFrame({"node": list(nodes), "label": list(labels)})
    for key in METRIC_COLUMNS[2:]:
        v = values[key]
        df[key] = df["node"].map(v) if isinstance(v, dict) else np.asarray(v)
    df["degree"] = df["degree"].astype(int)
    df["community"] = df["community"].astype(int)
    df["weighted_degree"] = df["weighted_degree"].astype(float)
    df = df.sort_values(["weighted_degree", "label", "node"], ascending=[False, True, True], kind="stable")
    return df.reset_index(drop=True)


def department_metrics(
    G: nx.Graph,
    *,
    weight: str | None = "weight",
    engine: str = "auto",
    seed: int = 0,
    workers: int | None = None,
) -> pd.DataFrame:
    """Centrality of every node of a department network.

    Parameters
    ----------
    G : networkx.Graph
        Usually :func:`~graph.analysis.networks.coresponsibility_graph`; nodes may carry ``label``.
    weight : str or None
        Edge attribute used as a strength (weighted degree, eigenvector, PageRank, communities).
        Betweenness is topological (unweighted): shared tasks are a strength, not a distance.
    engine : {"auto", "networkx", "igraph"}
        ``auto`` uses igraph when installed (see :data:`IGRAPH_ABOVE`).
    seed : int
        Seed of the community detection (Louvain for NetworkX, Leiden for igraph).
    workers : int, optional
        igraph only: processes for the exact betweenness of a large graph (None = the usable
        CPUs, at most 8; 1 = in this process). Small graphs always run in-process.

    Returns
    -------
    DataFrame
        ``node, label, degree, weighted_degree, betweenness`` (normalised to [0, 1]),
        ``eigenvector`` (unit Euclidean norm), ``pagerank`` (sums to 1), ``community`` (0 = the
        largest), sorted by weighted degree then label.

    Examples
    --------
    >>> G = nx.path_graph(["a", "b", "c"])
    >>> department_metrics(G, weight=None).set_index("node")["betweenness"].to_dict()
    {'b': 1.0, 'a': 0.0, 'c': 0.0}
    """
    if G.number_of_nodes() == 0:
        return pd.DataFrame(columns=METRIC_COLUMNS)
    chosen = resolve_engine(engine, G.number_of_nodes())
    if chosen == "igraph":
        values = _metrics_igraph(G, weight, seed, workers)
    else:
        values = _metrics_networkx(G, weight, seed)
    return _metrics_frame(list(G), [str(G.nodes[n].get("label", n)) for n in G], values)


def gini(values: Sequence[float] | pd.Series | np.ndarray) -> float:
    """Gini coefficient of a load distribution: 0 when every department carries the same number
    of tasks, towards 1 when one carries them all.

    >>> gini([1, 1, 1]), round(gini([0, 0, 3]), 4)
    (0.0, 0.6667)
    """
    xs = np.sort(np.asarray(values, dtype=float).ravel())
    n, total = len(xs), float(xs.sum())
    if n == 0 or total == 0:
        return 0.0
    cum = float(np.arange(1, n + 1, dtype=float) @ xs)
    return 2.0 * cum / (n * total) - (n + 1.0) / n


def _whole_network(
    n: int, m: int, degrees: np.ndarray, load: np.ndarray, components: int, directed: bool
) -> dict[str, float]:
    """Size, density, Freeman degree centralisation and load Gini from per-node arrays."""
    pairs = n * (n - 1) / (1 if directed else 2)
    dmax = int(degrees.max()) if n else 0
    cent = float((dmax - degrees).sum()) / ((n - 1) * (n - 2)) if n > 2 else 0.0
    return {
        "nodes": n,
        "edges": m,
        "components": components,
        "density": float(m / pairs) if n > 1 else 0.0,
        "degree_centralisation": cent,
        "gini_task_load": gini(load),
    }


def network_metrics(
    G: nx.Graph, *, weight: str | None = "weight", seed: int = 0, engine: str = "auto"
) -> dict[str, float]:
    """Whole-network figures of a department network.

    Parameters
    ----------
    G : networkx.Graph
        A department network. If every node has a ``tasks`` attribute, that is the task load;
        otherwise the weighted degree is.
    weight : str or None
        Edge strength for modularity and the default task load.
    seed : int
        Seed of the partition whose modularity is reported.
    engine : {"auto", "networkx", "igraph"}
        Who finds the partition and counts components: NetworkX (Louvain) or igraph (Leiden,
        optimising the same modularity; undirected graphs only, a directed one uses NetworkX).
        ``auto`` uses igraph when installed. Every other figure is the same
        for both.

    Returns
    -------
    dict
        ``nodes``, ``edges``, ``components``, ``density``, ``degree_centralisation`` (Freeman:
        1 for a star, 0 when all degrees are equal), ``gini_task_load``, ``communities``,
        ``modularity``.

    Examples
    --------
    >>> m = network_metrics(nx.star_graph(4))
    >>> m["degree_centralisation"], m["density"]
    (1.0, 0.4)
    """
    n = G.number_of_nodes()
    if n == 0:
        return {
            "nodes": 0,
            "edges": 0,
            "components": 0,
            "density": 0.0,
            "degree_centralisation": 0.0,
            "gini_task_load": 0.0,
            "communities": 0,
            "modularity": 0.0,
        }
    tasks = [data.get("tasks") for _, data in G.nodes(data=True)]
    has_tasks = all("tasks" in data for _, data in G.nodes(data=True))
    if not G.is_directed() and resolve_engine(engine, n) == "igraph":
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
    U = G.to_undirected() if G.is_directed() else G
    if has_tasks:
        load = np.asarray(tasks, dtype=float)
    else:
        load = np.fromiter((float(d) for _, d in G.degree(weight=weight)), dtype=float, count=n)
    degrees = np.fromiter((d for _, d in U.degree()), dtype=np.int64, count=n)
    out = _whole_network(
        n, G.number_of_edges(), degrees, load, nx.number_connected_components(U), G.is_directed()
    )
    if G.number_of_edges():
        parts = nx.community.louvain_communities(G, weight=weight, seed=seed)
        out["communities"] = len(parts)
        out["modularity"] = float(nx.community.modularity(G, parts, weight=weight))
    else:
        out["communities"] = n
        out["modularity"] = 0.0
    return out


RANK_COLUMNS = [
    "rank",
    "department",
    "lead",
    "responsible",
    "support",
    "guide",
    "tasks",
    "documents",
    "degree",
    "weighted_degree",
    "betweenness",
    "eigenvector",
    "pagerank",
    "community",
    "iri",
]


def _coresponsibility_metrics(
    co: pd.DataFrame, departments: pd.Series, load: pd.Series, *, engine: str, seed: int, workers: int | None
) -> tuple[pd.DataFrame, dict[str, float]]:
    """:func:`department_metrics` and :func:`network_metrics` of the co-responsibility network of
    ``co`` plus the isolated ``departments`` (IRI -> label), with ``load`` (IRI -> tasks) as the
    task load and the reported partition being the ``community`` column's. The igraph engine
    builds its graph from the edge arrays and never makes a NetworkX graph; both give the table
    of ``department_metrics(coresponsibility_graph(co) + isolated nodes)``."""
    src = [str(v) for v in co["source"].tolist()]
    tgt = [str(v) for v in co["target"].tolist()]
    lab_s = co["source_label"].tolist() if "source_label" in co.columns else [None] * len(co)
    lab_t = co["target_label"].tolist() if "target_label" in co.columns else [None] * len(co)
    ends = pd.Index([x for pair in zip(src, tgt, strict=True) for x in pair], dtype=object)
    first = np.flatnonzero(~ends.duplicated())
    end_labels = [x for pair in zip(lab_s, lab_t, strict=True) for x in pair]
    ends_list = ends.tolist()
    nodes: list[Any] = [ends_list[i] for i in first]
    labels = [str(end_labels[i] or ends_list[i]) for i in first]
    known = set(nodes)
    for iri, label in departments.items():
        if iri not in known:
            nodes.append(iri)
            labels.append(label)
    if resolve_engine(engine, len(nodes)) != "igraph":
        G = coresponsibility_graph(co)
        for iri, label in departments.items():
            if iri not in G:
                G.add_node(iri, label=label)
        df = department_metrics(G, engine="networkx", seed=seed)
        net = _whole_network(
            G.number_of_nodes(),
            G.number_of_edges(),
            np.fromiter((d for _, d in G.degree()), dtype=np.int64, count=G.number_of_nodes()),
            load.reindex(list(G)).fillna(0).to_numpy(dtype=float),
            nx.number_connected_components(G),
            directed=False,
        )
        groups = df.groupby("community")["node"].agg(list).tolist()
        net["communities"] = len(groups)
        net["modularity"] = float(nx.community.modularity(G, groups, weight="weight")) if G.number_of_edges() else 0.0
        return df, net
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


def rank_table(
    td: pd.DataFrame,
    co: pd.DataFrame | None = None,
    *,
    engine: str = "auto",
    seed: int = 0,
    workers: int | None = None,
) -> pd.DataFrame:
    """Rank departments from a task–department table (pure; :func:`rank` feeds it from a graph).

    Parameters
    ----------
    td : DataFrame
        ``projection-task-department`` rows: ``source`` (task), ``target`` (department IRI),
        ``role``, ``document``, ``department`` (label) and optionally ``collective``.
    co : DataFrame, optional
        The co-responsibility edge table; computed from ``td`` when not given.
    engine, seed, workers
        As for :func:`department_metrics`. With igraph the network is built straight from the
        edge table (no NetworkX graph).

    Returns
    -------
    DataFrame
        One row per named department: ``rank`` (1 = most lead + responsible tasks, then most
        tasks, then weighted degree), ``department``, tasks by role, ``tasks``, ``documents``,
        the network metrics of :func:`department_metrics`, and ``iri``. ``attrs["network"]``
        holds the whole-network figures of :func:`network_metrics` for the same network
        (isolated named departments included), computed in the same pass: the task load of
        ``gini_task_load`` is the ``tasks`` column, and ``communities``/``modularity`` are those
        of the ``community`` column's partition.
    """
    named = td
    if "collective" in td.columns:
        named = td[~td["collective"].fillna(False).astype(bool)]
    if named.empty:
        empty = pd.DataFrame(columns=RANK_COLUMNS)
        empty.attrs["network"] = network_metrics(nx.Graph())
        return empty
    # one row per (department, task, role): the size of each group is the nunique of its tasks
    counts = named.drop_duplicates(["target", "source", "role"]).groupby(["target", "role"]).size().unstack(
        fill_value=0
    )
    table = pd.DataFrame(index=pd.Index(sorted(named["target"].unique()), name="target"))
    for role in ROLES:
        table[role] = counts[role] if role in counts.columns else 0
    table = table.fillna(0).astype(int)
    table["tasks"] = named.groupby("target")["source"].nunique()
    table["documents"] = named.groupby("target")["document"].nunique() if "document" in named else 1
    table["department"] = named.drop_duplicates("target").set_index("target")["department"]
    if co is None:
        co = coresponsibility_edges(named)
    m, net = _coresponsibility_metrics(
        co, table["department"], table["tasks"], engine=engine, seed=seed, workers=workers
    )
    table = table.join(m.set_index("node").drop(columns="label"))
    table = table.reset_index().rename(columns={"target": "iri"})
    table["_key"] = table["lead"] + table["responsible"]
    table = table.sort_values(
        ["_key", "tasks", "weighted_degree", "department", "iri"],
        ascending=[False, False, False, True, True],
        kind="stable",
    )
    table["rank"] = range(1, len(table) + 1)
    out = table[RANK_COLUMNS].reset_index(drop=True)
    out.attrs["network"] = net
    return out


def rank(
    g_rdf: Graph | KGStore,
    *,
    as_of: int | None = None,
    documents: Sequence[str] | None = None,
    engine: str = "auto",
    seed: int = 0,
    forms: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Who carries the most tasks, and how central each department is in the co-responsibility
    network.

    Parameters
    ----------
    g_rdf : rdflib.Graph or graph.store.KGStore
        A policykg knowledge graph, or a store holding one.
    as_of : int, optional
        Report departments as they were in this year (successor of merged or renamed
        departments, from :func:`graph.departments.successor`; identity when that is
        not installed).
    documents : sequence of str, optional
        Only these source files (``pkg:sourceFile``), e.g. ``["anhui_2016_quality_action_plan.txt"]``.
    engine : {"auto", "networkx", "igraph"}
        See :func:`department_metrics`.
    seed : int
        Community detection seed.
    forms : sequence of str, optional
        Only tasks read in these forms (``clause``, ``field``, ``table``, ``prose``): e.g. leave out
        duties written in running text, or count only those.

    Returns
    -------
    DataFrame
        See :func:`rank_table`.

    Examples
    --------
    >>> import graph
    >>> kg = graph.build_graph([graph.example_path()])
    >>> top = rank(kg).iloc[0]
    >>> top["department"] in ("省质监局", "安徽省质量技术监督局"), int(top["responsible"]), int(top["tasks"])
    (True, 16, 16)
    """
    from ..sparql import query_df

    params = {"document": list(documents)} if documents else {}
    if forms:
        params["form"] = list(forms)
    # the lean projection: ranking never reads the task text or quote (2.5x faster to fetch)
    td = query_df(g_rdf, "projection-task-department-lean", params or None)
    # The pair table is derived in pandas rather than by the projection-coresponsibility query: the
    # same rows (tests check it), but rdflib's self-join takes ~20 s on a 4-document graph.
    mapped = apply_as_of(td, as_of)
    return rank_table(mapped, coresponsibility_edges(mapped), engine=engine, seed=seed)


#: What each whole-network figure means, in the order :func:`network_figures` lists them.
NETWORK_FIGURES = {
    "nodes": "departments (named, collectives left out)",
    "edges": "pairs of departments sharing at least one task",
    "components": "connected components",
    "density": "edges / possible pairs",
    "degree_centralisation": "Freeman degree centralisation (1 = a star, 0 = all degrees equal)",
    "gini_task_load": "Gini of tasks per department (0 = equal load)",
    "gini_lead": "Gini of lead tasks per department",
    "communities": "communities of the reported partition",
    "modularity": "modularity of that partition",
}


def network_figures(ranking: pd.DataFrame) -> pd.DataFrame:
    """The whole-network figures of a :func:`rank_table` / :func:`rank` result as a table.

    Parameters
    ----------
    ranking : DataFrame
        A ranking; its ``attrs["network"]`` holds the figures of :func:`network_metrics`.

    Returns
    -------
    DataFrame
        ``figure, value, meaning``: the figures of ``attrs["network"]`` plus ``gini_lead``, the
        Gini coefficient of the ``lead`` column (how unevenly leadership is spread).

    Examples
    --------
    >>> td = pd.DataFrame({"source": ["t1", "t1", "t2"], "target": ["a", "b", "a"],
    ...                    "role": ["lead", "support", "lead"], "department": ["A", "B", "A"],
    ...                    "document": ["d", "d", "d"]})
    >>> network_figures(rank_table(td)).set_index("figure")["value"].to_dict()["gini_lead"]
    0.5
    """
    figures = dict(ranking.attrs.get("network") or network_metrics(nx.Graph()))
    figures["gini_lead"] = gini(ranking["lead"].astype(float)) if len(ranking) else 0.0
    rows = [(k, float(figures[k]) if k not in ("nodes", "edges", "components", "communities") else int(figures[k]),
             NETWORK_FIGURES[k]) for k in NETWORK_FIGURES if k in figures]
    out = pd.DataFrame({"figure": [r[0] for r in rows], "meaning": [r[2] for r in rows]})
    out.insert(1, "value", pd.Series([r[1] for r in rows], dtype=object))
    return out


def ei_index(G: nx.Graph, groups: Mapping[Any, Any], *, weight: str | None = None) -> dict[str, float]:
    """Krackhardt and Stern's E-I index of a network partitioned into groups (levels, places, …).

    ``(E - I) / (E + I)`` where E counts the edges between two groups and I the edges within one:
    −1 when every tie stays inside a group, +1 when every tie crosses groups. Edges with an end
    that has no group (missing or None) are left out.

    Parameters
    ----------
    G : networkx.Graph
    groups : mapping
        Node -> group.
    weight : str, optional
        Count each edge by this attribute (e.g. shared tasks) instead of once.

    Returns
    -------
    dict
        ``ei`` (NaN when no edge qualifies), ``external``, ``internal``, ``edges_left_out``.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("a", "c"), ("c", "d")])
    >>> ei_index(G, {"a": "x", "b": "x", "c": "y", "d": "y"})["ei"]
    -0.3333333333333333
    """
    ext = inn = 0.0
    out = 0
    for u, v, d in G.edges(data=True):
        gu, gv = groups.get(u), groups.get(v)
        if gu is None or gv is None or (isinstance(gu, float) and gu != gu) or (isinstance(gv, float) and gv != gv):
            out += 1
            continue
        w = float(d.get(weight, 1)) if weight else 1.0
        if gu == gv:
            inn += w
        else:
            ext += w
    total = ext + inn
    return {
        "ei": (ext - inn) / total if total else float("nan"),
        "external": ext,
        "internal": inn,
        "edges_left_out": out,
    }
