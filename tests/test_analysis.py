"""Projections and centrality: known answers on small graphs, both engines agree, and the seed."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

import graph
from graph.analysis import (
    coresponsibility_edges,
    coresponsibility_graph,
    department_metrics,
    gini,
    network_metrics,
    rank,
    task_department_graph,
)
from graph.sparql import load_query

# the seed's 省质监局, as printed or as the department registry names it
QTS = {"省质监局", "安徽省质量技术监督局"}
PROJECTIONS = [
    "projection-task-department",
    "projection-coresponsibility",
    "projection-lead-partner",
    "projection-citations",
]


@pytest.fixture(scope="module")
def seed_kg():
    return graph.build_graph([graph.example_path()])


@pytest.fixture(scope="module")
def seed_rank(seed_kg):
    return rank(seed_kg, engine="networkx")


@pytest.mark.parametrize("name", PROJECTIONS)
def test_projection_queries_have_headers_and_columns(seed_kg, name):
    q = load_query(name)
    assert q.summary and q.columns[:3] == ("source", "target", "weight")
    df = graph.query_df(seed_kg, name)
    assert list(df.columns) == list(q.columns)


def _kite() -> nx.Graph:
    # A path a-b-c-d with a pendant e on b:   a - b - c - d
    #                                              |
    #                                              e
    G = nx.Graph()
    G.add_edges_from([("a", "b"), ("b", "c"), ("c", "d"), ("b", "e")])
    return G


def test_known_answers_degree_and_betweenness():
    m = department_metrics(_kite(), weight=None, engine="networkx").set_index("node")
    assert m["degree"].to_dict() == {"b": 3, "c": 2, "a": 1, "d": 1, "e": 1}
    # b lies on the shortest paths a-c, a-d, a-e, c-e, d-e: 5 of the C(4,2) = 6 pairs of others;
    # c lies on a-d, b-d, e-d: 3 of 6. Endpoints lie on none.
    assert m.loc["b", "betweenness"] == pytest.approx(5 / 6)
    assert m.loc["c", "betweenness"] == pytest.approx(3 / 6)
    assert m.loc[["a", "d", "e"], "betweenness"].tolist() == [0.0, 0.0, 0.0]
    assert m["pagerank"].sum() == pytest.approx(1.0)


def test_known_answers_weighted_projection():
    td = pd.DataFrame(
        {
            "source": ["t1", "t1", "t1", "t2", "t2"],
            "target": ["A", "B", "C", "A", "B"],
            "department": ["甲", "乙", "丙", "甲", "乙"],
            "role": ["lead", "support", "support", "responsible", "responsible"],
        }
    )
    co = coresponsibility_edges(td)
    assert co[["source", "target", "weight"]].values.tolist() == [["A", "B", 2], ["A", "C", 1], ["B", "C", 1]]
    m = department_metrics(coresponsibility_graph(co), engine="networkx").set_index("node")
    assert m["weighted_degree"].to_dict() == {"A": 3.0, "B": 3.0, "C": 2.0}
    G = task_department_graph(td)
    assert G.nodes["A"]["lead"] == 1 and G.nodes["A"]["responsible"] == 1 and G.nodes["A"]["tasks"] == 2


def test_network_metrics_known_answers():
    star = network_metrics(nx.star_graph(4), weight=None)
    assert star["degree_centralisation"] == pytest.approx(1.0)
    assert star["density"] == pytest.approx(4 / 10)
    assert network_metrics(nx.cycle_graph(5))["degree_centralisation"] == 0.0
    assert gini([2, 2, 2, 2]) == 0.0
    assert gini([0, 0, 0, 4]) == pytest.approx(0.75)
    two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    assert network_metrics(two)["modularity"] == pytest.approx(0.5)


def _random_weighted(seed: int) -> nx.Graph:
    G = nx.connected_watts_strogatz_graph(120, 6, 0.2, seed=seed)
    for k, (u, v) in enumerate(sorted(G.edges())):
        G.edges[u, v]["weight"] = 1 + (k * 7 + seed) % 5
    return nx.relabel_nodes(G, {n: f"d{n:03d}" for n in G})


@pytest.mark.parametrize("seed", [1, 2])
def test_networkx_and_igraph_agree(seed):
    pytest.importorskip("igraph")
    pytest.importorskip("leidenalg")
    G = _random_weighted(seed)
    a = department_metrics(G, engine="networkx").set_index("node").sort_index()
    b = department_metrics(G, engine="igraph").set_index("node").sort_index()
    assert (a["degree"] == b["degree"]).all()
    assert (a["weighted_degree"] - b["weighted_degree"]).abs().max() < 1e-9
    assert (a["betweenness"] - b["betweenness"]).abs().max() < 1e-6
    assert (a["pagerank"] - b["pagerank"]).abs().max() < 1e-6
    assert (a["eigenvector"] - b["eigenvector"]).abs().max() < 1e-4
    # Louvain and Leiden need not find the same partition, but both find real structure
    assert a["community"].nunique() > 1 and b["community"].nunique() > 1


def test_seed_qts_leads_by_lead_plus_responsible_and_by_degree(seed_rank):
    top = seed_rank.iloc[0]
    assert top["department"] in QTS
    assert top["lead"] + top["responsible"] == 16 and top["tasks"] == 16
    assert seed_rank.sort_values("weighted_degree", ascending=False).iloc[0]["department"] in QTS
    assert seed_rank.sort_values("degree", ascending=False).iloc[0]["department"] in QTS
    assert seed_rank["rank"].tolist() == list(range(1, len(seed_rank) + 1))


def test_seed_rank_matches_leads_query(seed_kg, seed_rank):
    leads = graph.query_df(seed_kg, "leads").set_index("department")
    mine = seed_rank.set_index("department")
    for col in ("lead", "responsible", "support", "guide", "tasks"):
        assert mine.loc[leads.index, col].tolist() == leads[col].tolist()


def test_seed_rank_engines_agree(seed_kg, seed_rank):
    pytest.importorskip("igraph")
    other = rank(seed_kg, engine="igraph").set_index("iri").sort_index()
    mine = seed_rank.set_index("iri").sort_index()
    assert (mine["pagerank"] - other["pagerank"]).abs().max() < 1e-6
    assert (mine["betweenness"] - other["betweenness"]).abs().max() < 1e-6


def test_sparql_and_pandas_coresponsibility_agree(seed_kg):
    td = graph.query_df(seed_kg, "projection-task-department")
    co = graph.query_df(seed_kg, "projection-coresponsibility")
    assert coresponsibility_edges(td).equals(co)


def test_document_filter(seed_kg):
    assert rank(seed_kg, documents=["no-such-file.txt"]).empty
    assert len(rank(seed_kg, documents=["anhui_2016_quality_action_plan.txt"])) > 20


def test_as_of_keeps_totals(seed_kg, seed_rank):
    later = rank(seed_kg, as_of=2020)
    # mergers may join departments, but no task is lost
    assert later["tasks"].max() >= seed_rank["tasks"].max()
    assert set(later.columns) == set(seed_rank.columns)
