"""Centrality tables and the department ranking: the names this module held before it was split.

The code now lives by family: :mod:`.engine` (the engine choice), :mod:`.engine_networkx` (the
reference) and :mod:`.engine_igraph`, :mod:`.centrality` (department and network metrics),
:mod:`.figures` (whole-network figures), :mod:`.ranking` and :mod:`.projections`. Importing from
here keeps working.
"""

from __future__ import annotations

from .centrality import department_metrics, network_metrics
from .engine import IGRAPH_ABOVE, Engine, resolve_engine
from .figures import METRIC_COLUMNS, NETWORK_FIGURES, ei_index, gini, network_figures
from .ranking import RANK_COLUMNS, rank, rank_table

__all__ = [
    "IGRAPH_ABOVE",
    "METRIC_COLUMNS",
    "NETWORK_FIGURES",
    "RANK_COLUMNS",
    "Engine",
    "department_metrics",
    "ei_index",
    "gini",
    "network_figures",
    "network_metrics",
    "rank",
    "rank_table",
    "resolve_engine",
]
