"""Projections of the knowledge graph as DataFrames and NetworkX graphs, and centrality tables over them.

By family:

- :mod:`.projections`: DataFrames from a graph or store (the task–department projection), with
  departments as of a year (:func:`task_departments`, :func:`apply_as_of`);
- :mod:`.networks`: edge tables -> NetworkX graphs (co-responsibility, lead–partner, citations,
  task–department);
- :mod:`.centrality`: per-department centralities and whole-network metrics, run by the engine
  that :func:`.engine.engine_for` picks (:mod:`.engine_networkx`, the reference, or
  :mod:`.engine_igraph`, whose parallel betweenness runs :mod:`.betweenness_worker`);
- :mod:`.ranking`: the department ranking (:func:`rank_table`, pure; :func:`rank`, from a graph);
- :mod:`.figures`: whole-network figures (Gini, E-I index, the table of :func:`network_figures`).

Pure functions: DataFrames of edges -> NetworkX graphs -> DataFrames; only the functions that take a
graph (:func:`rank`, :func:`task_departments`, :func:`successions`) run queries.
"""

from __future__ import annotations

from .centrality import department_metrics, network_metrics
from .figures import ei_index, gini, network_figures
from .networks import (
    citation_graph,
    coresponsibility_edges,
    coresponsibility_graph,
    lead_partner_graph,
    task_department_graph,
)
from .projections import apply_as_of, successions, task_departments
from .ranking import rank, rank_table

__all__ = [
    "apply_as_of",
    "citation_graph",
    "coresponsibility_edges",
    "coresponsibility_graph",
    "department_metrics",
    "ei_index",
    "gini",
    "lead_partner_graph",
    "network_figures",
    "network_metrics",
    "rank",
    "rank_table",
    "successions",
    "task_department_graph",
    "task_departments",
]
