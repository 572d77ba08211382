"""Maps in a real browser (Playwright + Debian's chromium), and export round trips.

The browser tests are skipped only when /usr/bin/chromium is missing outside CI; with ``CI`` set
they must run (``.ci/run`` installs chromium).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import networkx as nx
import pytest

import graph
from graph.analysis import task_department_graph
from graph.render import export_gexf, export_graphml, network_map, write_export, write_map

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
XSS_DOC = """安徽省人民政府办公厅关于印发测试行动计划的通知

一、加强市场监管

（一）开展专项检查<script>window.__xss=1</script>。加强质量监督。\
（省市场监管局牵头，省商务厅、省公安厅按职责分工负责）

（二）推进标准建设<img src=x onerror="window.__xss=2">。完善标准体系href。\
（省市场监管局、省发展改革委按职责分工负责）
"""

needs_browser = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"), reason="no /usr/bin/chromium (and not in CI)"
)


@pytest.fixture(scope="module")
def seed_kg():
    return graph.build_graph([graph.example_path()])


@pytest.fixture(scope="module")
def xss_kg(tmp_path_factory):
    p = tmp_path_factory.mktemp("xss") / "xss_plan.txt"
    p.write_text(XSS_DOC, encoding="utf-8")
    return graph.build_graph([p])


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _open(browser, path: Path):
    page = browser.new_page()
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.policykg && window.policykg.ready === true", timeout=60_000)
    return page, requests, problems


def test_map_html_is_offline(seed_kg):
    page = network_map(seed_kg)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"cdn(js)?\.|jsdelivr|unpkg|googleapis", page, re.I) and "<link" not in page
    assert page == network_map(seed_kg)  # deterministic
    assert "<iframe srcdoc=" in page._repr_html_()


@needs_browser
def test_seed_map_loads_offline_with_all_nodes(browser, seed_kg, tmp_path):
    path = write_map(tmp_path / "seed.html", seed_kg)
    td = graph.query_df(seed_kg, "projection-task-department")
    expected = td["source"].nunique() + td["target"].nunique()
    page, requests, problems = _open(browser, path)
    try:
        assert page.evaluate("network.body.data.nodes.length") == expected
        assert page.evaluate("network.body.data.edges.length") == len(
            td.drop_duplicates(["source", "target"])
        )
        assert problems == []
        assert all(u.startswith("file://") or u.startswith("data:") for u in requests), requests
        # the department filter keeps one department, its tasks and their departments, and hides the rest
        small = str(td.groupby("department")["source"].nunique().sort_index().idxmin())
        page.fill("#search", small)
        page.dispatch_event("#search", "change")
        hidden = page.evaluate("nodes.get().filter(function (n) { return n.hidden; }).length")
        assert 0 < hidden < expected
        assert small in page.inner_text("#details")
    finally:
        page.close()


@needs_browser
def test_hostile_task_text_is_shown_literally_and_never_runs(browser, xss_kg, tmp_path):
    path = write_map(tmp_path / "xss.html", xss_kg)
    page, requests, problems = _open(browser, path)
    try:
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert all(u.startswith("file://") for u in requests), requests
        tasks = page.evaluate(
            "nodes.get().filter(function (n) { return n.type === 'task'; })"
            ".map(function (n) { return n.id; })"
        )
        assert len(tasks) == 2
        seen = ""
        for task in tasks:
            # hover the task node for vis-network's own tooltip
            x, y = page.evaluate(
                """(id) => { const p = network.canvasToDOM(network.getPositions([id])[id]);
                   const r = document.getElementById('mynetwork').getBoundingClientRect();
                   return [r.left + p.x, r.top + p.y]; }""",
                task,
            )
            page.mouse.move(x, y)
            page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
            seen += page.inner_text("div.vis-tooltip")
            page.mouse.move(1, 1)
            page.evaluate("(id) => policykg.showDetails(id)", task)
            seen += page.inner_text("#details")
        assert "<script>window.__xss=1</script>" in seen
        assert '<img src=x onerror="window.__xss=2">' in seen
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert problems == []
    finally:
        page.close()


def _same(G: nx.Graph, H: nx.Graph) -> None:
    assert set(G.nodes) == set(H.nodes)
    assert {frozenset(e) for e in G.edges} == {frozenset(e) for e in H.edges}
    for n, d in G.nodes(data=True):
        for k, v in d.items():
            if v is None:
                continue
            assert H.nodes[n][k] == v, (n, k)
    for u, v, d in G.edges(data=True):
        for k, x in d.items():
            assert H.edges[u, v][k] == x, (u, v, k)


def test_graphml_and_gexf_round_trip(seed_kg, tmp_path):
    td = graph.query_df(seed_kg, "projection-task-department")
    G = task_department_graph(td)
    _same(G, nx.read_graphml(export_graphml(G, tmp_path / "g.graphml")))
    H = nx.read_gexf(export_gexf(G, tmp_path / "g.gexf"))
    _same(G, H)


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".csv", ".jsonld", ".png", ".svg"])
def test_write_export_every_format(seed_kg, tmp_path, suffix):
    paths = write_export(tmp_path / f"out{suffix}", seed_kg)
    assert all(p.stat().st_size > 0 for p in paths)
    if suffix == ".csv":
        assert [p.name for p in paths] == ["out.csv", "out_edges.csv"]


@pytest.fixture(scope="module")
def corpus_kg(shared):
    """The whole corpus (docs/ and docs2/) as one graph."""
    files = [p for sub in ("docs", "docs2") for p in sorted((shared / "corpus" / sub).iterdir()) if p.is_file()]
    return graph.build(files).graph


@pytest.fixture(scope="module")
def corpus_page(browser, corpus_kg, tmp_path_factory):
    path = write_map(tmp_path_factory.mktemp("corpus-map") / "corpus.html", corpus_kg)
    page, requests, problems = _open(browser, path)
    yield page, requests, problems
    page.close()


MIIT = "https://w3id.org/policykg/id/org/cn-miit"


@needs_browser
def test_corpus_map_no_two_departments_overlap_at_the_initial_view(corpus_page):
    page, requests, problems = corpus_page
    assert problems == [] and all(u.startswith("file://") for u in requests), (problems, requests)
    circles = page.evaluate(
        """() => { const ids = nodes.get().filter(n => n.type === 'department').map(n => n.id);
           const pos = network.getPositions(ids);
           return ids.map(id => { const p = network.canvasToDOM(pos[id]);
             return [id, p.x, p.y, network.body.nodes[id].options.size * network.getScale()]; }); }"""
    )
    assert len(circles) > 100
    for i, (a, ax, ay, ar) in enumerate(circles):
        for b, bx, by, br in circles[i + 1:]:
            assert ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 >= ar + br, (a, b)
    # the canvas fills the window below the bar (no fixed 760 px drawing)
    canvas_h, window_h = page.evaluate(
        "[document.getElementById('mynetwork').getBoundingClientRect().bottom, window.innerHeight]"
    )
    assert canvas_h >= window_h - 2
    # hovering a department shows its own tooltip, not a neighbour's
    x, y = page.evaluate(
        "(id) => { const p = network.canvasToDOM(network.getPositions([id])[id]);"
        " const r = document.getElementById('mynetwork').getBoundingClientRect();"
        " return [r.left + p.x, r.top + p.y]; }",
        MIIT,
    )
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    assert page.inner_text("div.vis-tooltip").startswith("工业和信息化部")
    page.mouse.move(1, 1)
    # a few labels, never on top of one another, at the fitted view
    assert 5 <= page.evaluate("policykg.labelsShown") <= 30


@needs_browser
def test_corpus_map_heading_counts_what_is_shown(corpus_page, corpus_kg):
    page, _, _ = corpus_page
    td = graph.query_df(corpus_kg, "projection-task-department")
    text = page.inner_text("#shown")
    assert f"{td['document'].nunique()} documents" in text and f"{td['source'].nunique()} tasks" in text
    doc = "ah_2021_gongye_hulianwang.txt"
    page.select_option("#doc", doc)
    sub = td[td["document"] == doc]
    text = page.inner_text("#shown")
    assert f"1 / {td['document'].nunique()} documents" in text
    assert f"{sub['source'].nunique()} / {td['source'].nunique()} tasks" in text
    page.select_option("#doc", "")
    page.uncheck("input.role[value=responsible]")
    hidden = page.evaluate("edges.get().filter(e => e.hidden).length")
    assert hidden == len(td[td["role"] == "responsible"].drop_duplicates(["source", "target"]).merge(
        td.groupby(["source", "target"])["role"].agg(lambda r: "lead" in set(r)).rename("has_lead"),
        on=["source", "target"]).query("not has_lead"))
    page.check("input.role[value=responsible]")
    page.select_option("#place", "CN")
    depts = page.evaluate("nodes.get().filter(n => n.type === 'department' && !n.hidden).map(n => n.id)")
    assert depts and all("/org/cn-" in d for d in depts), depts[:5]
    page.click("#clear")
    assert "/" not in page.inner_text("#shown")


@needs_browser
def test_corpus_map_search_by_short_form_zooms_to_the_department(corpus_page):
    page, _, _ = corpus_page
    page.click("#clear")
    before = page.evaluate("network.getScale()")
    page.fill("#search", "工信部")
    page.press("#search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [MIIT]
    assert page.evaluate("network.getScale()") > 1.5 * before
    assert page.inner_text("#details").startswith("工业和信息化部")
    assert not page.is_visible("#notfound")
    # its neighbours are in view
    inside = page.evaluate(
        """(id) => { const box = document.getElementById('mynetwork').getBoundingClientRect();
           const near = network.getConnectedNodes(id).concat([id]);
           const pos = network.getPositions(near);
           return near.every(n => { const p = network.canvasToDOM(pos[n]);
             return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height; }); }""",
        MIIT,
    )
    assert inside
    # part of a name lists every match, the full name first
    page.click("#clear")
    page.fill("#search", "工业和")
    items = page.inner_text("#matches")
    assert "工业和信息化部" in items and "matches" in items
    assert page.evaluate("policykg.find('工业和')")[:1] == ["工业和信息化部"]


@needs_browser
def test_corpus_map_unknown_name_says_not_found(corpus_page):
    page, _, _ = corpus_page
    page.click("#clear")
    page.fill("#search", "火星开发管理局")
    page.press("#search", "Enter")
    assert page.is_visible("#notfound")
    assert "not found" in page.inner_text("#notfound")
    assert page.evaluate("network.getSelectedNodes()") == []
    assert page.evaluate("nodes.get().filter(n => n.hidden).length") == 0


def test_task_tooltip_shows_the_text_once_with_file_path_and_quote(seed_kg):
    from graph.render.maps import map_data

    td = graph.query_df(seed_kg, "projection-task-department")
    data = map_data(td)
    tasks = {n["id"]: n for n in data["nodes"] if n["type"] == "task"}
    assert len(tasks) == td["source"].nunique()
    for r in td.drop_duplicates("source").to_dict("records"):
        n = tasks[r["source"]]
        head = r["text"][:30]
        assert n["tip"].count(head) == 1, n["tip"]  # the text once, not again inside the quote
        assert r["document"] in n["tip"] and r["path"] in n["tip"]
        clause = r["quote"][len(r["text"]):].strip()
        if r["form"] == "prose":
            assert not clause  # a duty in running text: the sentence is the whole quote
            continue
        assert clause and clause[-20:] in n["tip"]  # the rest of the quote: its responsibility clause
        assert r["quote"] in n["detail"] and r["text"] in n["detail"]
        assert len(n["tip"]) < 500
    # departments carry every name they go by; with the names query, short forms too
    names = graph.query_df(seed_kg, "map-department-names")
    depts = {n["label"]: n for n in map_data(td, names=names)["nodes"] if n["type"] == "department"}
    assert "省质监局" in depts["安徽省质量技术监督局"]["aliases"]
    assert depts["安徽省质量技术监督局"]["place"] == "AH"
