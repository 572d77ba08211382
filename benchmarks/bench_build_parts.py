"""Where a build's CPU goes per document, part by part, in one process (issue 19, round 8).

    python benchmarks/bench_build_parts.py DOCS [--count 1800] [--warm 300] [--cache FOLDER]

Prints milliseconds of CPU per document (``time.process_time``), measured after ``--warm``
documents (tables, caches and memories warmed up as in a long build):

- **worker**: what a worker does for one file — read and hash it (the cache key), read the
  document, extract, the lines (``_line_set``), encode and sort them, the side data, write the
  cache file;
- **extraction**: the parts of ``graph.extract.extract``;
- **parent** (with ``--cache``, the cache folder of a finished ``policykg build`` of DOCS): the
  parent's writing of ``.nt`` and ``.ttl`` from those fragments (``BodySpool.add`` for every
  fragment, while the workers would extract, then ``finish``), twice each.

Run it with each checkout's interpreter to compare two checkouts (``cd /tmp`` first, so that the
checkout in the current folder is not imported instead).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

pt = time.process_time


def worker(docs: list[Path], warm: int) -> dict[str, float]:
    from graph.extract import extract
    from graph.fragments import _Cache, _key, _side_data
    from graph.ingest import read_document
    from graph.rdf import build
    from graph.resolve import default_resolver

    res = default_resolver()
    names = ("read and key", "read_document", "extract", "lines", "encode and sort", "side data", "cache write")
    spent = dict.fromkeys(names, 0.0)
    with tempfile.TemporaryDirectory() as tmp:
        cache = _Cache(Path(tmp))
        for n, p in enumerate(docs):
            t = [pt()]
            key = _key(p.read_bytes(), p.name)
            t.append(pt())
            doc = read_document(str(p))
            t.append(pt())
            ex = extract(doc)
            t.append(pt())
            lines, orgs = build._line_set(ex, res)
            t.append(pt())
            body = b"\n".join(sorted([line.encode() for line in lines])) + b"\n"
            t.append(pt())
            frag = _side_data(ex, str(p), key, orgs)
            t.append(pt())
            cache.put_encoded(frag, body)
            t.append(pt())
            if n >= warm:
                for k, name in enumerate(names):
                    spent[name] += t[k + 1] - t[k]
    return spent


def extraction(docs: list[Path], warm: int) -> dict[str, float]:
    import graph.extract as ex
    from graph.ingest import read_document

    names = ("normalize", "extract_metadata", "split_issuers", "numbered_units", "extract_tasks", "prose_tasks",
             "extract_targets", "extract_citations")
    spent = dict.fromkeys(names, 0.0)
    originals = {name: getattr(ex, name) for name in names}

    def timed(name: str):  # type: ignore[no-untyped-def]
        f = originals[name]

        def run(*a, **k):  # type: ignore[no-untyped-def]
            t = pt()
            try:
                return f(*a, **k)
            finally:
                spent[name] += pt() - t
        return run

    documents = [read_document(str(p)) for p in docs]
    try:
        for name in names:
            setattr(ex, name, timed(name))
        for d in documents[:warm]:
            ex.extract(d)
        for name in names:
            spent[name] = 0.0
        t = pt()
        for d in documents[warm:]:
            ex.extract(d)
        spent["(all of extract)"] = pt() - t
    finally:
        for name, f in originals.items():
            setattr(ex, name, f)
    return spent


def parent(cache_folder: Path) -> list[tuple[str, float, float, float]]:
    from graph.fragments import _Cache
    from graph.spool import BodySpool

    c = _Cache(cache_folder)
    frags = [c.get(k, f) for f, k in sorted(c.manifest().items())]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for ext, fmt in (("nt", "nt"), ("ttl", "turtle")) * 2:
            s0, t0 = os.times().system, pt()
            with BodySpool(Path(tmp) / f"kg.{ext}", fmt) as spool:
                for f in frags:
                    spool.add(f)  # type: ignore[arg-type]
                t1 = pt()
                spool.finish([f for f in frags if f is not None])
            rows.append((ext, (t1 - t0) / len(frags), (pt() - t1) / len(frags), (os.times().system - s0) / len(frags)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", type=Path)
    ap.add_argument("--count", type=int, default=1800)
    ap.add_argument("--warm", type=int, default=300)
    ap.add_argument("--cache", type=Path, help="the cache folder of a build of DOCS (for the parent's part)")
    a = ap.parse_args()
    import graph

    docs = sorted(a.docs.iterdir())[: a.count]
    n = len(docs) - a.warm
    print(f"graph from {Path(graph.__file__).parent}; {n} documents measured after {a.warm}")
    w = worker(docs, a.warm)
    print("worker, ms per document:", {k: round(v / n * 1000, 3) for k, v in w.items()},
          "total", round(sum(w.values()) / n * 1000, 3))
    e = extraction(docs, a.warm)
    print("extraction, ms per document:", {k: round(v / n * 1000, 3) for k, v in e.items()})
    if a.cache:
        for ext, add, finish, sys_ in parent(a.cache):
            print(f"parent .{ext}: add {add * 1000:.3f} ms, finish {finish * 1000:.3f} ms per document "
                  f"(of it system {sys_ * 1000:.3f} ms)")


if __name__ == "__main__":
    main()
