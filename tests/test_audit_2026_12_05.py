"""Causes found by the corpus audit of 2026-12-05 (docs/audit-2026-12-05.md), each on a sentence of our own."""

from __future__ import annotations

import pytest

from graph.departments import resolve
from graph.extract.prose import prose_tasks
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def roles(text: str) -> list[list[tuple[str, str]]]:
    """(mention, role) of every prose task of a text, task by task."""
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(normalize(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a past marker inside a 的-phrase of up to eight characters qualifies a noun; the duty is still
        # to be done (was: no task, 已 read as "has been done")
        ("市财政局将对各区已纳入年度建设计划的项目给予支持。", [[("市财政局", "responsible")]]),
        ("市商务局要对已列入省级重点名单的企业加强跟踪服务。", [[("市商务局", "responsible")]]),
        # a past marker outside such a phrase still says what has been done
        ("市财政局已会同市商务局制定了实施办法。", []),
        ("市商务局已将重点企业纳入监测范围。", []),
    ],
)
def test_a_past_marker_in_a_longer_phrase_qualifying_a_noun(sentence: str, expected: object) -> None:
    assert roles(sentence) == expected


def test_the_state_council_informatization_office_is_a_unit() -> None:
    # 国务院信息办 (国务院信息化工作办公室, 2001-2008) was not in the registry: dropped from a list
    assert roles("省政府办公厅将与省标准化院、国务院信息办等单位一起，研究制定规范。") == [
        [("省政府办公厅", "responsible"), ("省标准化院", "responsible"), ("国务院信息办", "responsible"),
         ("单位", "responsible")]
    ]
    assert roles("市商务局要会同国务院信息办研究制定办法。") == [[("市商务局", "lead"), ("国务院信息办", "support")]]
    r = resolve("国务院信息办", jurisdiction="CN", year=2006)
    assert (r.canonical, r.department_id) == ("国务院信息化工作办公室", "cn-sc-info-office")


def _targets(text: str) -> list[tuple[str, float, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(text))]


def test_a_per_capita_norm_due_by_a_year_is_indicated_by_its_per_phrase_and_noun() -> None:
    # was 托位建设婴幼儿照护服务设施 / 停车位配建停车设施: the noun ran on over the verb it is built by
    assert _targets("到2027年，既有小区要按照每千人口不少于6个托位建设托育设施。") == [("每千人口托位", 6, "个", 2027)]
    assert _targets("到2030年，老旧小区要按每百户不低于20个停车位配建停车设施。") == [("每百户停车位", 20, "个", 2030)]
    # without a year it is a norm each project is built to, no target (unchanged)
    assert _targets("新建小区按照每千人口不少于6个托位规划、建设托育设施。") == []
