"""Cheaper writing of a build's output (issue 19, rounds 8 and 10).

Round 10: a streamed ``.nt`` body is written straight into the output's temporary file as each
fragment arrives (its file read once, while in the page cache), the global lines behind it; the
lines a document shares with others are kept once, where first met. A fragment whose lines are
held in memory goes the same way. A build's own lines are re-read for the other formats without
validating their IRIs again (pyoxigraph's ``lenient``): the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scripts_import import load_script

import graph.fragments as fragments
from graph.assemble import fragment_pieces, split_block
from graph.errors import PolicyKGError
from graph.fragments import Fragment, fragment_blocks, located_blocks
from graph.pipeline import build_corpus
from graph.spool import BodySpool, file_digest, write_output

synthetic = load_script("synthetic_documents")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, list[Fragment]]:
    """Twelve synthetic documents built with a cache: their fragments (lines in the cache files)."""
    d = tmp_path_factory.mktemp("copy")
    synthetic.write_corpus(d / "docs", 12, seed=8)
    report = build_corpus([d / "docs"], d / "out" / "kg.nt")
    good = [f for f in report.fragments if f.error is None]
    assert len(good) == 12 and all(f.spill for f in good)
    return d, good


def test_located_blocks_are_where_the_lines_are_in_the_fragment_file(built, monkeypatch) -> None:
    _, good = built
    monkeypatch.setattr(fragments, "_BLOCK", 4096)  # many blocks per file
    for f in good:
        data = Path(f.spill).read_bytes()
        blocks = list(located_blocks(f))
        assert len(blocks) > 3
        for at, block in blocks:
            assert at is not None and data[at : at + len(block)] == block
        assert [b for _, b in blocks] == list(fragment_blocks(f))
    memory = Fragment(path="/in/a.txt", source="a.txt", key="a", lines=("<https://x/a> <https://x/p> <https://x/o> .",))
    assert list(located_blocks(memory)) == [(None, b"<https://x/a> <https://x/p> <https://x/o> .\n")]


def test_a_split_block_is_the_piece_fragment_pieces_writes(built) -> None:
    _, good = built
    seen_a: set[bytes] = set()
    seen_b: set[bytes] = set()
    written: set[bytes] = set()
    for f in good:
        pieces = list(fragment_pieces(f, seen_a))
        split = [split_block(block, seen_b, written) for block in fragment_blocks(f)]
        assert pieces == [before + block[i:j] + after for (before, i, j, after), block in zip(split, fragment_blocks(f), strict=True)]
    assert seen_a == seen_b and written <= seen_b


@pytest.mark.parametrize("block", [4096, 1 << 23])
def test_the_spooled_body_is_the_assembled_file(built, tmp_path: Path, monkeypatch, block: int) -> None:
    _, good = built
    monkeypatch.setattr(fragments, "_BLOCK", block)
    # one fragment with its lines in memory (no fragment file)
    mixed = list(good)
    mixed[5] = Fragment(path=good[5].path, source=good[5].source, key=good[5].key, doc_number=good[5].doc_number,
                        cites=good[5].cites, orgs=good[5].orgs,
                        lines=tuple(ln for b in fragment_blocks(good[5]) for ln in b.decode().split("\n")[:-1]))
    out = tmp_path / "kg.nt"
    with BodySpool(out, "nt") as spool:
        for f in mixed:
            spool.add(f)
        digest = spool.finish(mixed)
    assert digest is not None
    write_output(good, tmp_path / "old.nt")
    assert out.read_bytes() == (tmp_path / "old.nt").read_bytes()
    assert file_digest(out, digest)
    assert not list(tmp_path.glob(".*.part"))


def test_a_fragment_file_cut_short_is_extracted_again_or_stops_the_build(built, tmp_path: Path) -> None:
    _, good = built
    copies = []
    for f in good:  # private copies of the fragment files, one of which is cut short before it is read
        p = tmp_path / Path(f.spill).name
        p.write_bytes(Path(f.spill).read_bytes())
        copies.append(Fragment(**{**f.__dict__, "spill": str(p)}))
    victim = Path(copies[3].spill)
    victim.write_bytes(victim.read_bytes()[: victim.stat().st_size // 2 + 7])
    out = tmp_path / "kg.nt"
    with BodySpool(out, "nt") as spool:  # its input is still there: extracted again, the same lines
        for f in copies:
            spool.add(f)
        assert spool.finish(copies) is not None
    write_output(good, tmp_path / "old.nt")
    assert out.read_bytes() == (tmp_path / "old.nt").read_bytes()

    copies[3] = Fragment(**{**copies[3].__dict__, "path": str(tmp_path / "gone.txt")})  # and its input gone
    out.write_bytes(b"previous\n")
    with pytest.raises(PolicyKGError), BodySpool(out, "nt") as spool:
        for f in copies:
            spool.add(f)
        spool.finish(copies)
    assert out.read_bytes() == b"previous\n"  # the previous output stays
    assert not list(tmp_path.glob(".kg.nt.*"))


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "json-ld"])
def test_a_builds_own_lines_read_without_validation_give_the_same_bytes(built, fmt: str) -> None:
    import io

    from graph.assemble import nt_chunks
    from graph.rdf.io import write_ntriples_as

    _, good = built
    strict, own = io.BytesIO(), io.BytesIO()
    write_ntriples_as(nt_chunks(good), strict, fmt)
    write_ntriples_as(nt_chunks(good), own, fmt, own=True)
    assert own.getvalue() == strict.getvalue() and len(own.getvalue()) > 100_000
