from __future__ import annotations

import os
import shutil
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# ../shared next to the checkout; POLICYKG_SHARED names it elsewhere (a worktree)
SHARED = Path(os.environ.get("POLICYKG_SHARED") or ROOT.parent / "shared")

# The made-gold folders hold the scripts that wrote their documents and answers; they are
# source, not tests (and share module names, which --doctest-modules cannot import twice);
# likewise the annotation scripts of every unseen set (a.py … in each: none holds a doctest).
collect_ignore_glob = ["made_gold/*", "unseen_gold*/*", "data/*"]


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus" / "docs").is_dir():
        pytest.skip("../shared/corpus is not next to this checkout")
    return SHARED


def policykg_command() -> str | None:
    """The ``policykg`` command of the interpreter running the tests (the checkout under test), else
    the one on PATH: a test that scores through the command must not score another install."""
    own = Path(sys.executable).with_name("policykg")
    return str(own) if own.is_file() else shutil.which("policykg")


@pytest.fixture(scope="session")
def policykg_exe() -> str:
    exe = policykg_command()
    if exe is None:
        pytest.skip("the policykg command is not installed")
    return exe


@pytest.fixture(scope="session")
def made_tables(shared: Path, policykg_exe: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The four exported tables of one build of every made-gold set (tests/made_scores.py)."""
    from made_scores import shared_tables

    return shared_tables(shared, policykg_exe, tmp_path_factory)


@pytest.fixture(scope="session")
def seed_build():
    import graph

    return graph.build([graph.example_path()])


@pytest.fixture(autouse=True)
def _sigint_disposition_kept() -> Iterator[None]:
    """Fail a test that leaves SIGINT's disposition changed in its process (a worker runs many files, and a child
    process inherits an ignored SIGINT: tests/test_build_pipeline.py interrupts one), and put it back. No test of the
    suite changes it (measured 2026-12-05, branch mutres); a suite started as a background job of a shell without job
    control (``pytest … &`` in a script) has SIGINT ignored from its start, in its xdist workers too: no change here."""
    before = signal.getsignal(signal.SIGINT)
    yield
    after = signal.getsignal(signal.SIGINT)
    if after is not before:
        if before is not None:
            signal.signal(signal.SIGINT, before)
        pytest.fail(f"the test left SIGINT's disposition {after!r} (it was {before!r}): restore it", pytrace=False)
