"""The NetworkX engine: the reference implementation of every centrality and whole-network figure.

Chosen by :func:`graph.analysis.engine.engine_for` (``engine="networkx"``, or ``auto`` without
igraph); the igraph engine (:mod:`.engine_igraph`) is tested against it.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from .figures import _community_ids, _metrics_frame, _whole_network
from .networks import coresponsibility_graph

__all__ = ["coresponsibility", "node_values", "whole_network"]


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


def node_values(G: nx.Graph, weight: str | None, seed: int, workers: int | None = None) -> dict[str, dict[Any, Any]]:
    """The :data:`~graph.analysis.figures.METRIC_COLUMNS` values of every node (``workers``:
    unused, NetworkX runs in this process)."""
    return _metrics_networkx(G, weight, seed)


def whole_network(G: nx.Graph, weight: str | None, seed: int) -> dict[str, float]:
    """:func:`~graph.analysis.network_metrics` of a graph with at least one node (directed or not)."""
    n = G.number_of_nodes()
    tasks = [data.get("tasks") for _, data in G.nodes(data=True)]
    has_tasks = all("tasks" in data for _, data in G.nodes(data=True))
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
    plus the isolated ``departments`` (see :func:`graph.analysis.ranking.rank_table`); ``nodes``
    and ``labels`` are not needed here (the NetworkX graph has them)."""
    G = coresponsibility_graph(co)
    for iri, label in departments.items():
        if iri not in G:
            G.add_node(iri, label=label)
    df = _metrics_frame(list(G), [str(G.nodes[n].get("label", n)) for n in G], _metrics_networkx(G, "weight", seed))
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
