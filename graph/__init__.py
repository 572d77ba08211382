"""policykg: Chinese policy documents -> a knowledge graph of responsibilities.

>>> import graph
>>> kg = graph.build_graph([graph.example_path()])
>>> df = graph.query_df(kg, "responsibilities")
>>> len(df), df["task"].nunique()
(83, 17)
"""

from __future__ import annotations

from .api import BuildResult, build, build_graph, example_path, extract_file
from .sparql import list_queries, load_query, query_df

__all__ = [
    "BuildResult",
    "build",
    "build_graph",
    "example_path",
    "extract_file",
    "list_queries",
    "load_query",
    "query_df",
]
__version__ = "0.1.0"
