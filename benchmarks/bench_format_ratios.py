"""Every output format of one build, side by side with ``.nt`` (issue 19: "in every output format").

Each build is one process under ``/usr/bin/time`` (wall from process start to exit, user and system
CPU, the peak RSS of the largest process), cold (``--no-cache``), ``-j 2``, in turn: so every format
sees the same machine load, and the ratios to ``.nt`` of the same round mean more than the seconds
on a shared machine. ``--code DIR`` adds the builds of another checkout (``git archive`` of main,
say), run from that folder in the same rounds. ``--count`` parses each output with pyoxigraph after
its build (not timed) and reports its triples.

    .venv/bin/python benchmarks/bench_format_ratios.py /tmp/perf-10k --work /tmp/perf-ratios \\
        [--formats nt ttl trig nq jsonld rdf store] [--code /tmp/perf-main] [--rounds 1] [--count]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OX = {"nt": "N_TRIPLES", "ttl": "TURTLE", "trig": "TRIG", "nq": "N_QUADS", "jsonld": "JSON_LD", "rdf": "RDF_XML"}


def timed(args: list[str], cwd: Path) -> tuple[float, float, float, int]:
    """Wall s, user s, system s, peak RSS (KB) of one process."""
    p = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *args], capture_output=True, text=True, cwd=cwd,
                       env=dict(os.environ, PYTHONHASHSEED="0"), check=False)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{p.stderr[-2000:]}")
    wall, user, sys_, rss = p.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user), float(sys_), int(rss)


def count(path: Path, ext: str) -> int:
    import pyoxigraph as ox

    return sum(1 for _ in ox.parse(path=str(path), format=getattr(ox.RdfFormat, OX[ext])))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs")
    ap.add_argument("--work", default="/tmp/perf-ratios")
    ap.add_argument("--formats", nargs="*", default=list(OX), help="extensions, and store (--store oxigraph:DIR)")
    ap.add_argument("--code", nargs="*", default=[], help="other checkouts, built in the same rounds")
    ap.add_argument("--jobs", default="2")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--count", action="store_true")
    a = ap.parse_args()
    work = Path(a.work)
    trees = [ROOT, *map(Path, a.code)]
    rows = []
    for r in range(a.rounds):
        for ext in a.formats:
            for tree in trees:
                out = work / f"kg.{ext}"
                shutil.rmtree(work, ignore_errors=True)
                work.mkdir(parents=True)
                target = ["--store", f"oxigraph:{out}"] if ext == "store" else ["-o", str(out)]
                wall, user, sys_, rss = timed([sys.executable, "-m", "graph", "build", a.inputs, *target,
                                               "--no-cache", "-j", a.jobs, "--no-progress"], cwd=tree)
                size = sum(p.stat().st_size for p in out.rglob("*")) if out.is_dir() else out.stat().st_size
                triples = count(out, ext) if a.count and ext != "store" else None
                label = "this tree" if tree == ROOT else str(tree)
                rows.append((r, ext, label, wall, user, sys_, rss, size, triples))
                print(f"{time.strftime('%H:%M:%S')} round {r} .{ext} [{label}] {wall:.1f} s wall, {user + sys_:.1f} s CPU, "
                      f"{rss / 1024:.0f} MiB, {size / 1e6:.0f} MB" + (f", {triples} triples" if triples else ""),
                      flush=True)
    shutil.rmtree(work, ignore_errors=True)
    print("\n| round | format | code | wall s | × .nt | CPU s (user + sys) | × .nt | peak RSS MiB | output MB | triples |")
    print("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for r, ext, label, wall, user, sys_, rss, size, triples in rows:
        nt = next((x for x in rows if x[0] == r and x[1] == "nt" and x[2] == label), None)
        ratio = f"{wall / nt[3]:.2f}" if nt else "—"
        cratio = f"{(user + sys_) / (nt[4] + nt[5]):.2f}" if nt else "—"
        print(f"| {r + 1} | .{ext} | {label} | {wall:.1f} | {ratio} | {user + sys_:.1f} ({user:.1f} + {sys_:.1f}) | {cratio} "
              f"| {rss / 1024:.0f} | {size / 1e6:,.0f} | {triples if triples else '—'} |")


if __name__ == "__main__":
    main()
