"""Tests added for the mutants the mutation run found alive in graph/extract/metadata.py
(docs/mutation.md, ninth pass): the whole reading of a document's head and signature (title and
its span, 文号, issuer, date, addressees), page data, orders and promulgation lines. Texts of our own."""

from __future__ import annotations

import pytest

from graph.extract.metadata import (
    _line_before,
    _made_line,
    _nonempty_lines,
    _short_form_of,
    _title_over_lines,
    extract_metadata,
)
from graph.model import Span

Read = tuple[str | None, str | None, str | None, str | None, str | None, tuple[int, int] | None]


def read(text: str, page: dict[str, str] | None = None) -> Read:
    m = extract_metadata(text, page)
    span = (m.title_span.start, m.title_span.end) if m.title_span else None
    return m.title, m.doc_number, m.issuer, m.date, m.addressees, span


NOTICE = "关于做好甲工作的通知"


def lines(n: int) -> str:
    return "".join(f"第{i}行。\n" for i in range(n))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title indented by two spaces: its span starts at the title
        ("  国务院办公厅关于促进甲产业发展的通知\n国办发〔2021〕12号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
         "一、加强调度。\n国务院办公厅\n2021年5月6日\n（此件公开发布）",
         ("国务院办公厅关于促进甲产业发展的通知", "国办发〔2021〕12号", "国务院办公厅", "2021-05-06",
          "各省、自治区、直辖市人民政府，国务院各部委、各直属机构", (2, 20))),
        # a title over three lines below its issuer, indented
        ("  济南市人民政府办公厅\n关于印发数字经济\n行动方案的通知\n济政办字〔2021〕12号\n各区县人民政府：\n正文。\n济南市人民政府办公厅\n2021年3月1日",
         ("济南市人民政府办公厅关于印发数字经济行动方案的通知", "济政办字〔2021〕12号", "济南市人民政府办公厅", "2021-03-01",
          "各区县人民政府", (2, 29))),
        # a leading line break: the title's span counts it
        ("\n关于做好甲工作的通知\n各市人民政府：\n正文。\n\n江西省人民政府\n2021年3月1日",
         (NOTICE, None, "江西省人民政府", "2021-03-01", "各市人民政府", (1, 11))),
        # no line break at the end: the title whole
        (NOTICE, (NOTICE, None, None, None, None, (0, 10))),
        ("X射线检测管理办法\n正文。", ("X射线检测管理办法", None, None, None, None, (0, 9))),
        ("", (None, None, None, None, None, None)),
        # the text opens with the addressees (full-width colon with trailing spaces, or ASCII): no title
        ("各市人民政府：  \n正文。\n江西省人民政府\n2021年3月1日", (None, None, "江西省人民政府", "2021-03-01", "各市人民政府", None)),
        ("各市人民政府:\n正文。\n江西省人民政府\n2021年3月1日", (None, None, "江西省人民政府", "2021-03-01", None, None)),
        # a first line that is a date is no signature; the later one is
        ("2021年3月1日\n关于做好甲工作的通知\n正文。\n江西省人民政府\n2021年4月1日",
         ("2021年3月1日", None, "江西省人民政府", "2021-04-01", None, (0, 9))),
        ("\n2021年3月1日\n关于做好甲工作的通知\n正文。", ("2021年3月1日", None, None, None, None, (1, 10))),
        # a line ending with 日 that holds no date is passed over
        (f"{NOTICE}\n会议安排在周日\n江西省人民政府\n2021年3月1日", (NOTICE, None, "江西省人民政府", "2021-03-01", None, (0, 10))),
        # the line before the date names the signer only when shorter than 120 characters
        (f"{NOTICE}\n正文。\n{'甲' * 116}委员会\n2021年3月1日", (NOTICE, None, "甲" * 116 + "委员会", "2021-03-01", None, (0, 10))),
        (f"{NOTICE}\n正文。\n{'甲' * 117}委员会\n2021年3月1日", (NOTICE, None, None, "2021-03-01", None, (0, 10))),
        # the signer on the date's line, or two signers on the line before it, or a blank line between
        (f"{NOTICE}\n各市人民政府：\n正文。\n江西省人民政府 2021年3月1日",
         (NOTICE, None, "江西省人民政府", "2021-03-01", "各市人民政府", (0, 10))),
        (f"{NOTICE}\n各市人民政府：\n正文。\n江西省人民政府  江西省财政厅\n2021年3月1日",
         (NOTICE, None, "江西省人民政府、江西省财政厅", "2021-03-01", "各市人民政府", (0, 10))),
        (f"{NOTICE}\n各市人民政府：\n正文。\n\n江西省人民政府\n\n2021年3月1日",
         (NOTICE, None, "江西省人民政府", "2021-03-01", "各市人民政府", (0, 10))),
        # a date that ends a line of the body after words that name no body is no signature
        (f"{NOTICE}\n各市人民政府：\n请于2021年3月1日\n前报送。\n江西省人民政府\n2021年4月1日",
         (NOTICE, None, "江西省人民政府", "2021-04-01", "各市人民政府", (0, 10))),
        # spaces inside a Chinese title dropped
        ("国务院  关于做好甲工作的通知\n", ("国务院关于做好甲工作的通知", None, "国务院", None, None, (0, 15))),
        # a name that is no body's before a date run into the text is no signature
        (f"{NOTICE}\n各单位：\n请认真贯彻执行。特此通知2016年7月28日（此件公开发布）\n", (NOTICE, None, None, None, "各单位", (0, 10))),
    ],
)
def test_the_head_and_signature_read_whole(text: str, expected: Read) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("2021年关于做好甲工作的通知\n正文。", None),  # what stands before 关于 names no body
        ("甲" * 197 + "办公厅关于做好甲工作的通知\n正文。", "甲" * 197 + "办公厅"),  # 200 characters
        ("甲" * 198 + "办公厅关于做好甲工作的通知\n正文。", None),  # 201
    ],
)
def test_the_issuer_a_title_prints(text: str, issuer: str | None) -> None:
    assert extract_metadata(text).issuer == issuer


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title broken off, then the addressees (either colon) or a 文号: the first line alone
        ("国务院关于促进综合保税区\n各省、自治区：\n一、加快发展规划\n", "国务院关于促进综合保税区"),
        ("国务院关于促进综合保税区\n各省、自治区:\n一、加快发展规划\n", "国务院关于促进综合保税区"),
        ("国务院关于促进综合保税区\n国发〔2019〕3号\n高水平开放的若干意见\n", "国务院关于促进综合保税区"),
        # the second line of 120 characters joins the title; of 121 it does not
        ("济南市人民政府办公厅\n关于印发" + "甲" * 109 + "行动方案的通知\n正文。\n",
         "济南市人民政府办公厅关于印发" + "甲" * 109 + "行动方案的通知"),
        ("济南市人民政府办公厅\n关于印发" + "甲" * 110 + "行动方案的通知\n正文。\n", "济南市人民政府办公厅"),
        # an issuer's line of 80 characters heads the title; of 81 it does not
        ("甲" * 77 + "办公厅\n关于印发行动方案的通知\n正文。\n", "甲" * 77 + "办公厅关于印发行动方案的通知"),
        ("甲" * 78 + "办公厅\n关于印发行动方案的通知\n正文。\n", "甲" * 78 + "办公厅"),
    ],
)
def test_a_title_over_lines_and_where_it_stops(text: str, title: str) -> None:
    assert extract_metadata(text).title == title


def test_a_title_over_lines_of_a_head_of_two_lines() -> None:
    assert _title_over_lines([(0, "济南市人民政府办公厅"), (11, "关于印发数字经济行动方案的通知")]) == (
        "济南市人民政府办公厅关于印发数字经济行动方案的通知", Span(0, 26))
    assert _title_over_lines([(0, "济南市人民政府办公厅"), (11, "关于印发数字经济")]) is None  # unfinished
    assert _title_over_lines([(0, "济南市人民政府办公厅")]) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the body begins at the addressees: a 文号 after them is not the document's
        (f"{NOTICE}\n各市人民政府：\n皖政办〔2021〕9号\n正文。", None),
        # … at the 26th line too (only 25 are looked at for the addressees)
        (f"{NOTICE}\n{lines(23)}各市人民政府：\n皖政办〔2021〕9号\n正文。", None),
        (f"{NOTICE}\n{lines(24)}各市人民政府：\n皖政办〔2021〕9号\n正文。", "皖政办〔2021〕9号"),
        # … or at a line longer than 120 characters
        (f"{NOTICE}\n{'甲' * 121}\n皖政办〔2021〕9号\n正文。", None),
        (f"{NOTICE}\n{'甲' * 120}\n皖政办〔2021〕9号\n正文。", "皖政办〔2021〕9号"),
        (f"{NOTICE}\n{lines(26)}皖政办〔2021〕9号\n正文。", "皖政办〔2021〕9号"),  # no body told apart: every line
        ("甲" * 121 + "通知皖政办〔2021〕9号\n正文。", "皖政办〔2021〕9号"),  # a long first line is the title's
        # a 文号 on its own line within six lines after the title's wins over the title's
        (f"{NOTICE}皖政办秘〔2021〕82号\n正文一。\n正文二。\n正文三。\n正文四。\n正文五。\n皖政办〔2021〕9号\n", "皖政办〔2021〕9号"),
        (f"{NOTICE}皖政办秘〔2021〕82号\n正文一。\n正文二。\n正文三。\n正文四。\n正文五。\n正文六。\n皖政办〔2021〕9号\n",
         "皖政办秘〔2021〕82号"),
        # in brackets: alone on its line it is the document's; followed by more, or inside a sentence, it is cited
        (f"{NOTICE}\n（皖〔2021〕82号）\n正文。", "皖〔2021〕82号"),
        (f"{NOTICE}\n（皖政办秘〔2021〕82号）。\n正文。", None),
        (f"{NOTICE}\n根据国务院有关文件（国发〔2019〕3号）\n正文。", None),
        (f"{NOTICE}\n《皖政办秘〔2021〕82号》\n正文。", None),  # in a title's brackets
        (f"{NOTICE}皖政办秘〔2021〕82号。\n正文。", "皖政办秘〔2021〕82号"),  # one character after it on the title's line
        # inside a sentence, or two characters before the line's end: cited
        (f"{NOTICE}\n按照皖政办〔2021〕9号文件精神，现通知如下。\n正文。", None),
        (f"{NOTICE}\n见皖政办〔2021〕9号文。\n正文。", None),
    ],
)
def test_which_doc_number_is_the_documents_own(text: str, number: str | None) -> None:
    assert extract_metadata(text).doc_number == number


@pytest.mark.parametrize(
    ("text", "addressees"),
    [
        (f"{NOTICE}\n{lines(10)}各市人民政府：\n正文。", "各市人民政府"),  # past the first nine lines
        (f"{NOTICE}\n省直各单位、中央驻赣单位：\n正文。", "省直各单位、中央驻赣单位"),
        (f"{NOTICE}\n省直单位，中央驻赣单位：\n正文。", "省直单位，中央驻赣单位"),
        (f"{NOTICE}\n各{'市' * 197}：\n正文。", "各" + "市" * 197),  # 199 characters with the colon
        (f"{NOTICE}\n各{'市' * 198}：\n正文。", None),  # 200
        (f"{NOTICE}\n各市人民政府\n正文。", None),  # no colon
    ],
)
def test_the_addressees_line(text: str, addressees: str | None) -> None:
    assert extract_metadata(text).addressees == addressees


@pytest.mark.parametrize(
    "text",
    [
        "工信厅通信函〔2021〕114号   各省、自治区、直辖市通信管理局：",
        "工信厅网安函 〔2021〕209号各省、自治区、直辖市通信管理局：\n正文。",
    ],
)
def test_a_doc_number_opening_the_addressees_line_is_no_addressee(text: str) -> None:
    m = extract_metadata(text)
    assert (m.title, m.addressees) == (None, "各省、自治区、直辖市通信管理局")
    assert m.doc_number in ("工信厅通信函〔2021〕114号", "工信厅网安函〔2021〕209号")


@pytest.mark.parametrize(
    ("text", "number", "issuer"),
    [
        ("甲条例\n中华人民共和国国务院令\n第706号\n正文。", "中华人民共和国国务院令第706号", "国务院"),
        ("甲条例\n国务院令\n第706号", "国务院令第706号", "国务院"),  # the head's last two lines
        ("甲条例\n国务院令", None, None),  # no serial after it
        ("甲条例\n说明\n第706号\n正文。", None, None),  # a serial after no order's line
        ("甲条例\n一\n二\n三\n四\n五\n六\n中华人民共和国国务院令\n第706号\n正文。", "中华人民共和国国务院令第706号", "国务院"),
        ("甲条例\n一\n二\n三\n四\n五\n六\n七\n中华人民共和国国务院令\n第706号\n正文。", None, None),  # past the eighth line
        ("乙办法\n海关总署令第 235 号\n正文。", "海关总署令第235号", None),
        ("甲条例\n国务院令\n第 706 号\n正文。", "国务院令第706号", "国务院"),
        ("丙公告\n海关总署公告2019年第237号\n正文。", "海关总署公告2019年第237号", None),
    ],
)
def test_an_orders_number_and_issuer(text: str, number: str | None, issuer: str | None) -> None:
    m = extract_metadata(text)
    assert (m.doc_number, m.issuer) == (number, issuer)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("甲规定\n一\n二\n三\n四\n五\n六\n七\n2008年8月3日 国务院发布\n正文。", "2008-08-03"),
        ("甲规定\n一\n二\n三\n四\n五\n六\n七\n八\n2008年8月3日 国务院发布\n正文。", None),  # past the head's nine lines
    ],
)
def test_a_promulgation_line_is_read_in_the_head(text: str, date: str | None) -> None:
    assert extract_metadata(text).date == date


def test_a_made_line_is_a_date_a_maker_and_a_verb() -> None:
    made = _made_line(["公布", "发布"])
    for line in ("2008年8月3日 中华人民共和国国务院令第529号公布", "（1986年1月23日国务院发布）", "2008年8月3日公布",
                 "(1986年1月23日 国务院发布)"):
        assert made.match(line), line
    for line in ("2008年8月3日公布了办法", "2008年8月3日，国务院发布", "国务院2008年8月3日发布", "2008年8月3日 国务院通过"):
        assert not made.match(line), line


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the page's title, 文号 (its blanks dropped) and date win
        ({"title": "《关于做好乙工作的通知》", "doc_number": " 皖政办秘〔2021〕82号 ", "date": "2021年5月1日"},
         ("关于做好乙工作的通知", "皖政办秘〔2021〕82号", None, "2021-05-01", "各市人民政府", (0, 10))),
        # a blank page 文号 leaves the text's; a date the page prints in no known form stays as printed
        ({"doc_number": "  ", "date": "2021年"},
         (NOTICE, "皖政办〔2021〕9号", None, "2021年", "各市人民政府", (0, 10))),
        # the page's issuer with a space between two bodies: two issuers
        ({"issuer": "江西省人民政府 江西省财政厅"},
         (NOTICE, "皖政办〔2021〕9号", "江西省人民政府、江西省财政厅", None, "各市人民政府", (0, 10))),
    ],
)
def test_a_pages_data(page: dict[str, str], expected: Read) -> None:
    assert read(f"{NOTICE}\n皖政办〔2021〕9号\n各市人民政府：\n正文。", page) == expected


def test_short_forms_of_a_body() -> None:
    assert _short_form_of("省政府办公厅", "江西省人民政府办公厅")
    assert not _short_form_of("省政府", "江西省人民政府办公厅")  # ends otherwise
    assert not _short_form_of("江西省商务厅", "江西省商务厅")  # the same name is no short form


def test_lines_and_the_line_before() -> None:
    assert list(_nonempty_lines("\n甲\n \n乙")) == [(1, "甲"), (5, "乙")]
    assert list(_nonempty_lines("甲\n")) == [(0, "甲")]
    assert _line_before("\n甲\n乙", 3) == "甲"
    assert _line_before("甲\n\n \n乙", 5) == "甲"
    assert _line_before("\n乙", 1) is None
