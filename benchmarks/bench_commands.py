"""Whole commands as a user types them, timed with process start, each beside its floor.

Rerun everything (writes benchmarks/RESULTS-commands.md; corpora and stores are kept in --work and
reused, the 5M-triple store takes ~4 min to make the first time)::

    .venv/bin/python benchmarks/bench_commands.py --md benchmarks/RESULTS-commands.md

Parts: ``--only build`` or ``--only analysis``; sizes with ``--docs 1000 10000`` and
``--triples 100000 1000000 5000000``.

Every measured thing is one subprocess started by ``/usr/bin/time -f "%e %M"``: wall seconds from
process start to exit, and the peak RSS of the largest single process of the run (the parent or
one worker: ``ru_maxrss`` of the waited-for children, as GNU time reports it).

- **build**: ``policykg build DOCS -o OUT/kg.nt|kg.ttl`` and ``policykg build DOCS --store
  oxigraph:OUT/store`` at ``-j 1`` and ``-j 2``, fresh output folder each time (cold cache), over
  ``scripts/synthetic_documents.py`` corpora.
- **analysis**: ``policykg query leads``, ``rank``, ``map``, ``export -o X.graphml`` and ``report``
  with ``--store oxigraph:DIR`` on stores of ``scripts/synthetic_triples.py`` corpora (each
  document in its own named graph, shared facts in ``SHARED_GRAPH``: the layout ``policykg load``
  writes, made here with pyoxigraph's ``bulk_load``). Each command runs right after its **floor**:
  ``python benchmarks/bench_commands.py floor COMMAND DIR OUT`` — the same shipped queries run
  directly in pyoxigraph (rows to Python strings) and the same metrics directly in igraph
  (co-responsibility network: degree, strength, betweenness, eigenvector, PageRank, Leiden and
  modularity), writing a file of the same kind; imports and process start included. The ratio
  command/floor is measured side by side, so it means more than the absolute seconds on a shared
  machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
QUERIES = ROOT / "queries"
BIN = Path(sys.executable).parent
POLICYKG = str(BIN / "policykg")
SHARED_GRAPH = "https://w3id.org/policykg/id/graph/shared"
DOC_PREFIX = "<https://w3id.org/policykg/id/doc/"


@dataclass
class Run:
    label: str
    command: str
    seconds: float
    rss_mb: float
    ok: bool
    note: str = ""


def timed(label: str, args: list[str], *, shown: str | None = None, timeout: float = 900.0,
          cwd: Path = ROOT) -> Run:
    """Run ``args`` under /usr/bin/time; wall seconds and peak RSS (MB) of the largest process."""
    cmd = ["/usr/bin/time", "-f", "%e %M", *args]
    env = dict(os.environ, PYTHONHASHSEED="0")
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return Run(label, shown or " ".join(args), time.perf_counter() - t0, float("nan"), False,
                   f"killed after {timeout:.0f} s")
    last = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "0 0"
    try:
        secs, kb = last.split()[-2:]
        seconds, rss = float(secs), int(kb) / 1024
    except ValueError:
        seconds, rss = time.perf_counter() - t0, float("nan")
    note = "" if p.returncode == 0 else f"exit {p.returncode}: {p.stderr.strip().splitlines()[-2:-1]}"
    run = Run(label, shown or " ".join(args), seconds, rss, p.returncode == 0, note)
    print(f"{label}: {seconds:.2f} s, {rss:.0f} MB {note}", file=sys.stderr, flush=True)
    return run


# ------------------------------------------------------------------------------------------ inputs


def _synthetic(name: str):
    sys.path.insert(0, str(SCRIPTS))
    return __import__(name)


def documents(work: Path, n: int) -> Path:
    folder = work / f"docs-{n}"
    if not folder.is_dir() or len(list(folder.glob("*.txt"))) != n:
        shutil.rmtree(folder, ignore_errors=True)
        _synthetic("synthetic_documents").write_corpus(folder, n)
    return folder


def _quads(n_triples: int) -> Iterator[str]:
    """The synthetic corpus as N-Quads in the layout of ``policykg load``: a triple whose subject is
    a document or an IRI under it in that document's graph, every other triple in the shared one."""
    docs: set[str] = set()
    for line in _synthetic("synthetic_triples").generate(n_triples):
        subject = line[: line.index(">") + 1]
        graph = None
        if subject.startswith(DOC_PREFIX):
            end = subject.find("/", len(DOC_PREFIX))
            graph = subject[:-1] if end < 0 else subject[:end]
            docs.add(graph)
        yield f"{line[:-1]}<{graph[1:] if graph else SHARED_GRAPH}> .\n"


def store(work: Path, n_triples: int) -> Path:
    """An Oxigraph store of ``n_triples`` synthetic triples, made once and reused."""
    import pyoxigraph as ox

    folder = work / f"store-{n_triples}"
    done = folder.with_suffix(".done")
    if folder.is_dir() and done.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    t0 = time.perf_counter()
    st = ox.Store(str(folder))
    chunk: list[str] = []
    for q in _quads(n_triples):
        chunk.append(q)
        if len(chunk) >= 200_000:
            st.bulk_load("".join(chunk), format=ox.RdfFormat.N_QUADS)
            chunk.clear()
    if chunk:
        st.bulk_load("".join(chunk), format=ox.RdfFormat.N_QUADS)
    st.flush()
    n = len(st)
    del st
    done.write_text(f"{n} quads in {time.perf_counter() - t0:.1f} s\n")
    print(f"store {folder}: {done.read_text().strip()}", file=sys.stderr)
    return folder


# ------------------------------------------------------------------------------------------- floor


def _rows(st, name: str) -> tuple[list[str], list[list[str | None]]]:
    """A shipped query straight in pyoxigraph over the union graph, every cell a Python string."""
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    result = st.query(text, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    rows = [[None if t is None else t.value for t in sol] for sol in result]
    return names, rows


def _coresponsibility(rows: list[list[str | None]], names: list[str]):
    """igraph of departments, an edge weighted by the tasks two departments share, and the
    metrics rank reports; named departments only (collectives left out)."""
    import igraph as ig
    import numpy as np
    import pandas as pd

    df = pd.DataFrame(rows, columns=names)
    df = df[df["collective"] != "true"]
    pairs = df[["source", "target"]].drop_duplicates()
    codes, uniq = pd.factorize(pairs["target"])
    tasks = pd.factorize(pairs["source"])[0]
    m = pd.DataFrame({"t": tasks, "d": codes}).merge(pd.DataFrame({"t": tasks, "d": codes}), on="t")
    m = m[m["d_x"] < m["d_y"]]
    w = m.groupby(["d_x", "d_y"]).size()
    g = ig.Graph(n=len(uniq), edges=list(w.index), edge_attrs={"weight": w.to_numpy(dtype=float)})
    import random

    ig.set_random_number_generator(random.Random(0))
    comm = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
    out = pd.DataFrame({
        "iri": uniq,
        "degree": g.degree(),
        "weighted_degree": g.strength(weights="weight"),
        "betweenness": np.asarray(g.betweenness(directed=False)) / max(1, (len(uniq) - 1) * (len(uniq) - 2) / 2),
        "eigenvector": g.eigenvector_centrality(weights="weight", scale=False),
        "pagerank": g.pagerank(weights="weight"),
        "community": comm.membership,
    })
    # the ranking's own columns: tasks by role, tasks, documents, label
    by_role = df.drop_duplicates(["target", "source", "role"]).groupby(["target", "role"]).size().unstack(fill_value=0)
    out = out.join(by_role, on="iri")
    out["tasks"] = out["iri"].map(df.groupby("target")["source"].nunique())
    out["documents"] = out["iri"].map(df.groupby("target")["document"].nunique())
    out["department"] = out["iri"].map(df.drop_duplicates("target").set_index("target")["department"])
    out.attrs["modularity"] = g.modularity(comm.membership, weights="weight")
    return g, out.sort_values(["tasks", "weighted_degree"], ascending=False)


def floor(command: str, location: str, output: str) -> None:
    """The least work ``command`` must do: its queries in pyoxigraph, its metrics in igraph."""
    import pyoxigraph as ox

    st = ox.Store.read_only(location)
    out = Path(output)
    if command == "leads":
        names, rows = _rows(st, "leads")
        out.write_text("".join(",".join(r or "" for r in row) + "\n" for row in [names, *rows]), encoding="utf-8")
    elif command == "rank":
        names, rows = _rows(st, "projection-task-department-lean")
        _, table = _coresponsibility(rows, names)
        table.to_csv(out, index=False)
    elif command == "map":
        import igraph as ig

        names, rows = _rows(st, "projection-task-department")
        labels = _rows(st, "map-department-names")[1]
        i = {n: k for k, n in enumerate(names)}
        nodes: dict[str, int] = {}
        edges = []
        for r in rows:
            a = nodes.setdefault(r[i["source"]] or "", len(nodes))
            b = nodes.setdefault(r[i["target"]] or "", len(nodes))
            edges.append((a, b))
        g = ig.Graph(n=len(nodes), edges=edges)
        size = g.degree()
        data = {"nodes": [{"id": k, "size": size[v]} for k, v in nodes.items()],
                "edges": [{"from": r[i["source"]], "to": r[i["target"]], "role": r[i["role"]], "text": r[i["text"]],
                           "quote": r[i["quote"]]} for r in rows], "names": labels}
        out.write_text("<html><script>const data=" + json.dumps(data, ensure_ascii=False) + "</script></html>",
                       encoding="utf-8")
    elif command == "export":
        import igraph as ig

        names, rows = _rows(st, "projection-task-department")
        i = {n: k for k, n in enumerate(names)}
        nodes = {}
        for r in rows:
            nodes.setdefault(r[i["source"]] or "", ("task", r[i["text"]] or ""))
            nodes.setdefault(r[i["target"]] or "", ("department", r[i["department"]] or ""))
        index = {k: n for n, k in enumerate(nodes)}
        g = ig.Graph(n=len(nodes), edges=[(index[r[i["source"]] or ""], index[r[i["target"]] or ""]) for r in rows])
        g.vs["name"] = list(nodes)
        g.vs["kind"] = [v[0] for v in nodes.values()]
        g.vs["label"] = [v[1] for v in nodes.values()]
        g.vs["degree"] = g.degree()
        g.es["role"] = [r[i["role"]] for r in rows]
        g.write_graphml(str(out))
    elif command == "report":
        parts = []
        for name in ("report-totals", "report-documents", "report-roles", "leads", "report-targets-by-deadline",
                     "report-cited"):
            names, rows = _rows(st, name)
            parts.append(f"<h2>{name}</h2><pre>{len(rows)} rows\n" + "\n".join(",".join(x or "" for x in r)
                                                                              for r in rows[:50]) + "</pre>")
        names, rows = _rows(st, "projection-task-department-lean")
        _, table = _coresponsibility(rows, names)
        parts.append(table.head(50).to_html())
        out.write_text("<html>" + "".join(parts) + "</html>", encoding="utf-8")
    else:
        raise SystemExit(f"unknown floor command {command!r}")


# -------------------------------------------------------------------------------------- benchmarks


def bench_builds(work: Path, sizes: list[int], jobs: list[int]) -> list[Run]:
    runs = []
    for n in sizes:
        docs = documents(work, n)
        for j in jobs:
            for kind in ("nt", "ttl", "store"):
                out = work / f"build-{n}-{kind}-j{j}"
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir(parents=True)
                target = ["-o", str(out / f"kg.{kind}")] if kind != "store" else ["--store", f"oxigraph:{out / 'store'}"]
                shown_target = f"-o OUT/kg.{kind}" if kind != "store" else "--store oxigraph:OUT/store"
                runs.append(timed(f"build {n} {kind} -j {j}", [POLICYKG, "build", str(docs), *target, "-j", str(j)],
                                  shown=f"policykg build docs-{n} {shown_target} -j {j}", timeout=3600))
                shutil.rmtree(out, ignore_errors=True)
    return runs


def _analysis_args(command: str, location: Path, out: Path) -> list[str]:
    s = ["--store", f"oxigraph:{location}"]
    return {
        "leads": ["query", "leads", *s, "-f", "csv", "-o", str(out / "leads.csv")],
        "rank": ["rank", *s, "-f", "csv", "-o", str(out / "rank.csv")],
        "map": ["map", *s, "-o", str(out / "map.html")],
        "export": ["export", *s, "-o", str(out / "x.graphml")],
        "report": ["report", *s, "-o", str(out / "report.html")],
    }[command]


FLOOR_OUT = {"leads": "leads.csv", "rank": "rank.csv", "map": "map.html", "export": "x.graphml", "report": "report.html"}


def bench_analysis(work: Path, sizes: list[int], commands: list[str], timeout: float) -> list[tuple[Run, Run]]:
    pairs = []
    for n in sizes:
        location = store(work, n)
        out = work / f"out-{n}"
        out.mkdir(exist_ok=True)
        for c in commands:
            f = timed(f"floor {c} {n}", [sys.executable, str(Path(__file__).resolve()), "floor", c, str(location),
                                         str(out / f"floor-{FLOOR_OUT[c]}")],
                      shown=f"bench_commands.py floor {c} STORE", timeout=timeout)
            args = _analysis_args(c, location, out)
            r = timed(f"{c} {n}", [POLICYKG, *args],
                      shown="policykg " + " ".join(a.replace(str(location), "STORE").replace(str(out) + "/", "")
                                                   for a in args), timeout=timeout)
            pairs.append((r, f))
    return pairs


# ----------------------------------------------------------------------------------------- writing


def _sec(r: Run) -> str:
    return f"{r.seconds:.2f} s" if r.ok else f"**failed** ({r.note})"


TITLE = "# Whole commands, with process start (issue 19)"
PREAMBLE = """Rerun all: `.venv/bin/python benchmarks/bench_commands.py --md benchmarks/RESULTS-commands.md`
(`--only build` or `--only analysis` reruns one part and replaces only its section here).

The machine (2 vCPUs) is shared with other agents' jobs: absolute seconds vary with their load
(noted with each run). The ratio of a command to its floor, measured one right after the other,
is the number to compare."""


def markdown(builds: list[Run], analysis: list[tuple[Run, Run]], argv: list[str], load_before: str,
             load_after: str, sizes: dict[int, str]) -> str:
    run = (f"Measured {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')} on {platform.platform()}, "
           f"Python {platform.python_version()}, nproc {os.cpu_count()}; command "
           "`" + " ".join([".venv/bin/python", "benchmarks/bench_commands.py", *argv]) + "`. "
           f"Load (`uptime`) before: `{load_before}`; after: `{load_after}`.")
    lines = [TITLE, "", PREAMBLE, ""]
    if builds:
        lines += ["## Builds of synthetic documents (`scripts/synthetic_documents.py`)", "", run, "",
                  "| command | wall | per document | peak RSS (largest process) |", "|---|---:|---:|---:|"]
        for r in builds:
            n = int(r.label.split()[1])
            lines.append(f"| `{r.command}` | {_sec(r)} | {r.seconds / n * 1000:.1f} ms | {r.rss_mb:.0f} MB |")
        lines.append("")
    if analysis:
        lines += ["## Analysis commands on Oxigraph stores (`scripts/synthetic_triples.py`)", "", run, ""]
        for n, desc in sizes.items():
            lines.append(f"- {n:,} triples: {desc}")
        lines += ["", "| triples | command | wall | peak RSS | floor | floor RSS | × floor |",
                  "|---:|---|---:|---:|---:|---:|---:|"]
        for r, f in analysis:
            n = int(r.label.split()[-1])
            ratio = f"{r.seconds / f.seconds:.1f}×" if r.ok and f.ok else "—"
            lines.append(f"| {n:,} | `{r.command}` | {_sec(r)} | {r.rss_mb:.0f} MB | {_sec(f)} | {f.rss_mb:.0f} MB | "
                         f"{ratio} |")
        lines.append("")
    return "\n".join(lines)


def merge(old: str, new: str) -> str:
    """``new`` with the sections (``## `` headings) of ``old`` that ``new`` does not measure kept:
    a run of one part keeps the other part's results; text after the measured sections (notes
    written by hand, ``### `` subsections) is kept too."""
    def sections(text: str) -> dict[str, str]:
        return {p.split("\n", 1)[0]: "## " + p.rstrip() + "\n" for p in text.split("\n## ")[1:]}

    kept = sections(old)
    kept.update(sections(new))
    return "\n".join([TITLE, "", PREAMBLE, "", *kept.values()]).rstrip()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "floor":
        floor(*sys.argv[2:5])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/bench-stores"))
    ap.add_argument("--docs", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--triples", type=int, nargs="*", default=[100_000, 1_000_000, 5_000_000])
    ap.add_argument("--commands", nargs="*", default=["leads", "rank", "map", "export", "report"])
    ap.add_argument("--only", choices=["build", "analysis"])
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds before an analysis command is killed")
    ap.add_argument("--md", type=Path, help="write the results here (markdown)")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    load_before = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    builds = bench_builds(a.work, a.docs, a.jobs) if a.only != "analysis" else []
    analysis = bench_analysis(a.work, a.triples, a.commands, a.timeout) if a.only != "build" else []
    sizes = {n: (a.work / f"store-{n}.done").read_text().strip() for n in a.triples} if analysis else {}
    load_after = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    text = markdown(builds, analysis, sys.argv[1:], load_before, load_after, sizes)
    print(text)
    if a.md:
        a.md.write_text(merge(a.md.read_text(encoding="utf-8") if a.md.exists() else "", text) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    main()
