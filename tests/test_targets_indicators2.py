"""Targets: the indicator text (GUIDE.md "Targets": the counted or measured thing, trimmed, as printed), after the
blind sets fifty-three and fifty-four left rough ones — in our own sentences: a period word left at the end
(`能耗五年`), a rate per head cut from its subject (`每千人`), a noun phrase cut after a verb-like word (`新增就业`),
and a goal joined to a sample in one clause (`随机抽查…100家并完成整改80家`)."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def rows(text: str) -> list[tuple[str, float, str]]:
    return [(t.indicator, t.value, t.unit) for t in extract_targets(normalize(text), year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2027年，全区单位地区生产总值能耗三年下降9%。", [("单位地区生产总值能耗", 9, "%")]),
        ("到2026年，单位工业增加值用水量两年间下降6%。", [("单位工业增加值用水量", 6, "%")]),
        ("全区建成标准化菜市场每年不少于3个。", [("标准化菜市场", 3, "个")]),
    ],
)
def test_a_period_word_is_trimmed_off_the_end(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2026年，县域食品抽检量达到每千人4.5批次。", [("县域食品抽检量每千人", 4.5, "批次")]),
        ("到2027年，制造业机器人密度达到每万名工人150台。", [("制造业机器人密度每万名工人", 150, "台")]),
        # a rate per head that opens the noun stays as it is
        ("到2026年，全区每千人口注册护士数达到3.6人。", [("每千人口注册护士数", 3.6, "人")]),
        # with no subject before the cue, the rate per head is what is left
        ("力争达到每千人6张。", [("每千人", 6, "张")]),
    ],
)
def test_a_rate_per_head_keeps_its_subject(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年全区城镇新增就业1.2万人以上。", [("城镇新增就业", 1.2, "万人")]),
        ("全年农村劳动力转移就业8000人。", [("农村劳动力转移就业", 8000, "人")]),
        ("新增就业3000人，新增市场主体500户。", [("新增就业", 3000, "人"), ("市场主体", 500, "户")]),
    ],
)
def test_new_employment_is_one_noun(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert rows(text) == expected


def test_a_goal_joined_to_a_sample_in_its_clause_is_kept() -> None:
    assert rows("全年随机抽查小餐饮门店200家并完成整改150家。") == [("整改", 150, "家")]
    assert rows("每季度随机抽查加油站20座并确保完成整改15座。") == [("整改", 15, "座")]
    # the sample alone, or a sample with a joined verb that is no goal's, stays none
    assert rows("每月随机抽查药品零售企业30家并通报结果。") == []
    assert rows("每月随机抽查药品零售企业30家。") == []


def test_new_jobs_keep_the_verb_trimmed() -> None:
    # 新增 acts on a noun of its own (就业岗位): the verb is trimmed, as for any other added thing
    assert rows("全年新增就业岗位8000个。") == [("就业岗位", 8000, "个")]
    assert rows("培训后取证率达到85%。") == [("培训后取证率", 85, "%")]
