"""Draw places, levels, eras, genres and forms for the made sets places98 … places100 at random.

The list of places is graph/data/divisions.csv read only as a list of names and codes (current rows; 台湾, 香港, 澳门
left out); nothing else of graph/ is read. Fixed before the draw:

- the LEVEL first (LEVELS), then a row of that level at random: a province (provincial-level unit), a 地级市
  (prefecture whose name ends 市), an 自治州, a 盟, a 县 (ends 县, not 自治县), a 县级市 (a county row ending 市), a 区
  (a county row ending 区, not 林区/特区/新区 of the hand list), a 旗 (自治旗 too), an 自治县, a 林区/特区 (神农架林区,
  六枝特区), or a 新区/开发区: one of the state-level 新区 the list holds as divisions (NEW_AREAS) or a prefecture
  drawn, whose development-zone committee issues the plan (its national 经济技术开发区 where it has one, else its
  高新区 or provincial 经济开发区, as we know them);
- the ERA, one third each: the 2010–2017 names (a year 2010–2017), the 2018–2019 reform (2018 or 2019), the
  2023–2024 reform (2023 or 2024);
- the genre (GENRES) and the form of the task list (FORMS), as ../../places92/src/draw.py.
A draw of a place that did not exist in that year is skipped and noted (places88's rule).

Usage: ``python draw.py graph/data/divisions.csv SEED [COUNT]`` (COUNT 5 for one set).
"""

import csv
import random
import sys

GENRES = ("实施方案", "工作方案", "工作要点", "任务分工方案", "三年行动计划", "专项整治方案")
FORMS = ("clause", "field", "table", "prose")
LEVELS = ("province", "地级市", "自治州", "盟", "县", "县级市", "区", "旗", "自治县", "林区/特区", "新区/开发区")
NEW_AREAS = ("浦东新区", "滨海新区", "两江新区", "雄安新区")
ERAS = ((2010, 2017), (2018, 2019), (2023, 2024))


def kind(r: dict) -> str:
    name, level = r["name"], r["level"]
    if level == "province":
        return "province"
    if level == "prefecture":
        if name.endswith("自治州"):
            return "自治州"
        if name.endswith("盟"):
            return "盟"
        return "地级市" if name.endswith("市") else "other"
    if name in NEW_AREAS:
        return "新区"
    if name.endswith("自治县"):
        return "自治县"
    if name.endswith("旗"):
        return "旗"
    if name.endswith("特区") or (name.endswith("林区") and r["parent"].endswith("0000")):
        return "林区/特区"
    if name.endswith("区"):
        return "区"
    if name.endswith("市"):
        return "县级市"
    if name.endswith("县"):
        return "县"
    return "other"


def main(levels: tuple[str, ...] = LEVELS, eras: tuple[tuple[int, int], ...] = ERAS) -> None:
    """Print COUNT draws from the divisions table at PATH with SEED (argv), among ``levels`` and ``eras``."""
    path, seed = sys.argv[1], int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    with open(path, encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f)
                if r["status"] == "current" and r["code"][:2] not in ("71", "81", "82")]
    names = {r["code"]: r["name"] for r in rows}
    by_level: dict[str, list[dict]] = {lv: [] for lv in levels}
    for r in sorted(rows, key=lambda r: r["code"]):
        k = kind(r)
        if k in by_level:
            by_level[k].append(r)
        if (k == "新区" or k == "地级市") and "新区/开发区" in by_level:
            by_level["新区/开发区"].append(r)
    rng = random.Random(seed)
    print(seed, {k: len(v) for k, v in by_level.items()})
    for _ in range(count):
        level = rng.choice(levels)
        r = rng.choice(by_level[level])
        lo, hi = rng.choice(eras)
        year = rng.randint(lo, hi)
        print(r["code"], r["name"], level, names.get(r["parent"], ""), year, rng.choice(GENRES), rng.choice(FORMS))


if __name__ == "__main__":
    main()
