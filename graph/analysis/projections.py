"""DataFrames from a knowledge graph or store: the task–department projection, with departments as
of a year.

"As of" has one definition, the graph's own succession facts (``pkg:succession`` nodes, written
from the department registry when the graph is built): the ``*-as-of`` queries read them in
SPARQL, and :func:`task_departments` reads them through the ``projection-succession`` query for
rank, map, export and report. :func:`apply_as_of` does the mapping on a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = ["SUCCESSION_COLUMNS", "apply_as_of", "successions", "task_departments"]

#: The columns of a succession table (the ``projection-succession`` query): from ``year`` on,
#: the body ``successor`` (labelled ``department``, with its ``level`` and ``kind``) carries
#: ``agent`` on.
SUCCESSION_COLUMNS = ["agent", "year", "successor", "department", "level", "kind"]


def task_departments(
    g_rdf: Graph | KGStore,
    *,
    as_of: int | None = None,
    documents: Sequence[str] | None = None,
    forms: Sequence[str] | None = None,
    text: bool = False,
) -> pd.DataFrame:
    """The task–department projection of a graph, departments as the bodies in force in ``as_of``.

    The one "projection, then as of" step of rank, map, export and report.

    Parameters
    ----------
    g_rdf : rdflib.Graph or graph.store.KGStore
        A policykg knowledge graph, or a store holding one.
    as_of : int, optional
        Map every department to its successor in this year (:func:`apply_as_of` with the graph's
        :func:`successions`); None keeps them as written.
    documents : sequence of str, optional
        Only these source files (``pkg:sourceFile``).
    forms : sequence of str, optional
        Only tasks read in these forms (``clause``, ``field``, ``table``, ``prose``).
    text : bool
        The full ``projection-task-department`` table (task path, text, quote, document title:
        :func:`graph.analysis.lean.with_texts`) instead of the lean one
        (``projection-task-department-lean``'s table, made by
        :func:`graph.analysis.lean.lean_projection` from four cheap queries).

    Returns
    -------
    DataFrame
        One row per task, department and role, in the query's order.

    Examples
    --------
    >>> import graph
    >>> kg = graph.build_graph([graph.example_path()])
    >>> now, later = task_departments(kg), task_departments(kg, as_of=2019)
    >>> "安徽省质量技术监督局" in set(now["department"]), "安徽省质量技术监督局" in set(later["department"])
    (True, False)
    """
    from .lean import lean_projection, with_texts

    td = lean_projection(g_rdf, documents=documents, forms=forms, titles=text)
    if text:
        td = with_texts(g_rdf, td)
    if as_of is None or td.empty:
        return td
    return apply_as_of(td, as_of, successions(g_rdf))


def successions(g_rdf: Graph | KGStore) -> pd.DataFrame:
    """The graph's succession facts as a table (:data:`SUCCESSION_COLUMNS`), from the
    ``projection-succession`` query."""
    from ..sparql import query_df

    return query_df(g_rdf, "projection-succession")


def _in_force(succession: pd.DataFrame, as_of: int) -> dict[str, tuple[str, str, Any, Any]]:
    """Agent IRI -> (successor IRI, label, level, kind) of the entry in force in ``as_of``: the
    agent's latest entry from a year not after it."""
    if succession.empty:
        return {}
    s = succession.assign(year=pd.to_numeric(succession["year"], errors="coerce"))
    s = s[s["year"] <= as_of].sort_values(["agent", "year", "successor", "department"], kind="stable")
    s = s.drop_duplicates("agent", keep="last")
    out: dict[str, tuple[str, str, Any, Any]] = {}
    for agent, body, label, level, kind in s[["agent", "successor", "department", "level", "kind"]].itertuples(
        index=False
    ):
        out[str(agent)] = (str(body), str(label), _value(level), _value(kind))
    return out


def _value(x: Any) -> Any:
    return None if x is None or (isinstance(x, float) and x != x) or x is pd.NA else str(x)


def _local_id(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _registry_in_force(df: pd.DataFrame, as_of: int) -> dict[str, tuple[str, str, Any, Any]] | None:
    """:func:`_in_force` for a table that comes without its graph, from the packaged department
    registry (the source the graph's succession facts are written from): a department is found
    by its id (the IRI's last segment) or, failing that, by its label when exactly one registry
    entry carries it. None when the registry is not installed."""
    try:
        from ..departments import registry, successor
    except ImportError:
        return None
    from ..rdf.namespaces import org_iri

    reg = registry()
    out: dict[str, tuple[str, str, Any, Any]] = {}
    for iri, label, collective in (
        df[["target", "department", "collective"]].drop_duplicates("target").itertuples(index=False)
    ):
        if collective:
            continue
        key = _local_id(str(iri))
        if key not in reg:
            hits = {d.id for d in reg.by_label(str(label))}
            if len(hits) != 1:
                continue
            key = hits.pop()
        try:
            sid = successor(key, as_of)
        except KeyError:
            continue
        dep = reg.get(sid)
        out[str(iri)] = (
            str(org_iri(sid)),
            dep.pref_label if dep else str(label),
            getattr(dep, "level", None),
            getattr(dep, "kind", None),
        )
    return out


def apply_as_of(df: pd.DataFrame, as_of: int | None, succession: pd.DataFrame | None = None) -> pd.DataFrame:
    """Map every department of a task–department table to its successor in year ``as_of``.

    Parameters
    ----------
    df : DataFrame
        A ``projection-task-department`` table.
    as_of : int or None
        The year whose institutional set-up to report in.
    succession : DataFrame, optional
        The succession facts of the graph the table comes from (:func:`successions`; what
        :func:`task_departments` passes). Without it, the packaged department registry gives the
        successors (for a table made without its graph); both give the same mapping for a graph
        built with the installed registry (tests check it on the seed and a corpus graph).

    Returns
    -------
    DataFrame
        ``df`` itself when nothing changes (``as_of`` None, or no department replaced); otherwise
        a copy with ``target``, ``department``, ``level`` and ``kind`` replaced and duplicate
        (task, department, role) rows dropped: tasks shared by two departments that merged into
        one then count once for the successor. Collectives (有关部门) and departments without a
        succession stay as they are.
    """
    if as_of is None or df.empty:
        return df
    if succession is None:
        in_force = _registry_in_force(df, as_of)
        if in_force is None:
            return df
    else:
        in_force = _in_force(succession, as_of)
    mapping: dict[str, tuple[str, str, Any, Any]] = {}
    for iri, label, collective in (
        df[["target", "department", "collective"]].drop_duplicates("target").itertuples(index=False)
    ):
        entry = in_force.get(str(iri))
        if collective or entry is None:
            continue
        if entry[0] != str(iri) or entry[1] != label:
            mapping[str(iri)] = entry
    if not mapping:
        return df
    out = df.copy()
    original = out["target"].astype(str)
    hit = original.isin(list(mapping))
    for k, col in enumerate(("target", "department", "level", "kind")):
        if col in out.columns:
            out[col] = out[col].astype(object)
            out.loc[hit, col] = original[hit].map(lambda i, k=k: mapping[i][k])
    return out.drop_duplicates(["source", "target", "role"]).reset_index(drop=True)
