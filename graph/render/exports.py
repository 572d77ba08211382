"""Files for other tools: GraphML and GEXF (Gephi), CSV node and edge lists, JSON-LD, and static
PNG/SVG charts of the ranking and of the network.

GraphML/GEXF carry scalar attributes only (str, int, float, bool; missing values left out), which
is what Gephi, yEd and ``networkx.read_*`` read back unchanged. Charts use matplotlib's Agg backend
and a CJK font when one is installed (Debian: ``apt-get install fonts-noto-cjk``); without one,
Chinese labels render as boxes but nothing fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from ..errors import PolicyKGError

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = [
    "EXPORT_SUFFIXES",
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
_CJK = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "AR PL UMing CN",
)


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
    """Write ``G`` as GEXF 1.2 for Gephi (scalar attributes only)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    H = scalar_graph(G)
    for n, d in H.nodes(data=True):
        # GEXF's own "label" is the node label Gephi shows; keep it a string
        d["label"] = str(d.get("label", n))
    nx.write_gexf(H, p, encoding="utf-8", prettyprint=True)
    return p


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
    """Write the RDF graph as JSON-LD (deterministic: see :func:`graph.rdf.io.serialize`)."""
    from ..rdf.io import atomic_write_bytes, serialize

    atomic_write_bytes(path, serialize(g_rdf, "json-ld"))
    return Path(path)


def cjk_fonts() -> list[str]:
    """Installed font families that can draw Chinese, best first (empty if none)."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    return [n for n in _CJK if n in names]


def _rc() -> Any:
    return {
        "font.family": "sans-serif",
        "font.sans-serif": [*cjk_fonts(), "DejaVu Sans"],
        "axes.unicode_minus": False,
        "svg.hashsalt": "policykg",  # stable element ids: same input, same SVG bytes
        "svg.fonttype": "path",
    }


def _save(fig: Any, path: str | Path) -> Path:
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise PolicyKGError(f"{p}: charts are written as .png or .svg")
    p.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Date": None} if suffix == ".svg" else {"Software": None}
    fig.savefig(p, dpi=150, bbox_inches="tight", metadata=metadata)
    return p


def ranking_figure(ranking: pd.DataFrame, path: str | Path, *, top: int = 20, title: str = "") -> Path:
    """A horizontal stacked bar chart of tasks by role for the ``top`` departments of a ranking.

    Parameters
    ----------
    ranking : DataFrame
        :func:`graph.analysis.rank` output (``department`` and the role columns).
    path : str or Path
        ``.png`` or ``.svg``.
    top : int
        How many departments.
    title : str
        Chart title.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .maps import ROLE_COLOURS

    df = ranking.head(top).iloc[::-1]
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(8, 0.35 * max(len(df), 3) + 1.2))
        try:
            left = [0.0] * len(df)
            for role, colour in ROLE_COLOURS.items():
                values = df[role].astype(float).tolist() if role in df else [0.0] * len(df)
                ax.barh(df["department"].astype(str), values, left=left, color=colour, label=role)
                left = [a + b for a, b in zip(left, values, strict=True)]
            ax.set_xlabel("tasks")
            ax.legend(loc="lower right", frameon=False)
            ax.set_title(title or "Tasks by role")
            ax.spines[["top", "right"]].set_visible(False)
            return _save(fig, path)
        finally:
            plt.close(fig)


_PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
            "#bcbd22", "#7f7f7f"]


def draw_network(
    G: nx.Graph,
    *,
    size: dict[Any, float] | None = None,
    colour: dict[Any, str] | None = None,
    importance: list[Any] | None = None,
    top: int = 20,
    seed: int = 0,
    engine: str = "auto",
    title: str = "",
) -> Any:
    """A matplotlib figure of a network that stays readable in print.

    Department nodes are circles (task/document nodes, ``type`` not ``department``, small grey
    squares), placed by :func:`graph.render.maps.layout_without_overlaps` so that no two overlap
    and components are packed; edges are thin and grey, wider with ``weight``, or coloured by
    ``role`` when they carry one. Only the ``top`` nodes of ``importance`` are labelled, and a label
    that would cover one already drawn is left out.

    Parameters
    ----------
    G : networkx.Graph
    size : dict, optional
        Node -> relative size in [0, 1] (default: weighted degree / its maximum).
    colour : dict, optional
        Node -> colour (default: orange departments).
    importance : list, optional
        Nodes in labelling order (default: departments by weighted degree).
    top : int
        At most this many labels.
    seed, engine
        Layout seed and engine.
    title : str
        Figure title.

    Returns
    -------
    matplotlib.figure.Figure
        The caller saves and closes it.
    """
    import math

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .maps import ROLE_COLOURS, layout_without_overlaps

    def is_dept(n: Any) -> bool:
        return G.nodes[n].get("type", "department") == "department"

    depts = [n for n in G if is_dept(n)]
    others = [n for n in G if not is_dept(n)]
    if size is None:
        strength = dict(G.degree(weight="weight"))
        smax = float(max((strength[n] for n in depts), default=1) or 1)
        size = {n: float(strength[n]) / smax for n in depts}
    radius = {n: (5.0 + 13.0 * math.sqrt(max(size.get(n, 0.0), 0.0))) if is_dept(n) else 2.5 for n in G}
    pos = layout_without_overlaps(G, radius, seed=seed, engine=engine, gap=4.0) if len(G) else {}
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) + 60.0
    inches = 9.0
    ptu = inches * 72.0 / span  # points per layout unit
    if importance is None:
        strength = dict(G.degree(weight="weight"))
        importance = sorted(depts, key=lambda n: (-strength[n], str(G.nodes[n].get("label", n))))
    font = 8.0
    with plt.rc_context(_rc()):
        fig, ax = plt.subplots(figsize=(inches, max(2.0, inches * (max(ys) - min(ys) + 60.0) / span) + 0.4))
        ax.set_xlim(min(xs) - 30, min(xs) - 30 + span)
        ax.set_ylim(max(ys) + 30, min(ys) - 30)
        ax.set_position((0.0, 0.0, 1.0, 1.0))  # the axes fill the figure: ``ptu`` holds
        ax.set_aspect("equal", adjustable="box")
        edges = list(G.edges(data=True))
        widths = [0.3 + math.log1p(float(d.get("weight", 1))) / math.log1p(10) for _, _, d in edges]
        colours = [ROLE_COLOURS.get(str(d.get("role", "")), "#999999") for _, _, d in edges]
        nx.draw_networkx_edges(G, pos, ax=ax, edgelist=[(u, v) for u, v, _ in edges], edge_color=colours,
                               alpha=0.35, width=widths)
        if others:
            nx.draw_networkx_nodes(G, pos, ax=ax, nodelist=others, node_shape="s", node_color="#aec7e8",
                                   node_size=[(2.0 * radius[n] * ptu) ** 2 for n in others])
        nx.draw_networkx_nodes(
            G, pos, ax=ax, nodelist=depts, node_size=[(2.0 * radius[n] * ptu) ** 2 for n in depts],
            node_color=[(colour or {}).get(n, "#ff7f0e") for n in depts], edgecolors="white", linewidths=0.5,
        )
        placed: list[tuple[float, float, float, float]] = []
        for n in importance:
            if len(placed) >= top:
                break
            if n not in pos:
                continue
            label = str(G.nodes[n].get("label", n))
            x, y = pos[n]
            w = len(label) * font / ptu / 2.0 + 2
            y0 = y + radius[n] + 1
            box = (x - w, y0, x + w, y0 + font * 1.3 / ptu)
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
                continue
            placed.append(box)
            ax.text(x, y0, label, ha="center", va="top", fontsize=font, fontfamily=_rc()["font.sans-serif"],
                    bbox={"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 0.3})
        if title:
            ax.set_title(title, fontsize=10)
        ax.set_axis_off()
        return fig


def network_figure(
    G: nx.Graph, path: str | Path, *, seed: int = 0, title: str = "", max_labels: int = 20, engine: str = "auto"
) -> Path:
    """A static drawing of a network (departments as circles, tasks/documents as small squares),
    written as PNG or SVG: :func:`draw_network`, coloured by ``community`` when nodes carry one,
    sized by ``tasks`` when they carry it, labelled for the ``max_labels`` departments with the
    highest weighted degree."""
    import matplotlib.pyplot as plt

    depts = [n for n, d in G.nodes(data=True) if d.get("type", "department") == "department"]
    colour = {n: _PALETTE[int(G.nodes[n]["community"]) % len(_PALETTE)] for n in depts
              if G.nodes[n].get("community") is not None}
    size = None
    if depts and all(G.nodes[n].get("tasks") is not None for n in depts):
        tmax = float(max(G.nodes[n]["tasks"] for n in depts)) or 1.0
        size = {n: float(G.nodes[n]["tasks"]) / tmax for n in depts}
    fig = draw_network(G, size=size, colour=colour or None, top=max_labels, seed=seed, engine=engine, title=title)
    try:
        with plt.rc_context(_rc()):  # text is laid out when saved: the CJK fonts must be in force then
            return _save(fig, path)
    finally:
        plt.close(fig)


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
        apply_as_of,
        citation_graph,
        coresponsibility_edges,
        coresponsibility_graph,
        lead_partner_graph,
        rank_table,
        task_department_graph,
    )
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
    name = "projection-task-department" if wants_text else "projection-task-department-lean"
    td = apply_as_of(query_df(g_rdf, name, params), as_of)
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
    for row in ranking.to_dict("records"):
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
