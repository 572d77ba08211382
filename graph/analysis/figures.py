"""Whole-network figures (size, density, centralisation, Gini, modularity; the E-I index) and the
per-node table that both centrality engines fill.

Pure functions over arrays, NetworkX graphs and DataFrames; no engine is chosen here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

__all__ = [
    "EMPTY_NETWORK",
    "METRIC_COLUMNS",
    "NETWORK_FIGURES",
    "ei_index",
    "gini",
    "network_figures",
]

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

#: The whole-network figures of a network without nodes.
EMPTY_NETWORK: dict[str, float] = {
    "nodes": 0,
    "edges": 0,
    "components": 0,
    "density": 0.0,
    "degree_centralisation": 0.0,
    "gini_task_load": 0.0,
    "communities": 0,
    "modularity": 0.0,
}


def _community_ids(groups: Iterable[Iterable[Any]], label: dict[Any, str]) -> dict[Any, int]:
    """Number communities 0, 1, … by size (largest first), ties by their smallest label, so that
    the numbering does not depend on the algorithm's internal order."""
    ordered = sorted(
        (sorted(g, key=lambda n: label[n]) for g in groups), key=lambda g: (-len(g), label[g[0]])
    )
    return {n: k for k, g in enumerate(ordered) for n in g}


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
    >>> from graph.analysis import rank_table
    >>> td = pd.DataFrame({"source": ["t1", "t1", "t2"], "target": ["a", "b", "a"],
    ...                    "role": ["lead", "support", "lead"], "department": ["A", "B", "A"],
    ...                    "document": ["d", "d", "d"]})
    >>> network_figures(rank_table(td)).set_index("figure")["value"].to_dict()["gini_lead"]
    0.5
    """
    figures = dict(ranking.attrs.get("network") or EMPTY_NETWORK)
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
