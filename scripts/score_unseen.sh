#!/usr/bin/env bash
# Score policykg on the hand-made gold of documents the rules were not written on (tests/unseen_gold).
#   scripts/score_unseen.sh [OUT_DIR]        (GOLD=tests/unseen_gold2 for the second set)
# Links the gold documents from ../shared/corpus/{docs,docs2} into OUT_DIR/docs, runs the same
# ../shared/eval/run_eval.sh as the dev evaluation (all measures over the six documents), then
# score.py once per document (every measure per document), and scripts/score_departments.py
# against tests/unseen_gold/departments.tsv.
# Uses POLICYKG (default .venv/bin/policykg); run from the worktree root.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gold=${GOLD:-$root/tests/unseen_gold}
corpus=${CORPUS:-$root/../shared/corpus}
eval=${EVAL:-$root/../shared/eval}
out=${1:-$(mktemp -d)}
export POLICYKG=${POLICYKG:-$root/.venv/bin/policykg}
py=${PYTHON:-$root/.venv/bin/python}
mkdir -p "$out/docs"
for j in "$gold"/*.json; do
  stem=$(basename "$j" .json)
  f=$(ls "$corpus"/docs/"$stem".* "$corpus"/docs2/"$stem".* 2>/dev/null | head -n 1 || true)
  [[ -n $f ]] || { echo "no document for $stem" >&2; exit 2; }
  ln -sf "$f" "$out/docs/"
done
echo "== all unseen documents"
"$eval/run_eval.sh" "$gold" "$out/docs" "$out"
echo
echo "== the same without the project-list table (rows under 项目名称 | … | 责任单位; see docs/unseen-eval.md)"
alt=$(mktemp -d)
python3 - "$gold" "$alt" <<'PY'
import json, sys
from pathlib import Path
src, dst = Path(sys.argv[1]), Path(sys.argv[2])
for f in src.glob("*.json"):
    g = json.loads(f.read_text(encoding="utf-8"))
    if g.get("project_table"):
        g["tasks"] = [t for t in g["tasks"] if t.get("form") == "prose"]
    (dst / f.name).write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
PY
python3 "$eval/score.py" "$alt" "$out"
rm -r "$alt"
echo
echo "== the documents that have an original page in ../shared/corpus/html, read from that page"
h=$(mktemp -d); mkdir -p "$h/gold" "$h/docs"
for j in "$gold"/*.json; do
  stem=$(basename "$j" .json)
  [[ -f $corpus/html/$stem.html ]] || continue
  cp "$j" "$h/gold/"; ln -sf "$corpus/html/$stem.html" "$h/docs/"
done
"$eval/run_eval.sh" "$h/gold" "$h/docs" "$out/html"
rm -r "$h"
echo
echo "== per document"
for j in "$gold"/*.json; do
  stem=$(basename "$j" .json)
  d=$(mktemp -d); cp "$j" "$d/"
  echo "-- $stem"
  python3 "$eval/score.py" "$d" "$out" --json "$out/scores-$stem.json" | grep -v '^headline'
  rm -r "$d"
done
echo
echo "== canonical departments"
"$py" "$root/scripts/score_departments.py" "$gold/departments.tsv" "$out/responsibilities.csv" --show
echo
echo "== the resolver alone, on every row of the departments table (also mentions extraction missed)"
"$py" - "$gold/departments.tsv" "$out/documents.csv" "$out/responsibilities.csv" "$out/docs" <<'PY'
import csv, sys, unicodedata
from collections import defaultdict
from pathlib import Path
from graph.api import extract_file
from graph.resolve import default_resolver
table, documents, resp, docs = (Path(a) for a in sys.argv[1:5])
rows = list(csv.DictReader(table.open(encoding="utf-8"), delimiter="\t"))
# the builder's own resolution (jurisdiction and year of the document, issuer divisions, places)
resolver, extractions = default_resolver(), {}
hits = {"all": [0, 0], "high": [0, 0]}
for r in rows:
    source = Path(r["source"]).name
    if source not in extractions:
        extractions[source] = extract_file(docs / source)
    got = str(resolver(r["mention"], extractions[source])[1])
    ok = unicodedata.normalize("NFKC", got) == unicodedata.normalize("NFKC", r["canonical"])
    for k in ("all", "high") if r["confidence"] == "high" else ("all",):
        hits[k][0] += ok
        hits[k][1] += 1
    if not ok:
        print(f"  {Path(r['source']).stem}  {r['mention']}: {got} (expected {r['canonical']}, {r['confidence']})")
for k, (h, n) in hits.items():
    print(f"resolver, {k} rows: {h}/{n} = {h / n:.3f}")
# one node per real body: departments of the extracted rows against the table's bodies
gold = {(Path(r["source"]).stem, r["mention"]): r["canonical"] for r in rows}
by_node, by_body = defaultdict(set), defaultdict(set)
for r in csv.DictReader(resp.open(encoding="utf-8-sig")):
    k = (Path(r["source"]).stem, r["mention"])
    if k in gold:
        by_node[r["department"]].add(gold[k])
        by_body[gold[k]].add(r["department"])
print("nodes holding two real bodies:", {n: sorted(b) for n, b in by_node.items() if len(b) > 1} or "none")
print("real bodies split over several nodes:", {b: sorted(n) for b, n in by_body.items() if len(n) > 1} or "none")
PY
