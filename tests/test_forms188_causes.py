"""Causes found by round 188's first run (document metadata and citations, a blind hand; docs/made-eval-forms.md
"Round 188"), each on inputs of our own:

- a PDF's running header (the issuer's name printed at the top of every page) above the red head ``X文件`` was read as
  the title, and so the plan the notice issues (``关于印发《X》的通知``) was cited;
- a 文号 printed right after its issuer (``按照省政府办公厅皖政办秘〔2022〕61号文件精神``) was read with the issuer in its code;
- a newspaper's name in 《》 (``《人民日报》``, ``《中国环境报》``) was cited as a document.
"""

from __future__ import annotations

from pathlib import Path

from graph import extract_file
from graph.extract.citations import extract_citations, valid_doc_number

TITLE = "鹤岗市人民政府办公室关于印发《鹤岗市2024年数字政府建设工作要点》的通知"


def _pdf(out: Path, lines: list[str], header: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 9)
    c.drawCentredString(A4[0] / 2, A4[1] - 40, header)  # the running header
    y = A4[1] - 80
    c.setFont("STSong-Light", 10.5)
    for line in lines:
        c.drawString(60, y, line)
        y -= 22
    c.showPage()
    c.save()
    return out


def test_running_header_above_the_red_head_is_no_title(tmp_path: Path) -> None:
    lines = ["鹤岗市人民政府办公室文件", "鹤政办发[2024]3号", TITLE, "各区人民政府，市政府各直属单位：",
             "现将《鹤岗市2024年数字政府建设工作要点》印发给你们，请认真组织实施。", "鹤岗市人民政府办公室",
             "二〇二四年三月五日", "鹤岗市2024年数字政府建设工作要点", "一、夯实基础",
             "（一）研究制定《鹤岗市公共数据管理办法》。（市营商环境建设监督局负责）"]
    ex = extract_file(_pdf(tmp_path / "hegang.pdf", lines, "鹤岗市人民政府办公室"))
    assert ex.meta.title == TITLE
    assert ex.meta.doc_number is not None and ex.meta.doc_number.replace("〔", "[").replace("〕", "]") == "鹤政办发[2024]3号"
    assert (ex.meta.issuer, ex.meta.date) == ("鹤岗市人民政府办公室", "2024-03-05")
    # the plan the notice issues is no citation; the 办法 it commits to draft is produced
    assert [(c.title, c.kind) for c in ex.citations] == [("鹤岗市公共数据管理办法", "produces")]


def test_a_number_after_its_issuer_is_cut_to_its_code() -> None:
    assert valid_doc_number("省政府办公厅皖政办秘〔2022〕61号") == "皖政办秘〔2022〕61号"
    assert valid_doc_number("市政府办公室赣市府办字〔2021〕7号") == "赣市府办字〔2021〕7号"
    assert valid_doc_number("国办发〔2021〕12号") == "国办发〔2021〕12号"
    text = "按照省政府办公厅湘政办发〔2023〕18号文件精神，现就有关事项通知如下。"
    assert [(c.title, c.doc_number) for c in extract_citations(text)] == [(None, "湘政办发〔2023〕18号")]


def test_a_newspaper_is_no_citation() -> None:
    text = ("根据《中华人民共和国水法》，在《光明日报》《农民日报》和《浙江日报》刊登公告，并转载《中国水利报》评论。"
            "对照《2023年水资源公报》和《关于河湖长制落实情况的通报》，抓好整改。")
    got = [c.title for c in extract_citations(text)]
    assert got == ["中华人民共和国水法", "2023年水资源公报", "关于河湖长制落实情况的通报"]
    # with a 文号, a title ending with 报 is a document
    assert [c.doc_number for c in extract_citations("按照《水利简报》（水办〔2023〕5号）要求")] == ["水办〔2023〕5号"]


def test_a_forwarded_document_is_the_document_the_notice_issues() -> None:
    text = ("各县市区人民政府：\n市应急管理局《关于做好冬春火灾防控工作的通知》（株应急发〔2023〕4号）已经市人民政府同意，"
            "现转发给你们，请认真贯彻执行。\n为贯彻《中华人民共和国消防法》，现通知如下。")
    own = "株洲市人民政府办公室转发市应急管理局关于做好冬春火灾防控工作的通知的通知"
    got = [(c.title, c.doc_number) for c in extract_citations(text, own_title=own)]
    assert got == [("中华人民共和国消防法", None)]
