"""Exports checked by what they hold (not by their size), and the same bytes from run to run."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pytest
from rdflib import Graph

import graph
from graph.analysis import rank, task_department_graph, task_departments
from graph.render import write_export
from graph.render.exports import canonical_jsonld

ROOT = Path(__file__).resolve().parents[1]
QTS = "https://w3id.org/policykg/id/org/ah-qts"


@pytest.fixture(scope="module")
def kg(seed_build: Any) -> Graph:
    return seed_build.graph


@pytest.fixture(scope="module")
def expected(kg: Graph) -> nx.Graph:
    return task_department_graph(task_departments(kg, text=True))


def test_graphml_and_gexf_hold_the_network_and_the_ranking(kg: Graph, expected: nx.Graph, tmp_path: Path) -> None:
    ranking = rank(kg).set_index("iri")
    for suffix, read in ((".graphml", nx.read_graphml), (".gexf", nx.read_gexf)):
        [path] = write_export(tmp_path / f"td{suffix}", kg)
        got = read(path)
        assert set(got.nodes) == set(expected.nodes) and got.number_of_edges() == expected.number_of_edges()
        qts = got.nodes[QTS]
        assert qts["label"] == expected.nodes[QTS]["label"] == "安徽省质量技术监督局"
        assert int(qts["rank"]) == int(ranking.loc[QTS, "rank"]) == 1
        assert int(qts["responsible"]) == int(ranking.loc[QTS, "responsible"]) == 16
        assert float(qts["pagerank"]) == pytest.approx(float(ranking.loc[QTS, "pagerank"]))
        task = next(n for n, d in expected.nodes(data=True) if d["type"] == "task")
        assert got.nodes[task]["text"] == expected.nodes[task]["text"]


def test_csv_holds_nodes_and_edges(kg: Graph, expected: nx.Graph, tmp_path: Path) -> None:
    nodes_path, edges_path = write_export(tmp_path / "td.csv", kg)
    nodes, edges = pd.read_csv(nodes_path), pd.read_csv(edges_path)
    assert sorted(nodes["id"]) == sorted(expected.nodes)
    assert len(edges) == expected.number_of_edges()
    assert sorted(edges["role"]) == sorted(d["role"] for _, _, d in expected.edges(data=True))
    assert nodes.set_index("id").loc[QTS, "tasks"] == 16


def test_jsonld_is_the_graph(kg: Graph, tmp_path: Path) -> None:
    [path] = write_export(tmp_path / "kg.jsonld", kg)
    back = Graph().parse(path, format="json-ld")
    assert len(back) == len(kg) and set(back) == set(kg)


def test_jsonld_export_is_the_same_in_every_process(tmp_path: Path) -> None:
    """rdflib writes the nodes of ``@graph`` in its store's order, which follows the hash seed."""
    kg = tmp_path / "seed.nt"
    graph_file = graph.build([graph.example_path()]).graph.serialize(format="nt", encoding="utf-8")
    kg.write_bytes(graph_file)
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}.jsonld"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-m", "graph", "export", "-g", str(kg), "-o", str(out)],
                              cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert canonical_jsonld(outs[0]) == outs[0]


def test_gexf_has_no_date(kg: Graph, tmp_path: Path) -> None:
    [a] = write_export(tmp_path / "a.gexf", kg, projection="coresponsibility")
    [b] = write_export(tmp_path / "b.gexf", kg, projection="coresponsibility")
    assert a.read_bytes() == b.read_bytes() and b"lastmodifieddate" not in a.read_bytes()
    meta = ET.parse(a).getroot().find("{http://www.gexf.net/1.2draft}meta")
    assert meta is not None and meta.find("{http://www.gexf.net/1.2draft}creator") is not None


@pytest.mark.parametrize("projection", ["citations", "coresponsibility", "task-department"])
def test_charts_of_the_networks(kg: Graph, tmp_path: Path, projection: str) -> None:
    """Directed networks (citations; lead–partner, empty on the seed, which names no lead) are
    drawn too: their layout packs weakly connected components."""
    [png] = write_export(tmp_path / f"{projection}.png", kg, projection=projection)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    import matplotlib.image

    assert matplotlib.image.imread(png).shape[0] > 100
    [svg] = write_export(tmp_path / f"{projection}.svg", kg, projection=projection)
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 3
