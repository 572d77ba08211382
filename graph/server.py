"""``policykg serve``: a read-only SPARQL 1.1 Protocol endpoint over an Oxigraph store, with an
offline query page.

The protocol (https://www.w3.org/TR/sparql11-protocol/) as clients expect it:

- ``/query`` (also ``/sparql`` and ``/``): GET ``?query=``, POST form (``query=``), POST
  ``application/sparql-query``; ``default-graph-uri`` / ``named-graph-uri`` set the dataset, else the
  query's FROM / FROM NAMED do, else the default graph is the union of the per-document graphs;
- results and graphs in the format the ``Accept`` header prefers (q-values honoured): SELECT/ASK as
  SPARQL JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle, N-Triples, RDF/XML, JSON-LD, N-Quads
  or TriG; 406 when none is acceptable, serialised by pyoxigraph itself;
- 400 for protocol errors (no query, two queries, a query and an update, a query that does not
  parse: line and column named), 403 for updates (read-only), 404 for other paths, 405 for other
  methods, 415 for a POST body of another type; HEAD and OPTIONS; CORS for one origin if asked.

Each query runs in a worker process that is killed after ``timeout`` seconds (503). The query page
is package data (``graph/data/sparql-page.html``): it loads the shipped queries from
``/queries.json`` and posts to ``/query``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import StoreError

__all__ = ["GRAPH_TYPES", "RESULT_TYPES", "negotiate", "serve_sparql"]

TEXT = "text/plain; charset=utf-8"

# media type -> pyoxigraph format name (QueryResultsFormat / RdfFormat attribute)
RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
    "application/json": "JSON",
    "application/xml": "XML",
    "text/xml": "XML",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "application/ld+json": "JSON_LD",
    "application/n-quads": "N_QUADS",
    "application/trig": "TRIG",
    "text/plain": "N_TRIPLES",
    "application/x-turtle": "TURTLE",
    "application/xml": "RDF_XML",
    "text/xml": "RDF_XML",
    "application/json": "JSON_LD",
}
_DEFAULT = {"results": "application/sparql-results+json", "graph": "text/turtle"}


def negotiate(accept: str, offered: Sequence[str], default: str) -> str | None:
    """The offered media type the ``Accept`` header prefers (RFC 9110: q-values, then the most
    specific range, then the order offered), ``default`` for a missing header or one that accepts
    anything equally, None when nothing offered is acceptable."""
    if not accept.strip():
        return default
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    best: tuple[float, int, int] | None = None
    choice = None
    for order, media in enumerate([default, *[m for m in offered if m != default]]):
        main = media.split("/")[0]
        match: tuple[float, int] | None = None  # (q, specificity) of the most specific matching range
        for rng, q in ranges:
            r_main, _, r_sub = rng.partition("/")
            if rng == media:
                spec = 2
            elif r_main == main and r_sub == "*":
                spec = 1
            elif rng in ("*/*", "*"):
                spec = 0
            else:
                continue
            if match is None or spec > match[1]:
                match = (q, spec)
        if match is None or match[0] <= 0:
            continue
        key = (match[0], match[1], -order)
        if best is None or key > best:
            best, choice = key, media
    return choice


_STRINGS = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|#[^\n]*|<[^<>\s]*>", re.S)
_FROM = re.compile(r"\bFROM\s+(?:NAMED\s+)?(?:<|[A-Za-z_]*:)", re.I)


def has_dataset_clause(text: str) -> bool:
    """Whether the query names its dataset (FROM / FROM NAMED), strings and comments aside."""
    return bool(_FROM.search(_STRINGS.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", text)))


def _syntax_message(text: str, oxigraph_message: str) -> str:
    """rdflib's parser names the line, column and token; Oxigraph's message can mislead ("expected
    CONSTRUCT" for ``SELEC``). Oxigraph's message when rdflib accepts the text."""
    from .queryfile import QuerySyntaxError, UpdateRefused, query_kind

    try:
        query_kind(text, "query")
    except UpdateRefused:
        return "query: is a SPARQL UPDATE; this endpoint is read-only and takes queries only"
    except QuerySyntaxError as exc:
        return str(exc)
    return f"query does not parse: {oxigraph_message}"


def _query_worker(conn: Any, location: str) -> None:
    """Runs in a child process so a runaway query can be stopped by killing it."""
    import pyoxigraph as ox

    store = ox.Store.read_only(location)
    while True:
        try:
            text, accept, default_graphs, named_graphs = conn.recv()
        except EOFError:
            return
        try:
            kw: dict[str, Any] = {}
            if default_graphs or named_graphs:
                if default_graphs:
                    kw["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
                if named_graphs:
                    kw["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
            elif not has_dataset_clause(text):
                kw["use_default_graph_as_union"] = True
            result = store.query(text, **kw)
            if isinstance(result, ox.QueryTriples):
                media = negotiate(accept, list(GRAPH_TYPES), _DEFAULT["graph"])
                fmt: Any = getattr(ox.RdfFormat, GRAPH_TYPES[media]) if media else None
            else:
                media = negotiate(accept, list(RESULT_TYPES), _DEFAULT["results"])
                fmt = getattr(ox.QueryResultsFormat, RESULT_TYPES[media]) if media else None
            if media is None:
                offered = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else RESULT_TYPES
                conn.send((406, TEXT, (f"none of the media types accepted ({accept}) can carry this answer; "
                                       f"ask for one of: {', '.join(offered)}\n").encode()))
                continue
            data = result.serialize(format=fmt)
            conn.send((200, media + ("; charset=utf-8" if media.startswith("text/") else ""), data))
        except SyntaxError as exc:
            conn.send((400, TEXT, (_syntax_message(text, str(exc)) + "\n").encode()))
        except ValueError as exc:  # a bad graph IRI in default-graph-uri / named-graph-uri
            conn.send((400, TEXT, f"bad request: {exc}\n".encode()))
        except Exception as exc:  # evaluation errors of any kind go back to the client
            conn.send((500, TEXT, f"query failed: {exc}\n".encode()))


class _Workers:
    def __init__(self, location: str, size: int) -> None:
        import multiprocessing
        import queue

        self._ctx = multiprocessing.get_context("spawn")
        self._location = location
        self._idle: queue.Queue[tuple[Any, Any]] = queue.Queue()
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> tuple[Any, Any]:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_query_worker, args=(child, self._location), daemon=True)
        proc.start()
        child.close()
        return proc, parent

    def run(self, text: str, accept: str, default_graphs: list[str], named_graphs: list[str],
            timeout: float) -> tuple[int, str, bytes]:
        proc, conn = self._idle.get()
        try:
            conn.send((text, accept, default_graphs, named_graphs))
            if conn.poll(timeout):
                answer: tuple[int, str, bytes] = conn.recv()
                self._idle.put((proc, conn))
                return answer
        except (EOFError, OSError):
            pass
        proc.kill()
        proc.join()
        self._idle.put(self._start())
        return 503, TEXT, f"query stopped after {timeout:g} s\n".encode()

    def close(self) -> None:
        while not self._idle.empty():
            proc, conn = self._idle.get()
            conn.close()
            proc.kill()
            proc.join()


_QUERY_PATHS = ("/", "/query", "/sparql")
_ALLOW = "GET, HEAD, POST, OPTIONS"


def serve_sparql(location: str, *, port: int = 7878, timeout: float = 30.0, workers: int = 2,
                 cors: str | None = None, ready: Callable[[str], None] | None = None) -> None:
    """Serve the Oxigraph store in ``location`` read-only on ``http://127.0.0.1:PORT/`` (see the
    module's description); ``cors`` is the origin allowed to call it from a browser (``*`` for
    any). Blocks until interrupted."""
    import urllib.parse
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from .queryfile import list_queries

    if not Path(location, "CURRENT").exists():
        raise StoreError(f"{location}: no Oxigraph store there")
    page = resources.files("graph.data").joinpath("sparql-page.html").read_bytes()
    examples = json.dumps([{"name": q.name, "summary": q.summary, "text": q.text} for q in list_queries()],
                          ensure_ascii=False).encode("utf-8")
    pool = _Workers(location, workers)

    class Handler(BaseHTTPRequestHandler):
        server_version = "policykg-sparql"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet: library code does not print
            return

        def _cors(self) -> None:
            if cors is None:
                return
            origin = self.headers.get("Origin")
            if cors == "*":
                self.send_header("Access-Control-Allow-Origin", "*")
            elif origin == cors:
                self.send_header("Access-Control-Allow-Origin", cors)
                self.send_header("Vary", "Origin")

        def _send(self, status: int, ctype: str, body: bytes, head: bool = False,
                  extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            if status == 200 and not ctype.startswith(("text/html", "application/json; charset")):
                self.send_header("Vary", "Accept")
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self._cors()
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def _text(self, status: int, message: str, head: bool = False, extra: dict[str, str] | None = None) -> None:
            self._send(status, TEXT, (message + "\n").encode("utf-8"), head, extra)

        def _refuse(self, head: bool = False) -> None:
            self._text(403, "read-only endpoint: updates are refused", head)

        def _protocol(self, args: dict[str, list[str]], body_query: str | None, head: bool = False) -> None:
            queries = list(args.get("query", []))
            if body_query is not None:
                queries.append(body_query)
            if args.get("update") and queries:
                self._text(400, "a request holds a query or an update, not both", head)
            elif args.get("update"):
                self._refuse(head)
            elif len(queries) > 1:
                self._text(400, f"a request holds one query; this one has {len(queries)}", head)
            elif not queries or not queries[0].strip():
                self._text(400, "no query given (query=… or a POST body of type application/sparql-query)", head)
            else:
                status, ctype, body = pool.run(queries[0], self.headers.get("Accept", ""),
                                               args.get("default-graph-uri", []), args.get("named-graph-uri", []),
                                               timeout)
                self._send(status, ctype, body, head)

        def _get(self, head: bool) -> None:
            url = urllib.parse.urlsplit(self.path)
            args = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if url.path == "/" and "query" not in args and "update" not in args:
                self._send(200, "text/html; charset=utf-8", page, head)
            elif url.path == "/queries.json":
                self._send(200, "application/json; charset=utf-8", examples, head)
            elif url.path in _QUERY_PATHS:
                self._protocol(args, None, head)
            elif url.path == "/update":
                self._refuse(head)
            else:
                self._text(404, f"not found: {url.path} (the SPARQL endpoint is /query)", head)

        def do_GET(self) -> None:
            self._get(head=False)

        def do_HEAD(self) -> None:
            self._get(head=True)

        def do_OPTIONS(self) -> None:
            extra = {"Allow": _ALLOW}
            if cors is not None:
                extra.update({"Access-Control-Allow-Methods": _ALLOW,
                              "Access-Control-Allow-Headers": "Content-Type, Accept",
                              "Access-Control-Max-Age": "600"})
            self.send_response(204)
            for k, v in extra.items():
                self.send_header(k, v)
            self.send_header("Content-Length", "0")
            self._cors()
            self.end_headers()

        def do_POST(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            args = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if url.path == "/update" or (url.path in _QUERY_PATHS and ctype == "application/sparql-update"):
                self._refuse()
                return
            if url.path not in _QUERY_PATHS:
                self._text(404, f"not found: {url.path} (the SPARQL endpoint is /query)")
                return
            body = raw.decode("utf-8", "replace")
            if ctype == "application/sparql-query":
                self._protocol(args, body)
            elif ctype in ("application/x-www-form-urlencoded", ""):
                form = urllib.parse.parse_qs(body, keep_blank_values=True)
                for k, v in form.items():
                    args.setdefault(k, []).extend(v)
                self._protocol(args, None)
            else:
                self._text(415, f"a POST body of type {ctype} is not a SPARQL request (use "
                                "application/sparql-query or application/x-www-form-urlencoded)")

        def _not_allowed(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            if url.path in (*_QUERY_PATHS, "/update", "/store"):
                self._text(405, "read-only endpoint: only GET, HEAD, POST and OPTIONS", extra={"Allow": _ALLOW})
            else:
                self._text(404, f"not found: {url.path}")

        do_PUT = do_DELETE = do_PATCH = _not_allowed

    httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    httpd.daemon_threads = True
    try:
        if ready is not None:
            ready(f"http://127.0.0.1:{httpd.server_address[1]}/")
        httpd.serve_forever()
    finally:
        httpd.server_close()
        pool.close()
