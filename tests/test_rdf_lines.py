"""The N-Triples lines of one document (graph/rdf/build.py ``extraction_lines``) and the line
format (graph/rdf/ntriples.py).

A corpus build writes a document's lines as strings, without rdflib terms. They must be exactly
what rdflib 7 writes (``Graph.serialize(format="nt")``) for the triples of the plain definition
:func:`graph.rdf.triples.document_triples` (``URIRef``, ``Literal``, ``Graph.set`` for
``skos:prefLabel``). Compared on the seed, the shared corpus, synthetic documents and hand-made
extractions full of strings N-Triples has to escape; the literal writer and the line reader are
compared with rdflib's own writer and parser; the API's Graph (built from the same lines) and the
side data of a build's fragments are checked against the reference too.
"""

from __future__ import annotations

import hashlib
import math
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from scripts_import import load_script

import graph
import graph.pipeline as pipeline
from graph.extract import extract
from graph.ingest import read_document
from graph.model import Assignee, Citation, DocMeta, Document, Extraction, Span, Target, Task
from graph.rdf import build, ntriples
from graph.rdf.build import add_extraction, cited_doc_numbers, extraction_lines, to_rdf
from graph.rdf.namespaces import (
    ELI,
    ORG,
    PKG,
    RDF,
    ROLE,
    SKOS,
    XSD,
    doc_iri,
    org_iri,
)
from graph.rdf.triples import add_document_triples, document_triples
from graph.resolve import default_resolver

ROOT = Path(__file__).resolve().parents[1]
SEED_NAME = "000_d675dad4058447c9.txt"


# ------------------------------------------------------------------ the reference: rdflib terms


def _rdflib_lines(triples: Any) -> list[str]:
    """The lines rdflib itself writes for ``triples`` (``Graph.serialize(format="nt")``), sorted."""
    g = Graph()
    for t in triples:
        g.add(t)
    return sorted(filter(None, g.serialize(format="nt").split("\n")))  # not splitlines: \x0b, \u2028 are no line ends


def _oracle(ex: Extraction, resolve: Any) -> list[str]:
    """rdflib's N-Triples lines of the plain definition, :func:`graph.rdf.triples.document_triples`."""
    return _rdflib_lines(document_triples(ex, resolve))


def _oracle_side_data(ex: Extraction, resolve: Any) -> tuple[list[tuple[str, str]], list[str]]:
    """A fragment's ``cites`` and ``orgs`` as process_file computed them from the rdflib triples."""
    triples = document_triples(ex, resolve)
    cited_work, numbers, citing = {}, {}, []
    for s, p, o in triples:
        if p == PKG.cited:
            cited_work[str(s)] = str(o)
        elif p == ELI.id_local:
            numbers[str(s)] = str(o)
        elif p == PKG.citationKind and o == ROLE.cites:
            citing.append(str(s))
    cites = sorted((c, numbers[cited_work[c]]) for c in citing if cited_work.get(c) in numbers)
    orgs = sorted(str(s) for s, p, o in triples if p == RDF.type and o == ORG.Organization)
    return cites, orgs


def _check_file(path: Path) -> None:
    ex = extract(read_document(path))
    assert extraction_lines(ex, default_resolver()) == _oracle(ex, default_resolver()), path.name
    frag = pipeline.process_file(str(path))
    assert frag.error is None
    assert list(frag.lines) == _oracle(ex, default_resolver()), path.name
    cites, orgs = _oracle_side_data(ex, default_resolver())
    assert list(frag.cites) == cites and sorted(frag.orgs) == orgs, path.name
    assert (frag.doc_number, frag.tasks, frag.assignments) == (
        ex.meta.doc_number, len(ex.tasks), sum(len(t.assignees) for t in ex.tasks))


# ------------------------------------------------------------------ real and synthetic documents


def test_seed_lines_are_rdflibs(shared: Path) -> None:
    _check_file(shared / "corpus" / "docs" / SEED_NAME)


def test_bundled_example_lines_are_rdflibs() -> None:
    _check_file(Path(graph.example_path()))


def test_corpus_lines_are_rdflibs(shared: Path) -> None:
    files = [*sorted((shared / "corpus" / "docs").glob("*.txt")), *sorted((shared / "corpus" / "html").glob("*"))]
    assert len(files) > 300
    for f in files:
        _check_file(f)




def test_synthetic_lines_are_rdflibs(tmp_path: Path) -> None:
    paths = load_script("synthetic_documents").write_corpus(tmp_path, 50)
    cited = 0
    for p in paths:
        _check_file(p)
        cited += len(cited_doc_numbers(extract(read_document(p))))
    assert cited > 50  # the side data was exercised


# ------------------------------------------------------------------ hand-made hostile extractions


HOSTILE = ['"', "\\", "\n", "\r", "\t", "\x00", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\u2028", "\u2029",
           "\ufeff", "\U0001f600", "\U00020000", "<", ">", "{", "}", "|", "^", "`", " ", "\\u0041", "\\n", '\\"',
           '"@en', "^^<", "> .", "#", "%20", "领导小组", "省发展改革委", "〔2016〕", "２０１６", "٢٠١٦"]
# any character but a lone surrogate: a decoded document never holds one, and no UTF-8 file can
chars = st.characters(exclude_categories=["Cs"])
texts = st.lists(st.sampled_from(HOSTILE) | chars, max_size=12).map("".join)
hostile = st.lists(st.sampled_from(HOSTILE), max_size=6).map("".join) | texts
numbers = st.sampled_from(["国办发〔2016〕18号", "皖政办秘[2016]76号", "国务院令第707号", "赣府发〔２０１８〕３号",
                           "x〔٢٠١٦〕٣号", "无号", ""]) | hostile
dates = (st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True)
         | st.sampled_from(["2016-05-03Z", "2016-05-03+08:00", "2016-5-3", " 2016-05-03", "２０１６-05-03",
                            "-2016-05-03", "12016-05-03", "2016-02-30", "0000-01-01", ""])
         | hostile)
values = st.floats(allow_nan=False, allow_infinity=False) | st.integers(-10**20, 10**20) | st.sampled_from(
    [0.0, -0.0, 95.0, 0.5, 1e-7, 5e-324, 1.7976931348623157e308, 1e27, 123456789.123])


@st.composite
def extractions(draw: Any) -> Extraction:
    text = draw(st.lists(st.sampled_from(HOSTILE) | chars, min_size=1, max_size=40).map("".join))
    n = len(text)

    def span() -> Span:
        a = draw(st.integers(0, n))
        return Span(a, draw(st.integers(a, n)))

    source = draw(hostile.filter(bool) | st.just("doc.txt"))
    doc = Document(source=source, text=text, media_type=draw(hostile), sha256=draw(hostile))
    meta = DocMeta(title=draw(st.none() | hostile), doc_number=draw(st.none() | numbers), issuer=draw(st.none() | hostile),
                   date=draw(st.none() | dates), addressees=draw(st.none() | hostile),
                   title_span=span() if draw(st.booleans()) else None)
    mentions = draw(st.lists(hostile, min_size=1, max_size=4))
    tasks = []
    for i in range(draw(st.integers(0, 3))):
        t_span, c_span = span(), span()
        assignees = tuple(Assignee(mention=draw(st.sampled_from(mentions)),
                                   role=draw(st.sampled_from(["lead", "responsible", "support", "guide"])),
                                   generic=draw(st.booleans()), implicit=draw(st.booleans()),
                                   span=span() if draw(st.booleans()) else None)
                          for _ in range(draw(st.integers(0, 4))))
        tasks.append(Task(path=tuple(draw(st.lists(hostile, max_size=3))), text_span=t_span, clause_span=c_span,
                          assignees=assignees, ordinal=draw(st.sampled_from([i + 1, 1])),
                          form=draw(st.sampled_from(["clause", "field", "table"])),
                          deadline=draw(st.none() | hostile)))
    targets = tuple(Target(path=tuple(draw(st.lists(hostile, max_size=2))), indicator=draw(hostile), value=draw(values),
                           unit=draw(hostile), deadline=draw(st.none() | st.integers(-5, 3000)), span=span(),
                           sentence=span())
                    for _ in range(draw(st.integers(0, 3))))
    citations = tuple(Citation(title=draw(st.none() | hostile), doc_number=draw(st.none() | numbers),
                               kind=draw(st.sampled_from(["cites", "produces"])), span=span())
                      for _ in range(draw(st.integers(0, 3))))
    return Extraction(document=doc, meta=meta, tasks=tuple(tasks), targets=targets, citations=citations)


def hostile_resolver(mention: str, ex: Extraction) -> tuple[str, str, bool]:
    """Deterministic per mention: generic collectives, registry-like ids shared by several mentions
    with different canonical names (``skos:prefLabel`` is single-valued: the last one wins),
    unresolved names (key == canonical) and names resolved by a pattern."""
    h = hashlib.sha1(mention.encode("utf-8", "surrogatepass")).digest()
    kind = h[0] % 4
    if kind == 0:
        return mention, mention, True
    if kind == 1:
        return f"dept-{h[1] % 2}", mention + "\\canonical\"", False
    if kind == 2:
        return mention, mention, False
    return "pattern:" + mention, mention[::-1], False


def _outcome(fn: Any, *args: Any) -> tuple[str, Any]:
    try:
        return "ok", fn(*args)
    except Exception as exc:
        return "raises", "does not look like a valid URI" in str(exc) or type(exc).__name__


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(extractions(), st.booleans())
def test_hostile_extractions_give_rdflibs_lines(ex: Extraction, default: bool) -> None:
    resolve = build._default_resolver if default else hostile_resolver
    got = _outcome(extraction_lines, ex, None if default else resolve)
    assert got == _outcome(_oracle, ex, resolve)
    if got[0] == "ok":  # the API reads the lines back as rdflib's N-Triples parser does
        parsed, read = Graph(), Graph()
        parsed.parse(data="".join(line + "\n" for line in got[1]), format="nt")
        ntriples.read_lines(read, got[1], single=str(SKOS.prefLabel))
        assert set(read) == set(parsed)


@pytest.mark.parametrize("order", ["ABA", "BAB", "AB", "BA", "AAB"])
def test_pref_label_is_the_last_ones(order: str) -> None:
    """Two mentions of one department with different canonical names (a body renamed between the
    years of the mentions): one skos:prefLabel, that of the last assignment, as Graph.set left it."""
    names = {"A": ("安徽省发展改革委", "安徽省发展和改革委员会"), "B": ("安徽省计委", "安徽省发展计划委员会")}

    def resolver(mention: str, ex: Extraction) -> tuple[str, str, bool]:
        return "ah-drc", dict(names.values())[mention], False

    text = "一、任务" * 4
    assignees = tuple(Assignee(mention=names[c][0], role="lead", span=Span(k, k + 1)) for k, c in enumerate(order))
    ex = Extraction(document=Document(source="renamed.txt", text=text), meta=DocMeta(title="标题"),
                    tasks=(Task(path=("一",), text_span=Span(0, 2), clause_span=Span(2, 4), assignees=assignees, ordinal=1),))
    lines = extraction_lines(ex, resolver)
    assert lines == _oracle(ex, resolver)
    labels = [line for line in lines if f"<{SKOS.prefLabel}>" in line]
    assert labels == [f'<{org_iri("ah-drc")}> <{SKOS.prefLabel}> "{names[order[-1]][1]}"@zh .']


def _with_role(ex: Extraction, role: str) -> Extraction:
    a = Assignee(mention="省发展改革委", role=role, span=Span(0, 1))
    return Extraction(document=ex.document, meta=ex.meta,
                      tasks=(Task(path=("一",), text_span=Span(0, 1), clause_span=Span(1, 2), assignees=(a,), ordinal=1),))


@pytest.mark.parametrize("role", ["le ad", "lead>", 'x"y', "a{b}", "a|b", "a\\b", "a^b", "a`b", "<lead"])
def test_an_iri_rdflib_cannot_write_fails_the_document(role: str, tmp_path: Path, monkeypatch) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("一、任务（省发展改革委负责）\n", encoding="utf-8")
    ex = _with_role(extract(read_document(doc)), role)
    with pytest.raises(Exception, match="does not look like a valid URI"):
        _oracle(ex, default_resolver())
    with pytest.raises(ValueError, match=f'"{ROLE}.*" does not look like a valid URI'):
        extraction_lines(ex, default_resolver())
    import graph.extract

    monkeypatch.setattr(graph.extract, "extract", lambda d: _with_role(ex, role))
    frag = pipeline.process_file(str(doc))
    assert frag.error is not None and "does not look like a valid URI" in frag.error and not frag.lines


# ------------------------------------------------------------------ literal forms


def _rdflib_term(lit: Literal) -> str:
    """How rdflib's own N-Triples writer (``Graph.serialize``, a public API) writes ``lit``."""
    (line,) = _rdflib_lines([(URIRef("urn:s"), URIRef("urn:p"), lit)])
    return line[len("<urn:s> <urn:p> ") : -2]


@given(dates)
def test_dates_are_rdflibs(value: str) -> None:
    assert ntriples.date(value) == _rdflib_term(Literal(value, datatype=XSD.date))


@given(values | st.sampled_from([math.inf, -math.inf, math.nan, 1e300]))
def test_decimals_are_rdflibs(value: float) -> None:
    def reference(v: float) -> str:
        d = Decimal(repr(v)).normalize()
        if d == d.to_integral_value():
            d = d.quantize(Decimal(1))
        return _rdflib_term(Literal(d, datatype=XSD.decimal))

    assert _outcome(ntriples.decimal, value) == _outcome(reference, value)


@given(hostile, st.integers(-(10**30), 10**30), st.booleans())
def test_plain_literals_are_rdflibs(text: str, number: int, flag: bool) -> None:
    assert ntriples.string(text) == _rdflib_term(Literal(text))
    assert ntriples.zh(text) == _rdflib_term(Literal(text, lang="zh"))
    assert ntriples.integer(number) == _rdflib_term(Literal(number))
    assert ntriples.boolean(flag) == _rdflib_term(Literal(flag))


@given(hostile | st.text(chars), st.sampled_from([None, "zh", "en-GB"]),
       st.sampled_from([None, str(XSD.string), str(XSD.integer), str(XSD.date), str(XSD.gYear), "urn:x:type"]))
def test_any_literal_is_rdflibs(text: str, lang: str | None, datatype: str | None) -> None:
    """The general case (what the fast forms fall back to) and the escaping, against rdflib's writer;
    and the reader gives back the literal rdflib's parser reads."""
    lit = Literal(text, lang=lang) if lang else Literal(text, datatype=datatype)
    written = ntriples.literal(lit)
    assert written == _rdflib_term(lit)
    line = f"<urn:s> <urn:p> {written} ."
    ours, theirs = Graph(), Graph()
    ntriples.read_lines(ours, [line])
    theirs.parse(data=line + "\n", format="nt")
    assert set(ours) == set(theirs)


# ------------------------------------------------------------------ the API's Graph


def _reference_graph(exs: list[Extraction], resolve: Any) -> Graph:
    g = Graph()
    for t in build.role_scheme():
        g.add(t)
    for ex in exs:
        add_document_triples(g, ex, resolve)
    return g


def test_api_graph_is_the_reference_graph(shared: Path, tmp_path: Path) -> None:
    """to_rdf (graph.api) reads the lines back: the same triples as the rdflib construction, across
    documents too (one skos:prefLabel per department: the name in the last document)."""
    files = [shared / "corpus" / "docs" / SEED_NAME, *sorted((shared / "corpus" / "docs").glob("*.txt"))[::40],
             *load_script("synthetic_documents").write_corpus(tmp_path, 5)]
    exs = [extract(read_document(f)) for f in files]
    assert set(to_rdf(exs, default_resolver())) == set(_reference_graph(exs, default_resolver()))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(extractions(), min_size=1, max_size=3, unique_by=lambda ex: ex.document.source))
def test_api_graph_of_hostile_extractions(exs: list[Extraction]) -> None:
    """(Documents of one name are one node; their spans at the same offsets used to keep only the
    first document's quote. graph.pipeline refuses a second file of the same name.)"""
    try:
        expected = _reference_graph(exs, hostile_resolver)
        for ex in exs:
            _oracle(ex, hostile_resolver)  # rdflib could write them
    except Exception:
        return
    assert set(to_rdf(exs, hostile_resolver)) == set(expected)
    g = Graph()
    assert add_extraction(g, exs[0], hostile_resolver) == doc_iri(exs[0].document.source)
