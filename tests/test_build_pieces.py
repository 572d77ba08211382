"""Turtle, TriG, JSON-LD and RDF/XML written in pieces (issue 19, round 13): each document's own
lines serialised by the worker that extracted it, beside its fragment file (:mod:`graph.rendered`);
the parent copies the pieces and writes the shared lines, each once, in the last piece
(:mod:`graph.rdf.pieces`, :mod:`graph.spool`).

- every format parses (pyoxigraph; ``json``) to the graph of the ``.nt`` build, and pieces of a
  build's lines framed into a file parse (pyoxigraph, rdflib) to the graph of those lines;
- the bytes do not depend on who wrote the pieces: ``-j 1`` or ``-j 2``, spooled or written after
  extraction, from the workers' pieces or (missing, cut short) rendered by the parent.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from scripts_import import load_script

from graph.pipeline import build_corpus
from graph.rdf.pieces import PIECED, _frame, _whole, piece, write_piece
from graph.rdf.turtle import lines_piece
from graph.rendered import SUFFIXES, rendered_path
from graph.spool import write_output

synthetic = load_script("synthetic_documents")

EXTS = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD,
        "rdf": ox.RdfFormat.RDF_XML, "nq": ox.RdfFormat.N_QUADS}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, list]]:
    """4 synthetic documents built into every format from one cache (extracted once; the Turtle
    at -j 2, its pieces written by the pool's workers)."""
    tmp = tmp_path_factory.mktemp("pieces")
    docs = tmp / "docs"
    synthetic.write_corpus(docs, 4, seed=9)
    fragments = {}
    for ext in ("nt", *EXTS):
        report = build_corpus([docs], tmp / f"kg.{ext}", cache_dir=tmp / "cache", jobs=2 if ext == "ttl" else 1)
        assert report.written and report.documents == 4
        fragments[ext] = report.fragments
    return docs, tmp, fragments


def _triples(path: Path, fmt: ox.RdfFormat) -> list[str]:
    return sorted(str(q.triple) for q in ox.parse(path=str(path), format=fmt))


def test_every_format_parses_to_the_graph_of_the_ntriples(built) -> None:
    _, tmp, _ = built
    expected = _triples(tmp / "kg.nt", ox.RdfFormat.N_TRIPLES)
    assert len(expected) > 4000 and len(set(expected)) == len(expected)
    for ext, fmt in EXTS.items():
        assert _triples(tmp / f"kg.{ext}", fmt) == expected, ext
    nodes = json.loads((tmp / "kg.jsonld").read_bytes())  # one top-level array of node objects
    assert isinstance(nodes, list) and all("@id" in n for n in nodes)
    assert (tmp / "kg.nq").read_bytes() == (tmp / "kg.nt").read_bytes()  # the lines are N-Quads too
    text = (tmp / "kg.ttl").read_text(encoding="utf-8")
    assert text.count("@prefix pkg:") == 1 and text.startswith("@prefix ")


def test_the_workers_write_each_documents_piece_beside_its_fragment(built) -> None:
    _, tmp, fragments = built
    for ext in ("ttl", "jsonld"):
        for f in fragments[ext]:
            assert f.spill is not None
            side = rendered_path(f.spill, {v: k for k, v in SUFFIXES.items()}["." + ext])
            assert side.exists() and side.stat().st_size > 1000
    assert not list((tmp / "cache" / "fragments").glob("*.part"))


@pytest.mark.parametrize("ext", ["ttl", "jsonld", "rdf"])
def test_the_bytes_do_not_depend_on_who_wrote_the_pieces(built, tmp_path: Path, ext: str) -> None:
    docs, tmp, fragments = built
    data = (tmp / f"kg.{ext}").read_bytes()
    good = [f for f in fragments[ext] if f.error is None]
    write_output(good, tmp_path / f"after.{ext}")  # after extraction, from the workers' pieces
    assert (tmp_path / f"after.{ext}").read_bytes() == data
    fmt = {"ttl": "turtle", "jsonld": "json-ld", "rdf": "xml"}[ext]
    first, second = (rendered_path(f.spill, fmt) for f in good[:2])  # type: ignore[arg-type]
    kept = first.read_bytes(), second.read_bytes()
    try:
        first.unlink()  # missing: the parent renders the piece
        second.write_bytes(kept[1][:-10])  # cut short: not used
        write_output(good, tmp_path / f"parent.{ext}")
    finally:
        first.write_bytes(kept[0])
        second.write_bytes(kept[1])
    assert (tmp_path / f"parent.{ext}").read_bytes() == data
    one = build_corpus([docs], tmp_path / f"one.{ext}", cache_dir=tmp_path / "cache", jobs=1)  # cold, -j 1
    assert one.added == 4 and (tmp_path / f"one.{ext}").read_bytes() == data


def test_no_cache_leaves_no_piece_behind(built, tmp_path: Path, monkeypatch) -> None:
    import graph.spool as spool

    docs, tmp, _ = built
    out = tmp_path / "kg.ttl"
    report = build_corpus([docs], out, use_cache=False, jobs=2, reread=False)
    assert report.spill_dir is not None
    assert not list((Path(report.spill_dir.name) / "fragments").iterdir())  # each piece gone once written
    assert out.read_bytes() == (tmp / "kg.ttl").read_bytes()
    # (released, the workers write the pieces and no fragment file:) the spool's body refused at the
    # end, the output is written from the fragments, extracted again
    monkeypatch.setattr(spool.BodySpool, "finish", lambda self, fragments: self.close())
    refused = tmp_path / "refused" / "kg.ttl"
    assert build_corpus([docs], refused, use_cache=False, jobs=1, reread=False).documents == 4
    assert refused.read_bytes() == out.read_bytes()


@pytest.mark.parametrize("fmt", PIECED)
def test_a_piece_is_a_serialisation_without_its_frame(built, fmt: str) -> None:
    from rdflib import Graph

    from graph.rdf.pieces import foot, head, separator

    lines = (built[1] / "kg.nt").read_bytes().splitlines(keepends=True)
    a = b'<https://w3id.org/policykg/id/doc/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "a\\"\\n\t"@zh .\n'
    a += b"".join(lines[:300])  # a build's lines, its first document's and the last ones (global)
    b = b"<https://x.org/b> <https://x.org/ns#p> <https://x.org/c> .\n"  # a namespace not among the prefixes
    b += b"".join(lines[-200:])
    assert piece(b"", fmt) == b""
    whole = head(fmt) + piece(a, fmt) + separator(fmt) + piece(b, fmt) + foot(fmt)
    got = sorted(str(t) for t in ox.parse(whole, format={"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
                                                         "json-ld": ox.RdfFormat.JSON_LD,
                                                         "xml": ox.RdfFormat.RDF_XML}[fmt]))
    assert got == sorted(str(t) for t in ox.parse(a + b, format=ox.RdfFormat.N_TRIPLES))
    assert set(Graph().parse(data=whole, format=fmt)) == set(Graph().parse(data=a + b, format="nt"))  # rdflib too
    out = io.BytesIO()
    assert write_piece(a, out, fmt) == len(out.getvalue()) == len(piece(a, fmt))
    if fmt in ("turtle", "trig"):  # statements written without a parser (graph.rdf.turtle)
        assert out.getvalue() == lines_piece(a) and out.getvalue().startswith(b"<https://w3id.org/policykg/id/doc/a> ")
    else:  # pyoxigraph's serialisation, less its frame
        assert out.getvalue() == _whole([a], fmt)[len(_frame(fmt)[0]) : len(_whole([a], fmt)) - len(_frame(fmt)[1])]


def test_a_new_pyoxigraph_keys_the_cache_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces are pyoxigraph's serialisations: a cached piece is reused only under the same pyoxigraph version."""
    import importlib.metadata

    from graph import fragments

    real = importlib.metadata.version
    fragments.code_version.cache_clear()
    try:
        now = fragments.code_version()
        fragments.code_version.cache_clear()
        monkeypatch.setattr(importlib.metadata, "version", lambda name: "0.0.1" if name == "pyoxigraph" else real(name))
        assert fragments.code_version() != now
    finally:
        monkeypatch.undo()
        fragments.code_version.cache_clear()
    assert fragments.code_version() == now
