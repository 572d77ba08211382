"""CPU per document (issue 19, round 15): the same bytes, less work.

- A build that releases its fragments (``--no-cache`` without ``--store``) into a format written in pieces (Turtle,
  TriG, JSON-LD, RDF/XML) gets each document's piece and its lines not its own from its worker with the fragment,
  instead of through a rendered file beside an unwritten fragment file: the same bytes, no file written; above the
  size limit through the file; a body refused at the end written from the fragments, extracted again.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from scripts_import import load_script

import graph.pipeline as pipeline
import graph.rendered as rendered
import graph.spool as spool
from graph.pipeline import build_corpus

synthetic = load_script("synthetic_documents")

EXTS = ["ttl", "trig", "jsonld", "rdf"]


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("fast15")
    synthetic.write_corpus(d / "docs", 12, seed=15)
    return d


@pytest.fixture(scope="module")
def kept(docs: Path) -> dict[str, bytes]:
    """The outputs of builds that keep their fragment files (not released): pieces written through the files."""
    out = {}
    for ext in EXTS:
        build_corpus([docs / "docs"], docs / "kept" / f"kg.{ext}", jobs=1, use_cache=False)
        out[ext] = (docs / "kept" / f"kg.{ext}").read_bytes()
    return out


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    written: list[str] = []
    real = rendered.write_rendered

    def counting(spill, fmt, data=None, piece=None):  # type: ignore[no-untyped-def]
        written.append(str(spill))
        return real(spill, fmt, data, piece)

    monkeypatch.setattr(pipeline, "write_rendered", counting)
    return written


@pytest.mark.parametrize("ext", EXTS)
def test_released_pieces_come_as_bytes_with_the_same_output(docs, kept, ext, monkeypatch) -> None:
    written = _counting(monkeypatch)
    out = docs / "sent" / f"kg.{ext}"
    report = build_corpus([docs / "docs"], out, jobs=1, use_cache=False, reread=False)
    assert report.documents == 12 and out.read_bytes() == kept[ext]
    assert written == []  # no rendered file made
    assert all(f.data is None and f.piece is None and f.spill for f in report.fragments)  # not kept once written
    assert os.listdir(report.spill_dir.name + "/fragments") == []


def test_a_piece_above_the_limit_goes_through_its_file(docs, kept, monkeypatch) -> None:
    written = _counting(monkeypatch)
    monkeypatch.setattr(pipeline, "_SENT", 100_000)  # (these documents' pieces with their shared lines: 70–135 KB)
    out = docs / "limit" / "kg.ttl"
    report = build_corpus([docs / "docs"], out, jobs=1, use_cache=False, reread=False)
    assert 0 < len(written) < 12 and out.read_bytes() == kept["ttl"]
    assert os.listdir(report.spill_dir.name + "/fragments") == []  # (those files removed once written)


@pytest.mark.parametrize("ext", ["ttl", "jsonld"])
def test_a_sent_piece_read_again_is_extracted_again(docs, kept, ext, monkeypatch) -> None:
    monkeypatch.setattr(spool.BodySpool, "finish", lambda self, fragments: self.close())  # the body refused
    out = docs / "refused" / f"kg.{ext}"
    report = build_corpus([docs / "docs"], out, jobs=1, use_cache=False, reread=False)
    assert report.documents == 12 and out.read_bytes() == kept[ext]


def test_two_workers_send_the_pieces_one_writes(docs, kept) -> None:
    out = docs / "j2" / "kg.ttl"
    report = build_corpus([docs / "docs"], out, jobs=2, use_cache=False, reread=False)
    assert report.documents == 12 and out.read_bytes() == kept["ttl"]
