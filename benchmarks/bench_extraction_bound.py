"""How far below 26x the regex floor the extractor's design can go: three measures side by side.

1. **time**: the regex floor (decode + one ``findall`` per file, as in ``bench_build.py``) and
   ingest + extract, best of N, files in memory.
2. **scans**: every call the extractor makes of a compiled pattern on a whole document text
   (the text, its normalised form, or a line break plus it; with or without a start offset) is
   recorded during one extraction of the corpus, then replayed with nothing between the calls.
   That is the regex work alone, a lower bound for any Python code that keeps these patterns.
3. **mypyc**: the extraction modules compiled to C with mypyc (``git archive`` of HEAD into a
   temporary folder, no source change), then ingest + extract timed like (1).

Each measure runs in its own process; the ratios are to the floor measured in that process.

    python benchmarks/bench_extraction_bound.py [--repeats 5] [--no-mypyc]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench_build import RESP, ROOT, _best  # the same floor, the same timing

DOCS = ROOT.parent / "shared" / "corpus" / "docs"
# the modules a build runs per file, before the RDF lines (graph/model.py uses exec and dataclass tricks mypyc rejects)
COMPILED = [
    "graph/extract/brackets.py", "graph/extract/citations.py", "graph/extract/metadata.py",
    "graph/extract/responsibility.py", "graph/extract/spans.py", "graph/extract/structure.py",
    "graph/extract/targets.py", "graph/ingest/normalize.py", "graph/ingest/text.py",
]


def _files() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(DOCS.glob("*.txt"))]


def _floor(files: list[tuple[str, bytes]], repeats: int) -> float:
    return _best(lambda: [RESP.findall(d.decode("utf-8")) for _, d in files], repeats)


def measure_time(repeats: int) -> dict[str, Any]:
    from graph.extract import extract
    from graph.ingest import document_from_bytes

    files = _files()

    def run() -> None:
        for name, data in files:
            extract(document_from_bytes(data, name))

    run()  # warm up: rules, registry, regex caches
    return {"floor": _floor(files, repeats), "extract": _best(run, repeats), "graph": str(Path(
        sys.modules["graph"].__file__ or "").parent)}


def measure_scans(repeats: int) -> dict[str, Any]:
    """Record the whole-text regex calls of one extraction of the corpus, then replay them."""
    compile_ = re.compile
    calls: list[tuple[re.Pattern[str], str, tuple[Any, ...], dict[str, Any]]] = []
    long_enough = [0]  # the length of the current document's text

    class Recorder:
        """A compiled pattern that notes calls on a whole text (the module code sees no difference)."""

        def __init__(self, pattern: re.Pattern[str]) -> None:
            self._p = pattern
            self.pattern, self.flags, self.groups, self.groupindex = (
                pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex)

        def __getattr__(self, name: str) -> Any:
            method = getattr(self._p, name)
            if name not in {"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}:
                return method

            def call(*args: Any, **kwargs: Any) -> Any:
                subject = args[1] if name in {"sub", "subn"} else (args[0] if args else None)
                if isinstance(subject, str) and long_enough[0] and len(subject) >= long_enough[0]:
                    calls.append((self._p, name, args, kwargs))
                return method(*args, **kwargs)

            return call

    def recording_compile(pattern: Any, flags: int = 0) -> Any:
        return pattern if isinstance(pattern, Recorder) else Recorder(compile_(pattern, flags))

    re.compile = recording_compile  # type: ignore[assignment]
    try:
        from graph.extract import extract
        from graph.ingest import document_from_bytes
        from graph.ingest.text import decode_bytes

        files = _files()
        for name, data in files:
            try:
                long_enough[0] = max(200, len(decode_bytes(data)[0]))
            except Exception:  # a file the reader refuses is refused again below
                long_enough[0] = 200
            extract(document_from_bytes(data, name))
            long_enough[0] = 0
    finally:
        re.compile = compile_

    def replay(subset: list[tuple[re.Pattern[str], str, tuple[Any, ...], dict[str, Any]]]) -> None:
        for pattern, name, args, kwargs in subset:
            result = getattr(pattern, name)(*args, **kwargs)
            if name == "finditer":
                for _ in result:
                    pass

    groups: dict[str, list[tuple[re.Pattern[str], str, tuple[Any, ...], dict[str, Any]]]] = {}
    for c in calls:
        groups.setdefault(f"{c[1]} {c[0].pattern[:60]!r}", []).append(c)
    by_pattern = {key: _best(lambda subset=subset: replay(subset), repeats) for key, subset in groups.items()}
    top = sorted(by_pattern.items(), key=lambda kv: -kv[1])[:8]
    return {"floor": _floor(files, repeats), "scans": _best(lambda: replay(calls), repeats), "calls": len(calls), "top": top}


def _child(kind: str, repeats: int, path: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(path))
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--repeats", str(repeats)],
                         env=env, cwd=path, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--no-mypyc", action="store_true")
    ap.add_argument("--child", choices=["time", "scans"], help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps((measure_time if a.child == "time" else measure_scans)(a.repeats)))
        return
    rows: list[tuple[str, float, float]] = []
    t = _child("time", a.repeats, ROOT)
    rows += [("regex floor: decode + `RESP.findall`", t["floor"], t["floor"]),
             ("ingest + extract", t["extract"], t["floor"])]
    s = _child("scans", a.repeats, ROOT)
    rows.append((f"the extractor's {s['calls']:,} regex calls on whole texts, replayed alone", s["scans"], s["floor"]))
    if not a.no_mypyc:
        with tempfile.TemporaryDirectory(prefix="policykg-mypyc-") as tmp:
            archive = subprocess.run(["git", "archive", "HEAD", "graph"], cwd=ROOT, check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            subprocess.run([sys.executable, "-m", "mypyc", *COMPILED], cwd=tmp, check=True, capture_output=True)
            m = _child("time", a.repeats, Path(tmp))
            if not m["graph"].startswith(tmp):
                raise SystemExit(f"the compiled run imported {m['graph']}, not the copy in {tmp}")
            rows.append((f"ingest + extract, {len(COMPILED)} modules compiled with mypyc", m["extract"], m["floor"]))
    print(f"{len(_files())} files in {DOCS.relative_to(ROOT.parent)}; best of {a.repeats}; "
          "× floor uses the floor measured in the same process.\n")
    print("| what | time | × floor |\n|---|---:|---:|")
    for label, secs, floor in rows:
        print(f"| {label} | {secs * 1000:.1f} ms | {secs / floor:.1f}× |")
    print("\nLargest whole-text scans (replayed alone):\n")
    for key, secs in s["top"]:
        print(f"- {secs * 1000:.1f} ms  `{key}`")


if __name__ == "__main__":
    main()
