"""Citations: the causes found on our own made documents (docs/made-eval-targets.md), in
sentences of our own, from the GUIDE's "Citations"."""

from __future__ import annotations

from graph.extract.citations import extract_citations


def kinds(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.title, c.doc_number, c.kind) for c in extract_citations(text)]


def test_a_companion_of_a_titled_document_is_produced_not_the_title() -> None:
    # the thing made is the 实施细则 of the document named: that document is cited
    assert kinds("各县要抓紧制定《农村人居环境整治提升方案》实施细则。") == [("农村人居环境整治提升方案", None, "cites")]
    assert kinds("研究出台《中小企业促进条例》配套政策。") == [("中小企业促进条例", None, "cites")]
    # a title the text makes itself stays produced
    assert kinds("市财政局要研究制定《专项资金绩效评价办法》。") == [("专项资金绩效评价办法", None, "produces")]


def test_every_item_of_an_attachment_list_opened_on_the_attachment_line_is_the_notices_own() -> None:
    text = (
        "现就有关事项通知如下：\n一、按照《高标准农田建设评价办法》执行。\n"
        "附件：1.重点任务分工表\n2.《政策措施清单》\n"
    )
    assert kinds(text) == [("高标准农田建设评价办法", None, "cites")]


def test_publishing_a_document_as_a_duty_produces_it() -> None:
    # 发布 opening a clause of a task, or after an adverb of a standing duty: the text will issue it
    assert kinds("开展质量评估，发布《智慧园区建设指南》。") == [("智慧园区建设指南", None, "produces")]
    assert kinds("每年向社会发布《全市营商环境白皮书》。") == [("全市营商环境白皮书", None, "produces")]
    # a subject's past act, or the document issued by the text itself: not produced
    assert kinds("二〇〇九年市政府发布《关于加强计量工作的决定》，明确了职责。") == [
        ("关于加强计量工作的决定", None, "cites")
    ]


def test_a_law_named_without_the_state_name_after_its_full_title_is_one_citation() -> None:
    text = "依据《中华人民共和国安全生产法》，制定本办法。违反《安全生产法》的，依法处理。"
    assert kinds(text) == [("中华人民共和国安全生产法", None, "cites")]
    # another law of the same kind is still its own citation
    assert kinds("依据《中华人民共和国安全生产法》和《消防法》。") == [
        ("中华人民共和国安全生产法", None, "cites"),
        ("消防法", None, "cites"),
    ]


def test_words_glued_before_a_bare_doc_number_are_not_its_code() -> None:
    assert kinds("各地要结合国办发〔2020〕5号规定，抓好落实。") == [(None, "国办发〔2020〕5号", "cites")]
    assert kinds("你厅吉政文〔1988〕49号《关于设立开发区的请示》收悉。") == [("关于设立开发区的请示", "吉政文〔1988〕49号", "cites")]


def test_a_bare_charter_of_each_association_cites_nothing() -> None:
    # 《章程》 of each association: no one document; with a 文号 it would be one
    text = "协会负责人由会员大会按《章程》选举产生，并依照《社会团体登记管理条例》登记。"
    assert kinds(text) == [("社会团体登记管理条例", None, "cites")]
    assert kinds("按照《章程》（粤社〔2020〕7号）执行。") == [("章程", "粤社〔2020〕7号", "cites")]
    # a short form of one known document stays a citation (the vehicle products catalogue)
    assert kinds("提请工业和信息化部暂停或者撤销《公告》。") == [("公告", None, "cites")]
