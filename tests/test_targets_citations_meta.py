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
        ("5年来，全国城市重复利用率提高到70.7%，其中工业用水重复利用率达到80.9%。", []),
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
        # the year a change is measured from is not the year it is due
        ("到2017年，重点行业排污强度比2012年下降30%以上。", [(30, "%", 2017)]),
        ("到2017年，全国地级及以上城市可吸入颗粒物浓度比2012年下降10%以上。", [(10, "%", 2017)]),
        ("到2020年，单位能耗较2015年降低15%。", [(15, "%", 2020)]),
        ("到2020年，与2015年相比，用水总量减少10%。", [(10, "%", 2020)]),
        # nor the year of an announcement's number or of an edition
        ("按照《设计规范（2019年版）》（建设部公告2019年第237号）要求，建设不少于10个托位。", [(10, "个", None)]),
        ("到2020年，建成一批示范区。全省单位能耗比2015年下降15%。", [(15, "%", 2020)]),
        # a year followed by a quarter is a deadline
        ("2021年第一季度前，新建5G基站1000个。", [(1000, "个", 2021)]),
    ],
)
def test_baseline_years_are_not_deadlines(text: str, expected: list[tuple[float, str, int | None]]) -> None:
    assert targets(text) == expected


def test_counts_of_years_before_the_document_are_not_targets() -> None:
    text = "1995年我国共发生5级以上地震48次。到1998年达到2000人的招生规模。"
    everything = extract_targets(normalize(text))
    assert [(t.value, t.deadline) for t in everything] == [(48, 1995), (2000, 1998)]
    assert [(t.value, t.deadline) for t in extract_targets(normalize(text), year=1996)] == [(2000, 1998)]


def test_the_document_year_comes_from_the_document() -> None:
    from graph.extract import extract
    from graph.model import Document

    text = "国务院关于地震工作的通知\n国发〔1996〕5号\n1995年我国共发生5级以上地震48次。力争到1998年新建台站20个。"
    assert [(t.value, t.deadline) for t in extract(Document(source="x.txt", text=text)).targets] == [(20, 1998)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("到2025年，全省规模以上工业企业研发机构覆盖率达到50%。", "规模以上工业企业研发机构覆盖率"),
        ("5G物联网终端用户数年均增长率超200%。", "5G物联网终端用户数年均增长率"),
        ("到2017年，重点行业排污强度比2012年下降30%以上。", "重点行业排污强度"),
        ("消除超大班额，56人以上大班额比例控制在5%以内。", "56人以上大班额比例"),
        # after the number: 、 between words and brackets belong to the counted thing
        ("在全国范围内选择10个左右有条件、有基础、规模适当的城市。", "有条件、有基础、规模适当的城市"),
        ("举办一期领导干部（含国企）质量品牌升级研讨班。", "领导干部（含国企）质量品牌升级研讨班"),
        ("新增省优“黄山杯”90项。", "省优“黄山杯”"),
    ],
)
def test_indicator_keeps_cue_words_inside_the_noun(text: str, indicator: str) -> None:
    assert [t.indicator for t in extract_targets(normalize(text))] == [indicator]


def test_indicators_of_a_list_of_numbers_stay_apart() -> None:
    text = normalize("到2020年，建设100个示范基地、200个众创空间。")
    assert [(t.indicator, t.value) for t in extract_targets(text)] == [("示范基地", 100), ("众创空间", 200)]


@pytest.mark.parametrize(
    ("date", "number", "year"),
    [("2016-05-24", "皖政办秘〔2016〕76号", 2016), ("2020-02-21", "赣府厅发〔2019〕25号", 2019),
     (None, "国发〔2019〕3号", 2019), ("2018-12-06", None, 2018), (None, None, None), (None, "国发〔 〕3号", None)],
)
def test_document_year(date: str | None, number: str | None, year: int | None) -> None:
    from graph.extract.metadata import document_year
    from graph.model import DocMeta

    assert document_year(DocMeta(date=date, doc_number=number)) == year


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


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        # the 文号 opens the addressees' line; no title line
        ("工信厅通信函〔2021〕114号   各省、自治区、直辖市通信管理局：\n为推动5G发展，现通知如下：\n一、时间\n",
         None, "工信厅通信函〔2021〕114号"),
        ("工信厅网安函〔2020〕190号各省、自治区、直辖市通信管理局，部属有关单位：\n为深入贯彻，现通知如下。\n",
         None, "工信厅网安函〔2020〕190号"),
        # a space before the bracket; the number alone on the first line is no title
        ("工信厅网安函 〔2021〕209号\n各省、自治区、直辖市通信管理局：\n正文。\n", None, "工信厅网安函〔2021〕209号"),
        # the text opens with the addressees: no title
        ("中核兰州铀浓缩有限公司：\n你公司《关于申请许可证的请示》（公司质发〔2019〕30号）收悉。\n", None, None),
        # the title line ends with the number; the number on a line of its own is the one taken
        ("国务院办公厅关于第二次排雷问题的复函国办函 〔1997〕42号\n国务院办公厅\n关于第二次排雷问题的复函\n"
         "国办函 〔1997〕42号\n广西壮族自治区人民政府：\n正文。\n",
         "国务院办公厅关于第二次排雷问题的复函", "国办函〔1997〕42号"),
        # only on the title line: the title's last word is not part of the code
        ("国务院办公厅关于第二次排雷问题的复函国办函〔1997〕42号\n广西壮族自治区人民政府：\n正文。\n",
         "国务院办公厅关于第二次排雷问题的复函", "国办函〔1997〕42号"),
    ],
)
def test_title_and_number_when_the_head_is_irregular(text: str, title: str | None, number: str | None) -> None:
    m = extract_metadata(normalize(text))
    assert (m.title, m.doc_number) == (title, number)


def test_chinese_date() -> None:
    assert parse_date("二〇二〇年二月二十八日") == "2020-02-28"


@pytest.mark.parametrize(
    ("page_issuer", "issuer"),
    [("省政府办公厅", "江西省人民政府办公厅"),  # the page's short form: the title's full name wins
     # another body than the title prints: the title's (GUIDE: the issuer "as printed in the title or
     # signature"; was the page's until 4a1e2af, see docs/unseen-eval2.md D7)
     ("江西省商务厅", "江西省人民政府办公厅"),
     ("江西省人民政府", "江西省人民政府办公厅")],
)
def test_page_issuer_and_the_titles_full_name(page_issuer: str, issuer: str) -> None:
    text = normalize("江西省人民政府办公厅关于加快发展流通促进商业消费的实施意见\n各设区市人民政府：\n正文。\n")
    assert extract_metadata(text, {"issuer": page_issuer}).issuer == issuer
