"""Whole commands as a user types them, timed with process start, each beside its floor.

Rerun everything (writes benchmarks/RESULTS-commands.md; corpora and stores are kept in --work and
reused, the 5M-triple store takes ~4 min to make the first time)::

    .venv/bin/python benchmarks/bench_commands.py --md benchmarks/RESULTS-commands.md

Parts: ``--only build`` or ``--only analysis``; sizes with ``--docs 1000 10000`` and
``--triples 100000 1000000 5000000``. The builds before and after a change, side by side (each
build by the other checkout right before this one's, outputs compared byte for byte), as in the
round of 2026-12-04 16:56 UTC::

    .venv/bin/python benchmarks/bench_commands.py --only build --docs 1000 10000 --jobs 2 1 \
        --formats nt ttl store --before /tmp/perfb/base/.venv/bin/policykg "main 13bd6c2" \
        --round "2026-12-04" --md benchmarks/RESULTS-commands.md

The floors under a build (what pyoxigraph alone costs for the same volume) are
``benchmarks/bench_build_floors.py``.

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
  modularity), writing a file of the same kind; imports and process start included. The lean
  projection of ``rank`` and ``report`` is, in the floor as in the command, the same five query
  texts ``graph.analysis.lean`` runs (``projection-assignments`` without ORDER BY, the tasks'
  forms, and the documents, roles and departments lookups), joined and sorted in pandas; ``map`` and ``export``
  add, in the floor as in the command, every task's path, text and quote from the same two query
  texts (``projection-task-texts``, ``projection-task-quotes``: ``graph.analysis.lean.with_texts``). The ratio
  command/floor is measured side by side, so it means more than the absolute seconds on a shared
  machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import json
import os
import platform
import shutil
import signal
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
    cpu: float = float("nan")  # user + system seconds of the process and its waited-for children


def timed(label: str, args: list[str], *, shown: str | None = None, timeout: float = 900.0,
          cwd: Path = ROOT) -> Run:
    """Run ``args`` under /usr/bin/time; wall seconds and peak RSS (MB) of the largest process."""
    cmd = ["/usr/bin/time", "-f", "%e %M %U %S", *args]
    env = dict(os.environ, PYTHONHASHSEED="0")
    t0 = time.perf_counter()
    # its own process group: a command past the timeout is killed with all its workers
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    stop, peak = "", 0.0
    while True:
        try:
            _, stderr = proc.communicate(timeout=0.5)
            break
        except subprocess.TimeoutExpired:
            peak = max(peak, _group_rss_mb(proc.pid))
            if time.perf_counter() - t0 > timeout:
                stop = f"killed after {timeout:.0f} s"
            elif peak > MAX_RSS_MB:
                stop = f"killed at {peak / 1024:.1f} GB resident (the machine is shared)"
            if stop:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                print(f"{label}: {stop}", file=sys.stderr, flush=True)
                return Run(label, shown or " ".join(args), time.perf_counter() - t0, peak, False, stop)
    p = subprocess.CompletedProcess(cmd, proc.returncode, "", stderr)
    last = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""
    try:
        secs, kb, user, system = last.split()[-4:]
        seconds, rss, cpu = float(secs), int(kb) / 1024, float(user) + float(system)
    except ValueError:
        seconds, rss, cpu = time.perf_counter() - t0, float("nan"), float("nan")
    note = "" if p.returncode == 0 else f"exit {p.returncode}: {p.stderr.strip().splitlines()[-2:-1]}"
    run = Run(label, shown or " ".join(args), seconds, rss, p.returncode == 0, note, cpu)
    print(f"{label}: {seconds:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MB {note}", file=sys.stderr, flush=True)
    return run


MAX_RSS_MB = 6 * 1024  # a command whose processes hold more is killed: 2 GB is the target, 23 GB is shared


def _group_rss_mb(pgid: int) -> float:
    """The resident memory of every process in process group ``pgid`` (MB), from /proc."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # fields after the command: state, ppid, pgrp, ...
            total += int(fields[21])  # rss in pages
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20


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


def _lean(st) -> tuple[list[str], list[list[str | None]]]:
    """``projection-task-department-lean``'s table as ``graph.analysis.lean`` makes it: the same four
    shipped query texts (``projection-assignments``, with no ORDER BY, ``projection-task-forms`` and
    three small lookups),
    joined and sorted in pandas."""
    import pandas as pd

    names, rows = _rows(st, "projection-assignments")
    core = pd.DataFrame(rows, columns=names)
    names, rows = _rows(st, "projection-task-forms")
    core = core.merge(pd.DataFrame(rows, columns=names), on="source")
    docs = {r[0]: r[1] for r in _rows(st, "projection-documents")[1]}
    roles = {r[0]: r[1] for r in _rows(st, "projection-roles")[1]}
    names, rows = _rows(st, "projection-agents")
    agents = pd.DataFrame(rows, columns=names)
    core["document"] = core["source"].map(lambda t: docs.get(t.rsplit("/task/", 1)[0]))
    core["role"] = core["roleConcept"].map(roles)
    td = core.dropna(subset=["document", "role"]).merge(agents, on="target")
    td = td.sort_values(["document", "source", "role", "target"], kind="stable")
    names = ["source", "target", "role", "document", "department", "collective", "level", "kind", "form"]
    return names, td[names].values.tolist()


def _with_texts(st) -> tuple[list[str], list[list[str | None]]]:
    """``projection-task-department``'s table as ``graph.analysis.lean.with_texts`` makes it: :func:`_lean`
    and the same two shipped query texts (``projection-task-texts``, ``projection-task-quotes``), joined
    in pandas."""
    import pandas as pd

    names, rows = _lean(st)
    td = pd.DataFrame(rows, columns=names)
    (tn, tr), (qn, qr) = _rows(st, "projection-task-texts"), _rows(st, "projection-task-quotes")
    texts, quotes = pd.DataFrame(tr, columns=tn), pd.DataFrame(qr, columns=qn)
    td = td.merge(texts, on="source").merge(quotes, on="source", how="left")
    return list(td.columns), td.values.tolist()


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
        names, rows = _lean(st)
        _, table = _coresponsibility(rows, names)
        table.to_csv(out, index=False)
    elif command == "map":
        import igraph as ig

        names, rows = _with_texts(st)
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

        names, rows = _with_texts(st)
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
        names, rows = _lean(st)
        _, table = _coresponsibility(rows, names)
        parts.append(table.head(50).to_html())
        out.write_text("<html>" + "".join(parts) + "</html>", encoding="utf-8")
    else:
        raise SystemExit(f"unknown floor command {command!r}")


# -------------------------------------------------------------------------------------- benchmarks


def bench_builds(work: Path, sizes: list[int], jobs: list[int], formats: list[str],
                 before: tuple[str, str] | None = None) -> Iterator[Run]:
    """Each build in a fresh output folder (cold cache); with ``before`` (a ``policykg`` of another
    checkout and its label) the same build by it first, right before this checkout's, and the two
    outputs compared byte for byte (``.nt``/``.ttl``…; a store is not compared here)."""
    for n in sizes:
        docs = documents(work, n)
        for j in jobs:
            for kind in formats:
                shown_target = f"-o OUT/kg.{kind}" if kind != "store" else "--store oxigraph:OUT/store"
                runs = [(POLICYKG, "", work / f"build-{n}-{kind}-j{j}")]
                if before is not None:
                    runs.insert(0, (before[0], f" [{before[1]}]", work / f"build-{n}-{kind}-j{j}-before"))
                for exe, tag, out in runs:
                    shutil.rmtree(out, ignore_errors=True)
                    out.mkdir(parents=True)
                    target = (["-o", str(out / f"kg.{kind}")] if kind != "store"
                              else ["--store", f"oxigraph:{out / 'store'}"])
                    run = timed(f"build {n} {kind} -j {j}{tag}", [exe, "build", str(docs), *target, "-j", str(j)],
                                shown=f"policykg build docs-{n} {shown_target} -j {j}{tag}", timeout=3600)
                    if before is not None and not tag and kind != "store":
                        same = filecmp.cmp(runs[0][2] / f"kg.{kind}", out / f"kg.{kind}", shallow=False)
                        run.note = "output identical to the run before" if same else "OUTPUT DIFFERS from the run before"
                        print(f"  {run.note}", file=sys.stderr, flush=True)
                    yield run
                for _, _, out in runs:
                    shutil.rmtree(out, ignore_errors=True)


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


def bench_analysis(work: Path, sizes: list[int], commands: list[str], timeout: float) -> Iterator[tuple[int, Run, Run]]:
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
            yield n, r, f


# ----------------------------------------------------------------------------------------- writing


def _sec(r: Run) -> str:
    return f"{r.seconds:.2f} s" if r.ok else f"**failed** ({r.note})"


TITLE = "# Whole commands, with process start (issue 19)"
PREAMBLE = """Rerun all: `.venv/bin/python benchmarks/bench_commands.py --md benchmarks/RESULTS-commands.md`
(`--only build`, `--only analysis`, `--triples N`, `--commands …` rerun a part: its rows replace
the same rows here, the others stay; the table is written after each measurement).

The machine (2 vCPUs) is shared with other agents' jobs: absolute seconds vary with their load
(`uptime` is noted on every row). The ratio of a command to its floor, measured one right after
the other, is the number to compare."""
BUILD_HEAD = "## Builds of synthetic documents (`scripts/synthetic_documents.py`)"
ANALYSIS_HEAD = "## Analysis commands on Oxigraph stores (`scripts/synthetic_triples.py`)"
BUILD_COLS = ("| command | wall | CPU (user+sys, all processes) | wall per document | CPU per document | "
              "peak RSS (largest process) | load average (1, 5, 15 min) |")
ANALYSIS_COLS = ("| triples | command | wall | CPU | peak RSS | floor wall | floor CPU | floor RSS | × floor (wall) | "
                 "× floor (CPU) | load average (1, 5, 15 min) |")


def _load() -> str:
    return ", ".join(Path("/proc/loadavg").read_text().split()[:3])


def build_row(r: Run, load: str, round_: str | None = None) -> str:
    n = int(r.label.split()[1])
    note = f" ({r.note})" if r.ok and r.note else ""
    note += f" · {round_}" if round_ else ""
    return (f"| `{r.command}`{note} | {_sec(r)} | {r.cpu:.1f} s | {r.seconds / n * 1000:.1f} ms | {r.cpu / n * 1000:.1f} ms | "
            f"{r.rss_mb:.0f} MB | {load} |")


def analysis_row(n: int, r: Run, f: Run, load: str) -> str:
    ratio = f"{r.seconds / f.seconds:.1f}×" if r.ok and f.ok else "—"
    cpu_ratio = f"{r.cpu / f.cpu:.1f}×" if r.ok and f.ok else "—"
    return (f"| {n:,} | `{r.command}` | {_sec(r)} | {_cpu(r)} | {_mb(r)} | {_sec(f)} | {_cpu(f)} | {_mb(f)} | {ratio} | "
            f"{cpu_ratio} | {load} |")


def _cpu(r: Run) -> str:
    return f"{r.cpu:.1f} s" if r.ok else "—"


def _mb(r: Run) -> str:
    return f"{r.rss_mb:.0f} MB" if r.ok else "—"


def _table(text: str, head: str) -> list[str]:
    """The rows of the table of section ``head`` in ``text``."""
    if head not in text:
        return []
    body = text.split(head, 1)[1].split("\n## ", 1)[0].splitlines()
    return [x for x in body if x.startswith("| ") and not x.startswith(("| command", "| triples"))]


def _key(row: str) -> str:
    cells = [c.strip() for c in row.strip("|").split("|")]
    return "|".join(cells[:2]) if cells[0].replace(",", "").isdigit() else cells[0]


def write_md(path: Path, head: str, cols: str, rows: list[str], notes: list[str]) -> None:
    """Put ``rows`` into section ``head`` of ``path``: a row replaces the row of the same command
    (and size); other rows, other sections and text after the tables are kept."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    sections: dict[str, str] = {}
    for part in old.split("\n## ")[1:]:
        sections["## " + part.split("\n", 1)[0]] = "## " + part.rstrip() + "\n"
    merged = {_key(r): r for r in _table(old, head)}
    merged.update({_key(r): r for r in rows})
    sep = "|" + "|".join("---:" if i else "---" for i in range(cols.count("|") - 1)) + "|"
    sections[head] = "\n".join([head, "", *notes, "", cols, sep, *merged.values()]) + "\n"
    order = [BUILD_HEAD, ANALYSIS_HEAD]
    keys = [k for k in order if k in sections] + [k for k in sections if k not in order]
    path.write_text("\n".join([TITLE, "", PREAMBLE, "", *(sections[k] for k in keys)]).rstrip() + "\n",
                    encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "floor":
        floor(*sys.argv[2:5])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/bench-stores"))
    ap.add_argument("--docs", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--formats", nargs="*", default=["nt", "ttl", "store"],
                    choices=["nt", "ttl", "nq", "trig", "jsonld", "rdf", "store"])
    ap.add_argument("--round", help="a label added to each build row (e.g. the date): rows of another round are "
                    "kept, not replaced")
    ap.add_argument("--before", nargs=2, metavar=("POLICYKG", "LABEL"),
                    help="also run each build with this policykg (another checkout), right before this one's")
    ap.add_argument("--triples", type=int, nargs="*", default=[100_000, 1_000_000, 5_000_000])
    ap.add_argument("--commands", nargs="*", default=["leads", "rank", "map", "export", "report"])
    ap.add_argument("--only", choices=["build", "analysis"])
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds before an analysis command is killed")
    ap.add_argument("--md", type=Path, help="write the results here (markdown)")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    machine = (f"Machine: {platform.platform()}, Python {platform.python_version()}, nproc {os.cpu_count()}; "
               f"started {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}.")
    if a.only != "analysis":
        rows: list[str] = []
        for r in bench_builds(a.work, a.docs, a.jobs, a.formats, tuple(a.before) if a.before else None):
            rows.append(build_row(r, _load(), a.round))
            if a.md:
                write_md(a.md, BUILD_HEAD, BUILD_COLS, rows, [machine])
    if a.only != "build":
        rows = []
        for n, r, f in bench_analysis(a.work, a.triples, a.commands, a.timeout):
            rows.append(analysis_row(n, r, f, _load()))
            if a.md:
                made = sorted((int(d.stem.split("-")[1]), d) for d in a.work.glob("store-*.done"))
                sizes = [f"- {m:,} triples: {d.read_text().strip()}" for m, d in made]
                write_md(a.md, ANALYSIS_HEAD, ANALYSIS_COLS, rows, [machine, "", *sizes])
    if a.md:
        print(a.md.read_text(encoding="utf-8"))

if __name__ == "__main__":
    main()
