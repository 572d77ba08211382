"""Interactive responsibility maps: one self-contained, offline HTML file per map.

Departments are sized by centrality (PageRank in the co-responsibility network) and coloured by
``pkg:level`` (else ``pkg:kind``); tasks, or whole documents, are the second kind of node; edges are
coloured by role. The parts: :mod:`.layout` (positions, no overlaps), :mod:`.styles` (colours and
texts), :mod:`.mapdata` (the map as JSON-able data), :mod:`.page` (the offline HTML page); this
module puts them together (:func:`projection_map` from a table, :func:`network_map` and
:func:`write_map` from a graph or store).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..analysis.projections import task_departments
from .layout import LAYOUT_IGRAPH_ABOVE, layout_positions, layout_without_overlaps, remove_overlaps
from .mapdata import map_data
from .page import MapHTML, _render, vis_assets
from .styles import LABEL_FIRST, LABEL_PX, PHYSICS_MAX_NODES, ROLE_COLOURS, ROLE_NAMES, _filter

if TYPE_CHECKING:
    from rdflib import Graph

    from ..store import KGStore

__all__ = [
    "LABEL_FIRST",
    "LABEL_PX",
    "LAYOUT_IGRAPH_ABOVE",
    "PHYSICS_MAX_NODES",
    "ROLE_COLOURS",
    "ROLE_NAMES",
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
        Show departments as their successors in that year (see :func:`graph.analysis.task_departments`).
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

    if second == "task":
        td = _drawn_with_texts(g_rdf, as_of=as_of, documents=documents, forms=forms, departments=departments,
                               min_tasks=min_tasks)
    else:
        # no task drawn (one node per document): the lean projection and the documents' titles
        td = task_departments(g_rdf, as_of=as_of, documents=documents, forms=forms)
    if second == "document":
        docs = query_df(g_rdf, "documents", {"source": list(documents)} if documents else None)
        td = td.assign(title=td["document"].map(dict(zip(docs["source"], docs["title"], strict=True))))
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


def _drawn_with_texts(
    g_rdf: Graph | KGStore,
    *,
    as_of: int | None,
    documents: Sequence[str] | None,
    forms: Sequence[str] | None,
    departments: Sequence[str] | None,
    min_tasks: int,
) -> pd.DataFrame:
    """``task_departments(..., text=True)``, with the texts and quotes of the tasks the map draws
    only (those that pass :func:`.styles._filter`; the rows of the others keep no text): the lean
    projection, the drawn tasks picked on it, their texts fetched
    (:func:`graph.analysis.lean.with_texts`), then the departments as of ``as_of``."""
    from ..analysis.lean import lean_projection, with_texts
    from ..analysis.projections import apply_as_of, successions

    lean = lean_projection(g_rdf, documents=documents, forms=forms, titles=True)
    succession = successions(g_rdf) if as_of is not None and len(lean) else None
    shown = apply_as_of(lean, as_of, succession) if succession is not None else lean
    td = with_texts(g_rdf, lean, tasks=set(_filter(shown, departments, min_tasks)["source"].astype(str)))
    return apply_as_of(td, as_of, succession) if succession is not None else td


def write_map(path: str | Path, g_rdf: Graph | KGStore, **options: Any) -> Path:
    """Write :func:`network_map` ``(g_rdf, **options)`` to ``path`` (atomically); return the path."""
    from ..rdf.io import atomic_write_bytes

    atomic_write_bytes(path, network_map(g_rdf, **options).encode("utf-8"))
    return Path(path)
