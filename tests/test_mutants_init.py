"""Tests added for the mutants the mutation run found alive in graph/extract/__init__.py
(docs/mutation.md): what :func:`graph.extract.extract` hands on to each stage — the page's
metadata, the own title and 文号, co-issuers glued together as a title prints them."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.extract.structure import numbered_units
from graph.model import Document


def test_the_metadata_of_the_page_wins_over_the_text() -> None:
    # an HTML page's table (标题, 发文字号, 发文机关, 成文日期) for a text that prints none of them
    page = (("title", "关于加快发展高新技术产业的通知"), ("doc_number", "皖政〔2021〕5号"),
            ("issuer", "安徽省人民政府"), ("date", "2021-05-01"))
    text = "各有关单位：\n到2025年，全省新增高新技术企业100家。\n"
    meta = extract(Document(source="x.html", text=text, meta=page)).meta
    assert (meta.title, meta.doc_number, meta.issuer, meta.date) == (
        "关于加快发展高新技术产业的通知", "皖政〔2021〕5号", "安徽省人民政府", "2021-05-01")


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("财政部教育部关于做好学生资助工作的通知", "财政部、教育部"),  # six characters, two bodies
        ("工业和信息化部国家发展和改革委员会关于推进工业互联网发展的通知", "工业和信息化部、国家发展和改革委员会"),
        ("财政部教育部科技部关于做好科研经费管理工作的通知", "财政部、教育部、科技部"),
        ("财政部、教育部关于做好学生资助工作的通知", "财政部、教育部"),  # already apart: left as printed
        ("安徽省人民政府关于加快发展数字经济的意见", "安徽省人民政府"),  # one body: not split
    ],
)
def test_co_issuers_glued_in_the_title_are_joined_by_a_pause_mark(title: str, issuer: str) -> None:
    text = f"{title}\n各有关单位：\n一、加强组织领导。\n"
    assert extract(Document(source="x.txt", text=text)).meta.issuer == issuer


def test_a_document_of_a_kind_that_states_facts_sets_no_targets() -> None:
    # the title (a 条例) goes to the target finder: its numbers are rules, not targets
    text = "安徽省电信设施保护条例\n第一条 新建住宅小区应当预留不少于2个通信机房。\n到2025年，全省新建5G基站10000个。\n"
    assert extract(Document(source="x.txt", text=text)).targets == ()


@pytest.mark.parametrize(
    "body",
    [
        "一、《{title}》自印发之日起施行。依据《中华人民共和国网络安全法》、国发〔2019〕3号文件。",
        "一、{number}文件自印发之日起施行。依据《中华人民共和国网络安全法》、国发〔2019〕3号文件。",
    ],
)
def test_a_document_naming_its_own_title_or_number_does_not_cite_itself(body: str) -> None:
    title, number = "安徽省人民政府关于加快发展数字经济的意见", "皖政〔2021〕5号"
    text = f"{title}\n{number}\n各市人民政府：\n" + body.format(title=title, number=number) + "\n"
    citations = extract(Document(source="x.txt", text=text)).citations
    assert [(c.title, c.doc_number) for c in citations] == [
        ("中华人民共和国网络安全法", None), (None, "国发〔2019〕3号")]


def test_the_extraction_holds_the_numbered_units_of_the_text() -> None:
    text = "关于加强安全生产工作的通知\n一、总体要求\n（一）加强领导。\n二、保障措施\n"
    assert extract(Document(source="x.txt", text=text)).units == numbered_units(text)


def test_a_cited_title_is_given_as_printed() -> None:
    # normalisation folds full-width digits (２０２１ -> 2021); the title keeps the printed ones
    text = "关于做好信息化工作的通知\n各有关单位：\n一、依据《安徽省“十四五”信息化发展规划（２０２１—２０２５年）》执行。\n"
    citations = extract(Document(source="x.txt", text=text)).citations
    assert [c.title for c in citations] == ["安徽省“十四五”信息化发展规划（２０２１—２０２５年）"]
