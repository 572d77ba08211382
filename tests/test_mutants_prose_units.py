"""Tests added for the mutants the mutation run found alive in graph/extract/prose_units.py
(docs/mutation.md, sixth pass, partial): a list of sector words before one head noun
(医保、医疗、医药主管部门) is one collective; a division after a department the registry knows,
a body named without a place, a national body named in full, a division of the issuing
department, a body named by its kind, a local government named by its place.
"""

from __future__ import annotations

import pytest

from graph.extract.prose_units import (
    _is_division,
    _is_known_division,
    _is_named_body,
    _is_national_body,
    _is_place_government,
    _sector_collective,
    is_body_kind,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("医保、医疗、医药主管部门", True),
        ("医保、医药主管部门", True),  # two sector words
        ("省、市两级工业和信息化、公安、市场监管部门", True),  # after level words
        ("医保、工业和信息化发展部门", True),  # a sector word of 8 characters
        ("医保、工业和信息化发展规划部门", False),  # of 10
        ("医药主管部门", False),  # one sector word: no list
        ("财政部、商务部", False),  # no head noun
        ("民政、公安、人民银行等部门", False),  # 等: read by _split_list
        ("医保、财政部、医药主管部门", False),  # a unit among the words
        ("医保、医药X部门", False),  # a Latin letter
        ("医保、X射线部门", False),
        ("负责、公安部门", False),  # a cue
        ("教育部门、公安部门", False),  # a word ending in a collective's head
    ],
)
def test_sector_words_before_one_head_noun_are_one_collective(text: str, expected: bool) -> None:
    assert _sector_collective(text) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("农业农村部乡村产业发展司", True),
        ("国家卫生健康委医政医管局", True),
        ("商务部流通发展司", True),  # 商 of a known name is no cue
        ("财政部办公厅", True),
        ("财政部条法司", True),  # a division of three characters
        ("财政部科教和文化司", True),
        ("财政部司", False),  # of one
        ("财政部甲乙丙丁戊己庚辛壬癸子司", True),  # of twelve
        ("财政部甲乙丙丁戊己庚辛壬癸子丑司", False),  # of thirteen
        ("财政部X司", False),
        ("财政部X条法司", False),  # the known name and the division only Chinese characters
        ("省委办公厅", True),  # after a known name of two characters
        ("推动财政部条法司", False),
    ],
)
def test_a_division_after_a_known_department(name: str, expected: bool) -> None:
    assert _is_known_division(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("联合采购办公室", True),
        ("试点工作小组办公室", True),
        ("采购事务管理所", True),
        ("采购办公室", True),  # five characters
        ("甲" * 23 + "办公室", True),  # 26
        ("甲" * 24 + "办公室", False),  # 27
        ("中和采购办公室", True),  # 和 second is no joiner first
        ("推动采购办公室", False),  # a verb first
        ("负责采购办公室", False),  # a cue
        ("X采购办公室", False),
    ],
)
def test_a_body_named_without_a_place(name: str, expected: bool) -> None:
    assert _is_named_body(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("中国农业发展银行", True),
        ("国家融资担保基金", True),
        ("国家粮食应急工作指挥部", True),
        ("国家指挥部", True),  # five characters
        ("国家" + "甲" * 15 + "指挥部", True),  # 20
        ("国家" + "甲" * 16 + "指挥部", False),  # 21
        ("国家有关指挥部", False),  # 国家有关: no opening of a name
        ("国家负责指挥部", False),  # a cue
    ],
)
def test_a_national_body_named_in_full(name: str, expected: bool) -> None:
    assert _is_national_body(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("计划财务处", True),
        ("规划财务股", True),
        ("厅农田建设管理处", True),  # after its department's kind
        ("局办公室", True),
        ("局办", True),  # the department's own office
        ("局财处", True),
        ("财务处", True),  # three characters
        ("甲乙丙丁戊己庚辛壬癸子处", True),  # twelve
        ("甲乙丙丁戊己庚辛壬癸子丑处", False),  # thirteen
        ("财处", False),
        ("办公室", False),  # another body's office
        ("甲乙公司", False),  # 公司 is no division
        ("市场建设司", True),  # 市场 is no place here
        ("推动财务处", False),
        ("负责财务处", False),
        ("X计划财务处", False),
    ],
)
def test_a_division_of_the_issuing_department(name: str, expected: bool) -> None:
    assert _is_division(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("审核机构", True),  # four characters
        ("市场监管部门", True),
        ("发展改革部门", True),
        ("社会团体登记管理机关", True),
        ("甲乙丙丁戊己庚辛壬癸机构", True),  # twelve
        ("甲乙丙丁戊己庚辛壬癸子机构", False),  # thirteen
        ("甲机构", False),
        ("有关部门组织", False),
        ("工作平台", False),
        ("构建政府性融资担保机构", False),  # a verb first
        ("对外联络机构", False),  # a preposition first
        ("同级审核机构", False),
    ],
)
def test_a_body_named_by_its_kind(name: str, expected: bool) -> None:
    assert is_body_kind(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"), [("大理市人民政府", True), ("洱源县人民政府", True), ("根据大理市人民政府", False)]
)
def test_a_local_government_named_by_its_place(name: str, expected: bool) -> None:
    assert _is_place_government(name) is expected
