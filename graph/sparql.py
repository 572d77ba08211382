"""Running the shipped SPARQL queries (or any ``.rq`` file) into pandas DataFrames, on an rdflib
graph or a store. Finding, loading and binding queries is :mod:`graph.queryfile` (its names are
re-exported here for the callers of this module)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .queryfile import Query, _py, as_of_query, bind_values, list_queries, load_query, use_hash_join

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Graph
    from rdflib.term import Node

    from .store import KGStore

__all__ = ["Query", "as_of_query", "bind_values", "list_queries", "load_query", "query_df", "rows_to_df", "use_hash_join"]



def rows_to_df(columns: Sequence[str], rows: Sequence[Sequence[Node | None]]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([[_py(x) for x in row] for row in rows], columns=list(columns))


def query_df(g: Graph | KGStore, name_or_file: str | Path,
             params: Mapping[str, Sequence[Any]] | None = None) -> pd.DataFrame:
    """Run a shipped query (or a ``.rq`` file) on an rdflib graph, or on a store opened with
    :func:`graph.store.open_store`, into a DataFrame.

    >>> import graph
    >>> kg = graph.build_graph([graph.example_path()])
    >>> query_df(kg, "leads").iloc[0]["department"]
    '安徽省质量技术监督局'
    """
    from .store import KGStore

    if isinstance(g, KGStore):
        return g.query_df(name_or_file, params)
    q = load_query(name_or_file)
    text = bind_values(q.text, params or {})
    use_hash_join()
    result = g.query(text)
    columns = [str(v) for v in (result.vars or [])]
    return rows_to_df(columns, [tuple(row) for row in result])  # type: ignore[arg-type]
