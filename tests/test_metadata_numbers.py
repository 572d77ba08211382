"""The document's own 文号 in the layouts pages and PDFs print it."""

from __future__ import annotations

import pytest

from graph.extract.metadata import extract_metadata
from graph.ingest.normalize import normalize


@pytest.mark.parametrize(
    ("head", "number"),
    [
        # alone on its line, in brackets under the title (gov.cn and pkulaw pages)
        ("安徽省人民政府办公厅关于印发工业互联网行动计划的通知\n（皖政办秘〔2021〕82号）\n各市人民政府：\n", "皖政办秘〔2021〕82号"),
        ("山东省人民政府关于推进数字经济的意见\n(鲁政发〔2020〕5号)\n各市人民政府：\n", "鲁政发〔2020〕5号"),
        ("济南市人民政府办公厅关于印发方案的通知\n济政办发〔2021〕3号\n各区县人民政府：\n", "济政办发〔2021〕3号"),
    ],
)
def test_own_number_alone_on_its_line(head: str, number: str) -> None:
    assert extract_metadata(normalize(head + "正文。\n")).doc_number == number


def test_a_number_in_brackets_inside_a_sentence_is_a_citation_not_the_own_number() -> None:
    text = "关于推进工作的通知\n各单位：\n根据《国务院关于甲的意见》（国发〔2019〕3号）要求，现通知如下。\n"
    assert extract_metadata(normalize(text)).doc_number is None


@pytest.mark.parametrize(
    ("head", "title", "issuer"),
    [
        # the issuer on a line of its own, then 关于…
        ("济南市人民政府办公厅\n关于印发济南市数字经济发展行动方案的通知\n济政办字〔2021〕12号\n各区县人民政府：\n",
         "济南市人民政府办公厅关于印发济南市数字经济发展行动方案的通知", "济南市人民政府办公厅"),
        # two co-issuers on the first line, 印发《…》的通知 on the next
        ("中共山东省委办公厅　山东省人民政府办公厅\n印发《关于推进乡村振兴的实施意见》的通知\n鲁办发〔2019〕10号\n各市党委和人民政府：\n",
         "中共山东省委办公厅 山东省人民政府办公厅印发《关于推进乡村振兴的实施意见》的通知",
         "中共山东省委办公厅、山东省人民政府办公厅"),
        # a title broken off mid-phrase, as pages print it
        ("国务院关于促进综合保税区\n高水平开放高质量发展的若干意见\n国发〔2019〕3号\n",
         "国务院关于促进综合保税区高水平开放高质量发展的若干意见", "国务院"),
        # a title on one line followed by the same title broken over two: the first line is whole
        ("国务院关于促进综合保税区高水平开放高质量发展的若干意见\n国务院关于促进综合保税区\n高水平开放高质量发展的若干意见\n",
         "国务院关于促进综合保税区高水平开放高质量发展的若干意见", "国务院"),
    ],
)
def test_title_printed_over_lines(head: str, title: str, issuer: str) -> None:
    meta = extract_metadata(normalize(head + "正文。\n"))
    assert (meta.title, meta.issuer) == (title, issuer)


def test_a_signature_run_into_the_text_gives_issuer_and_date() -> None:
    from graph.extract.metadata import extract_metadata
    from graph.ingest.normalize import normalize

    text = normalize(
        "国办发〔2021〕9号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：经国务院同意，现将《某某工作方案》"
        "印发给你们，请认真组织实施。国务院办公厅2021年3月2日（此件公开发布）某某工作方案为推进……到2025年，建成10个基地。\n"
    )
    meta = extract_metadata(text)
    assert (meta.issuer, meta.date) == ("国务院办公厅", "2021-03-02")
    # a date in a sentence of the body is no signature
    body = normalize("各设区市人民政府：\n为做好某项工作，省政府于2021年3月2日召开会议。会议要求各地抓好落实。\n")
    assert extract_metadata(body).date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # promulgated, after its adoption: the promulgation date
        (
            "国务院关于甲的特别规定\n\n2007年7月25日 国务院第186次常务会议通过\n\n"
            "2007年7月26日 中华人民共和国国务院令第503号公布\n\n第一条 为了加强管理，制定本规定。\n",
            "2007-07-26",
        ),
        ("国务院关于乙的暂行规定\n\n1986年1月23日 国务院发布\n\n一、总则。\n", "1986-01-23"),
        ("国务院关于丙的规定\n（1995年11月2日国务院第37次常务会议通过）\n第一条 本规定。\n", "1995-11-02"),
        # a signature date wins; a year opening a sentence is no promulgation line
        ("国务院关于丁的通知\n\n1986年1月23日 国务院发布\n\n正文。\n\n国务院\n1986年2月1日\n", "1986-02-01"),
        ("国务院关于戊的通知\n2019年，全国发布标准100项。\n", None),
    ],
)
def test_a_regulations_promulgation_line_dates_it(text: str, date: str | None) -> None:
    assert extract_metadata(normalize(text)).date == date


def test_the_promulgation_year_decides_which_body_a_short_form_names(tmp_path) -> None:
    """1986: 国家计委 is the 国家计划委员会 (renamed 国家发展计划委员会 in 1998)."""
    import graph

    p = tmp_path / "reg.txt"
    p.write_text("国务院关于科学拨款的暂行规定\n\n1986年1月23日 国务院发布\n\n一、科研拨款由财政部会同国家计委审核批准。\n", encoding="utf-8")
    kg = graph.build_graph([p])
    assert list(graph.query_df(kg, "documents")["date"]) == ["1986-01-23"]
    df = graph.query_df(kg, "responsibilities")
    assert dict(zip(df["mention"], df["department"], strict=True))["国家计委"] == "国家计划委员会"
