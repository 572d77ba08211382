"""Edge tables (DataFrames from the ``projection-*`` queries) -> NetworkX graphs.

Node ids are IRIs (strings); every node carries a ``label``. Attributes are scalars only
(str, int, float, bool), so the graphs export to GraphML and GEXF as they are.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from .projections import apply_as_of  # its home before projections.py; kept importable

__all__ = [
    "ROLES",
    "apply_as_of",
    "citation_graph",
    "coresponsibility_edges",
    "coresponsibility_graph",
    "lead_partner_graph",
    "records",
    "task_department_graph",
]

#: Roles from strongest to weakest; an edge that carries several roles keeps the strongest.
ROLES: tuple[str, ...] = ("lead", "responsible", "support", "guide")


def records(df: pd.DataFrame) -> list[dict[Any, Any]]:
    """``df.to_dict("records")``, the same Python values, in a fraction of the time: whole columns
    to lists (pandas boxes a string column's cells one at a time, 0.6 s for a 32,000-row map table).

    Numbers and booleans come out as Python scalars, as ``to_dict`` gives them (numpy scalars held
    in object columns too).

    >>> df = pd.DataFrame({"a": [1, 2], "b": ["x", None], "c": pd.Series([np.int64(3), 4.5], dtype=object)})
    >>> records(df) == df.to_dict("records"), type(records(df)[0]["c"])
    (True, <class 'int'>)
    """
    columns = list(df.columns)
    if not columns:
        return [{} for _ in range(len(df))]
    lists = []
    for k in range(len(columns)):
        values = df.iloc[:, k].tolist()
        if pd.api.types.is_object_dtype(df.dtypes.iloc[k]) and any(
                issubclass(t, np.generic) for t in set(map(type, values))):
            values = [v.item() if isinstance(v, np.generic) else v for v in values]
        lists.append(values)
    return [dict(zip(columns, row, strict=True)) for row in zip(*lists, strict=True)]


def _scalar(value: Any) -> Any:
    """A value GraphML/GEXF can hold, or ``None`` for missing values (NaN, None)."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def _labelled_edges(df: pd.DataFrame, G: nx.Graph) -> nx.Graph:
    """Add the rows of an edge table to ``G``, vectorised.

    Same graph as adding row by row: nodes in order of first appearance (source before target),
    each labelled by its first ``source_label``/``target_label`` (the id when that is empty),
    edges in row order with ``weight`` = ``int(weight or 1)`` (a repeated pair keeps the last).
    """
    if df.empty:
        return G
    src = [str(v) for v in df["source"].tolist()]
    tgt = [str(v) for v in df["target"].tolist()]
    ends = [x for pair in zip(src, tgt, strict=True) for x in pair]
    lab_s = df["source_label"].tolist() if "source_label" in df.columns else [None] * len(df)
    lab_t = df["target_label"].tolist() if "target_label" in df.columns else [None] * len(df)
    labels = [x for pair in zip(lab_s, lab_t, strict=True) for x in pair]
    first = ~pd.Series(ends, dtype=object).duplicated().to_numpy()
    G.add_nodes_from(
        (ends[i], {"label": str(labels[i] or ends[i])})
        for i in np.flatnonzero(first).tolist()
        if ends[i] not in G
    )
    weights = [int(w or 1) for w in df["weight"].tolist()] if "weight" in df.columns else [1] * len(df)
    G.add_weighted_edges_from(zip(src, tgt, weights, strict=True), weight="weight")
    return G


def coresponsibility_graph(df: pd.DataFrame) -> nx.Graph:
    """Departments joined by the number of tasks they share.

    Parameters
    ----------
    df : DataFrame
        Columns ``source, target, weight`` and optionally ``source_label, target_label``, as
        returned by the ``projection-coresponsibility`` query or :func:`coresponsibility_edges`.

    Returns
    -------
    networkx.Graph
        Undirected; edge attribute ``weight`` (shared tasks), node attribute ``label``.

    Examples
    --------
    >>> df = pd.DataFrame({"source": ["a", "a"], "target": ["b", "c"], "weight": [2, 1]})
    >>> G = coresponsibility_graph(df)
    >>> sorted(G.degree(weight="weight"))
    [('a', 3), ('b', 2), ('c', 1)]
    """
    return _labelled_edges(df, nx.Graph())


def lead_partner_graph(df: pd.DataFrame) -> nx.DiGraph:
    """Lead department -> partner department, weight = tasks they share in those roles.

    Parameters
    ----------
    df : DataFrame
        The ``projection-lead-partner`` query's table.

    Returns
    -------
    networkx.DiGraph
    """
    G = _labelled_edges(df, nx.DiGraph())
    assert isinstance(G, nx.DiGraph)
    return G


def citation_graph(df: pd.DataFrame) -> nx.DiGraph:
    """Citing document -> cited work, from the ``projection-citations`` query.

    Parameters
    ----------
    df : DataFrame
        Columns ``source, target, weight, source_label, target_label`` and optionally
        ``target_in_corpus``.

    Returns
    -------
    networkx.DiGraph
        Node attributes ``label`` and ``in_corpus`` (True for input documents).

    Examples
    --------
    >>> df = pd.DataFrame({"source": ["d1"], "target": ["w1"], "weight": [1],
    ...                    "source_label": ["D"], "target_label": ["W"]})
    >>> G = citation_graph(df)
    >>> list(G.edges), G.nodes["d1"]["in_corpus"], G.nodes["w1"]["in_corpus"]
    ([('d1', 'w1')], True, False)
    """
    G = _labelled_edges(df, nx.DiGraph())
    assert isinstance(G, nx.DiGraph)
    sources = set(df["source"].astype(str)) if len(df) else set()
    inside = set()
    if "target_in_corpus" in df.columns:
        inside = set(df.loc[df["target_in_corpus"].astype(bool), "target"].astype(str))
    for node in G:
        G.nodes[node]["in_corpus"] = node in sources or node in inside
    return G


def task_department_graph(df: pd.DataFrame) -> nx.Graph:
    """The bipartite responsibility graph: tasks on one side, departments on the other.

    Parameters
    ----------
    df : DataFrame
        The ``projection-task-department`` query's table (``source`` = task IRI,
        ``target`` = department IRI, ``role``, ``path``, ``text``, ``quote``, ``document``,
        ``title``, ``department``, ``collective``, ``level``, ``kind``).

    Returns
    -------
    networkx.Graph
        Node attribute ``type`` is ``"task"`` or ``"department"`` (``bipartite`` 0 or 1);
        tasks carry ``label`` (document path), ``text``, ``path``, ``quote``, ``document``,
        ``title``; departments carry ``label``, ``collective``, ``level``, ``kind`` and
        ``lead``/``responsible``/``support``/``guide``/``tasks`` counts. An edge's ``role`` is the
        strongest role the department holds on the task; ``roles`` lists all of them.

    Examples
    --------
    >>> df = pd.DataFrame({"source": ["t1", "t1"], "target": ["d1", "d2"], "weight": [1, 1],
    ...                    "role": ["lead", "support"], "department": ["甲", "乙"]})
    >>> G = task_department_graph(df)
    >>> G.nodes["d1"]["lead"], G.edges["t1", "d2"]["role"]
    (1, 'support')
    """
    G = nx.Graph()
    task_cols = ("text", "path", "quote", "document", "title")
    dept_cols = ("level", "kind")
    for r in records(df):
        t, d = str(r["source"]), str(r["target"])
        if t not in G:
            attrs = {c: _scalar(r.get(c)) for c in task_cols}
            label = f"{attrs.get('document') or ''} {attrs.get('path') or t}".strip()
            G.add_node(
                t, type="task", bipartite=0, label=label, **{k: v for k, v in attrs.items() if v is not None}
            )
        if d not in G:
            attrs = {c: _scalar(r.get(c)) for c in dept_cols}
            G.add_node(
                d,
                type="department",
                bipartite=1,
                label=str(r.get("department") or d),
                collective=bool(r.get("collective", False)),
                **{k: v for k, v in attrs.items() if v is not None},
                **{role: 0 for role in ROLES},
                tasks=0,
            )
        role = str(r.get("role") or "responsible")
        if G.has_edge(t, d):
            roles = sorted({*G.edges[t, d]["roles"].split(","), role}, key=_role_order)
            G.edges[t, d].update(roles=",".join(roles), role=roles[0])
        else:
            G.add_edge(t, d, weight=1, role=role, roles=role)
            G.nodes[d]["tasks"] += 1
    for t, d, data in G.edges(data=True):
        dept = d if G.nodes[d]["type"] == "department" else t
        for role in data["roles"].split(","):
            if role in ROLES:
                G.nodes[dept][role] += 1
    return G


def _role_order(role: str) -> int:
    return ROLES.index(role) if role in ROLES else len(ROLES)


def coresponsibility_edges(df: pd.DataFrame) -> pd.DataFrame:
    """The co-responsibility projection computed from a task–department table.

    Gives the same table as the ``projection-coresponsibility`` query; use it when departments
    have been renamed or merged in Python (see :func:`apply_as_of`) or for synthetic tables.

    Parameters
    ----------
    df : DataFrame
        Columns ``source`` (task), ``target`` (department), ``department`` (label) and optionally
        ``collective`` (rows with True are left out).

    Returns
    -------
    DataFrame
        ``source, target, weight, source_label, target_label``, one row per pair, source < target.

    Examples
    --------
    >>> td = pd.DataFrame({"source": ["t1", "t1", "t2", "t2"], "target": ["a", "b", "a", "b"],
    ...                    "department": ["A", "B", "A", "B"]})
    >>> coresponsibility_edges(td).to_dict("records")
    [{'source': 'a', 'target': 'b', 'weight': 2, 'source_label': 'A', 'target_label': 'B'}]
    """
    cols = ["source", "target", "weight", "source_label", "target_label"]
    named = df
    if "collective" in df.columns:
        named = df[~df["collective"].fillna(False).astype(bool)]
    if named.empty:
        return pd.DataFrame(columns=cols)
    rows, cols_, weight, depts = _cooccurrence(named["source"], named["target"])
    labels = named.drop_duplicates("target").set_index("target")["department"].reindex(depts)
    out = pd.DataFrame(
        {
            "source": depts.take(rows),
            "target": depts.take(cols_),
            "weight": weight,
            "source_label": labels.take(rows).to_numpy(),
            "target_label": labels.take(cols_).to_numpy(),
        }
    )
    return out[cols].reset_index(drop=True)


def _cooccurrence(tasks: pd.Series, departments: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray, pd.Index]:
    """Department pairs that share tasks: the strict upper triangle of ``BᵀB``, with ``B`` the
    task × department incidence matrix (1 where the department holds the task in any role), so
    ``(BᵀB)[i, j]`` is the number of tasks departments ``i`` and ``j`` share.

    Counted in NumPy without the matrix (no SciPy import at a command's start): the distinct
    (task, department) pairs sorted by task, then department; the ``k``-th next entry of the same
    task pairs a department with a later one; the pairs are counted by :func:`numpy.unique`.

    Returns
    -------
    rows, cols, weight, departments
        Positions ``rows[k] < cols[k]`` into ``departments`` (sorted), ordered by (row, col), and
        the shared-task counts (int64). Rows with a missing task or department are left out.

    Examples
    --------
    >>> rows, cols, weight, depts = _cooccurrence(pd.Series(["t1", "t1", "t1", "t2", "t2", "t2"]),
    ...                                           pd.Series(["b", "a", "a", "a", "b", "c"]))
    >>> rows.tolist(), cols.tolist(), weight.tolist(), depts.tolist()
    ([0, 0, 1], [1, 2, 2], [2, 1, 1], ['a', 'b', 'c'])
    """
    t_codes, _ = pd.factorize(tasks)
    d_codes, depts = pd.factorize(departments, sort=True)
    keep = (t_codes >= 0) & (d_codes >= 0)
    n = max(len(depts), 1)
    held = np.unique(t_codes[keep].astype(np.int64) * n + d_codes[keep])  # a task held in several roles: once
    task, dept = np.divmod(held, n)
    found = []
    for k in range(1, len(held)):
        same = task[k:] == task[:-k]
        if not same.any():  # every task's departments are consecutive: no pair further on either
            break
        found.append(dept[:-k][same] * n + dept[k:][same])
    pairs, weight = np.unique(np.concatenate(found) if found else np.zeros(0, dtype=np.int64), return_counts=True)
    rows, cols = np.divmod(pairs, n)
    return rows.astype(np.int64), cols.astype(np.int64), weight.astype(np.int64), pd.Index(depts)
