"""Reading text files in every Chinese encoding; clear errors for what is not a document."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.ingest import iter_sources, read_document

TEXT = "一、总体要求\n（一）推进试点。（省商务厅负责）\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8.txt", TEXT.encode("utf-8")),
        ("utf8bom.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
        ("gb18030.txt", TEXT.encode("gb18030")),
        ("gbk.txt", TEXT.encode("gbk")),
        ("utf16.txt", TEXT.encode("utf-16")),
        ("utf16be.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
        ("notes.md", TEXT.encode("utf-8")),
    ],
)
def test_encodings(tmp_path: Path, name: str, data: bytes) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.text.replace("\r", "") == TEXT
    assert doc.source == name and len(doc.sha256) == 64


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n ", "empty"),
        ("nul.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        ("junk.txt", bytes(range(128, 256)) * 20, "undecodable"),
        ("x.exe", b"MZ\x90\x00", "unsupported"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_document(p)
    assert name in str(info.value)
    assert reason in info.value.reason


def test_folders_are_walked_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x", encoding="utf-8")
    (tmp_path / "1.txt").write_text("x", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    assert [p.name for p in iter_sources([tmp_path])] == ["1.txt", "2.txt"]


def test_small_form_punctuation_of_word_exports_numbers_units(tmp_path) -> None:
    """`6﹒打造…` (U+FE52 SMALL FULL STOP, as Word and PDF exports print it) is the label `6`."""
    import graph

    p = tmp_path / "plan.txt"
    p.write_text(
        "安徽省人民政府办公厅关于印发甲行动计划的通知\n二、行动步骤\n（一）网络体系强基行动。\n"
        "1﹒推进外网建设。支持基础电信企业建设网络。（省通信管理局、省经济和信息化厅按职责分工负责）\n"
        "2﹒推进内网改造﹑升级。（省经济和信息化厅负责）\n",
        encoding="utf-8",
    )
    df = graph.query_df(graph.build_graph([p]), "responsibilities")
    assert sorted(set(zip(df["path"], df["department"], strict=True))) == [
        ("二/一/1", "安徽省经济和信息化厅"),
        ("二/一/1", "安徽省通信管理局"),
        ("二/一/2", "安徽省经济和信息化厅"),
    ]
