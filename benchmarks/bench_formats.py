"""Output formats benchmark (issue 15): the same build written as N-Triples, Turtle and JSON-LD.

Two inputs: one document with 100,000 tasks, and the 10,000-document synthetic corpus
(``scripts/synthetic_documents.py``). For each: one cold build into ``.nt`` (extraction and
writing), then, from that build's cache, one build into each of ``.nt``, ``.ttl`` and ``.jsonld``
(the output removed first, so it is written again): the formats differ only in the writing, which
these warm builds isolate. Time and peak memory as in ``bench_build.py`` (``ru_maxrss`` of the
largest process; the sum over the process tree sampled every 0.1 s).

    python benchmarks/bench_formats.py --md benchmarks/RESULTS-formats.md
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path, name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


bench = _module(ROOT / "benchmarks" / "bench_build.py", "bench_build")
synthetic = _module(ROOT / "scripts" / "synthetic_documents.py", "synthetic_documents")


def tasks_document(n: int) -> str:
    lines = ["关于开展质量提升行动的实施方案", "", "一、重点任务"]
    for i in range(1, n + 1):
        lines.append(f"{i}.开展第{i}项质量提升工作，到2025年覆盖率达到{i % 90 + 10}%。"
                     "（省市场监管局牵头，省财政厅、省统计局配合）")
    return "\n".join(lines) + "\n"


SIZES: dict[int, int] = {}


def run_case(label: str, inputs: Path, work: Path, jobs: str, cold_only: bool = False) -> list[tuple[str, object]]:
    rows = []
    out = work / "out"
    cache = work / "cache"
    if cold_only:  # every format built from nothing (a fresh cache each)
        for ext in ("nt", "ttl", "jsonld"):
            r = bench.build(f"{label}: cold build -> .{ext}", [str(inputs), "-o", str(out / f"kg.{ext}"), "--cache",
                                                               str(work / f"cache-{ext}"), "-j", jobs], cwd=ROOT)
            SIZES[id(r)] = (out / f"kg.{ext}").stat().st_size
            rows.append((f"cold .{ext}", r))
        return rows
    cold = bench.build(f"{label}: cold build -> .nt", [str(inputs), "-o", str(out / "kg.nt"), "--cache", str(cache),
                                                        "-j", jobs], cwd=ROOT)
    rows.append(("cold .nt", cold))
    for ext in ("nt", "ttl", "jsonld"):
        target = out / f"kg.{ext}"
        target.unlink(missing_ok=True)
        r = bench.build(f"{label}: warm build -> .{ext}", [str(inputs), "-o", str(target), "--cache", str(cache),
                                                           "-j", jobs], cwd=ROOT)
        SIZES[id(r)] = target.stat().st_size
        rows.append((f"warm .{ext}", r))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--md", help="write the tables here (Markdown)")
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--only", choices=["tasks", "corpus"], help="run one of the two inputs")
    ap.add_argument("--cold", action="store_true", help="only cold builds, one per format")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="policykg-formats-"))
    sections = []
    try:
        if a.only in (None, "tasks"):
            big = tmp / "big"
            big.mkdir()
            (big / "tasks.txt").write_text(tasks_document(a.tasks), encoding="utf-8")
            size = (big / "tasks.txt").stat().st_size / 1e6
            sections.append((f"one document, {a.tasks:,} tasks ({size:.1f} MB), -j 1",
                             run_case("tasks", big / "tasks.txt", tmp / "w1", "1", a.cold)))
        if a.only in (None, "corpus"):
            corpus = tmp / "corpus"
            synthetic.write_corpus(corpus, a.documents, seed=0)
            sections.append((f"{a.documents:,} synthetic documents, -j 2", run_case("corpus", corpus, tmp / "w2", "2", a.cold)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    lines = []
    for title, rows in sections:
        nt = next(r for k, r in rows if k in ("warm .nt", "cold .nt") and (k == "warm .nt" or not any(
            k2 == "warm .nt" for k2, _ in rows)))
        lines += [f"### {title}", "", "| build | seconds | × .nt | peak RSS, largest process (MB) | "
                  "peak RSS, process tree (MB) | output (MB) | summary |", "|---|---:|---:|---:|---:|---:|---|"]
        for k, r in rows:
            size = SIZES.get(id(r))
            lines.append(f"| {k} | {r.seconds:.1f} | {r.seconds / nt.seconds:.2f} | {r.maxrss_mb:.0f} | "
                         f"{r.tree_mb:.0f} | {'' if size is None else f'{size / 1e6:.0f}'} | {r.summary} |")
        lines.append("")
    text = "\n".join(lines)
    print(text)
    if a.md:
        Path(a.md).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
