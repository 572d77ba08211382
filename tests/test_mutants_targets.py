"""Tests added for the mutants the mutation run found alive in graph/extract/targets.py
(docs/mutation.md, eighth pass): a Chinese numeral after a cue of four characters (a fault, fixed),
a sum of money in a clause that names an investment, a word excluded unless it heads the
indicator's name, printed twice.
"""

from __future__ import annotations

import pytest

from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def targets(text: str) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue of four characters ([targets] cues: 重点支持, 推广应用) right before a Chinese numeral
        ("到2025年，重点支持三个项目。", [(3, "个", 2025)]),
        ("到2025年，推广应用五项技术。", [(5, "项", 2025)]),
        ("到2025年，新建三个园区。", [(3, "个", 2025)]),
        # a numeral with no cue right before it, nor a noun phrase it closes
        ("到2025年，园区数量三个。", []),
        # a sum of money: the clause names what it measures (投资), though the indicator is no money head
        ("到2025年，全省投资达到100亿元。", [(100, "亿元", 2025)]),
        # 营业收入 is excluded unless it heads the indicator's name: its last occurrence does here
        ("到2025年，营业收入超10亿元的企业营业收入达到1000亿元。", [(1000, "亿元", 2025)]),
        ("到2025年，营业收入达到1000亿元。", [(1000, "亿元", 2025)]),  # ... from the name's first character
        # a number before 工程 is no count, and the numbers after it are still read
        ("实施10项工程，到2025年，新增企业100家。", [(100, "家", 2025)]),
        # nor do a count of nothing, rhetoric (一支队伍) or a norm to build by, before a target
        ("到2025年，新增违规企业0家，新增企业100家。", [(100, "家", 2025)]),
        ("打造一支队伍，到2025年，新增企业100家。", [(100, "家", 2025)]),
        ("按照每千人口不少于10个托位规划建设。到2025年，新增企业100家。", [(100, "家", 2025)]),
        # a sentence about the past (近年来) before a target, or after the number in its sentence
        ("近年来，全省新增企业100家。到2025年，新增企业200家。", [(200, "家", 2025)]),
        ("到2025年，全省新增企业100家，近年来，新增园区20个。", [(100, "家", 2025)]),
        # a condition (方可) or a sampling (随机抽查) in the next sentence is none of the target's
        ("到2025年，新增企业100家。符合条件的企业方可享受补贴。", [(100, "家", 2025)]),
        ("到2025年，新增企业100家。每年随机抽查企业。", [(100, "家", 2025)]),
    ],
)
def test_which_numbers_are_targets(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert targets(text) == expected


def test_a_number_in_the_documents_own_title_is_none_though_the_title_holds_blanks() -> None:
    text = normalize("关于新建100个示范园区的通知\n到2025年，新增企业100家。")
    got = [(t.value, t.unit) for t in extract_targets(text, title="关于新建 100个示范园区的通知")]
    assert got == [(100, "家")]


def targets_in(text: str, year: int | None = None) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text), year=year)]


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # a number after an ASCII letter or inside 〔〕 is no count; the next number is still read
        ("新建Z2个园区，新增企业100家。", None, [(100.0, "家", None)]),
        ("到2025年，建成〔5个〕园区，新增企业100家。", None, [(100.0, "家", 2025)]),
        # a Chinese numeral closing a noun phrase needs its cue before it in the clause
        ("到2025年，示范园区三个（新建），", None, []),
        # a Chinese numeral after a noun but not closing the phrase is no count
        ("到2025年，完成老旧小区三个批次的改造。", None, []),
        # 以上的 right before the number qualifies the noun counted: the number is still a goal
        ("到2025年，培育产值10亿元以上的50家企业。", None, [(50.0, "家", 2025)]),
        # 压缩至 after the number does not make a time limit of days a goal; before it does
        ("将审批时限由20个工作日压缩至5个工作日。", None, [(5.0, "个工作日", None)]),
        # compared with the year before and due in no year: no goal; the next number still is
        ("产值比上年增长10%。新增企业100家。", 2024, [(100.0, "家", None)]),
        # 受理 (a case handled) not in the indicator's name: no goal
        ("受理企业申请新增园区10个。", None, []),
        # an excluded word after a quoted name closed before it, or a quote opened later, still excludes
        ("实施“十大工程”，其中上年新增园区10个。", None, []),
        ("“十四五”时期，推进“示范”工程，现有园区达到10个。", None, []),
        ("现有园区达到10个，打造“示范园区”。", None, []),
        ("推进“示范”园区现有数量达到10个。", None, []),
        # an excluded word inside a quoted name opened in the clause excludes nothing
        ("实施“示范工程”。打造“现有品牌园区达到10个”。", None, [(10.0, "个", None)]),
        # a number that is no goal by its clause's shape (以上 = the above; the document's own count)
        ("颁发以上4座研究堆，新增企业100家。", None, [(100.0, "家", None)]),
        ("推广的改革举措（共23项），新增企业100家。", None, [(100.0, "家", None)]),
    ],
)
def test_which_numbers_are_targets_eighth_pass_rest(
    text: str, year: int | None, expected: list[tuple[float, str, int | None]]
) -> None:
    assert targets_in(text, year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese numeral with a magnitude closing its noun phrase after its cue: a goal
        ("到2025年，全省投资达到三千亿元，", [(3000.0, "亿元", 2025)]),
        # a closing numeral with no cue before it ends no reading: the next number is read
        ("到2025年，示范园区三个（新建），新增企业100家。", [(100.0, "家", 2025)]),
    ],
)
def test_chinese_numerals_that_close_a_phrase(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert targets_in(text) == expected


def test_a_chinese_numeral_with_a_magnitude_inside_a_phrase_ends_no_reading() -> None:
    # whatever 三千亿元 inside the phrase gives, the goal after it is read
    assert (100.0, "家", 2025) in targets_in("到2025年，撬动三千亿元社会资本投入，新增企业100家。")


def test_a_share_after_a_respective_list_is_the_share_of_its_own_set_tenth_pass() -> None:
    # extract_targets 454: a percentage that qualifies the set it is a share of (50%以上的乡村) is one
    # target of that set, though 分别 and two items stand before it in its clause; it is no lone
    # value that the items reach each (30%以上的园区 / 企业 would be two wrong indicators)
    got = [(t.indicator, t.value, t.unit) for t in
           extract_targets(normalize("到2025年，在30%以上的园区和企业分别与50%以上的乡村开展合作。")) if t.value == 50]
    assert got == [("乡村", 50.0, "%")]
