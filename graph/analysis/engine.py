"""Which engine computes the centralities: the one place where the choice is made.

Two engines compute the same numbers: NetworkX (the reference, :mod:`.engine_networkx`) and igraph
(15–60× faster at corpus scale, :mod:`.engine_igraph`: the graph is built straight from edge
arrays, exact betweenness runs in several processes, communities are igraph's Leiden; leidenalg
only for directed graphs). ``engine="auto"`` picks igraph whenever it is installed
(:data:`IGRAPH_ABOVE` is 0), so rank, map, export and report all run on one engine; NetworkX is the
reference (``engine="networkx"``). Tests check that both agree. :func:`engine_for` is the single
dispatch point: every centrality and whole-network computation asks it for the engine module.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast

from ..errors import PolicyKGError

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = ["IGRAPH_ABOVE", "Engine", "EngineImpl", "engine_for", "resolve_engine"]

Engine = Literal["auto", "networkx", "igraph"]

#: ``engine="auto"`` uses igraph for graphs with more nodes than this (0: whenever it is installed,
#: so rank, map, export and report all run on the same engine; NetworkX stays the reference that
#: ``engine="networkx"`` selects and the tests compare against).
IGRAPH_ABOVE = 0


class EngineImpl(Protocol):
    """What an engine module provides (:mod:`.engine_networkx`, :mod:`.engine_igraph`)."""

    def node_values(
        self, G: nx.Graph, weight: str | None, seed: int, workers: int | None
    ) -> dict[str, dict[Any, Any]]: ...

    def whole_network(self, G: nx.Graph, weight: str | None, seed: int) -> dict[str, float]: ...

    def coresponsibility(
        self,
        co: pd.DataFrame,
        departments: pd.Series,
        load: pd.Series,
        nodes: list[Any],
        labels: list[str],
        *,
        seed: int,
        workers: int | None,
    ) -> tuple[pd.DataFrame, dict[str, float]]: ...


def _import_igraph() -> Any:
    """``import igraph`` without its plotting back-end: python-igraph imports matplotlib for
    drawing (2 s of every command's start-up; policykg never plots with igraph). matplotlib is
    hidden only while igraph loads, so policykg's own charts import it as usual afterwards."""
    if "igraph" in sys.modules:
        return sys.modules["igraph"]
    hide = "matplotlib" not in sys.modules
    if hide:
        sys.modules["matplotlib"] = None  # type: ignore[assignment]
    try:
        import igraph
    finally:
        if hide and sys.modules.get("matplotlib", False) is None:
            del sys.modules["matplotlib"]
    return igraph


def _has_igraph() -> bool:
    try:
        _import_igraph()
        import leidenalg  # noqa: F401
    except ImportError:
        return False
    return True


def resolve_engine(engine: str, n_nodes: int) -> str:
    """The engine that will run: ``"networkx"`` or ``"igraph"``.

    >>> resolve_engine("networkx", 10_000)
    'networkx'
    >>> resolve_engine("auto", 10) == ("igraph" if _has_igraph() else "networkx")
    True
    """
    if engine not in ("auto", "networkx", "igraph"):
        raise PolicyKGError(f"unknown engine {engine!r} (use auto, networkx or igraph)")
    if engine == "igraph" and not _has_igraph():
        raise PolicyKGError("engine 'igraph' needs the python-igraph and leidenalg packages")
    if engine == "auto":
        return "igraph" if n_nodes > IGRAPH_ABOVE and _has_igraph() else "networkx"
    return engine


def engine_for(engine: str, n_nodes: int, *, directed: bool = False, directed_igraph: bool = True) -> EngineImpl:
    """The engine module that runs a computation on a network of ``n_nodes`` nodes.

    Parameters
    ----------
    engine : {"auto", "networkx", "igraph"}
        See :func:`resolve_engine`.
    n_nodes : int
        Size of the network.
    directed, directed_igraph
        A directed network goes to NetworkX when the computation has no igraph form for directed
        graphs (``directed_igraph=False``: igraph's own Leiden is for undirected graphs only).

    >>> engine_for("networkx", 10).__name__
    'graph.analysis.engine_networkx'
    """
    if directed and not directed_igraph:
        chosen = "networkx"
    else:
        chosen = resolve_engine(engine, n_nodes)
    if chosen == "igraph":
        from . import engine_igraph

        return cast(EngineImpl, engine_igraph)
    from . import engine_networkx

    return cast(EngineImpl, engine_networkx)
