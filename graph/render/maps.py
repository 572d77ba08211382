"""Interactive responsibility maps: one self-contained, offline HTML file per map.

Departments are sized by centrality (PageRank in the co-responsibility network) and coloured by
``pkg:level`` (else ``pkg:kind``); tasks, or whole documents, are the second kind of node; edges are
coloured by role. Hovering a task shows its path, source file, text (once) and the rest of the exact
quote (its responsibility clause); clicking shows the full text and quote.

Readable from 10 to 5,000 nodes: positions are computed here, deterministically (per connected
component NetworkX spring layout, igraph Fruchterman–Reingold above 500 nodes, fixed seed), then
overlapping nodes are pushed apart (:func:`remove_overlaps`) and the components packed in rows, so
no two nodes overlap at any zoom and the browser runs no simulation. Labels are shown by importance
and zoom: the 30 most important at the fitted view, twice as many per doubling of the zoom, never
on top of one another. The page fills its window and has a legend, a search box that matches any
name a department goes by (full, short such as 工信部, as printed, or a part of one) with a list of
matches or "not found" and zooms to the match and its neighbours, filters by role, document,
place and level, and a heading that counts what is shown.

Why the page template is ours and not pyvis's: pyvis 0.3.2's template always links Bootstrap from a
CDN, and switches to a tooltip that writes ``title`` with ``innerHTML`` as soon as a title contains
the letters ``href`` — policy text is untrusted input. pyvis's bundled vis-network 9.1.2 JS/CSS is
inlined, so the file loads nothing from the network. Every piece of document text travels as JSON
data (``<``, ``>`` and ``&`` escaped) and reaches the page only through ``textContent``: it is shown
literally and never parsed as HTML.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from ..analysis.metrics import rank_table, resolve_engine
from ..analysis.networks import ROLES, apply_as_of

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = [
    "LABEL_FIRST",
    "LABEL_PX",
    "PHYSICS_MAX_NODES",
    "ROLE_COLOURS",
    "MapHTML",
    "layout_positions",
    "layout_without_overlaps",
    "map_data",
    "network_map",
    "projection_map",
    "remove_overlaps",
    "vis_assets",
    "write_map",
]

#: Above this many nodes edges are hidden while dragging.
PHYSICS_MAX_NODES = 300
#: ``engine="auto"`` lays out with igraph above this many nodes (NetworkX's spring layout below).
LAYOUT_IGRAPH_ABOVE = 500
#: On-screen size (px) at which a label appears; labels grow to at most 18 px.
LABEL_PX = 12
#: How many of the most important labels show at the initial (fit) view; each zoom doubling shows
#: twice as many.
LABEL_FIRST = 30

ROLE_COLOURS = {"lead": "#d62728", "responsible": "#1f77b4", "support": "#2ca02c", "guide": "#9467bd"}
ROLE_NAMES = {
    "lead": "牵头 lead",
    "responsible": "负责 responsible",
    "support": "配合 support",
    "guide": "指导 guide",
}
_GROUP_COLOURS = {
    "central": "#8c564b",
    "provincial": "#ff7f0e",
    "municipal": "#17becf",
    "county": "#bcbd22",
    "government": "#ffbb78",
    "party": "#e377c2",
    "people_org": "#7f7f7f",
    "regulator_local_office": "#17becf",
    "leading_group": "#8c564b",
    "enterprise": "#bcbd22",
    "unresolved": "#f7b6d2",
    "department": "#c49c94",
    "collective": "#c7c7c7",
}
_EXTRA = ["#98df8a", "#ffbb78", "#c5b0d5", "#c49c94", "#dbdb8d", "#9edae5"]
_TASK_COLOUR = "#aec7e8"
_DOC_COLOUR = "#c5b0d5"


class MapHTML(str):
    """The HTML of a map: a ``str`` that Jupyter displays inline (in an ``iframe srcdoc``)."""

    height: int = 820

    def __repr__(self) -> str:
        return f"<MapHTML: an offline page of {len(self):,} characters; shown inline in Jupyter>"

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(str(self), quote=True)}" '
            f'style="width:100%;height:{self.height}px;border:0" sandbox="allow-scripts"></iframe>'
        )


def vis_assets() -> tuple[str, str]:
    """The vis-network 9.1.2 JavaScript and CSS bundled with pyvis, as text."""
    lib = resources.files("pyvis").joinpath("lib", "vis-9.1.2")
    return (
        lib.joinpath("vis-network.min.js").read_text(encoding="utf-8"),
        lib.joinpath("vis-network.css").read_text(encoding="utf-8"),
    )


def layout_positions(G: nx.Graph, *, seed: int = 0, engine: str = "auto") -> dict[Any, tuple[float, float]]:
    """A deterministic 2-D layout, coordinates roughly in [-1, 1].

    Parameters
    ----------
    G : networkx.Graph
    seed : int
        Seeds the initial positions; the same graph and seed give the same layout.
    engine : {"auto", "networkx", "igraph"}
        ``auto`` uses igraph's Fruchterman–Reingold above 500 nodes (NetworkX's spring layout is
        quadratic per iteration).

    Examples
    --------
    >>> pos = layout_positions(nx.path_graph(3), seed=1)
    >>> pos == layout_positions(nx.path_graph(3), seed=1), len(pos)
    (True, 3)
    """
    nodes = sorted(G, key=str)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    chosen = resolve_engine(engine, len(nodes))
    if chosen == "igraph" and (engine == "igraph" or len(nodes) > LAYOUT_IGRAPH_ABOVE):
        import igraph as ig
        import numpy as np

        index = {n: i for i, n in enumerate(nodes)}
        h = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
        start = np.random.default_rng(seed).uniform(-1, 1, size=(len(nodes), 2)).tolist()
        import random

        # igraph's layouts draw from a process-wide RNG: seed it for this call only, then restore
        ig.set_random_number_generator(random.Random(seed))
        try:
            coords = h.layout_fruchterman_reingold(seed=start, niter=150, grid="auto").coords
        finally:
            ig.set_random_number_generator(random)
        xs = [c[0] for c in coords]
        ys = [c[1] for c in coords]
        span = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        return {n: ((c[0] - cx) / span, (c[1] - cy) / span) for n, c in zip(nodes, coords, strict=True)}
    H = nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from(sorted(((u, v) for u, v in G.edges()), key=str))
    pos = nx.spring_layout(H, seed=seed, k=1.5 / math.sqrt(len(nodes)), iterations=100)
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}


def remove_overlaps(
    xy: Any, radii: Any, *, gap: float = 2.0, max_rounds: int = 500
) -> Any:
    """Move circles apart until no two overlap (``gap`` pixels at least between rims).

    A deterministic relaxation: each round finds the overlapping pairs with a k-d tree
    (:class:`scipy.spatial.cKDTree`) and pushes both circles of each pair apart along the line
    between their centres by half the overlap (coincident centres are split along a fixed
    direction that depends on their indices). The layout's shape is kept: circles that do not
    overlap are not moved.

    Parameters
    ----------
    xy : array of shape (n, 2)
        Centres (pixels).
    radii : array of shape (n,)
        Radii (pixels).
    gap : float
        Minimum distance between two rims.
    max_rounds : int
        Upper bound on the rounds (a few dozen suffice in practice).

    Returns
    -------
    numpy.ndarray
        The new centres.

    Examples
    --------
    >>> import numpy as np
    >>> out = remove_overlaps(np.zeros((3, 2)), np.array([5.0, 5.0, 5.0]))
    >>> d = np.linalg.norm(out[:, None] - out[None], axis=-1)
    >>> bool((d[np.triu_indices(3, 1)] >= 10.0).all())
    True
    """
    import numpy as np
    from scipy.spatial import cKDTree

    pts = np.array(xy, dtype=float).reshape(-1, 2)
    r = np.asarray(radii, dtype=float).reshape(-1)
    n = len(pts)
    if n < 2:
        return pts
    reach = 2.0 * float(r.max()) + gap
    for _ in range(max_rounds):
        pairs = cKDTree(pts).query_pairs(reach, output_type="ndarray")
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        delta = pts[j] - pts[i]
        dist = np.hypot(delta[:, 0], delta[:, 1])
        need = r[i] + r[j] + gap
        hit = dist < need - 1e-9
        if not hit.any():
            break
        i, j, delta, dist, need = i[hit], j[hit], delta[hit], dist[hit], need[hit]
        zero = dist < 1e-9
        if zero.any():  # coincident centres: a direction from the indices (deterministic)
            angle = (i[zero] * 7919 + j[zero] * 104729) % 360 * (math.pi / 180.0)
            delta[zero] = np.column_stack([np.cos(angle), np.sin(angle)])
            dist[zero] = 1.0
        push = delta / dist[:, None] * ((need - np.where(zero, 0.0, dist)) * 0.5 * 1.02)[:, None]
        np.subtract.at(pts, i, push)
        np.add.at(pts, j, push)
    return pts


def layout_without_overlaps(
    G: nx.Graph, radii: Mapping[Any, float], *, seed: int = 0, engine: str = "auto", gap: float = 3.0
) -> dict[Any, tuple[float, float]]:
    """A deterministic layout in pixels in which no two nodes (circles of ``radii``) overlap.

    Each connected component gets the force-directed layout of :func:`layout_positions`
    (NetworkX spring layout or igraph Fruchterman–Reingold, fixed seed), scaled so that its nodes
    would fill about an eighth of its area; :func:`remove_overlaps` then separates the nodes that
    still touch, and the components are packed in rows, largest first (a force layout alone
    throws small components to the far edges and leaves the middle crowded).

    Examples
    --------
    >>> G = nx.complete_graph(["a", "b", "c"])
    >>> pos = layout_without_overlaps(G, {"a": 30, "b": 30, "c": 30})
    >>> ax, ay = pos["a"]; bx, by = pos["b"]
    >>> ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 >= 63
    True
    """
    import numpy as np

    comps = sorted(
        (sorted(c, key=str) for c in nx.connected_components(G)), key=lambda c: (-len(c), str(c[0]))
    )
    boxes = []
    for comp in comps:
        r = np.array([float(radii.get(n, 10.0)) for n in comp])
        if len(comp) == 1:
            xy = np.zeros((1, 2))
        else:
            pos = layout_positions(G.subgraph(comp), seed=seed, engine=engine)
            area = float(np.sum(math.pi * (r + gap) ** 2))
            xy = np.array([pos[n] for n in comp], dtype=float) * (math.sqrt(area / 0.12) / 2.0)
            xy = remove_overlaps(xy, r, gap=gap)
        lo = (xy - r[:, None]).min(axis=0) - gap
        hi = (xy + r[:, None]).max(axis=0) + gap
        boxes.append((comp, xy - lo, hi - lo))
    if not boxes:
        return {}
    # shelf packing: rows about as wide as the square root of the total area (at least the widest)
    total = sum(float(w * h) for _, _, (w, h) in boxes)
    row_width = max(math.sqrt(total) * 1.2, max(float(w) for _, _, (w, _h) in boxes))
    out: dict[Any, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, xy, (w, h) in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for n, (px, py) in zip(comp, xy.tolist(), strict=True):
            out[n] = (x + px, y + py)
        x += float(w)
        row_h = max(row_h, float(h))
    return out


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _filter(td: pd.DataFrame, departments: Sequence[str] | None, min_tasks: int) -> pd.DataFrame:
    """Departments with at least ``min_tasks`` tasks; with ``departments``, only the tasks of those
    departments (given by label or IRI), with every department assigned to them for context."""
    if departments:
        wanted = set(departments)
        hit = td["department"].isin(wanted) | td["target"].isin(wanted)
        td = td[td["source"].isin(set(td.loc[hit, "source"]))]
    if min_tasks > 1:
        load = td.groupby("target")["source"].nunique()
        td = td[td["target"].isin(set(load[load >= min_tasks].index))]
    return td


def _group(row: Mapping[Any, Any]) -> str:
    if row.get("collective"):
        return "collective"
    return _text(row.get("level")) or _text(row.get("kind")) or "department"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _task_texts(r: Mapping[Any, Any], tip_chars: int = 240) -> tuple[str, str]:
    """A task's tooltip (text once, clipped) and its details (text and full quote).

    The quote usually is the task text followed by its responsibility clause: the tooltip then
    shows the text once and only the rest of the quote (the clause); a quote that does not
    contain the text is shown on its own line.
    """
    text, quote = _text(r.get("text")), _text(r.get("quote"))
    head = [
        f"任务 task {_text(r.get('path'))} · {_text(r.get('document'))}",
        _text(r.get("title")),
        "",
    ]
    if quote and text and quote.startswith(text):
        rest = quote[len(text):].strip()
        tip = [*head, _clip(text, tip_chars)] + ([f"原文 quote: …{_clip(rest, 120)}"] if rest else [])
    elif quote and quote != text:
        tip = [*head, _clip(text, tip_chars), "", "原文 quote: " + _clip(quote, 160)]
    else:
        tip = [*head, _clip(text, tip_chars)]
    detail = [*head, text, "", "原文 quote (exact source characters):", quote or "—"]
    return "\n".join(tip), "\n".join(detail)


def _short_title(title: str, limit: int = 16) -> str:
    """A document's label on a map: its title after the last 关于/印发 (what the document is
    about), without a closing 的通知/的意见…, clipped.

    >>> _short_title("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策的通知")
    '支持工业互联网发展若干政策'
    """
    cut = max(title.rfind("关于"), -1)
    core = title[cut + 2:] if cut >= 0 else title
    if core.startswith("印发"):
        core = core[2:]
    for end in ("的通知", "的意见", "的实施意见", "的决定", "的函"):
        if core.endswith(end):
            core = core[: -len(end)]
            break
    return _clip(core or title, limit)


def _department_names(names: pd.DataFrame | None, td: pd.DataFrame) -> dict[str, tuple[list[str], str]]:
    """IRI -> (every name it goes by, jurisdiction), from a ``map-department-names`` table
    (``target, name, jurisdiction``) and the labels of ``td``."""
    out: dict[str, tuple[set[str], str]] = {}
    for iri, label in td.drop_duplicates("target")[["target", "department"]].itertuples(index=False):
        out[str(iri)] = ({_text(label)} - {""}, "")
    if names is not None and len(names):
        for iri, name, place in names[["target", "name", "jurisdiction"]].itertuples(index=False):
            key = str(iri)
            if key in out:
                known, old = out[key]
                known.add(_text(name))
                out[key] = (known - {""}, old or _text(place))
    return {k: (sorted(v), place) for k, (v, place) in out.items()}


def map_data(
    td: pd.DataFrame,
    ranking: pd.DataFrame | None = None,
    *,
    departments: Sequence[str] | None = None,
    min_tasks: int = 1,
    second: str = "task",
    seed: int = 0,
    engine: str = "auto",
    physics: bool | None = None,
    names: pd.DataFrame | None = None,
) -> dict[str, Any]:
    """The nodes, edges, legend and options of a map, as plain JSON-able data (no HTML).

    Node positions are precomputed (:func:`layout_without_overlaps`): no two nodes overlap, and
    the same input gives the same picture. Each node carries ``importance`` (0 = most important:
    departments by PageRank, then tasks or documents by degree), which the page uses to show
    labels by importance and zoom level.

    Parameters
    ----------
    td : DataFrame
        A ``projection-task-department`` table.
    ranking : DataFrame, optional
        :func:`~graph.analysis.rank_table` of the same table (computed when not given); gives the
        department sizes.
    departments : sequence of str, optional
        Show only the tasks of these departments (labels or IRIs).
    min_tasks : int
        Leave out departments with fewer tasks.
    second : {"task", "document"}
        The second node type.
    seed, engine
        Layout seed and engine; ``engine`` also chooses the centrality engine.
    physics : bool, optional
        Run vis-network's simulation in the browser (default off: the layout is precomputed).
    names : DataFrame, optional
        A ``map-department-names`` table (``target, name, jurisdiction``): every name a
        department goes by, for the search box, and its place.
    """
    if second not in ("task", "document"):
        raise ValueError(f"second must be 'task' or 'document', not {second!r}")
    td = _filter(td, departments, min_tasks)
    if ranking is None:
        ranking = rank_table(td, engine=engine, seed=seed)
    rk = ranking.set_index("iri") if len(ranking) else pd.DataFrame()
    pr_max = float(rk["pagerank"].max()) if len(rk) else 1.0
    known_names = _department_names(names, td)
    node_list: list[dict[str, Any]] = []
    groups: dict[str, str] = {}
    dept_rows = td.drop_duplicates("target").to_dict("records")
    by_role = td.drop_duplicates(["target", "role", "source"]).groupby(["target", "role"]).size()
    load = td.groupby("target")["source"].nunique()
    docs_of = td.groupby("target")["document"].agg(lambda s: sorted(set(map(_text, s))))
    for r in sorted(dept_rows, key=lambda r: str(r["target"])):
        iri = str(r["target"])
        group = _group(r)
        colour = _GROUP_COLOURS.get(group) or _EXTRA[len(groups) % len(_EXTRA)]
        groups.setdefault(group, colour)
        counts = {role: int(by_role.get((r["target"], role), 0)) for role in ROLES}
        aliases, place = known_names.get(iri, ([_text(r.get("department"))], ""))
        label = _text(r.get("department"))
        lines = [label, " · ".join(x for x in (group, place) if x)]
        lines.append(
            " · ".join(f"{ROLE_NAMES[k].split()[0]} {v}" for k, v in counts.items())
            + f" · 任务 {int(load.get(r['target'], 0))}"
        )
        others = [a for a in aliases if a != label]
        if others:
            lines.append("又称 also: " + "、".join(others[:8]) + ("…" if len(others) > 8 else ""))
        size, pagerank = 7.0, 0.0
        if iri in rk.index:
            m: dict[Any, Any] = rk.loc[iri].to_dict()
            pagerank = float(m["pagerank"])
            size = 7.0 + 18.0 * math.sqrt(pagerank / pr_max if pr_max else 0.0)
            lines.append(
                f"degree {int(m['degree'])} · weighted {float(m['weighted_degree']):g} · "
                f"betweenness {float(m['betweenness']):.3f} · PageRank {pagerank:.3f} · "
                f"community {int(m['community'])}"
            )
        node_list.append(
            {
                "id": iri,
                "label": label,
                "shape": "dot",
                "color": colour,
                "size": round(size, 2),
                "tip": "\n".join(lines),
                "type": "department",
                "group_key": group,
                "level": _text(r.get("level")),
                "place": place,
                "aliases": aliases,
                "docs": docs_of.get(r["target"], []),
                "_w": (-pagerank, -int(load.get(r["target"], 0)), label),
            }
        )
    edges: list[dict[str, Any]] = []
    G = nx.Graph()
    G.add_nodes_from(n["id"] for n in node_list)
    if second == "task":
        degree = td.groupby("source")["target"].nunique()
        for r in td.drop_duplicates("source").sort_values("source").to_dict("records"):
            tip, detail = _task_texts(r)
            node_list.append(
                {
                    "id": str(r["source"]),
                    "label": _text(r.get("path")),
                    "shape": "square",
                    "color": _TASK_COLOUR,
                    "size": 6,
                    "tip": tip,
                    "detail": detail,
                    "type": "task",
                    "docs": [_text(r.get("document"))],
                    "_w": (1, -int(degree.get(r["source"], 0)), str(r["source"])),
                }
            )
            G.add_node(str(r["source"]))
        best = td.assign(_o=td["role"].map(lambda x: ROLES.index(x) if x in ROLES else 9))
        best = best.sort_values(["source", "target", "_o"]).drop_duplicates(["source", "target"])
        for r in best.to_dict("records"):
            role = _text(r["role"])
            edges.append(
                {
                    "from": str(r["source"]),
                    "to": str(r["target"]),
                    "color": ROLE_COLOURS.get(role, "#999"),
                    "width": 1.5,
                    "role": role,
                    "doc": _text(r.get("document")),
                    "tip": f"{_text(r['department'])} — {role} — {_text(r.get('path'))}",
                }
            )
            G.add_edge(str(r["source"]), str(r["target"]))
    else:
        docs = td.drop_duplicates("document").sort_values("document").to_dict("records")
        n_tasks = td.groupby("document")["source"].nunique()
        n_depts = td.groupby("document")["target"].nunique()
        for r in docs:
            doc_id = "doc:" + _text(r["document"])
            node_list.append(
                {
                    "id": doc_id,
                    "label": _short_title(_text(r.get("title"))) or _text(r["document"]),
                    "shape": "square",
                    "color": _DOC_COLOUR,
                    "size": 14,
                    "type": "document",
                    "docs": [_text(r["document"])],
                    "tip": f"{_text(r.get('title'))}\n{_text(r['document'])}\n任务 {int(n_tasks.get(r['document'], 0))}",
                    "_w": (-1, -int(n_depts.get(r["document"], 0)), doc_id),
                }
            )
            G.add_node(doc_id)
        agg = td.assign(_o=td["role"].map(lambda x: ROLES.index(x) if x in ROLES else 9))
        agg = agg.groupby(["document", "target", "department"], as_index=False).agg(
            tasks=("source", "nunique"), _o=("_o", "min")
        )
        for r in agg.sort_values(["document", "target"]).to_dict("records"):
            role = ROLES[r["_o"]] if r["_o"] < len(ROLES) else ""
            edges.append(
                {
                    "from": "doc:" + _text(r["document"]),
                    "to": str(r["target"]),
                    "color": ROLE_COLOURS.get(role, "#999"),
                    "width": 1 + math.log2(r["tasks"]),
                    "role": role,
                    "doc": _text(r["document"]),
                    "tip": f"{_text(r['department'])} — {role} — {r['tasks']} 任务",
                }
            )
            G.add_edge("doc:" + _text(r["document"]), str(r["target"]))
    # importance: departments by PageRank (then tasks), then documents, then tasks by degree
    order = sorted(range(len(node_list)), key=lambda k: node_list[k]["_w"])
    for rank_, k in enumerate(order):
        node_list[k]["importance"] = rank_
    # dots are drawn with radius ``size``; squares with half-side ``size``: their circumcircle
    radii = {n["id"]: float(n["size"]) * (1.0 if n["shape"] == "dot" else math.sqrt(2.0)) for n in node_list}
    pos = layout_without_overlaps(G, radii, seed=seed, engine=engine)
    nodes = []
    for node in node_list:
        x, y = pos.get(node["id"], (0.0, 0.0))
        node = {k: v for k, v in node.items() if k != "_w"}
        node.update(x=round(x, 1), y=round(y, 1))
        nodes.append(node)
    on = False if physics is None else physics
    options = {
        "physics": {
            "enabled": on,
            "solver": "barnesHut",
            "stabilization": {"enabled": on, "iterations": 200},
            "barnesHut": {"gravitationalConstant": -3000, "springLength": 120, "avoidOverlap": 1},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": len(nodes) > PHYSICS_MAX_NODES,
            "hideEdgesOnZoom": len(nodes) > 2000,
        },
        "edges": {"smooth": False},
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"label": {"enabled": False, "drawThreshold": LABEL_PX - 2, "maxVisible": 18}},
        },
        "layout": {"improvedLayout": False},
    }
    legend = {
        "roles": [[ROLE_NAMES[k], ROLE_COLOURS[k]] for k in ROLES],
        "nodes": [[k, v] for k, v in groups.items()]
        + [
            [
                "任务 task" if second == "task" else "文件 document",
                _TASK_COLOUR if second == "task" else _DOC_COLOUR,
            ]
        ],
        "size": "圆大小 = PageRank (co-responsibility) · size = PageRank",
    }
    doc_titles = td.drop_duplicates("document").sort_values("document")
    return {
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "legend": legend,
        "second": second,
        "label_px": LABEL_PX,
        "label_first": LABEL_FIRST,
        "documents": [
            [_text(r["document"]), _text(r.get("title"))] for r in doc_titles.to_dict("records")
        ],
        "levels": sorted({n["level"] for n in nodes if n.get("level")}),
        "places": sorted({n["place"] for n in nodes if n.get("place")}),
        "departments": sorted({n["label"] for n in nodes if n["type"] == "department"}),
    }


def _json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for a, b in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(a, b)
    return text


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>__CSS__</style>
<style>
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column;
  font: 13px/1.4 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
#bar { display: flex; gap: .4em 1em; align-items: center; padding: 4px 8px; border-bottom: 1px solid #ddd;
  flex-wrap: wrap; }
#bar h1 { font-size: 14px; margin: 0; }
#shown { color: #555; }
#bar select { max-width: 16em; }
#searchbox { position: relative; }
#matches { position: absolute; z-index: 20; top: 100%; left: 0; background: #fff; border: 1px solid #bbb;
  max-height: 50vh; overflow: auto; min-width: 22em; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
#matches[hidden] { display: none; }
#matches div { padding: 2px 6px; cursor: pointer; white-space: nowrap; }
#matches div:hover, #matches div.best { background: #e8f0fe; }
#matches .note { color: #666; cursor: default; }
#notfound { color: #b00020; }
#legend { padding: 2px 8px; border-bottom: 1px solid #eee; font-size: 12px; }
#legend span.sw { display: inline-block; width: 11px; height: 11px; margin: 0 3px 0 9px;
  vertical-align: -1px; border-radius: 2px; }
#wrap { display: flex; flex: 1; min-height: 0; }
#mynetwork { flex: 1; height: 100%; min-width: 0; }
#details { width: 300px; overflow: auto; padding: 8px; border-left: 1px solid #ddd;
  white-space: pre-wrap; font-size: 12px; }
div.vis-tooltip { white-space: pre-wrap; max-width: 380px; }
</style>
</head>
<body>
<div id="bar"><h1 id="heading"></h1><span id="shown"></span>
<span id="searchbox"><input id="search" size="22" placeholder="搜索部门 search (简称/全称/部分)" autocomplete="off">
<div id="matches" hidden></div></span>
<span id="notfound" hidden>未找到 not found</span>
<button id="clear" type="button">全部 all</button>
<span id="roles"></span>
<select id="doc"><option value="">全部文件 all documents</option></select>
<select id="place"><option value="">全部地区 all places</option></select>
<select id="level"><option value="">全部层级 all levels</option></select>
</div>
<div id="legend"></div>
<div id="wrap"><div id="mynetwork"></div>
<div id="details">点击节点查看详情 · click a node for details</div></div>
<script>__JS__</script>
<script>
var network, nodes, edges;
var policykg = { ready: false, readyMs: null, data: __DATA__ };
(function () {
  var d = policykg.data, byId = {}, adj = {};
  d.nodes.forEach(function (n) { byId[n.id] = n; adj[n.id] = []; });
  d.edges.forEach(function (e, i) { e.id = i; adj[e.from].push(i); adj[e.to].push(i); });
  function tip(text) { var el = document.createElement("div"); el.textContent = text; return el; }
  function add(parent, tag, text) { var el = document.createElement(tag); el.textContent = text;
    parent.appendChild(el); return el; }
  function option(sel, value, text) { var o = add(sel, "option", text); o.value = value; }
  var legend = document.getElementById("legend");
  [d.legend.nodes, d.legend.roles].forEach(function (items) {
    items.forEach(function (item) {
      var sw = add(legend, "span", ""); sw.className = "sw"; sw.style.background = item[1];
      add(legend, "span", item[0]);
    });
  });
  add(legend, "span", "  · " + d.legend.size);
  var roleBox = document.getElementById("roles"), roleOn = {};
  d.legend.roles.forEach(function (item, k) {
    var key = ["lead", "responsible", "support", "guide"][k]; roleOn[key] = true;
    var lab = add(roleBox, "label", ""); var cb = document.createElement("input");
    cb.type = "checkbox"; cb.checked = true; cb.value = key; cb.className = "role"; lab.appendChild(cb);
    var sw = add(lab, "span", item[0].split(" ")[0]); sw.style.color = item[1];
    cb.addEventListener("change", function () { roleOn[key] = cb.checked; apply(); });
  });
  var docSel = document.getElementById("doc"), placeSel = document.getElementById("place"),
    levelSel = document.getElementById("level");
  d.documents.forEach(function (x) { option(docSel, x[0], (x[1] ? x[1] + " — " : "") + x[0]); });
  d.places.forEach(function (x) { option(placeSel, x, x); });
  d.levels.forEach(function (x) { option(levelSel, x, x); });
  if (!d.places.length) { placeSel.hidden = true; }
  if (!d.levels.length) { levelSel.hidden = true; }
  if (d.documents.length < 2) { docSel.hidden = true; }
  nodes = new vis.DataSet(d.nodes.map(function (n) {
    return {id: n.id, label: n.label, shape: n.shape, color: n.color, size: n.size, x: n.x, y: n.y,
      type: n.type, title: tip(n.tip), font: {size: 0.01}}; }));
  edges = new vis.DataSet(d.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, color: e.color, width: e.width, title: tip(e.tip)}; }));
  network = new vis.Network(document.getElementById("mynetwork"), {nodes: nodes, edges: edges}, d.options);
  var details = document.getElementById("details");
  policykg.showDetails = function (id) { var n = byId[id]; details.textContent = n ? (n.detail || n.tip) : ""; };
  network.on("click", function (p) { if (p.nodes.length) { policykg.showDetails(p.nodes[0]); } });
  function hideTooltip() {
    try { network.interactionHandler.popup.hide(); } catch (err) { /* no tooltip open */ }
    Array.prototype.forEach.call(document.querySelectorAll("div.vis-tooltip"), function (el) {
      el.style.visibility = "hidden"; });
  }
  // labels by importance and zoom: at most LABEL_FIRST × 2^(zoom doublings) labels, most important
  // first, each drawn at LABEL_PX on screen and only where it does not cover a label already placed
  // (vis-network skips a label under its drawThreshold, so a hidden label is just a tiny font)
  var order = d.nodes.slice().sort(function (a, b) { return a.importance - b.importance; });
  var labelOn = {};  // every label starts hidden (font 0.01): only changes are sent to vis-network
  d.nodes.forEach(function (n) { labelOn[n.id] = false; });
  function placeLabels() {
    var s = network.getScale() || 1, c = network.getViewPosition();
    var box = document.getElementById("mynetwork").getBoundingClientRect(), W = box.width, H = box.height;
    var budget = Math.floor(d.label_first * Math.max(1, s / (policykg.initialScale || s)) + 1e-6);
    var pos = network.getPositions(), grid = {}, cell = 64, shown = 0, changes = [], hiddenNow = {};
    Object.keys(nodeHidden).forEach(function (id) { if (nodeHidden[id]) { hiddenNow[id] = true; } });
    function hit(x0, y0, x1, y1, mark) {
      for (var gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
        for (var gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
          var k = gx + ":" + gy, list = grid[k] || (grid[k] = []);
          if (!mark) { for (var i = 0; i < list.length; i++) { var b = list[i];
            if (x0 < b[2] && b[0] < x1 && y0 < b[3] && b[1] < y1) { return true; } } }
          else { list.push([x0, y0, x1, y1]); }
        } }
      return false;
    }
    order.forEach(function (n) {
      var on = false, p = pos[n.id];
      if (p && shown < budget && n.label && !hiddenNow[n.id]) {
        var x = (p.x - c.x) * s + W / 2, y = (p.y - c.y) * s + H / 2, r = n.size * s;
        var w = n.label.length * d.label_px * 0.95 / 2, top = y + r + 1, bottom = top + d.label_px + 2;
        if (x + w > 0 && x - w < W && bottom > 0 && top < H) {
          if (!hit(x - w, top, x + w, bottom, false)) { hit(x - w, top, x + w, bottom, true); on = true; shown++; }
        }
      }
      if (on || labelOn[n.id] !== on) {
        changes.push({id: n.id, font: {size: on ? d.label_px / s : 0.01}}); }
      labelOn[n.id] = on;
    });
    if (changes.length) { nodes.update(changes); }
    policykg.labelsShown = shown;
  }
  policykg.placeLabels = placeLabels;
  var pending = null;
  function later() { if (pending) { clearTimeout(pending); } pending = setTimeout(function () {
    pending = null; placeLabels(); }, 60); }
  network.on("zoom", later);
  network.on("dragEnd", later);
  var focus = null;  // ids kept by a search, or null
  var nodeHidden = {}, edgeHidden = {};
  function apply() {
    var doc = docSel.value, place = placeSel.value, level = levelSel.value;
    var deptOk = function (n) { return (!place || n.place === place) && (!level || n.level === level); };
    var filtered = doc || place || level || Object.keys(roleOn).some(function (k) { return !roleOn[k]; });
    var showNode = {}, showEdge = {};
    d.edges.forEach(function (e) {
      var a = byId[e.from], b = byId[e.to];
      var dept = a.type === "department" ? a : b, other = dept === a ? b : a;
      var ok = (roleOn[e.role] !== false) && (!doc || e.doc === doc) && deptOk(dept) &&
        (!focus || (focus[a.id] && focus[b.id]));
      if (ok) { showEdge[e.id] = true; showNode[dept.id] = true; showNode[other.id] = true; }
    });
    d.nodes.forEach(function (n) {
      if (!adj[n.id].length && !filtered && (!focus || focus[n.id])) { showNode[n.id] = true; } });
    // only what changes goes to vis-network (an update of every item costs ~1 s at 5,000 nodes)
    var nodeChanges = [], edgeChanges = [];
    d.nodes.forEach(function (n) { var h = !showNode[n.id];
      if (h !== !!nodeHidden[n.id]) { nodeHidden[n.id] = h; nodeChanges.push({id: n.id, hidden: h}); } });
    d.edges.forEach(function (e) { var h = !showEdge[e.id];
      if (h !== !!edgeHidden[e.id]) { edgeHidden[e.id] = h; edgeChanges.push({id: e.id, hidden: h}); } });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    hideTooltip();
    count(showNode);
    later();
  }
  function count(showNode) {
    var docs = {}, tasks = 0, depts = 0, all = {docs: {}, tasks: 0, depts: 0};
    d.nodes.forEach(function (n) {
      var on = !showNode || showNode[n.id];
      if (n.type === "department") { all.depts++; if (on) { depts++; } }
      else { if (n.type === "task") { all.tasks++; if (on) { tasks++; } }
        n.docs.forEach(function (x) { all.docs[x] = 1; if (on) { docs[x] = 1; } }); }
    });
    var nd = Object.keys(docs).length, ad = Object.keys(all.docs).length;
    function part(k, total, word) { return (k === total ? "" : k + " / ") + total + " " + word; }
    var bits = [part(nd, ad, ad === 1 ? "document" : "documents")];
    if (d.second === "task") { bits.push(part(tasks, all.tasks, "tasks")); }
    bits.push(part(depts, all.depts, "departments"));
    document.getElementById("shown").textContent = (showNode ? "shown: " : "") + bits.join(" · ");
  }
  document.getElementById("heading").textContent = d.heading;
  count(null);
  [docSel, placeSel, levelSel].forEach(function (el) { el.addEventListener("change", apply); });
  // search: every name a department goes by (full, short, as printed), whole or in part
  function norm(s) { return String(s).replace(/\\s+/g, "").toLowerCase(); }
  var searchable = d.nodes.filter(function (n) { return n.type !== "task"; }).map(function (n) {
    return {node: n, names: (n.aliases || [n.label]).map(norm), label: norm(n.label)}; });
  function find(q) {
    q = norm(q); if (!q) { return []; }
    var hits = [];
    searchable.forEach(function (s) {
      var best = 9;
      if (s.label === q) { best = 0; }
      s.names.forEach(function (a) {
        var k = a === q ? 1 : (a.indexOf(q) === 0 ? 3 : (a.indexOf(q) > 0 ? 5 : 9));
        if (k < best) { best = k; } });
      if (best === 9 && s.label.indexOf(q) >= 0) { best = s.label.indexOf(q) === 0 ? 2 : 4; }
      if (best < 9) { hits.push([best, s.node.importance, s.node]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return hits.map(function (h) { return h[2]; });
  }
  policykg.find = function (q) { return find(q).map(function (n) { return n.label; }); };
  var search = document.getElementById("search"), matches = document.getElementById("matches"),
    notfound = document.getElementById("notfound");
  function neighbours(id) { return adj[id].map(function (i) { var e = d.edges[i];
    return e.from === id ? e.to : e.from; }); }
  function select(n) {
    var keep = {}, near = [n.id]; keep[n.id] = true;
    neighbours(n.id).forEach(function (t) { keep[t] = true; near.push(t);
      neighbours(t).forEach(function (u) { keep[u] = true; }); });
    focus = keep; apply();
    network.selectNodes([n.id]);
    network.fit({nodes: near, animation: false});
    if (network.getScale() > 2.5) { network.moveTo({scale: 2.5}); }
    placeLabels();
    policykg.showDetails(n.id);
    policykg.selected = n.id;
  }
  function showMatches(list, q) {
    matches.textContent = ""; notfound.hidden = list.length > 0 || !q;
    if (!list.length) { matches.hidden = true; return; }
    add(matches, "div", list.length + " 个匹配 matches").className = "note";
    list.slice(0, 40).forEach(function (n, k) {
      var others = (n.aliases || []).filter(function (a) { return a !== n.label; });
      var row = add(matches, "div", n.label + (others.length ? "（" + others.slice(0, 3).join("、") + "）" : ""));
      if (k === 0) { row.className = "best"; }
      row.addEventListener("mousedown", function (ev) { ev.preventDefault(); search.value = n.label;
        matches.hidden = true; select(n); });
    });
    matches.hidden = false;
  }
  function run(q) {
    var list = find(q); showMatches(list, q);
    if (list.length) { select(list[0]); } else { focus = null; apply(); network.unselectAll();
      policykg.selected = null; }
    return list.length;
  }
  policykg.search = run;
  policykg.filterBy = run;
  search.addEventListener("input", function () { var q = search.value;
    showMatches(q ? find(q) : [], ""); notfound.hidden = true; });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { run(search.value);
    matches.hidden = true; } if (ev.key === "Escape") { matches.hidden = true; } });
  search.addEventListener("change", function () { run(search.value); matches.hidden = true; });
  search.addEventListener("blur", function () { matches.hidden = true; });
  document.getElementById("clear").addEventListener("click", function () { search.value = "";
    focus = null; notfound.hidden = true; matches.hidden = true; docSel.value = ""; placeSel.value = "";
    levelSel.value = ""; Array.prototype.forEach.call(document.querySelectorAll("input.role"),
      function (cb) { cb.checked = true; roleOn[cb.value] = true; });
    apply(); network.unselectAll(); network.fit({animation: false}); placeLabels(); });
  function done() {
    network.fit({animation: false}); policykg.initialScale = network.getScale(); placeLabels();
    network.once("afterDrawing", function () { policykg.ready = true; policykg.readyMs = performance.now(); });
    network.redraw();
  }
  if (d.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}}); done(); });
  } else { done(); }
})();
</script>
</body>
</html>
"""


def _render(data: dict[str, Any], heading: str, height: int) -> MapHTML:
    js, css = vis_assets()
    data = dict(data, heading=heading)
    # str.replace in this order: the data goes last so that nothing in it is ever substituted.
    page = (
        _PAGE.replace("__TITLE__", html.escape(heading))
        .replace("__HEIGHT__", str(int(height)))
        .replace("__CSS__", css.replace("</", "<\\/"))
        .replace("__JS__", js.replace("</script", "<\\/script"))
    )
    head, tail = page.split("__DATA__", 1)
    out = MapHTML(head + _json(data) + tail)
    out.height = int(height)
    return out


def projection_map(
    td: pd.DataFrame,
    ranking: pd.DataFrame | None = None,
    *,
    departments: Sequence[str] | None = None,
    min_tasks: int = 1,
    second: str = "task",
    seed: int = 0,
    engine: str = "auto",
    physics: bool | None = None,
    heading: str = "policykg",
    height: int = 760,
    names: pd.DataFrame | None = None,
) -> MapHTML:
    """A map of a task–department table (pure: no graph, no file).

    Parameters are those of :func:`map_data`, plus ``heading`` (page title; the page adds what it
    shows: documents, tasks, departments) and ``height`` (pixels of the inline notebook frame; the
    page itself fills its window).

    Returns
    -------
    MapHTML
        The complete offline HTML page; shows inline in Jupyter.
    """
    data = map_data(
        td,
        ranking,
        departments=departments,
        min_tasks=min_tasks,
        second=second,
        seed=seed,
        engine=engine,
        physics=physics,
        names=names,
    )
    return _render(data, heading, height)


def network_map(
    g_rdf: Graph | KGStore,
    *,
    documents: Sequence[str] | None = None,
    departments: Sequence[str] | None = None,
    min_tasks: int = 1,
    as_of: int | None = None,
    second: str = "task",
    engine: str = "auto",
    seed: int = 0,
    physics: bool | None = None,
    height: int = 760,
    forms: Sequence[str] | None = None,
) -> MapHTML:
    """The responsibility map of a knowledge graph: who is assigned to which task, in which role.

    Parameters
    ----------
    g_rdf : rdflib.Graph or graph.store.KGStore
        A policykg knowledge graph, or a store holding one.
    documents : sequence of str, optional
        Only these source files.
    departments : sequence of str, optional
        Only the tasks of these departments (with every department assigned to them).
    min_tasks : int
        Leave out departments with fewer tasks.
    as_of : int, optional
        Show departments as their successors in that year (see :func:`graph.analysis.apply_as_of`).
    second : {"task", "document"}
        Second node type: one node per task, or one per document.
    engine, seed, physics, height
        See :func:`map_data`.
    forms : sequence of str, optional
        Only tasks read in these forms (``clause``, ``field``, ``table``, ``prose``).

    Returns
    -------
    MapHTML
        A ``str`` of HTML that needs no network; ``_repr_html_`` shows it inline in Jupyter.

    Examples
    --------
    >>> import graph
    >>> page = network_map(graph.build_graph([graph.example_path()]))
    >>> "<html" in page, "https://cdn" in page, "<link" in page
    (True, False, False)
    """
    from ..sparql import query_df

    params = {"document": list(documents)} if documents else {}
    if forms:
        params["form"] = list(forms)
    if second == "document":  # no task is drawn: the lean projection and the documents' titles
        td = query_df(g_rdf, "projection-task-department-lean", params or None)
        docs = query_df(g_rdf, "documents", {"source": list(documents)} if documents else None)
        td = td.assign(title=td["document"].map(dict(zip(docs["source"], docs["title"], strict=True))))
    else:
        td = query_df(g_rdf, "projection-task-department", params or None)
    td = apply_as_of(td, as_of)
    titles = (
        [t for t in td.drop_duplicates("document")["title"].tolist() if isinstance(t, str) and t]
        if len(td)
        else []
    )
    heading = titles[0] if len(titles) == 1 else "policykg 责任地图 responsibility map"
    if as_of is not None:
        heading += f" (departments as of {as_of})"
    return projection_map(
        td,
        departments=departments,
        min_tasks=min_tasks,
        second=second,
        seed=seed,
        engine=engine,
        physics=physics,
        heading=heading,
        height=height,
        names=query_df(g_rdf, "map-department-names"),
    )


def write_map(path: str | Path, g_rdf: Graph | KGStore, **options: Any) -> Path:
    """Write :func:`network_map` ``(g_rdf, **options)`` to ``path`` (atomically); return the path."""
    from ..rdf.io import atomic_write_bytes

    atomic_write_bytes(path, network_map(g_rdf, **options).encode("utf-8"))
    return Path(path)
