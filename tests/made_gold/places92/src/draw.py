"""Draw places, levels, genres, forms and years for the made sets places92 … places97 at random.

The place list and its filter are those of ../../places84/src/draw.py (cpca 0.5.5's ``cpca/resources/adcodes.csv``,
sha256 66948fa1519ba053f22b8c2d05c897c9b19c44cdc3044e464b52f0143ff418fe; prefecture and county rows, 台湾, 香港, 澳门
left out). New here, fixed before the draw:

- the LEVEL first, then a row of that level at random: a prefecture (XXYY00), a 县 (name ends 县, not 自治县), a
  county-level city (ends 市), a district (ends 区, not 林区), a 旗 (ends 旗, 自治旗 too), an 自治县, a 林区 (ends 林区
  and not a district: 神农架林区 only), or a 开发区: cpca lists no zones, so a prefecture is drawn and the document is
  the plan of that city's development zone committee (its national 经济技术开发区 where it has one, else its 高新区 or
  provincial 经济开发区, as we know them);
- the ERA: before the 2018 reform (a year from 2010–2018) or after it (2019–2025), each one half;
- the genre (GENRES) and the form of the task list (FORMS), as ../../places88/src/draw.py.

Usage: ``python draw.py ADCODES.csv SEED [COUNT]`` (COUNT 4 for one set).
"""

import csv
import random
import sys

GENRES = ("实施方案", "工作方案", "工作要点", "任务分工方案", "三年行动计划", "专项整治方案")
FORMS = ("clause", "field", "table", "prose")
LEVELS = ("prefecture", "县", "county-level city", "district", "旗", "自治县", "林区", "开发区")


def kind(code: str, name: str) -> str:
    if code[4:6] == "00":
        return "prefecture"
    if name.endswith("自治县"):
        return "自治县"
    if name.endswith("旗"):
        return "旗"
    if name.endswith("林区") and code[4:6] != "00" and code[2:4] == "90":
        return "林区"
    if name.endswith("区"):
        return "district"
    if name.endswith("市"):
        return "county-level city"
    if name.endswith("县"):
        return "县"
    return "other"


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    names = {r["adcode"]: r["name"] for r in rows}
    pool = sorted(
        (r for r in rows
         if r["adcode"].endswith("000000") and r["adcode"][2:4] != "00" and r["adcode"][:2] not in ("71", "81", "82")
         and r["name"] != "市辖区"),
        key=lambda r: r["adcode"])
    by_level: dict[str, list[dict]] = {lv: [] for lv in LEVELS}
    for r in pool:
        k = kind(r["adcode"], r["name"])
        if k in by_level:
            by_level[k].append(r)
    by_level["开发区"] = by_level["prefecture"]
    rng = random.Random(seed)
    print(seed, {k: len(v) for k, v in by_level.items()})
    for _ in range(count):
        level = rng.choice(LEVELS)
        r = rng.choice(by_level[level])
        code = r["adcode"]
        parent = names.get(code[:4] + "00000000", "") if code[4:6] != "00" else ""
        province = names.get(code[:2] + "0000000000", "")
        year = rng.randint(2010, 2018) if rng.random() < 0.5 else rng.randint(2019, 2025)
        print(code[:6], r["name"], level, province, parent, year, rng.choice(GENRES), rng.choice(FORMS))


if __name__ == "__main__":
    main()
