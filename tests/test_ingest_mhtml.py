"""Pages saved as one file (.mht / .mhtml): the HTML part found, its quoted-printable or base64 bytes decoded in
its charset and read as a page; bad files fail with one clear line."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.extract import extract
from graph.ingest import iter_sources, read_document
from graph.ingest.mhtml import read_mhtml

PAGE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>站名</title></head>'
        "<body><div class=\"article\"><h1>某县人民政府办公室关于加强农村饮水安全工作的通知</h1>"
        "<p>一、压实工作责任</p><p>（一）落实属地管理责任。各乡镇要建立管护制度。（县水利局负责）</p>"
        "<table border=\"1\"><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td>开展农村供水工程水质检测</td><td>县水利局、县疾控中心</td></tr></table>"
        "</div></body></html>")
B = "----=_NextPart_000_0000_01DA"


def _mht(body: bytes, encoding: str, charset: str = "gb2312", start: str = "", first: str = "") -> bytes:
    parts = [f"--{B}\r\nContent-Type: text/html;\r\n\tcharset=\"{charset}\"\r\nContent-Transfer-Encoding: {encoding}"
             f"\r\nContent-Location: http://x.gov.cn/a.html\r\n\r\n".encode("ascii") + body + b"\r\n"]
    image = (f"--{B}\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: http://x.gov.cn/i.gif\r\n\r\nR0lGODlhAQABAAAAACw=\r\n").encode("ascii")
    if first:
        parts.insert(0, first.encode("utf-8"))
    head = ("From: <Saved by Windows Internet Explorer 11>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;"
            f"\r\n\ttype=\"text/html\";{start}\r\n\tboundary=\"{B}\"\r\n\r\nThis is a multi-part message.\r\n\r\n")
    return head.encode("ascii") + b"".join(parts) + image + f"--{B}--\r\n".encode("ascii")


def _qp(page: str = PAGE) -> bytes:
    return quopri.encodestring(page.encode("gb2312")).replace(b"\n", b"\r\n")


def _b64(page: str = PAGE, charset: str = "gb2312") -> bytes:
    raw = base64.encodebytes(page.encode("gb18030" if charset == "gb2312" else charset))
    return raw.replace(b"\n", b"\r\n")


@pytest.mark.parametrize("data", [_mht(_qp(), "quoted-printable"), _mht(_b64(), "base64")])
def test_the_page_part_is_read_as_a_page(data: bytes) -> None:
    doc = read_mhtml(data, "a.mht")
    lines = doc.text.splitlines()
    assert lines[0] == "某县人民政府办公室关于加强农村饮水安全工作的通知"
    assert "（一）落实属地管理责任。各乡镇要建立管护制度。（县水利局负责）" in lines
    assert "1\t开展农村供水工程水质检测\t县水利局、县疾控中心" in lines
    assert "站名" not in doc.text


def test_a_part_in_utf8_under_a_page_that_says_gb2312() -> None:
    # (a page re-saved by another browser: the part's charset wins over the page's own <meta>)
    assert "县水利局负责" in read_mhtml(_mht(_b64(PAGE, "utf-8"), "base64", charset="utf-8"), "u.mhtml").text


def test_the_start_parameter_names_the_page() -> None:
    other = (f"--{B}\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\nContent-Location: http://x.gov.cn/frame.html"
             "\r\n\r\n<html><body><p>广告框架页面的文字，不是正文内容，不应读取。</p></body></html>\r\n")
    data = _mht(_qp(), "quoted-printable", start=' start="http://x.gov.cn/a.html";', first=other)
    assert "广告" not in read_mhtml(data, "s.mht").text


def test_a_plan_saved_as_mht_gives_its_tasks(tmp_path: Path) -> None:
    p = tmp_path / "plan.mht"
    p.write_bytes(_mht(_qp(), "quoted-printable"))
    ex = extract(read_document(p))
    assert ("县水利局", "responsible") in [(a.mention, a.role) for t in ex.tasks for a in t.assignees]
    assert iter_sources([tmp_path]) == [p]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"Just some words, not saved as one file", "no MIME headers"),
        (b"MIME-Version: 1.0\r\nContent-Type: image/gif\r\n\r\nR0lG", "no text/html part"),
        (_mht(_b64()[:41], "base64"), "base64 cannot be decoded"),
        (_mht(base64.encodebytes(b"\xff\xff\xfe" * 30), "base64", charset="utf-8"), "undecodable MHTML page"),
    ],
)
def test_bad_files_fail_with_one_clear_line(tmp_path: Path, data: bytes, reason: str) -> None:
    p = tmp_path / "bad.mht"
    p.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_document(p)
    assert reason in str(err.value) and str(p) in str(err.value) and "\n" not in str(err.value)


def test_a_plain_page_under_the_mht_name_is_read_as_a_page() -> None:
    assert "（一）落实属地管理责任。" in read_mhtml(PAGE.encode("gb18030"), "p.mht").text


def test_a_header_with_raw_bytes_does_not_break_the_reader() -> None:
    data = _mht(_qp(), "quoted-printable").replace(b"Content-Transfer-Encoding: quoted-printable",
                                                    b"Content-Transfer-Encoding: quoted-printable\xb0\xb2", 1)
    with pytest.raises(InputError):
        read_mhtml(data, "h.mht")


def test_an_article_in_an_iframe_part_is_read_in_the_frames_place() -> None:
    # Chrome's "Webpage, Single File": the portal page names its frame's part by cid:, the frame's HTML in UTF-8
    # quoted-printable with no charset on the part (it says so in its meta)
    portal = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>某县人民政府</title>'
              '</head><body><div class="nav">首页 政务公开</div><iframe src="cid:frame-1@mhtml.blink"></iframe>'
              '<div class="foot">主办：某县人民政府办公室</div></body></html>')
    frame = PAGE.replace("charset=gb2312", "charset=UTF-8")
    parts = []
    for cid, html in (("page-0@mhtml.blink", portal), ("frame-1@mhtml.blink", frame)):
        parts.append(f"------B\r\nContent-Type: text/html\r\nContent-ID: <{cid}>\r\n"
                     "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: file:///x.html\r\n\r\n".encode()
                     + quopri.encodestring(html.encode("utf-8")).replace(b"\n", b"\r\n") + b"\r\n")
    data = (b'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";'
            b'\r\n\tboundary="----B"\r\n\r\n\r\n' + b"".join(parts) + b"------B--\r\n")
    text = read_mhtml(data, "a.mhtml").text
    assert "（一）落实属地管理责任。各乡镇要建立管护制度。（县水利局负责）" in text.splitlines()
    assert "某县人民政府办公室关于加强农村饮水安全工作的通知" in text


def test_a_page_captured_by_chromium_gives_its_title_and_tasks() -> None:
    doc = read_document(Path(__file__).parent / "made_gold/forms201/docs/zhecheng_xialiang_2024.mhtml")
    result = extract(doc)
    assert result.meta.title == "柘城县人民政府办公室关于做好2024年夏粮收购工作的通知"
    assert "1\t开展收购网点布设和仓容准备，合理布设收购网点\t县粮食和物资储备中心\t各乡镇人民政府" in doc.text.splitlines()
