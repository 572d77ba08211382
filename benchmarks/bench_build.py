"""Build benchmark: extraction throughput against a regex floor, and ``policykg build`` time and
peak memory on the corpus, the LawRefBook laws, a synthetic 10,000-document corpus and one 50 MB
file, at -j 1 and -j 2, plus no-change rebuilds.

    python benchmarks/bench_build.py --md benchmarks/RESULTS-build.md
    python benchmarks/bench_build.py --only extraction          # just the in-process part

Builds run as subprocesses (``python -m graph build ...``) with a fresh output folder (cold
cache). Each is started by a tiny launcher process that reports ``ru_maxrss`` of its children
(``RUSAGE_CHILDREN``: the largest single process of the build, the parent or one worker; measured
from a launcher because a process forked from this one would inherit this process's high-water
mark). Besides, the resident sizes of the whole process tree are summed every 0.1 s from /proc.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import tarfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
# The floor: find every responsibility parenthesis, e.g. （省发展改革委牵头，省财政厅配合）.
RESP = re.compile(r"[（(][^（）()\n]{2,200}?(?:负责|牵头|配合|参与|指导)[^（）()\n]{0,20}[）)]")


# ------------------------------------------------------------------------------------ extraction


def _files(folder: Path) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]


def _best(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def extraction(folder: Path, repeats: int) -> tuple[list[str], str]:
    from graph.extract import extract
    from graph.ingest import document_from_bytes
    from graph.rdf.build import extraction_lines
    from graph.resolve import default_resolver

    files = _files(folder)
    mb = sum(len(d) for _, d in files) / 1e6
    n = len(files)
    found = [0]

    def floor() -> None:
        found[0] = sum(len(RESP.findall(d.decode("utf-8"))) for _, d in files)

    def floor_bytes() -> None:
        pat = re.compile(RESP.pattern.encode("utf-8"))
        sum(len(pat.findall(d)) for _, d in files)

    def ingest_extract() -> None:
        for name, d in files:
            extract(document_from_bytes(d, name))

    resolver = default_resolver()

    def whole() -> None:
        for name, d in files:
            extraction_lines(extract(document_from_bytes(d, name)), resolver)

    whole()  # warm up: rules, registry, regex caches
    rows = []
    t_floor = _best(floor, repeats)
    t_floor_b = _best(floor_bytes, repeats)
    t_ext = _best(ingest_extract, repeats)
    t_all = _best(whole, repeats)
    for label, t in [("regex floor: decode + `RESP.findall` (str)", t_floor),
                     ("regex floor: `findall` on the bytes", t_floor_b),
                     ("ingest + extract (`document_from_bytes` + `extract`)", t_ext),
                     ("ingest + extract + RDF (`extraction_lines`, what a build does per file)", t_all)]:
        rows.append(f"| {label} | {t * 1000:.0f} ms | {n / t:,.0f} | {mb / t:.2f} | {t / t_floor:.0f}× |")
    table = [f"{n} files, {mb:.2f} MB; the floor finds {found[0]} responsibility parentheses. Best of {repeats}, "
             "one process, files already in memory.", "",
             "| what | time | documents/s | MB/s | × floor |", "|---|---:|---:|---:|---:|", *rows]

    # where the time goes
    prof = cProfile.Profile()
    prof.enable()
    whole()
    prof.disable()
    buf = io.StringIO()
    st = pstats.Stats(prof, stream=buf)
    total = sum(v[2] for v in st.stats.values())  # type: ignore[attr-defined]
    by_area: dict[str, float] = {}
    for (file, _line, _fn), (_cc, _nc, tt, _ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        area = _area(file)
        by_area[area] = by_area.get(area, 0.0) + tt
    prof_rows = ["| code | self time | share |", "|---|---:|---:|"]
    for area, tt in sorted(by_area.items(), key=lambda kv: -kv[1])[:14]:
        prof_rows.append(f"| {area} | {tt * 1000:.0f} ms | {tt / total:.0%} |")
    st.sort_stats("tottime").print_stats(18)
    top = "\n".join(line for line in buf.getvalue().splitlines()[6:] if line.strip())
    top = re.sub(r"/\S*/site-packages/", "", top).replace(str(ROOT) + "/", "")
    return table, "\n".join(prof_rows) + "\n\nTop functions by self time (cProfile, one pass):\n\n```\n" + top + "\n```"


def _area(file: str) -> str:
    if "/graph/" in file:
        return "graph/" + file.split("/graph/", 1)[1]
    if "rdflib" in file:
        return "rdflib/" + file.split("rdflib/", 1)[1]
    if file.startswith("~") or file.startswith("<"):
        return "builtins (re, str, sorted…)"
    return Path(file).name


# ------------------------------------------------------------------------------------ builds


@dataclass
class Run:
    label: str
    command: str
    seconds: float
    maxrss_mb: float
    tree_mb: float
    summary: str


def _tree_rss(pid: int) -> int:
    """The summed resident size of the descendants of ``pid`` (the launcher itself not counted)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            if p != pid:
                with open(f"/proc/{p}/status") as fh:
                    for line in fh:
                        if line.startswith("VmRSS:"):
                            total += int(line.split()[1]) * 1024
                            break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


_LAUNCHER = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def build(label: str, args: list[str], *, cwd: Path, code: Path | None = None) -> Run:
    """One ``policykg build`` run; with ``code``, the package of that source tree (a folder holding
    ``graph/``, put first on PYTHONPATH) instead of the installed one."""
    cmd = [sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "graph", "build", *args]
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code) + os.pathsep + env.get("PYTHONPATH", "")
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # leave the other tree as it is
        label = f"{label} [{code}]"
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            done.wait(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err_b = proc.communicate()
    seconds = time.perf_counter() - t0
    done.set()
    th.join()
    err = err_b.decode("utf-8", "replace")
    maxrss_kb = int(out.decode().split()[-1])
    lines = [ln for ln in err.splitlines() if ln.startswith("policykg: ") and not ln.startswith("policykg: error")]
    failed = sum(1 for ln in err.splitlines() if ln.startswith("policykg: error"))
    summary = "; ".join(ln.removeprefix("policykg: ").split(" -> ")[0] for ln in lines)
    if failed:
        summary += f" ({failed} lines on stderr)"
    elif "policykg: " not in err:
        summary += f" (failed: {err.strip().splitlines()[-1] if err.strip() else '?'})"
    shown = " ".join(a if not a.startswith(str(cwd)) else a.replace(str(cwd), "$W") for a in args)
    print(f"{label}: {seconds:.1f} s, maxrss {maxrss_kb / 1024:.0f} MB, tree {peak[0] / 2**20:.0f} MB; "
          f"{summary}", file=sys.stderr, flush=True)
    return Run(label, f"policykg build {shown}", seconds, maxrss_kb / 1024, peak[0] / 2**20, summary)


def prepare(work: Path, synthetic: int, big_mb: int) -> dict[str, Path]:
    work.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {"corpus": SHARED / "docs"}
    laws = work / "laws"
    if not laws.is_dir():
        with tarfile.open(SHARED / "bulk" / "lawrefbook_laws_md.tar.gz") as tar:
            tar.extractall(laws, filter="data")
    out["laws"] = laws
    if synthetic:
        syn = work / f"synthetic{synthetic}"
        if not syn.is_dir() or len(list(syn.glob("*.txt"))) != synthetic:
            sys.path.insert(0, str(ROOT / "scripts"))
            from synthetic_documents import write_corpus

            shutil.rmtree(syn, ignore_errors=True)
            write_corpus(syn, synthetic)
        out["synthetic"] = syn
    if big_mb:
        import graph

        big = work / f"big{big_mb}mb" / f"seed_x{big_mb}mb.txt"
        if not big.exists():
            big.parent.mkdir(parents=True, exist_ok=True)
            seed = Path(graph.example_path()).read_bytes()
            big.write_bytes(seed * (big_mb * 1024 * 1024 // len(seed) + 1))
        out["big"] = big
    return out


def _size(p: Path) -> str:
    files = [p] if p.is_file() else [q for q in p.rglob("*") if q.is_file()]
    return f"{len(files):,} files, {sum(q.stat().st_size for q in files) / 1e6:.1f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", default="/tmp/policykg-bench-build")
    ap.add_argument("--synthetic", type=int, default=10_000)
    ap.add_argument("--big-mb", type=int, default=50, help="size of the single-file build (0: skip)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--only", choices=["extraction", "builds"])
    ap.add_argument("--jobs", nargs="*", default=["1", "2"])
    ap.add_argument("--md", help="write the results here (Markdown)")
    ap.add_argument("--inputs", nargs="*", default=["corpus", "laws", "synthetic"],
                    choices=["corpus", "laws", "synthetic"], help="which inputs to build")
    ap.add_argument("--code", nargs="*", type=Path, default=[],
                    help="compare source trees (folders holding graph/, e.g. a checkout of main and this one): "
                         "every build runs once per tree, in turn, into outputs of its own")
    a = ap.parse_args()
    trees: list[Path | None] = [c.resolve() for c in a.code] or [None]
    work = Path(a.workdir)
    sections: list[str] = []
    if a.only != "builds":
        table, prof = extraction(SHARED / "docs", a.repeats)
        sections += ["## Extraction throughput (`../shared/corpus/docs`)", "", *table, "",
                     "### Where the time goes (ingest + extract + RDF over the corpus)", "", prof, ""]
        print("\n".join(table), file=sys.stderr)
    runs: list[Run] = []
    inputs: dict[str, Path] = {}
    if a.only != "extraction":
        inputs = prepare(work, a.synthetic, a.big_mb)
        for name in a.inputs:
            if name not in inputs:
                continue
            for j in a.jobs:
                for t, code in enumerate(trees):
                    out = work / "out" / f"{name}-j{j}-{t}"
                    shutil.rmtree(out, ignore_errors=True)
                    runs.append(build(f"{name}, -j {j}, cold", [str(inputs[name]), "-o", str(out / "kg.nt"), "-j", j],
                                      cwd=work, code=code))
            j = a.jobs[-1]
            for k in range(2):
                for t, code in enumerate(trees):
                    out = work / "out" / f"{name}-j{j}-{t}"
                    runs.append(build(f"{name}, no-change rebuild #{k + 1}",
                                      [str(inputs[name]), "-o", str(out / "kg.nt"), "-j", j], cwd=work, code=code))
        if "big" in inputs:
            out = work / "out" / "big"
            shutil.rmtree(out, ignore_errors=True)
            runs.append(build(f"one {a.big_mb} MB file (the seed repeated), -j 1",
                              [str(inputs["big"]), "-o", str(out / "kg.nt"), "--no-cache"], cwd=work))
        rows = ["| build | input | wall | peak RSS, largest process | peak RSS, whole tree (sampled) | result |",
                "|---|---|---:|---:|---:|---|"]
        for r in runs:
            key = r.label.split(",")[0].split(" ")[0]
            src = inputs.get(key) or inputs.get("big")
            rows.append(f"| {r.label} | {_size(src) if src else ''} | {r.seconds:.1f} s | {r.maxrss_mb:,.0f} MB "
                        f"| {r.tree_mb:,.0f} MB | {r.summary} |")
        sections += ["## Builds (`policykg build`, subprocess, cold cache unless noted)", "", *rows, "",
                     "Commands (`$W` = the work folder):", "", "```",
                     *sorted({r.command for r in runs}, key=[r.command for r in runs].index), "```", ""]
    free = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.rstrip()
    head = [
        "# Build benchmark", "",
        f"Measured {dt.date.today().isoformat()} on {platform.platform()}, Python {platform.python_version()}, "
        f"nproc = {os.cpu_count()}.", "", "```", "$ free -h", free, "```", "",
        "Command: `python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]]) + "`", "",
    ]
    text = "\n".join(head + sections)
    if a.md:
        Path(a.md).write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
