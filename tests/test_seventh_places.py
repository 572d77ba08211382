"""Causes found by the seventh made set (tests/made_gold/places7, first run on the code fixed for
places6): 民委 (民族事务委员会) apart from 民宗委; 中级法院/高级法院; a 食安办; 贵州's own name of its
big-data bureau (大数据发展管理局, place_bodies.csv); the committees of national-level new areas as
registry rows of their province; a zone's committee and 各区镇 as subjects of a duty in running text.
The sentences are our own and the places are not those of the made documents (or, for a one-place
body, other documents of its province); the expected names are the bodies' official full names
(docs/made-eval.md)."""

from __future__ import annotations

import pytest

from graph.departments.registry import resolve
from graph.extract.prose import prose_tasks

GANNAN, HOHHOT, ZIBO, ANJI, ZUNYI, BAODING = "623000", "150100", "370300", "330523", "520300", "130600"


@pytest.mark.parametrize(("mention", "jurisdiction", "year", "expected"), [
    ("州民委", GANNAN, 2021, "甘南藏族自治州民族事务委员会"),
    ("市民委", HOHHOT, 2020, "呼和浩特市民族事务委员会"),
    ("州民宗委", GANNAN, 2021, "甘南藏族自治州民族宗教事务委员会"),
    ("市中级法院", ZIBO, 2017, "淄博市中级人民法院"),
    ("省高级法院", "HI", 2020, "海南省高级人民法院"),
    ("市食安办", ZIBO, 2017, "淄博市食品安全委员会办公室"),
    ("县食安办", ANJI, 2018, "安吉县食品安全委员会办公室"),
    # 贵州's own name for its big-data bureau; other provinces keep the name as printed
    ("省大数据局", "GZ", 2019, "贵州省大数据发展管理局"),
    ("大数据局", "GZ", 2019, "贵州省大数据发展管理局"),
    ("省大数据局", "SD", 2019, "山东省大数据局"),
    # a national-level new area's committee, printed without its province, in its province's documents
    ("贵安新区管委会", ZUNYI, 2020, "贵州贵安新区管理委员会"),
    ("雄安新区管委会", BAODING, 2019, "河北雄安新区管理委员会"),
])
def test_names_of_the_seventh_set(mention: str, jurisdiction: str, year: int, expected: str) -> None:
    r = resolve(mention, jurisdiction=jurisdiction, year=year)
    assert (r.canonical, r.resolved) == (expected, True)


def test_national_ethnic_commission_stays_national() -> None:
    assert resolve("国家民委", jurisdiction=GANNAN, year=2021).canonical == "国家民族事务委员会"
    assert resolve("民委", jurisdiction="CN", year=2021).canonical == "国家民族事务委员会"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("滇中新区管委会要加快建设产业园区。", [("滇中新区管委会", "responsible", False)]),
    ("各区镇要抓好政策落地。", [("各区镇", "responsible", True)]),
])
def test_zone_committee_and_towns_as_prose_subjects(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    got = [(a.mention, a.role, a.generic) for t in prose_tasks(sentence) for a in t.assignees]
    assert got == expected


def test_a_pass_rate_of_inspections_is_a_goal_but_a_sample_is_not() -> None:
    from graph.extract.targets import extract_targets

    goal = extract_targets("到2020年，全县食用农产品抽检合格率达到97%以上。\n")
    assert [(t.indicator, t.value, t.unit, t.deadline) for t in goal] == [("全县食用农产品抽检合格率", 97.0, "%", 2020)]
    assert extract_targets("到2020年，每年抽检农产品样品300批次。\n") == ()
