"""Causes found by the thirty-first and thirty-second made sets (tests/made_gold/places31 and places32, first
runs on branch newplaces at 7afde36): a Corps division-city's bodies printed after 师市 (师市农业农村局,
师市党委宣传部) kept as printed and, in running text, not read; a regiment (一〇二团要…) and 各团场 in running text not read, a
division-city's signature (新疆生产建设兵团第六师五家渠市) no issuer; a town whose name opens with another
province's place printed by its short name (阿里河镇: 阿里, 阿里地区) read as that place's; a 疾控中心 written
with its place but not in full (疾病预防控制中心).
The places here are not those of the made documents (docs/made-eval.md, places31: 鄂伦春自治旗, 仙桃市,
阿里地区, 阿拉善盟; places32: 第六师五家渠市, 天门市, 舟山市普陀区)."""

from __future__ import annotations

import pytest

from graph.departments.local import document_place
from graph.departments.registry import resolve
from graph.extract.metadata import extract_metadata
from graph.extract.prose import prose_tasks

SHIHEZI, ALAER, TUMUSHUKE, BEITUN, CHANGJI = "659001", "659002", "659003", "659005", "652301"
WEISHAN, FUQING, CHANGPING, XILINGOL, JIYUAN, XIHU = "370826", "350181", "110114", "152500", "419001", "330106"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # a Corps division-city's bodies after 师市: with the division and the city; its party organs the division's
    ("师市财政局", SHIHEZI, 2021, "新疆生产建设兵团第八师石河子市财政局"),
    ("师市发改委", ALAER, 2020, "新疆生产建设兵团第一师阿拉尔市发展和改革委员会"),
    ("师市教育局", TUMUSHUKE, 2022, "新疆生产建设兵团第三师图木舒克市教育局"),
    ("师市党委组织部", BEITUN, 2021, "中共新疆生产建设兵团第十师委员会组织部"),
    ("师市委宣传部", SHIHEZI, 2020, "中共新疆生产建设兵团第八师委员会宣传部"),
    # ... only there: elsewhere 师市 is no prefix; the city's 市 bodies are the same bureaus (师市合一: one node, since the
    # follow-up of places111–113; before, 石河子市财政局, a second node; tests/test_corps_cities.py)
    ("师市财政局", CHANGJI, 2021, "师市财政局"),
    ("市财政局", SHIHEZI, 2021, "新疆生产建设兵团第八师石河子市财政局"),
    # a regiment by its number: its division's, in a Corps city's document only
    ("一四三团", SHIHEZI, 2021, "新疆生产建设兵团第八师一四三团"),
    ("十二团", ALAER, 2020, "新疆生产建设兵团第一师十二团"),
    ("一四三团", CHANGJI, 2021, "一四三团"),
    # a town whose name opens with another province's place by its short name: the document's county's town
    ("南阳镇人民政府", WEISHAN, 2020, "微山县南阳镇人民政府"),
    ("南阳镇", WEISHAN, 2020, "微山县南阳镇人民政府"),
    ("海口镇", FUQING, 2021, "福清市海口镇人民政府"),
    # ... that place's bodies and a town of a county-level name stay as they were
    ("南阳市财政局", WEISHAN, 2020, "南阳市财政局"),
    ("沙河镇人民政府", CHANGPING, 2020, "北京市昌平区沙河镇人民政府"),
    # 疾控中心: the centre for disease control, in full
    ("盟疾控中心", XILINGOL, 2020, "锡林郭勒盟疾病预防控制中心"),
    ("市疾控中心", JIYUAN, 2021, "济源市疾病预防控制中心"),
    ("省疾控中心", "HB", 2020, "湖北省疾病预防控制中心"),
    ("区疾控中心", XIHU, 2022, "杭州市西湖区疾病预防控制中心"),
])
def test_corps_cities_towns_and_disease_control(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


def test_a_corps_city_after_its_division() -> None:
    assert [document_place(n).code for n in ("新疆生产建设兵团第八师石河子市", "第一师阿拉尔市")] == [SHIHEZI, ALAER]


def test_bodies_after_shishi_in_running_text() -> None:
    text = "三、保障措施\n（一）由师市教育局牵头，会同师市财政局建立工作专班。师市党委组织部要加强人才保障。"
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("师市教育局", "lead"), ("师市财政局", "support")], [("师市党委组织部", "responsible")]]


def test_regiments_in_running_text() -> None:
    text = "三、保障措施\n一四三团要推进高标准农田建设。各团场要结合实际抓好落实。"
    assert [[(a.mention, a.generic) for a in t.assignees] for t in prose_tasks(text)] == [
        [("一四三团", False)], [("各团场", True)]]


def test_a_corps_city_signs_as_itself() -> None:
    text = "第八师石河子市关于加快发展的意见\n师市发〔2021〕3号\n\n一、总体要求\n加快发展。\n\n新疆生产建设兵团第八师石河子市\n2021年3月1日\n"
    assert (extract_metadata(text).issuer, extract_metadata(text).date) == ("新疆生产建设兵团第八师石河子市", "2021-03-01")
    # a city's name alone is no signature: the issuer is then the one the title prints (a Corps division-city signs
    # as itself there too since places104–106)
    assert extract_metadata(text.replace("新疆生产建设兵团第八师石河子市\n2021", "石河子市\n2021")).issuer == "第八师石河子市"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    # committees' offices and bodies every level has, by their short forms (general coverage, not seen in a made set)
    ("市安委办", "420500", "宜昌市安全生产委员会办公室"),
    ("省安委办", "HB", "湖北省安全生产委员会办公室"),
    ("县禁毒办", "360424", "修水县禁毒委员会办公室"),
    ("区爱卫办", "330106", "杭州市西湖区爱国卫生运动委员会办公室"),
    ("州老龄办", "433100", "湘西土家族苗族自治州老龄工作委员会办公室"),
    ("旗关工委", "150721", "阿荣旗关心下一代工作委员会"),
    ("县防指", "360424", "修水县防汛抗旱指挥部"),
    ("市公积金中心", "420500", "宜昌市住房公积金管理中心"),
    ("省作协", "HB", "湖北省作家协会"),
    ("县作协", "360424", "修水县作家协会"),
    # a province's own grid company printed 省电力公司: 国家电网's company of the province
    ("省电力公司", "HB", "国网湖北省电力有限公司"),
    ("省电力公司", "ZJ", "国网浙江省电力有限公司"),
])
def test_committee_offices_by_short_forms(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected
