"""Targets, citations and document metadata: table-driven cases in real Chinese."""

from __future__ import annotations

import pytest

from graph.extract.citations import extract_citations, parse_doc_number
from graph.extract.metadata import extract_metadata, parse_date
from graph.extract.targets import extract_targets
from graph.ingest.normalize import normalize


def targets(text: str) -> list[tuple[float, str, int | None]]:
    return [(t.value, t.unit, t.deadline) for t in extract_targets(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2020年，秸秆综合利用率达到85%以上。", [(85, "%", 2020)]),
        ("年度内新增安徽名牌170个、安徽省著名商标400件。", [(170, "个", None), (400, "件", None)]),
        ("举办一期领导干部质量品牌升级研讨班。", [(1, "期", None)]),
        ("在全省打造30个左右特色商贸小镇。", [(30, "个", None)]),
        ("重点引进2-3个连锁便利店品牌。", [(2, "个", None)]),
        ("到2020年，全国农机总动力超过10亿千瓦。", [(10, "亿千瓦", 2020)]),
        ("到2025年，产业总规模达到2万亿元。", [(2, "万亿元", 2025)]),
        ("2021年底前，培育三十家龙头企业。", [(30, "家", 2021)]),
        ("单位能耗下降3个百分点。", [(3, "个百分点", None)]),
        # not targets
        ("鼓励首批14个基地创建示范区。", []),
        ("将2016年实施的24项督查激励措施调整增加为30项。", []),
        ("对营业收入500万元以下的企业给予支持。", []),
        ("担保费率不超过1%。", []),
        ("建设一支数量充足的人才队伍。", []),
        ("培育一批特色品牌。", []),
        ("消除66人以上超大班额。", []),
        ("第三届博览会于10月举办。", []),
        ("由教育部等31个部门和单位组成。", []),
        ("尽快建设一期工程。", []),
        ("环比下降12.8%。", []),
        ("确定国药集团等22家企业为试点。", []),
        ("参赛人数不得超过6人。", []),
        ("联系电话：010-61965327。", []),
    ],
)
def test_targets(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert targets(text) == expected


def test_deadline_opening_the_paragraph() -> None:
    text = "到2020年，建成一批示范区。全省新增高新技术企业500家。"
    assert targets(text) == [(500, "家", 2020)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("根据《国务院关于X的意见》（国发〔2019〕3号）", [("国务院关于X的意见", "国发〔2019〕3号", "cites")]),
        ("按照《中共安徽省委关于印发〈加快调结构行动计划〉的通知》（皖发[2015]13号）",
         [("中共安徽省委关于印发〈加快调结构行动计划〉的通知", "皖发〔2015〕13号", "cites")]),
        ("制定并发布《甲规划》《乙规划》。", [("甲规划", None, "produces"), ("乙规划", None, "produces")]),
        ("研究制定《数据安全管理办法》。", [("数据安全管理办法", None, "produces")]),
        ("加快修订《药品管理法》。", [("药品管理法", None, "produces")]),
        ("依据国办发〔2016〕82号文件精神", [(None, "国办发〔2016〕82号", "cites")]),
        ("开好《红色文化》课程。", []),
        ("《医疗废物管理条例》和《医疗废物管理条例》", [("医疗废物管理条例", None, "cites")]),
    ],
)
def test_citations(text: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    got = [(c.title, c.doc_number, c.kind) for c in extract_citations(normalize(text))]
    assert got == expected


def test_own_title_is_not_a_citation() -> None:
    text = normalize("现将《质量安徽建设2016年行动计划》印发给你们。")
    own = "安徽省人民政府办公厅关于印发质量安徽建设2016年行动计划的通知"
    assert extract_citations(text, own_title=own) == ()


@pytest.mark.parametrize(
    ("number", "parts"),
    [
        ("国办发〔2016〕18号", ("国办发", 2016, 18)),
        ("皖政办秘[2016]76号", ("皖政办秘", 2016, 76)),
        ("赣府厅发［2020］4号", ("赣府厅发", 2020, 4)),
        ("工信部联企业(2022)54号", ("工信部联企业", 2022, 54)),
        ("国务院令第707号", ("国务院令", None, 707)),
    ],
)
def test_parse_doc_number(number: str, parts: tuple[str, int | None, int]) -> None:
    p = parse_doc_number(number)
    assert p is not None and (p.code, p.year, p.serial) == parts


def test_metadata_of_a_gov_cn_style_text() -> None:
    text = normalize(
        "国务院办公厅关于加快发展流通促进商业消费的意见\n国办发〔2019〕42号\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n一、总体要求\n正文。\n国务院办公厅\n2019年8月16日\n"
    )
    m = extract_metadata(text)
    assert (m.title, m.doc_number, m.issuer, m.date) == (
        "国务院办公厅关于加快发展流通促进商业消费的意见", "国办发〔2019〕42号", "国务院办公厅", "2019-08-16")
    assert m.addressees and m.addressees.startswith("各省")


def test_chinese_date() -> None:
    assert parse_date("二〇二〇年二月二十八日") == "2020-02-28"
