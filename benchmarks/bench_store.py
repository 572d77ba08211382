"""Store benchmark: memory (rdflib Dataset) vs oxigraph:DIR (pyoxigraph) on synthetic corpora.

For each size: load time and peak memory (ru_maxrss) of a fresh subprocess that loads the corpus
and runs every shipped query (latency of each, first run and best of the repeats), then the wall
time of ``policykg query leads --store oxigraph:DIR`` including process start.

    python benchmarks/bench_store.py --sizes 10000 100000 1000000 --md benchmarks/RESULTS-store.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _measure(backend: str, corpus: str, location: str, repeats: int, limit: int) -> dict[str, Any]:
    """Runs in its own process: load, query everything, report peak RSS."""
    import pandas  # noqa: F401  (imports are not part of the load time)
    import pyoxigraph  # noqa: F401
    import rdflib.plugins.parsers.ntriples  # noqa: F401

    import graph.rdf.io  # noqa: F401
    from graph.errors import QueryError
    from graph.sparql import list_queries
    from graph.store import open_store

    t0 = time.perf_counter()
    st = open_store("memory" if backend == "memory" else f"oxigraph:{location}", create=True)
    docs = st.load_file(corpus)
    load_s = time.perf_counter() - t0
    rss_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def on_alarm(*_: Any) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, on_alarm)
    queries: dict[str, Any] = {}
    for q in list_queries(include_checks=True):
        params = {"asof": [2019]} if q.name.endswith("-as-of") else None
        times: list[float] = []
        rows = None
        try:
            for _ in range(repeats):
                signal.alarm(limit)
                t = time.perf_counter()
                rows = len(st.query_df(q.name, params))
                times.append(time.perf_counter() - t)
                signal.alarm(0)
        except (TimeoutError, QueryError):  # the memory store wraps the alarm's TimeoutError
            signal.alarm(0)
            queries[q.name] = {"first": None, "best": None, "rows": None, "timeout": limit}
            continue
        queries[q.name] = {"first": times[0], "best": min(times), "rows": rows}
    st.close()
    return {"backend": backend, "docs": len(docs), "load_s": load_s, "rss_after_load_mb": rss_load,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "queries": queries}


def _run_measure(backend: str, corpus: Path, location: Path, repeats: int, limit: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "_measure", backend, str(corpus), str(location), str(repeats),
                          str(limit)], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"measuring {backend} on {corpus} failed:\n{out.stderr}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _wall(cmd: list[str], n: int = 3) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        best = min(best, time.perf_counter() - t)
    return best


def _fmt(x: float | None) -> str:
    if x is None:
        return "> limit"
    return f"{x * 1000:.1f} ms" if x < 0.1 else f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_measure":
        backend, corpus, location, repeats, limit = sys.argv[2:7]
        print(json.dumps(_measure(backend, corpus, location, int(repeats), int(limit))))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--backends", nargs="+", default=["memory", "oxigraph"])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=int, default=600, help="Give up on one query after this many seconds.")
    ap.add_argument("--work", type=Path, help="Folder for corpora and stores (default: a temp folder).")
    ap.add_argument("--md", type=Path, help="Write a Markdown report here.")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT / "scripts"))
    import synthetic_triples

    work = args.work or Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, Any]] = {}
    for size in args.sizes:
        corpus = work / f"corpus-{size}.nt"
        lines = synthetic_triples.write(corpus, size)
        results[size] = {"triples": lines, "bytes": corpus.stat().st_size}
        for backend in args.backends:
            location = work / f"oxigraph-{size}"
            if location.exists():
                import shutil

                shutil.rmtree(location)
            results[size][backend] = _run_measure(backend, corpus, location, args.repeats, args.limit)
            print(json.dumps({"size": size, backend: results[size][backend]}), flush=True)
        if "oxigraph" in args.backends:
            results[size]["cli_query_leads_s"] = _wall(
                ["policykg", "query", "leads", "--store", f"oxigraph:{work / f'oxigraph-{size}'}", "-f", "csv"])
    import_s = _wall([sys.executable, "-c", "import graph.cli"])
    help_s = _wall(["policykg", "--help"])
    (work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.md:
        args.md.write_text(_markdown(results, args, import_s, help_s), encoding="utf-8")


def _markdown(results: dict[int, dict[str, Any]], args: argparse.Namespace, import_s: float, help_s: float) -> str:
    free = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.rstrip()
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    import pyoxigraph
    import rdflib

    out = [
        "# Store benchmark: memory (rdflib) vs oxigraph:DIR (pyoxigraph)", "",
        f"Measured {dt.date.today().isoformat()} on {platform.platform()}, Python {platform.python_version()}, "
        f"rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}; nproc = {nproc}.", "",
        "```", "$ free -h", free, "```", "",
        "Command:", "",
        "```", f"python benchmarks/bench_store.py --sizes {' '.join(map(str, args.sizes))} --repeats {args.repeats} "
        f"--md benchmarks/RESULTS-store.md", "```", "",
        "Corpora: `scripts/synthetic_triples.py` (documents of 40 tasks, 1-4 assignments each, spans, targets, "
        "citations; same vocabulary as real graphs). Each backend is measured in a fresh subprocess: "
        "`load_file` of the N-Triples file (memory: rdflib parse into a Dataset; oxigraph: pyoxigraph parse, one "
        "transactional load per document into its named graph on disk), then every shipped query "
        f"(first run / best of {args.repeats}), peak RSS from `ru_maxrss`.", "",
        "## Load", "",
        "| triples | documents | memory load | memory peak RSS | oxigraph load | oxigraph peak RSS | "
        "`policykg query leads --store oxigraph:DIR` (wall, incl. start) |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results.values():
        m, o = r.get("memory", {}), r.get("oxigraph", {})
        out.append(f"| {r['triples']:,} | {(o or m).get('docs', '')} | {_fmt(m.get('load_s'))} | "
                   f"{m.get('peak_rss_mb', 0):.0f} MB | {_fmt(o.get('load_s'))} | {o.get('peak_rss_mb', 0):.0f} MB | "
                   f"{_fmt(r.get('cli_query_leads_s'))} |")
    out += ["", f"`python -c 'import graph.cli'`: {_fmt(import_s)}; `policykg --help`: {_fmt(help_s)} "
            "(best of 3; the package `__init__` imports rdflib, the store code is imported lazily).", ""]
    for r in results.values():
        out += [f"## Query latency at {r['triples']:,} triples (first run / best)", "",
                "| query | rows | memory | oxigraph | speed-up (best) |", "|---|---:|---:|---:|---:|"]
        m, o = r.get("memory", {}).get("queries", {}), r.get("oxigraph", {}).get("queries", {})
        for name in sorted(set(m) | set(o)):
            a, b = m.get(name, {}), o.get(name, {})
            ratio = f"{a['best'] / b['best']:.0f}×" if a.get("best") and b.get("best") else "—"
            rows = b.get("rows") if b.get("rows") is not None else a.get("rows")
            out.append(f"| {name} | {rows} | {_fmt(a.get('first'))} / {_fmt(a.get('best'))} | "
                       f"{_fmt(b.get('first'))} / {_fmt(b.get('best'))} | {ratio} |")
        out.append("")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
