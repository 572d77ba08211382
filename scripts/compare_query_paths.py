"""Every shipped query on graph files through both paths of ``policykg query -g FILE``: rdflib's engine
on :func:`graph.rdf.io.read_graph`'s graph (the reference) and Oxigraph on
:func:`graph.store.filestore.read_store`'s store; the bytes ``-f csv``, ``-f json`` and ``-f table``
print compared.

    python scripts/compare_query_paths.py [-v] [--limit CPU_SECONDS] GRAPH_FILE...

Prints one line per file (queries, differences, CPU seconds per path; -v: per query too) and each difference; exit status 1
if any output differs. --limit: a query rdflib has not answered in that many CPU seconds is left out
(and named): rdflib joins some patterns quadratically."""

from __future__ import annotations

import signal
import sys
import time
from typing import Any

from graph.cli.common import render
from graph.queryfile import in_order, list_queries, load_query, run_query
from graph.rdf.io import read_graph
from graph.store.filestore import read_store

FORMATS = ("csv", "json", "table")


def cases() -> list[tuple[str, dict[str, list[Any]]]]:
    """Every shipped query (checks too) without parameters, and each ``-as-of`` one as of 2019 (as
    tests/test_store_contract.py runs them)."""
    out: list[tuple[str, dict[str, list[Any]]]] = []
    for q in list_queries(include_checks=True):
        out.append((q.name, {}))
        if q.name.endswith("-as-of"):
            out.append((q.name, {"asof": [2019]}))
    return out


class Slow(BaseException):
    """rdflib took longer than the CPU seconds allowed (a BaseException: no ``except Exception`` keeps it)."""


def _slow(*_: Any) -> None:
    raise Slow


def outputs(source: Any, name: str, params: dict[str, list[Any]]) -> dict[str, bytes]:
    answer = in_order(run_query(source, name, params), load_query(name))  # what `policykg query` prints
    return {fmt: render((answer.columns, answer.rows), fmt) for fmt in FORMATS}


def compare(path: str, verbose: bool = False, limit: float = 0.0) -> list[str]:
    t = time.process_time()
    g = read_graph(path)
    t_old_load = time.process_time() - t
    t = time.process_time()
    st = read_store(path)
    t_new_load = time.process_time() - t
    diffs, rows, t_old, t_new = [], 0, 0.0, 0.0
    skipped: list[str] = []
    signal.signal(signal.SIGPROF, _slow)
    for name, params in cases():
        t = time.process_time()
        signal.setitimer(signal.ITIMER_PROF, limit)
        try:
            old = outputs(g, name, params)
        except Slow:
            skipped.append(f"{path}: {name} {params or ''}: rdflib gave no answer in {limit:g} CPU-s; not compared")
            print("  " + skipped[-1], flush=True)
            continue
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        t_old += (dt_old := time.process_time() - t)
        t = time.process_time()
        new = outputs(st, name, params)
        t_new += (dt_new := time.process_time() - t)
        if verbose:
            print(f"  {name} {params or ''}: CPU s {dt_old:.2f} (rdflib) / {dt_new:.2f} (oxigraph)", flush=True)
        rows += old["csv"].count(b"\n") - 1
        diffs += [f"{path}: {name} {params or ''} -f {fmt} differs" for fmt in FORMATS if old[fmt] != new[fmt]]
    print(f"{path}: {len(cases()) - len(skipped)} of {len(cases())} queries x {len(FORMATS)} formats, {rows} rows, "
          f"{len(diffs)} differ; "
          f"CPU s read {t_old_load:.1f} (rdflib) / {t_new_load:.1f} (oxigraph), "
          f"queries {t_old:.1f} (rdflib) / {t_new:.1f} (oxigraph)", flush=True)
    return diffs


def main(args: list[str]) -> int:
    verbose = "-v" in args
    limit = float(args[args.index("--limit") + 1]) if "--limit" in args else 0.0
    paths = [a for i, a in enumerate(args) if a not in ("-v", "--limit") and (i == 0 or args[i - 1] != "--limit")]
    diffs = [d for p in paths for d in compare(p, verbose, limit)]
    for d in diffs:
        print(d)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
