"""The parent's end of a build without a cache (issue 19, round 12).

``build_corpus(…, use_cache=False, reread=False)`` (``policykg build --no-cache`` without
``--store``) removes each temporary fragment file as soon as its lines are in the output: the same
bytes, no fragment file left behind; a fragment read after all (the body checked and
written again from the fragments) is extracted again.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from scripts_import import load_script

import graph.spool as spool
from graph.cli import main
from graph.pipeline import build_corpus

synthetic = load_script("synthetic_documents")


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("fast12")
    synthetic.write_corpus(d / "docs", 10, seed=12)
    return d


@pytest.fixture(scope="module")
def kept(docs) -> bytes:
    """The output of the build that keeps its fragment files to the end."""
    out = docs / "kept" / "kg.nt"
    report = build_corpus([docs / "docs"], out, jobs=1, use_cache=False)
    files = os.listdir(report.spill_dir.name + "/fragments")
    assert len(files) == 10  # kept until the report goes
    return out.read_bytes()


def test_released_fragment_files_go_as_written_with_the_same_bytes(docs, kept) -> None:
    out = docs / "released" / "kg.nt"
    report = build_corpus([docs / "docs"], out, jobs=1, use_cache=False, reread=False)
    assert report.documents == 10 and report.written
    assert os.listdir(report.spill_dir.name + "/fragments") == []
    assert out.read_bytes() == kept


def test_a_released_fragment_read_again_is_extracted_again(docs, kept, monkeypatch) -> None:
    # the spool's body refused at the end: the output is written from the fragments, whose files are gone
    monkeypatch.setattr(spool.BodySpool, "finish", lambda self, fragments: self.close())
    out = docs / "refused" / "kg.nt"
    report = build_corpus([docs / "docs"], out, jobs=1, use_cache=False, reread=False)
    assert report.documents == 10
    assert out.read_bytes() == kept


def test_the_cli_releases_only_without_a_store(docs, kept, monkeypatch) -> None:
    seen: list[bool] = []
    real = build_corpus

    def spy(*args, **kwargs):
        seen.append(kwargs["reread"])
        return real(*args, **kwargs)

    monkeypatch.setattr("graph.pipeline.build_corpus", spy)
    out = docs / "cli" / "kg.nt"
    r = CliRunner().invoke(main, ["build", str(docs / "docs"), "-o", str(out), "--no-cache"])
    assert r.exit_code == 0, r.output
    assert seen == [False] and out.read_bytes() == kept


def test_a_cache_is_never_released(docs) -> None:
    out = docs / "cached" / "kg.nt"
    report = build_corpus([docs / "docs"], out, jobs=1, reread=False)
    assert report.spill_dir is None
    assert all(f.spill and Path(f.spill).exists() for f in report.fragments)
