"""A subject's name ends at a complete name when what follows opens and ends as no known name does
(``graph/extract/name_words.py``), whatever the verb of the duty: 请市消防救援支队巩固口岸通关秩序 names
市消防救援支队, not 市消防救援支队巩固口岸通关 (a leftover of rounds 57–66, docs/made-eval-forms.md)."""

from __future__ import annotations

import pytest

from graph.extract.name_words import reads_as_name_part
from graph.extract.prose import prose_tasks

# verbs and adverbs that open a duty; several are on no list of verbs the rules keep (巩固, 聚焦, 按时, 牢固, 筹划)
# and 全面, 统一 stand in known names (中央全面深化改革委员会, 统一战线工作部)
VERBS = ["巩固", "持续", "抓紧", "进一步", "切实", "全面", "组织", "牵头", "保障", "统一", "聚焦", "依法", "按时", "做好",
         "研究", "督促", "深入", "扎实", "稳步", "全力", "着力", "压实", "用好", "发挥", "牢固", "坚决", "主动", "筹划"]


def _subjects(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.mention, a.role) for a in t.assignees] for t in prose_tasks(text)]


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("unit", ["市消防救援支队", "区应急管理局", "县市场监管局"])
def test_a_name_ends_before_any_verb_of_a_duty(unit: str, verb: str) -> None:
    # 口岸通关 ends with 关 (海关): the name must not run on to it
    got = _subjects(f"请{unit}{verb}口岸通关秩序管理工作。")
    assert len(got) == 1 and [m for m, _ in got[0]] == [unit]


@pytest.mark.parametrize("text,unit", [
    ("请市公安局交警支队加强管理。", "市公安局交警支队"),
    ("请市委组织部牵头研究。", "市委组织部"),
    ("请市人力资源社会保障局抓紧制定。", "市人力资源社会保障局"),
    ("请市公安局刑侦大队依法查处。", "市公安局刑侦大队"),
    ("请市发展改革委价格监督检查局加强检查。", "市发展改革委价格监督检查局"),
    ("请市委政法委组织协调。", "市委政法委"),
    ("县财政局党组要加强领导。", "县财政局党组"),
])
def test_a_name_holding_a_shorter_name_is_kept(text: str, unit: str) -> None:
    got = _subjects(text)
    assert len(got) == 1 and got[0][0][0] == unit


def test_what_reads_as_a_part_of_a_name() -> None:
    assert reads_as_name_part("组织部") and reads_as_name_part("交警支队") and reads_as_name_part("全面深化改革委员会")
    assert not reads_as_name_part("巩固口岸通关") and not reads_as_name_part("全面口岸通关")
