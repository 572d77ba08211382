"""What department resolution costs per document, beside extraction, in one process.

For each input set (the corpus with docs2/, and synthetic documents of many places), with every
resolution cache cleared first, it times: extraction of every document; then the document's
jurisdiction and the resolution of every distinct mention of every document (what the build's
resolver does, cold); then the same resolutions again, warm (the build's per-process memo).

    python benchmarks/bench_departments.py [--md benchmarks/RESULTS-build.md]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"

_FORMS = ["发展改革委", "财政局", "教育局", "科技局", "工业和信息化局", "人力资源社会保障局", "市场监管局", "卫生健康委",
          "住房城乡建设局", "交通运输局", "农业农村局", "商务局", "生态环境局", "应急局", "税务局", "委宣传部", "统计局"]


def _synthetic(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` small city plans from cities drawn over all of China (name, text)."""
    from graph.departments.places import places

    cities = [p for p in places().all() if p.level == "prefecture" and p.status == "current"]
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        city = rnd.choice(cities)
        lines = [f"{city.name}人民政府办公室关于印发数字经济发展行动方案的通知", "一、重点任务"]
        for k in range(1, 16):
            who = "、".join("市" + f for f in rnd.sample(_FORMS, 3))
            lines.append(f"（{k}）推进第{k}项工作。（{who}按职责分工负责，省发展改革委指导）")
        out.append((f"syn_{i:05d}.txt", "\n".join(lines) + "\n"))
    return out


def _corpus() -> list[tuple[str, str]]:
    files = sorted((SHARED / "docs").glob("*.txt")) + sorted((SHARED / "docs2").glob("*.txt"))
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


def measure(docs: list[tuple[str, str]]) -> dict[str, float]:
    from graph.departments import local
    from graph.departments.registry import registry
    from graph.extract import extract
    from graph.model import Document
    from graph.resolve import _resolve_packaged, document_context

    local.resolve_local.cache_clear()
    _resolve_packaged.cache_clear()
    registry()  # the tables are read once per process, outside the timing
    t0 = time.perf_counter()
    exs = [extract(Document(source=name, text=text)) for name, text in docs]
    t1 = time.perf_counter()
    mentions = 0
    for ex in exs:
        jurisdiction, year = document_context(ex)
        for m in dict.fromkeys(a.mention for t in ex.tasks for a in t.assignees):
            _resolve_packaged(m, jurisdiction, year)
            mentions += 1
    t2 = time.perf_counter()
    for ex in exs:
        jurisdiction, year = document_context(ex)
        for m in dict.fromkeys(a.mention for t in ex.tasks for a in t.assignees):
            _resolve_packaged(m, jurisdiction, year)
    t3 = time.perf_counter()
    n = len(docs)
    return {
        "documents": n,
        "mentions": mentions,
        "extract_ms_per_doc": 1000 * (t1 - t0) / n,
        "resolve_cold_ms_per_doc": 1000 * (t2 - t1) / n,
        "resolve_warm_ms_per_doc": 1000 * (t3 - t2) / n,
        "resolve_cold_us_per_mention": 1e6 * (t2 - t1) / max(mentions, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--md", type=Path, help="append the results to this Markdown file")
    ap.add_argument("--synthetic", type=int, default=2000)
    a = ap.parse_args()
    rows = [("corpus docs + docs2", measure(_corpus())), (f"{a.synthetic} synthetic city plans", measure(_synthetic(a.synthetic)))]
    head = "| input | documents | distinct mentions | extraction ms/doc | resolution ms/doc (cold) | (warm) | µs/mention (cold) |"
    lines = [head, "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in rows:
        lines.append(
            f"| {name} | {r['documents']:.0f} | {r['mentions']:.0f} | {r['extract_ms_per_doc']:.2f} | "
            f"{r['resolve_cold_ms_per_doc']:.2f} | {r['resolve_warm_ms_per_doc']:.3f} | {r['resolve_cold_us_per_mention']:.0f} |"
        )
    text = "\n".join(lines)
    print(text)
    if a.md:
        with a.md.open("a", encoding="utf-8") as fh:
            fh.write("\n\n## Department resolution per document (`python benchmarks/bench_departments.py`)\n\n")
            fh.write(f"Measured {time.strftime('%Y-%m-%d')} in one process, caches cleared first; the machine was shared.\n\n")
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
