"""Interactive responsibility maps: one self-contained, offline HTML file per map.

Departments are sized by centrality (PageRank in the co-responsibility network) and coloured by
``pkg:level`` (else ``pkg:kind``); tasks, or whole documents, are the second kind of node; edges are
coloured by role. Hovering shows the task text, its path, the source document and the exact quote.

Why the page template is ours and not pyvis's: pyvis 0.3.2's template always links Bootstrap from a
CDN, and switches to a tooltip that writes ``title`` with ``innerHTML`` as soon as a title contains
the letters ``href`` — policy text is untrusted input. pyvis still holds the nodes and edges, and its
bundled vis-network 9.1.2 JS/CSS is inlined, so the file loads nothing from the network. Every piece
of document text travels as JSON data (``<``, ``>`` and ``&`` escaped) and reaches the page only
through ``textContent``: it is shown literally and never parsed as HTML.

The layout is computed here with a fixed seed (NetworkX spring layout, igraph Fruchterman–Reingold
above 500 nodes); physics is switched off above :data:`PHYSICS_MAX_NODES` nodes, because vis-network's
simulation freezes the browser at about a thousand nodes.
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
    "PHYSICS_MAX_NODES",
    "ROLE_COLOURS",
    "MapHTML",
    "layout_positions",
    "map_data",
    "network_map",
    "projection_map",
    "vis_assets",
    "write_map",
]

#: Maps with more nodes than this are drawn with physics off (the precomputed layout only).
PHYSICS_MAX_NODES = 300

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
    "government": "#ff7f0e",
    "party": "#e377c2",
    "people_org": "#7f7f7f",
    "regulator_local_office": "#17becf",
    "leading_group": "#8c564b",
    "enterprise": "#bcbd22",
    "unresolved": "#f7b6d2",
    "department": "#ff7f0e",
    "collective": "#c7c7c7",
}
_EXTRA = ["#98df8a", "#ffbb78", "#c5b0d5", "#c49c94", "#dbdb8d", "#9edae5"]
_TASK_COLOUR = "#aec7e8"
_DOC_COLOUR = "#c5b0d5"


class MapHTML(str):
    """The HTML of a map: a ``str`` that Jupyter displays inline (in an ``iframe srcdoc``)."""

    height: int = 820

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
    if resolve_engine(engine, len(nodes)) == "igraph":
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
) -> dict[str, Any]:
    """The nodes, edges, legend and options of a map, as plain JSON-able data (no HTML).

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
        Default: on up to :data:`PHYSICS_MAX_NODES` nodes.
    """
    from pyvis.network import Network

    if second not in ("task", "document"):
        raise ValueError(f"second must be 'task' or 'document', not {second!r}")
    td = _filter(td, departments, min_tasks)
    if ranking is None:
        ranking = rank_table(td, engine=engine, seed=seed)
    rk = ranking.set_index("iri") if len(ranking) else pd.DataFrame()
    pr_max = float(rk["pagerank"].max()) if len(rk) else 1.0
    net = Network(height="100%", width="100%")
    G = nx.Graph()
    groups: dict[str, str] = {}
    dept_rows = td.drop_duplicates("target").to_dict("records")
    by_role = td.drop_duplicates(["target", "role", "source"]).groupby(["target", "role"]).size()
    load = td.groupby("target")["source"].nunique()
    for r in sorted(dept_rows, key=lambda r: str(r["target"])):
        iri = str(r["target"])
        group = _group(r)
        colour = _GROUP_COLOURS.get(group) or _EXTRA[len(groups) % len(_EXTRA)]
        groups.setdefault(group, colour)
        counts = {role: int(by_role.get((r["target"], role), 0)) for role in ROLES}
        lines = [_text(r.get("department")), f"{group}"]
        lines.append(
            " · ".join(f"{ROLE_NAMES[k].split()[0]} {v}" for k, v in counts.items())
            + f" · 任务 {int(load.get(r['target'], 0))}"
        )
        size = 10.0
        if iri in rk.index:
            m: dict[Any, Any] = rk.loc[iri].to_dict()
            size = 10.0 + 30.0 * math.sqrt(float(m["pagerank"]) / pr_max if pr_max else 0.0)
            lines.append(
                f"degree {int(m['degree'])} · weighted {float(m['weighted_degree']):g} · "
                f"betweenness {float(m['betweenness']):.3f} · PageRank {float(m['pagerank']):.3f} · "
                f"community {int(m['community'])}"
            )
        net.add_node(
            iri,
            label=_text(r.get("department")),
            shape="dot",
            color=colour,
            size=round(size, 2),
            tip="\n".join(lines),
            type="department",
            group_key=group,
            font={"size": 14},
        )
        G.add_node(iri)
    edges: list[dict[str, Any]] = []
    if second == "task":
        for r in td.drop_duplicates("source").sort_values("source").to_dict("records"):
            tip = [
                f"任务 {_text(r.get('path'))} — {_text(r.get('document'))}",
                _text(r.get("title")),
                "",
                _text(r.get("text")),
                "",
                "原文 quote: " + _text(r.get("quote")),
            ]
            net.add_node(
                str(r["source"]),
                label=_text(r.get("path")),
                shape="square",
                color=_TASK_COLOUR,
                size=7,
                tip="\n".join(tip),
                type="task",
                font={"size": 10},
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
                    "tip": f"{_text(r['department'])} — {role} — {_text(r.get('path'))}",
                }
            )
            G.add_edge(str(r["source"]), str(r["target"]))
    else:
        docs = td.drop_duplicates("document").sort_values("document").to_dict("records")
        for r in docs:
            doc_id = "doc:" + _text(r["document"])
            n_tasks = td.loc[td["document"] == r["document"], "source"].nunique()
            net.add_node(
                doc_id,
                label=_text(r.get("title")) or _text(r["document"]),
                shape="square",
                color=_DOC_COLOUR,
                size=16,
                type="document",
                tip=f"{_text(r.get('title'))}\n{_text(r['document'])}\n任务 {n_tasks}",
                font={"size": 12},
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
                    "tip": f"{_text(r['department'])} — {role} — {r['tasks']} 任务",
                }
            )
            G.add_edge("doc:" + _text(r["document"]), str(r["target"]))
    # pyvis's add_edge scans every existing edge (quadratic); the endpoints are known to exist.
    net.edges.extend(edges)
    pos = layout_positions(G, seed=seed, engine=engine)
    scale = max(300.0, 45.0 * math.sqrt(max(len(G), 1)))
    nodes = []
    for node in net.nodes:
        x, y = pos.get(node["id"], (0.0, 0.0))
        node = {k: v for k, v in node.items() if k != "title"}
        node.update(x=round(x * scale, 1), y=round(y * scale, 1))
        nodes.append(node)
    on = (len(nodes) <= PHYSICS_MAX_NODES) if physics is None else physics
    options = {
        "physics": {
            "enabled": on,
            "solver": "barnesHut",
            "stabilization": {"enabled": on, "iterations": 200},
            "barnesHut": {"gravitationalConstant": -3000, "springLength": 120},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": len(nodes) > PHYSICS_MAX_NODES,
        },
        "edges": {"smooth": False},
        "nodes": {"borderWidth": 1},
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
    }
    departments_list = sorted({n["label"] for n in nodes if n["type"] == "department"})
    return {
        "nodes": nodes,
        "edges": net.edges,
        "options": options,
        "legend": legend,
        "departments": departments_list,
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
body { margin: 0; font: 14px/1.4 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
#bar { display: flex; gap: 1em; align-items: center; padding: 6px 10px; border-bottom: 1px solid #ddd;
  flex-wrap: wrap; }
#bar h1 { font-size: 15px; margin: 0; }
#legend span.sw { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 10px;
  vertical-align: -1px; border-radius: 2px; }
#wrap { display: flex; height: __HEIGHT__px; }
#mynetwork { flex: 1; height: 100%; }
#details { width: 320px; overflow: auto; padding: 8px; border-left: 1px solid #ddd;
  white-space: pre-wrap; font-size: 13px; }
div.vis-tooltip { white-space: pre-wrap; max-width: 420px; }
</style>
</head>
<body>
<div id="bar"><h1 id="heading"></h1>
<label>部门 department
<input id="search" list="department-list" size="24" placeholder="输入部门名称…"></label>
<button id="clear" type="button">全部 all</button>
<datalist id="department-list"></datalist>
<div id="legend"></div></div>
<div id="wrap"><div id="mynetwork"></div>
<div id="details">点击节点查看详情 · click a node for details</div></div>
<script>__JS__</script>
<script>
var network, nodes, edges;
var policykg = { ready: false, readyMs: null, data: __DATA__ };
(function () {
  var d = policykg.data;
  function tip(text) { var el = document.createElement("div"); el.textContent = text; return el; }
  function add(parent, tag, text) { var el = document.createElement(tag); el.textContent = text;
    parent.appendChild(el); return el; }
  document.getElementById("heading").textContent = d.heading;
  var legend = document.getElementById("legend");
  [d.legend.nodes, d.legend.roles].forEach(function (items) {
    items.forEach(function (item) {
      var sw = add(legend, "span", ""); sw.className = "sw"; sw.style.background = item[1];
      add(legend, "span", item[0]);
    });
  });
  var list = document.getElementById("department-list");
  d.departments.forEach(function (name) { var o = document.createElement("option"); o.value = name;
    list.appendChild(o); });
  nodes = new vis.DataSet(d.nodes.map(function (n) { var m = Object.assign({}, n); m.title = tip(n.tip);
    return m; }));
  edges = new vis.DataSet(d.edges.map(function (e, i) { var m = Object.assign({id: i}, e);
    m.title = tip(e.tip); return m; }));
  network = new vis.Network(document.getElementById("mynetwork"), {nodes: nodes, edges: edges}, d.options);
  function done() { network.once("afterDrawing", function () { policykg.ready = true;
    policykg.readyMs = performance.now(); }); network.redraw(); }
  if (d.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}}); done(); });
  } else { done(); }
  var details = document.getElementById("details");
  policykg.showDetails = function (id) { var n = nodes.get(id); details.textContent = n ? n.tip : ""; };
  network.on("click", function (p) { if (p.nodes.length) { policykg.showDetails(p.nodes[0]); } });
  function filterBy(name) {
    var hit = d.nodes.filter(function (n) { return n.type === "department" && n.label === name; });
    if (!hit.length) { nodes.update(d.nodes.map(function (n) { return {id: n.id, hidden: false}; }));
      return; }
    var keep = {};
    hit.forEach(function (h) { keep[h.id] = true; network.getConnectedNodes(h.id).forEach(function (t) {
      keep[t] = true; network.getConnectedNodes(t).forEach(function (u) { keep[u] = true; }); }); });
    nodes.update(d.nodes.map(function (n) { return {id: n.id, hidden: !keep[n.id]}; }));
    network.selectNodes(hit.map(function (h) { return h.id; }));
    policykg.showDetails(hit[0].id);
  }
  policykg.filterBy = filterBy;
  var search = document.getElementById("search");
  search.addEventListener("change", function () { filterBy(search.value); });
  document.getElementById("clear").addEventListener("click", function () { search.value = "";
    filterBy(""); network.fit(); });
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
    out.height = int(height) + 60
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
) -> MapHTML:
    """A map of a task–department table (pure: no graph, no file).

    Parameters are those of :func:`map_data`, plus ``heading`` (page title) and ``height`` (pixels).

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
    td = apply_as_of(query_df(g_rdf, "projection-task-department", params or None), as_of)
    titles = (
        [t for t in td.drop_duplicates("document")["title"].tolist() if isinstance(t, str) and t]
        if len(td)
        else []
    )
    heading = titles[0] if len(titles) == 1 else f"{td['document'].nunique() if len(td) else 0} documents"
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
    )


def write_map(path: str | Path, g_rdf: Graph | KGStore, **options: Any) -> Path:
    """Write :func:`network_map` ``(g_rdf, **options)`` to ``path`` (atomically); return the path."""
    from ..rdf.io import atomic_write_bytes

    atomic_write_bytes(path, network_map(g_rdf, **options).encode("utf-8"))
    return Path(path)
