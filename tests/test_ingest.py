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
