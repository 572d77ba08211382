"""Every made-gold set (tests/made_gold/*) built and exported once, then scored set by set.

One ``run_eval.sh`` run over a gold folder that links every set's gold files and a docs folder that links, for each
gold file, the document ``run_eval.sh`` itself would pick (``DOCS/<stem>.*``, the first by name): one build and four
exports for all the sets instead of six process starts per set. The project's unchanged ``score.py`` then scores each
set against the shared tables (it keeps the rows of its own gold's sources). Stems are unique across the sets
(``test_made_stems_are_unique``), and a document's extraction does not depend on the other documents of a build, so
each set scores as its own ``run_eval.sh`` run would (checked set by set on every set when this was written,
docs/made-eval-forms.md "Scoring all sets in one build").

Under pytest-xdist the workers share one build: the first worker to ask makes it under a file lock, in the session's
shared temporary folder.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import subprocess
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from filelock import FileLock

MADE = Path(__file__).resolve().parent / "made_gold"
_ROW = re.compile(r"^(\S.*?)\s{2,}([01]\.\d{3})\s+([01]\.\d{3})\s+([01]\.\d{3})\s+\d+\s+\d+\s*$")


def made_sets() -> list[str]:
    """Every folder of tests/made_gold that holds gold files and their documents."""
    return sorted(p.parent.name for p in MADE.glob("*/docs") if any(p.parent.glob("*.json")))


def first_document(docs: Path, stem: str) -> Path | None:
    """The document ``run_eval.sh`` feeds for a gold file: ``ls DOCS/<stem>.* | head -n 1``."""
    found = sorted(docs.glob(stem + ".*"), key=lambda p: p.name)
    return found[0] if found else None


def rows(stdout: str) -> dict[str, float]:
    """score.py's table as {row: F1}."""
    return {m.group(1): float(m.group(4)) for m in map(_ROW.match, stdout.splitlines()) if m}


def _link_all(root: Path) -> tuple[Path, Path]:
    gold, docs = root / "gold", root / "docs"
    gold.mkdir(parents=True)
    docs.mkdir()
    for which in made_sets():
        for j in sorted((MADE / which).glob("*.json")):
            doc = first_document(MADE / which / "docs", j.stem)
            assert doc is not None, f"no document for {which}/{j.name}"
            (gold / j.name).symlink_to(j)
            (docs / doc.name).symlink_to(doc)
    return gold, docs


def build_all(shared: Path, exe: str, root: Path) -> Path:
    """Run ``run_eval.sh`` once over every set; the folder of its four exported tables."""
    gold, docs = _link_all(root)
    out = root / "out"
    run = subprocess.run(
        ["bash", str(shared / "eval" / "run_eval.sh"), str(gold), str(docs), str(out)],
        env={**os.environ, "POLICYKG": exe}, capture_output=True, text=True, timeout=1800, check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    (root / "done").write_text("ok", encoding="utf-8")
    return out


def shared_tables(shared: Path, exe: str, factory: pytest.TempPathFactory) -> Path:
    """The one build of every set for this test session (one per session, whichever xdist worker asks first)."""
    base = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the session's folder, shared by its workers
    root = base / "made-all"
    with FileLock(str(base / "made-all.lock")):
        if not (root / "done").is_file():
            if root.exists():
                raise RuntimeError(f"{root} is left half-made by an earlier failure")
            return build_all(shared, exe, root)
    return root / "out"


@cache
def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("made_scores_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(shared: Path, gold: Path, tables: Path) -> tuple[str, dict[str, float]]:
    """score.py's printed table for one gold folder against the shared tables, and its rows."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        status = _scorer(shared / "eval" / "score.py").main([str(gold), str(tables)])
    assert status == 0, buf.getvalue()[-2000:]
    found = rows(buf.getvalue())
    assert found, buf.getvalue()[-2000:]
    return buf.getvalue(), found
