#!/usr/bin/env python3
"""Sum a set of rounds' scores.json counts and score each document's tasks alone (gold of one document, the output
rows of that document), with score.py unchanged."""
import csv, json, subprocess, sys, tempfile, shutil
from pathlib import Path
prefix, rounds = sys.argv[1], [int(x) for x in sys.argv[2].split(",")]
tot = {}
for r in rounds:
    s = json.load(open(f"/tmp/{prefix}{r}/scores.json"))
    for k in ("named", "task", "prose_task", "prose_named"):
        for f in ("gold", "system", "tp"):
            tot.setdefault(k, {}).setdefault(f, 0)
            tot[k][f] += s[k][f]
for k, v in tot.items():
    p = v["tp"] / v["system"] if v["system"] else 1.0
    rr = v["tp"] / v["gold"] if v["gold"] else 1.0
    f1 = 2 * p * rr / (p + rr) if p + rr else 0.0
    print(f"{k}: tp {v['tp']} gold {v['gold']} sys {v['system']} P {p:.3f} R {rr:.3f} F1 {f1:.3f}")
low = 0
for r in rounds:
    gd = Path(f"tests/made_gold/forms{r}")
    for g in sorted(gd.glob("*.json")):
        src = json.load(open(g))["source"]
        with tempfile.TemporaryDirectory() as t:
            tg, to = Path(t, "g"), Path(t, "o")
            tg.mkdir(); to.mkdir()
            shutil.copy(g, tg)
            for q in ("documents", "responsibilities", "targets", "citations"):
                rows = list(csv.DictReader(open(f"/tmp/{prefix}{r}/{q}.csv", encoding="utf-8")))
                key = next(k for k in (rows[0].keys() if rows else ["source"]) if k in ("source", "document", "doc"))
                with open(to / f"{q}.csv", "w", encoding="utf-8", newline="") as fh:
                    head = open(f"/tmp/{prefix}{r}/{q}.csv", encoding="utf-8").readline().strip().split(",")
                    w = csv.DictWriter(fh, fieldnames=head)
                    w.writeheader()
                    for row in rows:
                        if src in (row.get(key) or "") or (row.get(key) or "").endswith(src):
                            w.writerow(row)
            subprocess.run([sys.executable, "/work/shared/eval/score.py", str(tg), str(to), "--json", str(Path(t, "s.json"))],
                           capture_output=True)
            s = json.load(open(Path(t, "s.json")))
            n, tk = s["named"]["f1"], s["task"]["f1"]
            low += n < 0.9
            print(f"  forms{r} {g.stem:28s} named {n:.3f} ({s['named']['tp']}/{s['named']['gold']}, {s['named']['system']} out)  task {tk:.3f} ({s['task']['tp']}/{s['task']['gold']}, {s['task']['system']} out)")
print("documents below 0.90 (named):", low)
