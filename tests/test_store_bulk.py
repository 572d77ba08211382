"""``policykg build --store oxigraph:`` bulk-loads the documents new to the store, many at a time:
the stored quads are those of the transactional loads, whatever the batch size, and a document
given again (in the same stream or a later build) replaces its graph instead of adding to it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyoxigraph")

from graph.assemble import nt_chunks, nt_documents
from graph.pipeline import build_corpus
from graph.store import open_store
from graph.store import oxigraph as oxi

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from synthetic_documents import write_corpus
    finally:
        sys.path.pop(0)
    d = tmp_path_factory.mktemp("docs")
    write_corpus(d, 6)
    rep = build_corpus([d], None, use_cache=False)
    assert rep.documents == 6 and not rep.errors
    return rep


def _parts(report: Any) -> list[list[bytes]]:
    return [list(part) for part in nt_documents(report.fragments)]


def _quads(uri: str, load: Any) -> tuple[list[str], list[str]]:
    with open_store(uri, create=True) as st:
        docs = load(st)
        return docs, st.quads()


@pytest.mark.parametrize("batch", [1, 300, 5_000, 10**9])
def test_bulk_loaded_build_stores_what_the_transactional_load_stores(report: Any, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    want_docs, want = _quads(f"oxigraph:{tmp_path / 'want'}", lambda st: st.load_ntriples(nt_chunks(report.fragments)))
    monkeypatch.setattr(oxi, "LOAD_BATCH", batch)
    docs, got = _quads(f"oxigraph:{tmp_path / 'got'}", lambda st: st.load_ntriples_by_document(_parts(report)))
    assert docs == want_docs and len(docs) == 6
    assert got == want
    # into the same store again: every document replaced, nothing doubled
    docs, again = _quads(f"oxigraph:{tmp_path / 'got'}", lambda st: st.load_ntriples_by_document(_parts(report)))
    assert again == want


def test_a_document_given_twice_is_replaced_not_merged(report: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    parts = _parts(report)
    first = b"".join(parts[1])
    lines = first.split(b"\n")[:-1]
    fewer = b"".join(line + b"\n" for line in lines if b"/span/" not in line)  # the same document, less said
    assert len(fewer) < len(first)
    monkeypatch.setattr(oxi, "LOAD_BATCH", 10**9)  # all held for one bulk load: the second copy must not merge
    _, got = _quads(f"oxigraph:{tmp_path / 'got'}", lambda st: st.load_ntriples_by_document([*parts, [fewer]]))
    want_uri = f"oxigraph:{tmp_path / 'want'}"
    _quads(want_uri, lambda st: st.load_ntriples_by_document(parts))
    _, want = _quads(want_uri, lambda st: st.load_ntriples_by_document([[fewer]]))
    assert got == want


def test_bad_text_keeps_the_parts_before_it(report: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.errors import StoreError

    parts = _parts(report)
    monkeypatch.setattr(oxi, "LOAD_BATCH", 10**9)
    with open_store(f"oxigraph:{tmp_path / 's'}", create=True) as st:
        with pytest.raises(StoreError):
            st.load_ntriples_by_document([*parts[:3], [b"<https://w3id.org/policykg/id/x> \"no predicate\" .\n"]])
        assert len(st.documents()) == 2  # the two documents before the bad part, whole
