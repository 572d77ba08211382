"""The package's shape (issue 18): no module of ``graph/`` over 400 lines, so each concern has a
home a reader can take in; the import-circle check is ``tests/test_import_cycles.py``."""

from __future__ import annotations

from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "graph"
MAX_LINES = 400


def _lengths() -> dict[str, int]:
    return {str(p.relative_to(PKG)): len(p.read_text(encoding="utf-8").splitlines()) for p in sorted(PKG.rglob("*.py"))}


def test_no_module_over_the_limit() -> None:
    assert {name: n for name, n in _lengths().items() if n > MAX_LINES} == {}


def test_the_package_is_read() -> None:  # the check above must not pass on an empty folder
    lengths = _lengths()
    assert "cli/__init__.py" in lengths and "extract/responsibility.py" in lengths and len(lengths) > 80
