"""Tests added for the mutants the mutation run found alive in graph/rdf (docs/mutation.md).

Each asserts behaviour a user of the graph files sees: the formats a file name selects and the
errors for the others, the prefixes and JSON-LD context of written files, the terms read back,
and the report of ``policykg validate``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

import graph
from graph.errors import PolicyKGError
from graph.rdf import io as rdf_io
from graph.rdf.build import extraction_lines
from graph.rdf.io import FORMATS, format_for, read_graph, serialize, write_graph, write_ntriples_as
from graph.rdf.namespaces import PKG, SKOS
from graph.rdf.validate import validate

PLAN = (
    "某市人民政府办公室关于印发推进质量提升行动方案的通知\n"
    "某政办〔2021〕12号\n"
    "一、主要任务\n"
    "（一）完善质量标准体系。贯彻《中华人民共和国标准化法》，到2025年，全市新增省级标准化试点项目30个。"
    "（市市场监管局牵头，市发展改革委、市工业和信息化局配合）\n"
    "（二）研究制定《某市质量奖管理办法》。（市市场监管局负责）\n"
    "某市人民政府办公室\n"
    "2021年3月1日\n"
)

NAMESPACES = {
    "pkg": "https://w3id.org/policykg/ontology#",
    "role": "https://w3id.org/policykg/role/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "org": "http://www.w3.org/ns/org#",
    "oa": "http://www.w3.org/ns/oa#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> graph.BuildResult:
    path = tmp_path_factory.mktemp("plan") / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    return graph.build([path])


def _facts(g: Graph) -> set[tuple[object, ...]]:
    """The triples by value (Turtle writes the decimal 30 as ``30.0``); no blank nodes here."""
    return {(s, p, o.toPython(), o.language, o.datatype) if isinstance(o, Literal) else (s, p, o) for s, p, o in g}


def _lines(plan: graph.BuildResult) -> list[str]:
    (ex,) = plan.extractions
    return extraction_lines(ex)


# ---------------------------------------------------------------- file names and formats


@pytest.mark.parametrize("name", ["kg.ttl", "kg.nt", "kg.ntriples", "kg.jsonld", "kg.json", "kg.rdf", "kg.xml",
                                  "kg.trig", "KG.TTL"])
def test_every_graph_file_name_round_trips(plan: graph.BuildResult, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_graph(plan.graph, path)
    back = read_graph(path)
    assert _facts(back) == _facts(plan.graph), name


@pytest.mark.parametrize(("name", "shown"), [("kg.csv", ".csv"), ("kg", "(none)")])
def test_an_unknown_graph_file_name_says_which_names_work(name: str, shown: str) -> None:
    with pytest.raises(PolicyKGError) as err:
        format_for(name)
    assert str(err.value) == f"{name}: unknown graph format {shown} (use {', '.join(FORMATS)})"
    assert "(use .ttl, .nt, .ntriples, .jsonld," in str(err.value)


# ---------------------------------------------------------------- streamed writing of N-Triples lines


@pytest.mark.parametrize("fmt", sorted(set(FORMATS.values())))
def test_streamed_lines_in_every_format_are_the_graph(plan: graph.BuildResult, fmt: str) -> None:
    out = io.BytesIO()
    write_ntriples_as([("\n".join(_lines(plan)) + "\n").encode("utf-8")], out, fmt)
    rdflib_format = {"nquads": "nquads", "trig": "trig"}.get(fmt, fmt)
    back = Graph()
    if fmt in ("nquads", "trig"):
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(data=out.getvalue(), format=rdflib_format)
        for s, p, o, _ in ds.quads((None, None, None, None)):
            back.add((s, p, o))
    else:
        back.parse(data=out.getvalue(), format=rdflib_format)
    reference = Graph()
    reference.parse(data="\n".join(_lines(plan)) + "\n", format="nt")
    assert _facts(back) == _facts(reference)


def test_streamed_turtle_declares_the_packages_prefixes(plan: graph.BuildResult,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # as on the first write of a process: the prefixes are read on first use
    monkeypatch.setattr(rdf_io, "PREFIXES", {})
    out = io.BytesIO()
    write_ntriples_as([("\n".join(_lines(plan)) + "\n").encode("utf-8")], out, "turtle")
    text = out.getvalue().decode("utf-8")
    for prefix, iri in NAMESPACES.items():
        assert f"@prefix {prefix}: <{iri}> ." in text
    assert "a pkg:Task" in text and "pkg:role role:lead" in text


def test_a_chunk_longer_than_the_read_buffer_is_read_whole(plan: graph.BuildResult) -> None:
    # one chunk of several MB (a big document's lines come as one chunk): nothing of it is lost
    lines = _lines(plan)
    many = [f"<https://example.org/s{i}> <{PKG.text}> \"第{i}项任务\"@zh ." for i in range(40000)]
    chunk = ("\n".join(lines + many) + "\n").encode("utf-8")
    assert len(chunk) > 2 << 20
    out = io.BytesIO()
    write_ntriples_as([chunk], out, "nt")
    assert out.getvalue().count(b"\n") == len(lines) + len(many)


# ---------------------------------------------------------------- rdflib graphs as bytes


def test_ntriples_bytes_are_the_distinct_lines_sorted(plan: graph.BuildResult) -> None:
    data = serialize(plan.graph, "nt")
    text = data.decode("utf-8")
    assert text.endswith(" .\n") and "\n\n" not in text
    lines = text.split("\n")[:-1]
    assert lines == sorted(set(lines))
    assert len(lines) == len(plan.graph)
    assert f'<{SKOS.prefLabel}> "市市场监管局"@zh .' in text


def test_jsonld_bytes_carry_the_packages_context(plan: graph.BuildResult) -> None:
    data = serialize(plan.graph, "json-ld")
    doc = json.loads(data)
    assert doc["@context"] == NAMESPACES
    # deterministic bytes: one key per line, every object's keys sorted
    assert data.startswith(b'{\n ') and data.count(b"\n") > len(plan.graph)

    def sorted_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        assert keys == sorted(keys)
        return dict(pairs)

    json.loads(data, object_pairs_hook=sorted_keys)
    back = Graph().parse(data=serialize(plan.graph, "json-ld"), format="json-ld")
    assert _facts(back) == _facts(plan.graph)


# ---------------------------------------------------------------- reading graph files


def test_read_terms_are_rdflibs_own(tmp_path: Path) -> None:
    path = tmp_path / "kg.ttl"
    path.write_text(
        '@prefix pkg: <https://w3id.org/policykg/ontology#> .\n'
        '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
        '_:t a pkg:Task ; pkg:path "一/2" ; pkg:text "加强质量监管"@zh ; pkg:order 3 ;\n'
        '    pkg:form "clause"^^xsd:string .\n',
        encoding="utf-8",
    )
    g = read_graph(path)
    (task,) = set(g.subjects())
    assert isinstance(task, BNode)
    assert len(g) == 5
    assert g.value(task, PKG.path) == Literal("一/2") and g.value(task, PKG.path).datatype is None
    assert g.value(task, PKG.form) == Literal("clause") and g.value(task, PKG.form).datatype is None
    text = g.value(task, PKG.text)
    assert text == Literal("加强质量监管", lang="zh") and text.language == "zh"
    order = g.value(task, PKG.order)
    assert order.toPython() == 3 and order.datatype == URIRef("http://www.w3.org/2001/XMLSchema#integer")


def test_reading_a_missing_or_broken_file_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "none.ttl"
    with pytest.raises(PolicyKGError, match=r"none\.ttl: no such graph file$"):
        read_graph(missing)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(PolicyKGError, match=r"broken\.ttl: not a readable turtle graph \(SyntaxError: "):
        read_graph(broken)


def test_rdf_star_terms_are_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "star.ttl"
    path.write_text("<https://e.org/a> <https://e.org/b> <<( <https://e.org/c> <https://e.org/d> <https://e.org/e> )>> .\n",
                    encoding="utf-8")
    try:
        read_graph(path)
    except PolicyKGError as err:
        assert str(err) == f"{path}: RDF-star triple terms are not supported" or "not a readable turtle graph" in str(err)
    else:
        pytest.fail("an RDF-star term was read")


# ---------------------------------------------------------------- the validation report


def test_a_graph_that_breaks_the_shapes_is_reported_with_its_nodes(plan: graph.BuildResult) -> None:
    g = Graph()
    for t in plan.graph:
        g.add(t)
    tasks = sorted(g.subjects(predicate=PKG.form))
    for task in tasks:
        g.remove((task, PKG.form, None))
    report = validate(g, max_lines=1)
    assert not report.conforms
    assert report.shacl_violations == len(tasks) == 2
    lines = report.text.splitlines()
    assert lines[0] == "SHACL: 2 violation(s)"
    assert lines[1] == f"  {tasks[0]}  {PKG.form}: Less than 1 values on <{tasks[0]}>->pkg:form"
    assert lines[2] == "  … and 1 more"
    assert str(tasks[1]) not in report.text
    assert report.text.endswith("\n")
    assert all(rows == 0 for rows in report.check_rows.values())
    assert "conforms:" not in report.text


def test_a_graph_that_fails_a_check_query_is_reported_with_its_rows(plan: graph.BuildResult) -> None:
    g = Graph()
    for t in plan.graph:
        g.add(t)
    assignments = set(g.subjects(predicate=PKG.task))
    for a in assignments:  # every task loses its assignees: checks/task-without-assignee-violation
        for t in list(g.triples((a, None, None))):
            g.remove(t)
    report = validate(g)
    assert report.shacl_violations == 0 and not report.conforms
    name = "checks/task-without-assignee-violation"
    assert report.check_rows[name] == 2
    lines = report.text.splitlines()
    at = lines.index(next(line for line in lines if line.startswith(f"{name}: 2 row(s) — ")))
    assert lines[at] == f"{name}: 2 row(s) — Must return no rows: a task no assignment points to (a clause with no assignee is not a task)."
    tasks = {f"  {t}" for t in g.subjects(predicate=PKG.form)}
    assert set(lines[at + 1 : at + 3]) == tasks


def test_a_conforming_graph_is_reported_with_its_size(plan: graph.BuildResult) -> None:
    report = validate(plan.graph)
    assert report.conforms and report.shacl_violations == 0
    assert report.text == (f"conforms: {len(plan.graph)} triples, SHACL shapes and "
                           f"{len(report.check_rows)} checks pass\n")
    assert len(report.check_rows) == 4 and set(report.check_rows.values()) == {0}


def test_the_report_lists_sixty_violations_by_default(plan: graph.BuildResult) -> None:
    from graph.rdf.namespaces import OA, RDF

    g = Graph()
    for t in plan.graph:
        g.add(t)
    for i in range(61):  # a quote selector without its quote: one violation each
        g.add((URIRef(f"https://example.org/quote/{i}"), RDF.type, OA.TextQuoteSelector))
    report = validate(g)
    assert report.shacl_violations == 61
    lines = report.text.splitlines()
    assert lines[0] == "SHACL: 61 violation(s)"
    assert len([line for line in lines if line.startswith("  https://example.org/quote/")]) == 60
    assert "  … and 1 more" in lines
    # as many violations as lines allowed: all listed, nothing "more"
    assert "more" not in validate(g, max_lines=61).text


def test_check_rows_are_shown_ten_at_most_with_their_columns(plan: graph.BuildResult) -> None:
    from graph.rdf.namespaces import OA

    g = Graph()
    for t in plan.graph:
        g.add(t)
    for i in range(12):  # a span whose quote is shorter than its offsets say
        span = URIRef(f"https://example.org/span/{i}")
        pos, quote = URIRef(f"{span}/pos"), URIRef(f"{span}/quote")
        g.add((span, OA.hasSelector, pos))
        g.add((span, OA.hasSelector, quote))
        g.add((pos, OA.start, Literal(0)))
        g.add((pos, OA.end, Literal(5)))
        g.add((quote, OA.exact, Literal("太短")))
    report = validate(g)
    name = "checks/span-length-violation"
    assert report.check_rows[name] == 12 and not report.conforms
    lines = report.text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{name}: 12 row(s) — "))
    rows = lines[at + 1 :]
    rows = rows[: next((i for i, line in enumerate(rows) if not line.startswith("  ")), len(rows))]
    assert len(rows) == 10
    assert all(row.startswith("  https://example.org/span/") and row.endswith(" | 0 | 5 | 太短") for row in rows)


def test_a_closed_namespace_mints_only_its_terms() -> None:
    from graph.rdf.namespaces import CachedNamespace

    ns = CachedNamespace("https://example.org/ns#", lambda: frozenset({"Task"}))
    assert str(ns) == "https://example.org/ns#"
    for _ in range(2):  # built on first use, then kept
        assert ns.Task == URIRef("https://example.org/ns#Task") and ns["Task"] == ns.Task
    with pytest.raises(AttributeError, match=r"'Tsak' is not a term of https://example\.org/ns#"):
        ns.Tsak  # noqa: B018
    with pytest.raises(KeyError):
        ns["not-a-name"]
    assert ns.as_namespace()["Task"] == URIRef("https://example.org/ns#Task")
    open_ns = CachedNamespace("https://example.org/open/")
    assert open_ns.Anything == URIRef("https://example.org/open/Anything")
    assert open_ns["not-a-name"] == URIRef("https://example.org/open/not-a-name")


def test_turtle_of_a_graph_uses_the_packages_prefixes(plan: graph.BuildResult) -> None:
    text = serialize(plan.graph, "turtle").decode("utf-8")
    for prefix, iri in NAMESPACES.items():
        assert f"@prefix {prefix}: <{iri}> ." in text
    assert "a pkg:Task" in text and "pkg:role role:lead" in text
    assert "schema:value 30.0" in text and '"2021-03-01"^^xsd:date' in text


def test_turtle_uses_the_packages_prefixes_whatever_the_graph_called_them(plan: graph.BuildResult) -> None:
    g = Graph()
    g.bind("p", PKG.as_namespace())  # as a graph read from a file of another naming would
    g.bind("s", "https://schema.org/")
    for t in plan.graph:
        g.add(t)
    text = serialize(g, "turtle").decode("utf-8")
    assert "@prefix pkg: <https://w3id.org/policykg/ontology#> ." in text and "@prefix p:" not in text
    assert "@prefix schema: <https://schema.org/> ." in text and "@prefix s:" not in text


def test_namespaces_have_no_private_terms() -> None:
    # copy, pickle and doctest's probes ask for underscore names: none is a term
    import copy

    from graph.rdf.namespaces import PKG as pkg
    from graph.rdf.namespaces import ROLE

    for ns in (pkg, ROLE):
        with pytest.raises(AttributeError, match=r"^_mock_name$"):
            ns._mock_name  # noqa: B018
    assert copy.deepcopy(ROLE).lead == ROLE.lead == URIRef("https://w3id.org/policykg/role/lead")


def test_a_title_of_a_str_subclass_is_written_as_its_text(plan: graph.BuildResult) -> None:
    # values that are not exactly str go through rdflib's own literal writing: the same line
    import dataclasses

    class Text(str):
        pass

    (ex,) = plan.extractions
    meta = dataclasses.replace(ex.meta, title=Text(ex.meta.title), doc_number=Text(ex.meta.doc_number))
    assert extraction_lines(dataclasses.replace(ex, meta=meta)) == extraction_lines(ex)


def test_the_iris_of_the_seed_are_those_of_the_reviewed_golden_graph() -> None:
    # IRIs are stable across versions (others link to them): a collective is its document's IRI,
    # /collective/ and 12 hex digits of the name's hash; a cited work is a hash of its 文号, else
    # of its title. Built here, not in a shared fixture, so that the mutation run maps this test
    # to the functions that mint the IRIs.
    golden = (Path(__file__).parent / "golden" / "seed.ttl").read_text(encoding="utf-8")
    want = set(re.findall(r"<(https://w3id\.org/policykg/id/[^>]*)>", golden))
    built = graph.build_graph([graph.example_path()])
    got = {str(t) for triple in built for t in triple if str(t).startswith("https://w3id.org/policykg/id/")}
    assert got == want
    collectives = {iri for iri in got if "/collective/" in iri}
    works = {iri for iri in got if "/work/" in iri}
    assert collectives and works and all(len(iri.rsplit("/", 1)[1]) == 12 for iri in collectives)


def test_a_department_named_differently_by_two_documents_keeps_the_last_name(tmp_path: Path) -> None:
    # skos:prefLabel is single-valued: across documents, the name in the document added last
    from graph.rdf.build import to_rdf

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("某省推进教育改革的通知\n（一）推进改革。（省教育厅负责）\n", encoding="utf-8")
    second.write_text("某省加强师资建设的通知\n（一）加强培训。（教育厅负责）\n", encoding="utf-8")
    exs = graph.build([first, second]).extractions
    by_mention = {ex.tasks[0].assignees[0].mention: ex for ex in exs}
    assert set(by_mention) == {"省教育厅", "教育厅"}

    def one_body(mention: str, ex: object) -> tuple[str, str, bool]:
        return "edu", mention, False

    org = URIRef("https://w3id.org/policykg/id/org/edu")
    for order, last in (("省教育厅", "教育厅"), ("教育厅", "省教育厅")):
        g = to_rdf([by_mention[order], by_mention[last]], one_body)
        assert list(g.objects(org, SKOS.prefLabel)) == [Literal(last, lang="zh")]


def test_a_plain_graph_is_written_as_nquads(tmp_path: Path, plan: graph.BuildResult) -> None:
    """`.nq` is one of the formats: a plain graph's triples go to the default graph."""
    out = tmp_path / "kg.nq"
    write_graph(plan.graph, out)
    assert out.read_bytes() == serialize(plan.graph, "nt")
    assert len(read_graph(out)) == len(plan.graph)


def test_jsonld_bytes_do_not_depend_on_orjson(plan: graph.BuildResult, monkeypatch: pytest.MonkeyPatch) -> None:
    """rdflib indents by 2 with orjson and by the asked width without it; our bytes are the same."""
    import rdflib.plugins.serializers.jsonld as writer

    from graph.rdf.io import canonical_jsonld

    monkeypatch.setattr(writer, "_HAS_ORJSON", False)  # rdflib's json writer
    without = serialize(plan.graph, "json-ld")
    assert canonical_jsonld(without) == without
    if writer.orjson is not None:  # orjson is installed here: its writer gives the same bytes
        monkeypatch.setattr(writer, "_HAS_ORJSON", True)
        assert serialize(plan.graph, "json-ld") == without


# ---------------------------------------------------------------- the line format and its rdflib definition


def test_graph_lines_write_iris_and_literals_as_rdflib_does() -> None:
    from graph.rdf.ntriples import graph_lines

    s, p, o = URIRef("https://e.org/s"), URIRef("https://e.org/p"), URIRef("https://e.org/o")
    g = Graph()
    for obj in (o, Literal("甲", lang="zh"), Literal(5), Literal('a"b')):
        g.add((s, p, obj))
    assert graph_lines(g) == {
        "<https://e.org/s> <https://e.org/p> <https://e.org/o> .",
        '<https://e.org/s> <https://e.org/p> "甲"@zh .',
        '<https://e.org/s> <https://e.org/p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        '<https://e.org/s> <https://e.org/p> "a\\"b" .',
    }
    with pytest.raises(ValueError, match="blank nodes"):
        graph_lines([(s, p, BNode())])


XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


def _plan_extraction(tmp_path: Path) -> object:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.replace("。（市市场监管局牵头", "，研发投入强度达到2.5%。（市市场监管局牵头"), encoding="utf-8")
    return graph.build([path]).extractions[0]


def test_target_values_are_decimals_without_trailing_zeros(tmp_path: Path) -> None:
    from graph.rdf.namespaces import SCHEMA
    from graph.rdf.ntriples import graph_lines
    from graph.rdf.triples import document_triples

    ex = _plan_extraction(tmp_path)
    values = {o for _, p, o in document_triples(ex) if p == SCHEMA.value}  # type: ignore[arg-type]
    assert {(str(v), v.datatype) for v in values} == {("30", XSD_DECIMAL), ("2.5", XSD_DECIMAL)}
    assert graph_lines(document_triples(ex)) == set(extraction_lines(ex))  # type: ignore[arg-type]


def test_a_resolvers_parent_body_and_unresolved_keys_are_in_both_writers(tmp_path: Path) -> None:
    """A resolver may return a fourth item, the parent body (org:subOrganizationOf); a key with
    ``#`` is a document-scoped name, flagged unresolved (pkg:resolved false)."""
    from graph.rdf.namespaces import ORG, org_iri
    from graph.rdf.ntriples import graph_lines
    from graph.rdf.triples import document_triples

    ex = _plan_extraction(tmp_path)

    def resolve(mention: str, _ex: object) -> tuple[str, str, bool, str | None]:
        if mention == "市市场监管局":
            return "scope#计量处", "计量处", False, "parent"
        return mention, mention + "（全称）", False, None

    triples = document_triples(ex, resolve)  # type: ignore[arg-type]
    agent = org_iri("scope#计量处")
    assert (agent, ORG.subOrganizationOf, org_iri("parent")) in triples
    assert (agent, PKG.resolved, Literal(False)) in triples
    assert not any(p == ORG.subOrganizationOf for s, p, _ in triples if s != agent)
    assert graph_lines(triples) == set(extraction_lines(ex, resolve))  # type: ignore[arg-type]


def test_a_plan_period_deadline_is_in_both_writers(tmp_path: Path) -> None:
    from graph.rdf.ntriples import graph_lines
    from graph.rdf.triples import document_triples

    path = tmp_path / "period.txt"
    path.write_text("某市推进质量提升的实施意见\n一、主要目标\n“十四五”期间，全市新增高新技术企业100家。\n", encoding="utf-8")
    ex = graph.build([path]).extractions[0]
    triples = document_triples(ex)
    assert [o for _, p, o in triples if p == PKG.deadlinePeriod] == [Literal("十四五", lang="zh")]
    assert graph_lines(triples) == set(extraction_lines(ex))


def test_an_iri_the_line_format_cannot_hold_fails_with_rdflibs_message() -> None:
    from graph.rdf.ntriples import iri

    with pytest.raises(ValueError) as ours:
        iri("https://e.org/a b")
    with pytest.raises(Exception) as rdflibs:
        URIRef("https://e.org/a b").n3()
    assert str(ours.value) == str(rdflibs.value)


def test_a_documents_iri_escapes_every_slash_of_its_source() -> None:
    from graph.rdf.namespaces import BASE, doc_iri

    assert doc_iri("a/b 1.txt") == URIRef(f"{BASE}doc/a%2Fb%201.txt")


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("关于推进质量提升的通知\n皖政办〔2021〕12号\n一、主要任务\n（一）完善标准。（省市场监管局负责）\n", "doc_number"),
        ("关于推进质量提升的通知\n一、主要任务\n（一）完善标准。（省市场监管局负责）\n安徽省人民政府办公厅\n2021年3月1日\n", "issuer"),
        ("安徽省关于推进质量提升的通知\n一、主要任务\n（一）完善标准。（省市场监管局负责）\n", "title"),
        ("关于推进质量提升的通知\n一、主要任务\n（一）全省完善标准，推进安徽省质量提升。（省市场监管局负责）\n", "text"),
    ],
)
def test_the_jurisdiction_comes_from_the_doc_number_the_issuer_the_title_or_the_text(tmp_path: Path, text: str, evidence: str) -> None:
    path = tmp_path / "j.txt"
    path.write_text(text, encoding="utf-8")
    lines = [line for line in extraction_lines(graph.build([path]).extractions[0]) if "#jurisdiction" in line]
    assert [line.split("> ", 2)[2] for line in lines] == ['"AH" .', f'"{evidence}" .']


def test_department_iris_keep_registry_ids_and_hash_names() -> None:
    import hashlib

    from graph.rdf.namespaces import BASE, org_iri

    assert org_iri("gov-ah_01") == URIRef(f"{BASE}org/gov-ah_01")
    digest = hashlib.sha1("市教育局".encode()).hexdigest()[:16]
    assert org_iri("市教育局") == URIRef(f"{BASE}org/x-{digest}")
    assert org_iri("a b") == URIRef(f"{BASE}org/x-{hashlib.sha1(b'a b').hexdigest()[:16]}")


def test_the_resolver_is_called_once_per_distinct_mention(tmp_path: Path) -> None:
    """``extraction_lines`` promises one resolver call per distinct mention (a resolver may be a
    registry lookup): a department assigned two tasks is resolved once."""
    from collections import Counter

    ex = _plan_extraction(tmp_path)
    calls: Counter[str] = Counter()

    def resolve(mention: str, _ex: object) -> tuple[str, str, bool]:
        calls[mention] += 1
        return mention, mention, False

    extraction_lines(ex, resolve)  # type: ignore[arg-type]
    mentions = [a.mention for task in ex.tasks for a in task.assignees]  # type: ignore[attr-defined]
    assert mentions.count("市市场监管局") == 2
    assert calls == Counter(set(mentions))


@pytest.mark.parametrize(
    ("form", "value", "kwargs"),
    [
        ("string", "a\"b\n", {}), ("string", 5, {}), ("string", Decimal("1.50"), {}), ("string", dt.date(2021, 3, 1), {}),
        ("zh", "甲", {"lang": "zh"}), ("zh", 5, {"lang": "zh"}),
        ("integer", 5, {}), ("integer", True, {}), ("integer", Decimal("5"), {}), ("integer", 5.0, {}),
        ("boolean", True, {}), ("boolean", False, {}), ("boolean", 1, {}), ("boolean", 0, {}),
        ("date", "2021-03-01", {"datatype": "http://www.w3.org/2001/XMLSchema#date"}),
        ("date", dt.date(2021, 3, 1), {"datatype": "http://www.w3.org/2001/XMLSchema#date"}),
    ],
)
def test_the_fast_literal_forms_write_rdflibs_literal_of_any_value(form: str, value: object, kwargs: dict[str, str]) -> None:
    """Each fast form is ``Literal(value, …)`` as rdflib writes it, also for a value that is not
    exactly the type it is fast for (a bool is no integer, an int no string)."""
    from graph.rdf import ntriples

    assert getattr(ntriples, form)(value) == ntriples.term(Literal(value, **kwargs))  # type: ignore[arg-type]


def test_an_open_namespace_takes_private_names_as_items_only() -> None:
    from graph.rdf.namespaces import CachedNamespace

    open_ns = CachedNamespace("https://example.org/open/")
    assert open_ns["_iri"] == URIRef("https://example.org/open/_iri")
    assert open_ns["_x"] == URIRef("https://example.org/open/_x")
    closed = CachedNamespace("https://example.org/ns#", lambda: frozenset({"Task"}))
    with pytest.raises(KeyError, match=r"'_Task' is not a term of https://example\.org/ns#"):
        closed["_Task"]
    with pytest.raises(KeyError, match=r"'not-a-name' is not a term of https://example\.org/ns#"):
        closed["not-a-name"]


@pytest.mark.parametrize("fmt", ["nt", "turtle"])
def test_lines_not_the_builds_own_are_read_strictly_and_its_own_leniently(fmt: str) -> None:
    """``write_ntriples_as``: by default pyoxigraph validates the IRIs (an IRI with a blank, a relative
    IRI are refused); a build's own lines (``own=True``, written by graph.rdf.ntriples) are read without
    that check, and a valid line gives the same bytes either way (tenth pass, ``lenient=own``)."""
    good = b"<https://example.org/a> <https://example.org/p> \"x\"@zh .\n"
    for bad in (b"<https://example.org/a b> <https://example.org/p> <https://example.org/o> .\n",
                b"<a> <https://example.org/p> <https://example.org/o> .\n"):
        with pytest.raises(SyntaxError):
            write_ntriples_as([good, bad], io.BytesIO(), fmt)
        out = io.BytesIO()
        write_ntriples_as([good, bad], out, fmt, own=True)
        assert out.getvalue()
    strict, own = io.BytesIO(), io.BytesIO()
    write_ntriples_as([good], strict, fmt)
    write_ntriples_as([good], own, fmt, own=True)
    assert own.getvalue() == strict.getvalue()


def test_canonical_jsonld_sorts_every_array_but_a_list_and_keeps_the_characters() -> None:
    """canonical_jsonld: arrays sorted by their items' JSON with sorted keys and the characters as
    they are (a CJK string after an ASCII one; {"a": 2, "b": 1} before {"a": 3}), an ``@list`` kept in
    order, keys sorted, two-space indent, no escapes (tenth pass)."""
    from graph.rdf.io import canonical_jsonld

    data = '{"b": ["中", "a"], "a": {"@list": ["z", "y"]}, "c": [{"b": 1, "a": 2}, {"a": 3}]}'.encode()
    expected = "\n".join([
        "{",
        '  "a": {',
        '    "@list": [',
        '      "z",',
        '      "y"',
        "    ]",
        "  },",
        '  "b": [',
        '    "a",',
        '    "中"',
        "  ],",
        '  "c": [',
        "    {",
        '      "a": 2,',
        '      "b": 1',
        "    },",
        "    {",
        '      "a": 3',
        "    }",
        "  ]",
        "}",
    ])
    assert canonical_jsonld(data).decode("utf-8") == expected
    # an array at the top, and an array inside an array, are sorted too
    assert canonical_jsonld(b'[{"@id": "b"}, {"@id": "a", "x": [["d", "c"]]}]') == (
        b'[\n  {\n    "@id": "a",\n    "x": [\n      [\n        "c",\n        "d"\n      ]\n    ]\n  },\n  {\n    "@id": "b"\n  }\n]'
    )
