"""Causes found by rounds 174-175's first run (paths, a blind hand; docs/made-eval-forms.md "Rounds 174–175"), each on
inputs of our own:

- ``1）`` and ``1)`` opened no numbered unit, so the items took the path of the heading above and the first item's text
  ran on from it;
- decimal outline numbers (``2　重点任务`` > ``2.1　…`` > ``2.1.1　…``) opened no unit: every task had the path ``''``
  and its text kept the number (docs/readings.md: each number one label kept whole, ``2/2.1/2.1.1``);
- ``县农牧农村和科技局`` (a Sichuan county's bureau) was split at 和 into a village-like ``县农牧农村`` and ``科技局`` and the
  list holding it was lost.
"""

from __future__ import annotations

from graph.extract import extract
from graph.extract.structure import label_length, numbered_units, opens_paragraph, starts_unit
from graph.ingest import document_from_bytes


def _tasks(text: str, name: str = "t.txt") -> list[tuple[str, str, list[tuple[str, str]]]]:
    doc = document_from_bytes(text.encode("utf-8"), name)
    ex = extract(doc)
    return [("/".join(t.path), doc.text[t.text_span.start : t.text_span.end].strip(),
             [(a.mention, a.role) for a in t.assignees]) for t in ex.tasks]


def _paths(text: str) -> list[tuple[str, str]]:
    return [("/".join(u.path), u.label) for u in numbered_units(text)]


def test_a_digit_with_a_closing_parenthesis_is_a_label_of_its_own_level() -> None:
    text = "一、任务\n（一）完善设施。\n1）推进道路硬化。\n2)实施供水工程。\n（二）提升服务。\n1）加强卫生室建设。\n二、保障\n1) 加强协调。"
    assert _paths(text) == [("一", "一、"), ("一/一", "（一）"), ("一/一/1", "1）"), ("一/一/2", "2)"), ("一/二", "（二）"),
                            ("一/二/1", "1）"), ("二", "二、"), ("二/1", "1)")]
    # under 1. it nests one level deeper (its own style), as （1） does
    assert _paths("1.建设基地。\n1）甲。\n2）乙。\n2.推广技术。") == [("1", "1."), ("1/1", "1）"), ("1/2", "2）"), ("2", "2.")]
    tasks = _tasks("二、重点任务\n（一）完善基础设施。\n1）推进村组道路硬化。（牵头单位：县交通运输局）\n"
                   "2）实施农村供水保障工程。（牵头单位：县水务局）\n")
    assert [(p, s) for p, s, _ in tasks] == [("二/一/1", "推进村组道路硬化。"), ("二/一/2", "实施农村供水保障工程。")]


def test_decimal_outline_numbers_nest_by_their_dots_each_kept_whole() -> None:
    text = ("方案\n1　工作目标\n落实核心制度。\n2　重点任务\n2.1　加强核心制度落实\n2.1.1　严格执行三级查房制度。\n"
            "2.1.2　落实手术分级管理。\n2.2　提升护理质量\n2.2.1　推进责任制整体护理。\n3　保障措施\n3.1　成立委员会。\n")
    assert [p for p, _ in _paths(text)] == ["1", "2", "2/2.1", "2/2.1/2.1.1", "2/2.1/2.1.2", "2/2.2", "2/2.2/2.2.1", "3",
                                            "3/3.1"]
    # a top level printed `2.` (the num style) is the same level as a bare `2` above 2.1; elsewhere `1.` stays what it was
    assert [p for p, _ in _paths("1. 总则\n1.1　目的\n2. 任务\n2.1　甲\n（1）乙\n2.2　丙\n3. 保障")] == [
        "1", "1/1.1", "2", "2/2.1", "2/2.1/1", "2/2.2", "3"]
    assert [p for p, _ in _paths("一、任务\n1.甲\n1.1　乙\n2.丙\n二、保障\n1.丁")] == ["一", "一/1", "一/1/1.1", "一/2", "二",
                                                                                  "二/1"]
    # under bare top numbers, `1.` items stay items
    assert [p for p, _ in _paths("2　任务\n2.1　甲\n1.乙\n2.丙\n2.2　丁")] == ["2", "2/2.1", "2/2.1/1", "2/2.1/2", "2/2.2"]
    # a decimal label opens its levels even when the headings above it are missing
    assert [p for p, _ in _paths("前言\n4.2.1　出现应急状态。\n4.3　后期处置。")] == ["4/4.2/4.2.1", "4/4.3"]
    tasks = _tasks("1　工作目标\n持续改进质量。\n2　重点任务\n2.1　加强核心制度落实\n"
                   "2.1.1　严格执行三级查房制度。（牵头科室：医务科；配合科室：各临床科室）\n"
                   "2.3　规范合理用药（牵头科室：药剂科）\n开展处方点评。（责任科室：药剂科）\n")
    assert tasks == [("2/2.1/2.1.1", "严格执行三级查房制度。", [("医务科", "lead"), ("各临床科室", "support")]),
                     ("2/2.3", "规范合理用药", [("药剂科", "lead")]),
                     ("2/2.3", "开展处方点评。", [("药剂科", "responsible")])]


def test_bare_numbers_and_quantities_open_no_unit() -> None:
    # a bare number before a word is a unit only beside decimal labels, and not past their last top number plus one
    assert _paths("前言\n10 个项目已建成。\n2 重点任务\n") == []
    assert [p for p, _ in _paths("1　目标\n2.1　甲\n10 个项目\n")] == ["1", "2/2.1"]
    # a quantity at a line's start is no decimal label; a line alone never takes a bare number or a quantity
    assert _paths("前言\n2.5 万吨粮食\n") == []
    assert starts_unit("2.1　加强") and label_length("2.1　加强") == 4
    assert not starts_unit("2　重点任务") and not opens_paragraph("1.5万元") and not opens_paragraph("10 个")
    assert starts_unit("1）甲") and starts_unit("2)乙") and not starts_unit("2024年")


def test_a_bureau_of_farming_and_of_science_is_one_name() -> None:
    text = "第三条　落实草原禁牧制度。（牵头单位：县林业和草原局；配合单位：县农牧农村和科技局、各乡（镇）人民政府）\n"
    assert _tasks(text)[0][2] == [("县林业和草原局", "lead"), ("县农牧农村和科技局", "support"), ("各乡（镇）人民政府", "support")]
    text = "第七条　强化资金保障。统筹安排专项资金。（责任单位：县财政局、县农牧农村和科技局）\n"
    assert _tasks(text)[0][2] == [("县财政局", "responsible"), ("县农牧农村和科技局", "responsible")]
    # guard: two names joined by 和 still part (a village's committee and a bureau)
    text = "一、任务\n（一）整治环境。（责任单位：县民政局和县住房城乡建设局）\n"
    assert _tasks(text)[0][2] == [("县民政局", "responsible"), ("县住房城乡建设局", "responsible")]


def test_a_table_s_decimal_serial_number_before_a_tab_opens_no_unit() -> None:
    # guard (forms39's Word table, flattened one row a line): the row stands at the path of the table
    text = "一、重点任务\n（二）民生保障类\n序号\t工作任务\t责任单位\n2.1\t实施农村供水保障工程\t市水务局\n"
    assert [p for p, _ in _paths(text)] == ["一", "一/二"]
