#!/usr/bin/env bash
# `policykg query NAME -g FILE -f csv`, old path (rdflib Graph + rdflib's SPARQL engine) and new path
# (in-memory Oxigraph store) side by side, for run_eval.sh's four queries on each graph file given.
#   OLD="python /tmp/qf-old/run.py" NEW=".venv/bin/policykg" bash benchmarks/query_file_paths.sh OUT_DIR FILE...
# OLD: a copy of the code before the change (see RESULTS-commands.md, "query -g FILE"). Prints one
# line per run (GNU time) and whether the two CSVs are byte-identical.
set -euo pipefail
out=${1:?usage: query_file_paths.sh OUT_DIR FILE...}; shift
mkdir -p "$out"
for f in "$@"; do
  for q in documents responsibilities targets citations; do
    for path in old new; do
      cmd=${OLD:?}; [[ $path == new ]] && cmd=${NEW:?}
      t=$( { /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" $cmd query "$q" -g "$f" -f csv \
             -o "$out/$(basename "$f").$q.$path.csv" 2>&1 >/dev/null; } 2>&1 | tail -n 1)
      echo "$(basename "$f") $q $path: $t"
    done
    if cmp -s "$out/$(basename "$f").$q.old.csv" "$out/$(basename "$f").$q.new.csv"; then same=identical; else same=DIFFERENT; fi
    echo "$(basename "$f") $q: $same ($(wc -l < "$out/$(basename "$f").$q.new.csv") lines)"
  done
done
