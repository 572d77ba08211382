"""No import circles anywhere in the package, read from the source (``ast``), so that
imports inside functions and under ``TYPE_CHECKING`` count too.

``python tests/test_import_cycles.py`` prints every circle in the whole package.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {"graph": ROOT / "graph", "graph.queries": ROOT / "queries", "graph.ontology": ROOT / "ontology"}


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (``graph.store`` for ``graph/store/__init__.py``)."""
    out: dict[str, Path] = {}
    for pkg, folder in PACKAGES.items():
        for path in sorted(folder.rglob("*.py")):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join([pkg, *parts])] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(name: str, path: Path, known: set[str], type_checking: bool) -> set[str]:
    """The package modules ``name`` imports anywhere in its source (top level, in functions, and
    under ``if TYPE_CHECKING`` when ``type_checking``). ``from X import y`` counts ``X.y`` when that is
    a module, else ``X``; relative imports are resolved against the module's package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test) and not type_checking:
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in known else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {m for m in found if m in known and m != name}


def import_graph(type_checking: bool = True) -> nx.DiGraph:
    mods = _modules()
    g = nx.DiGraph()
    g.add_nodes_from(mods)
    for name, path in mods.items():
        for target in _imports(name, path, set(mods), type_checking):
            g.add_edge(name, target)
    return g


def cycles(type_checking: bool = True) -> list[list[str]]:
    """Each strongly connected group of modules that import one another, sorted."""
    g = import_graph(type_checking)
    return sorted(sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1)


QUERY_AND_STORE = ("graph.store", "graph.sparql", "graph.server", "graph.queryfile")


def _ours(module: str) -> bool:
    return any(module == m or module.startswith(m + ".") for m in QUERY_AND_STORE)


def test_the_checker_sees_relative_lazy_and_type_checking_imports() -> None:
    g = import_graph(type_checking=True)
    assert g.has_edge("graph.store.memory", "graph.store.base")  # from .base import …
    assert g.has_edge("graph.store.base", "graph.queryfile")  # from ..queryfile import … (in a method)
    assert g.has_edge("graph.sparql", "graph.store")  # under TYPE_CHECKING and in query_df
    assert g.has_edge("graph.store", "graph.server")  # serve_sparql's forwarding import
    assert set(import_graph(type_checking=False).edges) < set(g.edges)  # some imports are for types only


def test_no_import_circle_in_the_package() -> None:
    for type_checking in (True, False):
        assert cycles(type_checking) == []


def test_the_check_fails_on_a_circle() -> None:
    g = import_graph()
    g.add_edge("graph.model", "graph.cli")  # graph.cli imports graph.model, so this closes a circle
    assert any(len(c) > 1 for c in nx.strongly_connected_components(g))


def test_queryfile_is_below_store_sparql_and_server() -> None:
    g = import_graph(type_checking=True)
    below = nx.descendants(g, "graph.queryfile")
    assert not any(_ours(m) for m in below), sorted(below)
    assert "graph.queryfile" in nx.descendants(g, "graph.store")
    assert "graph.queryfile" in nx.descendants(g, "graph.sparql")
    assert "graph.queryfile" in nx.descendants(g, "graph.server")


if __name__ == "__main__":
    for tc in (True, False):
        found = cycles(tc)
        print(f"import circles ({'with' if tc else 'without'} TYPE_CHECKING imports): {len(found)}")
        for c in found:
            print("  " + " <-> ".join(c))
    sys.exit(0)
