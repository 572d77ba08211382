"""Draw places, levels, eras, genres and forms for the made sets places104 … places106 at random (places98's
approach and its genres and forms, reused; the levels are the ones earlier rounds rarely met).

LEVELS, fixed before the draw, one at random, then a place of that level at random:
- 乡镇/街道: a township, town, ethnic township, 苏木 or street office from TOWNS below (typed by hand before the draw
  from our own knowledge, with the county and prefecture that hold each; the division table holds no townships);
- 园区/农场/团场: a development area, bonded zone, farm, forest farm or Corps regiment from ZONES below (typed by hand
  before the draw; chosen because the parent place is not told by the name);
- 自治旗, 特区, 地区 (a prefecture row of graph/data/divisions.csv ending 自治旗 / 特区 / 地区), 直辖市区县 (a county row
  under 北京, 天津, 上海 or 重庆), 县级市同名 (a county-level city whose name without 市 is the name without its kind of
  another current division) — the division table read only as a list of names, codes and parents, as places98 did;
- the ERA, one half each: 2010–2017 (before the 2018 reform), 2019–2025 (after it);
- the genre and the form as ../../places98/src/draw.py.
Usage: ``python draw.py graph/data/divisions.csv SEED [COUNT]``.
"""

import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "places98" / "src"))
from draw import FORMS, GENRES, kind  # type: ignore[import-not-found]

LEVELS = ("乡镇/街道", "园区/农场/团场", "自治旗", "特区", "地区", "直辖市区县", "县级市同名")
ERAS = ((2010, 2017), (2019, 2025))
# (name, county, prefecture or province) — typed before the draw
TOWNS = (
    ("乌里雅斯太镇", "东乌珠穆沁旗", "锡林郭勒盟"), ("巴彦呼舒镇", "科尔沁右翼中旗", "兴安盟"),
    ("甘其毛都镇", "乌拉特中旗", "巴彦淖尔市"), ("新巴尔虎左旗阿木古郎镇", "新巴尔虎左旗", "呼伦贝尔市"),
    ("那仁宝力格苏木", "东乌珠穆沁旗", "锡林郭勒盟"), ("巴彦塔拉达斡尔族乡", "鄂温克族自治旗", "呼伦贝尔市"),
    ("河南蒙古族自治县优干宁镇", "河南蒙古族自治县", "黄南藏族自治州"), ("城关镇", "岚皋县", "安康市"),
    ("双流区东升街道", "双流区", "成都市"), ("佛堂镇", "义乌市", "金华市"), ("周庄镇", "昆山市", "苏州市"),
    ("大兴街道", "大兴区", "北京市"), ("虎门镇", "东莞市", "广东省"), ("长安镇", "东莞市", "广东省"),
    ("鲁家村所在的递铺街道", "安吉县", "湖州市"), ("柏林镇", "宁强县", "汉中市"), ("鹤庆县草海镇", "鹤庆县", "大理白族自治州"),
    ("拉萨市城关区八廓街道", "城关区", "拉萨市"), ("伊敏河镇", "鄂温克族自治旗", "呼伦贝尔市"), ("达拉特旗树林召镇", "达拉特旗", "鄂尔多斯市"),
)
ZONES = (
    ("天府新区", "成都市/眉山市", "国家级新区"), ("贵安新区", "贵阳市/安顺市", "国家级新区"), ("西咸新区", "西安市/咸阳市", "国家级新区"),
    ("金普新区", "大连市", "国家级新区"), ("赣江新区", "南昌市/九江市", "国家级新区"), ("兰州新区", "兰州市", "国家级新区"),
    ("宁东能源化工基地", "银川市", "自治区管"), ("曹妃甸区", "唐山市", "区"), ("洋浦经济开发区", "儋州市", "海南省管"),
    ("阿拉山口综合保税区", "博尔塔拉蒙古自治州", "综合保税区"), ("霍尔果斯经济开发区", "伊犁哈萨克自治州", "经开区"),
    ("松山湖高新技术产业开发区", "东莞市", "高新区"), ("张江高新技术产业开发区", "上海市", "高新区"), ("漕河泾新兴技术开发区", "上海市", "开发区"),
    ("郑州航空港经济综合实验区", "郑州市", "实验区"), ("新疆生产建设兵团第八师一四三团", "第八师石河子市", "团场"),
    ("新疆生产建设兵团第一师十二团", "第一师阿拉尔市", "团场"), ("友谊农场", "双鸭山市", "北大荒农垦"), ("塞罕坝机械林场", "承德市", "林场"),
    ("大庆高新技术产业开发区", "大庆市", "高新区"),
)
MUNIS = ("110000", "120000", "310000", "500000", "500100", "500200", "110100", "120100", "310100")


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    with open(path, encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f)
                if r["status"] == "current" and r["code"][:2] not in ("71", "81", "82")]
    names = {r["code"]: r["name"] for r in rows}
    shorts: dict[str, int] = {}
    for r in rows:
        if r["level"] != "province":
            shorts[r["name"][:-1]] = shorts.get(r["name"][:-1], 0) + 1
    by: dict[str, list[tuple[str, str, str]]] = {lv: [] for lv in LEVELS}
    by["乡镇/街道"] = list(TOWNS)
    by["园区/农场/团场"] = list(ZONES)
    for r in sorted(rows, key=lambda r: r["code"]):
        n, parent = r["name"], names.get(r["parent"], "")
        if n.endswith("自治旗"):
            by["自治旗"].append((r["code"], n, parent))
        elif n.endswith("特区"):
            by["特区"].append((r["code"], n, parent))
        elif r["level"] == "prefecture" and n.endswith("地区"):
            by["地区"].append((r["code"], n, parent))
        if r["level"] != "prefecture" and r["level"] != "province" and r["parent"] in MUNIS:
            by["直辖市区县"].append((r["code"], n, parent))
        if kind(r) == "县级市" and shorts.get(n[:-1], 0) > 1:
            by["县级市同名"].append((r["code"], n, parent))
    rng = random.Random(seed)
    print(seed, {k: len(v) for k, v in by.items()})
    for _ in range(count):
        level = rng.choice(LEVELS)
        a, b, c = rng.choice(by[level])
        lo, hi = rng.choice(ERAS)
        print(a, b, c, level, rng.randint(lo, hi), rng.choice(GENRES), rng.choice(FORMS))


if __name__ == "__main__":
    main()
