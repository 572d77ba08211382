"""Where the knowledge graph lives: the only backend-aware module.

``open_store(uri)`` gives one small interface over three backends:

- ``memory`` — an rdflib ``Dataset`` in this process (gone when it ends);
- ``oxigraph:DIR`` — a pyoxigraph ``Store`` on disk, used directly (not through oxrdflib) for speed;
- ``http(s)://…`` — any SPARQL 1.1 endpoint (query URL; updates go to ``update_url``, by default
  ``…/query`` -> ``…/update`` as Oxigraph serves them, ``…/sparql`` -> itself as Virtuoso does).

Each document lives in its own named graph, named by its document IRI, holding the triples whose
subject is the document or an IRI under it (``<doc>/task/3``…). Triples about shared things
(departments, cited works, role concepts) go into one graph, :data:`SHARED_GRAPH`, only ever added
to, so no triple sits in two graphs: Oxigraph and Virtuoso read the union of named graphs as a bag,
and a duplicated label would duplicate rows. Queries run against that union, never rewritten: the
remote endpoint must expose it as its default graph (Oxigraph ``--union-default-graph``; Virtuoso
does so for queries without ``FROM``).

The read-only SPARQL endpoint of ``policykg serve`` is :mod:`graph.server`.

Replacing a document is atomic: one ``DROP SILENT GRAPH …; INSERT DATA {…}`` update, which Oxigraph
applies in one transaction and an endpoint receives as one request.

>>> st = open_store("memory")
>>> import graph
>>> st.load_graph(graph.build_graph([graph.example_path()]))
['https://w3id.org/policykg/id/doc/anhui_2016_quality_action_plan.txt']
>>> st.query_df("leads").iloc[0]["department"]
'安徽省质量技术监督局'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import QueryError, StoreError

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Graph
    from rdflib.term import Node

    from .queryfile import Answer

__all__ = ["SHARED_GRAPH", "KGStore", "MemoryStore", "OxigraphStore", "SparqlEndpointStore", "open_store",
           "serve_sparql"]

_BASE = "https://w3id.org/policykg/id/"
SHARED_GRAPH = _BASE + "graph/shared"
_SOURCE_FILE = "https://w3id.org/policykg/ontology#sourceFile"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DOCS_QUERY = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{_SOURCE_FILE}> ?s }} }} ORDER BY ?g")
_ALL_QUERY = f'SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{_BASE}")) }}'


# --- terms ------------------------------------------------------------------------------------------

def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))


def _nt(term: Node) -> str:
    """An rdflib term as N-Triples text, which is also SPARQL ``INSERT DATA`` syntax."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        if term.language:
            return f'"{_escape(str(term))}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != _XSD + "string":
            return f'"{_escape(str(term))}"^^<{term.datatype}>'
        return f'"{_escape(str(term))}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    raise StoreError(f"cannot store a {type(term).__name__} term ({term!r})")


_PLAIN_INTEGER = re.compile(r"[+-]?[0-9]+")


def _literal_py(lexical: str, datatype: str | None, lang: str | None) -> Any:
    """A literal as the Python value the memory store gives (ints, floats, bools, else the lexical form)."""
    if lang or not datatype or datatype == _XSD + "string":
        return lexical
    if datatype == _XSD + "integer" and _PLAIN_INTEGER.fullmatch(lexical):
        return int(lexical)  # counts: the common case, without loading rdflib (CLI start-up)
    from rdflib import Literal, URIRef

    from .sparql import _py

    return _py(Literal(lexical, datatype=URIRef(datatype)))


def _rdflib_term(t: Mapping[str, str]) -> Node:
    from rdflib import BNode, Literal, URIRef

    kind = t["type"]
    if kind == "uri":
        return URIRef(t["value"])
    if kind == "bnode":
        return BNode(t["value"])
    dt = t.get("datatype")
    return Literal(t["value"], lang=t.get("xml:lang"), datatype=URIRef(dt) if dt and not t.get("xml:lang") else None)


def _document_of(subject: str, docs: set[str]) -> str | None:
    """The document that owns ``subject``: the document itself or an IRI under ``<doc>/``."""
    s = subject
    while s:
        if s in docs:
            return s
        s = s[: max(s.rfind("/"), 0)]
    return None


# (subject IRI or None, predicate IRI, payload) — payload is whatever the backend stores.
_Item = tuple[str | None, str, Any]


def _partition(items: Iterable[_Item], only: str | None = None) -> tuple[dict[str, list[Any]], list[Any]]:
    """Split triples into each document's own triples and the shared ones."""
    items = list(items)
    docs = {s for s, p, _ in items if s is not None and p == _SOURCE_FILE} | ({only} if only else set())
    own: dict[str, list[Any]] = {d: [] for d in sorted(docs)}
    shared: list[Any] = []
    for s, _, payload in items:
        d = _document_of(s, docs) if s is not None else None
        (own[d] if d is not None else shared).append(payload)
    return own, shared


# --- the interface ----------------------------------------------------------------------------------

class KGStore:
    """What every backend offers. Use :func:`open_store`; close it (or use ``with``) when done."""

    uri: str

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Subclasses implement these five.
    def _select(self, text: str) -> tuple[list[str], list[list[Any]]]:
        raise NotImplementedError

    def _replace(self, doc: str, own: list[Any], shared: list[Any]) -> None:
        raise NotImplementedError

    def _payload(self, s: Node, p: Node, o: Node) -> Any:
        return f"{_nt(s)} {_nt(p)} {_nt(o)} ."

    def drop_document(self, doc_iri: str) -> None:
        """Remove a document's named graph (its shared labels stay)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (files, locks, connections)."""

    def clear(self) -> None:
        """Drop every document graph and the shared graph (other graphs of an endpoint stay)."""
        for doc in self.documents():
            self.drop_document(doc)
        self.drop_document(SHARED_GRAPH)

    # Shared behaviour.
    def query_df(self, name_or_file: str | Path, params: Mapping[str, Sequence[Any]] | None = None) -> pd.DataFrame:
        """A shipped query (or ``.rq`` file) over the union of all graphs, as a DataFrame whose cells are
        ints, floats, bools, strings (literals and IRIs) or None (unbound) on every backend."""
        import pandas as pd

        columns, rows = self.query_rows(name_or_file, params)
        return pd.DataFrame(rows, columns=columns)

    def query_rows(
        self, name_or_file: str | Path, params: Mapping[str, Sequence[Any]] | None = None
    ) -> tuple[list[str], list[list[Any]]]:
        """Like :meth:`query_df` without pandas: ``(columns, rows)`` (the command line uses this)."""
        from .sparql import bind_values, load_query

        q = load_query(name_or_file)
        return self._select(bind_values(q.text, params or {}))

    def query_answer(self, text: str, kind: str) -> Answer:
        """Any read query's answer (``kind`` from :func:`graph.queryfile.query_kind`): rows, a
        boolean or the sorted N-Triples lines of a graph."""
        from .queryfile import Answer

        if kind == "SELECT":
            columns, rows = self._select(text)
            return Answer(kind, columns=columns, rows=rows)
        if kind == "ASK":
            return Answer(kind, boolean=self._ask(text))
        return Answer(kind, triples=sorted(set(self._construct(text))))

    def _ask(self, text: str) -> bool:
        raise NotImplementedError

    def _construct(self, text: str) -> list[str]:
        raise NotImplementedError

    def documents(self) -> list[str]:
        """The IRIs of the documents stored, sorted."""
        return sorted(str(r[0]) for r in self._select(_DOCS_QUERY)[1])

    def load_document_graph(self, doc_iri: str, g: Graph) -> None:
        """Replace document ``doc_iri`` by its triples in ``g`` as a whole, in one transaction (triples
        of other documents in ``g`` are left out; shared ones are added to the shared graph)."""
        own, shared = _partition(self._items(g), only=str(doc_iri))
        self._replace(str(doc_iri), own[str(doc_iri)], shared)

    def load_graph(self, g: Graph) -> list[str]:
        """Split a whole knowledge graph by document (each document replaced atomically); return the
        document IRIs."""
        return self._load_items(self._items(g))

    def load_file(self, path: str | Path) -> list[str]:
        """:meth:`load_graph` for a graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf)."""
        from .rdf.io import read_graph

        return self.load_graph(read_graph(path))

    def dataset_graph(self) -> Graph:
        """Every stored triple (all documents and the shared graph) as one rdflib graph."""
        from rdflib import Graph

        from .rdf.namespaces import bind_prefixes

        g = Graph()
        bind_prefixes(g)
        for s, p, o in self._all_triples():
            g.add((s, p, o))
        return g

    def _all_triples(self) -> Iterable[tuple[Node, Node, Node]]:
        raise NotImplementedError

    def _items(self, g: Graph) -> Iterator[_Item]:
        from rdflib import URIRef

        for s, p, o in g:
            yield (str(s) if isinstance(s, URIRef) else None), str(p), self._payload(s, p, o)

    def _load_items(self, items: Iterable[_Item]) -> list[str]:
        own, shared = _partition(items)
        if shared:
            self._replace("", [], shared)
        for doc, payloads in own.items():
            self._replace(doc, payloads, [])
        return list(own)


def _update_text(doc: str, own: list[str], shared: list[str]) -> str:
    parts = [f"DROP SILENT GRAPH <{doc}>"] if doc else []
    blocks = []
    if own:
        blocks.append(f"GRAPH <{doc}> {{\n" + "\n".join(own) + "\n}")
    if shared:
        blocks.append(f"GRAPH <{SHARED_GRAPH}> {{\n" + "\n".join(shared) + "\n}")
    if blocks:
        parts.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    return " ;\n".join(parts)


class MemoryStore(KGStore):
    """An rdflib ``Dataset`` whose default graph is the union of its named graphs."""

    def __init__(self) -> None:
        from rdflib import Dataset

        self.uri = "memory"
        self._ds = Dataset(default_union=True)

    def _payload(self, s: Node, p: Node, o: Node) -> Any:
        return (s, p, o)

    def _select(self, text: str) -> tuple[list[str], list[list[Any]]]:
        from .sparql import _py, use_hash_join

        use_hash_join()
        try:
            result = self._ds.query(text)
        except Exception as exc:  # rdflib raises parser- and evaluator-specific types
            raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from None
        if result.type != "SELECT":
            raise QueryError(f"only SELECT queries give a table (this is {result.type})")
        columns = [str(v) for v in (result.vars or [])]
        return columns, [[_py(x) for x in row] for row in result]  # type: ignore[union-attr]

    def _ask(self, text: str) -> bool:
        try:
            return bool(self._ds.query(text).askAnswer)
        except Exception as exc:  # rdflib raises parser- and evaluator-specific types
            raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from None

    def _construct(self, text: str) -> list[str]:
        try:
            g = self._ds.query(text).graph
        except Exception as exc:  # rdflib raises parser- and evaluator-specific types
            raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from None
        assert g is not None
        return [line for line in g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines() if line]

    def _replace(self, doc: str, own: list[Any], shared: list[Any]) -> None:
        from rdflib import URIRef

        if doc:
            self._ds.remove_graph(URIRef(doc))
            if own:
                gd = self._ds.graph(URIRef(doc))
                for t in own:
                    gd.add(t)
        if shared:
            gs = self._ds.graph(URIRef(SHARED_GRAPH))
            for t in shared:
                gs.add(t)

    def drop_document(self, doc_iri: str) -> None:
        from rdflib import URIRef

        self._ds.remove_graph(URIRef(doc_iri))

    def documents(self) -> list[str]:
        from rdflib import URIRef

        src = URIRef(_SOURCE_FILE)
        return sorted(str(c.identifier) for c in self._ds.graphs() if (c.identifier, src, None) in c)

    def _all_triples(self) -> Iterable[tuple[Node, Node, Node]]:
        for s, p, o, c in self._ds.quads((None, None, None, None)):
            if c is not None and str(c).startswith(_BASE):
                yield s, p, o


class _NTriplesFileMixin(KGStore):
    def load_file(self, path: str | Path) -> list[str]:
        """Parse with pyoxigraph (fast), straight to N-Triples lines; no rdflib objects."""
        import pyoxigraph as ox

        from .rdf.io import format_for

        p = Path(path)
        if not p.exists():
            raise StoreError(f"{p}: no such graph file")
        fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
               "trig": ox.RdfFormat.TRIG, "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}[format_for(p)]

        def items() -> Iterator[_Item]:
            for q in ox.parse(path=str(p), format=fmt):
                s = q.subject
                yield (s.value if isinstance(s, ox.NamedNode) else None), q.predicate.value, \
                    f"{s} {q.predicate} {q.object} ."

        try:
            return self._load_items(items())
        except SyntaxError as exc:  # pyoxigraph reports parse errors as SyntaxError
            raise StoreError(f"{p}: not a readable graph ({exc})") from None


class OxigraphStore(_NTriplesFileMixin):
    """A pyoxigraph ``Store`` in a folder; queries see the union of the named graphs."""

    def __init__(self, location: str, *, create: bool = False, read_only: bool = False) -> None:
        import pyoxigraph as ox

        self.uri = f"oxigraph:{location}"
        self.location = location
        self.read_only = read_only
        if (read_only or not create) and not Path(location, "CURRENT").exists():
            raise StoreError(f"{location}: no Oxigraph store there (load or build into it first)")
        try:
            # A read-only handle takes no lock: any number of readers (queries, `serve`) at once.
            self._store: Any = ox.Store.read_only(location) if read_only else ox.Store(location)
        except OSError as exc:
            raise StoreError(f"{location}: cannot open the Oxigraph store ({exc})") from None

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only")

    def _select(self, text: str) -> tuple[list[str], list[list[Any]]]:
        import pyoxigraph as ox

        try:
            result = self._store.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"query does not parse: {exc}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("only SELECT queries give a table")
        columns = [v.value for v in result.variables]
        try:
            rows = [[_ox_py(sol[i]) for i in range(len(columns))] for sol in result]
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None
        return columns, rows

    def _query(self, text: str) -> Any:
        try:
            return self._store.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"query does not parse: {exc}") from None
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None

    def _ask(self, text: str) -> bool:
        return bool(self._query(text))

    def _construct(self, text: str) -> list[str]:
        try:
            return [f"{t} ." for t in self._query(text)]
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None

    def _replace(self, doc: str, own: list[Any], shared: list[Any]) -> None:
        import pyoxigraph as ox

        self._writable()
        if doc and self._store.contains_named_graph(ox.NamedNode(doc)):
            text = _update_text(doc, own, shared)
            self._store.update(text)  # one transaction: all of it or nothing
        elif own or shared:
            # Nothing to drop: one load (also a single transaction), ~10x faster than INSERT DATA.
            quads = [line[:-1] + f"<{doc}> ." for line in own] if doc else []
            quads += [line[:-1] + f"<{SHARED_GRAPH}> ." for line in shared]
            self._store.load("\n".join(quads), format=ox.RdfFormat.N_QUADS)

    def drop_document(self, doc_iri: str) -> None:
        self._writable()
        self._store.update(f"DROP SILENT GRAPH <{doc_iri}>")

    def _all_triples(self) -> Iterable[tuple[Node, Node, Node]]:
        import pyoxigraph as ox
        from rdflib import BNode, Literal, URIRef

        def conv(t: Any) -> Node:
            if isinstance(t, ox.NamedNode):
                return URIRef(t.value)
            if isinstance(t, ox.BlankNode):
                return BNode(t.value)
            if t.language:
                return Literal(t.value, lang=t.language)
            return Literal(t.value, datatype=URIRef(t.datatype.value))

        for q in self._store.quads_for_pattern(None, None, None, None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(_BASE):
                yield conv(q.subject), conv(q.predicate), conv(q.object)

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None


def _ox_py(term: Any) -> Any:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _literal_py(term.value, term.datatype.value, term.language)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


class SparqlEndpointStore(_NTriplesFileMixin):
    """A remote SPARQL 1.1 endpoint (protocol only: form-encoded POSTs, JSON results)."""

    def __init__(self, query_url: str, *, update_url: str | None = None, timeout: float = 60.0) -> None:
        self.uri = query_url
        self.query_url = query_url
        if update_url is None:
            if query_url.rstrip("/").endswith("/query"):
                update_url = query_url.rstrip("/")[: -len("query")] + "update"
            elif query_url.rstrip("/").endswith("/sparql"):
                update_url = query_url
            else:
                update_url = query_url.rstrip("/") + "/update"
        self.update_url = update_url
        self.timeout = timeout

    def _post(self, url: str, field: str, text: str, accept: str) -> bytes:
        import urllib.error
        import urllib.parse
        import urllib.request

        body = urllib.parse.urlencode({field: text}).encode("utf-8")
        req = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                data: bytes = resp.read()
                return data
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace").strip().replace("\n", " ")
            raise StoreError(f"{url}: HTTP {exc.code} for a SPARQL {field}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({exc})") from None

    def _select(self, text: str) -> tuple[list[str], list[list[Any]]]:
        data = json.loads(self._post(self.query_url, "query", text, "application/sparql-results+json"))
        if "boolean" in data:
            raise QueryError("only SELECT queries give a table")
        columns = list(data["head"]["vars"])
        rows = [[_json_py(b.get(c)) for c in columns] for b in data["results"]["bindings"]]
        return columns, rows

    def _ask(self, text: str) -> bool:
        data = json.loads(self._post(self.query_url, "query", text, "application/sparql-results+json"))
        return bool(data["boolean"])

    def _construct(self, text: str) -> list[str]:
        import pyoxigraph as ox

        # N-Triples is asked for first; any RDF syntax the endpoint prefers is parsed
        data = self._post(self.query_url, "query", text,
                          "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8, application/rdf+xml;q=0.5")
        head = data.lstrip()[:200]
        fmt = ox.RdfFormat.RDF_XML if head.startswith(b"<?xml") or head.startswith(b"<rdf:") else ox.RdfFormat.TURTLE
        try:
            return [f"{q.subject} {q.predicate} {q.object} ." for q in ox.parse(data, format=fmt)]
        except SyntaxError as exc:
            raise QueryError(f"{self.query_url}: the endpoint's graph does not parse ({exc})") from None

    def _replace(self, doc: str, own: list[Any], shared: list[Any]) -> None:
        text = _update_text(doc, own, shared)
        if text:
            self._post(self.update_url, "update", text, "*/*")

    def drop_document(self, doc_iri: str) -> None:
        self._post(self.update_url, "update", f"DROP SILENT GRAPH <{doc_iri}>", "*/*")

    def _all_triples(self) -> Iterable[tuple[Node, Node, Node]]:
        data = json.loads(self._post(self.query_url, "query", _ALL_QUERY, "application/sparql-results+json"))
        for b in data["results"]["bindings"]:
            yield _rdflib_term(b["s"]), _rdflib_term(b["p"]), _rdflib_term(b["o"])


def _json_py(t: Mapping[str, str] | None) -> Any:
    if t is None:
        return None
    if t["type"] == "uri":
        return t["value"]
    if t["type"] == "bnode":
        return f"_:{t['value']}"
    return _literal_py(t["value"], t.get("datatype"), t.get("xml:lang"))


def open_store(uri: str | None, *, create: bool = False, update_url: str | None = None,
               read_only: bool = False) -> KGStore:
    """Open ``memory`` (the default), ``oxigraph:DIR`` (made if ``create``) or an ``http(s)://`` SPARQL
    endpoint (its query URL; ``update_url`` where updates go if not the usual one). ``read_only``
    opens an Oxigraph folder without its write lock, so that many readers can share it (not while a
    ``load`` or ``build`` writes to it)."""
    if uri is None or uri == "memory":
        return MemoryStore()
    if uri.startswith("oxigraph:"):
        location = uri[len("oxigraph:"):]
        if not location:
            raise StoreError("oxigraph: needs a folder, e.g. oxigraph:kg.oxigraph")
        return OxigraphStore(location, create=create and not read_only, read_only=read_only)
    if uri.startswith(("http://", "https://")):
        return SparqlEndpointStore(uri, update_url=update_url)
    raise StoreError(f"unknown store {uri!r} (use memory, oxigraph:DIR or an http(s):// SPARQL endpoint)")


def serve_sparql(location: str, **kw: Any) -> None:
    """Moved to :func:`graph.server.serve_sparql` (kept here for callers of the old place)."""
    from .server import serve_sparql as serve

    serve(location, **kw)
