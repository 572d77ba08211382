"""Targets: the leftovers of the held-out sets ten to eighteen (docs/made-eval-targets.md, "What is
left"), each in new sentences of our own: a list of years without 分别, a note between a table's
title and its header, and the cue 开发."""

from __future__ import annotations

import pytest

from graph.extract.indicator_tables import indicator_rows
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def values(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as many values as years: each value its year
        ("到2026年、2028年，全县建成社区嵌入式托育点8个、14个。", [(8, "个", 2026), (14, "个", 2028)]),
        ("到2025年和2030年，全市林草覆盖率达到41%和45%，培育林下经济示范基地6家、10家。",
         [(41, "%", 2025), (45, "%", 2030), (6, "家", 2025), (10, "家", 2030)]),
        # not as many: the last year governs them all (as before)
        ("到2026年、2028年，全县建成社区嵌入式托育点8个、11个和14个。", [(8, "个", 2028), (11, "个", 2028), (14, "个", 2028)]),
        ("到2026年、2028年，全县建成社区嵌入式托育点14个。", [(14, "个", 2028)]),
        # a range of years is no list
        ("2026年至2028年，全县建成社区嵌入式托育点8个、14个。", [(8, "个", 2028), (14, "个", 2028)]),
    ],
)
def test_a_list_of_years_without_fenbie(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text, 2025) == expected


def test_a_note_between_a_table_title_and_its_header() -> None:
    text = (
        "2026年各乡镇（街道）高标准农田建设目标任务分解表\n"
        "说明：面积以县农业农村局验收为准。\n"
        "序号\t乡镇（街道）\t新建高标准农田（亩）\t高效节水灌溉（亩）\n"
        "1\t龙泉镇\t3000\t800\n"
        "2\t白沙乡\t2500\t600\n"
    )
    assert [(r.indicator, r.value, r.unit, r.year) for r in indicator_rows(text, 2026)] == [
        ("龙泉镇新建高标准农田", 3000, "亩", 2026), ("龙泉镇高效节水灌溉", 800, "亩", 2026),
        ("白沙乡新建高标准农田", 2500, "亩", 2026), ("白沙乡高效节水灌溉", 600, "亩", 2026),
    ]
    # a unit line too; a title of money granted stays out
    assert [r.value for r in indicator_rows(text.replace("说明：面积以县农业农村局验收为准。", "单位：亩"), 2026)] == [3000, 800, 2500, 600]
    money = "2026年各乡镇（街道）农田建设补助资金表\n说明：按面积分配。\n序号\t乡镇（街道）\t补助资金（万元）\n1\t龙泉镇\t300\n"
    assert indicator_rows(money, 2026) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年开发城乡公益性岗位800个。", [(800, "个", None)]),
        ("开发乡村旅游精品线路12条。", [(12, "条", None)]),
        # 开发区 is a zone, no cue; a bracket opened by a comparison sign specifies the noun before it
        ("全县现有省级开发区内规模以上企业150家。", []),
        ("开发高固含量（≥30%）纺丝溶液。", []),
    ],
)
def test_the_cue_kaifa(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the causes of held-out set nineteen (made_tg_86..89): the unit 架; 不高于 with a unit per a
        # denominator (a level to keep under), not with % (a cap on a rate stays out)
        ("为森林消防大队配备侦察无人机6架。", [(6, "架", None)]),
        ("农村生活污水处理设施出水氨氮浓度不高于8毫克/升。", [(8, "毫克/升", None)]),
        ("单位工业增加值用水量不高于12立方米/万元。", [(12, "立方米/万元", None)]),
        ("再担保费率不高于0.5%。", []),
    ],
)
def test_causes_of_set_nineteen(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert values(text) == expected


def test_a_cut_by_shaving_is_trimmed_off_its_indicator() -> None:
    # 削减 / 压减 after a base (较2024年) are trimmed off the indicator, as 下降 is
    got = extract_targets(normalize("氨氮排放量较2024年削减8%以上。"))
    assert [(t.indicator, t.value, t.unit) for t in got] == [("氨氮排放量", 8, "%")]
