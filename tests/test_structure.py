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


def test_every_subpackage_is_listed_for_installation() -> None:
    """A wheel holds only the packages setup.cfg lists (an editable install hides a missing one)."""
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(PKG.parent / "setup.cfg", encoding="utf-8")
    listed = set(cfg["options"]["packages"].split())
    on_disk = {".".join(p.parent.relative_to(PKG.parent).parts) for p in PKG.rglob("__init__.py")}
    assert on_disk - listed == set()
