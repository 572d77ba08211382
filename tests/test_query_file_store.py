"""``policykg query -g FILE`` runs on the file read into an in-memory Oxigraph store
(graph.store.filestore); rdflib's engine on read_graph's graph stays the reference: every shipped
query prints the same bytes from both, in every row format, from a triple and a quad file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import graph
from graph.cli import main
from graph.cli.common import render
from graph.errors import PolicyKGError
from graph.queryfile import in_order, list_queries, load_query, ordered, run_query
from graph.rdf.io import read_graph, write_graph
from graph.store.filestore import read_store

FORMATS = ("csv", "json", "table")


def _cases() -> list[tuple[str, dict[str, list[Any]]]]:
    cases: list[tuple[str, dict[str, list[Any]]]] = []
    for q in list_queries(include_checks=True):
        cases.append((q.name, {}))
        if q.name.endswith("-as-of"):
            cases.append((q.name, {"asof": [2019]}))
    return cases


@pytest.fixture(scope="module")
def built(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled example and the corpus's three smallest documents of over 3,000 bytes (the smaller
    ones hold few tasks), as Turtle and as TriG (one graph each)."""
    docs = sorted((p for p in (shared / "corpus" / "docs").iterdir() if p.stat().st_size > 3000),
                  key=lambda p: (p.stat().st_size, p.name))[:3]
    result = graph.build([graph.example_path(), *docs])
    assert len(result.extractions) == 4 and not result.errors
    d = tmp_path_factory.mktemp("qfile")
    write_graph(result.graph, d / "kg.ttl")
    write_graph(result.graph, d / "kg.trig")
    return {"ttl": d / "kg.ttl", "trig": d / "kg.trig"}


def _printed(source: Any, name: str, params: dict[str, list[Any]]) -> dict[str, bytes]:
    answer = in_order(run_query(source, name, params), load_query(name))
    return {fmt: render((answer.columns, answer.rows), fmt) for fmt in FORMATS}


@pytest.mark.parametrize("suffix", ["ttl", "trig"])
def test_every_shipped_query_prints_the_same_bytes_from_both_engines(built: dict[str, Path], suffix: str) -> None:
    g, st = read_graph(built[suffix]), read_store(built[suffix])
    assert len(st._store) == len(g)
    rows = 0
    for name, params in _cases():
        want, got = _printed(g, name, params), _printed(st, name, params)
        for fmt in FORMATS:
            assert got[fmt] == want[fmt], f"{name} {params} -f {fmt}"
        rows += want["csv"].count(b"\n") - 1
    assert rows > 500


def test_the_command_answers_from_the_store(built: dict[str, Path]) -> None:
    r = CliRunner().invoke(main, ["query", "responsibilities", "-g", str(built["ttl"]), "-f", "csv", "--as-of", "2019"])
    assert r.exit_code == 0
    want = _printed(read_graph(built["ttl"]), "responsibilities-as-of", {"asof": [2019]})["csv"]
    assert r.output.encode("utf-8") == want


def test_a_quad_files_graphs_are_one_set_of_triples(tmp_path: Path) -> None:
    """The same triple in two graphs (and in the default graph) is one triple, as in read_graph's
    graph: one row, not three."""
    p = tmp_path / "q.trig"
    p.write_text('<https://e.org/a> <https://e.org/p> "x"@zh .\n'
                 '<https://e.org/g1> { <https://e.org/a> <https://e.org/p> "x"@zh . <https://e.org/b> <https://e.org/p> 1 . }\n'
                 '<https://e.org/g2> { <https://e.org/a> <https://e.org/p> "x"@zh . }\n', encoding="utf-8")
    q = tmp_path / "all.rq"
    q.write_text("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s\n", encoding="utf-8")
    want = run_query(read_graph(p), q)
    got = run_query(read_store(p), q)
    assert got.rows == want.rows == [["https://e.org/a", "x"], ["https://e.org/b", 1]]


def test_rows_of_a_query_without_order_by_are_printed_sorted(built: dict[str, Path], tmp_path: Path) -> None:
    assert ordered(load_query("documents").text) and not ordered(load_query("projection-task-forms").text)
    q = tmp_path / "sub.rq"  # an ORDER BY inside a sub-select orders nothing outside it
    q.write_text("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY DESC(?s) LIMIT 5 } }\n", encoding="utf-8")
    assert not ordered(q.read_text(encoding="utf-8"))
    r = CliRunner().invoke(main, ["query", "projection-task-forms", "-g", str(built["ttl"]), "-f", "csv"])
    lines = r.output.splitlines()[1:]
    assert r.exit_code == 0 and len(lines) > 20 and lines == sorted(lines)


def test_a_missing_or_broken_file_is_one_line_naming_it(tmp_path: Path) -> None:
    with pytest.raises(PolicyKGError, match=r"none\.ttl: no such graph file$"):
        read_store(tmp_path / "none.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(PolicyKGError, match=r"broken\.ttl: not a readable turtle graph \(SyntaxError: "):
        read_store(broken)
    r = CliRunner().invoke(main, ["query", "leads", "-g", str(broken)])
    lines = [line for line in r.stderr.splitlines() if line]
    assert r.exit_code == 1 and len(lines) == 1 and lines[0].startswith(f"policykg: error: {broken}: not a readable")


def test_rdf_star_terms_are_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "star.ttl"
    path.write_text("<https://e.org/a> <https://e.org/b> <<( <https://e.org/c> <https://e.org/d> <https://e.org/e> )>> .\n",
                    encoding="utf-8")
    with pytest.raises(PolicyKGError, match=r"star\.ttl: RDF-star triple terms are not supported$"):
        read_store(path)


def test_answers_sparql_leaves_open_print_the_same_from_both_engines(tmp_path: Path) -> None:
    """One body printed two ways (its mentions joined by GROUP_CONCAT, in no set order: ``#+ sets:``
    sorts them) and one work cited under two titles (MIN, not SAMPLE, picks one): the same bytes."""
    doc = tmp_path / "jinrong.txt"
    doc.write_text(
        "某省人民政府办公厅关于印发某省金融服务行动方案的通知\n\n"
        "一、贯彻落实《国务院关于加强金融服务的通知》（国发〔2020〕1号）精神，完善信贷政策。（人民银行负责）\n"
        "二、按照《关于加强金融服务的通知》（国发〔2020〕1号）要求，扩大普惠金融覆盖。（中国人民银行负责）\n",
        encoding="utf-8")
    result = graph.build([doc])
    write_graph(result.graph, tmp_path / "kg.ttl")
    g = read_graph(tmp_path / "kg.ttl")
    with read_store(tmp_path / "kg.ttl") as st:
        for name in ("departments", "cited", "report-cited", "projection-citations"):
            assert _printed(g, name, {}) == _printed(st, name, {}), name
        mentions = {row[4] for row in in_order(run_query(st, "departments", {}), load_query("departments")).rows}
    assert "中国人民银行|人民银行" in mentions
