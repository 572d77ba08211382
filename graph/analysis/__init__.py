"""Projections of the knowledge graph as NetworkX graphs, and centrality tables over them.

Pure functions: DataFrames of edges (the ``projection-*`` queries) -> NetworkX graphs -> DataFrames.
Only :func:`~graph.analysis.metrics.rank` touches an rdflib graph, to run the projection queries.
"""

from __future__ import annotations

from .metrics import department_metrics, ei_index, gini, network_figures, network_metrics, rank, rank_table
from .networks import (
    apply_as_of,
    citation_graph,
    coresponsibility_edges,
    coresponsibility_graph,
    lead_partner_graph,
    task_department_graph,
)

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
    "task_department_graph",
]
