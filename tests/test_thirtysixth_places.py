"""Causes found by the thirty-sixth made set (tests/made_gold/places36, first run on branch newplaces at
f970f29): a provincial 人力资源和社会保障厅 printed 省人力社保厅 was kept unexpanded; 浙江's provincial 大数据局
is 浙江省大数据发展管理局; a 北京 district's 农委 (before the 2018–2019 reforms) is its 农村工作委员会; a
university by a two-character name (浙江大学要…, four characters) was no subject in running text. The
thirty-seventh set (places37, first run at e73b7ba): 中南大学要… the same, and a 深圳 district's 住房和建设局 (区住房
建设局) was named as elsewhere (住房和城乡建设局). The places here are not those of the made documents
(docs/made-eval.md, places36: 浙江省, 宁波市鄞州区, 北京市顺义区, 瑞丽市; places37: 山东省, 深圳市龙岗区, 库尔勒市, 湖南省)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.extract.prose import prose_tasks


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("省人力社保厅", "430000", "湖南省人力资源和社会保障厅"), ("省人力社保厅", "530000", "云南省人力资源和社会保障厅"),
    ("自治区人力社保厅", "450000", "广西壮族自治区人力资源和社会保障厅")])
def test_a_provincial_hrss_department_printed_renli_shebao(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2021).canonical == expected


def test_zhejiangs_provincial_big_data_bureau() -> None:
    assert resolve("省大数据局", jurisdiction="330000", year=2020).canonical == "浙江省大数据发展管理局"
    # a city of 浙江 keeps its own name (the row is the province's), and another province is unchanged
    assert resolve("市数据资源局", jurisdiction="330300", year=2020).canonical == "温州市数据资源局"
    assert resolve("省大数据局", jurisdiction="440000", year=2020).canonical == "广东省大数据局"


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("区农委", "110112", "北京市通州区农村工作委员会"),
    ("区农委", "110105", "北京市朝阳区农村工作委员会"),
    ("市农委", "110000", "北京市农村工作委员会"),
])
def test_a_beijing_agricultural_committee_before_the_reforms(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2016).canonical == expected


def test_agricultural_committees_elsewhere_are_unchanged() -> None:
    assert resolve("区农委", jurisdiction="120114", year=2016).canonical == "天津市武清区农业委员会"
    assert resolve("县农委", jurisdiction="411524", year=2016).canonical.endswith("农业委员会")


def test_a_university_named_by_a_provinces_short_name_in_running_text() -> None:
    text = "三、保障措施\n云南大学要加强边疆民族研究。四川大学要做好人才培养。山东大学要开展联合攻关。"
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("云南大学", "responsible")], [("四川大学", "responsible")], [("山东大学", "responsible")]]


def test_no_subject_from_a_university_as_an_object() -> None:
    text = "三、保障措施\n支持四川大学建设实验室。重点大学要发挥引领作用。"
    assert [[a.mention for a in t.assignees] for t in prose_tasks(text)] == []


def test_a_university_by_a_two_character_name_in_running_text() -> None:
    # (places37: 中南大学要…) a university whose two characters name no place
    text = "三、保障措施\n清华大学要加强技术攻关。复旦大学要做好人才培养。郑州大学要开展联合研究。"
    assert [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)] == [
        [("清华大学", "responsible")], [("复旦大学", "responsible")], [("郑州大学", "responsible")]]


def test_no_subject_from_a_kind_of_university() -> None:
    text = "三、保障措施\n老年大学要开设智能手机课程。开放大学要推进学历继续教育。重点大学要发挥示范作用。"
    assert [[a.mention for a in t.assignees] for t in prose_tasks(text)] == []


@pytest.mark.parametrize(("mention", "jurisdiction", "expected"), [
    ("区住房建设局", "440304", "深圳市福田区住房和建设局"),  # (places37: 龙岗区) 深圳's districts as the city
    ("区住房和建设局", "440305", "深圳市南山区住房和建设局"),
    ("市住房建设局", "440300", "深圳市住房和建设局"),
])
def test_a_shenzhen_districts_housing_bureau(mention: str, jurisdiction: str, expected: str) -> None:
    assert resolve(mention, jurisdiction=jurisdiction, year=2022).canonical == expected


def test_housing_bureaus_elsewhere_are_unchanged() -> None:
    assert resolve("区住房建设局", jurisdiction="440106", year=2022).canonical == "广州市天河区住房和城乡建设局"
