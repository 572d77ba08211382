"""Draw places, genres, forms and years for the made sets places88 … places91 at random.

The place list and its filter are those of ../../places84/src/draw.py (cpca 0.5.5's ``cpca/resources/adcodes.csv``,
sha256 66948fa1519ba053f22b8c2d05c897c9b19c44cdc3044e464b52f0143ff418fe; prefecture and county rows, 台湾, 香港, 澳门
left out). New here, fixed before the draw: the document's genre (GENRES), the form of its task list (FORMS: numbered
clauses with ``（X牵头，Y配合）``, field lines ``牵头单位：``, a flattened table, or prose paragraphs only) and the year
from 2012–2025. Usage: ``python draw.py ADCODES.csv SEED [COUNT]``.
"""

import csv
import random
import sys

GENRES = ("实施方案", "工作方案", "工作要点", "任务分工方案", "三年行动计划", "专项整治方案")
FORMS = ("clause", "field", "table", "prose")


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    names = {r["adcode"]: r["name"] for r in rows}
    pool = sorted(
        (r for r in rows
         if r["adcode"].endswith("000000") and r["adcode"][2:4] != "00" and r["adcode"][:2] not in ("71", "81", "82")),
        key=lambda r: r["adcode"])
    rng = random.Random(seed)
    print(seed, len(pool))
    for _ in range(count):
        r = rng.choice(pool)
        code = r["adcode"]
        level = "prefecture" if code[4:6] == "00" else "county"
        parent = names.get(code[:4] + "00000000", "") if level == "county" else ""
        province = names.get(code[:2] + "0000000000", "")
        print(code[:6], r["name"], level, province, parent, rng.randint(2012, 2025), rng.choice(GENRES),
              rng.choice(FORMS))


if __name__ == "__main__":
    main()
