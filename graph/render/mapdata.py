"""The content of a map as plain JSON-able data: nodes (departments sized by PageRank in the
co-responsibility network; tasks or whole documents), edges coloured by role, positions, legend,
the names a department goes by and the filters the page offers. No HTML here (:mod:`.page`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import networkx as nx
import pandas as pd

from ..analysis.networks import ROLES, records
from ..analysis.ranking import rank_table
from .layout import layout_without_overlaps
from .styles import (
    _DOC_COLOUR,
    _EXTRA,
    _GROUP_COLOURS,
    _TASK_COLOUR,
    LABEL_FIRST,
    LABEL_PX,
    PHYSICS_MAX_NODES,
    ROLE_COLOURS,
    ROLE_NAMES,
    _department_names,
    _filter,
    _group,
    _short_title,
    _task_texts,
    _text,
)

__all__ = ["map_data"]

# the columns a task node's row (:func:`.styles._task_texts`) and an edge's row are read for
_TASK_KEYS = ("source", "path", "document", "title", "text", "quote")
_EDGE_KEYS = ("source", "target", "role", "document", "department", "path")


def _only(df: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """``df``'s columns among ``keys`` (a row's ``get`` of another key gives None, as before)."""
    return df[[k for k in keys if k in df.columns]]


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
    dept_rows = records(td.drop_duplicates("target"))
    # counts as dicts: Series.get costs tens of microseconds a call, once per node
    by_role = td.drop_duplicates(["target", "role", "source"]).groupby(["target", "role"]).size().to_dict()
    load = td.groupby("target")["source"].nunique().to_dict()
    docs_of = td.groupby("target")["document"].agg(lambda s: sorted(set(map(_text, s)))).to_dict()
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
        degree = td.groupby("source")["target"].nunique().to_dict()
        task_nodes = []
        # rows as dicts of the columns read only (the others would be a dict entry per row each)
        for r in records(_only(td.drop_duplicates("source").sort_values("source"), _TASK_KEYS)):
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
            task_nodes.append(str(r["source"]))
        G.add_nodes_from(task_nodes)
        best = td.assign(_o=td["role"].map(lambda x: ROLES.index(x) if x in ROLES else 9))
        best = best.sort_values(["source", "target", "_o"]).drop_duplicates(["source", "target"])
        links = []
        for r in records(_only(best, _EDGE_KEYS)):
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
            links.append((str(r["source"]), str(r["target"])))
        G.add_edges_from(links)
    else:
        docs = records(td.drop_duplicates("document").sort_values("document"))
        n_tasks = td.groupby("document")["source"].nunique().to_dict()
        n_depts = td.groupby("document")["target"].nunique().to_dict()
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
        for r in records(agg.sort_values(["document", "target"])):
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
    anchors = {n["id"] for n in node_list if n.get("type") == "department"}
    pos = layout_without_overlaps(G, radii, seed=seed, engine=engine, anchors=anchors)
    nodes = []
    for node in node_list:
        x, y = pos.get(node["id"], (0.0, 0.0))
        del node["_w"]  # the same keys in the same order as a copy without it
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
            [_text(r["document"]), _text(r.get("title"))] for r in records(doc_titles)
        ],
        "levels": sorted({n["level"] for n in nodes if n.get("level")}),
        "places": sorted({n["place"] for n in nodes if n.get("place")}),
        "departments": sorted({n["label"] for n in nodes if n["type"] == "department"}),
    }
