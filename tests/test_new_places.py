"""Bodies of places the hand-made registry rows never covered: 地区 and 盟 (行政公署, 地委), a
district's police branch, offices named after a national head (人行…支行, 金融监管总局…监管分局),
a place's own name for a standard body (place_bodies.csv), and the templates added for them.
The sentences are our own; the expected names are the bodies' official full names."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve

KASHGAR, HOTAN, XILINGOL, ALXA, WUSHAN, JUXIAN = "653100", "653200", "152500", "152900", "500237", "371122"

CASES = [
    # a 地区: its bodies, its party committee (地委) and its government (行政公署)
    ("地区财政局", KASHGAR, 2020, "喀什地区财政局"),
    ("地区人力资源社会保障局", KASHGAR, 2020, "喀什地区人力资源和社会保障局"),
    ("地区税务局", KASHGAR, 2020, "国家税务总局喀什地区税务局"),
    ("地区中级人民法院", KASHGAR, 2020, "喀什地区中级人民法院"),
    ("地委组织部", KASHGAR, 2020, "中共喀什地委组织部"),
    ("地委", KASHGAR, 2020, "中共喀什地区委员会"),
    ("地区行署督查室", KASHGAR, 2020, "喀什地区行政公署督查室"),
    ("地区行署办公室", HOTAN, 2020, "和田地区行政公署办公室"),
    ("地区卫生健康委", HOTAN, 2020, "和田地区卫生健康委员会"),
    # a 盟: 行政公署, its police 处, its procuratorate a branch of the region's
    ("盟行署", XILINGOL, 2019, "锡林郭勒盟行政公署"),
    ("盟金融办", XILINGOL, 2017, "锡林郭勒盟行政公署金融工作办公室"),
    ("盟公安处", ALXA, 2020, "阿拉善盟公安处"),
    ("盟检察分院", ALXA, 2020, "内蒙古自治区人民检察院阿拉善分院"),
    ("盟委督查室", ALXA, 2020, "中共阿拉善盟委督查室"),
    ("盟档案馆", ALXA, 2020, "阿拉善盟档案馆"),  # no template: written out with its place
    # Inner Mongolia's 农牧 bodies, before and after the 2019 reform; 林业和草原局 after it
    ("盟农牧业局", XILINGOL, 2017, "锡林郭勒盟农牧业局"),
    ("盟农牧局", XILINGOL, 2020, "锡林郭勒盟农牧局"),
    ("自治区农牧厅", "NM", 2020, "内蒙古自治区农牧厅"),
    ("盟林草局", XILINGOL, 2020, "锡林郭勒盟林业和草原局"),
    ("市林业局", "430200", 2020, "株洲市林业局"),
    # a district's police are a branch of its city's bureau
    ("区公安分局", "510107", 2022, "成都市公安局武侯区分局"),
    # offices named after their national head
    ("人行巫山县支行", WUSHAN, 2020, "中国人民银行巫山县支行"),
    ("金融监管总局株洲监管分局", "430200", 2024, "国家金融监督管理总局株洲监管分局"),
    # a place's own name for a standard body, and the same printed form elsewhere
    ("县交通局", WUSHAN, 2020, "巫山县交通局"),
    ("县交通局", JUXIAN, 2020, "莒县交通运输局"),
    ("市住房建设局", "440300", 2021, "深圳市住房和建设局"),
    ("市住房建设局", "430200", 2021, "株洲市住房和城乡建设局"),
    ("市规划国土资源局", "SH", 2017, "上海市规划和国土资源管理局"),
    # forms the templates did not know
    ("市人力资源保障局", "440300", 2021, "深圳市人力资源和社会保障局"),
    ("市科技创新委", "440300", 2021, "深圳市科技创新委员会"),
    ("区经科信局", "510107", 2022, "成都市武侯区经济科技和信息化局"),
    ("县文化旅游委", WUSHAN, 2020, "巫山县文化和旅游发展委员会"),
    ("省森工总局", "HL", 2016, "黑龙江省森林工业总局"),
    ("省旅游委", "HL", 2016, "黑龙江省旅游发展委员会"),
    ("省政府督查室", "HL", 2016, "黑龙江省人民政府督查室"),
    ("县政府督查办", WUSHAN, 2020, "巫山县人民政府督查办公室"),
    ("县委督查办", WUSHAN, 2020, "中共巫山县委督查办公室"),
    ("市委人才办", "430200", 2024, "中共株洲市委人才工作领导小组办公室"),
    ("市河长办", "SH", 2017, "上海市河长制办公室"),
]


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), CASES)
def test_new_places(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=year)
    assert (r.canonical, r.resolved, r.generic) == (expected, True, False)


def test_two_prefectures_never_share_a_body() -> None:
    kashgar = resolve("地区财政局", jurisdiction=KASHGAR, year=2020)
    hotan = resolve("地区财政局", jurisdiction=HOTAN, year=2020)
    assert kashgar.department_id != hotan.department_id and kashgar.canonical != hotan.canonical


def test_di_qu_only_in_a_prefecture_that_is_one() -> None:
    # a city is no 地区: its document's 地区财政局 is not the city's bureau, and stays its own
    r = resolve("地区财政局", jurisdiction="430200", year=2020)
    assert r.canonical != "株洲市财政局" and r.department_id is None
    # 地 before anything but 委 is no relative form (地税局 is the local tax bureau)
    assert resolve("地税局", jurisdiction="430200", year=2016).canonical == "株洲市地方税务局"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # committees printed as …委: a municipality's and a province's
    ("市交通运输委", "TJ", 2019, "天津市交通运输委员会"),
    ("市城市管理委", "TJ", 2019, "天津市城市管理委员会"),
    ("市市场监管委", "TJ", 2019, "天津市市场监督管理委员会"),
    ("省旅游发展委", "JL", 2017, "吉林省旅游发展委员会"),
])
def test_committees_printed_short(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    # a district's committee and Beijing districts' 科学技术和信息化局
    ("区城市管理委", "110105", 2021, "北京市朝阳区城市管理委员会"),
    ("区科信局", "110105", 2021, "北京市朝阳区科学技术和信息化局"),
    # a province's 自然资源和规划厅 is a 厅, a city's 自然资源和规划局 a 局
    ("省自然资源和规划厅", "HI", 2020, "海南省自然资源和规划厅"),
    ("市自然资源和规划局", "330100", 2020, "杭州市自然资源和规划局"),
    # an organ of the party committee that no template knows is still the party's
    ("省委人才发展局", "HI", 2020, "中共海南省委人才发展局"),
])
def test_third_set_causes(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=year).canonical == expected
