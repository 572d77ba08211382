"""policykg: Chinese policy documents -> a knowledge graph of responsibilities.

>>> import graph
>>> kg = graph.build_graph([graph.example_path()])
>>> df = graph.query_df(kg, "responsibilities")
>>> len(df), df["task"].nunique()
(84, 18)

Importing the package loads nothing heavy: the names below are imported on first use, so the
command line starts fast (``policykg query … --store oxigraph:DIR`` needs neither rdflib's
parsers nor the extractors).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOME = {
    "BuildResult": "api",
    "build": "api",
    "build_graph": "api",
    "example_path": "api",
    "extract_file": "api",
    "list_queries": "sparql",
    "load_query": "sparql",
    "query_df": "sparql",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        value = getattr(import_module(f".{_HOME[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
