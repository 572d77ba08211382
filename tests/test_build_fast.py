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


def test_encoded_fragment_is_the_fragment_in_utf8(files: list[Path], tmp_path: Path) -> None:
    """The workers' fragment (lines sorted as UTF-8 bytes, written to the cache as they are) is
    :func:`document_fragment`'s: the same side data, the same lines in the same order, the same
    cache file; also for lines that are not ASCII and a text with quotes, backslashes and breaks."""
    from graph.fragments import _Cache, document_fragment, encoded_fragment, fragment_lines
    from graph.rdf.build import encoded_lines_and_organisations

    odd = tmp_path / "odd.txt"
    odd.write_text('关于“质量”\\的通知\n\n一、加强监管\r\n（省市场监管局、省发展改革委负责）\n"𠀀"（省财政厅负责）\n',
                   encoding="utf-8")
    for f in [*files, odd]:
        ex = extract(read_document(f))
        lines, orgs = lines_and_organisations(ex, default_resolver())
        data, orgs2 = encoded_lines_and_organisations(ex, default_resolver())
        assert data == "".join(line + "\n" for line in lines).encode("utf-8") and orgs2 == orgs
        plain = document_fragment(ex, str(f), "k" + f.stem)
        side, data2 = encoded_fragment(ex, str(f), "k" + f.stem)
        assert data2 == data and side == plain.__class__(**{**plain.__dict__, "lines": ()})
        a, b = _Cache(tmp_path / "a"), _Cache(tmp_path / "b")
        put_a, put_b = a.put(plain), b.put_encoded(side, data)
        assert Path(put_a.spill or "").read_bytes() == Path(put_b.spill or "").read_bytes()
        assert fragment_lines(put_b) == plain.lines
        assert _Cache(None).put_encoded(side, data) == plain  # no cache folder: the lines in memory


def _split_names_unremembered(text: str, base: int) -> list[tuple[str, int, int]] | None:
    """The split of names as it was before the pieces were remembered (the oracle below)."""
    from graph.extract import mentions as m

    text, base = m._strip_words(text, base)
    if not text:
        return []
    pieces = [(text[a:b], base + a) for a, b in m.depth_split(text, "、,，")]
    merged: list[tuple[str, int]] = []
    carry: tuple[str, int] | None = None
    for piece, start in pieces:
        if carry is not None:
            if m._PLACE_NEXT.match(piece.lstrip(m._TRIM_LEFT)):
                alone, _ = m._trim(piece, start)
                piece, start = text[carry[1] - base : start - base + len(piece)], carry[1]
                if m._BARE_PLACE.match(alone):
                    carry = (piece, start)
                    continue
            else:
                merged.append(carry)
            carry = None
        bare, _ = m._trim(piece, start)
        if m._BARE_PLACE.match(m._PLACE_NOTE.sub("", bare)):
            carry = (piece, start)
            continue
        merged.append((piece, start))
    if carry is not None:
        merged.append(carry)
    out: list[tuple[str, int, int]] = []
    for piece, start in merged:
        piece, start = m._trim(piece, start)
        piece, start = m._strip_words(piece, start)
        if not piece:
            continue
        for sub, s in m._split_deng(piece, start):
            for sub2, s2 in m._split_and(sub, s):
                sub2, s2 = m._trim(sub2, s2)
                if sub2:
                    out.extend(m._split_spaces(sub2, s2))
    if not out or not all(m.looks_like_unit(x) for x, _, _ in out):
        return None
    return out


def test_remembered_pieces_split_as_before(files: list[Path]) -> None:
    """Each piece of a list is split once (``_piece_names``, offsets from the piece's start) and
    moved to where it stands: the same names and offsets as splitting every piece in place."""
    import re

    from graph.extract.mentions import _split_names_plain

    texts = {m.group(1) for f in files for m in re.finditer(r"（([^（）]{1,80})）", f.read_text(encoding="utf-8"))}
    texts |= {"", "、", "各市、县（区）政府", "有关部门和单位", "省财政厅等有关部门、 各市人民政府", "省发展改革委和省财政厅",
              "市财政局 市商务局", "各省、自治区、直辖市人民政府", "省财政厅，，省科技厅", "负责：省教育厅"}
    for base in (0, 3, 999):
        for t in sorted(texts):
            assert _split_names_plain(t, base) == _split_names_unremembered(t, base), (t, base)


def test_a_build_holds_one_string_per_organisation(files: list[Path], tmp_path: Path) -> None:
    """The fragments a build holds until it writes share one string per organisation IRI (from the
    workers, and from the cache on a rebuild), and write the same graph."""
    from graph.pipeline import build_corpus

    folder = tmp_path / "docs"
    folder.mkdir()
    for f in files[1:9]:
        (folder / f.name).write_bytes(f.read_bytes())
    out = tmp_path / "kg.nt"
    for jobs in (2, 1):  # cold, with workers; then every fragment from the cache
        report = build_corpus([folder], out, jobs=jobs)
        first: dict[str, str] = {}
        shared = 0
        for frag in report.fragments:
            for iri in frag.orgs:
                if iri in first:
                    assert frag.orgs[frag.orgs.index(iri)] is first[iri]
                    shared += 1
                first.setdefault(iri, iri)
        assert shared > 0
    data = out.read_bytes()
    out.unlink()
    build_corpus([folder], out, jobs=1, use_cache=False)
    assert out.read_bytes() == data
