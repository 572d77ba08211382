#!/usr/bin/env python3
"""Sum made rounds' scores.json counts and score each document alone, with /work/shared/eval/score.py unchanged.

    python3 tests/made_gold/score_rounds.py PREFIX 97,98,…   (outputs of run_eval.sh in /tmp/PREFIX97, …)

Each document alone: its gold file in a folder of its own, and its rows of the four tables (documents,
responsibilities, targets, citations) written to another; score.py scores the two.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCORE = "/work/shared/eval/score.py"
TABLES = ("documents", "responsibilities", "targets", "citations")


def _f1(tp: int, gold: int, system: int) -> tuple[float, float, float]:
    p = tp / system if system else 1.0
    r = tp / gold if gold else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _alone(gold: Path, out: Path, source: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        g, o = Path(tmp, "g"), Path(tmp, "o")
        g.mkdir()
        o.mkdir()
        shutil.copy(gold, g)
        for name in TABLES:
            with open(out / f"{name}.csv", encoding="utf-8") as fh:
                reader = csv.DictReader(fh)
                fields = list(reader.fieldnames or ["source"])
                rows = [row for row in reader if row.get("source") == source]
            with open(o / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=fields)
                writer.writeheader()
                writer.writerows(rows)
        subprocess.run([sys.executable, SCORE, str(g), str(o), "--json", str(Path(tmp, "s.json"))],
                       capture_output=True, check=True)
        return json.loads(Path(tmp, "s.json").read_text(encoding="utf-8"))


def main() -> None:
    prefix, rounds = sys.argv[1], [int(x) for x in sys.argv[2].split(",")]
    made = Path(__file__).resolve().parent
    total: dict[str, dict[str, int]] = {}
    for r in rounds:
        scores = json.loads(Path(f"/tmp/{prefix}{r}/scores.json").read_text(encoding="utf-8"))
        for key in ("named", "task", "prose_task", "prose_named"):
            for field in ("gold", "system", "tp"):
                total.setdefault(key, {}).setdefault(field, 0)
                total[key][field] += scores[key][field]
    for key, v in total.items():
        p, r, f = _f1(v["tp"], v["gold"], v["system"])
        print(f"{key}: tp {v['tp']} gold {v['gold']} sys {v['system']} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    low = 0
    for r in rounds:
        for gold in sorted((made / f"forms{r}").glob("*.json")):
            source = json.loads(gold.read_text(encoding="utf-8"))["source"]
            s = _alone(gold, Path(f"/tmp/{prefix}{r}"), source)
            n, t = s["named"], s["task"]
            low += n["f1"] < 0.9
            print(f"  forms{r} {gold.stem:28s} named {n['f1']:.3f} ({n['tp']}/{n['gold']}, {n['system']} out)"
                  f"  task {t['f1']:.3f} ({t['tp']}/{t['gold']}, {t['system']} out)")
    print("documents below 0.90 (named):", low)


if __name__ == "__main__":
    main()
