"""``policykg serve`` speaks the SPARQL 1.1 Protocol as real clients expect (issue 15).

Clients nobody here wrote (SPARQLWrapper in every return format, rdflib's SPARQLStore), then the
protocol's rules one by one over plain HTTP: content negotiation and 406, 400 for protocol errors,
the dataset (default-graph-uri / named-graph-uri, FROM / FROM NAMED) over the per-document graphs,
HEAD, OPTIONS, 404, 415, CORS, and the query page with CONSTRUCT, ASK and a parse error.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

import graph
from graph.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = graph.example_path()
PKG = "https://w3id.org/policykg/ontology#"
SEED_DOC = "https://w3id.org/policykg/id/doc/anhui_2016_quality_action_plan.txt"
OTHER_DOC = "https://w3id.org/policykg/id/doc/other.txt"
SHARED = "https://w3id.org/policykg/id/graph/shared"
ORIGIN = "http://localhost:8123"
TASKS = f"PREFIX pkg: <{PKG}>\nSELECT (COUNT(?t) AS ?n) WHERE {{ ?t a pkg:Task }}"
CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    d = tmp_path_factory.mktemp("protocol")
    (d / "other.txt").write_text("关于推进试点的通知\n\n一、重点任务\n（一）开展试点工作。（省农业农村厅牵头，省统计局配合）\n"
                                 "（二）加强监督检查。（省审计厅负责）\n", encoding="utf-8")
    out = d / "kg.nt"
    assert CliRunner().invoke(main, ["build", str(SEED), str(d / "other.txt"), "-o", str(out)]).exit_code == 0
    return out


@pytest.fixture(scope="module")
def url(kg: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", "-g", str(kg), "--port", str(port),
                                 "--cors", ORIGIN], cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base, timeout=2).read()
                break
            except (urllib.error.URLError, OSError):
                assert proc.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def request(method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
            ) -> tuple[int, dict[str, str], bytes]:
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        path = parts.path + ("?" + parts.query if parts.query else "")
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def get(url: str, accept: str | None = None, **params: str | list[str]) -> tuple[int, dict[str, str], bytes]:
    return request("GET", url + "query?" + urllib.parse.urlencode(params, doseq=True),
                   headers={"Accept": accept} if accept is not None else {})


def form(url: str, accept: str = "*/*", path: str = "query", **params: str | list[str]) -> tuple[int, dict[str, str], bytes]:
    return request("POST", url + path, urllib.parse.urlencode(params, doseq=True).encode(),
                   {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})


def count(body: bytes) -> int:
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


# ------------------------------------------------------------------------------------ real clients


def _wrapper(url: str, query: str, fmt: str, method: str):
    from SPARQLWrapper import SPARQLWrapper

    sw = SPARQLWrapper(url + "query")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    return sw.query()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_and_ask_in_every_results_format(url: str, method: str) -> None:
    from SPARQLWrapper import CSV, JSON, TSV, XML

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # SPARQLWrapper warns when the answer is not what it asked for
        res = _wrapper(url, TASKS, JSON, method)
        assert res.response.headers["Content-Type"].startswith("application/sparql-results+json")
        assert res.convert()["results"]["bindings"][0]["n"]["value"] == "20"
        doc = _wrapper(url, TASKS, XML, method).convert()  # a DOM document
        assert [e.firstChild.data for e in doc.getElementsByTagName("literal")] == ["20"]
        for fmt, sep in ((CSV, ","), (TSV, "\t")):
            text = _wrapper(url, TASKS, fmt, method).convert().decode("utf-8")
            assert list(csv.reader(io.StringIO(text), delimiter=sep))[1] == ["20"], fmt
        ask = f'PREFIX pkg: <{PKG}>\nASK {{ ?a pkg:mention "省审计厅"@zh }}'
        assert _wrapper(url, ask, JSON, method).convert()["boolean"] is True
        xml_ask = _wrapper(url, ask, XML, method).convert()
        assert xml_ask.getElementsByTagName("boolean")[0].firstChild.data == "true"


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("kind", ["CONSTRUCT", "DESCRIBE"])
def test_sparqlwrapper_graphs_in_every_rdf_format(url: str, method: str, kind: str) -> None:
    from SPARQLWrapper import JSONLD, N3, RDFXML, TURTLE, XML

    if kind == "CONSTRUCT":
        q = f"PREFIX pkg: <{PKG}>\nCONSTRUCT {{ ?t pkg:text ?x }} WHERE {{ ?t a pkg:Task ; pkg:text ?x }}"
        expected = 20
    else:
        q = "DESCRIBE <https://w3id.org/policykg/role/lead>"
        expected = None
    graphs = []
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        for fmt, ctype in ((RDFXML, "application/rdf+xml"), (XML, "application/rdf+xml"),
                           (JSONLD, "application/ld+json"), (TURTLE, "text/turtle"), (N3, "text/turtle")):
            res = _wrapper(url, q, fmt, method)
            assert res.response.headers["Content-Type"].split(";")[0] == ctype, (fmt, res.response.headers)
            out = res.convert()
            if isinstance(out, bytes):  # SPARQLWrapper gives Turtle/N3 as bytes, by design
                out = Graph().parse(data=out.decode("utf-8"), format="turtle")
            assert isinstance(out, Graph), fmt
            graphs.append(set(out))
    assert all(g == graphs[0] for g in graphs)
    if expected is not None:
        assert len(graphs[0]) == expected
    else:
        assert (URIRef("https://w3id.org/policykg/role/lead"), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"),
                Literal("牵头", lang="zh")) in graphs[0]


def test_rdflib_sparqlstore(url: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(url + "query", returnFormat="json")
    g = Graph(store=store)
    rows = list(g.query(TASKS))
    assert int(rows[0][0]) == 20
    assert g.query(f'PREFIX pkg: <{PKG}> ASK {{ ?a pkg:mention "省审计厅"@zh }}').askAnswer is True
    construct = f"PREFIX pkg: <{PKG}> CONSTRUCT {{ ?t pkg:text ?x }} WHERE {{ ?t a pkg:Task ; pkg:text ?x }}"
    # a graph cannot be sent as SPARQL JSON results: 406, which rdflib reports as an error...
    with pytest.raises(ValueError):
        g.query(construct)
    # ...while its default (XML) asks for RDF/XML too
    xml_store = Graph(store=SPARQLStore(url + "query"))
    assert len(xml_store.query(construct).graph) == 20
    assert int(next(iter(xml_store.query(TASKS)))[0]) == 20
    tasks = list(g.triples((None, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(PKG + "Task"))))
    assert len(tasks) == 20
    assert len(list(g.triples((URIRef(SEED_DOC), None, None)))) > 5


# ------------------------------------------------------------------------------------ the rules, one by one


@pytest.mark.parametrize(("accept", "ctype"), [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("image/png, text/*;q=0.3", "text/csv"),
    ("*/*", "application/sparql-results+json"),
    (None, "application/sparql-results+json"),
])
def test_results_are_negotiated(url: str, accept: str | None, ctype: str) -> None:
    status, headers, body = get(url, accept, query=TASKS)
    assert status == 200, body
    assert headers["content-type"].split(";")[0] == ctype
    assert b"20" in body
    assert "accept" in headers.get("vary", "").lower()


@pytest.mark.parametrize(("accept", "ctype", "fmt"), [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/rdf+xml;q=0.2, text/turtle;q=0.1", "application/rdf+xml", "xml"),
    (None, "text/turtle", "turtle"),
])
def test_graphs_are_negotiated(url: str, accept: str | None, ctype: str, fmt: str) -> None:
    q = f"PREFIX pkg: <{PKG}>\nCONSTRUCT {{ ?t pkg:text ?x }} WHERE {{ ?t a pkg:Task ; pkg:text ?x }}"
    status, headers, body = get(url, accept, query=q)
    assert status == 200, body
    assert headers["content-type"].split(";")[0] == ctype
    assert len(Graph().parse(data=body.decode("utf-8"), format=fmt)) == 20


def test_nothing_acceptable_is_406(url: str) -> None:
    status, _, body = get(url, "image/png", query=TASKS)
    assert status == 406 and b"application/sparql-results+json" in body
    status, _, body = get(url, "text/csv", query="CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1")
    assert status == 406 and b"text/turtle" in body
    status, _, _ = get(url, "application/sparql-results+json;q=0", query=TASKS)
    assert status == 406


def test_protocol_errors_are_400(url: str) -> None:
    status, _, body = get(url, query=[TASKS, TASKS])
    assert status == 400 and b"one query" in body
    status, _, body = form(url, query=TASKS, update="DROP ALL")
    assert status == 400 and b"not both" in body
    status, _, body = request("POST", url + "query?query=" + urllib.parse.quote(TASKS), TASKS.encode(),
                              {"Content-Type": "application/sparql-query"})
    assert status == 400 and b"one query" in body
    status, _, body = get(url)
    assert status == 400 and b"no query" in body
    status, _, body = get(url, query="PREFIX pkg: <https://w3id.org/policykg/ontology#>\nSELEC ?x WHERE { ?x ?p ?o }")
    assert status == 400
    assert body.decode("utf-8").strip() == "query:2:1: syntax error: found 'SELEC', expected SELECT, CONSTRUCT, DESCRIBE or ASK"
    status, _, body = get(url, query="INSERT DATA { <http://x/s> <http://x/p> <http://x/o> }")
    assert status == 400 and b"read-only" in body
    status, _, body = request("POST", url + "query", b"<a> <b> <c> .", {"Content-Type": "text/turtle"})
    assert status == 415
    status, _, _ = form(url, update="DROP ALL")
    assert status == 403
    status, _, _ = request("PUT", url + "query", b"x", {"Content-Type": "text/turtle"})
    assert status == 405
    assert count(get(url, query=TASKS)[2]) == 20  # nothing changed


def test_dataset_from_the_protocol_and_from_the_query(url: str) -> None:
    def n(**params: str | list[str]) -> int:
        status, _, body = get(url, "application/sparql-results+json", **params)
        assert status == 200, body
        return count(body)

    assert n(query=TASKS) == 20  # the union of the document graphs
    assert n(query=TASKS, **{"default-graph-uri": SEED_DOC}) == 18
    assert n(query=TASKS, **{"default-graph-uri": OTHER_DOC}) == 2
    assert n(query=TASKS, **{"default-graph-uri": [SEED_DOC, OTHER_DOC]}) == 20
    assert n(query=TASKS, **{"default-graph-uri": SHARED}) == 0
    named = f"PREFIX pkg: <{PKG}>\nSELECT (COUNT(?t) AS ?n) WHERE {{ GRAPH ?g {{ ?t a pkg:Task }} }}"
    assert n(query=named) == 20
    assert n(query=named, **{"named-graph-uri": OTHER_DOC}) == 2
    # FROM / FROM NAMED in the query
    from_one = TASKS.replace("WHERE", f"FROM <{OTHER_DOC}> WHERE")
    assert n(query=from_one) == 2
    from_named = named.replace("WHERE", f"FROM NAMED <{SEED_DOC}> WHERE")
    assert n(query=from_named) == 18
    # the protocol's dataset wins over the query's (SPARQL 1.1 Protocol 2.1.4)
    assert n(query=from_one, **{"default-graph-uri": SEED_DOC}) == 18
    # and the same through a POST form and a POST body
    status, _, body = form(url, "application/sparql-results+json", query=TASKS, **{"default-graph-uri": OTHER_DOC})
    assert status == 200 and count(body) == 2
    status, _, body = request("POST", url + "query?" + urllib.parse.urlencode({"default-graph-uri": OTHER_DOC}),
                              TASKS.encode(), {"Content-Type": "application/sparql-query",
                                               "Accept": "application/sparql-results+json"})
    assert status == 200 and count(body) == 2


def test_head_options_404(url: str) -> None:
    _g_status, g_headers, g_body = get(url, "text/csv", query=TASKS)
    status, headers, body = request("HEAD", url + "query?" + urllib.parse.urlencode({"query": TASKS}),
                                    headers={"Accept": "text/csv"})
    assert status == 200 and body == b""
    assert headers["content-type"] == g_headers["content-type"]
    assert headers["content-length"] == str(len(g_body))
    status, headers, _ = request("HEAD", url)
    assert status == 200 and headers["content-type"].startswith("text/html")
    status, headers, body = request("OPTIONS", url + "query")
    assert status == 204 and set(headers["allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "POST", "OPTIONS"}
    for path in ("nope", "query/x", "store", "favicon.ico"):
        status, _, body = request("GET", url + path)
        assert status == 404 and b"not found" in body, path
    status, _, _ = request("POST", url + "nope", b"query=ASK{}", {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 404


def test_cors_for_the_given_origin_only(url: str) -> None:
    status, headers, _ = request("OPTIONS", url + "query", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"})
    assert status == 204
    assert headers["access-control-allow-origin"] == ORIGIN
    assert "POST" in headers["access-control-allow-methods"]
    assert "content-type" in headers["access-control-allow-headers"].lower()
    _, headers, _ = request("GET", url + "query?" + urllib.parse.urlencode({"query": TASKS}), headers={"Origin": ORIGIN})
    assert headers["access-control-allow-origin"] == ORIGIN
    _, headers, _ = request("GET", url + "query?" + urllib.parse.urlencode({"query": TASKS}),
                            headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in headers


def test_negotiate_rules() -> None:
    from graph.server import RESULT_TYPES, negotiate

    offered = list(RESULT_TYPES)
    default = "application/sparql-results+json"
    assert negotiate("", offered, default) == default
    assert negotiate("text/csv;q=0.1, */*;q=0.2", offered, default) == default
    assert negotiate("text/*, application/sparql-results+xml;q=0.9", offered, default) == "text/csv"
    assert negotiate("text/csv;q=0, text/*", offered, default) == "text/tab-separated-values"
    assert negotiate("image/png", offered, default) is None


@pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("CI"),
                    reason="no /usr/bin/chromium (and not in CI)")
def test_query_page_shows_construct_ask_and_parse_errors(url: str) -> None:
    from playwright.sync_api import sync_playwright

    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless=new"])
        try:
            page = browser.new_page()
            page.on("request", lambda req: outside.append(req.url)
                    if not req.url.startswith("http://127.0.0.1:") else None)
            page.goto(url)

            def run(q: str) -> str:
                page.fill("#query", q)
                page.click("#run")
                page.wait_for_function("!document.getElementById('status').textContent.includes('running')")
                return str(page.locator("#status").inner_text())

            status = run(f"PREFIX pkg: <{PKG}>\nCONSTRUCT {{ ?t pkg:text ?x }} WHERE {{ ?t a pkg:Task ; pkg:text ?x }}")
            assert "graph" in status
            text = page.locator("#graph").inner_text()
            assert len(Graph().parse(data=text, format="turtle")) == 20
            assert "answer: true" in run("ASK { ?s ?p ?o }")
            assert run("SELEC ?x WHERE { ?x ?p ?o }") == "error 400"
            assert "query:1:1: syntax error: found 'SELEC'" in page.locator("#error").inner_text()
            assert "20 rows" not in run(TASKS) and page.locator("#results tr.row td").first.inner_text() == "20"
        finally:
            browser.close()
    assert outside == []
