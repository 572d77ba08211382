"""The build path's modules stay small and free of import cycles (issue 18): every module of the
path (pipeline, fragments, assemble, api, resolve, rdf, cli) under 400 lines, and no cycle among the
package's imports (module level or inside functions) that passes through one of them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "graph"
BUILD_PATH = ["pipeline.py", "fragments.py", "assemble.py", "api.py", "resolve.py", "rdf", "cli"]


def _modules() -> dict[str, Path]:
    out = {}
    for p in PKG.rglob("*.py"):
        parts = p.relative_to(PKG.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    return out


def _imports(mods: dict[str, Path]) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {m: set() for m in mods}
    for m, p in mods.items():
        package = m if p.name == "__init__.py" else m.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, *([node.module] if node.module else [])])
                names = [f"{base}.{a.name}" for a in node.names] + [base]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for t in names:
                while t not in mods and "." in t:
                    t = t.rsplit(".", 1)[0]
                if t in mods and t != m and not m.startswith(t + "."):  # a package's own __init__ is no cycle
                    edges[m].add(t)
                    break
    return edges


def _in_path(module: str) -> bool:
    rest = module.removeprefix("graph.")
    return any(rest == b.removesuffix(".py") or rest.startswith(b + ".") for b in BUILD_PATH)


@pytest.mark.parametrize("name", BUILD_PATH)
def test_build_path_modules_are_small(name: str) -> None:
    files = [PKG / name] if name.endswith(".py") else sorted((PKG / name).glob("*.py"))
    for f in files:
        assert len(f.read_text(encoding="utf-8").splitlines()) <= 400, f


def test_no_import_cycle_through_the_build_path() -> None:
    edges = _imports(_modules())
    for start in filter(_in_path, edges):
        seen, todo = set(), list(edges[start])
        while todo:
            m = todo.pop()
            assert m != start, f"{start} imports itself through {sorted(seen)}"
            if m not in seen:
                seen.add(m)
                todo.extend(edges[m])
