"""Centrality tables and whole-network figures of a department network (a NetworkX graph).

Both functions ask :func:`graph.analysis.engine.engine_for` which engine runs (NetworkX, the
reference, or igraph); the engines live in :mod:`.engine_networkx` and :mod:`.engine_igraph`.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from .engine import engine_for
from .figures import EMPTY_NETWORK, METRIC_COLUMNS, _metrics_frame

__all__ = ["department_metrics", "network_metrics"]


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
    values = engine_for(engine, G.number_of_nodes()).node_values(G, weight, seed, workers)
    return _metrics_frame(list(G), [str(G.nodes[n].get("label", n)) for n in G], values)



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
        return dict(EMPTY_NETWORK)
    return engine_for(engine, n, directed=G.is_directed(), directed_igraph=False).whole_network(G, weight, seed)
