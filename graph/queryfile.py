"""A SPARQL query from its file to its answer: the one place that finds, loads and binds queries.

The shipped queries are ``queries/*.rq`` (installed as ``graph.queries``), each with ``#+ summary:``
and ``#+ columns:`` lines; any other ``.rq`` file is read by path. Parameters go in as ``VALUES``
blocks, never pasted into query text.

A query a user runs (``policykg query NAME|FILE.rq``) is parsed once by rdflib's SPARQL parser before
it runs, so that every backend reports a syntax error the same way (line, column, the token found),
an UPDATE is refused before anything sees it, and the answer's kind is known: rows for SELECT,
true/false for ASK, a graph (sorted N-Triples lines) for CONSTRUCT and DESCRIBE.

This module imports none of :mod:`graph.store`, :mod:`graph.sparql` or :mod:`graph.server`; they
import it. A store is anything with a ``query_answer(text, kind)`` method (:class:`Queryable`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .errors import QueryError

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

__all__ = ["Answer", "AnswerFormatError", "Query", "QuerySyntaxError", "Queryable", "UpdateRefused", "as_of_query",
           "bind_values", "in_order", "list_queries", "load_query", "ordered", "query_kind", "render_answer", "run_query", "use_hash_join"]

_PACKAGE = "graph.queries"
KINDS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


# --- finding, loading and binding -------------------------------------------------------------------

@dataclass(frozen=True)
class Query:
    name: str
    text: str
    summary: str
    columns: tuple[str, ...]
    sets: tuple[str, ...] = ()  # columns of values joined by | in no set order (GROUP_CONCAT): printed sorted


def _parse(name: str, text: str) -> Query:
    summary = ""
    columns: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()
    for line in text.splitlines():
        m = re.match(r"#\+\s*(\w+):\s*(.*)", line)
        if m and m.group(1) == "summary":
            summary = m.group(2).strip()
        elif m and m.group(1) == "columns":
            columns = tuple(c.strip() for c in m.group(2).split(",") if c.strip())
        elif m and m.group(1) == "sets":
            sets = tuple(c.strip() for c in m.group(2).split(",") if c.strip())
    return Query(name=name, text=text, summary=summary, columns=columns, sets=sets)


def list_queries(include_checks: bool = False) -> list[Query]:
    """The shipped queries, sorted by name (``checks/…`` too when asked)."""
    out = []
    root = resources.files(_PACKAGE)
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            out.append(_parse(entry.name[:-3], entry.read_text(encoding="utf-8")))
    if include_checks:
        for entry in sorted(root.joinpath("checks").iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".rq"):
                out.append(_parse("checks/" + entry.name[:-3], entry.read_text(encoding="utf-8")))
    return out


def load_query(name_or_file: str | Path) -> Query:
    """A shipped query by name (``leads``) or any ``.rq`` file by path."""
    p = Path(name_or_file)
    if p.suffix == ".rq" and p.exists():
        try:
            return _parse(p.stem, p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{p}: cannot read the query file ({exc})") from None
    name = str(name_or_file).removesuffix(".rq")
    shipped = resources.files(_PACKAGE).joinpath(*(name + ".rq").split("/"))
    if (p.suffix == ".rq" or "/" in str(name_or_file) or p.is_absolute()) and not shipped.is_file():
        raise QueryError(f"{p}: no such query file")
    if not shipped.is_file():
        known = ", ".join(q.name for q in list_queries())
        raise QueryError(f"no query named {name!r} (shipped: {known}; or give a path to a .rq file)")
    return _parse(name, shipped.read_text(encoding="utf-8"))


_ASOF = re.compile(r"[?$]asof\b")


def as_of_query(name_or_file: str | Path) -> str:
    """The query that takes ``--as-of``: ``name_or_file`` itself when it uses ``?asof``, else the
    shipped ``NAME-as-of``; a :class:`QueryError` naming the queries that take it otherwise."""
    if _ASOF.search(load_query(name_or_file).text):
        return str(name_or_file)
    variant = str(name_or_file).removesuffix(".rq") + "-as-of"
    if "/" not in variant and resources.files(_PACKAGE).joinpath(variant + ".rq").is_file():
        return variant
    takes = [q.name for q in list_queries() if _ASOF.search(q.text)]
    bases = sorted({n.removesuffix("-as-of") for n in takes if n.endswith("-as-of")} | set(takes))
    raise QueryError(f"{name_or_file}: --as-of does not apply to this query (it does to: {', '.join(bases)}; "
                     "or a .rq file using ?asof)")


def _sparql_term(value: Any) -> str:
    from rdflib import Literal, URIRef

    if isinstance(value, URIRef | Literal):
        return value.n3()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return Literal(str(value)).n3()


def bind_values(text: str, params: Mapping[str, Sequence[Any]]) -> str:
    """Add a ``VALUES`` block for each parameter at the start of the outermost WHERE.

    >>> q = "SELECT ?x WHERE { ?x ?p ?department }"
    >>> bind_values(q, {"department": ['a"} UNION {']})
    'SELECT ?x WHERE { VALUES ?department { "a\\\\"} UNION {" } ?x ?p ?department }'
    """
    if not params:
        return text
    m = re.search(r"\bWHERE\s*\{", text, re.I)
    if m is None:
        raise QueryError("query has no WHERE clause to bind parameters in")
    blocks = []
    for var, values in params.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", var):
            raise QueryError(f"bad parameter name {var!r}")
        terms = " ".join(_sparql_term(v) for v in values)
        blocks.append(f"VALUES ?{var} {{ {terms} }}")
    return text[: m.end()] + " " + " ".join(blocks) + text[m.end() :]



# --- what kind of query, and its answer -------------------------------------------------------------

class QuerySyntaxError(QueryError):
    """The query text does not parse (the message names line and column)."""


class UpdateRefused(QueryError):
    """The text is a SPARQL UPDATE: ``policykg query`` only reads."""


class AnswerFormatError(QueryError):
    """The output format asked for does not fit the query's kind of answer (rows or a graph)."""


@dataclass
class Answer:
    kind: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[str] = field(default_factory=list)  # N-Triples lines, sorted, without duplicates


def query_kind(text: str, name: str = "query") -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; :class:`UpdateRefused` for an update and
    :class:`QuerySyntaxError` (``name:LINE:COLUMN: …``) for text that is neither."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parsed = _parsed(text)
    except ParseException as exc:
        try:
            parseUpdate(text)
        except ParseException:
            pass
        else:
            raise UpdateRefused(f"{name}: is a SPARQL UPDATE; policykg query only reads (nothing was changed)") \
                from None
        found = f"found {exc.found}" if getattr(exc, "found", "") else "found the end of the query"
        raise QuerySyntaxError(f"{name}:{exc.lineno}:{exc.col}: syntax error: {found}, expected "
                               f"{_expected(exc.msg)}") from None
    except Exception as exc:  # rdflib's parser raises a few other types for bad IRIs, prefixes...
        raise QuerySyntaxError(f"{name}: syntax error: {exc}") from None
    return KINDS[parsed[1].name]


@lru_cache(maxsize=32)
def _parsed(text: str) -> Any:
    """rdflib's parse of a query's text, kept: ``policykg query`` asks its kind, then whether it is
    ordered (the parse is only read, never changed)."""
    from rdflib.plugins.sparql.parser import parseQuery

    return parseQuery(text)


def ordered(text: str) -> bool:
    """Whether the (parseable) query has an ``ORDER BY`` of its own, not only in a sub-select."""
    return "orderby" in _parsed(text)[1]


def _cell_key(x: Any) -> tuple[str, str]:
    return (type(x).__name__, str(x))


def in_order(answer: Answer, query: Query) -> Answer:
    """The answer as ``policykg query`` prints it: a SELECT without ``ORDER BY`` has no row order in
    SPARQL (each engine gives its own), so its rows are sorted, by each cell's type and text in turn;
    a column the query's ``#+ sets:`` line names (a GROUP_CONCAT, whose order SPARQL leaves open) has
    its ``|``-joined values sorted. The same bytes from every backend. Other answers as they are."""
    if answer.kind != "SELECT":
        return answer
    where = [i for i, c in enumerate(answer.columns) if c in query.sets]
    if where:
        answer.rows = [[("|".join(sorted(x.split("|"))) if i in where and isinstance(x, str) else x)
                        for i, x in enumerate(row)] for row in answer.rows]
    if not ordered(query.text):
        answer.rows = sorted(answer.rows, key=lambda row: [_cell_key(x) for x in row])
    return answer


def _expected(msg: str) -> str:
    text = msg.removeprefix("Expected ").strip()
    if text.startswith("{") and text.endswith("}"):
        parts = [p.strip() for p in text[1:-1].split("|")]
        names = [KINDS.get(p, p) for p in parts]
        return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
    return text


class Queryable(Protocol):
    """What :func:`run_query` needs of a store (every :class:`graph.store.KGStore` has it)."""

    def query_answer(self, text: str, kind: str) -> Answer: ...


# --- running on an rdflib graph ---------------------------------------------------------------------

def _hash_join(ctx: Any, part: Any) -> Any:
    """rdflib joins two evaluated groups (e.g. two subqueries) by comparing every row of one with
    every row of the other; this does the same join through a hash index on the variables bound in
    every row of both sides. Same rows, same order of rows as rdflib's; linear instead of quadratic.
    Installed in rdflib's ``CUSTOM_EVALS`` by :func:`use_hash_join` before policykg runs a query."""
    if getattr(part, "name", None) != "Join" or part.lazy:
        raise NotImplementedError
    from rdflib.plugins.sparql.evaluate import evalPart

    left = list(evalPart(ctx, part.p1))
    right = list(set(evalPart(ctx, part.p2)))  # rdflib's own evalJoin takes a set of the right side
    if not left or not right:
        return iter(())
    shared = set(left[0]).intersection(*left[1:]).intersection(*right)
    if not shared:
        return (x.merge(y) for x in left for y in right if x.compatible(y))
    key = sorted(shared)
    index: dict[tuple[Any, ...], list[Any]] = {}
    for y in right:
        index.setdefault(tuple(y[v] for v in key), []).append(y)
    return (x.merge(y) for x in left for y in index.get(tuple(x[v] for v in key), ()) if x.compatible(y))


def use_hash_join() -> None:
    """Let rdflib join evaluated groups through :func:`_hash_join` (idempotent; not done at import so
    that the command line's store path does not load rdflib's SPARQL engine)."""
    from rdflib.plugins.sparql import CUSTOM_EVALS

    CUSTOM_EVALS.setdefault("policykg_hash_join", _hash_join)


def _py(node: Node | None) -> Any:
    from rdflib import Literal

    if node is None:
        return None
    if isinstance(node, Literal):
        v = node.toPython()
        if isinstance(v, Decimal):
            return int(v) if v == v.to_integral_value() else float(v)
        if isinstance(v, bool | int | float):
            return v
        return str(node)
    return str(node)


def _sorted_nt(lines: Any) -> list[str]:
    return sorted({line for line in lines if line})


def _run_on_graph(g: Graph, text: str, kind: str) -> Answer:
    use_hash_join()
    try:
        result = g.query(text)
    except Exception as exc:  # rdflib's evaluator raises many types
        raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from None
    if kind == "SELECT":
        columns = [str(v) for v in (result.vars or [])]
        return Answer(kind, columns=columns, rows=[[_py(x) for x in row] for row in result])  # type: ignore[union-attr]
    if kind == "ASK":
        return Answer(kind, boolean=bool(result.askAnswer))
    assert result.graph is not None
    data = result.graph.serialize(format="nt", encoding="utf-8")
    return Answer(kind, triples=_sorted_nt(data.decode("utf-8").splitlines()))


def run_query(source: Graph | Queryable, name_or_file: str | Path,
              params: Mapping[str, Sequence[Any]] | None = None) -> Answer:
    """Run a shipped query or a ``.rq`` file on an rdflib graph or a store."""
    from rdflib import Graph

    q = load_query(name_or_file)
    kind = query_kind(q.text, str(name_or_file))
    text = bind_values(q.text, params or {})
    if isinstance(source, Graph):
        return _run_on_graph(source, text, kind)
    return source.query_answer(text, kind)


def render_answer(answer: Answer, fmt: str) -> bytes:
    """The bytes ``policykg query`` prints for an ASK (``true``/``false``) or a graph: Turtle
    (``-f table`` or ``turtle``), N-Triples (``nt``) or JSON-LD (``json``). Rows (SELECT) are
    the command line's tables."""
    if answer.kind == "ASK":
        return b"true\n" if answer.boolean else b"false\n"
    if answer.kind == "SELECT":
        raise AnswerFormatError(f"a SELECT query gives rows: use -f table, csv or json (not {fmt})")
    if fmt == "csv":
        raise AnswerFormatError(f"a {answer.kind} query gives a graph: use -f turtle, nt or json (JSON-LD), not csv")
    data = "".join(line + "\n" for line in answer.triples).encode("utf-8")
    if fmt == "nt":
        return data
    import io

    from .rdf.io import write_ntriples_as

    out = io.BytesIO()
    write_ntriples_as([data], out, "json-ld" if fmt == "json" else "turtle")
    text = out.getvalue()
    return text if text.endswith(b"\n") else text + b"\n"
