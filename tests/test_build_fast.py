"""The build's faster paths give what their plain definitions give (issue 19)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from graph.extract import extract
from graph.ingest import read_document
from graph.rdf.build import extraction_lines, lines_and_organisations
from graph.rdf.ntriples import ORG_TYPE
from graph.resolve import default_resolver

ROOT = Path(__file__).resolve().parents[1]


def _synthetic_files(folder: Path, n: int) -> list[Path]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from synthetic_documents import write_corpus
    finally:
        sys.path.pop(0)
    return sorted(write_corpus(folder, n))


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    import graph

    return [Path(graph.example_path()), *_synthetic_files(tmp_path_factory.mktemp("syn"), 25)]


def test_organisations_are_the_lines_typing_them(files: list[Path]) -> None:
    """A fragment's organisations, read off the resolver's answers, are the IRIs of the lines that
    end in ``a org:Organization``, in line order (the old scan of every line)."""
    for f in files:
        ex = extract(read_document(f))
        lines, orgs = lines_and_organisations(ex, default_resolver())
        assert lines == extraction_lines(ex, default_resolver())
        assert orgs == tuple(line[1 : line.index(">")] for line in lines if line.endswith(ORG_TYPE))
        assert orgs


def test_remembered_split_of_names_is_the_plain_split(files: list[Path]) -> None:
    """:func:`_split_names` remembers a text's split at offset 0 and moves it by ``base``: the same
    as splitting again at ``base`` (every parenthetical of the documents, at several offsets)."""
    import re

    from graph.extract.mentions import _split_names, _split_names_plain

    texts = {m.group(1) for f in files for m in re.finditer(r"（([^（）]{1,80})）", f.read_text(encoding="utf-8"))}
    texts |= {t.replace("、", "，") for t in list(texts)[:50]} | {"", "、", "各市、县（区）政府", "有关部门和单位"}
    assert len(texts) > 50
    for base in (0, 7, 1234):
        for t in sorted(texts):
            assert _split_names(t, base) == _split_names_plain(t, base), (t, base)
