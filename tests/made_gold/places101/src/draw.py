"""Draw places, levels, eras, genres and forms for the made sets places101 … places103 at random (places98's
approach; levels restricted to the four the places98–100 draw gave none or few of).

The list of places is graph/data/divisions.csv read only as a list of names and codes (current rows; 台湾, 香港, 澳门
left out); nothing else of graph/ is read. Fixed before the draw:

- the LEVEL first (LEVELS), then a row of that level at random: a province (provincial-level unit), a 地级市
  (prefecture whose name ends 市), an 自治州, a 盟, a 县 (ends 县, not 自治县), a 县级市 (a county row ending 市), a 区
  (a county row ending 区, not 林区/特区/新区 of the hand list), a 旗 (自治旗 too), an 自治县, a 林区/特区 (神农架林区,
  六枝特区), or a 新区/开发区: one of the state-level 新区 the list holds as divisions (NEW_AREAS) or a prefecture
  drawn, whose development-zone committee issues the plan (its national 经济技术开发区 where it has one, else its
  高新区 or provincial 经济开发区, as we know them);
- the ERA, one third each: 2012–2017 (before the 2018 reform), 2018–2022, 2023–2025 (after the 2023 reform);
- the genre (GENRES) and the form of the task list (FORMS), as ../../places92/src/draw.py.
A draw of a place that did not exist in that year is skipped and noted (places88's rule).

Usage: ``python draw.py graph/data/divisions.csv SEED [COUNT]`` (COUNT 5 for one set).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places98" / "src"))
from draw import main  # type: ignore[import-not-found]

LEVELS = ("province", "区", "自治县", "县级市")
ERAS = ((2012, 2017), (2018, 2022), (2023, 2025))

if __name__ == "__main__":
    main(LEVELS, ERAS)
