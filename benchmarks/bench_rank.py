"""Benchmark: ``rank_table`` (every metric) on a synthetic 50,000-task / 3,000-department table,
map generation at 100 / 1,000 / 5,000 nodes, and headless-chromium time until the map is drawn
(physics stabilised, or first frame when physics is off). Writes benchmarks/RESULTS.md, keeping
its ``## History`` section (earlier runs, by hand) as it is.

"rank, every metric" is the co-responsibility projection plus ``rank_table``, whose result carries
the whole-network figures (density, centralisation, Gini, communities, modularity) in
``attrs["network"]``: the wall time of a full ranking from the task–department table.

    python benchmarks/bench_rank.py [--tasks 50000] [--departments 3000] [--skip-networkx]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from synthetic_corpus import synthetic_projection  # noqa: E402

from graph.analysis import coresponsibility_edges, coresponsibility_graph, network_metrics, rank_table  # noqa: E402
from graph.render import projection_map  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def timed(f, *a, **k):
    t = time.perf_counter()
    out = f(*a, **k)
    return out, time.perf_counter() - t


def subset(td, n_nodes):
    """The first tasks (in order) until tasks + departments reach ``n_nodes``."""
    tasks = td["source"].drop_duplicates().tolist()
    lo, hi = 1, len(tasks)
    while lo < hi:
        mid = (lo + hi) // 2
        sub = td[td["source"].isin(set(tasks[:mid]))]
        if sub["source"].nunique() + sub["target"].nunique() >= n_nodes:
            hi = mid
        else:
            lo = mid + 1
    return td[td["source"].isin(set(tasks[:lo]))]


def browser_ms(path: Path) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = b.new_page()
        t = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.policykg && window.policykg.ready === true", timeout=600_000)
        ms = (time.perf_counter() - t) * 1000
        b.close()
    return ms


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=50_000)
    ap.add_argument("--departments", type=int, default=3_000)
    ap.add_argument("--skip-networkx", action="store_true")
    a = ap.parse_args()
    lines = ["# Benchmarks\n", f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}",
             f"- command: `{' '.join(['python', 'benchmarks/bench_rank.py', *sys.argv[1:]])}`",
             f"- machine: nproc {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}, "
             f"`free -h` total {subprocess.run(['free', '-h'], capture_output=True, text=True).stdout.split()[7]}, "
             f"Python {platform.python_version()}",
             "- data: scripts/synthetic_corpus.py, a projection-task-department DataFrame (not RDF)\n"]
    td, t_gen = timed(synthetic_projection, a.tasks, a.departments)
    co, t_co = timed(coresponsibility_edges, td)
    G, t_g = timed(coresponsibility_graph, co)
    lines.append(f"Synthetic table: {len(td):,} assignments, {td['source'].nunique():,} tasks, "
                 f"{td['target'].nunique():,} departments (generated in {t_gen:.1f} s); co-responsibility "
                 f"graph {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges (sparse BᵀB projection "
                 f"{t_co:.1f} s; as a NetworkX graph {t_g:.1f} s).\n")
    lines.append("## rank, every metric (projection + rank_table: tasks by role, documents, degree, weighted "
                 "degree, betweenness, eigenvector, PageRank, communities, and the network figures density, "
                 "centralisation, Gini, modularity)\n")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    lines.append(f"Load average (1, 5, 15 min) before the runs: {load} "
                 f"(shared machine; igraph's betweenness runs in {min(len(os.sched_getaffinity(0)), 8)} processes).\n")
    lines.append("| engine | projection s | rank_table s | total s | under 10 s |\n|---|---|---|---|---|")
    engines = ["igraph"] + ([] if a.skip_networkx else ["networkx"])
    for engine in engines:
        t0 = time.perf_counter()
        co_e = coresponsibility_edges(td)
        t1 = time.perf_counter()
        table = rank_table(td, co_e, engine=engine)
        t2 = time.perf_counter()
        assert set(table.attrs["network"]) >= {"density", "degree_centralisation", "gini_task_load", "modularity"}
        lines.append(f"| {engine} | {t1 - t0:.1f} | {t2 - t1:.1f} | {t2 - t0:.1f} | {'yes' if t2 - t0 < 10 else 'no'} |")
        print(engine, t2 - t0, table.attrs["network"], flush=True)
    lines.append("\nnetwork_metrics(G) alone, on the NetworkX graph (density, centralisation, Gini, modularity):\n")
    lines.append("| engine | seconds |\n|---|---|")
    for engine in engines:
        _, t_nm = timed(network_metrics, G, engine=engine)
        lines.append(f"| {engine} ({'Leiden' if engine == 'igraph' else 'Louvain'}) | {t_nm:.1f} |")
    lines.append("")
    lines.append("## Maps\n")
    lines.append("| nodes (tasks + departments) | edges | physics | generate s | HTML MB | browser ms to drawn |")
    lines.append("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (100, 1_000, 5_000):
            sub = subset(td, n)
            page, t_map = timed(projection_map, sub)
            path = Path(tmp) / f"map{n}.html"
            path.write_text(page, encoding="utf-8")
            nodes = sub["source"].nunique() + sub["target"].nunique()
            edges = len(sub.drop_duplicates(["source", "target"]))
            ms = browser_ms(path)
            physics = "on" if nodes <= 300 else "off"
            lines.append(f"| {nodes:,} | {edges:,} | {physics} | {t_map:.1f} | {len(page.encode()) / 1e6:.1f} | "
                         f"{ms:,.0f} |")
            print(n, t_map, ms, flush=True)
    out = ROOT / "benchmarks" / "RESULTS.md"
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    if "\n## History" in old:
        lines.append(old[old.index("\n## History"):].rstrip("\n"))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out.read_text())


if __name__ == "__main__":
    main()
