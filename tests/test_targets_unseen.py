"""Targets on documents the rules were not written for (issue #14, docs/unseen-eval.md errors
13-16), from the GUIDE's "Targets" in sentences of my own."""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def targets(text: str) -> list[tuple[str, float, str, int | None]]:
    return [(t.indicator, t.value, t.unit, t.deadline) for t in extract_targets(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit is [magnitude] unit [/ denominator]
        ("到2025年，新增城市燃气供气能力300亿立方米以上。", [("城市燃气供气能力", 300, "亿立方米", 2025)]),
        ("到2022年，城区二氧化硫浓度控制在15微克/立方米以内。", [("城区二氧化硫浓度", 15, "微克/立方米", 2022)]),
        ("到2023年，高标准农田粮食单产达到7.5吨/公顷。", [("高标准农田粮食单产", 7.5, "吨/公顷", 2023)]),
        ("到2025年，港口货物吞吐量达到3亿吨。", [("港口货物吞吐量", 3, "亿吨", 2025)]),
        ("到2025年，日用玻璃产能达到500万重量箱。", [("日用玻璃产能", 500, "万重量箱", 2025)]),
        # 人年 is one unit, not 人
        ("到2025年，企业研究人员达到20万人年。", [("企业研究人员", 20, "万人年", 2025)]),
    ],
)
def test_units_with_magnitude_and_denominator(text: str, expected: list[tuple[str, float, str, int | None]]) -> None:
    assert targets(text) == expected


def test_a_money_rate_per_year_is_a_money_amount() -> None:
    # a per-pupil allowance is money granted (GUIDE: not a target), with or without its /年
    assert targets("确保县域小学生均公用经费不低于650元/年。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reduction is a commitment; the year opening the sentence is its deadline
        ("2024年再淘汰落后水泥产能800万吨、燃煤小锅炉300台。", [("落后水泥产能", 800, "万吨", 2024), ("燃煤小锅炉", 300, "台", 2024)]),
        ("到2025年，压减非电行业用煤200万吨。", [("非电行业用煤", 200, "万吨", 2025)]),
        ("力争到2023年，关停小散乱企业120家。", [("小散乱企业", 120, "家", 2023)]),
        ("到2024年，化解过剩钢铁产能600万吨。", [("过剩钢铁产能", 600, "万吨", 2024)]),
    ],
)
def test_reduction_verbs_are_cues(text: str, expected: list[tuple[str, float, str, int | None]]) -> None:
    assert targets(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exclusion word that heads the indicator's name does not exclude it
        ("到2024年，全省原煤入选率达到80%以上。", [("原煤入选率", 80, "%", 2024)]),
        ("到2025年，规模以上软件企业营业收入达到5000亿元。", [("规模以上软件企业营业收入", 5000, "亿元", 2025)]),
        ("到2025年，全省技术合同成交金额达到1500亿元。", [("技术合同成交金额", 1500, "亿元", 2025)]),
        ("到2023年，政务服务事项网上受理率达到95%。", [("政务服务事项网上受理率", 95, "%", 2023)]),
        # it still excludes where it is meant to: a threshold, a list chosen
        ("对营业收入300万元以下的小微企业给予支持。", []),
        # (the threshold itself; the count of such firms to reach is a target: docs/made-eval-targets.md)
        ("营业收入1000万元以上的企业数量达到50家。", [("营业收入1000万元以上的企业数量", 50, "家", None)]),
        ("入选国家级名单的示范企业达到12家。", []),
    ],
)
def test_exclusions_apply_outside_the_indicator(text: str, expected: list[tuple[str, float, str, int | None]]) -> None:
    assert targets(text) == expected


def test_an_earlier_year_in_the_sentence_describes_a_thing() -> None:
    # GUIDE: the year that governs the sentence; 2012年底前 qualifies the vehicles, 到2020年 governs
    text = "到2020年，淘汰2012年底前注册的国三柴油货车，基本淘汰全市范围内的3万辆老旧柴油货车。"
    assert targets(text) == [("老旧柴油货车", 3, "万辆", 2020)]


_PROJECTS = (
    "某市人民政府办公厅关于印发2024年重点建设项目清单的通知\n各区县人民政府：\n"
    "现将2024年重点建设项目清单印发给你们，请认真组织实施。到2025年，全市新增高新技术企业200家。\n"
    "附件\n2024年重点建设项目清单\n{header}\n"
    "{row1}\n某某区人民政府\n{row2}\n某某县人民政府\n"
)


@pytest.mark.parametrize(
    ("header", "row1", "row2"),
    [
        # one cell per line
        (
            "序号\n项目名称\n总投资（亿元）\n建设内容\n责任单位",
            "1\n某某新材料有限公司年产5万吨锂电池正极材料项目\n30\n新建厂房12万平方米，年产5万吨正极材料。",
            "2\n某某物流园建设项目\n12\n建设仓储用房8万平方米。2025年底前建成投用冷库10座。",
        ),
        # a row of cells joined by tabs (an HTML table)
        (
            "序号\t项目名称\t总投资（亿元）\t建设内容\t责任单位",
            "1\t某某新材料有限公司年产5万吨锂电池正极材料项目\t30\t新建厂房12万平方米，年产5万吨正极材料。",
            "2\t某某物流园建设项目\t12\t建设仓储用房8万平方米。2025年底前建成投用冷库10座。",
        ),
    ],
)
def test_numbers_in_a_list_of_projects_are_no_targets(header: str, row1: str, row2: str) -> None:
    # a project's investment, capacity and floor area describe it; a goal with its own year in
    # a cell stays one (GUIDE: a quantity the document commits to reach)
    text = _PROJECTS.format(header=header, row1=row1, row2=row2)
    assert targets(text) == [("高新技术企业", 200, "家", 2025), ("投用冷库", 10, "座", 2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage that qualifies the set the document commits to act in is the share of it
        # to reach (GUIDE: a quantity the document commits to reach), not an eligibility threshold
        (
            "到2024年，在40%以上的市级工业园区和20%以上的县级工业园区推行集中供热。",
            [("市级工业园区", 40, "%", 2024), ("县级工业园区", 20, "%", 2024)],
        ),
        ("到2025年，在60%以上的行政村开展生活垃圾分类。", [("行政村", 60, "%", 2025)]),
        # a threshold on each member (营业收入占比) stays one
        ("对研发投入占营业收入5%以上的企业给予奖励。", []),
        ("对出口额占比30%以上的企业给予支持。", []),
    ],
)
def test_a_share_of_a_set_is_a_target(text: str, expected: list[tuple[str, float, str, int | None]]) -> None:
    assert targets(text) == expected
