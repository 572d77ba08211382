"""``http(s)://…``: any SPARQL 1.1 endpoint, through the protocol only (form-encoded POSTs, JSON
results). Updates go to ``update_url``, by default ``…/query`` -> ``…/update`` as Oxigraph serves
them, ``…/sparql`` -> itself as Virtuoso does. The endpoint must expose the union of the named
graphs as its default graph (Oxigraph ``--union-default-graph``; Virtuoso does so for queries
without ``FROM``). Replacing a document is one update request."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..errors import QueryError, StoreError
from .base import ALL_QUERY, update_text
from .ntriples import NTriplesLoading
from .terms import json_py, json_rdflib

if TYPE_CHECKING:
    from rdflib.term import Node


# Triples of the shared graph per INSERT DATA request (a document's own go in one request: atomic).
SHARED_BATCH = 20_000


class SparqlEndpointStore(NTriplesLoading):
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

    @classmethod
    def from_uri(cls, uri: str, *, create: bool = False, update_url: str | None = None,
                 read_only: bool = False) -> SparqlEndpointStore:
        return cls(uri, update_url=update_url)

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
        rows = [[json_py(b.get(c)) for c in columns] for b in data["results"]["bindings"]]
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
        if not doc and len(shared) > SHARED_BATCH:  # the shared graph is only added to: in pieces
            for i in range(0, len(shared), SHARED_BATCH):
                self._replace("", [], shared[i : i + SHARED_BATCH])
            return
        text = update_text(doc, own, shared)
        if text:
            self._post(self.update_url, "update", text, "*/*")

    def drop_document(self, doc_iri: str) -> None:
        self._post(self.update_url, "update", f"DROP SILENT GRAPH <{doc_iri}>", "*/*")

    def _all_quads(self) -> Iterable[tuple[Node, Node, Node, Node]]:
        data = json.loads(self._post(self.query_url, "query", ALL_QUERY, "application/sparql-results+json"))
        for b in data["results"]["bindings"]:
            yield json_rdflib(b["s"]), json_rdflib(b["p"]), json_rdflib(b["o"]), json_rdflib(b["g"])
