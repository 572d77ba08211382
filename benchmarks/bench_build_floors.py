"""What the libraries alone cost for a build's volume: the floors under ``policykg build``.

From the N-Triples file of a build of N synthetic documents (``policykg build DOCS -o kg.nt``),
each floor runs in its own process under ``/usr/bin/time`` (CPU = user + system of every thread):

- ``bulk_load``: pyoxigraph ``Store.bulk_load(path=QUADS, format=N_QUADS)`` into a fresh store
  folder, the quads in the layout of ``policykg load`` (each document's triples in its own named
  graph, the rest in the shared graph; made once, untimed, by ``quads``);
- ``serialize FMT``: ``pyoxigraph.parse`` of the ``.nt`` streamed into ``pyoxigraph.serialize``
  in each output format (what ``graph.rdf.io.write_ntriples_as`` does with the build's lines);
- ``write``: the ``.nt`` bytes copied to a new file in 8 MB blocks (read + write: the least a
  build that writes N-Triples must do).

    .venv/bin/python benchmarks/bench_build_floors.py /tmp/perfb/nt-2000/kg.nt 2000 --work /tmp/perfb/floors

prints one line per floor: seconds wall, CPU, peak RSS, and the same per 100,000 documents
extrapolated linearly from N (say so when quoting it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from graph.store.base import document_of

SOURCE_FILE = "<https://w3id.org/policykg/ontology#sourceFile>"
SHARED_GRAPH = "<https://w3id.org/policykg/id/graph/shared>"
FORMATS = {"nt": "N_TRIPLES", "ttl": "TURTLE", "nq": "N_QUADS", "trig": "TRIG", "jsonld": "JSON_LD",
           "rdf": "RDF_XML"}


def quads(nt: Path, out: Path) -> None:
    """The triples of ``nt`` as N-Quads in the store layout (graph.store.base.partition)."""
    docs = set()
    with nt.open(encoding="utf-8") as fh:
        for line in fh:
            if f" {SOURCE_FILE} " in line:
                docs.add(line[1 : line.index(">")])
    with nt.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as w:
        batch = []
        for line in fh:
            d = document_of(line[1 : line.index(">")], docs) if line.startswith("<") else None
            batch.append(f"{line[:-3]} <{d}> .\n" if d else f"{line[:-3]} {SHARED_GRAPH} .\n")
            if len(batch) >= 100_000:
                w.write("".join(batch))
                batch.clear()
        w.write("".join(batch))


def floor_bulk_load(nq: str, folder: str, lenient: str = "0") -> None:
    import pyoxigraph as ox

    st = ox.Store(folder)
    st.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS, lenient=lenient == "1")
    st.flush()
    print(f"{len(st)} quads", file=sys.stderr)


def floor_serialize(nt: str, out: str, fmt: str) -> None:
    import pyoxigraph as ox

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from graph.rdf.io import PREFIXES

    with open(out, "wb") as w:
        ox.serialize(ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES), w, getattr(ox.RdfFormat, FORMATS[fmt]),
                     prefixes=PREFIXES)


def floor_write(nt: str, out: str) -> None:
    with open(nt, "rb") as r, open(out, "wb") as w:
        while block := r.read(1 << 23):
            w.write(block)


def timed(args: list[str]) -> tuple[float, float, float]:
    """Wall s, CPU s (user + sys, all threads), peak RSS MB of one subprocess."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", *args], capture_output=True, text=True, check=False)
    if p.returncode:
        raise SystemExit(f"{args}: exit {p.returncode}: {p.stderr[-500:]}")
    secs, kb, user, system = p.stderr.strip().splitlines()[-1].split()
    del t0
    return float(secs), float(user) + float(system), int(kb) / 1024


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in ("bulk_load", "serialize", "write"):
        {"bulk_load": floor_bulk_load, "serialize": floor_serialize, "write": floor_write}[sys.argv[1]](*sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("nt", type=Path, help="the .nt of a build of N synthetic documents")
    ap.add_argument("n", type=int, help="N, the number of documents in it")
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--floors", nargs="*", default=["bulk_load", "write", *FORMATS])
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    me = [sys.executable, __file__]
    nq = a.work / "kg.nq"
    if "bulk_load" in a.floors and not nq.exists():
        quads(a.nt, nq)
    lines = sum(1 for _ in a.nt.open("rb"))
    print(f"{a.nt}: {a.n} documents, {lines:,} triples, {a.nt.stat().st_size / 1e6:,.0f} MB; "
          f"load {Path('/proc/loadavg').read_text().split()[:3]}")
    for name in a.floors:
        if name == "bulk_load":
            for lenient in ("0", "1"):
                folder = a.work / "store"
                shutil.rmtree(folder, ignore_errors=True)
                r = timed([*me, "bulk_load", str(nq), str(folder), lenient])
                _show(f"bulk_load N-Quads{' lenient' if lenient == '1' else ''}", r, a.n, lines)
                shutil.rmtree(folder, ignore_errors=True)
            continue
        out = a.work / f"out.{name}"
        r = timed([*me, "write", str(a.nt), str(out)] if name == "write" else [*me, "serialize", str(a.nt), str(out), name])
        _show("write .nt bytes" if name == "write" else f"parse .nt -> serialize .{name}", r, a.n, lines,
              out.stat().st_size)
        out.unlink()


def _show(what: str, r: tuple[float, float, float], n: int, lines: int, size: int | None = None) -> None:
    wall, cpu, rss = r
    k = 100_000 / n
    extra = f", {size / 1e6:,.0f} MB out" if size is not None else ""
    print(f"| {what} | {wall:.1f} s | {cpu:.1f} s | {rss:.0f} MB | {cpu / lines * 1e6:.2f} µs | "
          f"{wall * k:,.0f} s | {cpu * k:,.0f} s |{extra}", flush=True)


if __name__ == "__main__":
    main()
