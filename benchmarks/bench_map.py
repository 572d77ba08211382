"""Benchmark: maps from 10 to 5,000 nodes — generation time, page size, and in headless Chromium the
time until the map is drawn, then how responsive it stays (a search that selects and zooms, a
document filter, a zoom step with labels re-placed). Also checks, at every size, that no two
nodes overlap in the drawn layout. Writes benchmarks/RESULTS-maps.md.

    python benchmarks/bench_map.py [--sizes 10,100,1000,5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_rank import ARGS, subset  # noqa: E402
from synthetic_corpus import synthetic_projection  # noqa: E402

from graph.render import projection_map  # noqa: E402

OVERLAPS = """() => { const d = policykg.data.nodes, pos = network.getPositions(); let bad = 0;
  const cell = 80, grid = new Map();
  d.forEach((n, i) => { const p = pos[n.id], r = n.shape === 'dot' ? n.size : n.size * Math.SQRT2;
    const gx = Math.floor(p.x / cell), gy = Math.floor(p.y / cell);
    for (let a = gx - 1; a <= gx + 1; a++) for (let b = gy - 1; b <= gy + 1; b++) {
      for (const [q, s] of (grid.get(a + ':' + b) || [])) {
        if (Math.hypot(p.x - q.x, p.y - q.y) < r + s - 0.01) bad++; } }
    const k = gx + ':' + gy; if (!grid.has(k)) grid.set(k, []); grid.get(k).push([p, r]); });
  return bad; }"""


def browser(path: Path, search: str, doc: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = b.new_page(viewport={"width": 1400, "height": 900})
        t = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.policykg && window.policykg.ready === true", timeout=600_000)
        out = {"drawn_ms": (time.perf_counter() - t) * 1000}
        out["overlaps"] = page.evaluate(OVERLAPS)
        out["search_ms"] = page.evaluate(
            "(q) => { const t = performance.now(); policykg.search(q); network.redraw(); return performance.now() - t; }",
            search,
        )
        out["filter_ms"] = page.evaluate(
            "(doc) => { const t = performance.now(); const s = document.getElementById('doc'); s.value = doc;"
            " s.dispatchEvent(new Event('change')); network.redraw(); return performance.now() - t; }",
            doc,
        )
        out["zoom_ms"] = page.evaluate(
            "() => { document.getElementById('clear').click(); const t = performance.now();"
            " network.moveTo({scale: network.getScale() * 2}); policykg.placeLabels(); network.redraw();"
            " return performance.now() - t; }"
        )
        b.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,100,1000,5000")
    ap.add_argument("--repeat", type=int, default=3, help="Browser runs per size; the median is reported.")
    a = ap.parse_args()
    sizes = [int(x) for x in a.sizes.split(",")]
    td = synthetic_projection(6_000, 1_200)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        "# Map benchmark\n",
        f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}",
        "- command: `" + " ".join(["python", "benchmarks/bench_map.py", *sys.argv[1:]]) + "`",
        f"- machine: nproc {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}, "
        f"Python {platform.python_version()}, load average before: {load}",
        "- data: scripts/synthetic_corpus.py (6,000 tasks, 1,200 departments), the first tasks until "
        "tasks + departments reach the size; headless Debian chromium, 1400×900 window",
        "- browser figures are the median of `--repeat` runs (drawn: min–max in brackets)",
        "- drawn = from navigation to the first frame with labels placed; search = `policykg.search` "
        "(match, filter to the neighbourhood, zoom) + redraw; filter = choosing a document; zoom = one "
        "2× zoom step with labels re-placed + redraw\n",
        "| nodes | edges | generate s | HTML MB | drawn ms | overlapping node pairs | search ms | filter ms | zoom ms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            sub = subset(td, n)
            t = time.perf_counter()
            page = projection_map(sub, heading=f"synthetic {n}")
            t_map = time.perf_counter() - t
            path = Path(tmp) / f"map{n}.html"
            path.write_text(page, encoding="utf-8")
            nodes = sub["source"].nunique() + sub["target"].nunique()
            edges = len(sub.drop_duplicates(["source", "target"]))
            top = sub.groupby("department")["source"].nunique().idxmax()
            runs = [browser(path, str(top)[-4:], str(sub["document"].iloc[0])) for _ in range(max(1, a.repeat))]
            r = {k: statistics.median(x[k] for x in runs) for k in runs[0]}
            spread = f" ({min(x['drawn_ms'] for x in runs):,.0f}–{max(x['drawn_ms'] for x in runs):,.0f})"
            row = (f"| {nodes:,} | {edges:,} | {t_map:.1f} | {len(page.encode()) / 1e6:.1f} | {r['drawn_ms']:,.0f}{spread} | "
                   f"{r['overlaps']:.0f} | {r['search_ms']:,.0f} | {r['filter_ms']:,.0f} | {r['zoom_ms']:,.0f} |")
            lines.append(row)
            print(row, flush=True)
    out = ROOT / "benchmarks" / "RESULTS-maps.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out.read_text())


if __name__ == "__main__":
    main()
