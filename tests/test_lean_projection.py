"""The lean task–department projection made from four cheap queries (graph.analysis.lean) is the
one-query ``projection-task-department-lean`` table row for row, on rdflib and on Oxigraph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pandas.testing as pdt
import pytest

import graph
from graph.analysis import lean as lean_module
from graph.analysis import task_departments
from graph.analysis.lean import LEAN_COLUMNS, TEXT_COLUMNS, document_of_task, lean_projection, with_texts
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


FULL_QUERY = "projection-task-department"


def _same_full(g: Any, **params: list[str]) -> pd.DataFrame:
    got = with_texts(g, lean_projection(g, documents=params.get("document"), forms=params.get("form"), titles=True))
    want = query_df(g, FULL_QUERY, params or None)
    pdt.assert_frame_equal(got, want)
    return got


def test_with_texts_is_the_full_projection(seed_build: Any, corpus_graph: Any) -> None:
    got = _same_full(seed_build.graph)
    assert list(got.columns) == TEXT_COLUMNS and got["quote"].notna().all()
    st = open_store("memory")
    st.load_graph(seed_build.graph)
    pdt.assert_frame_equal(with_texts(st, lean_projection(st, titles=True)), got)
    whole = _same_full(corpus_graph)
    docs = sorted(set(whole["document"]))[:2]
    _same_full(corpus_graph, document=docs)
    _same_full(corpus_graph, document=docs[:1], form=sorted(set(whole["form"]))[:1])
    assert task_departments(corpus_graph, text=True).equals(whole)


@pytest.mark.parametrize("values_max", [2000, 0])
def test_texts_of_the_tasks_asked_for_only(corpus_graph: Any, monkeypatch: pytest.MonkeyPatch,
                                           values_max: int) -> None:
    """Asked for some tasks (bound in the query, or, above VALUES_MAX, fetched and picked): their
    rows are the full projection's, the other rows the lean table's without texts."""
    monkeypatch.setattr(lean_module, "VALUES_MAX", values_max)
    lean = lean_projection(corpus_graph, titles=True)
    full = query_df(corpus_graph, FULL_QUERY)
    asked = set(lean["source"].drop_duplicates().iloc[::3])
    got = with_texts(corpus_graph, lean, tasks=asked)
    assert list(got.columns) == TEXT_COLUMNS and len(got) == len(full)
    mine = got["source"].isin(asked)
    pdt.assert_frame_equal(got[mine].reset_index(drop=True), full[full["source"].isin(asked)].reset_index(drop=True))
    assert got.loc[~mine, ["path", "text", "quote"]].isna().all().all()
    rest = got.loc[~mine, lean.columns].reset_index(drop=True)
    pdt.assert_frame_equal(rest, lean[~lean["source"].isin(asked)].reset_index(drop=True), check_dtype=False)
    assert with_texts(corpus_graph, lean, tasks=set()).loc[:, "text"].isna().all()


@pytest.mark.parametrize("options", [{}, {"min_tasks": 5}, {"departments": ["财政部"], "as_of": 2019},
                                     {"as_of": 2019, "min_tasks": 3}])
def test_a_map_fetches_the_texts_it_draws(corpus_graph: Any, options: dict[str, Any]) -> None:
    """The map made with the texts of its drawn tasks only is the map of the full projection."""
    from graph.render import network_map, projection_map

    td = task_departments(corpus_graph, as_of=options.get("as_of"), text=True)
    titles = {t for t in td["title"] if isinstance(t, str) and t}
    heading = "policykg 责任地图 responsibility map" if len(titles) != 1 else titles.pop()
    if options.get("as_of") is not None:
        heading += f" (departments as of {options['as_of']})"
    want = projection_map(td, departments=options.get("departments"), min_tasks=options.get("min_tasks", 1),
                          heading=heading, names=query_df(corpus_graph, "map-department-names"))
    assert network_map(corpus_graph, **options) == want
