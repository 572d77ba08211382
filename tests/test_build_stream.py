"""Builds that overlap their serial parts with extraction (issue 19, round 7).

1. The workers hash the inputs and look up the cache: the parent reads no input; a cache left by an
   interrupted build (fragments, no manifest) is still used.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import graph.pipeline as pipeline
from graph.pipeline import build_corpus

ROOT = Path(__file__).resolve().parents[1]


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic_documents", ROOT / "scripts" / "synthetic_documents.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


synthetic = _synthetic()


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("docs")
    synthetic.write_corpus(d, 12, seed=5)
    return d


# ------------------------------------------------------------------------------------ 1. the prelude


def test_the_parent_reads_no_input_and_finds_an_interrupted_builds_fragments(docs: Path, tmp_path: Path,
                                                                              monkeypatch) -> None:
    out = tmp_path / "kg.nt"
    first = build_corpus([docs], out)
    assert first.added == 12
    data = out.read_bytes()
    cache = tmp_path / ".kg.nt.policykg-cache"
    (cache / "manifest.json").unlink()  # as a build killed after its workers wrote the cache
    out.unlink()

    def no_extraction(path: str, key: str | None = None):
        raise AssertionError(f"{path} extracted again")

    monkeypatch.setattr(pipeline, "process_file_encoded", no_extraction)
    again = build_corpus([docs], out)
    assert out.read_bytes() == data
    assert again.added == 12 and again.documents == 12


def test_an_unreadable_input_is_one_error_and_the_rest_is_built(docs: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for p in sorted(docs.iterdir())[:3]:
        (d / p.name).write_bytes(p.read_bytes())
    bad = d / "zz_bad.docx"
    bad.write_bytes(b"not a zip")
    report = build_corpus([d], tmp_path / "kg.nt", jobs=2)
    assert [f for f, _ in report.errors] == [str(bad)]
    assert report.documents == 3
