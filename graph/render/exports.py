"""Files for other tools: GraphML and GEXF (Gephi), CSV node and edge lists, JSON-LD, and static
PNG/SVG charts of the ranking and of the network (drawn by :mod:`.charts`).

GraphML/GEXF carry scalar attributes only (str, int, float, bool; missing values left out), which
is what Gephi, yEd and ``networkx.read_*`` read back unchanged.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from ..errors import PolicyKGError
from ..rdf.io import canonical_jsonld
from .charts import cjk_fonts, draw_network, network_figure, ranking_figure

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = [
    "EXPORT_SUFFIXES",
    "canonical_jsonld",
    "cjk_fonts",
    "draw_network",
    "export_csv",
    "export_gexf",
    "export_graphml",
    "export_jsonld",
    "network_figure",
    "ranking_figure",
    "scalar_graph",
    "write_export",
]

EXPORT_SUFFIXES = (".graphml", ".gexf", ".csv", ".jsonld", ".png", ".svg")


def scalar_graph(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose node, edge and graph attributes are all str, int, float or bool.

    Missing values (None, NaN) are dropped; numpy scalars become Python scalars; anything else
    becomes its ``str``.

    >>> G = nx.Graph(); G.add_node("a", x=None, y=[1], z=2.5)
    >>> scalar_graph(G).nodes["a"]
    {'y': '[1]', 'z': 2.5}
    """

    def clean(d: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in d.items():
            if type(v) is str or type(v) is int or type(v) is bool:  # most values: kept as they are
                out[str(k)] = v
                continue
            if v is None or (isinstance(v, float) and v != v):
                continue
            if hasattr(v, "item") and not isinstance(v, str):
                v = v.item()
            out[str(k)] = v if isinstance(v, bool | int | float | str) else str(v)
        return out

    H = G.__class__()
    H.graph.update(clean(G.graph))
    H.add_nodes_from((str(n), clean(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((str(u), str(v), clean(d)) for u, v, d in G.edges(data=True))
    return H


def export_graphml(G: nx.Graph, path: str | Path) -> Path:
    """Write ``G`` as GraphML (scalar attributes only)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(scalar_graph(G), p, encoding="utf-8", prettyprint=True)
    return p


def export_gexf(G: nx.Graph, path: str | Path) -> Path:
    """Write ``G`` as GEXF 1.2 for Gephi (scalar attributes only).

    Without the ``lastmodifieddate`` that networkx writes (today's date; optional in GEXF): the same
    network gives the same bytes on any day.
    """
    from ..rdf.io import atomic_write_bytes

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    H = scalar_graph(G)
    for n, d in H.nodes(data=True):
        # GEXF's own "label" is the node label Gephi shows; keep it a string
        d["label"] = str(d.get("label", n))
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True)
    atomic_write_bytes(p, _GEXF_DATE.sub(rb"\1", buf.getvalue(), count=1))
    return p


#: networkx's ``<meta lastmodifieddate="YYYY-MM-DD">``: the date left out.
_GEXF_DATE = re.compile(rb'(<meta\b[^>]*?) lastmodifieddate="[^"]*"')


def export_csv(G: nx.Graph, path: str | Path) -> tuple[Path, Path]:
    """Write a node list to ``path`` and an edge list next to it, ``<stem>_edges.csv``.

    Returns
    -------
    (Path, Path)
        The node file (column ``id`` then attributes) and the edge file (``source, target``
        then attributes).
    """
    from ..rdf.io import atomic_write_bytes

    p = Path(path)
    H = scalar_graph(G)
    nodes = pd.DataFrame([{"id": n, **d} for n, d in H.nodes(data=True)], columns=None)
    if nodes.empty:
        nodes = pd.DataFrame(columns=["id"])
    edges = pd.DataFrame([{"source": u, "target": v, **d} for u, v, d in H.edges(data=True)])
    if edges.empty:
        edges = pd.DataFrame(columns=["source", "target"])
    edge_path = p.with_name(p.stem + "_edges.csv")
    atomic_write_bytes(p, nodes.to_csv(index=False).encode("utf-8"))
    atomic_write_bytes(edge_path, edges.to_csv(index=False).encode("utf-8"))
    return p, edge_path


def export_jsonld(g_rdf: Graph, path: str | Path) -> Path:
    """Write the RDF graph as JSON-LD (:func:`graph.rdf.io.serialize`), in a canonical order: rdflib
    lists the nodes of ``@graph`` and the values of a property in the order of its in-memory
    store, which changes with the process's hash seed; here every array (``@list`` values apart)
    is sorted, so the same graph gives the same bytes in every process."""
    from ..rdf.io import atomic_write_bytes, serialize

    atomic_write_bytes(path, serialize(g_rdf, "json-ld"))
    return Path(path)


def write_export(
    path: str | Path,
    g_rdf: Graph | KGStore,
    *,
    projection: str = "task-department",
    documents: list[str] | None = None,
    as_of: int | None = None,
    engine: str = "auto",
    chart: str = "network",
) -> list[Path]:
    """Export a knowledge graph in the format that ``path``'s suffix names.

    Parameters
    ----------
    path : str or Path
        ``.graphml``, ``.gexf``, ``.csv`` (nodes; edges go to ``<stem>_edges.csv``), ``.jsonld``
        (the whole RDF graph), ``.png`` or ``.svg`` (a chart).
    g_rdf : rdflib.Graph or graph.store.KGStore
        A policykg knowledge graph, or a store holding one.
    projection : {"task-department", "coresponsibility", "lead-partner", "citations"}
        Which network to export. Department nodes of the task-department and co-responsibility
        networks carry the :func:`graph.analysis.rank` columns as attributes.
    documents, as_of, engine
        As for :func:`graph.analysis.rank`.
    chart : {"network", "ranking"}
        For ``.png``/``.svg``: the network drawing or the bar chart of the ranking.

    Returns
    -------
    list of Path
        The files written.
    """
    from ..analysis import (
        citation_graph,
        coresponsibility_edges,
        coresponsibility_graph,
        lead_partner_graph,
        rank_table,
        task_department_graph,
        task_departments,
    )
    from ..analysis.networks import records
    from ..sparql import query_df

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise PolicyKGError(
            f"{p}: unknown export format {suffix or '(none)'} (use {', '.join(EXPORT_SUFFIXES)})"
        )
    if suffix == ".jsonld":
        from ..store import KGStore

        return [export_jsonld(g_rdf.dataset_graph() if isinstance(g_rdf, KGStore) else g_rdf, p)]
    params = {"document": list(documents)} if documents else None
    # task text and quotes only where they are written out: the task-department graph's task nodes
    wants_text = projection == "task-department" and suffix not in (".png", ".svg")
    td = task_departments(g_rdf, as_of=as_of, documents=documents, text=wants_text)
    ranking = rank_table(td, engine=engine)
    if suffix in (".png", ".svg") and chart == "ranking":
        return [ranking_figure(ranking, p)]
    G: nx.Graph
    if projection == "task-department":
        G = task_department_graph(td)
    elif projection == "coresponsibility":
        G = coresponsibility_graph(coresponsibility_edges(td))
    elif projection == "lead-partner":
        G = lead_partner_graph(query_df(g_rdf, "projection-lead-partner", params))
    elif projection == "citations":
        G = citation_graph(query_df(g_rdf, "projection-citations", params))
    else:
        raise PolicyKGError(f"unknown projection {projection!r}")
    metric_cols = ["rank", "degree", "weighted_degree", "betweenness", "eigenvector", "pagerank", "community"]
    for row in records(ranking):
        if row["iri"] in G:
            G.nodes[row["iri"]].update(
                {("co_" + k if k in ("degree", "weighted_degree") else k): row[k] for k in metric_cols}
            )
            G.nodes[row["iri"]].setdefault("type", "department")
            G.nodes[row["iri"]].setdefault("documents", int(row["documents"]))
    if suffix == ".graphml":
        return [export_graphml(G, p)]
    if suffix == ".gexf":
        return [export_gexf(G, p)]
    if suffix == ".csv":
        return list(export_csv(G, p))
    return [network_figure(G, p, engine=engine)]
