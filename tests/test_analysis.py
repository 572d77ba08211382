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


# --- the fast (sparse / igraph-from-arrays) paths against the previous constructions ---------------------


def _selfmerge_coresponsibility(df: pd.DataFrame) -> pd.DataFrame:
    """The previous construction of :func:`coresponsibility_edges`: a pandas self-merge on task."""
    cols = ["source", "target", "weight", "source_label", "target_label"]
    named = df[~df["collective"].fillna(False).astype(bool)] if "collective" in df.columns else df
    pairs = named[["source", "target"]].drop_duplicates()
    labels = named.drop_duplicates("target").set_index("target")["department"]
    m = pairs.merge(pairs, on="source", suffixes=("_a", "_b"))
    m = m[m["target_a"] < m["target_b"]]
    out = m.groupby(["target_a", "target_b"], sort=True).size().reset_index(name="weight")
    out = out.rename(columns={"target_a": "source", "target_b": "target"})
    out["source_label"] = out["source"].map(labels)
    out["target_label"] = out["target"].map(labels)
    out["weight"] = out["weight"].astype(int)
    return out[cols].reset_index(drop=True)


def _rowwise_graph(df: pd.DataFrame) -> nx.Graph:
    """The previous construction of :func:`coresponsibility_graph`: one row at a time."""
    G = nx.Graph()
    for r in df.to_dict("records"):
        s, t = str(r["source"]), str(r["target"])
        for node, key in ((s, "source_label"), (t, "target_label")):
            if node not in G:
                G.add_node(node, label=str(r.get(key) or node))
        G.add_edge(s, t, weight=int(r.get("weight", 1) or 1))
    return G


def _random_td(seed: int, tasks: int = 60, departments: int = 25) -> pd.DataFrame:
    import random

    rnd = random.Random(seed)
    rows = []
    for t in range(tasks):
        for d in rnd.sample(range(departments), rnd.randint(1, 5)):
            for role in rnd.sample(["lead", "responsible", "support", "guide"], rnd.randint(1, 2)):
                rows.append((f"t{t:03d}", f"https://x.org/org/d{d:02d}", role, f"部门{d}", d == 7))
    # an unsorted department order and a department that shares no task
    rows.append(("t999", "https://x.org/org/a-alone", "lead", "独", False))
    rnd.shuffle(rows)
    return pd.DataFrame(rows, columns=["source", "target", "role", "department", "collective"]).assign(
        document=lambda d: "doc" + (d["source"].str[1:].astype(int) % 3).astype(str)
    )


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_sparse_coresponsibility_equals_selfmerge(seed):
    td = _random_td(seed)
    new, old = coresponsibility_edges(td), _selfmerge_coresponsibility(td)
    assert len(new) > 20 and new.equals(old)
    no_collective = td.drop(columns="collective")
    assert coresponsibility_edges(no_collective).equals(_selfmerge_coresponsibility(no_collective))


def test_vectorised_graph_equals_rowwise():
    co = coresponsibility_edges(_random_td(3))
    co = pd.concat([co, co.iloc[[0]].assign(weight=9, source_label="")], ignore_index=True)  # a repeat, no label
    a, b = coresponsibility_graph(co), _rowwise_graph(co)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(data=True)) == list(b.edges(data=True))


def test_parallel_betweenness_equals_serial(monkeypatch):
    pytest.importorskip("igraph")
    from graph.analysis import engine_igraph

    h, _ = engine_igraph._to_igraph(_random_weighted(4), "weight")
    serial = h.betweenness(directed=False)
    assert engine_igraph._betweenness_igraph(h, 2, min_work=0) == pytest.approx(serial, abs=1e-9)
    # a worker that cannot start: its blocks are done in-process
    monkeypatch.setattr(engine_igraph.sys, "executable", "/bin/false")
    assert engine_igraph._betweenness_igraph(h, 3, min_work=0) == pytest.approx(serial, abs=1e-9)


def test_betweenness_worker_runs_as_a_script_without_policykg(tmp_path):
    """The worker that the parallel betweenness starts: run by path in a fresh interpreter, it
    claims every block, sums their betweenness and imports neither policykg nor matplotlib (a
    worker that failed would go unnoticed above: its blocks are then done in-process)."""
    pytest.importorskip("igraph")
    import subprocess
    import sys

    import numpy as np

    from graph.analysis import engine_igraph

    h, _ = engine_igraph._to_igraph(_random_weighted(4), "weight")
    data = tmp_path / "graph.npz"
    np.savez(data, n=h.vcount(), directed=False, edges=np.asarray(h.get_edgelist(), dtype=np.int64), blocks=7)
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import runpy, sys\n"
        f"sys.argv = [{engine_igraph._WORKER!r}, {str(data)!r}, {str(tmp_path)!r}, '1']\n"
        "try:\n    runpy.run_path(sys.argv[0], run_name='__main__')\n"
        "except SystemExit as e:\n    assert not e.code\n"
        "assert 'graph' not in sys.modules and sys.modules.get('matplotlib') is None, sorted(sys.modules)\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, "-P", str(probe)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    direct = subprocess.run([sys.executable, "-P", engine_igraph._WORKER, str(data), str(tmp_path), "2"],
                            capture_output=True, text=True)
    assert direct.returncode == 0, direct.stderr
    with np.load(tmp_path / "out1.npz") as res:
        assert sorted(res["done"].tolist()) == list(range(7))  # the first worker claimed every block
        assert res["total"] == pytest.approx(h.betweenness(directed=False), abs=1e-9)
    with np.load(tmp_path / "out2.npz") as res:
        assert res["done"].tolist() == [] and not res["total"].any()  # nothing left to claim


@pytest.mark.filterwarnings("ignore:Some eigenvector centralities are nearly zero")  # the isolated department
def test_rank_table_engines_agree_and_carry_network_metrics():
    pytest.importorskip("igraph")
    from graph.analysis import rank_table

    td = _random_td(5, tasks=150, departments=40)
    a = rank_table(td, engine="networkx")
    b = rank_table(td, engine="igraph", workers=1)
    assert a["iri"].tolist() == b["iri"].tolist()  # same ranking
    a, b = a.set_index("iri"), b.set_index("iri")
    for col in ("lead", "responsible", "support", "guide", "tasks", "documents", "degree"):
        assert (a[col] == b[col]).all()
    assert (a["weighted_degree"] - b["weighted_degree"]).abs().max() < 1e-9
    assert (a["betweenness"] - b["betweenness"]).abs().max() < 1e-6
    assert (a["pagerank"] - b["pagerank"]).abs().max() < 1e-6
    assert (a["eigenvector"] - b["eigenvector"]).abs().max() < 1e-4
    na, nb = a.attrs["network"], b.attrs["network"]
    for key in ("nodes", "edges", "components", "density", "degree_centralisation", "gini_task_load"):
        assert na[key] == pytest.approx(nb[key])
    assert na["nodes"] == 40 and na["components"] == 2  # the department that shares no task
    # the networkx figures are network_metrics' own, with the task load as node attribute
    G = coresponsibility_graph(coresponsibility_edges(td))
    G.add_node("https://x.org/org/a-alone", label="独")
    nx.set_node_attributes(G, a["tasks"].to_dict(), "tasks")
    assert network_metrics(G, engine="networkx") == pytest.approx(na)
    assert nb["modularity"] == pytest.approx(na["modularity"], abs=0.05)


def test_network_metrics_engines_agree():
    pytest.importorskip("igraph")
    G = _random_weighted(1)
    a, b = network_metrics(G, engine="networkx"), network_metrics(G, engine="igraph")
    assert set(a) == set(b)
    for key in ("nodes", "edges", "components", "density", "degree_centralisation", "gini_task_load"):
        assert a[key] == pytest.approx(b[key])
    assert b["modularity"] == pytest.approx(a["modularity"], abs=0.05) and b["communities"] > 1
    two = nx.disjoint_union(nx.complete_graph(4), nx.complete_graph(4))
    assert network_metrics(two, engine="igraph")["modularity"] == pytest.approx(0.5)


def test_eigenvector_is_the_same_from_run_to_run() -> None:
    """A fixed ARPACK start vector: networkx's random one changed the last digits, so exports were
    not byte-identical from run to run."""
    import networkx as nx

    from graph.analysis.engine_networkx import _eigenvector_arpack

    G = nx.karate_club_graph()
    first = _eigenvector_arpack(G, "weight")
    assert all(_eigenvector_arpack(G, "weight") == first for _ in range(20))
    reference = nx.eigenvector_centrality_numpy(G, weight="weight")
    assert max(abs(first[n] - reference[n]) for n in G) < 1e-9

