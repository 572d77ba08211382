"""Builds that overlap their serial parts with extraction (issue 19, round 7).

1. The workers hash the inputs and look up the cache: the parent reads no input; a cache left by an
   interrupted build (fragments, no manifest) is still used.
2. The body of the output is written while the workers extract (:mod:`graph.spool`): the file is
   the one assembled after extraction, byte for byte, in every streamed format, with bad files,
   a second file of one name, ``--strict``; its digest lets a rebuild know it.
3. Round 10: the body goes into the output's temporary file as fragments arrive and the global
   lines come last (the tail, less the lines the body holds): a line the global lines share with a
   document stays where the body first has it, one Turtle subject may have a statement in the
   body and one in the tail; only when the documents written are not the ones kept does the
   build write the file again from the fragments.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from scripts_import import load_script

import graph.pipeline as pipeline
from graph.errors import InputError
from graph.fragments import Fragment
from graph.pipeline import build_corpus
from graph.rdf.io import format_for
from graph.spool import BodySpool, file_digest, write_output

ROOT = Path(__file__).resolve().parents[1]




synthetic = load_script("synthetic_documents")


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("docs")
    synthetic.write_corpus(d, 12, seed=5)
    return d


# ------------------------------------------------------------------------------------ 1. the prelude


def test_the_parent_reads_no_input_and_finds_an_interrupted_builds_fragments(docs: Path, tmp_path: Path,
                                                                              monkeypatch) -> None:
    out = tmp_path / "kg.nt"
    first = build_corpus([docs], out)
    assert first.added == 12
    data = out.read_bytes()
    cache = tmp_path / ".kg.nt.policykg-cache"
    (cache / "manifest.json").unlink()  # as a build killed after its workers wrote the cache
    out.unlink()

    def no_extraction(path: str, key: str | None = None):
        raise AssertionError(f"{path} extracted again")

    monkeypatch.setattr(pipeline, "process_file_encoded", no_extraction)
    again = build_corpus([docs], out)
    assert out.read_bytes() == data
    assert again.added == 12 and again.documents == 12


def test_an_unreadable_input_is_one_error_and_the_rest_is_built(docs: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for p in sorted(docs.iterdir())[:3]:
        (d / p.name).write_bytes(p.read_bytes())
    bad = d / "zz_bad.docx"
    bad.write_bytes(b"not a zip")
    report = build_corpus([d], tmp_path / "kg.nt", jobs=2)
    assert [f for f, _ in report.errors] == [str(bad)]
    assert report.documents == 3


# ------------------------------------------------------------------------------------ 2. the body streamed


def _old_way(report, out: Path) -> bytes:
    """The file the build wrote before round 7: every fragment assembled after extraction."""
    write_output([f for f in report.fragments if f.error is None], out)
    return out.read_bytes()


@pytest.mark.parametrize("ext", ["nt", "ttl", "nq", "trig"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_the_streamed_file_is_the_assembled_file(docs: Path, tmp_path: Path, ext: str, jobs: int,
                                                 monkeypatch) -> None:
    def no_fallback(*args, **kwargs):
        raise AssertionError("written the old way")

    monkeypatch.setattr(pipeline, "write_output", no_fallback)
    out = tmp_path / f"kg.{ext}"
    report = build_corpus([docs], out, jobs=jobs)
    assert report.written and report.documents == 12
    assert out.read_bytes() == _old_way(report, tmp_path / f"old.{ext}")
    assert not list(tmp_path.glob(".*.part"))  # no temporary file left


def test_bad_files_are_one_error_each_and_the_streamed_file_holds_every_good_document(docs: Path,
                                                                                      tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for i, p in enumerate(sorted(docs.iterdir())[:6]):
        (d / p.name).write_bytes(p.read_bytes())
        if i % 2:
            (d / f"{p.stem}_bad.docx").write_bytes(b"not a zip")  # between good ones in file order
    report = build_corpus([d], tmp_path / "kg.nt", jobs=2)
    assert sorted(f for f, _ in report.errors) == sorted(str(p) for p in d.glob("*_bad.docx"))
    assert len(report.errors) == 3 and report.documents == 6
    assert (tmp_path / "kg.nt").read_bytes() == _old_way(report, tmp_path / "old.nt")


def test_a_second_file_of_one_name_is_left_out_of_the_stream_too(docs: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    first, second = sorted(docs.iterdir())[:2]
    (a / first.name).write_bytes(first.read_bytes())
    (b / first.name).write_bytes(second.read_bytes())  # same name, other text
    report = build_corpus([a, b], tmp_path / "kg.nt", jobs=2)
    assert [f for f, _ in report.errors] == [str(b / first.name)]
    assert (tmp_path / "kg.nt").read_bytes() == _old_way(report, tmp_path / "old.nt")


def test_strict_stops_with_nothing_written_and_no_spool_left(docs: Path, tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for p in sorted(docs.iterdir())[:3]:
        (d / p.name).write_bytes(p.read_bytes())
    (d / "b_bad.docx").write_bytes(b"not a zip")
    out = tmp_path / "kg.ttl"
    out.write_bytes(b"previous\n")
    with pytest.raises(InputError):
        build_corpus([d], out, jobs=1, strict=True)
    assert out.read_bytes() == b"previous\n"
    assert not list(tmp_path.glob(".*.part"))


def test_an_incremental_rebuild_knows_a_streamed_file_by_its_digest(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "kg.nt"
    build_corpus([docs], out)
    data = out.read_bytes()
    os.utime(out, ns=(1, 1))  # same bytes, another mtime: the digest decides
    assert not build_corpus([docs], out).written
    out.write_bytes(data[:-2] + b"x\n")  # same size, other bytes, another mtime
    os.utime(out, ns=(2, 2))
    assert build_corpus([docs], out).written
    assert out.read_bytes() == data


def test_file_digest_is_the_sha256_of_the_whole_file(docs: Path, tmp_path: Path) -> None:
    f = tmp_path / "x"
    f.write_bytes(b"bodytail")
    whole = hashlib.sha256(b"bodytail").hexdigest()
    assert file_digest(f, whole)
    f.write_bytes(b"bodytaix")
    assert not file_digest(f, whole)
    assert not file_digest(tmp_path / "missing", whole)
    out = tmp_path / "kg.ttl"
    with BodySpool(out, "turtle") as spool:  # the digest a spooled build records is the file's
        report = build_corpus([docs], tmp_path / "other.nt")
        for frag in report.fragments:
            spool.add(frag)
        digest = spool.finish(report.fragments)
    assert digest == hashlib.sha256(out.read_bytes()).hexdigest()


# ------------------------------------------------------------------------------------ 3. when the stream is not the file

_DOC = "https://w3id.org/policykg/id/doc/"
_TYPE = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization> ."


def _fragment(name: str, lines: list[str], orgs: tuple[str, ...] = ()) -> Fragment:
    return Fragment(path=f"/in/{name}", source=name, key=name, lines=tuple(sorted(lines)), orgs=orgs)


def _spooled(tmp_path: Path, ext: str, frags: list[Fragment]) -> tuple[str | None, bytes]:
    out = tmp_path / f"kg.{ext}"
    with BodySpool(out, format_for(out)) as spool:
        for f in frags:
            spool.add(f)
        digest = spool.finish(frags)
    write_output(frags, tmp_path / f"old.{ext}")
    assert not list(tmp_path.glob(".*.part"))
    return digest, (tmp_path / f"old.{ext}").read_bytes()


def test_a_line_the_global_lines_share_with_a_document_stays_where_the_body_first_has_it(tmp_path: Path) -> None:
    # a.txt writes the typing of a department it does not name; b.txt names it: a global line too
    a = _fragment("a.txt", [f'<{_DOC}a.txt> <https://x/p> "a" .', f"<https://x/dept>{_TYPE}"], orgs=("https://x/other",))
    b = _fragment("b.txt", [f'<{_DOC}b.txt> <https://x/p> "b" .'], orgs=("https://x/dept",))
    digest, old = _spooled(tmp_path, "nt", [a, b])
    assert digest is not None and (tmp_path / "kg.nt").read_bytes() == old
    lines = old.decode().splitlines()
    assert lines.count(f"<https://x/dept>{_TYPE}") == 1
    assert lines[:3] == [f'<{_DOC}a.txt> <https://x/p> "a" .', f"<https://x/dept>{_TYPE}", f'<{_DOC}b.txt> <https://x/p> "b" .']
    assert f"<https://x/other>{_TYPE}" in lines[3:]  # the tail: global lines the body does not hold
    assert lines[3:] == sorted(lines[3:])


def test_one_subject_in_the_body_and_the_tail_is_one_graph_in_turtle(tmp_path: Path) -> None:
    from rdflib import Graph
    from rdflib.compare import isomorphic

    # the body ends with a fact of https://zzz/x; the tail types it
    a = _fragment("a.txt", [f'<{_DOC}a.txt> <https://x/p> "a" .', '<https://zzz/x> <https://zzz/p> "y" .'],
                  orgs=("https://zzz/x",))
    digest, old = _spooled(tmp_path, "ttl", [a])
    assert digest is not None and (tmp_path / "kg.ttl").read_bytes() == old
    text = old.decode()
    assert text.startswith("@prefix ") and text.count("@prefix org:") == 1  # the prefixes once, at the top
    # the document's own lines are its piece; the line of another subject goes to the last piece,
    # with the global lines (each shared line once, sorted): one statement of https://zzz/x there
    assert text.index(f'<{_DOC}a.txt> <https://x/p> "a" .') < text.index("<https://zzz/x>")
    assert text.count("<https://zzz/x>") == 1 and "a org:Organization" in text[text.index("<https://zzz/x>"):]
    _, nt = _spooled(tmp_path, "nt", [a])
    assert isomorphic(Graph().parse(data=text, format="turtle"), Graph().parse(data=nt.decode(), format="nt"))


@pytest.mark.parametrize("ext", ["nt", "ttl", "nq", "trig"])
def test_the_spool_writes_the_body_into_the_outputs_temporary_file_before_the_end(docs: Path, tmp_path: Path,
                                                                                   ext: str) -> None:
    report = build_corpus([docs], tmp_path / "cache" / "kg.nt")
    good = [f for f in report.fragments if f.error is None]
    out = tmp_path / "out" / f"kg.{ext}"
    out.parent.mkdir()
    out.write_bytes(b"previous\n")
    with BodySpool(out, format_for(out)) as spool:
        for f in good:
            spool.add(f)
        spool._out.flush()
        (part,) = out.parent.glob(f".kg.{ext}.*.part")
        body = part.read_bytes()
        assert len(body) > 100_000 and out.read_bytes() == b"previous\n"  # written, not yet the output
        digest = spool.finish(good)
    assert digest is not None and not part.exists()
    whole = out.read_bytes()
    assert whole.startswith(body) and whole == _old_way(report, tmp_path / f"old.{ext}")
    if ext == "nt":  # the body holds every document's lines; the tail, the global lines not in it
        first = good[0].spill
        assert first is not None
        own = [ln for ln in Path(first).read_bytes().split(b"\n") if ln.startswith(f"<{_DOC}".encode())]
        assert own and all(ln + b"\n" in body for ln in own)
        tail = whole[len(body) :].splitlines()
        assert tail and tail == sorted(tail) and any(b"<http://data.europa.eu/eli/ontology#cites>" in ln
                                                     or b"/role/" in ln for ln in tail)


def test_a_build_that_fails_while_spooling_leaves_the_previous_output(docs: Path, tmp_path: Path, monkeypatch) -> None:
    import graph.spool as spool_module

    out = tmp_path / "kg.nt"
    out.write_bytes(b"previous\n")
    real = spool_module.OutputWriter.add
    calls = []

    def failing(self, frag: Fragment) -> None:
        calls.append(frag.path)
        if len(calls) == 6:
            raise OSError("disk full")
        real(self, frag)

    monkeypatch.setattr(spool_module.OutputWriter, "add", failing)
    with pytest.raises(OSError, match="disk full"):
        build_corpus([docs], out, jobs=2)
    assert out.read_bytes() == b"previous\n"
    assert not list(tmp_path.glob(".kg.nt.*.part"))  # no temporary file left


def test_the_documents_kept_must_be_the_ones_streamed(tmp_path: Path) -> None:
    a = _fragment("a.txt", [f'<{_DOC}a.txt> <https://x/p> "a" .'])
    b = _fragment("b.txt", [f'<{_DOC}b.txt> <https://x/p> "b" .'])
    out = tmp_path / "kg.nt"
    with BodySpool(out, "nt") as spool:
        spool.add(a)
        assert spool.finish([a, b]) is None
        assert not list(tmp_path.glob(".kg.nt.*"))  # its file dropped at once
    with BodySpool(out, "nt") as spool:
        spool.add(b)
        spool.add(a)
        assert spool.finish([a, b]) is None
    assert not out.exists() and not list(tmp_path.glob(".kg.nt.*"))
