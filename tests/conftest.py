from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus" / "docs").is_dir():
        pytest.skip("../shared/corpus is not next to this checkout")
    return SHARED


@pytest.fixture(scope="session")
def seed_build():
    import graph

    return graph.build([graph.example_path()])
