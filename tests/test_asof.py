"""One definition of "as of": the graph's succession facts (``pkg:succession``), read by the
``*-as-of`` queries in SPARQL and by rank, map, export and report through
:func:`graph.analysis.task_departments`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from rdflib import Graph, URIRef

import graph
from graph.analysis import apply_as_of, rank, successions, task_departments
from graph.analysis.projections import SUCCESSION_COLUMNS
from graph.rdf.namespaces import PKG, org_iri
from graph.sparql import load_query, query_df

ROLE_COLUMNS = ["lead", "responsible", "support", "guide", "tasks"]
QTS, AMR = "安徽省质量技术监督局", "安徽省市场监督管理局"


@pytest.fixture(scope="module")
def plans(shared: Path) -> Graph:
    """The seed and the four plans of ``docs2`` (安徽, 北京, 四川): several provinces and years."""
    files = [graph.example_path(), *sorted((shared / "corpus" / "docs2").glob("*.txt"))]
    result = graph.build(files)
    assert len(result.extractions) == 5 and not result.errors
    return result.graph


def _agree(kg: Graph, years: range) -> int:
    """Years in which the graph's successions and the registry map the same way; returns how many
    of them change the table at all."""
    td = query_df(kg, "projection-task-department-lean")
    succ = successions(kg)
    changed = 0
    for year in years:
        from_registry, from_graph = apply_as_of(td, year), apply_as_of(td, year, succ)
        assert from_graph.equals(from_registry), year
        changed += from_graph is not td
    return changed


def test_the_succession_query_has_its_columns(seed_build: Any) -> None:
    succ = successions(seed_build.graph)
    assert list(succ.columns) == SUCCESSION_COLUMNS == list(load_query("projection-succession").columns)
    qts = succ[succ["agent"] == str(org_iri("ah-qts"))]
    assert qts[["year", "department"]].values.tolist() == [[0, QTS], [2018, AMR]]


def test_graph_successions_and_registry_agree_on_the_seed(seed_build: Any) -> None:
    # from 2018 on the seed's 质监局, 工商局, 食药监局 … are merged or renamed
    assert _agree(seed_build.graph, range(1990, 2036)) == 2035 - 2018 + 1


def test_graph_successions_and_registry_agree_on_several_provinces(plans: Graph) -> None:
    assert _agree(plans, range(1990, 2036)) >= 2035 - 2018 + 1


@pytest.mark.parametrize("as_of", [None, 2015, 2019, 2030])
def test_rank_counts_what_leads_as_of_counts(plans: Graph, as_of: int | None) -> None:
    """The ranking and the ``leads``/``leads-as-of`` query give every department the same tasks by
    role: one definition of the bodies in force."""
    ranking = rank(plans, as_of=as_of, engine="networkx")
    query = query_df(plans, "leads") if as_of is None else query_df(plans, "leads-as-of", {"asof": [as_of]})
    # two places' bodies may share a label (数据提供部门 of 北京 and of 阿坝): rows compared as a sorted multiset
    cols = ["department", *ROLE_COLUMNS]
    got = ranking[cols].astype(dict.fromkeys(ROLE_COLUMNS, int)).sort_values(cols).reset_index(drop=True)
    want = query[cols].astype(dict.fromkeys(ROLE_COLUMNS, int)).sort_values(cols).reset_index(drop=True)
    assert len(got) > 30 and got.values.tolist() == want.values.tolist()
    # ... and the ranking tells them apart: each document's own body carries its source file
    assert not ranking.duplicated(["department", "scope"]).any()
    own = ranking[ranking["department"] == "数据提供部门"]
    assert len(own) == 2 and own["scope"].str.endswith(".txt").all()


def test_as_of_follows_the_graph_not_the_registry(seed_build: Any) -> None:
    """A graph whose facts say 质监局 was never reformed keeps it in 2019 everywhere: in rank, in
    the projection that map, export and report read, and in ``leads-as-of``; only a bare table
    without its graph falls back to the installed registry."""
    kg = Graph()
    for t in seed_build.graph:
        kg.add(t)
    qts = org_iri("ah-qts")
    for s in list(kg.objects(qts, PKG.succession)):
        if str(s) != f"{qts}/succession/0":
            kg.remove((qts, PKG.succession, s))
            kg.remove((s, None, None))
    assert isinstance(qts, URIRef)
    td = task_departments(kg, as_of=2019)
    assert QTS in set(td["department"]) and AMR in set(td["department"])  # others still merged
    assert QTS in set(rank(kg, as_of=2019, engine="networkx")["department"])
    assert QTS in set(query_df(kg, "leads-as-of", {"asof": [2019]})["department"])
    bare = query_df(kg, "projection-task-department-lean")
    assert QTS not in set(apply_as_of(bare, 2019)["department"])  # the registry's answer


def test_task_departments_filters_then_maps(seed_build: Any) -> None:
    kg = seed_build.graph
    full = task_departments(kg, as_of=2019, text=True)
    lean = task_departments(kg, as_of=2019)
    assert {"text", "quote", "path"} <= set(full.columns) and "text" not in lean.columns
    assert full[["source", "target", "role"]].equals(lean[["source", "target", "role"]])
    assert task_departments(kg, as_of=2019, documents=["no-such-file.txt"]).empty
    clause = task_departments(kg, as_of=2019, forms=["clause"])
    assert 0 < len(clause) <= len(lean) and set(clause["form"]) == {"clause"}
    # merged bodies: a task shared by two of them counts once for the successor
    assert not lean.duplicated(["source", "target", "role"]).any()
    assert len(lean) < len(task_departments(kg))


def test_map_export_and_report_show_the_successors(seed_build: Any, tmp_path: Path) -> None:
    from graph.render import network_map, write_export
    from graph.render.report import report_sections

    kg = seed_build.graph
    page = network_map(kg, as_of=2019)
    data = json.loads(page.split("data: ", 1)[1].split("};\n", 1)[0])
    assert AMR in data["departments"] and QTS not in data["departments"]
    nodes = pd.read_csv(write_export(tmp_path / "co.csv", kg, projection="coresponsibility", as_of=2019)[0])
    assert AMR in set(nodes["label"]) and QTS not in set(nodes["label"])
    net = next(s for s in report_sections(kg, as_of=2019) if s.key == "network")
    before = next(s for s in report_sections(kg) if s.key == "network")
    figures = dict(zip(net.data["figure"], net.data["value"], strict=True))
    assert figures["nodes"] < dict(zip(before.data["figure"], before.data["value"], strict=True))["nodes"]
