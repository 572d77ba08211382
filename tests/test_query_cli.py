"""``policykg query`` with any query (issue 15): SELECT, ASK, CONSTRUCT, DESCRIBE; UPDATE and syntax
errors refused in one line; --as-of where it applies; stores that cannot answer refused."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

import graph
from graph.cli import main

SEED = graph.example_path()
PKG = "https://w3id.org/policykg/ontology#"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("q") / "kg.ttl"
    assert run("build", str(SEED), "-o", str(out)).exit_code == 0
    return out


def rq(tmp_path: Path, text: str, name: str = "q.rq") -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def one_error(r) -> str:
    assert "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    lines = [line for line in r.stderr.splitlines() if line]
    assert len(lines) == 1, r.stderr
    return lines[0]


def test_select_file_in_every_row_format(kg: Path, tmp_path: Path) -> None:
    q = rq(tmp_path, f"PREFIX pkg: <{PKG}>\nSELECT ?t ?text WHERE {{ ?t pkg:text ?text }} ORDER BY ?t LIMIT 3\n")
    table = run("query", q, "-g", str(kg))
    assert table.exit_code == 0 and table.output.splitlines()[0].split() == ["t", "text"]
    rows = list(csv.reader(io.StringIO(run("query", q, "-g", str(kg), "-f", "csv").output)))
    assert rows[0] == ["t", "text"] and len(rows) == 4
    records = json.loads(run("query", q, "-g", str(kg), "-f", "json").output)
    assert len(records) == 3 and records[0]["t"].startswith("https://w3id.org/policykg/id/doc/")
    r = run("query", q, "-g", str(kg), "-f", "nt")
    assert r.exit_code == 2 and "SELECT query gives rows" in one_error(r)


def test_ask_prints_true_or_false(kg: Path, tmp_path: Path) -> None:
    yes = rq(tmp_path, f'PREFIX pkg: <{PKG}>\nASK {{ ?a pkg:mention "省质监局"@zh }}\n', "yes.rq")
    no = rq(tmp_path, f'PREFIX pkg: <{PKG}>\nASK {{ ?a pkg:mention "不存在的局"@zh }}\n', "no.rq")
    assert run("query", yes, "-g", str(kg)).stdout == "true\n"
    assert run("query", no, "-g", str(kg)).stdout == "false\n"
    assert run("query", yes, "-g", str(kg), "-f", "json").stdout == "true\n"


def test_construct_and_describe_give_graphs(kg: Path, tmp_path: Path) -> None:
    c = rq(tmp_path, f"PREFIX pkg: <{PKG}>\nCONSTRUCT {{ ?t pkg:text ?x }} WHERE {{ ?t a pkg:Task ; pkg:text ?x }}\n")
    ttl = run("query", c, "-g", str(kg))
    assert ttl.exit_code == 0, ttl.stderr
    g = Graph().parse(data=ttl.output, format="turtle")
    assert len(g) == 18 and all(str(p) == PKG + "text" for _, p, _ in g)
    nt = run("query", c, "-g", str(kg), "-f", "nt")
    assert set(Graph().parse(data=nt.output, format="nt")) == set(g)
    assert nt.output.splitlines() == sorted(nt.output.splitlines())  # deterministic
    jsonld = run("query", c, "-g", str(kg), "-f", "json", "-o", str(tmp_path / "c.jsonld"))
    assert jsonld.exit_code == 0
    assert set(Graph().parse(tmp_path / "c.jsonld", format="json-ld")) == set(g)
    r = run("query", c, "-g", str(kg), "-f", "csv")
    assert r.exit_code == 2 and "gives a graph" in one_error(r)
    d = rq(tmp_path, "DESCRIBE <https://w3id.org/policykg/role/lead>\n", "d.rq")
    desc = run("query", d, "-g", str(kg), "-f", "nt")
    assert desc.exit_code == 0
    g = Graph().parse(data=desc.output, format="nt")
    assert (URIRef("https://w3id.org/policykg/role/lead"), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"),
            Literal("牵头", lang="zh")) in g


def test_update_is_refused_in_one_line(kg: Path, tmp_path: Path) -> None:
    before = kg.read_bytes()
    u = rq(tmp_path, "PREFIX pkg: <https://w3id.org/policykg/ontology#>\nDELETE WHERE { ?s pkg:text ?o }\n")
    r = run("query", u, "-g", str(kg))
    assert r.exit_code == 2
    assert one_error(r) == f"policykg: error: {u}: is a SPARQL UPDATE; policykg query only reads (nothing was changed)"
    assert kg.read_bytes() == before


def test_syntax_error_names_line_and_column(kg: Path, tmp_path: Path) -> None:
    bad = rq(tmp_path, "PREFIX pkg: <https://w3id.org/policykg/ontology#>\nSELEC ?x\nWHERE { ?x ?p ?o }\n")
    r = run("query", bad, "-g", str(kg))
    assert r.exit_code == 2
    assert one_error(r) == (f"policykg: error: {bad}:2:1: syntax error: found 'SELEC', "
                            "expected SELECT, CONSTRUCT, DESCRIBE or ASK")
    cut = rq(tmp_path, "SELECT ?x WHERE { ?x ?p \n", "cut.rq")
    r = run("query", cut, "-g", str(kg))
    assert r.exit_code == 2 and f"{cut}:" in one_error(r) and "syntax error" in r.stderr


def test_missing_query_file_says_file(kg: Path, tmp_path: Path) -> None:
    r = run("query", "nosuch.rq", "-g", str(kg))
    assert r.exit_code == 1 and one_error(r) == "policykg: error: nosuch.rq: no such query file"
    r = run("query", str(tmp_path / "sub" / "x.rq"), "-g", str(kg))
    assert "no such query file" in one_error(r)
    # a shipped name with .rq still works
    assert run("query", "leads.rq", "-g", str(kg)).exit_code == 0


def test_as_of_on_the_as_of_query_itself(kg: Path) -> None:
    a = run("query", "leads-as-of", "--as-of", "2024", "-g", str(kg), "-f", "csv")
    b = run("query", "leads", "--as-of", "2024", "-g", str(kg), "-f", "csv")
    assert a.exit_code == 0, a.stderr
    assert a.output == b.output
    assert "安徽省市场监督管理局" in a.output and "安徽省质量技术监督局" not in a.output


def test_responsibilities_as_of_maps_departments(kg: Path) -> None:
    def departments(*extra: str) -> list[str]:
        r = run("query", "responsibilities", *extra, "-g", str(kg), "-f", "json")
        assert r.exit_code == 0, r.stderr
        return [row["department"] for row in json.loads(r.stdout)]

    now, y2017, y2019 = departments(), departments("--as-of", "2017"), departments("--as-of", "2019")
    assert len(now) == len(y2017) == len(y2019) == 84  # every assignment, collectives too
    assert y2017 == now  # the 2016 plan's bodies were still in force in 2017
    assert "安徽省质量技术监督局" in y2017 and "安徽省质量技术监督局" not in y2019
    assert y2019.count("安徽省市场监督管理局") == y2017.count("安徽省质量技术监督局") + y2017.count(
        "安徽省工商行政管理局") + y2017.count("安徽省食品药品监督管理局")


def test_as_of_refused_where_it_does_not_apply(kg: Path) -> None:
    for name in ("documents", "targets", "citations"):
        r = run("query", name, "--as-of", "2019", "-g", str(kg))
        assert r.exit_code == 1
        assert one_error(r).startswith(f"policykg: error: {name}: --as-of does not apply to this query (it does to: ")


def test_leads_order_follows_its_description(kg: Path) -> None:
    from graph.sparql import load_query

    summary = load_query("leads").summary
    assert "by tasks led or carried alone (lead + responsible), then by all tasks" in summary
    rows = json.loads(run("query", "leads", "-g", str(kg), "-f", "json").output)
    keys = [(-(r["lead"] + r["responsible"]), -r["tasks"]) for r in rows]
    assert keys == sorted(keys)


def test_store_memory_and_unknown_stores_are_refused(tmp_path: Path) -> None:
    r = run("query", "leads", "--store", "memory")
    assert r.exit_code == 1 and "--store memory is a new, empty store" in one_error(r)
    r = run("query", "leads", "--store", "ftp://example.org/sparql")
    assert r.exit_code == 1 and "unknown store 'ftp://example.org/sparql'" in one_error(r)
    st = tmp_path / "kg.oxigraph"
    assert run("build", str(SEED), "--store", f"oxigraph:{st}").exit_code == 0
    r = run("query", "leads", "--store", str(st))
    assert r.exit_code == 1 and f"did you mean oxigraph:{st}?" in one_error(r)
    ok = run("query", "leads", "--store", f"oxigraph:{st}", "-f", "csv")
    assert ok.exit_code == 0 and ok.output.startswith("department,lead")


def test_store_answers_ask_construct_like_the_file(kg: Path, tmp_path: Path) -> None:
    st = tmp_path / "kg.oxigraph"
    assert run("build", str(SEED), "--store", f"oxigraph:{st}").exit_code == 0
    c = rq(tmp_path, f"PREFIX pkg: <{PKG}>\nCONSTRUCT {{ ?t pkg:text ?x }} WHERE {{ ?t a pkg:Task ; pkg:text ?x }}\n")
    a = rq(tmp_path, f'PREFIX pkg: <{PKG}>\nASK {{ ?a pkg:mention "省质监局"@zh }}\n', "a.rq")
    for q, fmt in ((c, "nt"), (c, "turtle"), (a, "table")):
        from_file = run("query", q, "-g", str(kg), "-f", fmt)
        from_store = run("query", q, "--store", f"oxigraph:{st}", "-f", fmt)
        assert from_store.exit_code == 0, from_store.stderr
        assert from_store.output == from_file.output


def test_departments_unresolved_says_when_there_is_none(kg: Path) -> None:
    r = run("departments", "--unresolved", "-g", str(kg))
    assert r.exit_code == 0
    assert r.stdout == ""
    assert "no unresolved mentions" in r.stderr


@pytest.mark.parametrize("ext", ["nt", "ttl", "jsonld"])
def test_markup_in_a_mention_keeps_its_task(tmp_path: Path, ext: str) -> None:
    doc = tmp_path / "x.txt"
    doc.write_text("关于推进试点的通知\n\n一、重点任务\n（一）推进试点工作。（省<img src=x onerror=y>局牵头，省财政厅配合）\n"
                   "（二）加强<b>监督</b>检查。（省审计厅负责）\n", encoding="utf-8")
    out = tmp_path / f"kg.{ext}"
    assert run("build", str(doc), "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(run("query", "responsibilities", "-g", str(out), "-f", "csv").output)))
    assert [(r["path"], r["mention"], r["role"]) for r in rows] == [
        ("一/一", "省<img src=x onerror=y>局", "lead"), ("一/一", "省财政厅", "support"), ("一/二", "省审计厅", "responsible")]
    assert rows[2]["task"] == "加强<b>监督</b>检查。"
