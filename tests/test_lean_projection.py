"""The lean task–department projection made from four cheap queries (graph.analysis.lean) is the
one-query ``projection-task-department-lean`` table row for row, on rdflib and on Oxigraph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pandas.testing as pdt
import pytest

import graph
from graph.analysis import task_departments
from graph.analysis.lean import LEAN_COLUMNS, document_of_task, lean_projection
from graph.queryfile import load_query
from graph.sparql import query_df
from graph.store import open_store

ONE_QUERY = "projection-task-department-lean"


@pytest.fixture(scope="module")
def corpus_graph(shared: Path) -> Any:
    files = sorted((shared / "corpus" / "docs").glob("*.txt"))[:25]
    return graph.build_graph(files)


def _same(g: Any, **params: list[str]) -> pd.DataFrame:
    got = lean_projection(g, documents=params.get("document"), forms=params.get("form"))
    want = query_df(g, ONE_QUERY, params or None)
    pdt.assert_frame_equal(got, want)
    return got


def test_seed_graph_rdflib_and_oxigraph(seed_build: Any) -> None:
    got = _same(seed_build.graph)
    assert list(got.columns) == LEAN_COLUMNS and len(got) > 0
    assert set(got["role"]) <= {"lead", "responsible", "support", "guide"}
    st = open_store("memory")
    st.load_graph(seed_build.graph)
    pdt.assert_frame_equal(lean_projection(st), got)
    _same(st, form=["clause"])


def test_corpus_graph_with_parameters(corpus_graph: Any) -> None:
    whole = _same(corpus_graph)
    assert whole["document"].nunique() > 10 and whole["collective"].any()
    docs = sorted(set(whole["document"]))[:2]
    part = _same(corpus_graph, document=docs)
    assert set(part["document"]) == set(docs)
    forms = sorted(set(whole["form"]))[:1]
    _same(corpus_graph, form=forms)
    _same(corpus_graph, document=docs[:1], form=forms)
    assert task_departments(corpus_graph).equals(whole)


def test_nothing_matches() -> None:
    got = lean_projection(graph.build_graph([graph.example_path()]), documents=["没有这个文件.txt"])
    assert got.empty and list(got.columns) == LEAN_COLUMNS


def test_a_task_iri_names_its_document() -> None:
    assert document_of_task("https://w3id.org/policykg/id/doc/%E5%AE%89%E5%BE%BD.txt/task/3") == (
        "https://w3id.org/policykg/id/doc/%E5%AE%89%E5%BE%BD.txt")


def test_the_growing_query_has_no_order_by_and_no_type_join() -> None:
    text = load_query("projection-assignments").text
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert "ORDER BY" not in body.upper() and "pkg:Assignment" not in body
