"""CPU per document (issue 19, round 14): the same bytes, less work.

A build that releases its fragments (``--no-cache`` without ``--store``) in N-Triples or N-Quads gets each
document's lines from its worker as bytes, with the fragment, instead of through a fragment file: the same
bytes, no fragment file written, none of the bytes kept after the spool wrote them; a fragment above the
size limit goes through its file; a body refused at the end is written from the fragments, extracted again;
the workers' chunks are read in order, at most a window of them ahead.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from scripts_import import load_script

import graph.fragments as fragments
import graph.pipeline as pipeline
import graph.spool as spool
from graph.pipeline import build_corpus

synthetic = load_script("synthetic_documents")


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("fast14b")
    synthetic.write_corpus(d / "docs", 40, seed=41)
    return d


@pytest.fixture(scope="module")
def kept(docs: Path) -> dict[str, bytes]:
    """The outputs of builds that keep their fragment files (not released): written through the files."""
    out = {}
    for ext in ("nt", "nq"):
        build_corpus([docs / "docs"], docs / "kept" / f"kg.{ext}", jobs=1, use_cache=False)
        out[ext] = (docs / "kept" / f"kg.{ext}").read_bytes()
    return out


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    written: list[str] = []
    real = fragments._write_spill

    def counting(file, frag, blocks):  # type: ignore[no-untyped-def]
        written.append(str(file))
        return real(file, frag, blocks)

    monkeypatch.setattr(fragments, "_write_spill", counting)
    return written


@pytest.mark.parametrize("ext", ["nt", "nq"])
def test_released_lines_come_as_bytes_with_the_same_output(docs, kept, ext, monkeypatch) -> None:
    written = _counting(monkeypatch)
    out = docs / "sent" / f"kg.{ext}"
    report = build_corpus([docs / "docs"], out, jobs=1, use_cache=False, reread=False)
    assert report.documents == 40 and out.read_bytes() == kept[ext]
    assert written == []  # no fragment file made
    assert all(f.data is None and f.spill for f in report.fragments)  # the bytes not kept once written


def test_a_fragment_above_the_limit_goes_through_its_file(docs, kept, monkeypatch) -> None:
    written = _counting(monkeypatch)
    monkeypatch.setattr(pipeline, "_SENT", 150_000)  # (the synthetic documents' lines: 60–400 KB)
    out = docs / "limit" / "kg.nt"
    report = build_corpus([docs / "docs"], out, jobs=1, use_cache=False, reread=False)
    assert 0 < len(written) < 40 and out.read_bytes() == kept["nt"]
    assert os.listdir(report.spill_dir.name + "/fragments") == []  # (those files removed once written)


def test_a_sent_fragment_read_again_is_extracted_again(docs, kept, monkeypatch) -> None:
    monkeypatch.setattr(spool.BodySpool, "finish", lambda self, fragments: self.close())  # the body refused
    out = docs / "refused" / "kg.nt"
    report = build_corpus([docs / "docs"], out, jobs=1, use_cache=False, reread=False)
    assert report.documents == 40 and out.read_bytes() == kept["nt"]


def test_two_workers_send_the_bytes_one_writes(docs, kept) -> None:
    out = docs / "j2" / "kg.nt"
    report = build_corpus([docs / "docs"], out, jobs=2, use_cache=False, reread=False)  # 20 chunks of 2, a window of 8
    assert report.documents == 40 and out.read_bytes() == kept["nt"]


def test_chunks_are_read_in_order_a_window_ahead() -> None:
    items = [(str(k),) for k in range(23)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        got = list(pipeline._in_order(pool, items, 3, 2, fn=_echo))
    assert got == [str(k) for k in range(23)]


def _echo(items: list[tuple[str]]) -> list[str]:
    return [i[0] for i in items]
