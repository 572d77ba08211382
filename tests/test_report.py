"""`policykg report`: one offline page whose every number is a shipped query's result."""

from __future__ import annotations

import base64
import io
import os
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import graph
from graph.analysis import network_figures, rank_table
from graph.cli import main
from graph.rdf.io import read_graph
from graph.render.report import REPORT_QUERIES

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
needs_browser = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"), reason="no /usr/bin/chromium (and not in CI)"
)

SEED = graph.example_path()


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def sections(page: str) -> dict[str, tuple[str, pd.DataFrame]]:
    """section id -> (query name, the CSV linked from it)."""
    out = {}
    for m in re.finditer(r'<section id="([^"]+)" data-query="([^"]+)">(.*?)</section>', page, re.S):
        key, query, body = m.groups()
        data = re.search(r'href="data:text/csv;charset=utf-8;base64,([^"]+)"', body)
        assert data, key
        out[key] = (query, pd.read_csv(io.BytesIO(base64.b64decode(data.group(1))), keep_default_na=False))
    return out


def same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """Equal as CSV text (how both reach the reader)."""
    norm = lambda df: pd.read_csv(io.StringIO(df.to_csv(index=False)), keep_default_na=False)  # noqa: E731
    pd.testing.assert_frame_equal(norm(a), norm(b), check_dtype=False)


def check_numbers(page: str, kg) -> None:
    found = sections(page)
    assert {q for q, _ in found.values()} == set(REPORT_QUERIES)
    assert [k for k in found] == ["totals", "documents", "roles", "top-lead", "top-tasks", "network", "targets", "cited"]
    for query, data in found.values():
        if query == "projection-task-department-lean":
            expected = network_figures(rank_table(graph.query_df(kg, query)))
        else:
            expected = graph.query_df(kg, query)
        same(data, expected)
    # the totals printed in the page are the query's
    totals = graph.query_df(kg, "report-totals").iloc[0]
    body = re.search(r'<section id="totals".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    assert re.findall(r'<td class="n">(\d+)</td>', body) == [str(int(v)) for v in totals.tolist()]


def offline(page: str) -> None:
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "<script" not in page and "<link" not in page


def test_report_of_the_example_equals_the_shipped_queries(tmp_path: Path) -> None:
    kg_file = tmp_path / "kg.nt"
    assert run("build", str(SEED), "-o", str(kg_file)).exit_code == 0
    out = tmp_path / "report.html"
    r = run("report", str(kg_file), "-o", str(out))
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    offline(page)
    check_numbers(page, read_graph(kg_file))
    assert page.count('src="data:image/png;base64,') == 7
    assert "安徽省质量技术监督局" in page and "SPARQL: queries/leads.rq" in page
    # same input, same page
    r = run("report", "-g", str(kg_file), "-o", str(tmp_path / "again.html"))
    assert (tmp_path / "again.html").read_text(encoding="utf-8") == page


def test_report_from_a_store_and_as_of(tmp_path: Path) -> None:
    kg_file = tmp_path / "kg.nt"
    run("build", str(SEED), "-o", str(kg_file))
    store = f"oxigraph:{tmp_path / 'store'}"
    assert run("load", str(kg_file), "--store", store).exit_code == 0
    out = tmp_path / "report.html"
    assert run("report", "--store", store, "-o", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    kg = read_graph(kg_file)
    leads = sections(page)["top-tasks"][1]
    same(leads, graph.query_df(kg, "leads"))
    out2 = tmp_path / "asof.html"
    assert run("report", str(kg_file), "--as-of", "2019", "-o", str(out2)).exit_code == 0
    page2 = out2.read_text(encoding="utf-8")
    query, leads2 = sections(page2)["top-tasks"]
    assert query == "leads-as-of"
    same(leads2, graph.query_df(kg, "leads-as-of", {"asof": [2019]}))
    assert "安徽省市场监督管理局" in set(leads2["department"])
    assert run("report", str(kg_file), "--store", store, "-o", str(out2)).exit_code == 1


@pytest.fixture(scope="module")
def corpus_report(shared, tmp_path_factory):
    files = [p for sub in ("docs", "docs2") for p in sorted((shared / "corpus" / sub).iterdir()) if p.is_file()]
    kg = graph.build(files).graph
    tmp = tmp_path_factory.mktemp("report")
    from graph.render.report import write_report

    return kg, Path(write_report(str(tmp / "report.html"), kg, source="corpus")), tmp


def test_corpus_report_numbers(corpus_report) -> None:
    kg, path, _ = corpus_report
    page = path.read_text(encoding="utf-8")
    offline(page)
    check_numbers(page, kg)
    totals = sections(page)["totals"][1].iloc[0]
    assert totals["documents"] >= 353 and totals["tasks"] > 100


@needs_browser
def test_corpus_report_loads_offline_in_chromium(corpus_report) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    _, path, tmp = corpus_report
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = b.new_page(viewport={"width": 1100, "height": 900})
            requests: list[str] = []
            problems: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.goto(path.resolve().as_uri())
            page.wait_for_load_state("load")
            images = page.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth])")
            assert len(images) == 7 and all(ok and w > 100 for ok, w in images)
            page.screenshot(path=str(tmp / "report.png"), full_page=True)
            assert (tmp / "report.png").stat().st_size > 50_000
            assert [u for u in requests if not u.startswith("data:")] == [path.resolve().as_uri()]
            assert problems == []
        finally:
            b.close()


def test_static_network_figure_labels_only_the_top_departments_and_never_overlap() -> None:
    import matplotlib.pyplot as plt

    from graph.analysis import coresponsibility_edges, coresponsibility_graph
    from graph.render.exports import cjk_fonts, draw_network

    kg = graph.build_graph([SEED])
    G = coresponsibility_graph(coresponsibility_edges(graph.query_df(kg, "projection-task-department-lean")))
    fig = draw_network(G, top=8)
    try:
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        texts = [t for t in fig.axes[0].texts if t.get_text()]
        assert 3 <= len(texts) <= 8
        boxes = [t.get_window_extent(renderer) for t in texts]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not a.overlaps(b), (a, b)
        strength = dict(G.degree(weight="weight"))
        best = max(strength.values())
        assert {G.nodes[n]["label"] for n in G if strength[n] == best} & {t.get_text() for t in texts}
        if cjk_fonts():
            assert texts[0].get_fontname() in cjk_fonts()
    finally:
        plt.close(fig)
