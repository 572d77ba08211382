"""Whole-graph guarantees of `policykg build`: the same bytes whatever the process's hash seed,
and a citation link for every cited 文号 that is another document's own."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

import graph

ROOT = Path(__file__).resolve().parents[1]


def _build(files: list[Path], out: Path, seed: str, jobs: str = "1") -> bytes:
    """``policykg build`` in a process of its own, with this hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    r = subprocess.run(
        [sys.executable, "-m", "graph", "build", *map(str, files), "-o", str(out), "--no-cache", "-j", jobs],
        env=env, capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


@pytest.mark.parametrize(("suffix", "jobs"), [(".nt", "1"), (".ttl", "2")])
def test_output_does_not_depend_on_the_hash_seed(shared: Path, tmp_path: Path, suffix: str, jobs: str) -> None:
    """The CLI build path (document stage in worker processes with -j 2, assembly, streamed
    writer): the same bytes under two hash seeds (a set iterated unsorted anywhere would differ)."""
    docs = sorted((shared / "corpus" / "docs").glob("*.txt"))
    files = [graph.example_path(), *docs[::12], *sorted((shared / "corpus" / "docs2").glob("*.txt"))]
    one = _build(files, tmp_path / f"a{suffix}", "1", jobs)
    two = _build(files, tmp_path / f"b{suffix}", "4242", jobs)
    assert one == two
    assert one.count(b"\n") > 1000


def test_the_api_graph_is_the_built_file(shared: Path, tmp_path: Path) -> None:
    """graph.build_graph and ``policykg build`` share one path: the same triples, citation links
    and registry facts included."""
    from rdflib import Graph

    docs = sorted((shared / "corpus" / "docs").glob("*.txt"))
    pair = [shared / "corpus" / "docs" / n for n in ("govcn_1996_5351713.txt", "govcn_1997_5345291.txt")]
    files = [graph.example_path(), *pair, *(d for d in docs[::10] if d not in pair)]
    kg = tmp_path / "kg.nt"
    _build(files, kg, "0")
    built = Graph().parse(kg, format="nt")
    api = graph.build_graph(files)
    assert len(api) > 5_000 and set(api) == set(built)
    from graph.rdf.namespaces import ELI

    assert any(True for _ in api.triples((None, ELI.cites, None)))


def _table(kg: Path, name: str, out: Path) -> list[dict[str, str]]:
    r = subprocess.run([sys.executable, "-m", "graph", "query", name, "-g", str(kg), "-f", "csv", "-o", str(out)],
                       capture_output=True, text=True, cwd=ROOT, check=False)
    assert r.returncode == 0, r.stderr
    with out.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _key(number: str) -> str:
    return number.translate(str.maketrans("[]［］()（）【】", "〔〕〔〕〔〕〔〕〔〕")).replace("第", "").replace(" ", "")


def test_citation_links_of_the_corpus_graph(shared: Path, tmp_path: Path) -> None:
    kg = tmp_path / "corpus.nt"
    r = subprocess.run([sys.executable, "-m", "graph", "build", str(shared / "corpus" / "docs"), "-o", str(kg)],
                       capture_output=True, text=True, cwd=ROOT, check=False)
    assert r.returncode == 0, r.stderr
    # expected from the two contract tables alone: a `cites` citation whose 文号 is another
    # document's own number
    own = {_key(d["doc_number"]): d["source"] for d in _table(kg, "documents", tmp_path / "d.csv") if d["doc_number"]}
    expected = {
        (c["source"], own[_key(c["doc_number"])])
        for c in _table(kg, "citations", tmp_path / "c.csv")
        if c["kind"] == "cites" and c["doc_number"] and own.get(_key(c["doc_number"]), c["source"]) != c["source"]
    }
    from graph.rdf.io import read_graph

    g = read_graph(kg)
    got = {
        (str(a), str(b))
        for a, b in g.query("""PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX pkg: <https://w3id.org/policykg/ontology#>
            SELECT ?a ?b WHERE { ?x eli:cites ?y . ?x pkg:sourceFile ?a . ?y pkg:sourceFile ?b }""")  # type: ignore[misc]
    }
    assert got == expected
    assert len(got) >= 2
    # by example: the 1997 State Council notice cites the 1996 one it follows
    assert ("govcn_1997_5345291.txt", "govcn_1996_5351713.txt") in got


def test_pkg_namespace_is_closed_over_the_ontology() -> None:
    from graph.rdf.namespaces import PKG

    assert str(PKG.Task) == "https://w3id.org/policykg/ontology#Task"
    assert str(PKG["jurisdictionEvidence"]).endswith("#jurisdictionEvidence")
    with pytest.raises(AttributeError, match="not a term"):
        _ = PKG.Tsak  # a typo mints no new term


def test_two_files_of_one_name_get_their_error_line(tmp_path: Path) -> None:
    for sub, word in (("a", "甲"), ("b", "乙")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(f"关于{word}的通知\n一、任务\n（一）{word}。（省商务厅负责）\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "graph", "build", str(tmp_path / "a"), str(tmp_path / "b"),
                        "-o", str(tmp_path / "kg.nt")], capture_output=True, text=True, cwd=ROOT, check=False)
    assert r.returncode == 1
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("policykg: error:")]
    assert len(lines) == 1 and "b/x.txt" in lines[0] and "same file name" in lines[0]


def test_a_second_file_of_one_name_is_not_counted_or_cached(tmp_path: Path) -> None:
    """It fails (one error), and is neither among the added documents nor in the cache manifest
    (a rebuild would otherwise call it unchanged)."""
    from graph.pipeline import build_corpus

    for sub, word in (("a", "甲"), ("b", "乙")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(f"关于{word}的通知\n一、任务\n（一）{word}。（省商务厅负责）\n", encoding="utf-8")
    report = build_corpus([tmp_path / "a", tmp_path / "b"], tmp_path / "kg.nt")
    assert (report.documents, len(report.errors), report.added) == (1, 1, 1)
    again = build_corpus([tmp_path / "a", tmp_path / "b"], tmp_path / "kg.nt")
    assert (again.added, again.unchanged, again.written) == (0, 1, False)
