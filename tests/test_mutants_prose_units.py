"""Tests added for the mutants the mutation run found alive in graph/extract/prose_units.py
(docs/mutation.md, sixth pass, partial): a list of sector words before one head noun
(医保、医疗、医药主管部门) is one collective; a division after a department the registry knows,
a body named without a place, a national body named in full, a division of the issuing
department, a body named by its kind, a local government named by its place.
"""

from __future__ import annotations

import pytest

from graph.extract.prose_cues import _cues
from graph.extract.prose_lists import _longest_list
from graph.extract.prose_units import (
    _is_division,
    _is_known_division,
    _is_named_body,
    _is_national_body,
    _is_place_government,
    _Name,
    _sector_collective,
    _split_list,
    _split_piece,
    is_body_kind,
    is_subject_unit,
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
    assert _sector_collective(text, is_subject_unit) is expected


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
        ("办公室", True),  # the issuer's own office printed bare (round 36; resolved to the office the document seats)
        ("总办公室", False),  # one character before a head, no department's kind: no division
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
    ("name", "expected"),
    [
        ("大理市人民政府", True),
        ("洱源县人民政府", True),
        ("根据大理市人民政府", False),
        ("和平区人民政府", True),  # 和 of a place's full name is no joiner
    ],
)
def test_a_local_government_named_by_its_place(name: str, expected: bool) -> None:
    assert _is_place_government(name) is expected


# --- seventh pass: how a printed list of units splits into its names ----------------------------

_BASE = 100  # the list's offset in its text: every name's start is counted from it


def _names(got: list[_Name] | None) -> list[tuple[str, int, bool]] | None:
    return None if got is None else [(n.mention, n.start - _BASE, n.generic) for n in got]


@pytest.mark.parametrize(
    ("text", "strict", "expected"),
    [
        ("财政部、商务部", True, [("财政部", 0, False), ("商务部", 4, False)]),
        ("国家发展和改革委员会、工业和信息化部", True, [("国家发展和改革委员会", 0, False), ("工业和信息化部", 11, False)]),
        ("", False, None),
        ("、财政部", False, None),  # a joiner first or last: no list of its own
        ("和各部门", False, None),
        ("财政部、", False, None),
        ("财政部和", False, None),
        ("财政部等", False, None),
        ("财政部、、商务部", False, None),  # an empty piece
        ("和田地区行政公署、财政部", False, [("和田地区行政公署", 0, False), ("财政部", 9, False)]),  # 和 of a place
        # sector words before one head noun: one collective, not in strict mode
        ("工业和信息化、公安、市场监管部门", False, [("工业和信息化、公安、市场监管部门", 0, True)]),
        ("工业和信息化、公安、市场监管部门", True, [("工业和信息化、公安、市场监管部门", 0, True)]),  # (a law's collective: prose round 3)
        # the sector words before 等部门 name no body
        ("民政、公安、国家安全、人民银行等部门", False, [("人民银行", 11, False), ("部门", 16, True)]),
        ("民政、公安、国家安全、人民银行等部门", True, [("人民银行", 11, False), ("部门", 16, True)]),
        ("人民银行、财政等部门", False, [("人民银行", 0, False), ("部门", 8, True)]),
        ("民政、公安、财政部", False, None),  # without 等 the sector words are pieces of their own
        ("省财政厅、省商务厅等部门", True, [("省财政厅", 0, False), ("省商务厅", 5, False), ("部门", 10, True)]),
        # place levels belong to the name after them
        ("各省、自治区、直辖市人民政府", False, [("各省、自治区、直辖市人民政府", 0, True)]),
        ("各省、自治区、直辖市人民政府", True, [("各省、自治区、直辖市人民政府", 0, True)]),  # (a law's collective: prose round 3)
        ("各市（州）、县（市、区）人民政府", False, [("各市（州）、县（市、区）人民政府", 0, True)]),
        ("各地区、各部门", False, [("各地区", 0, True), ("各部门", 4, True)]),
        (
            "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门",
            False,
            [("各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门", 0, True)],
        ),
        (
            "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门（以下统称省级主管部门）",
            False,
            [("各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门", 0, True)],
        ),
        # a place level last: a collective of its own when its note names the levels under it
        ("各县（市、区）", False, [("各县（市、区）", 0, True)]),
        ("财政部、各县（市、区）", False, [("财政部", 0, False), ("各县（市、区）", 4, True)]),
        ("各乡镇", False, [("各乡镇", 0, True)]),
        ("财政部、各乡镇", False, None),
        ("各县（市、区）、乡镇", False, None),
        ("各省、各市", False, None),
        ("各县（市、区）", True, None),  # a collective: not in strict mode
        ("和平区人民政府、财政部", False, [("和平区人民政府", 0, False), ("财政部", 8, False)]),
        ("市、县融资担保机构", False, [("市、县融资担保机构", 0, True)]),
        ("X射线检测机构、财政部", False, [("X射线检测机构", 0, True), ("财政部", 8, False)]),
        ("外事、海关、民航、边检、卫生健康等部门", False, [("部门", 17, True)]),
        # a sector word of eight characters (人力资源社会保障)
        ("财政、发展改革、教育、人力资源社会保障、卫生健康、医保、中医药等部门", False, [("部门", 32, True)]),
        ("民政、人民银行、财政等部门", False, [("人民银行", 3, False), ("部门", 11, True)]),
        ("各地区、人民银行等部门", True, [("人民银行", 4, False), ("部门", 9, True)]),  # 各地区: no unit in strict mode
        ("各省、自治区、直辖市及计划单列市教育行政部门", False, [("各省、自治区、直辖市及计划单列市教育行政部门", 0, True)]),
        # (in a law collectives of government bodies are subjects too: prose rounds 2 and 3)
        ("各省、自治区、直辖市人民政府和财政部", True, [("各省、自治区、直辖市人民政府", 0, True), ("财政部", 15, False)]),
    ],
)
def test_a_printed_list_of_units_splits_into_its_names(
    text: str, strict: bool, expected: list[tuple[str, int, bool]] | None
) -> None:
    assert _names(_split_list(text, _BASE, strict)) == expected


@pytest.mark.parametrize(
    ("piece", "strict", "expected"),
    [
        ("工业和信息化部", True, [("工业和信息化部", 0, False)]),  # a name holding 和
        ("有关行业协会（以下简称行业协会）", False, [("有关行业协会", 0, True)]),  # the alias is no part of it
        ("科技部等有关部门", False, [("科技部", 0, False), ("有关部门", 4, True)]),
        ("科技部等有关部门", True, [("科技部", 0, False), ("有关部门", 4, True)]),  # (a law's collective: prose round 3)
        ("科技部等部门", True, [("科技部", 0, False), ("部门", 4, True)]),  # X等部门: X and 部门
        ("科技部等单位", True, [("科技部", 0, False), ("单位", 4, True)]),
        ("科技部等企业", False, None),
        ("财政部等", False, [("财政部", 0, False)]),
        ("省财政厅和省商务厅", True, [("省财政厅", 0, False), ("省商务厅", 5, False)]),
        ("各部门和各单位", False, [("各部门", 0, True), ("各单位", 4, True)]),
        ("各有关部门和单位", False, [("各有关部门和单位", 0, True)]),  # 单位 alone only finishes a name
        ("各级环保部门和企业", False, [("各级环保部门", 0, True), ("企业", 7, True)]),  # 企业 is a collective
        ("省发展改革委以及省财政厅", True, [("省发展改革委", 0, False), ("省财政厅", 8, False)]),
        (
            "省发展改革委和省财政厅以及省商务厅",
            True,
            [("省发展改革委", 0, False), ("省财政厅", 7, False), ("省商务厅", 13, False)],
        ),
        ("和省财政厅", False, None),
        ("省委等", False, [("省委", 0, False)]),
        ("省委（以下简称省委）", False, [("省委", 0, False)]),  # the alias after a name of two characters
        ("各部门等", True, [("各部门", 0, True)]),  # (a law's collective: prose round 3)
        ("各地区等部门", True, None),
        ("各部门和财政部", True, [("各部门", 0, True), ("财政部", 4, False)]),  # (a law's collective: prose round 3)
        ("国务院及各部门", True, [("国务院", 0, False), ("各部门", 4, True)]),
        ("各有关部门和单位以及各地区", False, [("各有关部门和单位", 0, True), ("各地区", 10, True)]),  # 以及 first
        ("河北省委和省政府", False, [("河北省委", 0, False), ("省政府", 5, False)]),
        ("国家发展改革委和科技部", False, [("国家发展改革委", 0, False), ("科技部", 8, False)]),
    ],
)
def test_one_piece_of_a_list_splits_at_its_joiners(
    piece: str, strict: bool, expected: list[tuple[str, int, bool]] | None
) -> None:
    assert _names(_split_piece(piece, _BASE, strict)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("河北省", True),  # a province or city named in full
        ("大连市", True),
        ("汕头海关", True),  # a body after a city's short name
        ("汕头甲乙丙丁戊己庚辛壬癸子丑寅卯辰局", True),  # its own name of sixteen characters
        ("汕头甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳局", False),  # of seventeen
        ("大连", False),  # a city alone
        ("南京港", False),  # a port
        ("大连市请求", False),
        ("总局执法稽查局", True),  # an internal bureau after 总局
        ("规划局", False),  # a division's head alone
        ("明确本科", False),  # a verb first
        ("使用试点工作小组办公室", False),
    ],
)
def test_which_names_are_units(name: str, expected: bool) -> None:
    assert is_subject_unit(name)[0] is expected


def _longest(text: str, after: str, strict: bool = False, follows: tuple[str, ...] = ()) -> tuple[list[tuple[str, int, bool]], int] | None:
    pos = text.index(after) + len(after) if after else 0
    got = _longest_list(text, pos, len(text), strict, follows)
    return None if got is None else ([(n.mention, n.start, n.generic) for n in got[0]], got[1])


def test_the_longest_list_of_units_printed_at_a_place() -> None:
    by = _cues().by_cues
    assert _longest("由各省负责组织。", "由", follows=by) == ([("各省", 1, True)], 3)  # a name of two characters
    assert _longest("由地方负责解决。", "由", follows=by) == ([("地方", 1, True)], 3)
    assert _longest("由地方负责解决。", "由", strict=True, follows=by) is None
    # 办 of 办好 is no part of the name before it
    assert _longest("省文化和旅游厅要会同省商务厅办好文旅消费季活动。", "会同") == ([("省商务厅", 10, False)], 14)


def test_levels_then_a_word_that_names_no_body_are_no_collective_tenth_pass() -> None:
    # _split_list 101 (levels[:+1] for levels[:-1]): in 自治区及社会各界和财政厅 the words joined to
    # the opening levels are not all levels (社会各界 names no body), so the levels and the name
    # after them are not one collective: strictly, the list is no list of units
    assert _split_list("各省、自治区及社会各界和财政厅", 0, True) is None
