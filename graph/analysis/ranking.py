"""The department ranking: tasks by role, documents, and centrality in the co-responsibility network.

:func:`rank_table` is pure (a task–department table in, a ranking out); :func:`rank` feeds it from
a knowledge graph or store through :func:`graph.analysis.projections.task_departments`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .engine import engine_for
from .figures import EMPTY_NETWORK
from .networks import ROLES, coresponsibility_edges
from .projections import task_departments

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = ["RANK_COLUMNS", "own_document", "rank", "rank_table", "shown_names"]

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
    "scope",
    "iri",
]



def _coresponsibility_metrics(
    co: pd.DataFrame, departments: pd.Series, load: pd.Series, *, engine: str, seed: int, workers: int | None
) -> tuple[pd.DataFrame, dict[str, float]]:
    """:func:`department_metrics` and :func:`network_metrics` of the co-responsibility network of
    ``co`` plus the isolated ``departments`` (IRI -> label), with ``load`` (IRI -> tasks) as the
    task load and the reported partition being the ``community`` column's. The igraph engine
    builds its graph from the edge arrays and never makes a NetworkX graph; both give the table
    of ``department_metrics(coresponsibility_graph(co) + isolated nodes)``."""
    src = [str(v) for v in co["source"].tolist()]
    tgt = [str(v) for v in co["target"].tolist()]
    lab_s = co["source_label"].tolist() if "source_label" in co.columns else [None] * len(co)
    lab_t = co["target_label"].tolist() if "target_label" in co.columns else [None] * len(co)
    ends = pd.Index([x for pair in zip(src, tgt, strict=True) for x in pair], dtype=object)
    first = np.flatnonzero(~ends.duplicated())
    end_labels = [x for pair in zip(lab_s, lab_t, strict=True) for x in pair]
    ends_list = ends.tolist()
    nodes: list[Any] = [ends_list[i] for i in first]
    labels = [str(end_labels[i] or ends_list[i]) for i in first]
    known = set(nodes)
    for iri, label in departments.items():
        if iri not in known:
            nodes.append(iri)
            labels.append(label)
    return engine_for(engine, len(nodes)).coresponsibility(
        co, departments, load, nodes, labels, seed=seed, workers=workers
    )


def own_document(td: pd.DataFrame, departments: pd.Series) -> pd.Series:
    """For each department (``departments``: IRI -> label), the source file of the one document whose
    own body it is, else "": a name that does not say which body it is (数据提供部门, 审核机构, 市发展改革委
    of a city not known) is one node per document (:func:`graph.rdf.namespaces.own_body_iri`), so two
    places' bodies may share a label and are told apart by this.

    >>> from graph.rdf.namespaces import own_body_iri
    >>> td = pd.DataFrame({"target": [str(own_body_iri("bj.txt", "数据提供部门")), "o/cn-ndrc"],
    ...                    "document": ["bj.txt", "bj.txt"]})
    >>> own_document(td, pd.Series({td["target"][0]: "数据提供部门", "o/cn-ndrc": "国家发展和改革委员会"})).tolist()
    ['bj.txt', '']
    """
    from ..rdf.namespaces import own_body_iri

    if "document" not in td.columns:
        return pd.Series("", index=departments.index, dtype=object)
    docs = td.dropna(subset=["document"]).groupby("target")["document"].unique()
    out = {}
    for iri, label in departments.items():
        files = docs.get(iri, ())
        one = str(files[0]) if len(files) == 1 else ""
        out[iri] = one if one and str(own_body_iri(one, str(label))) == str(iri) else ""
    return pd.Series(out, index=departments.index, dtype=object)


def shown_names(ranking: pd.DataFrame) -> list[str]:
    """The ``department`` of each row, with its ``scope`` after it where another row prints the same
    label (a chart's bars, a table's row names: two places' 数据提供部门 are two bars).

    >>> shown_names(pd.DataFrame({"department": ["数据提供部门", "数据提供部门", "财政部"],
    ...                           "scope": ["bj.txt", "aba.txt", ""]}))
    ['数据提供部门（bj.txt）', '数据提供部门（aba.txt）', '财政部']
    """
    names = ranking["department"].astype(str)
    if "scope" not in ranking.columns:
        return names.tolist()
    shared = names.duplicated(keep=False)
    return [f"{n}（{s}）" if twice and s else n
            for n, s, twice in zip(names, ranking["scope"].fillna("").astype(str), shared, strict=True)]


def rank_table(
    td: pd.DataFrame,
    co: pd.DataFrame | None = None,
    *,
    engine: str = "auto",
    seed: int = 0,
    workers: int | None = None,
) -> pd.DataFrame:
    """Rank departments from a task–department table (pure; :func:`rank` feeds it from a graph).

    Parameters
    ----------
    td : DataFrame
        ``projection-task-department`` rows: ``source`` (task), ``target`` (department IRI),
        ``role``, ``document``, ``department`` (label) and optionally ``collective``.
    co : DataFrame, optional
        The co-responsibility edge table; computed from ``td`` when not given.
    engine, seed, workers
        As for :func:`department_metrics`. With igraph the network is built straight from the
        edge table (no NetworkX graph).

    Returns
    -------
    DataFrame
        One row per named department: ``rank`` (1 = most lead + responsible tasks, then most
        tasks, then weighted degree), ``department``, tasks by role, ``tasks``, ``documents``,
        the network metrics of :func:`department_metrics`, ``scope`` (the source file of a
        document's own body, :func:`own_document`: with ``department`` it names the body; "" for
        a body named alike across documents) and ``iri``. ``attrs["network"]``
        holds the whole-network figures of :func:`network_metrics` for the same network
        (isolated named departments included), computed in the same pass: the task load of
        ``gini_task_load`` is the ``tasks`` column, and ``communities``/``modularity`` are those
        of the ``community`` column's partition.
    """
    named = td
    if "collective" in td.columns:
        named = td[~td["collective"].fillna(False).astype(bool)]
    if named.empty:
        empty = pd.DataFrame(columns=RANK_COLUMNS)
        empty.attrs["network"] = dict(EMPTY_NETWORK)
        return empty
    # one row per (department, task, role): the size of each group is the nunique of its tasks
    counts = named.drop_duplicates(["target", "source", "role"]).groupby(["target", "role"]).size().unstack(
        fill_value=0
    )
    table = pd.DataFrame(index=pd.Index(sorted(named["target"].unique()), name="target"))
    for role in ROLES:
        table[role] = counts[role] if role in counts.columns else 0
    table = table.fillna(0).astype(int)
    table["tasks"] = named.groupby("target")["source"].nunique()
    table["documents"] = named.groupby("target")["document"].nunique() if "document" in named else 1
    table["department"] = named.drop_duplicates("target").set_index("target")["department"]
    table["scope"] = own_document(named, table["department"])
    if co is None:
        co = coresponsibility_edges(named)
    m, net = _coresponsibility_metrics(
        co, table["department"], table["tasks"], engine=engine, seed=seed, workers=workers
    )
    table = table.join(m.set_index("node").drop(columns="label"))
    table = table.reset_index().rename(columns={"target": "iri"})
    table["_key"] = table["lead"] + table["responsible"]
    table = table.sort_values(
        ["_key", "tasks", "weighted_degree", "department", "iri"],
        ascending=[False, False, False, True, True],
        kind="stable",
    )
    table["rank"] = range(1, len(table) + 1)
    out = table[RANK_COLUMNS].reset_index(drop=True)
    out.attrs["network"] = net
    return out


def rank(
    g_rdf: Graph | KGStore,
    *,
    as_of: int | None = None,
    documents: Sequence[str] | None = None,
    engine: str = "auto",
    seed: int = 0,
    forms: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Who carries the most tasks, and how central each department is in the co-responsibility
    network.

    Parameters
    ----------
    g_rdf : rdflib.Graph or graph.store.KGStore
        A policykg knowledge graph, or a store holding one.
    as_of : int, optional
        Report departments as the bodies in force in this year (successors of merged or renamed
        departments, from the graph's succession facts: see :func:`graph.analysis.task_departments`).
    documents : sequence of str, optional
        Only these source files (``pkg:sourceFile``), e.g. ``["anhui_2016_quality_action_plan.txt"]``.
    engine : {"auto", "networkx", "igraph"}
        See :func:`department_metrics`.
    seed : int
        Community detection seed.
    forms : sequence of str, optional
        Only tasks read in these forms (``clause``, ``field``, ``table``, ``prose``): e.g. leave out
        duties written in running text, or count only those.

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
    # the lean projection: ranking never reads the task text or quote (2.5x faster to fetch)
    mapped = task_departments(g_rdf, as_of=as_of, documents=documents, forms=forms)
    # The pair table is derived in pandas rather than by the projection-coresponsibility query: the
    # same rows (tests check it), but rdflib's self-join takes ~20 s on a 4-document graph.
    return rank_table(mapped, coresponsibility_edges(mapped), engine=engine, seed=seed)
