"""Turtle and TriG pieces written without a parser (graph/rdf/turtle.py, graph/rdf/lines.py).

A build's workers write a document's Turtle piece from the terms they make its lines of; the piece
must be the bytes :func:`graph.rdf.turtle.lines_piece` writes from the document's sorted own lines
(what a warm build, or the parent when a piece is missing, writes), with or without the lines of
the document's own subjects made too (a ``--no-cache`` build makes only the piece), and it must
read back (pyoxigraph and rdflib) as the triples of those lines: for hand-made extractions full of
characters Turtle has to escape, the bundled example, corpus documents and synthetic ones. Whole
builds of files with odd names and texts: every Turtle/TriG output parses to the ``.nt`` build's
graph, and its bytes are the same at ``-j 1`` and ``-j 2``, cold, warm and without a cache.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from scripts_import import load_script
from test_rdf_lines import extractions, hostile_resolver

import graph
from graph.assemble import own_span
from graph.extract import extract
from graph.ingest import read_document
from graph.model import Extraction
from graph.pipeline import build_corpus
from graph.rdf.build import _default_resolver, encoded_lines_and_organisations
from graph.rdf.lines import encoded_lines_and_piece
from graph.rdf.pieces import head
from graph.rdf.turtle import lines_piece, obj
from graph.resolve import default_resolver


def _check(ex: Extraction, resolve: Any, rdflib_too: bool = True) -> bytes:
    """The piece of ``ex`` from the terms is the piece of its lines, with or without them; it reads
    back as the triples of the document's own lines. Returns the piece."""
    data, orgs = encoded_lines_and_organisations(ex, resolve)
    i, j = own_span(data)
    data2, orgs2, made = encoded_lines_and_piece(ex, resolve)
    assert (data2, orgs2) == (data, orgs)  # the lines are the lines
    assert made == lines_piece(data[i:j])
    data3, orgs3, alone = encoded_lines_and_piece(ex, resolve, own=False)
    assert alone == made and orgs3 == orgs
    assert data3[: own_span(data3)[0]] + data3[own_span(data3)[1] :] == data[:i] + data[j:]  # the lines not its own
    whole = head("turtle") + made
    expected = set(ox.parse(data[i:j], format=ox.RdfFormat.N_TRIPLES))
    assert set(ox.parse(whole, format=ox.RdfFormat.TURTLE)) == expected
    assert set(ox.parse(whole, format=ox.RdfFormat.TRIG)) == expected
    if rdflib_too:
        assert set(Graph().parse(data=whole, format="turtle")) == set(Graph().parse(data=data[i:j], format="nt"))
    return made


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(extractions(), st.booleans())
def test_hostile_extractions_pieces_are_their_lines(ex: Extraction, default: bool) -> None:
    resolve = _default_resolver if default else hostile_resolver
    try:
        encoded_lines_and_organisations(ex, resolve)
    except Exception as exc:  # (an IRI N-Triples cannot hold, a decimal out of range): no lines, no piece
        with pytest.raises(type(exc)):
            encoded_lines_and_piece(ex, resolve, own=False)
        return
    _check(ex, resolve)


def test_example_corpus_and_synthetic_pieces(shared: Path, tmp_path: Path) -> None:
    files = [Path(graph.example_path()), *sorted((shared / "corpus" / "docs").glob("*.txt"))[:40],
             *sorted((shared / "corpus" / "html").glob("*"))[:10],
             *load_script("synthetic_documents").write_corpus(tmp_path, 20)]
    resolve = default_resolver()
    sizes = [len(_check(extract(read_document(str(f))), resolve, rdflib_too=k % 5 == 0)) for k, f in enumerate(files)]
    assert sum(1 for n in sizes if n > 1000) > 50


def test_literal_and_iri_forms() -> None:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert obj(f'"5"^^<{xsd}integer>') == "5" and obj(f'"-12"^^<{xsd}integer>') == "-12"
    assert obj(f'"05x"^^<{xsd}integer>') == '"05x"^^xsd:integer'  # not a Turtle number: kept a string
    assert obj(f'"true"^^<{xsd}boolean>') == "true" and obj(f'"1"^^<{xsd}boolean>') == '"1"^^xsd:boolean'
    assert obj(f'"2.5"^^<{xsd}decimal>') == '"2.5"^^xsd:decimal'
    assert obj(f'"a\\"^^<{xsd}date> \\\\"^^<{xsd}date>') == f'"a\\"^^<{xsd}date> \\\\"^^xsd:date'
    assert obj('"x"^^<https://x.org/dt>') == '"x"^^<https://x.org/dt>'
    assert obj("<https://w3id.org/policykg/ontology#Task>") == "pkg:Task"
    assert obj("<https://w3id.org/policykg/role/co-lead>") == "<https://w3id.org/policykg/role/co-lead>"  # (not a plain name)
    assert obj('"引号\\"\\n"@zh') == '"引号\\"\\n"@zh'


ODD = ['a"b.txt', "c\\d.txt", "e>f.txt", "g h.txt", "\U00020000名.txt"]


def test_odd_files_build_the_same_graph_in_every_way(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    synthetic = load_script("synthetic_documents")
    for k, name in enumerate(ODD):
        text = synthetic.synthetic_document(k, seed=3)
        # a title and a task with characters Turtle escapes (quotes, backslashes, a non-BMP character, IRI-like text)
        text = text.replace("（一）", '（一）"引号"与\\反斜杠\U00020000<https://w3id.org/policykg/ontology#x> .', 1)
        (docs / name).write_text(text, encoding="utf-8")
    nt = build_corpus([docs], tmp_path / "kg.nt", use_cache=False, jobs=1)
    assert nt.documents == len(ODD)
    expected = set(ox.parse(path=str(tmp_path / "kg.nt"), format=ox.RdfFormat.N_TRIPLES))
    assert any('引号' in str(t.object) for t in expected)
    for ext, fmt in (("ttl", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG)):
        cold = tmp_path / f"cold.{ext}"
        build_corpus([docs], cold, cache_dir=tmp_path / f"cache-{ext}", jobs=2)
        data = cold.read_bytes()
        assert set(ox.parse(data, format=fmt)) == expected
        assert set(Graph().parse(data=data, format=ext)) == set(Graph().parse(tmp_path / "kg.nt", format="nt"))
        for name, kw in (("warm", {"cache_dir": tmp_path / f"cache-{ext}", "jobs": 1}),
                         ("one", {"cache_dir": tmp_path / f"one-{ext}", "jobs": 1}),
                         ("none", {"use_cache": False, "jobs": 2})):
            build_corpus([docs], tmp_path / f"{name}.{ext}", **kw)  # type: ignore[arg-type]
            assert (tmp_path / f"{name}.{ext}").read_bytes() == data, name


def test_the_tail_is_written_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared and global lines' statements are made a bounded batch at a time (a subject cut
    between two batches has two statements: one graph)."""
    import graph.spool as spool

    docs = tmp_path / "docs"
    load_script("synthetic_documents").write_corpus(docs, 3, seed=4)
    build_corpus([docs], tmp_path / "kg.nt", use_cache=False)
    whole = build_corpus([docs], tmp_path / "whole.ttl", use_cache=False)
    monkeypatch.setattr(spool, "_TAIL", 7)
    batched = build_corpus([docs], tmp_path / "batched.ttl", use_cache=False)
    assert whole.documents == batched.documents == 3
    expected = set(ox.parse(path=str(tmp_path / "kg.nt"), format=ox.RdfFormat.N_TRIPLES))
    for name in ("whole", "batched"):
        assert set(ox.parse(path=str(tmp_path / f"{name}.ttl"), format=ox.RdfFormat.TURTLE)) == expected
    assert (tmp_path / "whole.ttl").read_bytes() != (tmp_path / "batched.ttl").read_bytes()
