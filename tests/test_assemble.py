"""The assembly step (graph/assemble.py): citation links by example, the registry facts as lines
against the same facts made with rdflib terms, and the global lines' order."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

import graph
from graph.assemble import global_lines, iter_lines
from graph.fragments import fragment_lines, process_file
from graph.rdf.links import citation_lines, number_key
from graph.rdf.ntriples import graph_lines, read_lines
from graph.resolve import add_registry_facts, registry_lines

D = "https://w3id.org/policykg/id/doc/"


def test_number_keys_fold_brackets_and_di() -> None:
    assert number_key("国发[2016]18号") == number_key("国发〔2016〕第18号") == number_key("国发（2016）18号")
    assert number_key("国发〔2016〕18号") != number_key("国发〔2016〕19号")


def test_citation_links_by_example() -> None:
    docs = [(D + "a.txt", "国发〔2016〕18号"), (D + "b.txt", "皖政办秘〔2016〕76号"), (D + "c.txt", "国发[2016]18号"),
            (D + "d.txt", None)]
    cites = [(D + "b.txt", D + "b.txt/citation/1", "国发〔2016〕第18号"),  # -> a (the first of a and c)
             (D + "a.txt", D + "a.txt/citation/2", "国发〔2016〕18号"),  # its own number: no link
             (D + "d.txt", D + "d.txt/citation/1", "国办发〔2099〕1号")]  # no such document
    assert citation_lines(docs, cites) == {
        f"<{D}b.txt> <http://data.europa.eu/eli/ontology#cites> <{D}a.txt> .",
        f"<{D}b.txt/citation/1> <https://w3id.org/policykg/ontology#citedDocument> <{D}a.txt> .",
    }


def test_registry_lines_are_what_rdflib_writes_for_the_facts(shared: Path) -> None:
    """registry_lines writes strings; read back and written by rdflib they are the same lines."""
    files = [graph.example_path(), *sorted((shared / "corpus" / "docs").glob("*.txt"))[::25]]
    orgs = sorted({iri for f in files for iri in process_file(str(f)).orgs})
    lines = registry_lines(orgs)
    assert len(lines) > 200
    g = Graph()
    read_lines(g, lines)
    assert graph_lines(g) == lines
    assert {line for line in Graph().parse(data="".join(x + "\n" for x in lines), format="nt").serialize(
        format="nt").split("\n") if line} == lines
    # the Graph form adds the same facts
    h = Graph()
    for iri in orgs:
        read_lines(h, [f"<{iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization> ."])
    add_registry_facts(h)
    assert set(g) <= set(h)


def test_global_lines_are_sorted_and_first_in_the_stream(shared: Path) -> None:
    frags = [process_file(str(f)) for f in sorted((shared / "corpus" / "docs").glob("govcn_199*.txt"))]
    head = global_lines(frags)
    assert head == sorted(set(head))
    stream = list(iter_lines(frags))
    assert stream[: len(head)] == head
    assert any("<http://data.europa.eu/eli/ontology#cites>" in line for line in head)


def test_a_graph_file_is_the_body_then_the_global_lines_it_does_not_hold(shared: Path) -> None:
    from graph.assemble import file_chunks

    frags = [process_file(str(f)) for f in sorted((shared / "corpus" / "docs").glob("govcn_199*.txt"))]
    stream = list(iter_lines(frags))
    lines = b"".join(file_chunks(frags)).decode("utf-8").splitlines()
    assert sorted(lines) == sorted(stream) and len(set(lines)) == len(lines)  # the same lines, once each
    head = set(global_lines(frags))
    body_end = max(i for i, line in enumerate(lines) if line not in head) + 1
    tail = lines[body_end:]
    assert tail == sorted(tail) and any("<http://data.europa.eu/eli/ontology#cites>" in line for line in tail)
    assert set(tail) == head - set(lines[:body_end])
    first = fragment_lines(frags[0])
    assert lines[: len(first)] == list(first)  # the body first: the first document's lines as they are


def test_the_line_format_constants_are_the_namespaces_iris() -> None:
    from graph.rdf import ntriples
    from graph.rdf.namespaces import BASE, ORG, RDF, XSD

    assert ntriples.BASE_DOC == f"<{BASE}doc/"
    assert ntriples.ORG_TYPE == f" <{RDF.type}> <{ORG.Organization}> ."
    assert ntriples.integer(5) == f'"5"^^<{XSD.integer}>' and ntriples.boolean(True) == f'"true"^^<{XSD.boolean}>'


def test_a_no_change_rebuild_does_not_load_rdflib(tmp_path: Path) -> None:
    import subprocess
    import sys

    doc = graph.example_path()
    kg = tmp_path / "kg.nt"
    code = ("import sys; from graph.pipeline import build_corpus; r = build_corpus([sys.argv[1]], sys.argv[2]); "
            "print(r.written, 'rdflib' in sys.modules)")
    first = subprocess.run([sys.executable, "-c", code, str(doc), str(kg)], capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", code, str(doc), str(kg)], capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["True", "True"] and again.stdout.split() == ["False", "False"]
