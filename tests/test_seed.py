"""The bundled example end to end: counts, ranking, the reviewed golden graph, provenance."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import graph
from graph.rdf.io import serialize
from graph.rdf.validate import validate

GOLDEN = Path(__file__).parent / "golden" / "seed.ttl"


def test_seed_counts(seed_build) -> None:
    (ex,) = seed_build.extractions
    # 17 tasks read from clauses, one duty in running text (三/十七 各地要结合实际…, form prose)
    assert len(ex.tasks) == 18
    assert [t.form for t in ex.tasks].count("prose") == 1
    assert sum(len(t.assignees) for t in ex.tasks) == 84
    assert ex.meta.doc_number == "皖政办秘〔2016〕76号"
    assert ex.meta.date == "2016-05-24"


def test_seed_leads(seed_build) -> None:
    df = graph.query_df(seed_build.graph, "leads")
    assert list(df.columns) == ["department", "lead", "responsible", "support", "guide", "tasks"]
    top = df.iloc[0]
    assert top["tasks"] == 16
    assert "质量技术监督局" in top["department"] or top["department"] == "省质监局"


def test_seed_matches_reviewed_golden_graph(seed_build) -> None:
    golden = Graph().parse(GOLDEN, format="turtle")
    built = Graph().parse(data=serialize(seed_build.graph, "turtle").decode("utf-8"), format="turtle")
    if not isomorphic(golden, built):
        _, only_golden, only_built = graph_diff(to_isomorphic(golden), to_isomorphic(built))
        lines = [f"- {t}" for t in sorted(only_golden)[:20]] + [f"+ {t}" for t in sorted(only_built)[:20]]
        raise AssertionError("seed graph differs from tests/golden/seed.ttl:\n" + "\n".join(lines))


def test_same_input_gives_byte_identical_output() -> None:
    a = serialize(graph.build_graph([graph.example_path()]), "turtle")
    b = serialize(graph.build_graph([graph.example_path()]), "turtle")
    assert a == b
    assert serialize(graph.build_graph([graph.example_path()]), "nt") == serialize(
        graph.build_graph([graph.example_path()]), "nt"
    )


def test_seed_graph_validates(seed_build) -> None:
    report = validate(seed_build.graph)
    assert report.conforms, report.text


def test_every_provenance_span_quotes_the_source(seed_build) -> None:
    (ex,) = seed_build.extractions
    text = ex.document.text
    rows = seed_build.graph.query(
        """PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?s ?e ?q WHERE { ?span oa:hasSelector ?p, ?x . ?p oa:start ?s ; oa:end ?e . ?x oa:exact ?q }"""
    )
    n = 0
    for s, e, q in rows:  # type: ignore[misc]
        assert text[int(s) : int(e)] == str(q)
        n += 1
    assert n > 83


def test_no_blank_nodes(seed_build) -> None:
    from rdflib import BNode

    assert not any(isinstance(x, BNode) for t in seed_build.graph for x in t)
