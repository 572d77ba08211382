"""Two checkouts of policykg side by side on one store: the same commands, before and after a
change, run alternately (so both see the same machine load), outputs compared byte for byte.

    .venv/bin/python benchmarks/bench_side_by_side.py --before /tmp/base/.venv/bin/policykg \\
        --after .venv/bin/policykg --store /tmp/bench-stores/store-1000000 --runs 3 --out /tmp/sbs

Each run is one process under ``/usr/bin/time`` (wall seconds from process start to exit, user +
system CPU, peak RSS). Also measured, as the part of every command no change to it can remove:
``python -c pass``, ``policykg --help`` (the CLI's start) and the floors of
``bench_commands.py floor COMMAND STORE OUT`` (the same query texts straight in pyoxigraph and the
metrics in igraph, with the ``--after`` checkout's queries). Prints a Markdown table: the minimum
and the median over the runs.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = {
    "rank": ("rank.csv", ["rank", "--store", "oxigraph:{store}", "-f", "csv", "-o", "{out}"]),
    "map": ("map.html", ["map", "--store", "oxigraph:{store}", "-o", "{out}"]),
    "export": ("x.graphml", ["export", "--store", "oxigraph:{store}", "-o", "{out}"]),
    "report": ("report.html", ["report", "--store", "oxigraph:{store}", "-o", "{out}"]),
}


def timed(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one process."""
    p = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *args], capture_output=True, text=True,
                       env=dict(os.environ, PYTHONHASHSEED="0"), check=False)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{p.stderr[-2000:]}")
    wall, user, system, kb = p.stderr.strip().splitlines()[-1].split()[-4:]
    return float(wall), float(user) + float(system), int(kb) / 1024


def summary(runs: list[tuple[float, float, float]]) -> str:
    walls, cpus, rss = zip(*runs, strict=True)
    return (f"{min(walls):.2f} / {statistics.median(walls):.2f} s | {min(cpus):.2f} / {statistics.median(cpus):.2f} s"
            f" | {max(rss):.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", required=True, help="policykg executable of the checkout before")
    ap.add_argument("--after", required=True, help="policykg executable of the checkout after")
    ap.add_argument("--store", required=True, help="an Oxigraph store folder")
    ap.add_argument("--out", required=True, help="folder for the outputs (before/, after/, floor/)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--commands", nargs="+", default=["rank", "map", "export"], choices=sorted(COMMANDS))
    ap.add_argument("--no-floor", action="store_true", help="skip the floors")
    a = ap.parse_args()
    out = Path(a.out)
    for side in ("before", "after", "floor"):
        (out / side).mkdir(parents=True, exist_ok=True)
    python = str(Path(a.after).parent / "python")
    rows = []
    start = {"python -c pass": [], "policykg --help": []}
    for _ in range(a.runs):
        start["python -c pass"].append(timed([python, "-c", "pass"]))
        start["policykg --help"].append(timed([a.after, "--help"]))
    for name in a.commands:
        filename, template = COMMANDS[name]
        runs: dict[str, list[tuple[float, float, float]]] = {"before": [], "after": [], "floor": []}
        for _ in range(a.runs):
            for side, exe in (("before", a.before), ("after", a.after)):
                args = [s.format(store=a.store, out=out / side / filename) for s in template]
                runs[side].append(timed([exe, *args]))
            if not a.no_floor:
                runs["floor"].append(timed([python, str(ROOT / "benchmarks" / "bench_commands.py"), "floor", name,
                                            a.store, str(out / "floor" / filename)]))
            print(name, {k: v[-1] for k, v in runs.items() if v}, file=sys.stderr, flush=True)
        same = filecmp.cmp(out / "before" / filename, out / "after" / filename, shallow=False)
        shown = " ".join(template).format(store="STORE", out=filename)
        rows.append((f"`policykg {shown}`", runs, "identical" if same else "**differs**"))
    load = os.getloadavg()
    print(f"\n{a.runs} runs each, alternately; load average at the end {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}\n")
    print("| command | before: wall min / median | CPU min / median | RSS | after: wall min / median | CPU min / "
          "median | RSS | floor: wall min / median | CPU min / median | RSS | output |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for shown, runs, same in rows:
        floor = summary(runs["floor"]) if runs["floor"] else "— | — | —"
        print(f"| {shown} | {summary(runs['before'])} | {summary(runs['after'])} | {floor} | {same} |")
    for name, r in start.items():
        print(f"| `{name}` | | | | {summary(r)} | | | | |")


if __name__ == "__main__":
    main()
