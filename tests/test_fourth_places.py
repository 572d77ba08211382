"""Causes found by the fourth made set (tests/made_gold/places4): names after 省/市/县/区 that no
template knows, written out with the right place; a zone's committee printed bare; one-place
bodies as registry rows; the divisions of a district bureau in its own notice. The sentences are
our own; the expected names are the bodies' official full names (docs/made-eval.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph
from graph.departments.registry import resolve

YANCHI, CHANGYANG, NANHAI, YUBEI, XIGAZE, ZHUZHOU = "640323", "420528", "440605", "500112", "540200", "430200"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # a county's document: 市 is its prefecture, and a branch of the city's bureau keeps the city
    ("市生态环境局盐池分局", YANCHI, 2019, "吴忠市生态环境局盐池分局"),
    ("市生态环境局长阳分局", CHANGYANG, 2021, "宜昌市生态环境局长阳分局"),
    # a district of a prefecture-level city: its bodies carry the city's name too
    ("市自然资源局南海分局", NANHAI, 2024, "佛山市自然资源局南海分局"),
    # (区金融工作局 here is now a known body: tests/test_fortieth_places.py)
    # a district of a municipality
    # (区大数据发展局 here is now a known body: tests/test_fortythird_places.py)
    # 城 and 乡 open words too (县城, 乡镇), but a body's name also opens with them
    ("县城乡规划局", YANCHI, 2018, "盐池县城乡规划局"),
    ("县乡镇企业局", CHANGYANG, 2018, "长阳土家族自治县乡镇企业局"),
])
def test_unknown_bodies_written_out_with_their_place(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=year)
    # the place is written out, but no template vouches for the rest: listed by --unresolved
    assert (r.canonical, r.resolved, r.generic, r.department_id) == (expected, False, False, None)


@pytest.mark.parametrize("mention", ["市政管理处", "区域协调办", "县级融媒体中心", "省直机关工委", "市民服务中心"])
def test_common_words_are_no_relative_prefix(mention: str) -> None:
    # 市政, 区域, 县级, 省直, 市民 open words: not 市/区/县/省 + a body no template knows
    r = resolve(mention, jurisdiction=YANCHI, year=2019)
    assert r.canonical == mention or r.department_id is not None
    assert resolve("市场监管局", jurisdiction=YANCHI, year=2019).canonical == "盐池县市场监督管理局"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("区经促局", NANHAI, 2024, "佛山市南海区经济促进局"),
    ("区经济信息委", YUBEI, 2023, "重庆市渝北区经济和信息化委员会"),
    ("区人力社保局", YUBEI, 2023, "重庆市渝北区人力资源和社会保障局"),
    # one-place bodies: registry rows of their province
    ("金融高新区管委会", NANHAI, 2024, "广东金融高新技术服务区管理委员会"),
    ("前海管理局", "440300", 2021, "深圳市前海深港现代服务业合作区管理局"),
    # places and years no earlier set used, resolved by the templates as they were
    ("自治区农业农村厅", XIGAZE, 2022, "西藏自治区农业农村厅"),
    ("人行日喀则市中心支行", XIGAZE, 2022, "中国人民银行日喀则市中心支行"),
    ("工信委", "GS", 2018, "甘肃省工业和信息化委员会"),
    ("省食品药品监管局", "GS", 2018, "甘肃省食品药品监督管理局"),
    ("甘肃银监局", "GS", 2018, "中国银行业监督管理委员会甘肃监管局"),
    ("佛山金融监管分局", NANHAI, 2024, "国家金融监督管理总局佛山监管分局"),
    # bodies every place has, now templates: elided, they are the document's own
    ("县融媒体中心", YANCHI, 2021, "盐池县融媒体中心"),
    ("档案馆", CHANGYANG, 2021, "长阳土家族自治县档案馆"),
    ("市公共资源交易中心", XIGAZE, 2022, "日喀则市公共资源交易中心"),
    ("区投促局", NANHAI, 2024, "佛山市南海区投资促进局"),
    ("人行盐池县支行", YANCHI, 2019, "中国人民银行盐池县支行"),
    ("县委宣传部", CHANGYANG, 2021, "中共长阳土家族自治县委宣传部"),
])
def test_fourth_set_templates_and_rows(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=year)
    assert (r.canonical, r.resolved, r.generic) == (expected, True, False)


def test_a_bare_zone_is_the_documents_own() -> None:
    nanhai = resolve("高新区管委会", jurisdiction=NANHAI, year=2024)
    zhuzhou = resolve("高新区管委会", jurisdiction=ZHUZHOU, year=2024)
    assert zhuzhou.canonical == "株洲高新技术产业开发区管理委员会"
    assert nanhai.canonical != zhuzhou.canonical
    # a province has many: which one cannot be told, so it stays the document's own
    assert resolve("高新区管委会", jurisdiction="GS", year=2018).scoped


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    # an area of a province's pilot free trade zone, by rule for every province
    ("自贸试验区厦门片区管委会", "350200", "中国（福建）自由贸易试验区厦门片区管理委员会"),
    ("自贸区前海蛇口片区管委会", "440300", "中国（广东）自由贸易试验区前海蛇口片区管理委员会"),
    ("福建自贸试验区福州片区管委会", "FJ", "中国（福建）自由贸易试验区福州片区管理委员会"),
])
def test_free_trade_zone_areas(mention: str, jurisdiction: str, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=2023)
    assert (r.canonical, r.resolved) == (expected, True)


def test_a_bare_park_is_the_documents_own() -> None:
    # 工业园区管委会 alone: two counties' are two bodies, a province's cannot be told
    assert resolve("工业园区管委会", jurisdiction=YANCHI, year=2019).canonical == "盐池县工业园区管理委员会"
    assert resolve("工业园区管委会", jurisdiction=CHANGYANG, year=2021).canonical == "长阳土家族自治县工业园区管理委员会"
    assert resolve("工业园区管委会", jurisdiction="GS", year=2018).scoped
    # a park with a name of its own keeps it
    assert resolve("清江画廊旅游度假区管委会", jurisdiction=CHANGYANG, year=2021).canonical == "清江画廊旅游度假区管理委员会"


def _notice(path: Path, issuer: str, lines: str) -> Path:
    path.write_text(f"{issuer}关于印发质量工作要点的通知\n\n一、任务\n{lines}\n\n{issuer}\n2023年3月6日\n", encoding="utf-8")
    return path


def test_divisions_of_a_district_bureau_in_its_own_notice(tmp_path: Path) -> None:
    doc = _notice(tmp_path / "yb.txt", "重庆市渝北区市场监督管理局",
                  "（一）推进标准化建设。（标准化科牵头，质量发展科配合）\n"
                  "（二）强化质量执法。（执法支队负责）\n"
                  "（三）加强督查考核。（局办公室、区经济信息委负责）")
    df = graph.query_df(graph.build_graph([doc]), "responsibilities")
    got = dict(zip(df["mention"], df["department"], strict=True))
    assert got == {
        "标准化科": "重庆市渝北区市场监督管理局标准化科",
        "质量发展科": "重庆市渝北区市场监督管理局质量发展科",
        "执法支队": "重庆市渝北区市场监督管理局执法支队",
        "局办公室": "重庆市渝北区市场监督管理局办公室",
        "区经济信息委": "重庆市渝北区经济和信息化委员会",  # another body, not a division
    }


def test_two_counties_branches_never_share_a_node(tmp_path: Path) -> None:
    a = _notice(tmp_path / "a.txt", "盐池县人民政府办公室", "（一）保护生态。（市生态环境局分局负责）")
    b = _notice(tmp_path / "b.txt", "长阳土家族自治县人民政府办公室", "（一）保护生态。（市生态环境局分局负责）")
    df = graph.query_df(graph.build_graph([a, b]), "responsibilities")
    assert sorted(df["department"]) == ["吴忠市生态环境局分局", "宜昌市生态环境局分局"]
