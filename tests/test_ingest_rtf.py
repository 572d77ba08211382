"""RTF as Word and WPS save it: code page bytes and \\u escapes decoded, groups that are no text skipped, tables as
tab-separated rows with merged cells carried as the Word reader carries them; bad files fail with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from graph.extract import extract
from graph.ingest import read_document
from graph.ingest.rtf import read_rtf


def gbk(text: str) -> str:
    return "".join(c if ord(c) < 128 else "".join(f"\\'{b:02x}" for b in c.encode("gbk")) for c in text)


def uni(text: str) -> str:
    return "".join(c if ord(c) < 128 else f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?" for c in text)


HEAD = ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + gbk("宋体") + ";}}"
        "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Microsoft Word;}{\\info{\\title " + gbk("标题不是正文") + "}}"
        "\\uc1\n")


def row(cells: list[tuple[str, str]]) -> str:
    """A table row: each cell (merge mark, text); marks ``\\clvmgf`` / ``\\clvmrg`` / ``\\clmgf`` / ``\\clmrg``."""
    defs = "".join(f"{mark}\\cellx{1000 * (k + 1)}" for k, (mark, _) in enumerate(cells))
    body = "".join(f"\\pard\\intbl {uni(text)}\\cell " for _, text in cells)
    return f"\\trowd\\trgaph108{defs}\n{body}\\row\n"


def test_gbk_bytes_and_unicode_escapes_are_decoded_and_non_text_groups_skipped() -> None:
    data = (HEAD + "\\pard " + gbk("一、主要任务") + "\\par\n\\pard " + uni("（一）推进试点。（省商务厅负责）")
            + "\\par}").encode("ascii")
    doc = read_rtf(data, "a.rtf")
    assert doc.text == "一、主要任务\n（一）推进试点。（省商务厅负责）\n"
    assert "标题" not in doc.text and "宋体" not in doc.text and doc.encoding == "gb18030"


def test_a_fallback_after_unicode_is_skipped_for_uc_counts() -> None:
    # \uc2: two fallback bytes (a GBK pair) follow each \u
    data = ("{\\rtf1\\ansi\\ansicpg936\\uc2 \\u21439\\'cf\\'d8" + gbk("财政局") + "\\par}").encode("ascii")
    assert read_rtf(data, "u.rtf").text == "县财政局\n"


def test_table_rows_carry_a_cell_merged_down_and_leave_one_merged_right_empty() -> None:
    data = (HEAD + "\\pard " + gbk("二、任务分工") + "\\par\n"
            + row([("", "序号"), ("", "工作任务"), ("", "牵头单位"), ("", "配合单位")])
            + row([("", "1"), ("", "开展防火宣传"), ("\\clvmgf", "县应急管理局"), ("", "县教育局")])
            + row([("", "2"), ("", "组织隐患排查"), ("\\clvmrg", ""), ("", "县民政局")])
            + row([("", "3"), ("\\clmgf", "合计另列"), ("\\clmrg", ""), ("", "")])
            + "\\pard " + gbk("三、工作要求") + "\\par}").encode("ascii")
    doc = read_rtf(data, "t.rtf")
    assert doc.text.splitlines() == ["二、任务分工", "序号\t工作任务\t牵头单位\t配合单位",
                                     "1\t开展防火宣传\t县应急管理局\t县教育局", "2\t组织隐患排查\t县应急管理局\t县民政局",
                                     "3\t合计另列", "三、工作要求"]
    assert doc.tables[0][2] == ("2", "组织隐患排查", "县应急管理局", "县民政局")


def test_a_cells_paragraphs_join_with_a_space() -> None:
    data = (HEAD + "\\trowd\\cellx1000\\cellx2000\\cellx3000\n\\pard\\intbl 1\\cell\\pard\\intbl " + uni("县林业局")
            + "\\par\\pard\\intbl " + uni("县公安局") + "\\cell\\pard\\intbl x\\cell\\row}").encode("ascii")
    assert read_rtf(data, "p.rtf").text == "1\t县林业局 县公安局\tx\n"


def test_raw_gbk_bytes_as_wps_writes_them() -> None:
    data = b"{\\rtf1\\ansi\\ansicpg936 " + "县商务局负责".encode("gbk") + b"\\par}"
    assert read_rtf(data, "w.rtf").text == "县商务局负责\n"


def test_a_task_table_in_rtf_gives_tasks_with_the_merged_lead(tmp_path: Path) -> None:
    data = (HEAD + "\\pard " + gbk("二、任务分工") + "\\par\n"
            + row([("", "序号"), ("", "工作任务"), ("", "牵头单位"), ("", "配合单位")])
            + row([("", "1"), ("", "开展防火宣传进村入户"), ("\\clvmgf", "县应急管理局"), ("", "县教育局")])
            + row([("", "2"), ("", "组织林区隐患排查整治"), ("\\clvmrg", ""), ("", "县民政局")]) + "}").encode("ascii")
    p = tmp_path / "plan.rtf"
    p.write_bytes(data)
    ex = extract(read_document(p))
    assert [[(a.mention, a.role) for a in t.assignees] for t in ex.tasks] == [
        [("县应急管理局", "lead"), ("县教育局", "support")], [("县应急管理局", "lead"), ("县民政局", "support")]]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"%PDF-1.4 not rtf", "no {\\rtf header"),
        ((HEAD + "\\pard " + gbk("一、主要任务")).encode("ascii"), "truncated RTF"),
        (b"{\\rtf1\\ansi\\ansicpg65001 \\'ff\\'fe\\par}", "undecodable RTF text"),
        (b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}}", "no text"),
    ],
)
def test_bad_files_fail_with_one_clear_line(tmp_path: Path, data: bytes, reason: str) -> None:
    p = tmp_path / "bad.rtf"
    p.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_document(p)
    assert reason in str(err.value) and str(p) in str(err.value) and "\n" not in str(err.value)


def test_hidden_text_and_a_deletion_not_accepted_are_no_text() -> None:
    data = (HEAD + "\\pard " + gbk("（一）推进试点。（县") + "{\\deleted " + gbk("科技局") + "}" + gbk("财政局")
            + "{\\v " + uni("内部备注") + "}" + gbk("负责）") + "\\par}").encode("ascii")
    assert read_rtf(data, "h.rtf").text == "（一）推进试点。（县财政局负责）\n"


def test_binary_picture_data_is_skipped_whatever_bytes_it_holds() -> None:
    blob = b"}}{{\\par\xff\x00"
    data = (HEAD.encode("ascii") + b"\\pard " + gbk("县商务局").encode("ascii") + b"{\\*\\shppict{\\pict\\pngblip\\bin"
            + str(len(blob)).encode("ascii") + b" " + blob + b"}}" + gbk("负责").encode("ascii") + b"\\par}")
    assert read_rtf(data, "b.rtf").text == "县商务局负责\n"
