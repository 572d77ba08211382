"""Centrality tables over department networks, and the department ranking of a knowledge graph.

Two engines compute the same numbers: NetworkX (the reference) and igraph + leidenalg (15–60×
faster at corpus scale). ``engine="auto"`` picks igraph above :data:`IGRAPH_ABOVE` nodes when it is
installed. Tests check that both agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx
import pandas as pd

from ..errors import PolicyKGError
from .networks import ROLES, apply_as_of, coresponsibility_edges, coresponsibility_graph

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = [
    "IGRAPH_ABOVE",
    "METRIC_COLUMNS",
    "Engine",
    "department_metrics",
    "gini",
    "network_metrics",
    "rank",
    "rank_table",
    "resolve_engine",
]

Engine = Literal["auto", "networkx", "igraph"]

#: ``engine="auto"`` uses igraph for graphs with more nodes than this.
IGRAPH_ABOVE = 500

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


def _has_igraph() -> bool:
    try:
        import igraph  # noqa: F401
        import leidenalg  # noqa: F401
    except ImportError:
        return False
    return True


def resolve_engine(engine: str, n_nodes: int) -> str:
    """The engine that will run: ``"networkx"`` or ``"igraph"``.

    >>> resolve_engine("networkx", 10_000)
    'networkx'
    >>> resolve_engine("auto", 10)
    'networkx'
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


def _eigenvector_nx(G: nx.Graph, weight: str | None) -> dict[Any, float]:
    if G.number_of_edges() == 0:
        return dict.fromkeys(G, 0.0)
    try:
        if G.number_of_nodes() > 2:
            return dict(nx.eigenvector_centrality_numpy(G, weight=weight, max_iter=10_000, tol=1e-12))
    except (nx.NetworkXException, ArithmeticError, ValueError):
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


def _to_igraph(G: nx.Graph, weight: str | None) -> tuple[Any, list[Any]]:
    import igraph as ig

    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), directed=G.is_directed())
    h.add_edges([(index[u], index[v]) for u, v in G.edges()])
    h.es["weight"] = [float(d.get(weight, 1) if weight else 1) for _, _, d in G.edges(data=True)]
    return h, nodes


def _metrics_igraph(G: nx.Graph, weight: str | None, seed: int) -> dict[str, dict[Any, Any]]:
    import leidenalg

    h, nodes = _to_igraph(G, weight)
    n = len(nodes)
    w = "weight" if weight else None
    bet = h.betweenness(directed=G.is_directed())
    if G.is_directed():
        scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    else:
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    if h.ecount():
        # igraph 1.0 rejects ``directed=False`` on an undirected graph ("invalid mode")
        ev = (
            h.eigenvector_centrality(directed=True, scale=True, weights=w)
            if G.is_directed()
            else h.eigenvector_centrality(scale=True, weights=w)
        )
        norm = sum(x * x for x in ev) ** 0.5 or 1.0
        ev = [x / norm for x in ev]
    else:
        ev = [0.0] * n
    pr = h.pagerank(directed=G.is_directed(), damping=0.85, weights=w)
    part = leidenalg.find_partition(h, leidenalg.ModularityVertexPartition, weights=w, seed=seed)
    label = {i: str(G.nodes[nodes[i]].get("label", nodes[i])) + "\0" + str(nodes[i]) for i in range(n)}
    comm = _community_ids([list(c) for c in part], label)
    wdeg = h.strength(weights=w) if h.ecount() else [0.0] * n
    return {
        "degree": dict(zip(nodes, h.degree(), strict=True)),
        "weighted_degree": dict(zip(nodes, wdeg, strict=True)),
        "betweenness": {v: b * scale for v, b in zip(nodes, bet, strict=True)},
        "eigenvector": dict(zip(nodes, ev, strict=True)),
        "pagerank": dict(zip(nodes, pr, strict=True)),
        "community": {nodes[i]: c for i, c in comm.items()},
    }


def department_metrics(
    G: nx.Graph, *, weight: str | None = "weight", engine: str = "auto", seed: int = 0
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
        ``auto`` uses igraph + leidenalg above :data:`IGRAPH_ABOVE` nodes when installed.
    seed : int
        Seed of the community detection (Louvain for NetworkX, Leiden for igraph).

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
    values = _metrics_igraph(G, weight, seed) if chosen == "igraph" else _metrics_networkx(G, weight, seed)
    df = pd.DataFrame({"node": list(G), "label": [str(G.nodes[n].get("label", n)) for n in G]})
    for key in METRIC_COLUMNS[2:]:
        df[key] = df["node"].map(values[key])
    df["degree"] = df["degree"].astype(int)
    df["community"] = df["community"].astype(int)
    df["weighted_degree"] = df["weighted_degree"].astype(float)
    df = df.sort_values(["weighted_degree", "label", "node"], ascending=[False, True, True], kind="stable")
    return df.reset_index(drop=True)


def gini(values: Sequence[float] | pd.Series) -> float:
    """Gini coefficient of a load distribution: 0 when every department carries the same number
    of tasks, towards 1 when one carries them all.

    >>> gini([1, 1, 1]), round(gini([0, 0, 3]), 4)
    (0.0, 0.6667)
    """
    xs = sorted(float(v) for v in values)
    n, total = len(xs), sum(xs)
    if n == 0 or total == 0:
        return 0.0
    cum = sum((i + 1) * x for i, x in enumerate(xs))
    return 2.0 * cum / (n * total) - (n + 1.0) / n


def network_metrics(G: nx.Graph, *, weight: str | None = "weight", seed: int = 0) -> dict[str, float]:
    """Whole-network figures of a department network.

    Parameters
    ----------
    G : networkx.Graph
        A department network. If every node has a ``tasks`` attribute, that is the task load;
        otherwise the weighted degree is.
    weight : str or None
        Edge strength for modularity and the default task load.
    seed : int
        Seed of the Louvain partition whose modularity is reported.

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
    out: dict[str, float] = {"nodes": n, "edges": G.number_of_edges()}
    if n == 0:
        return out | {
            "components": 0,
            "density": 0.0,
            "degree_centralisation": 0.0,
            "gini_task_load": 0.0,
            "communities": 0,
            "modularity": 0.0,
        }
    U = G.to_undirected() if G.is_directed() else G
    degrees = [d for _, d in U.degree()]
    dmax = max(degrees)
    cent = sum(dmax - d for d in degrees) / ((n - 1) * (n - 2)) if n > 2 else 0.0
    if all("tasks" in data for _, data in G.nodes(data=True)):
        load = [float(data["tasks"]) for _, data in G.nodes(data=True)]
    else:
        load = [float(d) for _, d in G.degree(weight=weight)]
    out["components"] = nx.number_connected_components(U)
    out["density"] = float(nx.density(G))
    out["degree_centralisation"] = float(cent)
    out["gini_task_load"] = gini(load)
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


def rank_table(
    td: pd.DataFrame, co: pd.DataFrame | None = None, *, engine: str = "auto", seed: int = 0
) -> pd.DataFrame:
    """Rank departments from a task–department table (pure; :func:`rank` feeds it from a graph).

    Parameters
    ----------
    td : DataFrame
        ``projection-task-department`` rows: ``source`` (task), ``target`` (department IRI),
        ``role``, ``document``, ``department`` (label) and optionally ``collective``.
    co : DataFrame, optional
        The co-responsibility edge table; computed from ``td`` when not given.
    engine, seed
        As for :func:`department_metrics`.

    Returns
    -------
    DataFrame
        One row per named department: ``rank`` (1 = most lead + responsible tasks, then most
        tasks, then weighted degree), ``department``, tasks by role, ``tasks``, ``documents``,
        the network metrics of :func:`department_metrics`, and ``iri``.
    """
    if td.empty:
        return pd.DataFrame(columns=RANK_COLUMNS)
    named = td
    if "collective" in td.columns:
        named = td[~td["collective"].fillna(False).astype(bool)]
    counts = named.drop_duplicates(["target", "source", "role"]).pivot_table(
        index="target", columns="role", values="source", aggfunc="nunique", fill_value=0
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
    G = coresponsibility_graph(co)
    for iri, label in table["department"].items():
        if iri not in G:
            G.add_node(iri, label=label)
    m = department_metrics(G, engine=engine, seed=seed).set_index("node")
    table = table.join(m.drop(columns="label"))
    table = table.reset_index().rename(columns={"target": "iri"})
    table["_key"] = table["lead"] + table["responsible"]
    table = table.sort_values(
        ["_key", "tasks", "weighted_degree", "department", "iri"],
        ascending=[False, False, False, True, True],
        kind="stable",
    )
    table["rank"] = range(1, len(table) + 1)
    return table[RANK_COLUMNS].reset_index(drop=True)


def rank(
    g_rdf: Graph,
    *,
    as_of: int | None = None,
    documents: Sequence[str] | None = None,
    engine: str = "auto",
    seed: int = 0,
) -> pd.DataFrame:
    """Who carries the most tasks, and how central each department is in the co-responsibility
    network.

    Parameters
    ----------
    g_rdf : rdflib.Graph
        A policykg knowledge graph.
    as_of : int, optional
        Report departments as they were in this year (successor of merged or renamed
        departments, from :func:`graph.extract.departments.successor`; identity when that is
        not installed).
    documents : sequence of str, optional
        Only these source files (``pkg:sourceFile``), e.g. ``["anhui_2016_quality_action_plan.txt"]``.
    engine : {"auto", "networkx", "igraph"}
        See :func:`department_metrics`.
    seed : int
        Community detection seed.

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

    params = {"document": list(documents)} if documents else None
    td = query_df(g_rdf, "projection-task-department", params)
    # The pair table is derived in pandas rather than by the projection-coresponsibility query: the
    # same rows (tests check it), but rdflib's self-join takes ~20 s on a 4-document graph.
    mapped = apply_as_of(td, as_of)
    return rank_table(mapped, coresponsibility_edges(mapped), engine=engine, seed=seed)
